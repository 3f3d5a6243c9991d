from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import Config, load_config
from kiosk.errors import ScanRejected
from kiosk.paths import demo_config_file
from kiosk.scanning import IdKind, ScanResult, classify, mask_id, normalize_payload
from kiosk.scanning.classify import REASONS

CONFIG: Config = load_config(demo_config_file())


@pytest.mark.parametrize(
    "raw",
    [
        "LC10000001",
        "lc10000001",
        "LC10000001\r",
        "LC10000001\n",
        "LC10000001\t",
        "]C0LC10000001\r\n",
        " LC1000-0001 ",
        b"LC10000001\r",
        "\x02LC10000001\x03",
    ],
)
def test_what_real_scanners_send_is_normalised(raw: str | bytes) -> None:
    result = classify(raw, CONFIG)
    assert result == ScanResult(IdKind.PLAN_MEMBER, "lacare", "LC10000001", "••••••0001")


def test_plan_patterns_come_from_configuration() -> None:
    assert classify("BSP200000003", CONFIG).plan_code == "bscpromise"
    with pytest.raises(ScanRejected) as info:
        classify("BSP20000000", CONFIG)  # one digit short
    assert info.value.reason == "unknown"


def test_medi_cal_bic_and_a_typed_cin_give_the_cin() -> None:
    bic = classify("90000005A72301", CONFIG)  # CIN, check character, issue date
    assert (bic.kind, bic.identifier, bic.masked) == (IdKind.MEDI_CAL_BIC, "90000005A", "•••••005A")
    assert classify("90000005a", CONFIG).identifier == "90000005A"
    assert bic.key == "cin:90000005A"


def test_a_drivers_license_is_refused_and_nothing_of_it_is_returned() -> None:
    aamva = "@\n\x1e\rANSI 636014080102DL00410288ZC03290034DLDCAD\nDCSDOE\nDACJANE\n"
    with pytest.raises(ScanRejected) as info:
        classify(aamva, CONFIG)
    assert info.value.reason == "drivers_license"
    assert "DOE" not in str(info.value)


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "HELLO WORLD", "https://example.invalid/x", "X" * 500])
def test_unknown_or_empty_payloads_are_refused(raw: str) -> None:
    with pytest.raises(ScanRejected):
        classify(raw, CONFIG)


def test_mask_shows_only_the_last_four() -> None:
    assert mask_id("LC10000001") == "••••••0001"
    assert mask_id("123") == "•••"


def test_normalize_strips_aim_prefix_and_controls() -> None:
    assert normalize_payload("]Q1abc\x1d123\r") == "ABC123"


@given(st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_any_input_is_a_result_or_a_clean_refusal(raw: bytes | str) -> None:
    try:
        result = classify(raw, CONFIG)
    except ScanRejected as error:
        assert error.reason in REASONS
        return
    assert result.kind in (IdKind.PLAN_MEMBER, IdKind.MEDI_CAL_BIC)
    assert result.identifier not in result.masked or len(result.identifier) <= 4
