"""The optional [child_care] table: rooms, age bands, capacity and ratios, checked with clear messages."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from typing import Any

import pytest

from kiosk.config import parse_config
from kiosk.domain.childcare import ratio_ok, staff_needed
from kiosk.errors import ConfigError
from kiosk.paths import demo_config_file


def site(child_care: dict[str, Any] | None) -> dict[str, Any]:
    data = tomllib.loads(demo_config_file().read_text(encoding="utf-8"))
    data.pop("child_care", None)
    if child_care is not None:
        data["child_care"] = child_care
    return data


OVERLAPPING = [
    {"code": "a", "to_months": 30, "ratio": 4},
    {"code": "b", "from_months": 24, "to_months": 60, "ratio": 8},
]


def room(**changes: Any) -> dict[str, Any]:
    return {
        "code": "KIDS",
        "name": "Kids",
        "capacity": 10,
        "bands": [
            {"code": "under-2", "to_months": 24, "ratio": 4},
            {"code": "2-up", "from_months": 24, "to_months": 156, "ratio": 10},
        ],
    } | changes


def test_the_demo_site_has_a_room_with_the_usual_ratios_and_defaults() -> None:
    config = parse_config(site({"rooms": [room()]}))
    assert config.child_care is not None
    kids = config.child_care.room("KIDS")
    assert kids is not None and kids.band_for(23) is not None and kids.band_for(23).ratio == 4  # type: ignore[union-attr]
    assert kids.band_for(24).code == "2-up" and kids.band_for(156) is None  # type: ignore[union-attr]
    assert config.child_care.max_stay == timedelta(minutes=120)
    assert config.child_care.warn_before_class_end == timedelta(minutes=10)
    # 1:4 under two and 1:10 from two: two babies and five toddlers need one person, a third baby two.
    assert staff_needed(kids, {"under-2": 2, "2-up": 5}) == 1 and ratio_ok(kids, {"under-2": 2, "2-up": 5}, 1)
    assert not ratio_ok(kids, {"under-2": 3, "2-up": 5}, 1) and ratio_ok(kids, {"under-2": 3, "2-up": 5}, 2)
    assert parse_config(site(None)).child_care is None  # a site without child care


@pytest.mark.parametrize(
    ("child_care", "message"),
    [
        ({"rooms": []}, r"child_care\.rooms: expected at least one room"),
        ({"rooms": [room(bands=[])]}, r"child_care\.rooms\[0\]\.bands: expected at least one age band"),
        ({"rooms": [room(bands=OVERLAPPING)]}, r"age bands 'a' and 'b' overlap"),
        ({"rooms": [room(capacity=0)]}, r"rooms\[0\]\.capacity: expected at least 1"),
        ({"rooms": [room(), room()]}, r"rooms\[1\]\.code: expected a unique code"),
        ({"rooms": [room()], "max_stay_minutes": 5}, r"child_care\.max_stay_minutes: expected at least 15"),
        ({"rooms": [room(bands=[{"code": "a", "to_months": 24, "ratio": 0}])]}, r"ratio: expected at least 1"),
    ],
)
def test_mistakes_are_named_by_key(child_care: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(site(child_care))
