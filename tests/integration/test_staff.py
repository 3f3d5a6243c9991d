"""Staff accounts: PIN sign-in, lockout per station, account changes, audit, CLI, demo staff."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.demo.seed import DEMO_STAFF, seed_demo
from kiosk.errors import InvalidInput, NotFound
from kiosk.paths import StationPaths
from kiosk.staff import PinRefused, StaffLockedOut, StaffRole
from kiosk.station import Station, open_station
from kiosk.store import audit, engine
from kiosk.store.models import AuditEntry
from kiosk.store.models import StaffMember as StaffRow

REPO = Path(__file__).resolve().parents[2]
EXE = shutil.which("crc-kiosk") or str(Path(sys.executable).with_name("crc-kiosk"))


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """A real process whose standard input is a pipe (not a terminal), as a script would run it."""
    env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    return subprocess.run([EXE, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests of many tries: the logic is the same, each hash costs 1 MiB instead of 64."""
    monkeypatch.setattr(staff, "MEMORY_KIB", 1024)
    monkeypatch.setattr(staff, "TIME_COST", 1)
    monkeypatch.setattr(staff, "PARALLELISM", 1)


def _actions(station: Station) -> list[str]:
    with station.store.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def _fail(station: Station, times: int) -> None:
    for _ in range(times):
        assert staff.verify_pin(station, "5173") is None


def test_add_then_sign_in_with_the_pin_alone(station: Station) -> None:
    alex = staff.add_staff(station, "  Alex   Tester ", "front_desk", "2468")
    casey = staff.add_staff(station, "Casey Tester", StaffRole.CHILD_CARE, "1357")
    assert alex.display_name == "Alex Tester" and alex.role is StaffRole.FRONT_DESK and alex.active
    assert not any("hash" in f.name or f.name == "pin" for f in dataclasses.fields(alex))
    assert staff.verify_pin(station, "2468") == alex
    assert staff.verify_pin(station, "1357") == casey
    assert staff.verify_pin(station, "2469") is None
    assert staff.list_staff(station) == [alex, casey]


def test_a_pin_already_in_use_at_the_site_is_refused(station: Station) -> None:
    first = staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    with pytest.raises(PinRefused) as info:
        staff.add_staff(station, "Sam Tester", "supervisor", "2468")
    assert info.value.reason == "in_use" and "2468" not in str(info.value)
    other = staff.add_staff(station, "Sam Tester", "supervisor", "8642")
    with pytest.raises(PinRefused, match="already has that PIN"):
        staff.set_pin(station, other.id, "2468")
    assert staff.set_pin(station, first.id, "2468").id == first.id  # one's own PIN is no clash
    assert [m.display_name for m in staff.list_staff(station)] == ["Alex Tester", "Sam Tester"]


def test_the_database_itself_refuses_two_active_members_with_one_pin(station: Station) -> None:
    staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    others = ", ".join(c.key for c in StaffRow.__table__.columns if c.key not in ("id", "active"))
    copy = f"INSERT INTO staff_member (id, active, {others}) SELECT ?, ?, {others} FROM staff_member LIMIT 1"
    con = engine.open_connection(station.paths.database)
    try:
        with pytest.raises(engine.sqlcipher.IntegrityError, match="UNIQUE"):
            con.execute(copy, ("copy-active", 1))
        con.execute(copy, ("copy-inactive", 0))  # only active members hold a PIN
    finally:
        con.close()


def test_policy_role_and_name_are_checked_before_anything_is_written(station: Station) -> None:
    with pytest.raises(PinRefused, match="too easy"):
        staff.add_staff(station, "Alex Tester", "front_desk", "1234")
    with pytest.raises(InvalidInput, match="unknown role 'janitor'"):
        staff.add_staff(station, "Alex Tester", "janitor", "2468")
    with pytest.raises(InvalidInput, match="name is required"):
        staff.add_staff(station, "   ", "front_desk", "2468")
    assert staff.list_staff(station, include_inactive=True) == [] and _actions(station) == []


def test_a_new_pin_replaces_the_old_one(station: Station) -> None:
    alex = staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    staff.set_pin(station, alex.id, "8025", by=alex.id)
    assert staff.verify_pin(station, "2468") is None
    assert staff.verify_pin(station, "8025") == staff.list_staff(station)[0]
    with pytest.raises(NotFound):
        staff.set_pin(station, "no-such-id", "8025")


def test_a_deactivated_member_cannot_sign_in_and_their_pin_is_free(station: Station) -> None:
    alex = staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    sam = staff.add_staff(station, "Sam Tester", "supervisor", "8642")
    gone = staff.deactivate(station, alex.id, by=sam.id)
    assert not gone.active
    assert staff.deactivate(station, alex.id).active is False  # twice changes nothing
    assert staff.verify_pin(station, "2468") is None
    with pytest.raises(InvalidInput, match="deactivated"):
        staff.set_pin(station, alex.id, "3917")
    assert staff.list_staff(station) == [sam]
    assert [m.active for m in staff.list_staff(station, include_inactive=True)] == [False, True]
    newcomer = staff.add_staff(station, "Riley Tester", "front_desk", "2468")
    assert staff.verify_pin(station, "2468") == newcomer
    assert _actions(station).count("staff.deactivate") == 1


def test_five_wrong_pins_lock_the_station_until_the_window_passes(station: Station, clock: ManualClock) -> None:
    alex = staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    _fail(station, staff.MAX_FAILURES - 1)
    with pytest.raises(StaffLockedOut) as info:
        staff.verify_pin(station, "5173")  # the fifth wrong PIN in a row locks
    assert info.value.until == clock.now() + staff.LOCK_WINDOW
    assert "try again after 10:05" in str(info.value)  # site time: 18:00 UTC is 10:00 in Los Angeles
    entries = len(_actions(station))
    clock.advance(staff.LOCK_WINDOW - timedelta(seconds=1))
    with pytest.raises(StaffLockedOut):
        staff.verify_pin(station, "2468")  # not even the right PIN while locked
    assert len(_actions(station)) == entries  # tries while locked are not even looked at
    clock.advance(timedelta(seconds=1))
    assert staff.verify_pin(station, "2468") == alex


def test_each_lockout_in_a_row_lasts_longer_and_a_good_pin_resets(
    station: Station, clock: ManualClock, cheap_argon2: None
) -> None:
    staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    windows = []
    for _ in range(4):
        _fail(station, staff.MAX_FAILURES - 1)
        with pytest.raises(StaffLockedOut) as info:
            staff.verify_pin(station, "5173")
        windows.append(info.value.until - clock.now())
        clock.set(info.value.until)
    assert windows == [timedelta(minutes=m) for m in (5, 10, 20, 30)]
    assert staff.verify_pin(station, "2468") is not None
    _fail(station, staff.MAX_FAILURES - 1)
    assert staff.verify_pin(station, "2468") is not None  # a good PIN clears the count
    _fail(station, staff.MAX_FAILURES - 1)
    with pytest.raises(StaffLockedOut) as info:
        staff.verify_pin(station, "5173")
    assert info.value.until - clock.now() == staff.LOCK_WINDOW  # and the growing delay


def test_a_lockout_survives_reopening_the_station(station: Station, paths: StationPaths, clock: ManualClock) -> None:
    staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    _fail(station, staff.MAX_FAILURES - 1)
    with pytest.raises(StaffLockedOut):
        staff.verify_pin(station, "5173")
    station.close()
    again = open_station(paths, clock)
    try:
        with pytest.raises(StaffLockedOut):
            staff.verify_pin(again, "2468")
        clock.advance(staff.LOCK_WINDOW)
        assert staff.verify_pin(again, "2468") is not None
    finally:
        again.close()


def test_wrong_pins_count_per_station(station: Station) -> None:
    staff.add_staff(station, "Alex Tester", "front_desk", "2468")
    desk_config = dataclasses.replace(
        station.config, station=dataclasses.replace(station.config.station, id="demo-desk-2")
    )
    desk = Station(station.paths, desk_config, station.store, station.clock)
    _fail(station, staff.MAX_FAILURES - 1)
    with pytest.raises(StaffLockedOut):
        staff.verify_pin(station, "5173")
    assert staff.verify_pin(desk, "2468") is not None  # the other station is not locked


def test_every_staff_event_is_audited_without_pins_or_hashes(station: Station, cheap_argon2: None) -> None:
    sam = staff.add_staff(station, "Sam Tester", "supervisor", "8642")
    alex = staff.add_staff(station, "Alex Tester", "front_desk", "2468", by=sam.id)
    staff.verify_pin(station, "2468")
    staff.set_pin(station, alex.id, "3917", by=sam.id)
    _fail(station, staff.MAX_FAILURES - 1)
    with pytest.raises(StaffLockedOut):
        staff.verify_pin(station, "5173")
    staff.deactivate(station, alex.id, by=sam.id)
    with station.store.read() as s:
        entries = list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())
        every_field = [str(getattr(e, c.key)) for e in entries for c in AuditEntry.__table__.columns]
        # Ids and chain hashes are random hex, where a 4-digit PIN turns up by chance (1 run in ~60):
        # they must be only hex, and the PINs are looked for in every other field.
        random_hex = {"id", "staff_id", "record_id", "prev_hash", "hash"}
        for e in entries:
            for name in random_hex:
                value = getattr(e, name)
                assert value is None or re.fullmatch(r"[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}|[0-9a-f]{64}", value)
        words = " ".join(
            str(getattr(e, c.key)) for e in entries for c in AuditEntry.__table__.columns if c.key not in random_hex
        )
        who = [(e.action, e.staff_id, e.record_id) for e in entries]
        hashes = list(s.execute(select(StaffRow.pin_hash)).scalars())
        assert audit.verify(s).ok
    assert who == [
        ("staff.add", None, sam.id),
        ("staff.add", sam.id, alex.id),
        ("staff.sign_in", alex.id, alex.id),
        ("staff.set_pin", sam.id, alex.id),
        *[("staff.sign_in_failed", None, None)] * staff.MAX_FAILURES,
        ("staff.lock_out", None, None),
        ("staff.deactivate", sam.id, alex.id),
    ]
    digests = [h.rsplit("$", 1)[1] for h in hashes]
    salts = [h.split("$")[4] for h in hashes]
    for pin in ["8642", "2468", "3917", "5173"]:
        assert pin not in words
    for secret in ["argon2", *digests, *salts]:
        assert not any(secret in field for field in every_field)


def test_sign_in_costs_one_argon2_whatever_the_number_of_staff(station: Station) -> None:
    for i in range(20):
        staff.add_staff(station, f"Tester Number{i}", "front_desk", f"{40000 + 37 * i:05d}")
    with station.store.read() as s:
        assert len({h.rsplit("$", 1)[0] for h in s.execute(select(StaffRow.pin_hash)).scalars()}) == 1  # one salt
    timings = {}
    for label, pin in (("first", "40000"), ("last", f"{40000 + 37 * 19:05d}"), ("wrong", "61835")):
        start = time.perf_counter()
        found = staff.verify_pin(station, pin)
        timings[label] = time.perf_counter() - start
        assert (found is None) == (label == "wrong")
    print(json.dumps({"staff": 20, **{f"verify_{k}_ms": round(v * 1000, 1) for k, v in timings.items()}}))
    assert max(timings.values()) < 1.0


# --- command line -------------------------------------------------------------------


def test_cli_add_reads_the_pin_from_stdin_and_lists_json(paths: StationPaths) -> None:
    data = str(paths.data_dir)
    added = run("staff", "add", "--name", "Alex Tester", "--role", "front_desk", "--data-dir", data, stdin="2468\n2468")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added Alex Tester (front_desk): ") and "2468" not in added.stdout
    again = run("staff", "add", "--name", "Sam Tester", "--role", "it", "--data-dir", data, stdin="2468\n")
    assert again.returncode == 1 and again.stderr.strip() == (
        "crc-kiosk: another staff member already has that PIN; choose another"
    )
    listed = run("staff", "list", "--json", "--data-dir", data)
    assert listed.returncode == 0, listed.stderr
    (member,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert member["name"] == "Alex Tester" and member["role"] == "front_desk" and member["active"] is True
    assert set(member) == {"id", "name", "role", "active", "created_at", "pin_set_at"}
    off = run("staff", "deactivate", member["id"], "--data-dir", data)
    assert off.returncode == 0 and off.stdout.startswith("deactivated Alex Tester")
    text = run("staff", "list", "--data-dir", data).stdout
    assert "Alex Tester  (deactivated)" in text


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["staff", "add", "--name", "A Tester", "--role", "janitor"], "2468\n", 2, "--role: expected one of"),
        (["staff", "add", "--name", "A Tester", "--role", "it", "--pin", "8642"], "", 2, "unrecognized arguments"),
        (["staff", "add", "--name", "A Tester", "--role", "it"], "", 2, "no PIN given"),
        (["staff", "add", "--name", " ", "--role", "it"], "2468\n", 1, "--name is required"),
        (["staff", "add", "--name", "A Tester", "--role", "it"], "2468\n2469\n", 1, "the two PINs differ"),
        (["staff", "add", "--name", "A Tester", "--role", "it"], "1111\n", 1, "too easy to guess"),
        (["staff", "deactivate", "no-such-id"], "", 1, "no staff member no-such-id"),
        (["staff"], "", 2, "staff add|list|deactivate|set-pin"),
    ],
)
def test_cli_errors_are_one_line(paths: StationPaths, args: list[str], stdin: str, code: int, message: str) -> None:
    result = run(*args, "--data-dir", str(paths.data_dir), stdin=stdin)
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    assert "2468" not in result.stderr


def test_cli_set_pin(paths: StationPaths, clock: ManualClock) -> None:
    st = open_station(paths, clock)
    try:
        alex = staff.add_staff(st, "Alex Tester", "front_desk", "2468")
    finally:
        st.close()
    assert run("staff", "set-pin", alex.id, "--data-dir", str(paths.data_dir), stdin="3917").returncode == 0
    st = open_station(paths, clock)
    try:
        assert staff.verify_pin(st, "3917") is not None and staff.verify_pin(st, "2468") is None
    finally:
        st.close()


# --- demo -------------------------------------------------------------------------------


def test_demo_staff_one_per_role_with_the_pins_the_readme_lists(tmp_path: Path, clock: ManualClock) -> None:
    assert {role for _, role, _ in DEMO_STAFF} == set(StaffRole)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    station = seed_demo(StationPaths.resolve(tmp_path), clock)
    try:
        for name, role, pin in DEMO_STAFF:
            member = staff.verify_pin(station, pin)
            assert member is not None and (member.display_name, member.role) == (name, role)
            assert re.search(rf"`{pin}`.*{name}", readme), f"README lacks {name}'s demo PIN"
        assert len(staff.list_staff(station)) == len(DEMO_STAFF)
    finally:
        station.close()
    again = seed_demo(StationPaths.resolve(tmp_path), clock)  # idempotent: nobody added twice
    try:
        assert len(staff.list_staff(again, include_inactive=True)) == len(DEMO_STAFF)
    finally:
        again.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 0
