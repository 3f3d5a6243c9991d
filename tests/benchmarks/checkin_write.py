"""Benchmark: check-in write latency against the number of visits already stored.

What it measures
    Wall time (``time.perf_counter_ns``) of one ``kiosk.services.check_in`` of a
    known, consented L.A. Care member for the ``screening`` service (a new visit:
    1 visit, 1 visit service, 2 or 3 outbox entries, 1 audit entry, committed with
    ``synchronous=FULL``), with 0, 100k and 1M visits already in the station's
    database. The scan is classified before the timer starts.

Baseline, in the same run and on the same database file
    A raw ``sqlite3`` connection with the station's pragmas (WAL,
    ``synchronous=FULL``, foreign keys, busy timeout) doing ``BEGIN IMMEDIATE``,
    the INSERTs of the same rows a check-in writes, and ``COMMIT`` (rows built
    before the timer starts). Baseline and check-in calls alternate, so both see
    the same disk and the same WAL checkpoints.

WAL checkpoints
    The station turns SQLite's automatic checkpoint off (it ran inside a commit)
    and folds the WAL in from the app's idle tick; the benchmark does the same
    between calls, untimed.

Also measured
    The check-in on a station opened with ``synchronous=NORMAL`` at the largest
    level (what FULL costs; FULL stays the default because NORMAL in WAL mode can
    lose the last committed check-ins on a power cut), the database size and the
    pre-fill time at each level, and the time ``open_station`` takes on the filled
    file (the everyday open reads the header and schema; the app's start adds
    ``PRAGMA quick_check``).

How the database is filled
    A demo-configured station in a temp dir (as ``tests/conftest.py`` makes one);
    the schema comes from ``open_station``; people, L.A. Care memberships
    (``LC`` + 8 digits, consent ``yes``) and past visits are then written with raw
    ``executemany`` in chunks, as ``kiosk.services`` would have written them:
    each visit has one service, an audit entry and its outbox entries (the
    patient entry on a person's first visit), all already sent; about 1 visit in
    200 is voided (correction, service removal, void outbox entry). Each level
    is a new station filled in time order, as a station's file grows: 300 visits
    a day up to the day before the measured day, each by a random one of about
    one person per 10 visits (at least 5,000 people, all registered before the
    first visit). The audit chain is linked (each ``prev_hash`` is the previous
    ``hash``) but the pre-filled digests are not real: a check-in only reads the
    last hash. Each measured call checks in a different person, so each one
    writes a new visit.

Run
    .venv/bin/python tests/benchmarks/checkin_write.py           # 0, 100k, 1M visits (a few minutes)
    .venv/bin/python tests/benchmarks/checkin_write.py --quick   # 0 and 10k visits, 200 calls (seconds)

It prints one JSON line on stdout (progress goes to stderr). Commits fsync and
WAL checkpoints write to the disk, so results depend on it: ``--dir`` puts the
temp stations on another one (the 1M level needs about 3 GB free).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.config import Config
from kiosk.domain import routing
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store import engine
from kiosk.store.engine import BUSY_TIMEOUT_MS

GOAL_P99_MS = 5.0
GOAL_VISITS = 1_000_000
PLAN = "lacare"
VISITS_PER_DAY = 300
VISITS_PER_PERSON = 10
MIN_PEOPLE = 5_000
VOID_RATE = 0.005
CHUNK_VISITS = 25_000
# Monday 2026-11-23; the measured days start here, the pre-filled history ends the day before.
FIRST_MEASURED_DAY = date(2026, 11, 23)
OPENS_AT = dtime(9, 0)
SERVICES = ("screening", "care-manager", "county-benefits", "nutritionist", "telehealth", "food-income", "visiting")
FIRST_NAMES = ("Maria", "Jose", "Ana", "Luis", "Mei", "Wei", "Anahit", "Armen", "Soo-jin", "Minh", "Fatima", "Dara")
LAST_NAMES = ("Garcia", "Hernandez", "Lopez", "Chen", "Wong", "Petrosyan", "Kim", "Nguyen", "Rahimi", "Sok", "Smith")
LANGUAGES = ("en", "es", "es", "es", "zh-Hant", "hy", "ko", "vi", "fa", "km", "tl", "ru")

STAMP_FMT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's DateTime stores an instant in SQLite

INSERT_PERSON = (
    "INSERT INTO person (first_name, last_name, birth_date, phone, preferred_language, medi_cal_cin, profile, "
    "id, created_at, local_date, site_code, station_id, staff_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_MEMBERSHIP = (
    "INSERT INTO plan_membership (person_id, plan_code, member_id, consent, id, created_at, local_date, "
    "site_code, station_id, staff_id) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
INSERT_VISIT = (
    "INSERT INTO visit (person_id, identified_by, id, created_at, local_date, site_code, station_id, staff_id) "
    "VALUES (?,?,?,?,?,?,?,?)"
)
INSERT_SERVICE = (
    "INSERT INTO visit_service (visit_id, service_code, class_session_id, correction_id, id, created_at, "
    "local_date, site_code, station_id, staff_id) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
INSERT_OUTBOX = (
    'INSERT OR IGNORE INTO outbox_entry ("key", plan_code, record_type, record_id, depends_on, payload, state, '
    "attempts, next_attempt_at, lease_until, last_error, created_at, sent_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
INSERT_OUTBOX_NEW = INSERT_OUTBOX.replace("INSERT OR IGNORE", "INSERT")
INSERT_AUDIT = (
    "INSERT INTO audit_entry (id, at, site_code, station_id, staff_id, action, record_type, record_id, "
    "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
INSERT_CORRECTION = (
    "INSERT INTO correction (visit_id, action, reason, id, created_at, local_date, site_code, station_id, "
    "staff_id) VALUES (?,?,?,?,?,?,?,?,?)"
)
INSERT_REMOVAL = "INSERT INTO service_removal (correction_id, visit_service_id) VALUES (?,?)"

Row = tuple[Any, ...]


def outbox_row(
    key: str, record_type: str, record_id: str, depends_on: str | None, payload: str, at: str, sent: str | None
) -> Row:
    """An outbox_entry row: pending when ``sent`` is None, else sent (once) at ``sent``."""
    state, attempts = ("pending", 0) if sent is None else ("sent", 1)
    return (key, PLAN, record_type, record_id, depends_on, payload, state, attempts, at, None, None, at, sent)


def stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(STAMP_FMT)


def log(message: str) -> None:
    print(f"[checkin_write] {message}", file=sys.stderr, flush=True)


def percentiles(samples_ns: Sequence[int]) -> dict[str, float]:
    """p50, p99 (nearest rank) and max, in milliseconds."""
    ordered = sorted(samples_ns)

    def rank(p: float) -> float:
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] / 1e6

    return {"p50": round(rank(50), 3), "p99": round(rank(99), 3), "max": round(ordered[-1] / 1e6, 3)}


@dataclass
class Person:
    id: str
    member_id: str
    first_name: str
    last_name: str
    birth_date: str
    phone: str
    language: str

    def patient_payload(self, site: str, station: str) -> str:
        return json.dumps(
            {
                "plan": PLAN,
                "member_id": self.member_id,
                "site": site,
                "station": station,
                "person_id": self.id,
                "first_name": self.first_name,
                "last_name": self.last_name,
                "birth_date": self.birth_date,
                "phone": self.phone,
                "preferred_language": self.language,
                "medi_cal_cin": None,
                "profile": "complete",
            }
        )


@dataclass
class Filler:
    """Writes people and past visits the way kiosk.services would have, with raw executemany."""

    db: Path
    config: Config
    rng: random.Random
    people: list[Person] = field(default_factory=list)
    has_patient_entry: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        self.site = self.config.site.code
        self.station = self.config.station.id
        self.tz = self.config.site.time_zone
        self._day_cache: dict[int, tuple[datetime, str]] = {}

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, days_back: int) -> tuple[datetime, str]:
        """Opening time (UTC) and ISO local date of the history day ``days_back`` days before the first measured day."""
        found = self._day_cache.get(days_back)
        if found is None:
            local = FIRST_MEASURED_DAY - timedelta(days=days_back)
            found = (datetime.combine(local, OPENS_AT, self.tz).astimezone(UTC), local.isoformat())
            self._day_cache[days_back] = found
        return found

    def fill(self, visits: int) -> None:
        """People, then ``visits`` past visits in time order (as a station's file grows), into an empty schema."""
        con = engine.open_connection(self.db)
        con.isolation_level = None
        try:
            # Bulk-load settings for this connection only; the station's own pragmas apply when it opens.
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.execute("PRAGMA cache_size=-1000000")
            con.execute("PRAGMA foreign_keys=ON")
            self._last_hash = "0" * 64
            con.execute("BEGIN")
            self._add_people(con, max(visits // VISITS_PER_PERSON, MIN_PEOPLE), visits)
            for start in range(0, visits, CHUNK_VISITS):
                self._add_visits(con, start, min(visits, start + CHUNK_VISITS), visits)
            con.execute("COMMIT")
            con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()
        # Written with synchronous=OFF: get it onto the disk now, or the first WAL checkpoint measured pays for it.
        fd = os.open(self.db, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def audit_row(self, at: str, action: str, record_type: str, record_id: str) -> Row:
        entry_id = self.new_id()
        digest = hashlib.sha256(f"{entry_id}{self._last_hash}".encode()).hexdigest()
        row = (entry_id, at, self.site, self.station, None, action, record_type, record_id, self._last_hash, digest)
        self._last_hash = digest
        return row

    def _add_people(self, con: sqlite3.Connection, target: int, visits: int) -> None:
        # Registered the day before the oldest visit.
        when, local = self.day(visits // VISITS_PER_DAY + 2)
        at = stamp(when)
        persons: list[Row] = []
        members: list[Row] = []
        audits: list[Row] = []
        for n in range(len(self.people), target):
            p = Person(
                id=self.new_id(),
                member_id=f"LC{10_000_000 + n:08d}",
                first_name=self.rng.choice(FIRST_NAMES),
                last_name=self.rng.choice(LAST_NAMES),
                birth_date=date(
                    1940 + self.rng.randrange(70), 1 + self.rng.randrange(12), 1 + self.rng.randrange(28)
                ).isoformat(),
                phone=f"213555{self.rng.randrange(10_000):04d}",
                language=self.rng.choice(LANGUAGES),
            )
            self.people.append(p)
            self.has_patient_entry.append(0)
            profile = (p.first_name, p.last_name, p.birth_date, p.phone, p.language, None, "complete")
            persons.append((*profile, p.id, at, local, self.site, self.station, None))
            members.append((p.id, PLAN, p.member_id, "yes", self.new_id(), at, local, self.site, self.station, None))
            audits.append(self.audit_row(at, "person.register", "person", p.id))
        con.executemany(INSERT_PERSON, persons)
        con.executemany(INSERT_MEMBERSHIP, members)
        con.executemany(INSERT_AUDIT, audits)

    def _add_visits(self, con: sqlite3.Connection, start: int, end: int, total: int) -> None:
        """Visits ``start``..``end-1`` of ``total``, oldest first; the last is on the day before the measured day."""
        site, station, rng = self.site, self.station, self.rng
        visits: list[Row] = []
        services_: list[Row] = []
        outbox: list[Row] = []
        audits: list[Row] = []
        corrections: list[Row] = []
        removals: list[Row] = []
        for i in range(start, end):
            back = total - 1 - i  # 0 for the most recent visit
            opens, local = self.day(1 + back // VISITS_PER_DAY)
            when = opens + timedelta(seconds=(VISITS_PER_DAY - 1 - back % VISITS_PER_DAY) * 96 + rng.randrange(90))
            at, iso = stamp(when), when.isoformat()
            sent = stamp(when + timedelta(minutes=1))
            n = rng.randrange(len(self.people))
            person = self.people[n]
            visit_id, service_id = self.new_id(), self.new_id()
            code = rng.choice(SERVICES)
            visits.append((person.id, "scan", visit_id, at, local, site, station, None))
            audits.append(self.audit_row(at, "visit.check_in", "visit", visit_id))
            services_.append((visit_id, code, None, None, service_id, at, local, site, station, None))
            dest = routing.Destination(PLAN, person.member_id)
            pkey = routing.patient_key(dest)
            vkey = routing.stable_key("visit", PLAN, person.member_id, site, local)
            skey = routing.service_key(vkey, code, None)
            base = f'{{"plan": "{PLAN}", "member_id": "{person.member_id}", "site": "{site}", "station": "{station}"'
            if not self.has_patient_entry[n]:
                self.has_patient_entry[n] = 1
                outbox.append(
                    outbox_row(pkey, "patient", person.id, None, person.patient_payload(site, station), at, sent)
                )
            visit_payload = (
                f'{base}, "visit_key": "{vkey}", "patient_key": "{pkey}", "local_date": "{local}", '
                f'"started_at": "{iso}", "identified_by": "scan"}}'
            )
            service_payload = (
                f'{base}, "visit_key": "{vkey}", "service_code": "{code}", "class_code": null, '
                f'"at": "{iso}", "local_date": "{local}"}}'
            )
            outbox.append(outbox_row(vkey, "visit", visit_id, pkey, visit_payload, at, sent))
            outbox.append(outbox_row(skey, "visit_service", service_id, vkey, service_payload, at, sent))
            if rng.random() < VOID_RATE:
                void_when = when + timedelta(minutes=10)
                vat, void_sent = stamp(void_when), stamp(void_when + timedelta(minutes=1))
                correction_id = self.new_id()
                corrections.append(
                    (visit_id, "void", "entered in error", correction_id, vat, local, site, station, "staff-1")
                )
                removals.append((correction_id, service_id))
                audits.append(self.audit_row(vat, "visit.void", "correction", correction_id))
                void_payload = json.dumps(
                    {
                        "plan": PLAN,
                        "member_id": person.member_id,
                        "service_key": skey,
                        "visit_key": vkey,
                        "reason": "entered-in-error",
                        "at": void_when.isoformat(),
                    }
                )
                void_key = routing.service_void_key(skey)
                outbox.append(
                    outbox_row(void_key, "visit_service_void", correction_id, skey, void_payload, vat, void_sent)
                )
        con.executemany(INSERT_VISIT, visits)
        con.executemany(INSERT_SERVICE, services_)
        con.executemany(INSERT_AUDIT, audits)
        con.executemany(INSERT_OUTBOX, outbox)
        con.executemany(INSERT_CORRECTION, corrections)
        con.executemany(INSERT_REMOVAL, removals)


@dataclass(frozen=True)
class RawCheckIn:
    visit: Row
    service: Row
    outbox: tuple[Row, ...]
    audit: Row


def raw_rows(filler: Filler, n: int, now: datetime) -> RawCheckIn:
    """The rows ``check_in`` writes for person ``n`` checking in for a screening at ``now``."""
    person = filler.people[n]
    site, station = filler.site, filler.station
    at, iso = stamp(now), now.isoformat()
    local = now.astimezone(filler.tz).date().isoformat()
    visit_id, service_id = filler.new_id(), filler.new_id()
    dest = routing.Destination(PLAN, person.member_id)
    pkey = routing.patient_key(dest)
    vkey = routing.stable_key("visit", PLAN, person.member_id, site, local)
    skey = routing.service_key(vkey, "screening", None)
    base: dict[str, Any] = {"plan": PLAN, "member_id": person.member_id, "site": site, "station": station}
    outbox: list[Row] = []
    if not filler.has_patient_entry[n]:
        filler.has_patient_entry[n] = 1
        payload = person.patient_payload(site, station)
        outbox.append(outbox_row(pkey, "patient", person.id, None, payload, at, None))
    visit_payload = {
        **base,
        "visit_key": vkey,
        "patient_key": pkey,
        "local_date": local,
        "started_at": iso,
        "identified_by": "scan",
    }
    service_payload = {
        **base,
        "visit_key": vkey,
        "service_code": "screening",
        "class_code": None,
        "at": iso,
        "local_date": local,
    }
    outbox.append(outbox_row(vkey, "visit", visit_id, pkey, json.dumps(visit_payload), at, None))
    outbox.append(outbox_row(skey, "visit_service", service_id, vkey, json.dumps(service_payload), at, None))
    return RawCheckIn(
        visit=(person.id, "scan", visit_id, at, local, site, station, None),
        service=(visit_id, "screening", None, None, service_id, at, local, site, station, None),
        outbox=tuple(outbox),
        audit=filler.audit_row(at, "visit.check_in", "visit", visit_id),
    )


def raw_connection(db: Path, synchronous: str) -> sqlite3.Connection:
    """A bare driver connection (encrypted, as the station's) with the station's pragmas (see make_engine)."""
    con = engine.open_connection(db, timeout_s=BUSY_TIMEOUT_MS / 1000)
    con.isolation_level = None
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(f"PRAGMA synchronous={synchronous}")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    con.execute("PRAGMA wal_autocheckpoint=0")
    return con


def raw_write(con: sqlite3.Connection, rows: RawCheckIn) -> None:
    con.execute("BEGIN IMMEDIATE")
    con.execute(INSERT_VISIT, rows.visit)
    con.execute(INSERT_AUDIT, rows.audit)
    con.execute(INSERT_SERVICE, rows.service)
    con.executemany(INSERT_OUTBOX_NEW, rows.outbox)
    con.execute("COMMIT")


@dataclass
class Timings:
    checkin_ns: list[int] = field(default_factory=list)
    raw_ns: list[int] = field(default_factory=list)
    outbox_entries: int = 0


def measure(
    station: Station,
    clock: ManualClock,
    filler: Filler,
    day: date,
    people: Iterator[int],
    *,
    warmup: int,
    calls: int,
    raw: bool,
) -> Timings:
    """Alternate (raw baseline, check-in) pairs on ``day``, each for a different person, 2 s apart."""
    clock.set(datetime.combine(day, dtime(10, 0), filler.tz))
    con = raw_connection(station.paths.database, "FULL") if raw else None
    timings = Timings()
    gc.collect()
    try:
        for i in range(warmup + calls):
            if con is not None:
                rows = raw_rows(filler, next(people), clock.now())
                t0 = time.perf_counter_ns()
                raw_write(con, rows)
                t1 = time.perf_counter_ns()
                if i >= warmup:
                    timings.raw_ns.append(t1 - t0)
            clock.advance(timedelta(seconds=1))
            n = next(people)
            scan = classify(filler.people[n].member_id, station.config)
            t0 = time.perf_counter_ns()
            result = services.check_in(station, scan=scan, services=["screening"])
            t1 = time.perf_counter_ns()
            if not result.new_visit or result.new_person or len(result.outbox) < 2:
                raise RuntimeError("a measured check-in did not write a new routed visit for a known member")
            filler.has_patient_entry[n] = 1
            if i >= warmup:
                timings.checkin_ns.append(t1 - t0)
                timings.outbox_entries += len(result.outbox)
            clock.advance(timedelta(seconds=1))
            # The app's idle tick between visitors (every few seconds, on its database lane) folds
            # the WAL in; untimed, as no visitor waits on it.
            station.store.checkpoint()
    finally:
        if con is not None:
            con.close()
    return timings


def db_megabytes(db: Path) -> float:
    total = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())
    return round(total / 1e6, 1)


def new_station(parent: Path, visits: int, rng: random.Random) -> tuple[StationPaths, Filler, float]:
    """A demo station (as tests/conftest.py makes one) whose database holds ``visits`` past visits."""
    data = parent / f"station-{visits}"
    data.mkdir()
    shutil.copyfile(demo_config_file(), data / "station.toml")
    paths = StationPaths.resolve(data)
    station = open_station(paths)  # creates the schema
    filler = Filler(paths.database, station.config, rng)
    station.close()
    t0 = time.perf_counter()
    filler.fill(visits)
    return paths, filler, time.perf_counter() - t0


def run(levels: Sequence[int], warmup: int, calls: int, parent: Path | None, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    clock = ManualClock(datetime.combine(FIRST_MEASURED_DAY, dtime(10, 0), UTC))
    result: dict[str, Any] = {"benchmark": "checkin_write", "levels": []}
    with tempfile.TemporaryDirectory(prefix="checkin_write-", dir=parent) as tmp:
        os.environ["CRC_KIOSK_KEY_DIR"] = str(Path(tmp) / "keys")  # never this machine's own key store
        for level in levels:
            log(f"pre-filling a station with {level:,} visits")
            paths, filler, prefill_s = new_station(Path(tmp), level, rng)
            size = db_megabytes(paths.database)
            t0 = time.perf_counter()
            station = open_station(paths, clock)
            open_s = time.perf_counter() - t0
            log(f"  filled in {prefill_s:.1f} s ({size} MB); open_station {open_s:.2f} s; measuring {calls} calls")
            try:
                people = iter(rng.sample(range(len(filler.people)), 2 * (warmup + calls)))
                day = FIRST_MEASURED_DAY
                t = measure(station, clock, filler, day, people, warmup=warmup, calls=calls, raw=True)
            finally:
                station.close()
            entry = {
                "visits": level,
                "people": len(filler.people),
                "checkin_ms": percentiles(t.checkin_ns),
                "raw_sqlite_ms": percentiles(t.raw_ns),
                "outbox_entries_per_checkin": round(t.outbox_entries / calls, 2),
                "db_mb": size,
                "prefill_s": round(prefill_s, 1),
                "open_station_s": round(open_s, 2),
            }
            result["levels"].append(entry)
            log(f"  check-in {entry['checkin_ms']}  raw {entry['raw_sqlite_ms']}")
            if level != levels[-1]:
                shutil.rmtree(paths.data_dir)
                continue

            log(f"check-in with synchronous=NORMAL at {level:,} visits (the next day, other people)")
            station = open_station(paths, clock, synchronous="NORMAL")
            try:
                people = iter(rng.sample(range(len(filler.people)), warmup + calls))
                day = FIRST_MEASURED_DAY + timedelta(days=1)
                t = measure(station, clock, filler, day, people, warmup=warmup, calls=calls, raw=False)
            finally:
                station.close()
            result["normal_sync_at_largest_ms"] = {"visits": level, **percentiles(t.checkin_ns)}

    largest = result["levels"][-1]
    met = largest["checkin_ms"]["p99"] < GOAL_P99_MS if largest["visits"] >= GOAL_VISITS else None
    result["goal"] = {"p99_ms_at_1M": GOAL_P99_MS, "met": met}
    result["calls_per_level"] = calls
    # Other work on the machine shows up in p99: record how busy it was.
    result["cpus"] = os.cpu_count()
    result["load_avg_1m_at_end"] = round(os.getloadavg()[0], 2)
    result["python"] = platform.python_version()
    result["sqlite"] = sqlite3.sqlite_version
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="levels 0 and 10k, 200 calls each (a smoke check)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temp stations (default: system temp)")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    levels: tuple[int, ...]
    if args.quick:
        levels, warmup, calls = (0, 10_000), 20, 200
    else:
        levels, warmup, calls = (0, 100_000, 1_000_000), 50, 1000
    print(json.dumps(run(levels, warmup, calls, args.dir, args.seed)), flush=True)


if __name__ == "__main__":
    main()
