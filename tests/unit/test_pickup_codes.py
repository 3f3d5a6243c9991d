"""Pickup codes: short, no look-alike characters, no words, unique per site and day."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.childcare import (
    DENYLIST,
    PICKUP_ALPHABET,
    PICKUP_CODE_LENGTH,
    ChildCareError,
    age_in_months,
    is_clean,
    name_key,
    new_pickup_code,
    normalize_code,
)

LOOK_ALIKES = "0O1IL2Z5S8B"


def test_the_alphabet_has_no_look_alikes_and_no_vowels() -> None:
    assert not set(LOOK_ALIKES) & set(PICKUP_ALPHABET)
    assert not set("AEIOU") & set(PICKUP_ALPHABET)
    assert len(set(PICKUP_ALPHABET)) == len(PICKUP_ALPHABET) >= 20


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_thousands_of_codes_a_day_stay_unique_and_clean(seed: int) -> None:
    rng = random.Random(seed)
    day: set[str] = set()
    for _ in range(3000):
        code = new_pickup_code(day.__contains__, rng)
        assert code not in day
        day.add(code)
    assert len(day) == 3000
    for code in day:
        assert len(code) == PICKUP_CODE_LENGTH and set(code) <= set(PICKUP_ALPHABET)
        as_letters = code.translate(str.maketrans("43769", "AETGG"))
        assert not any(word in reading for word in DENYLIST for reading in (code, as_letters))


@pytest.mark.parametrize("code", ["FCK7", "XFCK", "D4MN", "H4T3", "6969", "KKKC"])
def test_denied_words_are_refused_even_spelled_with_digits(code: str) -> None:
    assert not is_clean(code)


@pytest.mark.parametrize("code", ["TMGY", "R7KP", "3CQW"])
def test_ordinary_codes_are_clean(code: str) -> None:
    assert is_clean(code)


@pytest.mark.parametrize("code", ["T0GY", "TMG", "TMGYX", "TMSB", "tmgy"])
def test_anything_outside_the_alphabet_or_length_is_not_a_code(code: str) -> None:
    assert not is_clean(code)


def test_a_generator_that_keeps_drawing_denied_or_taken_codes_gives_up_with_a_clear_error() -> None:
    class Stuck(random.Random):
        def choice(self, seq: object) -> str:  # type: ignore[override]
            return "K"  # KKKK: always denied

    with pytest.raises(ChildCareError, match="no free pickup code"):
        new_pickup_code(lambda _code: False, Stuck(), tries=50)
    with pytest.raises(ChildCareError):
        new_pickup_code(lambda _code: True, random.Random(1), tries=50)  # every code taken


def test_typed_codes_ignore_case_spaces_and_dashes() -> None:
    assert normalize_code(" tm-gy ") == "TMGY"


def test_names_compare_without_accents_case_or_punctuation() -> None:
    assert name_key("  José  de la Cruz ") == name_key("jose DE LA cruz") == "jose de la cruz"
    assert name_key("Nguyễn-Thị") == "nguyen thi"


@pytest.mark.parametrize(
    ("born", "on", "months"),
    [
        (date(2024, 5, 15), date(2026, 5, 14), 23),
        (date(2024, 5, 15), date(2026, 5, 15), 24),
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2025, 11, 23), date(2026, 11, 23), 12),
    ],
)
def test_age_in_whole_months(born: date, on: date, months: int) -> None:
    assert age_in_months(born, on) == months
