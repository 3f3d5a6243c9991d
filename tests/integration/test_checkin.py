"""The check-in rules against a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import ClassFull, InvalidInput, KioskError, NotFound, ScanRejected, UnknownService
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store.models import AuditEntry, Correction, OutboxEntry, Person, PlanMembership, Visit, VisitService


class KeyUnavailable(KioskError):
    code = "keys_unavailable"


def register(
    station: Station, *, member: str | None = "LC10000001", consent: str = "yes", plan: str = "lacare", **kw: object
) -> str:
    memberships = (MembershipInput(plan, member, consent),) if member else ()
    form = Registration(
        first_name=str(kw.get("first", "Rosa")),
        last_name=str(kw.get("last", "Ortega Ruiz")),
        birth_date=date(1980, 2, 3),
        phone="213-555-0199",
        preferred_language="es",
        memberships=memberships,
    )
    return services.register(station, form).person_id


def count(station: Station, model: type) -> int:
    with station.store.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_second_check_in_inside_the_window_adds_services_to_the_same_visit(
    station: Station, clock: ManualClock
) -> None:
    register(station)
    scan = classify("LC10000001", station.config)
    first = services.check_in(station, scan=scan, services=["screening"])
    clock.advance(timedelta(hours=2, minutes=59))
    second = services.check_in(station, scan=scan, services=["screening", "nutritionist"])
    assert first.new_visit and not second.new_visit
    assert second.visit_id == first.visit_id
    assert second.added == ("nutritionist",) and second.already == ("screening",)
    assert [line.spec for line in second.services] == ["screening", "nutritionist"]
    assert second.greeting_name == "Rosa O."
    assert count(station, Visit) == 1


def test_after_the_window_a_new_visit_is_counted(station: Station, clock: ManualClock) -> None:
    register(station)
    scan = classify("LC10000001", station.config)
    first = services.check_in(station, scan=scan, services=["screening"])
    clock.advance(timedelta(hours=3))
    second = services.check_in(station, scan=scan, services=["screening"])
    assert second.new_visit and second.visit_id != first.visit_id
    # Same member, site and local day: the plan still sees one visit, so no second visit record goes out.
    assert [o.record_type for o in second.outbox] == []


def test_the_window_spans_midnight_but_the_plan_sees_each_local_day(station: Station, clock: ManualClock) -> None:
    register(station)
    scan = classify("LC10000001", station.config)
    clock.set(datetime(2026, 11, 24, 7, 30, tzinfo=UTC))  # 23:30 in Los Angeles
    late = services.check_in(station, scan=scan, services=["screening"])
    clock.advance(timedelta(hours=1))  # 00:30 the next day
    after = services.check_in(station, scan=scan, services=["telehealth"])
    assert not after.new_visit and after.visit_id == late.visit_id
    with station.store.read() as s:
        visit = s.get(Visit, late.visit_id)
        assert visit is not None and visit.local_date == date(2026, 11, 23)


def test_a_valid_unknown_member_id_checks_in_a_person_known_only_by_it(station: Station) -> None:
    result = services.check_in(station, scan=classify("BSP212345678", station.config), services=["visiting"])
    assert result.new_person and result.new_visit and result.greeting_name == ""
    assert result.masked_id == "••••••••5678"
    with station.store.read() as s:
        person = s.get(Person, result.person_id)
        assert person is not None and person.profile == "membership_only"
        membership = s.execute(select(PlanMembership)).scalar_one()
        assert (membership.plan_code, membership.consent) == ("bscpromise", "unknown")
    # No consent yet: nothing leaves for the plan.
    assert result.outbox == ()
    again = services.check_in(station, scan=classify("bsp212345678", station.config), services=["screening"])
    assert not again.new_person and again.person_id == result.person_id and not again.new_visit


def test_medi_cal_bic_finds_the_person_by_cin(station: Station) -> None:
    form = Registration("José", "de la Cruz", date(2001, 5, 21), medi_cal_cin="90000005a")
    person = services.register(station, form)
    result = services.check_in(station, scan=classify("90000005A72301", station.config), services=["visiting"])
    assert result.person_id == person.person_id and not result.new_person


def test_routing_follows_consent_and_membership(station: Station) -> None:
    both = services.register(
        station,
        Registration(
            "Anahit",
            "Petrosyan",
            date(1979, 11, 2),
            memberships=(
                MembershipInput("lacare", "LC10000002", "yes"),
                MembershipInput("bscpromise", "BSP200000002", "yes"),
            ),
        ),
    )
    refused = services.register(
        station,
        Registration("Lan", "Nguyen", date(1958, 1, 9), memberships=(MembershipInput("lacare", "LC10000004", "no"),)),
    )
    r1 = services.check_in(station, person_id=both.person_id, services=["screening"])
    assert sorted({(o.plan_code, o.record_type) for o in r1.outbox}) == [
        ("bscpromise", "patient"),
        ("bscpromise", "visit"),
        ("bscpromise", "visit_service"),
        ("lacare", "patient"),
        ("lacare", "visit"),
        ("lacare", "visit_service"),
    ]
    r2 = services.check_in(station, person_id=refused.person_id, services=["screening"])
    assert r2.outbox == ()
    with station.store.read() as s:
        payloads = [e.payload for e in s.execute(select(OutboxEntry)).scalars()]
    assert all(p["member_id"] != "LC10000004" for p in payloads)


def test_outbox_keys_are_the_same_from_two_stations(tmp_path: Path, station: Station, clock: ManualClock) -> None:
    # Keys come from plan, member, site, day and service, never from station-made UUIDs, so a
    # second station with its own database queues the very same keys for the same visit.
    other_dir = tmp_path / "desk"
    other_dir.mkdir()
    text = demo_config_file().read_text(encoding="utf-8").replace('id = "demo-kiosk-1"', 'id = "demo-desk-2"')
    (other_dir / "station.toml").write_text(text, encoding="utf-8")
    other = open_station(StationPaths.resolve(other_dir), clock)
    try:
        assert other.config.station.id == "demo-desk-2"
        keys = []
        for st in (station, other):
            register(st)
            r = services.check_in(st, scan=classify("LC10000001", st.config), services=["screening"])
            keys.append(sorted(o.key for o in r.outbox))
        assert keys[0] == keys[1] and len(keys[0]) == 3
    finally:
        other.close()


def test_unknown_service_and_unknown_class_write_nothing(station: Station) -> None:
    register(station)
    scan = classify("LC10000001", station.config)
    before = (count(station, Visit), count(station, OutboxEntry), count(station, AuditEntry))
    with pytest.raises(UnknownService, match="unknown service 'yoga'"):
        services.check_in(station, scan=scan, services=["screening", "yoga"])
    with pytest.raises(NotFound, match="no class 'KARATE'"):
        services.check_in(station, scan=scan, services=["class:KARATE"])
    with pytest.raises(UnknownService):
        services.check_in(station, scan=scan, services=["class"])
    assert (count(station, Visit), count(station, OutboxEntry), count(station, AuditEntry)) == before


def test_a_full_class_refuses_and_the_whole_check_in_is_rolled_back(station: Station) -> None:
    # DIABETES has room for two.
    for i in range(2):
        services.check_in(station, scan=classify(f"LC2000000{i}", station.config), services=["class:DIABETES"])
    visits = count(station, Visit)
    with pytest.raises(ClassFull):
        services.check_in(
            station, scan=classify("LC20000009", station.config), services=["screening", "class:DIABETES"]
        )
    assert count(station, Visit) == visits
    classes = {c["code"]: c for c in services.todays_classes(station)}
    assert classes["DIABETES"]["attendance"] == 2 and classes["DIABETES"]["full"]
    assert not classes["ZUMBA-AM"]["full"]


def test_void_and_correct_are_new_records_and_tell_the_plan(station: Station) -> None:
    register(station)
    result = services.check_in(
        station, scan=classify("LC10000001", station.config), services=["screening", "class:ZUMBA-AM"]
    )
    with station.store.read() as s:
        rows_before = s.execute(select(VisitService.id, VisitService.service_code)).all()
    fixed = services.correct(
        station,
        result.visit_id,
        remove=["screening"],
        add=["nutritionist"],
        reason="pressed the wrong button",
        staff_id="staff-7",
    )
    assert [line.spec for line in fixed.services] == ["class:ZUMBA-AM", "nutritionist"]
    with station.store.read() as s:
        # Nothing edited in place: every earlier row is still there, unchanged.
        assert set(rows_before) <= set(s.execute(select(VisitService.id, VisitService.service_code)).all())
        types = [e.record_type for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]
        assert types.count("visit_service_void") == 1 and types[-2:] == ["visit_service", "visit_service_void"]
        correction = s.execute(select(Correction)).scalar_one()
        assert (correction.action, correction.staff_id) == ("correct", "staff-7")
    voided = services.void(station, result.visit_id, reason="checked in the wrong person", staff_id="staff-7")
    assert voided.voided and voided.services == ()
    assert services.todays_classes(station)[0]["attendance"] == 0
    with pytest.raises(InvalidInput, match="already void"):
        services.void(station, result.visit_id, reason="again")
    with pytest.raises(InvalidInput, match="reason"):
        services.correct(station, result.visit_id, add=["screening"], reason="  ")
    # A voided visit is not reused: checking in again starts a new one.
    again = services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    assert again.new_visit


def test_registration_validates_and_refuses_a_taken_member_id(station: Station) -> None:
    register(station)
    with pytest.raises(InvalidInput, match="already belongs"):
        register(station, first="Otra")
    with pytest.raises(InvalidInput, match="not a valid"):
        register(station, member="LC1")
    with pytest.raises(InvalidInput, match="first name is required"):
        register(station, member=None, first="  ")
    with pytest.raises(InvalidInput, match="future"):
        services.register(station, Registration("A", "B", date(2030, 1, 1)))
    with pytest.raises(InvalidInput, match="10 digits"):
        services.register(station, Registration("A", "B", date(1990, 1, 1), phone="555"))


def test_every_action_is_in_an_intact_audit_chain(station: Station) -> None:
    from kiosk.store import audit

    register(station)
    r = services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    services.void(station, r.visit_id, reason="test", staff_id="staff-1")
    with station.store.read() as s:
        check = audit.verify(s)
        actions = [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.seq))]
    assert check.ok and check.entries == 3
    assert actions == ["person.register", "visit.check_in", "visit.void"]
    with station.store.write() as s:
        s.execute(AuditEntry.__table__.update().where(AuditEntry.seq == 2).values(action="visit.other"))
    with station.store.read() as s:
        broken = audit.verify(s)
    assert not broken.ok and broken.first_bad_seq == 2
    # A deleted entry is named too, by the place it is missing from; so is the first one removed.
    with station.store.write() as s:
        s.execute(AuditEntry.__table__.delete().where(AuditEntry.seq == 2))
    with station.store.read() as s:
        missing = audit.verify(s)
    assert not missing.ok and missing.first_bad_seq == 2 and "missing" in missing.problem
    with station.store.write() as s:
        s.execute(AuditEntry.__table__.delete().where(AuditEntry.seq == 1))
    with station.store.read() as s:
        first_gone = audit.verify(s)
    assert not first_gone.ok and first_gone.first_bad_seq == 3


def test_station_status_counts_waiting_records_per_plan(station: Station) -> None:
    register(station)
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    status = services.station_status(station)
    assert status.database_ok
    lacare = next(p for p in status.plans if p.plan_code == "lacare")
    assert lacare.counts == {"pending": 3} and lacare.waiting == 3
    assert status.waiting == 3 and status.rejected == 0


def test_day_counts_are_de_identified(station: Station) -> None:
    register(station)
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    rows = services.day_counts(station, date(2026, 11, 23), date(2026, 11, 23))
    flat = {(r["dimension"], r["value"]): r["count"] for r in rows}
    assert flat[("all", "visits")] == 1 and flat[("service", "screening")] == 1
    assert flat[("plan", "lacare")] == 1 and flat[("hour", "10")] == 1 and flat[("language", "es")] == 1
    assert "Rosa" not in repr(rows) and "LC10000001" not in repr(rows)


def test_a_check_in_with_its_pass_is_one_transaction_and_a_failed_pass_leaves_the_check_in(
        station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = register(station, member="LC10000031", first="Lucia")
    scan = classify("LC10000031", station.config)
    result = services.check_in(station, scan=scan, services=["screening"], with_pass=True)
    assert result.pass_token is not None
    claims = classify(result.pass_token, station.config, passes=station.pass_keyring()).claims
    assert claims is not None and claims.person_id == person_id
    with station.store.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-2:] == ["visit.check_in", "person.issue_pass"]

    def no_keys() -> object:
        raise KeyUnavailable("the pass keys cannot be read")

    monkeypatch.setattr(station, "pass_keyring", no_keys)
    again = services.check_in(station, scan=scan, services=["food-income"], with_pass=True)
    assert again.pass_token is None and again.added == ("food-income",)  # the check-in stands without its pass
    with station.store.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-1] == "visit.add_services"  # no pass entry for a pass not made


def test_a_pass_checks_its_holder_in_at_any_station_of_the_site(
    tmp_path: Path, station: Station, clock: ManualClock
) -> None:
    from kiosk.scanning import passes

    person = services.register(
        station,
        Registration(
            "Anahit",
            "Petrosyan",
            date(1979, 11, 2),
            memberships=(
                MembershipInput("lacare", "LC10000002", "yes"),
                MembershipInput("bscpromise", "BSP200000002", "no"),
            ),
        ),
    )
    token = services.issue_pass(station, person.person_id)
    here = services.check_in(
        station, scan=classify(token, station.config, passes=station.pass_keyring()), services=["screening"]
    )
    assert here.person_id == person.person_id and not here.new_person and here.masked_id.startswith("CRC pass")

    # A second station of the site shares the site's pass keys but has never met her.
    other_dir = tmp_path / "kiosk2"
    other_dir.mkdir()
    text = demo_config_file().read_text(encoding="utf-8").replace('id = "demo-kiosk-1"', 'id = "demo-kiosk-2"')
    (other_dir / "station.toml").write_text(text, encoding="utf-8")
    other = open_station(StationPaths.resolve(other_dir), clock)
    try:
        ring = station.pass_keyring()
        ring.save(other.paths.pass_keys_file)
        scan = classify(token, other.config, passes=other.pass_keyring())
        there = services.check_in(other, scan=scan, services=["screening"])
        assert there.new_person and there.person_id == person.person_id  # the same person everywhere
        assert there.greeting_name == "Anahit P."
        assert {o.plan_code for o in there.outbox} == {"lacare"}  # consent travels with the pass
        assert sorted(o.key for o in there.outbox) == sorted(o.key for o in here.outbox)
        again = services.check_in(
            other, scan=classify(token, other.config, passes=other.pass_keyring()), services=["telehealth"]
        )
        assert not again.new_person and not again.new_visit
        # Her member card at that station now finds the same person too.
        by_card = services.check_in(other, scan=classify("LC10000002", other.config), services=["telehealth"])
        assert by_card.person_id == person.person_id
        # A pass from another site's keys is refused, and nothing is written.
        foreign = passes.PassKeyring([], None)
        foreign.rotate()
        forged = passes.issue(passes.PassClaims(person.person_id), foreign, clock.now())
        with pytest.raises(ScanRejected):
            classify(forged, other.config, passes=other.pass_keyring())
    finally:
        other.close()
