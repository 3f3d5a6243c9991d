"""Pure pieces of the pulls: the stand-in's [station] stripping, schedule validation, the pull timetable."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from kiosk.paths import demo_config_file
from kiosk.schedule import ScheduleChange, ScheduleRejected, parse_pulled_schedule
from sync.plan_sim.pulls import strip_station

DAY = date(2026, 11, 23)


def test_strip_station_removes_only_the_station_table() -> None:
    text = demo_config_file().read_text(encoding="utf-8")
    stripped = tomllib.loads(strip_station(text))
    whole = tomllib.loads(text)
    assert "station" in whole and "station" not in stripped
    assert {k: v for k, v in whole.items() if k != "station"} == stripped


def test_strip_station_keeps_tables_after_it() -> None:
    text = '[site]\ncode = "S"\n[station]\nid = "x"\nmode = "kiosk"\n[[plans]]\ncode = "p"\n[rules]\na = 1\n'
    assert tomllib.loads(strip_station(text)) == {"site": {"code": "S"}, "plans": [{"code": "p"}], "rules": {"a": 1}}


def test_a_pulled_schedule_is_validated_like_the_site_file() -> None:
    doc = {
        "site": "S",
        "date": "2026-11-23",
        "classes": [
            {"code": "ESL", "name": {"en": "English"}, "room": "A", "start": "09:00", "end": "10:00", "capacity": 8}
        ],
    }
    (esl,) = parse_pulled_schedule(doc, site_code="S", day=DAY)
    assert (esl.code, esl.names, esl.capacity, esl.start.hour, esl.end.hour) == ("ESL", {"en": "English"}, 8, 9, 10)
    doc["classes"][0]["room"] = ""
    with pytest.raises(ScheduleRejected, match=r"schedule: classes\[0\]\.room"):
        parse_pulled_schedule(doc, site_code="S", day=DAY)
    with pytest.raises(ScheduleRejected, match="at most 500"):
        parse_pulled_schedule({**doc, "classes": [{}] * 501}, site_code="S", day=DAY)


def test_a_schedule_change_says_what_it_did() -> None:
    change = ScheduleChange(day=DAY, added=("A",), kept=("K",))
    assert change.changed and change.summary() == "schedule 2026-11-23: added A; kept (has attendance) K"
    assert not ScheduleChange(day=DAY, unchanged=("A",)).changed
    assert ScheduleChange(day=DAY).summary() == "schedule 2026-11-23: no change"


def test_pulls_and_member_lookup_are_off_unless_configured() -> None:
    from kiosk.config import load_config, parse_config, read_toml
    from kiosk.errors import ConfigError

    data = read_toml(demo_config_file())
    demo = load_config(demo_config_file())
    assert demo.pulls is not None and demo.pulls.source == "lacare" and all(p.member_lookup for p in demo.plans)
    del data["pulls"]
    for plan in data["plans"]:
        del plan["member_lookup"]
    plain = parse_config(data)
    assert plain.pulls is None and not any(p.member_lookup for p in plain.plans)
    data["plans"][0]["member_lookup"] = "yes"
    with pytest.raises(ConfigError, match=r"plans\[0\]\.member_lookup: expected true or false"):
        parse_config(data)
