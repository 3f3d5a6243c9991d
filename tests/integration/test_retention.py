"""Retention: personal data confirmed by every destination is purged after the retention period,
the reports keep their counts, and nothing unsent (or linked to something unsent) is ever purged."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk import childcare, merge, retention, search, services, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import parse_config, read_toml
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import ConfigError
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import (
    AuditEntry,
    Child,
    ChildFlag,
    ChildPickupRule,
    Correction,
    OutboxEntry,
    Person,
    PersonSearchToken,
    PlanMembership,
    Visit,
    VisitService,
)
from sync import outbox

MARKERS = ("Quillon", "Vexmoor", "LC17171717", "BSP271717171")


def person(station: Station, first: str, member: str | None = None, *, plans: tuple[str, ...] = ("lacare",)) -> str:
    ids = {"lacare": member or "", "bscpromise": "BSP2" + (member or "")[3:] + "1"}
    memberships = tuple(MembershipInput(p, ids[p], "yes") for p in plans) if member else ()
    reg = Registration(first, "Vexmoor", date(1971, 3, 17), phone="2135550147", memberships=memberships)
    return services.register(station, reg).person_id


def send(station: Station, clock: ManualClock, plans: tuple[str, ...] = ("lacare", "bscpromise")) -> int:
    """What the worker does when the plan accepts everything: claim, then mark sent."""
    sent = 0
    for plan in plans:
        while batch := outbox.claim(station.store, plan, clock.now(), limit=500):
            outbox.complete(station.store, [c.seq for c in batch], clock.now())
            sent += len(batch)
    return sent


def close_day(station: Station, clock: ManualClock) -> None:
    """The day is over: its de-identified counts are queued (the sync runner does this)."""
    clock.advance(timedelta(days=1))
    services.enqueue_unrouted_counts(station)
    childcare.enqueue_unrouted_counts(station)


def people(station: Station) -> dict[str, tuple[str | None, str | None, str]]:
    """Person id -> (first name, last name, profile)."""
    with station.store.read() as s:
        rows = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.profile))
        return {r.id: (r.first_name, r.last_name, r.profile) for r in rows}


def everything(station: Station) -> str:
    """Every row of every table, as text: what a copied database file would show."""
    with station.store.read() as s:
        db = s.connection()
        tables = [r[0] for r in db.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        return repr([db.exec_driver_sql(f'SELECT * FROM "{t}"').all() for t in tables])


def test_sent_and_old_is_purged_and_the_report_counts_stay_the_same(station: Station, clock: ManualClock) -> None:
    pid = person(station, "Quillon", "LC17171717", plans=("lacare", "bscpromise"))
    visit = services.check_in(station, person_id=pid, services=["screening", "class:NUTRITION"])
    nobody = person(station, "Quillon")  # no plan: leaves only as counts
    services.check_in(station, person_id=nobody, services=["food-income"])
    pass_text = services.issue_pass(station, pid)
    day = clock.now().date()
    before = services.day_counts(station, day, day)
    close_day(station, clock)
    send(station, clock)
    assert retention.purge(station).people == 0  # confirmed, but only a day ago

    clock.advance(timedelta(days=30))
    dry = retention.purge(station, dry_run=True)
    assert (dry.people, dry.visits, dry.dry_run) == (2, 2, True)
    assert "Quillon" in everything(station)  # a dry run changes nothing
    report = retention.purge(station)
    assert (report.people, report.visits, report.children, report.waiting_people) == (2, 2, 0, 0)
    assert report.outbox_entries > 0

    dump = everything(station)
    for marker in (*MARKERS, "1971-03-17", "2135550147"):
        assert marker not in dump
    assert not {pid, nobody} & set(people(station))  # ids stay in the audit trail, but lead to nobody
    assert services.day_counts(station, day, day) == before  # the de-identified report is unchanged
    assert {p[2] for p in people(station).values()} == {retention.PURGED}
    assert search.search_people(station, "Quillon") == [] and search.search_people(station, "1971-03-17") == []
    with station.store.read() as s:
        assert s.execute(select(PersonSearchToken)).first() is None
        assert all(e.payload == {} for e in s.execute(select(OutboxEntry)).scalars() if e.state == "sent")
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "retention.purge")).scalar_one()
        assert (entry.record_type, entry.record_id) == ("people/visits/children", "2/2/0")
        assert audit.verify(s).ok
        assert s.get(Visit, visit.visit_id) is not None  # the visit row stays, anonymous

    # The card and the pass of a purged visitor find nobody: they are new here, and go to their plan again.
    assert services.lookup(station, classify("LC17171717", station.config)) is None
    scan = classify(pass_text, station.config, passes=station.pass_keyring())
    again = services.check_in(station, scan=scan, services=["screening"])
    assert again.new_visit and again.person_id == pid  # the pass's own id, made anew (the old row is gone)
    assert retention.purge(station).people == 0  # purging twice purges nothing


def test_unsent_old_records_are_never_purged(station: Station, clock: ManualClock) -> None:
    pid = person(station, "Quillon", "LC17171717")
    services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    clock.advance(timedelta(days=400))
    report = retention.purge(station)
    assert (report.people, report.waiting_people) == (0, 1)
    assert people(station)[pid][0] == "Quillon"


@pytest.mark.parametrize("state", ["rejected", "paused", "in_flight", "pending"])
def test_rejected_paused_or_failed_records_are_kept(station: Station, clock: ManualClock, state: str) -> None:
    pid = person(station, "Quillon", "LC17171717")
    visit = services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    send(station, clock)
    with station.store.write() as s:  # one record the plan never confirmed
        entry = s.execute(select(OutboxEntry).where(OutboxEntry.record_id == visit.visit_id)).scalar_one()
        entry.state, entry.sent_at, entry.last_error = state, None, "refused (422)"
    clock.advance(timedelta(days=60))
    assert retention.purge(station).people == 0
    assert people(station)[pid][1] == "Vexmoor"


def test_sent_but_recent_is_kept_until_the_period_after_the_last_confirmation(
    station: Station, clock: ManualClock
) -> None:
    pid = person(station, "Quillon", "LC17171717")
    services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    clock.advance(timedelta(days=40))  # a long outage: sent only now
    send(station, clock)
    assert retention.purge(station).people == 0
    clock.advance(timedelta(days=29))
    assert retention.purge(station).people == 0
    clock.advance(timedelta(days=1, seconds=1))
    assert retention.purge(station).people == 1


def test_one_plan_confirmed_and_the_other_not_is_kept(station: Station, clock: ManualClock) -> None:
    pid = person(station, "Quillon", "LC17171717", plans=("lacare", "bscpromise"))
    services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    send(station, clock, plans=("lacare",))
    clock.advance(timedelta(days=45))
    assert retention.purge(station).people == 0
    send(station, clock, plans=("bscpromise",))
    clock.advance(timedelta(days=31))
    assert retention.purge(station).people == 1


def test_unrouted_visits_wait_for_their_days_counts(station: Station, clock: ManualClock) -> None:
    nobody = person(station, "Quillon")
    services.check_in(station, person_id=nobody, services=["food-income"])
    clock.advance(timedelta(days=45))  # its day's counts were never queued (no runner ran that month)
    with station.store.read() as s:
        assert s.execute(select(OutboxEntry)).first() is None
    assert retention.purge(station).people == 0


def test_unrouted_visits_are_purged_once_counts_reached_every_plan(station: Station, clock: ManualClock) -> None:
    nobody = person(station, "Quillon")
    services.check_in(station, person_id=nobody, services=["food-income"])
    close_day(station, clock)
    send(station, clock, plans=("lacare",))
    clock.advance(timedelta(days=31))
    assert retention.purge(station).people == 0  # Blue Shield Promise has not had the counts yet
    send(station, clock, plans=("bscpromise",))
    clock.advance(timedelta(days=31))
    assert retention.purge(station).people == 1


def test_a_person_linked_to_an_unpurgeable_record_is_kept(station: Station, clock: ManualClock) -> None:
    supervisor = staff.add_staff(station, "Morgan Test", "supervisor", "8642").id
    old = person(station, "Quillon", "LC17171717")
    services.check_in(station, person_id=old, services=["screening"])
    close_day(station, clock)
    send(station, clock)
    clock.advance(timedelta(days=40))
    fresh = person(station, "Zorvane", "LC12121212")
    services.check_in(station, person_id=fresh, services=["screening"])  # not sent
    merge.merge_people(station, fresh, old, staff_id=supervisor, reason="same person, Quillon Vexmoor")
    clock.advance(timedelta(days=40))
    assert retention.purge(station).people == 0  # the merged pair goes together, or not at all
    send(station, clock)
    clock.advance(timedelta(days=31))
    assert retention.purge(station).people == 2
    with station.store.read() as s:
        assert "Quillon" not in repr(s.execute(select(Correction.reason)).all())
    assert "same person" not in everything(station)


def test_child_care_is_purged_with_the_family_and_waits_for_every_guardian(
    station: Station, clock: ManualClock
) -> None:
    carer = staff.add_staff(station, "Casey Care", "child_care", "1357").id
    staff.sign_in_to_room(station, carer, "KIDS")
    rosa = person(station, "Quillon", "LC17171717")
    nutrition = next(c["id"] for c in services.todays_classes(station) if c["code"] == "NUTRITION")
    [signup] = childcare.sign_up_children(station, rosa, nutrition, [ChildSpec("Zyxqua", "Vexmoor", date(2022, 5, 1))])
    childcare.add_flag(station, signup.child_id, "allergy", "peanuts: Zyxqua's EpiPen", staff_id=carer)
    childcare.set_pickup_rule(station, signup.child_id, "Ordo Vexmoor", "authorized", staff_id=carer)
    childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=carer)
    childcare.check_out_child(station, signup.pickup_code, carer, pickup_by="Ordo Vexmoor")
    close_day(station, clock)
    send(station, clock)
    clock.advance(timedelta(days=20))
    other = person(station, "Brellis")  # a second guardian, just added: too recent
    childcare.add_guardian(station, signup.child_id, other, staff_id=carer)
    clock.advance(timedelta(days=15))
    assert retention.purge(station).people == 0
    clock.advance(timedelta(days=20))
    report = retention.purge(station)
    assert (report.people, report.children) == (2, 1)
    dump = everything(station)
    for marker in ("Zyxqua", "Ordo", "peanut", "Vexmoor", "2022-05-01"):
        assert marker not in dump
    with station.store.read() as s:
        child = s.get(Child, signup.child_id)
        assert child is not None and child.birth_date == date(2022, 1, 1)
        assert s.execute(select(ChildFlag)).first() is None and s.execute(select(ChildPickupRule)).first() is None


def test_people_are_purged_in_short_chunks_each_audited_and_rechecked(
    station: Station, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [person(station, f"Quillon{n}", f"LC1717171{n}") for n in range(3)]
    for pid in ids:
        services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    send(station, clock)
    clock.advance(timedelta(days=31))
    monkeypatch.setattr(retention, "CHUNK_GROUPS", 1)
    snapshot = retention._assess

    def check_in_meanwhile(*args: Any, **kwargs: Any) -> Any:
        found = snapshot(*args, **kwargs)
        if kwargs.get("only") is None:  # the visitor comes back between the snapshot and their chunk
            services.check_in(station, person_id=ids[2], services=["visiting"])
        return found

    monkeypatch.setattr(retention, "_assess", check_in_meanwhile)
    report = retention.purge(station)
    assert (report.people, report.visits) == (2, 2)
    left = people(station)
    assert ids[2] in left and ids[0] not in left and ids[1] not in left
    with station.store.read() as s:
        purges = s.execute(select(AuditEntry.record_id).where(AuditEntry.action == "retention.purge")).scalars()
        assert list(purges) == ["1/1/0", "1/1/0"]


def test_a_purge_is_due_at_start_then_daily(clock: ManualClock) -> None:
    assert retention.due(None, clock.now())
    assert not retention.due(clock.now(), clock.now() + timedelta(hours=23))
    assert retention.due(clock.now(), clock.now() + timedelta(days=1))


def test_the_sync_thread_purges_at_start_then_once_a_day(station: Station, clock: ManualClock) -> None:
    from sync.runner import BackgroundSync

    pid = person(station, "Quillon", "LC17171717")
    services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    send(station, clock)
    runner = BackgroundSync(station)  # not started: its loop's purge step, driven by hand
    try:
        clock.advance(timedelta(days=29, hours=20))
        runner._purge_if_due()  # at start: nothing old enough yet
        clock.advance(timedelta(hours=6))
        runner._purge_if_due()  # old enough now, but today's purge already ran
        assert pid in people(station)
        clock.advance(timedelta(days=1))
        runner._purge_if_due()
        assert pid not in people(station)
    finally:
        runner.worker.close()


def test_retention_days_is_validated() -> None:
    data = read_toml(demo_config_file())
    assert parse_config(data).privacy.retention_days == 30
    data["privacy"] = {"retention_days": 90}
    assert parse_config(data).privacy.retention_days == 90
    for bad, why in ((0, "at least 1"), ("30", "a whole number")):
        data["privacy"] = {"retention_days": bad}
        with pytest.raises(ConfigError, match=f"privacy.retention_days: expected {why}"):
            parse_config(data)


def test_purge_command_dry_run_and_json(
    station: Station, clock: ManualClock, paths: StationPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = person(station, "Quillon", "LC17171717")
    services.check_in(station, person_id=pid, services=["screening"])
    close_day(station, clock)
    send(station, clock)
    # The command reads the system clock: put the records far enough in the past instead.
    with station.store.write() as s:
        rows: list[Person | PlanMembership | Visit | VisitService] = [
            *s.execute(select(Person)).scalars(),
            *s.execute(select(PlanMembership)).scalars(),
            *s.execute(select(Visit)).scalars(),
            *s.execute(select(VisitService)).scalars(),
        ]
        for row in rows:
            row.created_at = row.created_at - timedelta(days=400)
        for e in s.execute(select(OutboxEntry)).scalars():
            e.created_at = e.created_at - timedelta(days=400)
            e.sent_at = e.sent_at - timedelta(days=400) if e.sent_at else None
    for extra in (["--dry-run"], []):
        assert main(["--data-dir", str(paths.data_dir), "purge", "--json", *extra]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["people"] == 1 and out["dry_run"] == bool(extra)
    assert main(["--data-dir", str(paths.data_dir), "purge"]) == 0
    assert "nothing to purge" in capsys.readouterr().out
