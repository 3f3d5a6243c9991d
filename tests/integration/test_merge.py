"""Merging two records of one visitor: a record that lookups follow, and that can be undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk import merge, services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import InvalidInput, NotFound
from kiosk.scanning import classify
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import AuditEntry, OutboxEntry, Person, PersonMerge, Visit


def person(station: Station, first: str = "Rosa", last: str = "Ortega", member: str | None = None) -> str:
    members = (MembershipInput("lacare", member, "yes"),) if member else ()
    form = Registration(first, last, date(1980, 2, 3), memberships=members)
    return services.register(station, form).person_id


def test_a_person_cannot_be_merged_with_themself(station: Station) -> None:
    a = person(station)
    with pytest.raises(InvalidInput, match="cannot be merged with themself; choose two different people"):
        merge.merge_people(station, a, a, staff_id="s1", reason="same")


def test_unknown_people_and_a_missing_reason_are_refused(station: Station) -> None:
    a = person(station)
    with pytest.raises(NotFound, match="no such person"):
        merge.merge_people(station, a, "00000000-0000-0000-0000-000000000000", staff_id="s1", reason="dup")
    with pytest.raises(InvalidInput, match="reason is required"):
        merge.merge_people(station, a, person(station, "Ana"), staff_id="s1", reason="  ")
    with pytest.raises(NotFound, match="no such merge"):
        merge.undo_merge(station, "nope", staff_id="s1", reason="x")
    with pytest.raises(NotFound, match="no such person"):
        merge.resolve_person(station, "nope")


def test_a_merged_person_cannot_be_merged_again_until_undone(station: Station) -> None:
    a, b, c = person(station, "A"), person(station, "B"), person(station, "C")
    record = merge.merge_people(station, a, b, staff_id="s1", reason="dup")
    with pytest.raises(InvalidInput, match="already merged into someone else"):
        merge.merge_people(station, c, b, staff_id="s1", reason="dup")
    with pytest.raises(InvalidInput, match="merge into that person instead"):
        merge.merge_people(station, b, c, staff_id="s1", reason="dup")
    merge.undo_merge(station, record, staff_id="s1", reason="not the same")
    with pytest.raises(InvalidInput, match="already undone"):
        merge.undo_merge(station, record, staff_id="s1", reason="again")
    merge.merge_people(station, c, b, staff_id="s1", reason="dup after all")
    assert merge.resolve_person(station, b) == c


def test_merges_chain_and_undo_one_link_at_a_time(station: Station) -> None:
    a, b, c = person(station, "A"), person(station, "B"), person(station, "C")
    first = merge.merge_people(station, b, a, staff_id="s1", reason="dup")
    second = merge.merge_people(station, c, b, staff_id="s1", reason="dup")
    assert [merge.resolve_person(station, p) for p in (a, b, c)] == [c, c, c]
    with pytest.raises(InvalidInput):
        merge.merge_people(station, a, c, staff_id="s1", reason="a loop")
    merge.undo_merge(station, second, staff_id="s1", reason="b is someone else")
    assert [merge.resolve_person(station, p) for p in (a, b, c)] == [b, b, c]
    merge.undo_merge(station, first, staff_id="s1", reason="a too")
    assert [merge.resolve_person(station, p) for p in (a, b, c)] == [a, b, c]


def test_the_merged_person_s_card_finds_and_checks_in_the_kept_person(station: Station, clock: ManualClock) -> None:
    keep = person(station, "Rosa", "Ortega Ruiz")
    scanned = services.check_in(station, scan=classify("LC10000009", station.config), services=["visiting"])
    merged = scanned.person_id
    record = merge.merge_people(station, keep, merged, staff_id="s1", reason="same visitor, walk-in and card")

    scan = classify("LC10000009", station.config)
    found = services.lookup(station, scan)
    assert found is not None and found.person_id == keep and found.greeting_name == "Rosa O."
    clock.advance(timedelta(minutes=30))
    again = services.check_in(station, scan=scan, services=["screening"])
    assert again.person_id == keep
    assert not again.new_visit and again.visit_id == scanned.visit_id  # the merged person's visit counts for them
    by_id = services.check_in(station, person_id=merged, services=["nutritionist"])
    assert by_id.person_id == keep and by_id.visit_id == scanned.visit_id

    merge.undo_merge(station, record, staff_id="s1", reason="two people after all")
    back = services.lookup(station, scan)
    assert back is not None and back.person_id == merged


def test_after_a_merge_the_kept_person_s_visits_go_to_the_merged_person_s_plan(
    station: Station, clock: ManualClock
) -> None:
    keep = person(station, "Rosa", "Ortega")  # a walk-in with no plan
    merged = person(station, "Rosa", "Ortega", member="LC10000001")  # the same visitor, with her card
    merge.merge_people(station, keep, merged, staff_id="s1", reason="dup")
    result = services.check_in(station, person_id=keep, services=["screening"])
    assert {(o.plan_code, o.record_type) for o in result.outbox} >= {("lacare", "visit"), ("lacare", "visit_service")}
    with station.store.read() as s:
        payload = s.execute(select(OutboxEntry.payload).where(OutboxEntry.record_type == "patient")).scalar_one()
    assert payload["person_id"] == keep and payload["member_id"] == "LC10000001"


def test_a_merge_edits_no_record_and_is_audited_without_personal_data(station: Station) -> None:
    keep, merged = person(station, "Ana"), person(station, "Anna")
    with station.store.read() as s:
        before = [tuple(p.__dict__[c] for c in ("id", "first_name", "last_name")) for p in s.scalars(select(Person))]
    record = merge.merge_people(station, keep, merged, staff_id="s1", reason="registered twice")
    merge.undo_merge(station, record, staff_id="s2", reason="not the same")
    with station.store.read() as s:
        after = [tuple(p.__dict__[c] for c in ("id", "first_name", "last_name")) for p in s.scalars(select(Person))]
        row = s.get(PersonMerge, record)
        assert row is not None and (row.keep_id, row.merge_id, row.staff_id) == (keep, merged, "s1")
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).scalars().all()
        assert [(e.action, e.record_type, e.record_id, e.staff_id) for e in entries] == [
            ("person.merge_undo", "person_merge_undo", entries[0].record_id, "s2"),
            ("person.merge", "person_merge", record, "s1"),
        ]
        columns = [c.key for c in AuditEntry.__table__.columns]
        for e in entries:  # ids only: no names, no reason text
            assert not {"Ana", "Anna", "registered twice"} & {str(getattr(e, c)) for c in columns}
        assert audit.verify(s).ok
        assert s.execute(select(func.count()).select_from(Visit)).scalar_one() == 0
    assert before == after
