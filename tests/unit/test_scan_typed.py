"""IDs typed on the kiosk keypad: accepted exactly, or refused with a reason a visitor can act on."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import Config, load_config
from kiosk.errors import ScanRejected
from kiosk.paths import demo_config_file
from kiosk.scanning import IdKind
from kiosk.scanning.patterns import PartKind, merged_parts, units_of
from kiosk.scanning.typed import TypedEntryRejected, TypedReason, format_hints, validate_typed

CONFIG: Config = load_config(demo_config_file())
BIC_HINT = "CIN (8 digits + 1 letter) + 1 check character + 4-digit issue date"


def refusal(text: str, config: Config = CONFIG) -> TypedEntryRejected:
    with pytest.raises(TypedEntryRejected) as info:
        validate_typed(text, config)
    return info.value


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("LC10000001", IdKind.PLAN_MEMBER, "lacare:LC10000001"),
        ("lc 1000 0001", IdKind.PLAN_MEMBER, "lacare:LC10000001"),
        ("bsp200000003", IdKind.PLAN_MEMBER, "bscpromise:BSP200000003"),
        ("90000005a", IdKind.MEDI_CAL_BIC, "cin:90000005A"),
        ("90000005A72301", IdKind.MEDI_CAL_BIC, "cin:90000005A"),
        ("９０００００05A", IdKind.MEDI_CAL_BIC, "cin:90000005A"),
    ],
)
def test_a_valid_typed_id(text: str, kind: IdKind, key: str) -> None:
    result = validate_typed(text, CONFIG)
    assert (result.kind, result.key) == (kind, key)


@pytest.mark.parametrize(
    ("text", "reason", "hint", "position"),
    [
        ("", TypedReason.EMPTY, None, None),
        ("   ", TypedReason.EMPTY, None, None),
        ("LC1234567", TypedReason.TOO_SHORT, "LC + 8 digits", None),
        ("LC123456789", TypedReason.TOO_LONG, "LC + 8 digits", None),
        ("LC1234567A", TypedReason.DIGIT_EXPECTED, "LC + 8 digits", 9),
        ("LX12345678", TypedReason.WRONG_PREFIX, "LC + 8 digits", 1),
        ("BSP12345678", TypedReason.TOO_SHORT, "BSP + 9 digits", None),
        ("12345678", TypedReason.LETTER_EXPECTED_AT_END, "8 digits + 1 letter", None),
        ("123456789", TypedReason.LETTER_EXPECTED_AT_END, "8 digits + 1 letter", 8),
        ("1234A", TypedReason.DIGIT_EXPECTED, "8 digits + 1 letter", 4),
        ("90000005A7230", TypedReason.TOO_SHORT, BIC_HINT, None),
        ("90000005A72000", TypedReason.ISSUE_DATE_INVALID, None, 10),
        ("LC-1000.0001", TypedReason.INVALID_CHARACTER, None, 6),
        ("XYZ", TypedReason.UNKNOWN, None, 0),
    ],
)  # fmt: skip
def test_what_is_wrong_with_a_typed_id(text: str, reason: TypedReason, hint: str | None, position: int | None) -> None:
    error = refusal(text)
    assert error.reason == reason
    assert isinstance(error, ScanRejected)  # the UI catches one error type for scans and typing
    if hint is not None:
        assert error.hint is not None and error.hint.description == hint
    assert error.position == position


def test_an_id_two_plans_accept_is_ambiguous_when_typed_too() -> None:
    both = replace(CONFIG.plans[1], member_id_patterns=(re.compile(r"[A-Z]{2}\d{8}"),))
    config = replace(copy.copy(CONFIG), plans=(CONFIG.plans[0], both))
    assert refusal("LC10000001", config).reason == TypedReason.AMBIGUOUS


def test_format_hints_per_plan_and_for_medi_cal() -> None:
    hints = format_hints(CONFIG, "es")
    assert [(h.kind, h.plan_code, h.description, h.example) for h in hints] == [
        (IdKind.PLAN_MEMBER, "lacare", "LC + 8 digits", "LC12345678"),
        (IdKind.PLAN_MEMBER, "bscpromise", "BSP + 9 digits", "BSP123456789"),
        (IdKind.MEDI_CAL_BIC, None, "8 digits + 1 letter", "12345678A"),
        (IdKind.MEDI_CAL_BIC, None, BIC_HINT, "12345678A11234"),
    ]  # fmt: skip
    assert hints[0].label == "L.A. Care (demostración)"
    assert hints[0].parts[0].kind is PartKind.LITERAL and hints[0].parts[0].text == "LC"
    assert (hints[0].min_length, hints[0].max_length) == (10, 10)
    for hint in hints:  # every example is itself accepted
        validate_typed(hint.example, CONFIG)


def test_a_pattern_too_clever_to_explain_still_validates() -> None:
    clever = replace(CONFIG.plans[0], member_id_patterns=(re.compile(r"(LC|LA)\d{8}"),))
    config = replace(copy.copy(CONFIG), plans=(clever,))
    assert format_hints(config, "en")[0].description == ""
    assert validate_typed("LA12345678", config).plan_code == "lacare"


@pytest.mark.parametrize(
    ("pattern", "described"),
    [
        (r"LC\d{8}", [(PartKind.LITERAL, 1, 1), (PartKind.DIGITS, 8, 8)]),
        (r"^[A-Z]{2}[0-9]{6,9}$", [(PartKind.LETTERS, 2, 2), (PartKind.DIGITS, 6, 9)]),
        (r"M\d+[A-Z0-9]?", [(PartKind.LITERAL, 1, 1), (PartKind.DIGITS, 1, None), (PartKind.LETTERS_OR_DIGITS, 0, 1)]),
        (r"(LC|LA)\d{8}", None),
        (r"LC.\d", None),
    ],
)
def test_simple_patterns_are_read_as_parts(
    pattern: str, described: list[tuple[PartKind, int, int | None]] | None
) -> None:
    units = units_of(pattern)
    if described is None:
        assert units is None
        return
    assert units is not None
    assert [(u.kind, u.min, u.max) for u in merged_parts(units)] == described


@given(st.text(max_size=30))
def test_anything_typed_is_a_result_or_a_reason(text: str) -> None:
    try:
        validate_typed(text, CONFIG)
    except TypedEntryRejected as error:
        assert error.reason in set(TypedReason)
