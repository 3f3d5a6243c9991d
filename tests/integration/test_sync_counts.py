"""People who go to no plan leave the center only as daily de-identified counts."""

from __future__ import annotations

from datetime import date, timedelta

from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning import classify
from kiosk.station import Station
from kiosk.store.models import OutboxEntry
from sync import outbox
from sync.adapters.fhir import transaction_bundle


def counts_entries(station: Station) -> list[tuple[str, dict[str, object]]]:
    with station.store.read() as s:
        rows = s.execute(select(OutboxEntry).where(OutboxEntry.record_type == "daily_counts")).scalars()
        return [(e.plan_code, dict(e.payload)) for e in rows]


def test_yesterdays_unrouted_visits_go_to_each_plan_as_numbers_only(station: Station, clock: ManualClock) -> None:
    nobody = services.register(station, Registration("Wei", "Chen", date(1970, 9, 17)))
    declined = services.register(
        station,
        Registration("Lan", "Nguyen", date(1958, 1, 9), memberships=(MembershipInput("lacare", "LC10000004", "no"),)),
    )
    services.register(
        station,
        Registration("Rosa", "Ortega", date(1980, 2, 3), memberships=(MembershipInput("lacare", "LC10000001", "yes"),)),
    )
    services.check_in(station, person_id=nobody.person_id, services=["food-income", "screening"])
    services.check_in(station, person_id=declined.person_id, services=["screening"])
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    assert services.enqueue_unrouted_counts(station) == 0  # the day is not over

    clock.advance(timedelta(days=1))
    assert services.enqueue_unrouted_counts(station) == 2  # one per routed plan
    assert services.enqueue_unrouted_counts(station) == 0  # once
    entries = counts_entries(station)
    assert {plan for plan, _ in entries} == {"lacare", "bscpromise"}
    for _, payload in entries:
        assert payload == {
            "site": "DEMO-CRC",
            "station": "demo-kiosk-1",
            "local_date": "2026-11-23",
            "counts": {"food-income": 1, "screening": 2},
        }
    text = repr(entries)
    assert "Wei" not in text and "LC10000004" not in text and nobody.person_id not in text

    batch = [c for c in outbox.claim(station.store, "lacare", clock.now()) if c.record_type == "daily_counts"]
    bundle, _ = transaction_bundle(batch)
    report = Bundle.model_validate(bundle).entry[0].resource
    assert report.get_resource_type() == "MeasureReport"
    assert [(g.code.coding[0].code, g.population[0].count) for g in report.group] == [
        ("food-income", 1),
        ("screening", 2),
    ]


def test_days_the_station_was_closed_send_nothing(station: Station, clock: ManualClock) -> None:
    clock.advance(timedelta(days=5))
    assert services.enqueue_unrouted_counts(station) == 0 and counts_entries(station) == []
