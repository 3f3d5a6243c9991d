"""Pulls from the plan side (against the stand-in): today's schedule, the site configuration, member lookups."""

from __future__ import annotations

import json
import os
import re
import time
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import requests.auth
from fhir.resources.R4B.bundle import Bundle

from kiosk import services
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import load_config
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import ConfigError
from kiosk.paths import StationPaths, demo_config_file
from kiosk.schedule import ScheduleRejected, apply_pulled_schedule
from kiosk.station import Station, open_station
from sync.plan_sim import PlanSim
from sync.plan_sim.pulls import DEMO_MEMBERS, SimMember
from sync.pulls import MemberLookups, Puller, PullFailed, lookup_member, pull_schedule, pull_site_config

SITE = "DEMO-CRC"
TODAY = date(2026, 11, 23)  # the local date of the tests' clock (conftest.DEFAULT_START)


def a_class(
    code: str, room: str = "Room C", start: str = "11:00", end: str = "12:00", capacity: int = 10
) -> dict[str, Any]:
    return {
        "code": code,
        "name": {"en": f"Class {code}", "es": f"Clase {code}"},
        "room": room,
        "start": start,
        "end": end,
        "capacity": capacity,
    }


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    server = PlanSim(tmp_path / "sim" / "plan-sim.db").start()
    yield server
    server.stop()


def pointed_at(sim: PlanSim, data: Path) -> StationPaths:
    """A demo station in ``data`` whose plans are the stand-in."""
    data.mkdir(parents=True, exist_ok=True)
    text = demo_config_file().read_text(encoding="utf-8").replace("http://127.0.0.1:8765", sim.url)
    (data / "station.toml").write_text(text, encoding="utf-8")
    return StationPaths.resolve(data)


@pytest.fixture
def station(sim: PlanSim, tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    st = open_station(pointed_at(sim, tmp_path / "station"), clock)
    yield st
    st.close()


def classes(station: Station) -> dict[str, dict[str, Any]]:
    return {c["code"]: c for c in services.todays_classes(station)}


# --- schedule ------------------------------------------------------------------------------


def test_a_pulled_schedule_is_todays_classes(sim: PlanSim, station: Station) -> None:
    sim.pulls.set_schedule(SITE, [a_class("YOGA", room="Gym"), a_class("ESL", start="09:30", end="11:00")])
    change = pull_schedule(station, auth=None)
    assert change.added == ("ESL", "YOGA") and change.changed
    today = classes(station)
    assert set(today) == {"ESL", "YOGA"}  # the site file's own classes are not made on top
    assert today["YOGA"]["room"] == "Gym" and today["YOGA"]["names"]["es"] == "Clase YOGA"
    assert today["ESL"]["starts_at"].isoformat() == "2026-11-23T17:30:00+00:00"  # 09:30 in Los Angeles


def test_re_pulling_a_changed_room_updates_the_class(sim: PlanSim, station: Station) -> None:
    sim.pulls.set_schedule(SITE, [a_class("YOGA", room="Gym"), a_class("ESL")])
    pull_schedule(station, auth=None)
    first_id = classes(station)["YOGA"]["id"]
    sim.pulls.set_schedule(SITE, [a_class("YOGA", room="Room B", capacity=30), a_class("ESL")])
    change = pull_schedule(station, auth=None)
    assert change.updated == ("YOGA",) and change.unchanged == ("ESL",) and not change.added
    yoga = classes(station)["YOGA"]
    assert (yoga["room"], yoga["capacity"], yoga["id"]) == ("Room B", 30, first_id)
    assert not pull_schedule(station, auth=None).changed  # the same schedule again: nothing to do


def test_a_class_with_attendance_survives_its_removal_and_an_empty_one_goes(sim: PlanSim, station: Station) -> None:
    sim.pulls.set_schedule(SITE, [a_class("YOGA"), a_class("ESL"), a_class("CHESS")])
    pull_schedule(station, auth=None)
    person = services.register(
        station,
        Registration(
            "Rosa", "Ejemplo", date(1990, 6, 15), memberships=(MembershipInput("lacare", "LC10000009", "yes"),)
        ),
    )
    services.check_in(station, person_id=person.person_id, services=["class:YOGA"])
    sim.pulls.set_schedule(SITE, [a_class("ESL", room="Library")])
    change = pull_schedule(station, auth=None)
    assert change.kept == ("YOGA",) and change.removed == ("CHESS",) and change.updated == ("ESL",)
    today = classes(station)
    assert set(today) == {"YOGA", "ESL"} and today["YOGA"]["attendance"] == 1


@pytest.mark.parametrize(
    ("served", "reason"),
    [
        ([{**a_class("YOGA"), "capacity": 0}], "capacity: expected at least 1"),
        ([{**a_class("YOGA"), "name": {"es": "Yoga"}}], "name.en: missing"),
        ([a_class("YOGA", start="12:00", end="11:00")], "end: expected a time after start"),
        ([a_class("YOGA"), a_class("YOGA")], "appears twice"),
        ([a_class("bad code!")], "code: expected a short code"),
        ([{**a_class("YOGA"), "start": "noon"}], "start: expected a time of day"),
        ({"YOGA": a_class("YOGA")}, "classes: expected a list"),
    ],
)
def test_a_malformed_schedule_changes_nothing_and_says_why(
    sim: PlanSim, station: Station, served: Any, reason: str
) -> None:
    sim.pulls.set_schedule(SITE, [a_class("ESL")])
    pull_schedule(station, auth=None)
    before = classes(station)
    sim.pulls.set_schedule(SITE, [a_class("ART"), *served] if isinstance(served, list) else served)
    with pytest.raises(ScheduleRejected, match=re.escape(reason)):
        pull_schedule(station, auth=None)
    assert classes(station) == before


def test_a_schedule_for_another_site_or_day_is_refused(station: Station) -> None:
    before = classes(station)
    for doc, reason in (
        ({"site": "OTHER-CRC", "date": "2026-11-23", "classes": [a_class("ESL")]}, "site: expected 'DEMO-CRC'"),
        ({"site": SITE, "date": "2026-11-24", "classes": [a_class("ESL")]}, "date: expected 2026-11-23"),
        ([a_class("ESL")], "expected a JSON object"),
    ):
        with pytest.raises(ScheduleRejected, match=re.escape(reason)):
            apply_pulled_schedule(station, doc)
    assert classes(station) == before


def test_two_stations_pulling_one_schedule_hold_the_same_class_codes(
    sim: PlanSim, tmp_path: Path, clock: ManualClock
) -> None:
    sim.pulls.set_schedule(SITE, [a_class("YOGA"), a_class("ESL")])
    seen = []
    for name in ("kiosk", "desk"):
        st = open_station(pointed_at(sim, tmp_path / name), clock)
        try:
            services.todays_classes(st)  # one station made the site file's classes first: the pull replaces them
            pull_schedule(st, auth=None)
            seen.append({(c["code"], c["room"], c["starts_at"]) for c in services.todays_classes(st)})
        finally:
            st.close()
    assert seen[0] == seen[1] and {code for code, _, _ in seen[0]} == {"YOGA", "ESL"}


def test_an_unreachable_plan_is_a_pull_failure_not_a_crash(sim: PlanSim, station: Station) -> None:
    sim.set_outage(True)
    with pytest.raises(PullFailed, match="503"):
        pull_schedule(station, auth=None)
    assert set(classes(station)) == {c.code for c in station.config.schedule}  # the site file's classes


# --- site configuration --------------------------------------------------------------------------


def served_config(sim: PlanSim) -> str:
    return sim.pulls.configs[SITE]


def test_a_pulled_site_configuration_is_used_at_the_next_start(
    sim: PlanSim, station: Station, clock: ManualClock
) -> None:
    text = served_config(sim).replace('name = "Demo Community Resource Center"', 'name = "Demo CRC, from the plan"')
    text = text.replace("duplicate_visit_window_minutes = 180", "duplicate_visit_window_minutes = 120")
    sim.pulls.set_site_config(SITE, text)
    assert "station" not in tomllib.loads(text)
    assert pull_site_config(station, auth=None) is True
    assert station.config.site.name == "Demo Community Resource Center"  # the running station is untouched
    assert pull_site_config(station, auth=None) is False  # the same again: nothing to change
    again = open_station(station.paths, clock)
    try:
        assert again.config.site.name == "Demo CRC, from the plan"
        assert again.config.rules.duplicate_visit_window == timedelta(minutes=120)
        assert (again.config.station.id, again.config.station.mode) == ("demo-kiosk-1", station.config.station.mode)
        assert again.config.source == station.paths.pulled_site_config
    finally:
        again.close()


def test_a_pulled_configuration_cannot_redirect_a_plans_records(
    sim: PlanSim, station: Station, clock: ManualClock
) -> None:
    """Where members' records go is provisioned: one plan's API must not move another plan's data."""
    provisioned = {p.code: p.api for p in station.config.plans}
    text = served_config(sim).replace('routing = true', 'routing = false')
    text = re.sub(r'base_url = "[^"]*"', 'base_url = "http://127.0.0.1:9/elsewhere"', text)
    text = text.replace('name = "Demo Community Resource Center"', 'name = "Redirected?"')
    sim.pulls.set_site_config(SITE, text)
    assert pull_site_config(station, auth=None) is True
    again = open_station(station.paths, clock)
    try:
        assert again.config.site.name == "Redirected?"  # the rest of the pulled copy applies
        assert {p.code: p.api for p in again.config.plans} == provisioned
        assert all(p.routing for p in again.config.plans)
    finally:
        again.close()


@pytest.mark.parametrize(
    ("breaks", "reason"),
    [
        (('time_zone = "America/Los_Angeles"', 'time_zone = "Mars/Olympus"'), "time_zone: expected an IANA"),
        (('code = "DEMO-CRC"', 'code = "OTHER-CRC"'), "expected this station's site 'DEMO-CRC'"),
        (("[site]", "[site"), "not valid TOML"),
        (('source = "lacare"', 'source = "nobody"'), "pulls.source: expected the code of one of the site's plans"),
    ],
)
def test_an_invalid_site_configuration_is_refused_and_the_last_good_one_stays(
    sim: PlanSim, station: Station, clock: ManualClock, breaks: tuple[str, str], reason: str
) -> None:
    good = served_config(sim).replace('name = "Demo Community Resource Center"', 'name = "Good copy"')
    sim.pulls.set_site_config(SITE, good)
    assert pull_site_config(station, auth=None)
    bad = good.replace(*breaks)
    assert bad != good
    sim.pulls.set_site_config(SITE, bad)
    with pytest.raises(ConfigError, match=re.escape(reason)):
        pull_site_config(station, auth=None)
    assert station.paths.pulled_site_config.read_text(encoding="utf-8") == good
    again = open_station(station.paths, clock)
    try:
        assert again.config.site.name == "Good copy"
    finally:
        again.close()


def test_a_pulled_station_table_is_ignored_and_a_newer_provisioned_file_wins(
    sim: PlanSim, station: Station, clock: ManualClock
) -> None:
    text = served_config(sim).replace('name = "Demo Community Resource Center"', 'name = "Pulled"')
    sim.pulls.set_site_config(SITE, text + '\n[station]\nid = "someone-else"\nmode = "front_desk"\n')
    assert pull_site_config(station, auth=None)
    again = open_station(station.paths, clock)
    assert (again.config.site.name, again.config.station.id) == ("Pulled", "demo-kiosk-1")
    again.close()
    # IT provisions the station again after the pull: the provisioned file wins until the plan's changes.
    pulled_at = station.paths.pulled_site_config.stat().st_mtime_ns
    os.utime(station.paths.config_file, ns=(pulled_at + 10**9, pulled_at + 10**9))
    again = open_station(station.paths, clock)
    assert again.config.site.name == "Demo Community Resource Center"
    again.close()


def test_a_pulled_copy_that_no_longer_loads_is_ignored(sim: PlanSim, station: Station, clock: ManualClock) -> None:
    station.paths.pulled_site_config.write_text("[site\n", encoding="utf-8")
    again = open_station(station.paths, clock)
    try:
        assert again.config.site.name == "Demo Community Resource Center"
    finally:
        again.close()


# --- member lookup ---------------------------------------------------------------------------------


def test_member_lookup_by_fhir_search_prefills_a_registration(sim: PlanSim, station: Station) -> None:
    found = lookup_member(station.config, "lacare", "LC10000009", auth=None, today=TODAY)
    assert found is not None
    assert (found.first_name, found.last_name, found.birth_date, found.preferred_language) == (
        "Rosa",
        "Ejemplo",
        date(1990, 6, 15),
        "es",
    )
    assert (found.plan_code, found.member_id) == ("lacare", "LC10000009")


def test_the_stand_ins_fhir_search_answer_is_valid_r4(sim: PlanSim) -> None:
    system = "urn:crc-kiosk:member-id:lacare"
    for member_id, total in (("LC10000009", 1), ("LC19999999", 0)):
        answer = requests.get(
            f"{sim.fhir_base('lacare')}/Patient", params={"identifier": f"{system}|{member_id}"}, timeout=5
        )
        assert answer.status_code == 200 and answer.headers["Content-Type"] == "application/fhir+json"
        bundle = Bundle.model_validate(answer.json())
        assert bundle.type == "searchset" and bundle.total == total and len(bundle.entry or []) == total


def test_member_lookup_by_json_plan(sim: PlanSim, station: Station) -> None:
    found = lookup_member(station.config, "bscpromise", "BSP200000010", auth=None, today=TODAY)
    assert found is not None and (found.first_name, found.last_name) == ("Tomás", "Muestra Prueba")
    assert lookup_member(station.config, "bscpromise", "BSP299999999", auth=None) is None  # a 404


def test_member_lookup_not_found_and_not_asked(sim: PlanSim, station: Station) -> None:
    assert lookup_member(station.config, "lacare", "LC19999999", auth=None) is None
    before = sim.counters["requests"]
    assert lookup_member(station.config, "lacare", "not-an-id", auth=None) is None  # not the plan's format
    assert lookup_member(station.config, "nobody", "LC10000009", auth=None) is None  # no such plan
    assert sim.counters["requests"] == before


def test_member_lookup_is_off_unless_the_plan_enables_it(sim: PlanSim, tmp_path: Path, clock: ManualClock) -> None:
    paths = pointed_at(sim, tmp_path / "off")
    paths.config_file.write_text(
        paths.config_file.read_text(encoding="utf-8").replace("member_lookup = true", "member_lookup = false"),
        encoding="utf-8",
    )
    config = load_config(paths.config_file)
    before = sim.counters["requests"]
    assert lookup_member(config, "lacare", "LC10000009", auth=None) is None
    assert sim.counters["requests"] == before


def test_member_lookup_never_hands_back_someone_else(sim: PlanSim, station: Station) -> None:
    sim.pulls.set_member("lacare", "LC10000009", None)
    assert lookup_member(station.config, "lacare", "LC10000009", auth=None) is None
    sim.pulls.set_member("lacare", "LC10000009", SimMember("Ana", "Prueba", "2999-01-01", "xx"))
    found = lookup_member(station.config, "lacare", "LC10000009", auth=None, today=TODAY)
    assert found is not None and found.birth_date is None and found.preferred_language is None  # nonsense dropped


@pytest.mark.parametrize("fault", ["outage", "latency"])
def test_member_lookup_gives_up_quickly_when_the_plan_is_down_or_slow(
    sim: PlanSim, station: Station, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    if fault == "outage":
        sim.set_faults("outage=forever,latency=5s")
    else:
        sim.set_faults("latency=5s")
    started = time.monotonic()
    with caplog.at_level("INFO", logger="sync.pulls"):
        assert lookup_member(station.config, "lacare", "LC10000009", auth=None) is None
    assert time.monotonic() - started < 2.0
    assert "LC10000009" not in caplog.text and "Ejemplo" not in caplog.text and "lacare" in caplog.text


class _ApiKey(requests.auth.AuthBase):
    def __init__(self, key: str) -> None:
        self.key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["X-API-Key"] = self.key
        return request


def test_pulls_ask_for_the_plans_own_credentials(sim: PlanSim, station: Station) -> None:
    sim.api_keys["bscpromise"] = "synthetic-test-key"
    assert lookup_member(station.config, "bscpromise", "BSP200000010", auth=None) is None
    assert lookup_member(station.config, "bscpromise", "BSP200000010", auth=_ApiKey("wrong")) is None
    assert lookup_member(station.config, "bscpromise", "BSP200000010", auth=_ApiKey("synthetic-test-key")) is not None
    sim.oauth_clients["lacare"] = ("synthetic-client", "synthetic-secret")
    with pytest.raises(PullFailed, match="credentials refused"):
        pull_schedule(station, auth=None)


# --- when the app pulls, and the command line --------------------------------------------------------


def test_the_app_pulls_at_start_every_15_minutes_on_a_new_day_and_the_config_hourly(
    sim: PlanSim, station: Station, clock: ManualClock
) -> None:
    puller = Puller(station)
    first = puller.run_due()
    assert len(first) == 2 and first[0].startswith("schedule 2026-11-23") and "site configuration" in first[1]
    assert puller.run_due() == []
    assert 0 < (puller.seconds_until_due() or 0) <= 15 * 60
    sim.pulls.set_schedule(SITE, [a_class("YOGA")])
    clock.advance(timedelta(minutes=15))
    assert puller.run_due() == ["schedule 2026-11-23: added YOGA; removed DIABETES, NUTRITION, PARENTING, ZUMBA-AM"]
    sim.set_outage(True)
    clock.advance(timedelta(minutes=45))
    failed = puller.run_due()  # quiet: logged and returned, not raised
    assert len(failed) == 2 and all("not pulled from lacare" in line for line in failed)
    assert puller.run_due() == []  # and not retried before the next interval
    sim.set_outage(False)
    clock.set(clock.now().replace(hour=8, minute=1) + timedelta(days=1))  # 00:01 the next day in Los Angeles
    assert puller.run_due()[0].startswith("schedule 2026-11-24: added YOGA")


def test_sync_pull_on_the_command_line(sim: PlanSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "cli"
    pointed_at(sim, data)
    sim.pulls.set_schedule(SITE, [a_class("YOGA")])
    assert main(["sync", "--pull", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "added YOGA" in out and "site configuration: updated, used at next start" in out
    assert main(["sync", "--pull", "--json", "--data-dir", str(data)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(x["pull"], x["ok"]) for x in lines] == [("schedule", True), ("site_config", True)]
    assert lines[1]["changed"] is False and lines[0]["added"] == []
    sim.set_outage(True)
    assert main(["sync", "--pull", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["schedule not pulled: the plan answered 503", "site configuration not pulled: the plan answered 503"]


# --- synthetic data only ------------------------------------------------------------------------------


def test_everything_the_stand_in_serves_is_synthetic(sim: PlanSim) -> None:
    config = load_config(demo_config_file())
    for plan, members in DEMO_MEMBERS.items():
        for member_id, member in members.items():
            assert config.plan(plan).matches(member_id)  # the demo plans' invented ID formats
            assert any(word in member.last_name for word in ("Ejemplo", "Muestra", "Nmush"))  # "example", "sample"
    served = served_config(sim)
    assert "station" not in tomllib.loads(served)
    assert set(re.findall(r"https?://([^/:\"]+)", served)) == {"127.0.0.1"}


def test_the_apps_member_lookups_reuse_one_auth_per_plan(sim: PlanSim, station: Station) -> None:
    lookups = MemberLookups(station.config)
    found = lookups.lookup("lacare", "LC10000011")
    assert found is not None and (found.last_name, found.preferred_language) == ("Nmush", "hy")
    assert lookups.lookup("bscpromise", "BSP200000010") is not None
    assert lookups.lookup("bscpromise", "BSP200000011") is None
    assert set(lookups._auth) == {"lacare", "bscpromise"}  # auth = "none": made once, and None


def test_the_apps_sync_thread_pulls_the_schedule_at_start(sim: PlanSim, station: Station) -> None:
    from sync.runner import BackgroundSync

    sim.pulls.set_schedule(SITE, [a_class("YOGA")])
    background = BackgroundSync(station).start()
    try:
        deadline = time.monotonic() + 10
        pulled = station.paths.pulled_site_config
        while not (pulled.exists() and set(classes(station)) == {"YOGA"}) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert set(classes(station)) == {"YOGA"}
        assert pulled.exists()
    finally:
        assert background.stop(timeout_s=10)
