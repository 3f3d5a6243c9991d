"""A whole day's run with marker people leaves no name, member ID, CIN, phone or date of birth in any
log, on stderr, in any file beside the database, or in the message of any error raised on the way.

Every logger is captured at DEBUG (the root, SQLAlchemy's engine and pool, urllib3, alembic), so a
library that would log a statement's parameters, a result row or a request URL is caught too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk import childcare, merge, retention, services, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import KioskError
from kiosk.paths import StationPaths
from kiosk.scanning import classify
from kiosk.scanning.typed import validate_typed
from kiosk.station import Station, open_station
from kiosk.store.models import OutboxEntry
from sync.plan_sim import FaultSpec, PlanSim
from sync.plan_sim.pulls import SimMember
from sync.pulls import MemberLookups, Puller
from sync.worker import Worker, adapters_for, worker_store

FIRST, LAST, CHILD, PICKUP = "Zyxqua", "Quorrbell", "Wexlinde", "Ombrelt"
LACARE_ID, BSP_ID, CIN, PHONE = "LC17171717", "BSP271717171", "71031717Z", "3105557731"
LOOKED_UP = ("LC17171799", "Yvorrant")  # a member only the plan knows: the lookup brings the name in
DOB, CHILD_DOB = date(1971, 3, 17), date(2022, 4, 9)
WRONG_PIN = "97531864"


def markers() -> list[str]:
    """Each marker in the encodings a leak could take: as typed, upper, lower, and dates in three styles."""
    words = [FIRST, LAST, CHILD, PICKUP, LOOKED_UP[1], LACARE_ID, BSP_ID, CIN, PHONE, LOOKED_UP[0], WRONG_PIN]
    dates = [f"{d:%Y-%m-%d}" for d in (DOB, CHILD_DOB)]
    dates += [f"{d:%m/%d/%Y}" for d in (DOB, CHILD_DOB)] + [f"{d:%Y%m%d}" for d in (DOB, CHILD_DOB)]
    variants = {v for w in words for v in (w, w.upper(), w.lower())} | set(dates)
    variants |= {"17171717", "271717171", "555-7731", "(310) 555"}  # the digits of the IDs, the phone as written
    return sorted(variants)


def leaks(text: str) -> list[str]:
    return [m for m in markers() if m in text]


class Everything(logging.Handler):
    """Every record, formatted with its traceback, as one text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


LIBRARY_LOGGERS = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm", "urllib3", "alembic",
                   "requests", "kiosk", "sync")


@pytest.fixture
def captured() -> Iterator[Everything]:
    handler = Everything()
    root = logging.getLogger()
    saved = [(root, root.level)] + [(logging.getLogger(n), logging.getLogger(n).level) for n in LIBRARY_LOGGERS]
    for logger, _ in saved:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    for logger, level in saved:
        logger.setLevel(level)


class Errors:
    """Runs a step that must fail, and keeps the message of what it raised."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def expect(self, kind: type[BaseException], step: Callable[[], Any]) -> None:
        with pytest.raises(kind) as caught:
            step()
        error: BaseException | None = caught.value
        while error is not None:  # the message, and every message it was raised from
            self.messages.append(f"{type(error).__name__}: {error} {error.args!r}")
            error = error.__cause__ or error.__context__


def drain(station: Station, clock: ManualClock) -> Worker:
    worker = Worker(worker_store(station), station.config, clock, adapters_for(station.config))
    worker.drain()
    return worker


def seeded(sim: PlanSim, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> StationPaths:
    data = tmp_path / "station"
    assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
    capfd.readouterr()
    return StationPaths.resolve(data)


def test_a_full_day_with_faults_leaves_no_phi_in_logs_errors_or_files(
    tmp_path: Path, captured: Everything, capfd: pytest.CaptureFixture[str]
) -> None:
    sim = PlanSim(tmp_path / "sim" / "plan-sim.db").start()
    try:
        run_the_day(sim, tmp_path, captured, capfd)
    finally:
        sim.stop()


def run_the_day(sim: PlanSim, tmp_path: Path, captured: Everything, capfd: pytest.CaptureFixture[str]) -> None:
    errors = Errors()
    paths = seeded(sim, tmp_path, capfd)
    clock = ManualClock(datetime.now(UTC).replace(hour=18, minute=0))  # 10:00 or 11:00 at the site
    station = open_station(paths, clock)
    stderr: list[str] = []
    try:
        # Registration, and the ways it is refused.
        memberships = (MembershipInput("lacare", LACARE_ID, "yes"), MembershipInput("bscpromise", BSP_ID, "yes"))
        form = Registration(FIRST, LAST, DOB, phone="(310) 555-7731", memberships=memberships, medi_cal_cin=CIN)
        zyx = services.register(station, form).person_id
        errors.expect(KioskError, lambda: services.register(station, form))  # the member ID is taken
        errors.expect(KioskError, lambda: services.register(station, Registration(FIRST, LAST, date(2099, 3, 17))))
        errors.expect(KioskError, lambda: services.register(station, Registration(FIRST * 20, LAST, DOB)))
        errors.expect(KioskError, lambda: services.register(station, Registration(FIRST, LAST, DOB, phone=FIRST)))
        bad_id = (MembershipInput("lacare", LACARE_ID + "9", "yes"),)
        bad_form = Registration(FIRST, LAST, DOB, memberships=bad_id)
        errors.expect(KioskError, lambda: services.register(station, bad_form))

        # Check-in by card, by typed ID (and a mistyped one), by pass (and a damaged one).
        services.check_in(station, scan=classify(LACARE_ID, station.config), services=["screening"])
        typed = validate_typed(BSP_ID.lower(), station.config)
        services.check_in(station, scan=typed, services=["class:NUTRITION"])
        errors.expect(KioskError, lambda: validate_typed(LACARE_ID[:-1], station.config))
        errors.expect(KioskError, lambda: validate_typed(BSP_ID + "7", station.config))
        errors.expect(KioskError, lambda: classify(f"{LACARE_ID}{FIRST}", station.config))
        ring = station.pass_keyring()
        pass_text = services.issue_pass(station, zyx)
        services.check_in(station, scan=classify(pass_text, station.config, passes=ring), services=["visiting"])
        damaged = pass_text[:-6] + ("AAAAAA" if not pass_text.endswith("AAAAAA") else "BBBBBB")
        errors.expect(KioskError, lambda: classify(damaged, station.config, passes=ring))
        errors.expect(KioskError, lambda: services.check_in(station, person_id=zyx, services=["class:NOPE"]))
        nobody = services.register(station, Registration(FIRST, "Quorrbell-Ortiz", DOB, phone=PHONE)).person_id
        services.check_in(station, person_id=nobody, services=["food-income"])

        # Staff: wrong PINs until the station locks, then the right one refused.
        desk = staff.add_staff(station, "Desk Tester", "supervisor", "4826")
        carer = staff.add_staff(station, "Care Tester", "child_care", "3917")
        for _ in range(staff.MAX_FAILURES - 1):
            assert staff.verify_pin(station, WRONG_PIN) is None
        errors.expect(staff.StaffLockedOut, lambda: staff.verify_pin(station, WRONG_PIN))
        errors.expect(staff.StaffLockedOut, lambda: staff.verify_pin(station, "4826"))
        errors.expect(KioskError, lambda: staff.add_staff(station, FIRST, "front_desk", WRONG_PIN[:3]))
        clock.advance(timedelta(minutes=6))

        # Child care: signup, check-in, a wrong code, someone not on the list, then the guardian.
        staff.sign_in_to_room(station, carer.id, "KIDS")
        nutrition = next(c["id"] for c in services.todays_classes(station) if c["code"] == "NUTRITION")
        [signup] = childcare.sign_up_children(station, zyx, nutrition, [ChildSpec(CHILD, LAST, CHILD_DOB)])
        childcare.add_flag(station, signup.child_id, "allergy", f"{CHILD} {LAST}: peanuts", staff_id=carer.id)
        childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=carer.id)
        wrong = "TMGY" if signup.pickup_code != "TMGY" else "R7KP"
        guardian = f"{FIRST} {LAST}"
        errors.expect(KioskError, lambda: childcare.check_out_child(station, wrong, carer.id, pickup_by=guardian))
        errors.expect(
            KioskError,
            lambda: childcare.check_out_child(station, signup.pickup_code, carer.id, pickup_by=f"{PICKUP} {LAST}"),
        )
        childcare.set_pickup_rule(station, signup.child_id, f"{PICKUP} {LAST}", "refused", staff_id=carer.id,
                                  note=f"{FIRST} says so")
        errors.expect(
            KioskError,
            lambda: childcare.check_out_child(station, signup.pickup_code, carer.id, pickup_by=f"{PICKUP} {LAST}"),
        )
        childcare.check_out_child(station, signup.pickup_code, carer.id, pickup_by=f"{FIRST} {LAST}")

        # A merge of a duplicate registration, and a correction with a reason that names the visitor.
        dup = services.register(station, Registration(FIRST, LAST, DOB, phone=PHONE)).person_id
        merged = merge.merge_people(station, zyx, dup, staff_id=desk.id, reason=f"{FIRST} {LAST} registered twice")
        errors.expect(KioskError, lambda: merge.merge_people(station, zyx, dup, staff_id=desk.id, reason=FIRST))
        merge.undo_merge(station, merged, staff_id=desk.id, reason=f"not {FIRST}")
        visit = services.check_in(station, person_id=nobody, services=["screening"])
        services.void(station, visit.visit_id, reason=f"{FIRST} {LAST} pressed twice", staff_id=desk.id)

        # Sync through the stand-in with faults: 5xx, a dropped connection, refused credentials, a refused record.
        with sim.store.transaction() as tx:  # the plan already holds a different record under one of our keys
            with station.store.read() as s:
                key = s.execute(
                    select(OutboxEntry.key).where(OutboxEntry.plan_code == "lacare", OutboxEntry.record_type == "visit")
                ).scalar_one()
            tx.accept_many("lacare", [(key, "Observation", {"resourceType": "Observation"})])  # another type: 409
        sim.set_faults(FaultSpec.parse("5xx=1,seed=3"))
        drain(station, clock).close()
        sim.set_faults(FaultSpec.parse("drop=1,seed=3"))
        clock.advance(timedelta(hours=2))
        drain(station, clock).close()
        sim.set_faults(None)
        sim.api_keys["bscpromise"] = "a-key-the-station-does-not-have"
        clock.advance(timedelta(hours=2))
        drain(station, clock).close()
        del sim.api_keys["bscpromise"]
        clock.advance(timedelta(hours=3))
        drain(station, clock).close()
        assert "rejected" in outbox_states(station) and "sent" in outbox_states(station)

        # Pulls: the schedule and configuration, and a member lookup that prefills a registration.
        sim.pulls.set_member("lacare", LOOKED_UP[0], SimMember(LOOKED_UP[1], LAST, DOB.isoformat(), "es"))
        Puller(station).run_due()
        found = MemberLookups(station.config).lookup("lacare", LOOKED_UP[0])
        assert found is not None
        assert MemberLookups(station.config).lookup("bscpromise", "BSP271717170") is None
        sim.set_outage(True)
        assert MemberLookups(station.config).lookup("lacare", LOOKED_UP[0]) is None
        sim.set_outage(False)

        # The next day: daily counts go, the report and the purge run.
        clock.advance(timedelta(days=1))
        from sync.runner import queue_daily_counts

        queue_daily_counts(station)
        drain(station, clock).close()
        day = (clock.now() - timedelta(days=1)).astimezone(station.config.site.time_zone).date()
        report = json.dumps(services.day_counts(station, day, day))
        assert not leaks(report), "the day report is de-identified"
        retention.purge(station, dry_run=True)
    finally:
        station.close()

    # The command line, as IT and scripts run it: stderr must stay clean too.
    data = str(paths.data_dir)
    for argv in (
        ["checkin", "--payload", LACARE_ID, "--service", "screening"],
        ["checkin", "--typed", "--payload", LACARE_ID[:-2]],
        ["checkin", "--payload", f"{FIRST}-{LACARE_ID}"],
        ["sync", "--status", "--json"],
        ["sync", "--once", "--json"],
        ["export", "--date", day.isoformat(), "--format", "csv"],
        ["audit", "verify"],
        ["purge", "--dry-run", "--json"],
    ):
        main(["--data-dir", data, *argv])
        out, err = capfd.readouterr()
        stderr.append(err)
        if argv[0] in ("export", "sync", "audit", "purge"):
            assert not leaks(out), f"crc-kiosk {argv[0]} printed personal data"

    logged = "\n".join(captured.lines)
    assert "SELECT" in logged and "127.0.0.1" in logged, "the capture really saw SQLAlchemy and urllib3"
    assert not leaks(logged), sorted({line[:160] for line in captured.lines if leaks(line)})[:10]
    assert not leaks("\n".join(stderr))
    assert len(errors.messages) > 15
    assert not leaks("\n".join(errors.messages)), [m for m in errors.messages if leaks(m)]
    for file in files_beside_the_database(paths.data_dir):
        assert not leaks(file.read_text(encoding="utf-8", errors="replace")), file.name


def outbox_states(station: Station) -> set[str]:
    with station.store.read() as s:
        return set(s.execute(select(OutboxEntry.state)).scalars())


def files_beside_the_database(data_dir: Path) -> list[Path]:
    """Logs, crash reports, the sync health file...: everything but the (encrypted) database and its backups."""
    skip = {"backups", "quarantine"}
    return [
        f
        for f in data_dir.rglob("*")
        if f.is_file() and not (set(f.relative_to(data_dir).parts) & skip) and ".db" not in f.name
    ]



def test_the_engine_hides_parameters_and_library_logs_are_filtered(station: Station) -> None:
    from kiosk import logsafe

    assert station.store.engine.hide_parameters
    line = '127.0.0.1:80 "GET /fhir/lacare/Patient?identifier=urn%3Ax%7CLC17171717 HTTP/1.1" 200 12'
    assert logsafe.redact_url(line) == '127.0.0.1:80 "GET /fhir/lacare/Patient?… HTTP/1.1" 200 12'
    assert logsafe.redact_url("http://127.0.0.1:9/json/bscpromise/members/BSP271717171") == (
        "http://127.0.0.1:9/json/bscpromise/members/…"
    )
    record = logging.LogRecord("urllib3.connectionpool", logging.WARNING, __file__, 1,
                               "Retrying (%r) after connection broken by '%r': %s",
                               ("Retry(total=0)", OSError("/json/x/members/LC17171717"), "/members/LC17171717"), None)
    logsafe.RedactUrls().filter(record)
    assert not leaks(record.getMessage())
    row = logging.LogRecord("sqlalchemy.engine.Engine", logging.DEBUG, __file__, 1, "Row %r", (FIRST,), None)
    assert not logsafe.DropResultRows().filter(row)


def test_a_crash_report_keeps_the_stack_not_the_message(station: Station) -> None:
    from kiosk.cli import _log_crash

    try:
        raise ValueError(f"{FIRST} {LAST} {DOB} {LACARE_ID}")  # a bug whose message carries a visitor
    except ValueError as error:
        where = Path(_log_crash(station.paths, error))
    report = where.read_text(encoding="utf-8")
    assert "ValueError" in report and "test_no_phi_in_logs.py" in report
    assert not leaks(report)
