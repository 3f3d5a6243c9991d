"""Classification of every payload a scanner, camera or magstripe reader can give."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from material import payloads

from kiosk.config import Config, load_config
from kiosk.errors import ScanRejected
from kiosk.paths import demo_config_file
from kiosk.scanning import REASONS, IdKind, ScanResult, classify
from kiosk.scanning.aamva import looks_like_drivers_license
from kiosk.scanning.normalize import fold_id, strip_transport
from kiosk.scanning.wedi import parse_wedi

CONFIG: Config = load_config(demo_config_file())
LACARE = ScanResult(IdKind.PLAN_MEMBER, "lacare", "LC10000001", "••••••0001")


def refused(raw: str | bytes, config: Config = CONFIG, **kwargs: Any) -> ScanRejected:
    with pytest.raises(ScanRejected) as info:
        classify(raw, config, **kwargs)
    return info.value


@pytest.mark.parametrize("aim", ["]Q1", "]C0", "]L2", "]A0", "]E0", "]d2", "]q1"])
@pytest.mark.parametrize("end", ["", "\r", "\n", "\r\n", "\t", "\x03", "\x00"])
def test_aim_prefixes_and_any_terminator_are_stripped(aim: str, end: str) -> None:
    assert classify(f"{aim}LC10000001{end}", CONFIG) == LACARE


@pytest.mark.parametrize(
    "raw",
    [
        "lc10000001",  # Caps Lock on: the scanner's shifted letters come out lower case
        "Lc10000001",
        "\x02LC10000001\x03",  # STX/ETX framing
        "LC1000\x000001",  # a stray NUL inside
        "ＬＣ１００００００１",  # full-width (an East Asian input method is active)
        "LC۱۰۰۰۰۰۰۱",  # Persian digits (a Farsi keyboard layout)
        "LC١٠٠٠٠٠٠١",  # Arabic-Indic digits
        " LC 1000 0001 ",
        "LC-1000-0001",
        b"\xef\xbb\xbfLC10000001",  # UTF-8 with a byte-order mark
    ],
)
def test_keyboard_and_layout_quirks_are_normalised(raw: str | bytes) -> None:
    assert classify(raw, CONFIG) == LACARE


def test_fields_are_never_glued_into_one_id() -> None:
    # "LC1000" and "0001" on two lines are two fields, not LC10000001.
    for sep in ("\n", "\r", "\t", "\x1d", "\x1e"):
        assert refused(f"LC1000{sep}0001").reason == "unknown"


def test_the_identifier_never_shows_in_repr() -> None:
    assert "10000001" not in repr(classify("LC10000001", CONFIG))


@pytest.mark.parametrize(
    ("raw", "cin"),
    [("90000005A72301", "90000005A"), ("90000005a72301", "90000005A"), ("90000005A", "90000005A")],
)
def test_medi_cal_bic_and_cin(raw: str, cin: str) -> None:
    result = classify(raw, CONFIG)
    assert (result.kind, result.plan_code, result.identifier, result.key) == (
        IdKind.MEDI_CAL_BIC,
        None,
        cin,
        f"cin:{cin}",
    )


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("90000005A72000", "bic_invalid"),  # day 000 of the year
        ("90000005A79999", "bic_invalid"),  # day 999
        ("90000005A7230", "unknown"),  # 13 characters
        ("90000005A723011", "unknown"),  # 15
        ("9000005A72301", "unknown"),  # 7 digits before the letter
        ("900000051", "unknown"),  # CIN without its letter
        ("90000005AA", "unknown"),
        ("90000005A7-2301X", "unknown"),
    ],
)
def test_a_bic_is_validated_strictly(raw: str, reason: str) -> None:
    assert refused(raw).reason == reason


def ambiguous_config(*patterns: str) -> Config:
    plans = [replace(CONFIG.plans[0], member_id_patterns=(re.compile(patterns[0]),))]
    plans += [
        replace(CONFIG.plans[1], member_id_patterns=(re.compile(p),), code=f"plan{i}")
        for i, p in enumerate(patterns[1:])
    ]
    return replace(copy.copy(CONFIG), plans=tuple(plans))


def test_an_id_two_formats_accept_is_refused_never_guessed() -> None:
    config = ambiguous_config(r"LC\d{8}", r"[A-Z]{2}\d{8}")
    assert refused("LC10000001", config).reason == "ambiguous"
    cin_like = ambiguous_config(r"\d{8}[A-Z]")
    assert refused("90000005A", cin_like).reason == "ambiguous"


def test_patterns_must_match_in_full() -> None:
    for raw in ("LC100000012", "XLC10000001", "LC1000000", "BSP2000000031"):
        assert refused(raw).reason == "unknown"


# --- driver's licenses: recognised, refused, nothing kept -------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        payloads.aamva_license(),
        payloads.aamva_license().encode("latin-1"),
        "]L2" + payloads.aamva_license(),
        payloads.aamva_license().replace("\x1e", "").replace("\r", ""),  # a scanner dropping controls
        payloads.aamva_license().lower(),  # Caps Lock
        payloads.aamva_license().replace("\n", "<LF>").replace("\x1e", "<RS>").replace("\r", "<CR>"),
        "@\n\x1e\rAAMVA6360140101DL00290192DLDAQZ1\nDCSX\nDACY\n",  # the pre-2000 header
        "DAQZ9999999\nDCSSAMPLE\nDACPAT\nDBB01011980\n",  # elements without the header
        payloads.license_swipe(),  # the magnetic stripe of a license
    ],
)
def test_a_drivers_license_is_refused_and_nothing_of_it_is_returned(raw: str | bytes) -> None:
    error = refused(raw)
    assert error.reason == "drivers_license"
    for secret in ("SAMPLE", "PAT", "Z9999999", "01011980", "NOWHERE", "sample"):
        assert secret not in str(error)
    assert error.__cause__ is None and error.__context__ is None
    assert looks_like_drivers_license(raw if isinstance(raw, str) else raw.decode("latin-1"))


# --- CRC passes (verification is wired in by kiosk.scanning.passes) ---------------------------


def test_a_crc_pass_is_not_accepted_unverified() -> None:
    token = payloads.crc_pass()
    assert refused(token).reason == "crc_pass_unverified"
    assert refused("]Q1" + token + "\r").reason == "crc_pass_unverified"
    assert refused(token.swapcase()).reason == "crc_pass_unverified"  # Caps Lock


def test_a_pass_is_verified_with_the_station_keys_whatever_the_scanner_did() -> None:
    token = payloads.crc_pass()
    ring = payloads.crc_pass_keyring()
    for raw in (token, token.swapcase(), "]Q1" + token + "\r", token.encode()):
        result = classify(raw, CONFIG, passes=ring)
        assert result.kind is IdKind.CRC_PASS and result.plan_code == "lacare"
        assert result.claims is not None and result.claims.person_id == result.identifier
        assert "LC10000009" not in result.masked
    assert refused(token, passes=payloads.crc_pass_keyring(seed=8)).reason == "pass_invalid"
    assert refused(token[:-6], passes=ring).reason in {"pass_invalid", "pass_damaged"}


# --- health ID cards (WEDI PDF417) -----------------------------------------------------------


@pytest.mark.parametrize("x12", [False, True])
def test_a_wedi_card_gives_its_member_id_and_nothing_else(x12: bool) -> None:
    raw = payloads.wedi_pdf417(payloads.BSP_WEDI_ID, x12=x12)
    result = classify(raw, CONFIG)
    assert (result.kind, result.plan_code, result.identifier) == (IdKind.PLAN_MEMBER, "bscpromise", "BSP200000002")
    card = parse_wedi(strip_transport(raw))
    assert card is not None and card.member_ids == ("BSP200000002",)
    assert "SAMPLE" not in repr(card)


@pytest.mark.parametrize(
    "raw",
    [
        "HC\nMEMBER ID: lc1000 0001\nNAME: SAMPLE MEMBER",
        "WEDI\r\nMBR ID=LC10000001\r\n",
        "X\x1eMIDLC10000001\x1eNME:SAMPLE",
        "REF*1W*LC10000001~NM1*IL*1*SAMPLE*MEMBER~",
    ],
)
def test_wedi_layouts_seen_in_practice(raw: str) -> None:
    assert classify(raw, CONFIG) == LACARE


def test_a_health_card_with_two_member_ids_is_ambiguous() -> None:
    raw = "WEDI HC 1.0\nMID:LC10000001\nMID:BSP200000002\n"
    assert refused(raw).reason == "ambiguous"
    # The same ID twice is one ID.
    assert classify("WEDI HC 1.0\nMID:LC10000001\nMEMBER ID:LC10000001\n", CONFIG) == LACARE


def test_a_health_card_of_a_plan_this_center_does_not_know_is_unknown() -> None:
    assert refused(payloads.wedi_pdf417("ZZ99")).reason == "unknown"
    assert refused("WEDI HC 1.0\nNME:SAMPLE/MEMBER\n").reason == "unknown"


# --- anything at all: a result or a clean refusal --------------------------------------------


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400)))
def test_any_input_is_a_result_or_a_clean_refusal(raw: bytes | str) -> None:
    try:
        result = classify(raw, CONFIG)
    except ScanRejected as error:
        assert error.reason in REASONS
        return
    assert result.kind in (IdKind.PLAN_MEMBER, IdKind.MEDI_CAL_BIC)
    assert CONFIG.plans and result.masked.endswith(result.identifier[-4:])


_PIECES = st.sampled_from(
    ["LC", "BSP", "9000", "0005A", "72301", "CRC1.", "%B", "^", "=", "?", ";", "+", "\n", "\r", "\x1e", "@", "ANSI ",
     "636014", "MID:", "NM1*IL*1****MI*", "~", "]Q1", "4111111111111111", "E", " ", "-"]
)  # fmt: skip


@settings(max_examples=200)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12).map("".join))
def test_payloads_built_from_meaningful_pieces_never_crash(raw: str) -> None:
    try:
        result = classify(raw, CONFIG)
    except ScanRejected as error:
        assert error.reason in REASONS
        return
    # Whatever is accepted is exactly one full-match format.
    assert result.kind is IdKind.MEDI_CAL_BIC or CONFIG.plan(result.plan_code or "").matches(result.identifier)


@given(st.text(alphabet="LCBSP0123456789A", min_size=1, max_size=16))
def test_an_accepted_id_is_its_input_folded(raw: str) -> None:
    try:
        result = classify(raw, CONFIG)
    except ScanRejected:
        return
    folded = fold_id(raw)
    assert result.identifier == folded or folded.startswith(result.identifier)  # a BIC gives its CIN
