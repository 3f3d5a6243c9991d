"""The site link's wire forms (kiosk.domain.childcare): every form survives a trip through JSON text, and any
JSON value at all is either read back or refused as ``InvalidInput``, never a KeyError or a crash."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.childcare import (
    ChildChoice,
    ChildSpec,
    GuardianCard,
    GuardianMembership,
    SignupResult,
    child_choice_from_json,
    child_choice_to_json,
    child_spec_from_json,
    child_spec_to_json,
    signup_result_from_json,
    signup_result_to_json,
)
from kiosk.errors import InvalidInput


def texts(limit: int) -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=limit).filter(lambda s: bool(s.strip()))


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
offsets = st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-23 * 60, 23 * 60))
instants = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31), timezones=offsets)
ids = st.uuids().map(str)

memberships = st.builds(GuardianMembership, texts(32), texts(64), st.sampled_from(["yes", "no", "unknown"]), ids)
cards = st.builds(
    GuardianCard,
    person_id=ids,
    first_name=st.none() | texts(100),
    last_name=st.none() | texts(100),
    birth_date=st.none() | days,
    phone=st.none() | texts(32),
    preferred_language=st.none() | texts(16),
    profile=texts(20),
    created_at=instants,
    local_date=days,
    site_code=texts(64),
    station_id=texts(64),
    memberships=st.lists(memberships, max_size=3).map(tuple),
)
specs = st.builds(ChildSpec, texts(100), texts(100), days)
choices = st.builds(ChildChoice, ids, texts(200), st.integers(0, 30))
results = st.builds(
    SignupResult,
    signup_id=ids,
    child_id=ids,
    masked_name=texts(200),
    room_code=texts(64),
    room_names=st.dictionaries(st.text(max_size=8), st.text(max_size=40), max_size=3),
    pickup_code=texts(16),
    starts_at=instants,
    ends_at=instants,
    class_session_id=st.none() | ids,
    already=st.booleans(),
)


def through_text(data: object) -> Any:
    return json.loads(json.dumps(data))


@given(cards)
def test_a_guardian_card_round_trips(card: GuardianCard) -> None:
    back = GuardianCard.from_json(through_text(card.to_json()))
    assert back == card and back.created_at.tzinfo == UTC


@given(specs)
def test_a_child_spec_round_trips(spec: ChildSpec) -> None:
    assert child_spec_from_json(through_text(child_spec_to_json(spec))) == spec


@given(choices)
def test_a_child_choice_round_trips(choice: ChildChoice) -> None:
    assert child_choice_from_json(through_text(child_choice_to_json(choice))) == choice


@given(results)
def test_a_signup_result_round_trips(result: SignupResult) -> None:
    back = signup_result_from_json(through_text(signup_result_to_json(result)))
    assert back == result and back.starts_at.tzinfo == UTC


READERS: dict[str, Callable[[object], object]] = {
    "guardian": GuardianCard.from_json,
    "spec": child_spec_from_json,
    "choice": child_choice_from_json,
    "signup": signup_result_from_json,
}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def _read_or_refuse(reader: Callable[[object], object], data: object) -> None:
    with contextlib.suppress(InvalidInput):  # a clean refusal; any other exception fails the test
        reader(data)


@given(st.sampled_from(sorted(READERS)), json_values)
def test_any_json_value_is_read_or_refused_cleanly(which: str, data: object) -> None:
    _read_or_refuse(READERS[which], data)


def _valid(which: str, draw: st.DrawFn) -> dict[str, object]:
    forms: dict[str, Callable[[], dict[str, object]]] = {
        "guardian": lambda: draw(cards).to_json(),
        "spec": lambda: child_spec_to_json(draw(specs)),
        "choice": lambda: child_choice_to_json(draw(choices)),
        "signup": lambda: signup_result_to_json(draw(results)),
    }
    return forms[which]()


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A valid form with one field replaced by any JSON value, or dropped."""
    which = draw(st.sampled_from(sorted(READERS)))
    data = _valid(which, draw)
    key = draw(st.sampled_from(sorted(data)))
    if draw(st.booleans()):
        del data[key]
    else:
        data[key] = draw(json_values | st.sampled_from(["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00"]))
    return which, data


@given(damaged())
def test_a_damaged_form_is_read_or_refused_cleanly(case: tuple[str, dict[str, object]]) -> None:
    which, data = case
    _read_or_refuse(READERS[which], data)


MEMBERSHIP = {"plan_code": "lacare", "member_id": "LC10000001", "consent": "yes", "record_id": "r-1"}
CARD: dict[str, object] = {
    "person_id": "2f6d0c1e-8a4b-4c7d-9e2f-1a3b5c7d9e0f",
    "first_name": "Rosa",
    "last_name": "Ortega Ruiz",
    "birth_date": "1988-02-03",
    "phone": None,
    "preferred_language": "es",
    "profile": "complete",
    "created_at": "2026-11-23T18:00:00+00:00",
    "local_date": "2026-11-23",
    "site_code": "DEMO-CRC",
    "station_id": "demo-kiosk-1",
    "memberships": [MEMBERSHIP],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"person_id": None}, "person_id"),
        ({"first_name": "   "}, "first_name"),
        ({"last_name": "x" * 101}, "last_name"),
        ({"birth_date": "1988-02-30"}, "birth_date"),
        ({"created_at": "2026-11-23T18:00:00"}, "created_at"),  # no offset: which instant?
        ({"created_at": "0001-01-01T00:00:00+01:00"}, "created_at"),  # before year 1 in UTC
        ({"local_date": 20261123}, "local_date"),
        ({"memberships": {"plan_code": "lacare"}}, "memberships"),
        ({"memberships": ["lacare"]}, "memberships"),
        ({"memberships": [{**MEMBERSHIP, "consent": "maybe"}]}, "consent"),
    ],
)
def test_a_malformed_card_is_refused_naming_the_field(change: dict[str, object], message: str) -> None:
    assert GuardianCard.from_json(CARD).created_at == datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput, match=message):
        GuardianCard.from_json({**CARD, **change})


def test_other_forms_refuse_what_json_gets_wrong() -> None:
    with pytest.raises(InvalidInput, match="age_years"):
        child_choice_from_json({"child_id": "c", "masked_name": "Sofía G.", "age_years": True})
    with pytest.raises(InvalidInput, match="age_years"):
        child_choice_from_json({"child_id": "c", "masked_name": "Sofía G.", "age_years": 4.0})
    with pytest.raises(InvalidInput, match="child"):
        child_spec_from_json(["Sofía", "Gómez", "2022-05-01"])
    good = signup_result_to_json(
        SignupResult(
            "s", "c", "Sofía G.", "KIDS", {"en": "Kids"}, "HJK7", datetime(2026, 11, 23, 18, 0, tzinfo=UTC),
            datetime(2026, 11, 23, 20, 0, tzinfo=UTC), None,
        )
    )  # fmt: skip
    assert signup_result_from_json(good).pickup_code == "HJK7"
    with pytest.raises(InvalidInput, match="already"):
        signup_result_from_json({**good, "already": "no"})
    with pytest.raises(InvalidInput, match="room_names"):
        signup_result_from_json({**good, "room_names": {"en": 3}})
    with pytest.raises(InvalidInput, match="ends_at"):
        signup_result_from_json({**good, "ends_at": "9999-12-31T23:59:59-01:00"})  # past year 9999 in UTC
