"""Child care across a site's stations, at core level: the kiosk sends a parent as a ``GuardianCard``, the
child-care station (the room) finds or adopts them and is the one writer of the signup, its pickup code and
its outbox entries. Two stations, each with its own database, at 10:00 in Los Angeles on 2026-11-23."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from material.stations import demo_site_station
from sqlalchemy import func, select

from kiosk import childcare, merge, services, staff
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec, GuardianCard, GuardianMembership, RatioExceeded, RoomFull
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import InvalidInput, NotFound
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import (
    AuditEntry,
    Child,
    ChildCareSignup,
    OutboxEntry,
    Person,
    PickupCode,
    PlanMembership,
)

SOFIA = ChildSpec("Sofía", "Gómez Ortega", date(2022, 5, 1))  # 4 years: the 2-and-up band
LEO = ChildSpec("Leo", "Gómez Ortega", date(2025, 3, 9))  # 20 months: the under-2 band
REQUEST = "5b0e2f7c-1d8a-4e63-9f14-7c2a9d3e6b01"


def _open(tmp_path: Path, clock: ManualClock, station_id: str, mode: str) -> Station:
    return demo_site_station(tmp_path / station_id, clock, station_id=station_id, mode=mode)


@pytest.fixture
def kiosk(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    st = _open(tmp_path, clock, "demo-kiosk-1", "kiosk")
    yield st
    st.close()


@pytest.fixture
def room(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    st = _open(tmp_path, clock, "demo-room-1", "child_care")
    assert st.config.station.id == "demo-room-1"
    yield st
    st.close()


def rosa(station: Station, consent: str = "yes", member: str = "LC10000001") -> str:
    reg = Registration(
        "Rosa", "Ortega Ruiz", date(1988, 2, 3), memberships=(MembershipInput("lacare", member, consent),)
    )
    return services.register(station, reg).person_id


def carer(station: Station, name: str = "Casey Care", pin: str = "1357") -> str:
    member = staff.add_staff(station, name, "child_care", pin)
    staff.sign_in_to_room(station, member.id, "KIDS")
    return member.id


def count(station: Station, model: type[object]) -> int:
    with station.store.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def outbox(station: Station) -> list[tuple[str, str, str]]:
    with station.store.read() as s:
        rows = s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()
        return [(e.plan_code, e.record_type, e.key) for e in rows]


def audit_actions(station: Station) -> list[str]:
    with station.store.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_a_kiosk_card_signs_two_children_up_at_the_room_whose_code_checks_them_in_and_out(
    kiosk: Station, room: Station
) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk))
    assert card.station_id == "demo-kiosk-1" and [m.plan_code for m in card.memberships] == ["lacare"]
    casey = carer(room)
    assert childcare.children_for_card(room, card) == []  # never met here

    signed = childcare.sign_up_for_card(
        room, card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id=REQUEST
    )
    assert [s.masked_name for s in signed] == ["Sofía G.", "Leo G."] and not any(s.already for s in signed)
    code = signed[0].pickup_code
    assert {s.pickup_code for s in signed} == {code} and {s.room_code for s in signed} == {"KIDS"}
    nutrition = next(c["id"] for c in services.todays_classes(room) if c["code"] == "NUTRITION")
    assert {s.class_session_id for s in signed} == {nutrition}  # the room's own session of that class

    with room.store.read() as s:  # adopted under the kiosk's UUIDs, keeping where the person was made
        person = s.get(Person, card.person_id)
        assert person is not None and person.station_id == "demo-kiosk-1" and person.first_name == "Rosa"
        held = s.execute(select(PlanMembership)).scalars().all()
        assert [(m.id, m.person_id) for m in held] == [(card.memberships[0].record_id, card.person_id)]
        assert audit.verify(s).ok
    actions = audit_actions(room)
    assert actions.count("childcare.guardian_adopt") == 1 and actions.count("childcare.signup") == 2
    with room.store.read() as s:  # the audit names nobody
        assert "Rosa" not in repr(s.execute(select(AuditEntry)).scalars().all())
    assert count(kiosk, Child) == 0 and count(kiosk, ChildCareSignup) == 0  # the kiosk wrote no child care

    roster = childcare.room_roster(room, "KIDS")
    assert [(c.first_name, c.state, c.pickup_code) for c in roster.children] == [
        ("Sofía", "expected", code),
        ("Leo", "expected", code),
    ]
    assert roster.children[0].guardians == ("Rosa Ortega Ruiz",)
    choices = childcare.children_for_card(room, card)
    assert [(c.child_id, c.masked_name, c.age_years) for c in choices] == [
        (signed[0].child_id, "Sofía G.", 4),
        (signed[1].child_id, "Leo G.", 1),
    ]

    assert len(childcare.check_in_child(room, code=code.lower(), staff_id=casey)) == 2
    assert childcare.room_roster(room, "KIDS").present == 2
    out = childcare.check_out_child(room, code, casey, pickup_by="rosa ortega ruiz")
    assert {h.child_name for h in out} == {"Sofía Gómez Ortega", "Leo Gómez Ortega"}
    assert childcare.room_roster(room, "KIDS").children == ()


def test_card_signups_route_to_the_consenting_plan_exactly_as_a_local_signup_does(
    kiosk: Station, room: Station
) -> None:
    person = rosa(kiosk)
    card = childcare.guardian_card(kiosk, person)
    carer(room)
    childcare.sign_up_for_card(
        room, card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id=REQUEST
    )
    remote = outbox(room)
    assert {plan for plan, _, _ in remote} == {"lacare"}
    kinds = sorted(kind for _, kind, _ in remote)
    assert kinds == ["childcare_signup", "childcare_signup", "patient", "related_person", "related_person"]

    # The same parent and children signed up at a single station that is both kiosk and room: the same keys,
    # so the plan sees the same records whichever station wrote them.
    carer(kiosk)
    nutrition = next(c["id"] for c in services.todays_classes(kiosk) if c["code"] == "NUTRITION")
    childcare.sign_up_children(kiosk, person, nutrition, [SOFIA, LEO])
    assert sorted(key for _, _, key in outbox(kiosk)) == sorted(key for _, _, key in remote)


def test_a_guardian_who_did_not_consent_is_sent_to_no_plan_until_a_consenting_membership_arrives(
    kiosk: Station, room: Station
) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk, consent="no"))
    carer(room)
    childcare.sign_up_for_card(room, card, class_code="NUTRITION", window=None, children=[SOFIA], request_id=REQUEST)
    assert outbox(room) == []

    # Later the kiosk knows a consented second plan: the room takes the new membership with its own UUID.
    later = dataclasses.replace(
        card,
        memberships=(
            *card.memberships,
            GuardianMembership("bscpromise", "BSP200000009", "yes", "0d4f7b8e-2c61-4a93-8e5d-1b7c3a9f6e20"),
        ),
    )
    childcare.sign_up_for_card(room, later, class_code="PARENTING", window=None, children=[LEO], request_id="r-2")
    assert {plan for plan, _, _ in outbox(room)} == {"bscpromise"}
    assert count(room, Person) == 1 and count(room, PlanMembership) == 2
    assert "childcare.guardian_memberships_adopt" in audit_actions(room)


def test_a_retried_request_returns_the_same_signups_and_creates_nothing(
    kiosk: Station, room: Station, clock: ManualClock
) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk))
    casey = carer(room)

    def ask(request_id: str = REQUEST) -> list[tuple[str, str, str]]:
        results = childcare.sign_up_for_card(
            room, card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id=request_id
        )
        return [(r.signup_id, r.child_id, r.pickup_code) for r in results]

    def tally() -> list[int]:
        return [count(room, m) for m in (Person, PlanMembership, Child, ChildCareSignup, PickupCode, OutboxEntry)]

    first = ask()
    before = tally()
    assert before == [1, 1, 2, 2, 1, 5]
    assert ask() == first and tally() == before  # the reply was lost; the kiosk asks again
    again = childcare.sign_up_for_card(
        room, card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id=REQUEST
    )
    assert all(r.already for r in again)

    # Even once the children are picked up, the same request still means those signups, not new ones.
    code = first[0][2]
    childcare.check_in_child(room, code=code, staff_id=casey)
    clock.advance(timedelta(minutes=30))
    childcare.check_out_child(room, code, casey, pickup_by="Rosa Ortega Ruiz")
    assert ask() == first and tally()[:5] == before[:5]

    # A request id reused by another parent's request is refused, never handed the first parent's child.
    other = childcare.guardian_card(kiosk, rosa(kiosk, member="LC10000002"))
    with pytest.raises(InvalidInput):
        childcare.sign_up_for_card(
            room, other, class_code="PARENTING", window=None, children=[SOFIA], request_id=REQUEST
        )
    assert count(room, Person) == 1  # the refused request adopted nobody


def test_ratio_and_capacity_refusals_come_back_typed_and_write_nothing(kiosk: Station, room: Station) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk))
    with pytest.raises(RatioExceeded):  # nobody signed in to the room yet
        childcare.sign_up_for_card(
            room, card, class_code="NUTRITION", window=None, children=[SOFIA], request_id=REQUEST
        )
    assert count(room, Person) == 0 and count(room, Child) == 0  # the adoption went with the refused signup

    carer(room)
    carer(room, "Jordan Care", "2468")
    neighbour = services.register(room, Registration("Ana", "Lima Souza", date(1990, 6, 7))).person_id
    twelve = [ChildSpec(f"Child{n}", "Lima Souza", date(2021, 1, 1 + n)) for n in range(12)]
    nutrition = next(c["id"] for c in services.todays_classes(room) if c["code"] == "NUTRITION")
    childcare.sign_up_children(room, neighbour, nutrition, twelve)
    with pytest.raises(RoomFull):
        childcare.sign_up_for_card(
            room, card, class_code="NUTRITION", window=None, children=[SOFIA], request_id=REQUEST
        )
    assert count(room, ChildCareSignup) == 12 and count(room, Person) == 1


def test_a_card_whose_membership_is_known_here_under_another_person_resolves_to_that_person(
    kiosk: Station, room: Station
) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk))
    here = rosa(room)  # registered at the room too: another UUID, the same member ID
    assert here != card.person_id
    sofia = childcare.add_child(room, here, SOFIA)
    assert [c.child_id for c in childcare.children_for_card(room, card)] == [sofia]

    carer(room)
    signed = childcare.sign_up_for_card(
        room, card, class_code="NUTRITION", window=None, children=[sofia, LEO], request_id=REQUEST
    )
    assert signed[0].child_id == sofia and count(room, Person) == 1
    with room.store.read() as s:
        guardians = set(s.execute(select(ChildCareSignup.guardian_id)).scalars())
    assert guardians == {here}
    assert [c.masked_name for c in childcare.children_for_card(room, card)] == ["Sofía G.", "Leo G."]


def test_what_the_room_refuses(kiosk: Station, room: Station) -> None:
    card = childcare.guardian_card(kiosk, rosa(kiosk))
    carer(room)

    def ask(card: GuardianCard = card, **changes: object) -> None:
        args: dict[str, object] = {
            "class_code": "NUTRITION",
            "window": None,
            "children": [SOFIA],
            "request_id": REQUEST,
            **changes,
        }
        childcare.sign_up_for_card(room, card, **args)  # type: ignore[arg-type]

    with pytest.raises(NotFound):
        ask(class_code="KNITTING")  # not on today's schedule here
    with pytest.raises(InvalidInput):
        ask(class_code="ZUMBA-AM")  # ended at 10:00
    with pytest.raises(InvalidInput):
        ask(window=(room.clock.now(), room.clock.now() + timedelta(hours=1)))  # both a class and a window
    with pytest.raises(InvalidInput):
        ask(children=[])
    with pytest.raises(InvalidInput):
        ask(request_id="  ")
    with pytest.raises(InvalidInput):
        ask(card=dataclasses.replace(card, site_code="OTHER-CRC"))
    with pytest.raises(InvalidInput):
        ask(card=dataclasses.replace(card, person_id="not-a-uuid"))
    with pytest.raises(InvalidInput):  # only the canonical form stations make
        ask(card=dataclasses.replace(card, person_id=card.person_id.upper()))
    with pytest.raises(NotFound):
        ask(children=["3c9e1a7d-5b2f-4e80-a6d4-9f1b2c3d4e5f"])  # a child id the room does not know
    assert count(room, Person) == 0 and count(room, ChildCareSignup) == 0

    with pytest.raises(NotFound):
        childcare.guardian_card(kiosk, "3c9e1a7d-5b2f-4e80-a6d4-9f1b2c3d4e5f")
    window = (room.clock.now(), room.clock.now() + timedelta(hours=1))
    [signed] = childcare.sign_up_for_card(
        room, card, class_code=None, window=window, children=[SOFIA], request_id=REQUEST
    )
    assert signed.class_session_id is None and signed.ends_at == window[1]


def test_the_card_follows_a_merge_at_the_kiosk_and_carries_both_memberships(kiosk: Station, room: Station) -> None:
    keep = rosa(kiosk)
    gone = services.register(
        kiosk,
        Registration(
            "Rosa", "Ortega", date(1988, 2, 3), memberships=(MembershipInput("bscpromise", "BSP200000009", "yes"),)
        ),
    ).person_id
    desk = staff.add_staff(kiosk, "Dana Desk", "supervisor", "8642").id
    merge.merge_people(kiosk, keep, gone, staff_id=desk, reason="the same parent registered twice")
    card = childcare.guardian_card(kiosk, gone)
    assert card.person_id == keep
    assert sorted((m.plan_code, m.member_id) for m in card.memberships) == [
        ("bscpromise", "BSP200000009"),
        ("lacare", "LC10000001"),
    ]
    carer(room)
    childcare.sign_up_for_card(room, card, class_code="NUTRITION", window=None, children=[SOFIA], request_id=REQUEST)
    assert {plan for plan, _, _ in outbox(room)} == {"lacare", "bscpromise"}  # both consented plans
