"""Child-care records go to the guardian's plans only with consent, as valid FHIR (RelatedPerson, Appointment,
Encounter) or as JSON records of their own type, and reach the plan once whichever station made them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from kiosk import childcare, services, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store.models import OutboxEntry
from sync import outbox
from sync.adapters.fhir import KEY_SYSTEM, transaction_bundle
from sync.plan_sim import PlanSim
from sync.worker import Worker, adapters_for

SOFIA = ChildSpec("Sofía", "Gómez", date(2022, 5, 1))
LEO = ChildSpec("Leo", "Gómez", date(2025, 3, 9))
CHILD_CARE_TYPES = {"related_person", "childcare_signup", "childcare_check_in", "childcare_check_out"}


def nutrition(station: Station) -> str:
    return str(next(c["id"] for c in services.todays_classes(station) if c["code"] == "NUTRITION"))


def guardian(station: Station, member: str, consent: str, plan: str = "lacare") -> str:
    reg = Registration("Rosa", "Ortega", date(1988, 2, 3), memberships=(MembershipInput(plan, member, consent),))
    return services.register(station, reg).person_id


def room_staff(station: Station, pin: str = "4826") -> str:
    member = staff.add_staff(station, "Casey Care", "child_care", pin)
    staff.sign_in_to_room(station, member.id, "KIDS")
    return member.id


def queued(station: Station) -> list[tuple[str, str]]:
    with station.store.read() as s:
        return [
            (e.plan_code, e.record_type) for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()
        ]


def test_only_a_consenting_guardians_plan_receives_child_care_records(station: Station) -> None:
    casey = room_staff(station)
    declined = guardian(station, "LC10000004", "no")
    unknown = guardian(station, "BSP200000009", "unknown", "bscpromise")
    nobody = services.register(station, Registration("Wei", "Chen", date(1970, 9, 17))).person_id
    for person in (declined, unknown, nobody):
        [signup] = childcare.sign_up_children(station, person, nutrition(station), [SOFIA])
        childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey)
    assert queued(station) == []  # counted at the center, never sent

    consented = guardian(station, "LC10000001", "yes")
    signed = childcare.sign_up_children(station, consented, nutrition(station), [SOFIA, LEO])
    childcare.check_in_child(station, code=signed[0].pickup_code, staff_id=casey)
    childcare.check_out_child(station, signed[0].pickup_code, casey, pickup_by="Rosa Ortega")
    kinds = Counter(queued(station))
    assert {plan for plan, _ in kinds} == {"lacare"}
    assert kinds[("lacare", "patient")] == 1 and kinds[("lacare", "related_person")] == 2
    for kind in ("childcare_signup", "childcare_check_in", "childcare_check_out"):
        assert kinds[("lacare", kind)] == 2


def test_child_care_becomes_valid_fhir_r4_and_keeps_flags_codes_and_pickups_home(
    station: Station, clock: ManualClock
) -> None:
    casey = room_staff(station)
    rosa = guardian(station, "LC10000001", "yes")
    [signup] = childcare.sign_up_children(station, rosa, nutrition(station), [SOFIA])
    childcare.add_flag(station, signup.child_id, "allergy", "peanuts", staff_id=casey)
    childcare.set_pickup_rule(station, signup.child_id, "Ana Ruiz", "authorized", staff_id=casey)
    childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey)
    childcare.check_out_child(station, signup.pickup_code, casey, pickup_by="Ana Ruiz")

    batch = outbox.claim(station.store, "lacare", clock.now() + timedelta(hours=1))
    assert {c.record_type for c in batch} == {"patient", *CHILD_CARE_TYPES}
    bundle, _ = transaction_bundle(batch)
    parsed = Bundle.model_validate(bundle)  # fhir.resources raises on anything that is not valid R4
    resources = {e.resource.get_resource_type(): e.resource for e in parsed.entry if e.resource is not None}
    assert set(resources) == {"Patient", "Coverage", "RelatedPerson", "Appointment", "Encounter"}
    child = resources["RelatedPerson"]
    assert child.birthDate == date(2022, 5, 1) and child.relationship[0].coding[0].code == "CHILD"
    assert child.patient.reference.startswith(f"Patient?identifier={KEY_SYSTEM}|patient-")
    actors = [p.actor.reference.split("?")[0] for p in resources["Appointment"].participant]
    assert actors == ["RelatedPerson", "Patient"] and resources["Appointment"].status == "booked"
    encounters = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Encounter"]
    assert [e["status"] for e in encounters] == ["arrived", "finished"]
    assert encounters[0]["appointment"][0]["reference"].startswith(f"Appointment?identifier={KEY_SYSTEM}|childcare-")
    assert encounters[1]["partOf"]["reference"].startswith(f"Encounter?identifier={KEY_SYSTEM}|childcare-in-")
    text = json.dumps(bundle)
    assert "peanuts" not in text and signup.pickup_code not in text and "Ana Ruiz" not in text


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    server = PlanSim(tmp_path / "sim" / "plan-sim.db").start()
    yield server
    server.stop()


def _mid_morning_today() -> ManualClock:
    """10:00 at the demo site today: its nutrition class (10:30-12:00) is ahead whenever CI runs."""
    site = ZoneInfo("America/Los_Angeles")
    return ManualClock(datetime.combine(datetime.now(site).date(), time(10, 0), tzinfo=site))


def _demo_station(sim: PlanSim, data: Path, station_id: str, clock: ManualClock) -> Station:
    assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
    config = data / "station.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"demo-kiosk-1"', f'"{station_id}"'), "utf-8")
    return open_station(StationPaths.resolve(data), clock)


def test_two_stations_signing_the_same_child_up_make_one_record_at_each_plan(sim: PlanSim, tmp_path: Path) -> None:
    sim.set_outage(True)  # both stations offline while the same parent signs the same child up at each
    clock = _mid_morning_today()  # the wall clock would find the class over in the afternoon
    for n, name in enumerate(("demo-kiosk-1", "demo-kiosk-2")):
        station = _demo_station(sim, tmp_path / name, name, clock)
        try:
            # Anahit (demo) is a consenting member of both plans: FHIR for one, JSON for the other.
            anahit = services.lookup(station, classify("LC10000002", station.config))
            assert anahit is not None
            casey = room_staff(station, pin=("4826", "5937")[n])
            [signup] = childcare.sign_up_children(station, anahit.person_id, nutrition(station), [SOFIA])
            childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey)
            Worker(station.store, station.config, station.clock, adapters_for(station.config)).drain()
        finally:
            station.close()
    assert sim.dump() == []
    sim.set_outage(False)
    for name in ("demo-kiosk-1", "demo-kiosk-2"):
        station = open_station(StationPaths.resolve(tmp_path / name), clock)
        try:
            with station.store.write() as s:  # due now: skip the backoff the outage caused
                for entry in s.execute(select(OutboxEntry)).scalars():
                    entry.next_attempt_at = station.clock.now()
            Worker(station.store, station.config, station.clock, adapters_for(station.config)).drain()
        finally:
            station.close()
    held = sim.dump()
    assert max(Counter((r["plan"], r["key"]) for r in held).values()) == 1  # nothing twice, visits included
    child_care = [r for r in held if str(r["key"]).startswith(("child-", "childcare-"))]
    kinds = sorted((str(r["plan"]), str(r["type"])) for r in child_care)
    # Per plan one child, one signup, one check-in, though each station sent its own.
    assert kinds == [
        ("bscpromise", "childcare_check_in"),
        ("bscpromise", "childcare_signup"),
        ("bscpromise", "related_person"),
        ("lacare", "Appointment"),
        ("lacare", "Encounter"),
        ("lacare", "RelatedPerson"),
    ]
    assert all(r["times_received"] == 2 for r in child_care)  # the second station's copy was the same record


def test_child_care_of_guardians_who_go_to_no_plan_leaves_only_as_daily_numbers(
    station: Station, clock: ManualClock
) -> None:
    casey = room_staff(station)
    nobody = services.register(station, Registration("Wei", "Chen", date(1970, 9, 17))).person_id
    declined = guardian(station, "LC10000004", "no")
    consented = guardian(station, "LC10000001", "yes")
    signed = childcare.sign_up_children(station, nobody, nutrition(station), [SOFIA, LEO])
    childcare.check_in_child(station, signup_id=signed[0].signup_id, staff_id=casey)
    childcare.sign_up_children(station, declined, nutrition(station), [ChildSpec("Mai", "Nguyen", date(2021, 1, 2))])
    childcare.sign_up_children(station, consented, nutrition(station), [ChildSpec("Ana", "Ortega", date(2021, 1, 2))])
    assert childcare.enqueue_unrouted_counts(station) == 0  # the day is not over

    clock.advance(timedelta(days=1))
    assert childcare.enqueue_unrouted_counts(station) == 2  # one per routed plan
    assert childcare.enqueue_unrouted_counts(station) == 0  # once
    with station.store.read() as s:
        rows = s.execute(select(OutboxEntry).where(OutboxEntry.record_type == "daily_counts")).scalars().all()
        payloads = {e.plan_code: dict(e.payload) for e in rows}
    assert set(payloads) == {"lacare", "bscpromise"}
    assert payloads["lacare"]["counts"] == {"child-care": 3, "child-care-checked-in": 1}
    assert "Wei" not in repr(payloads) and "Sofía" not in repr(payloads) and nobody not in repr(payloads)
    batch = [c for c in outbox.claim(station.store, "lacare", clock.now()) if c.record_type == "daily_counts"]
    report = Bundle.model_validate(transaction_bundle(batch)[0]).entry[0].resource
    assert report is not None and report.get_resource_type() == "MeasureReport"
