"""The PIN policy: 4 to 8 ASCII digits, nothing a bystander guesses first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import InvalidInput
from kiosk.staff import PinRefused, check_pin_policy


@pytest.mark.parametrize("pin", ["2468", "1357", "8642", "9753", "40917", "73019284", "1122", "2580"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert check_pin_policy(pin) == pin


@pytest.mark.parametrize(
    "pin",
    ["", "123", "246", "123456789", "12 34", "12a4", " 2468", "2468\n", "-2468", "٢٤٦٨", "２４６８", "24.6"],
)
def test_anything_but_four_to_eight_ascii_digits_is_refused(pin: str) -> None:
    with pytest.raises(PinRefused) as info:
        check_pin_policy(pin)
    assert info.value.reason == "format"
    assert "4 to 8 digits" in str(info.value)


@pytest.mark.parametrize(
    "pin",
    [
        "0000",
        "1111",
        "99999999",
        "1234",
        "0123",
        "4321",
        "3210",
        "56789",
        "98765432",
        "1212",
        "2020",
        "123123",
        "135135",
        "12341234",
        "909090",
    ],
)
def test_trivial_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinRefused) as info:
        check_pin_policy(pin)
    assert info.value.reason == "trivial"
    assert "too easy to guess" in str(info.value)


def test_a_refused_pin_is_an_input_error_and_never_echoes_the_pin() -> None:
    with pytest.raises(InvalidInput) as info:
        check_pin_policy("1234")
    assert "1234" not in str(info.value)


@given(st.text(max_size=12))
def test_any_text_is_either_accepted_as_is_or_refused_cleanly(text: str) -> None:
    try:
        assert check_pin_policy(text) == text
    except PinRefused as refused:
        assert refused.reason in {"format", "trivial"}
    else:
        assert text.isascii() and text.isdigit() and 4 <= len(text) <= 8 and len(set(text)) > 1
