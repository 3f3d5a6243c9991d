"""Magnetic stripes as a USB reader types them: BIC, plan cards, and what must be refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from material import payloads

from kiosk.config import Config, load_config
from kiosk.errors import ScanRejected
from kiosk.paths import demo_config_file
from kiosk.scanning import REASONS, IdKind, classify
from kiosk.scanning.magstripe import classify_swipe, is_payment_card, looks_like_swipe, luhn_ok, parse_tracks

CONFIG: Config = load_config(demo_config_file())


def refused(raw: str) -> ScanRejected:
    with pytest.raises(ScanRejected) as info:
        classify(raw, CONFIG)
    return info.value


def test_tracks_are_parsed_with_or_without_end_sentinels() -> None:
    tracks = parse_tracks("%A123^NAME/X^?;456=789?+0001?\r")
    assert (tracks.track1, tracks.track2, tracks.track3, tracks.errors) == ("A123^NAME/X^", "456=789", "0001", ())
    loose = parse_tracks("%A123^NAME\r;456=789\r")
    assert (loose.track1, loose.track2) == ("A123^NAME", "456=789")
    errors = parse_tracks("%E?;456=7?+E?")
    assert (errors.track1, errors.track2, errors.errors) == (None, "456=7", (1, 3))


def test_track_data_never_shows_in_repr() -> None:
    assert "SAMPLE" not in repr(parse_tracks(payloads.bic_swipe()))


@pytest.mark.parametrize(
    "raw",
    [
        payloads.bic_swipe(),
        payloads.bic_swipe().lower(),  # Caps Lock
        payloads.bic_swipe().replace("?", ""),  # a reader that sends no end sentinel
        "%90000005A72301^SAMPLE/CARDHOLDER^?",  # no format code
        "%B90000005A72301^SAMPLE/CARDHOLDER^?",  # "B" but not a card number: not a payment card
    ],
)
def test_a_medi_cal_bic_swipe_gives_the_cin(raw: str) -> None:
    result = classify(raw, CONFIG)
    assert (result.kind, result.identifier) == (IdKind.MEDI_CAL_BIC, "90000005A")


def test_a_plan_card_swipe_gives_the_member_id() -> None:
    result = classify(payloads.plan_swipe("BSP200000003"), CONFIG)
    assert (result.kind, result.plan_code, result.identifier) == (IdKind.PLAN_MEMBER, "bscpromise", "BSP200000003")
    assert classify(";LC10000001?", CONFIG).plan_code == "lacare"


@pytest.mark.parametrize(
    "raw",
    [
        payloads.payment_swipe(),
        "%B4111111111111111^SAMPLE/CARDHOLDER^2912?",  # track 1 only
        ";5555555555554444=29121010000000000000?",  # track 2 only (a card network's PAN)
        "%b4111111111111111^sample/cardholder^2912?",  # Caps Lock
        "%B4111 1111 1111 1111^SAMPLE/CARDHOLDER^2912?",
    ],
)
def test_a_payment_card_is_refused_and_nothing_of_it_is_kept(raw: str) -> None:
    error = refused(raw)
    assert error.reason == "payment_card"
    for secret in ("4111", "5555", "4444", "SAMPLE", "CARDHOLDER", "2912"):
        assert secret not in str(error).upper()


def test_luhn_and_what_counts_as_a_payment_card() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert not is_payment_card(parse_tracks("%B4111111111111112^X^?"))  # fails Luhn
    assert not is_payment_card(parse_tracks(";80840915101460=2912?"))  # health care (MII 8)
    assert not is_payment_card(parse_tracks("%B12345^X^?"))  # too short for a PAN


def test_a_license_stripe_is_refused_as_a_license() -> None:
    assert refused(payloads.license_swipe()).reason == "drivers_license"


def test_unreadable_and_unknown_swipes() -> None:
    assert refused("%E?;E?").reason == "swipe_unreadable"
    assert refused("%E?;12345=1?").reason == "swipe_unreadable"  # what was read is no ID; track 1 failed
    assert refused("%AHELLO^WORLD^?").reason == "unknown"
    assert refused("%ALC10000001^X^?;BSP200000003=1?").reason == "ambiguous"


def test_what_looks_like_a_swipe() -> None:
    assert looks_like_swipe("%A1^B^?") and looks_like_swipe(";123=4?") and looks_like_swipe("+1?")
    assert not looks_like_swipe("LC10000001") and not looks_like_swipe("") and not looks_like_swipe("%")


@given(st.text(alphabet="%;+?^=EB0123456789ALCSP/ \r", max_size=60))
def test_any_swipe_is_a_result_or_a_clean_refusal(raw: str) -> None:
    try:
        result = classify_swipe(raw, CONFIG)
    except ScanRejected as error:
        assert error.reason in REASONS
        return
    assert result.kind in (IdKind.PLAN_MEMBER, IdKind.MEDI_CAL_BIC)
