"""Child care at core level: a parent signs two children up for the nutrition class, the room checks them in,
a wrong code is refused and the right one releases them; refused people, overrides, flags, warnings."""

from __future__ import annotations

import io
import json
import shutil
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import childcare, services, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.demo.seed import seed_demo
from kiosk.domain.childcare import (
    ChildSpec,
    NoRoomForAge,
    NotCheckedIn,
    PickupNotAuthorized,
    PickupRefused,
    RatioExceeded,
    RoomFull,
    WrongPickupCode,
)
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import InvalidInput, StoreError
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store import audit, engine
from kiosk.store.models import AuditEntry, ChildCareCheckOut, PickupCode
from kiosk.store.schema import SCHEMA_REVISIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"
SOFIA = ChildSpec("Sofía", "Gómez Ortega", date(2022, 5, 1))  # 4 years old: the 2-and-up band
LEO = ChildSpec("Leo", "Gómez Ortega", date(2025, 3, 9))  # 20 months: the under-2 band
PEANUTS = "peanut allergy: EpiPen in the blue bag"


def class_id(station: Station, code: str) -> str:
    return str(next(c["id"] for c in services.todays_classes(station) if c["code"] == code))


def parent(station: Station, first: str = "Rosa", last: str = "Ortega Ruiz", member: str = "LC10000001") -> str:
    reg = Registration(first, last, date(1988, 2, 3), memberships=(MembershipInput("lacare", member, "yes"),))
    return services.register(station, reg).person_id


def carer(station: Station, name: str = "Casey Care", pin: str = "1357", room: str = "KIDS") -> str:
    member = staff.add_staff(station, name, "child_care", pin)
    staff.sign_in_to_room(station, member.id, room)
    return member.id


def test_two_children_for_the_nutrition_class_wrong_code_refused_right_code_releases(station: Station) -> None:
    rosa, casey = parent(station), carer(station)
    signed = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA, LEO])
    assert [s.masked_name for s in signed] == ["Sofía G.", "Leo G."]
    code = signed[0].pickup_code
    assert {s.pickup_code for s in signed} == {code}  # one code: the parent's slip and both labels
    assert {s.room_code for s in signed} == {"KIDS"} and signed[0].ends_at == datetime(2026, 11, 23, 20, 0, tzinfo=UTC)

    found = childcare.find_signup_by_code(station, code.lower())
    assert [(v.child_name, v.state) for v in found] == [
        ("Sofía Gómez Ortega", "expected"),
        ("Leo Gómez Ortega", "expected"),
    ]
    assert len(childcare.check_in_child(station, code=code, staff_id=casey)) == 2
    roster = childcare.room_roster(station, "KIDS")
    assert roster.present == 2 and roster.staff == ("Casey Care",)

    wrong = next(c for c in ("TMGY", "R7KP") if c != code)
    with pytest.raises(WrongPickupCode):
        childcare.check_out_child(station, wrong, casey, pickup_by="Rosa Ortega Ruiz")
    assert childcare.room_roster(station, "KIDS").present == 2  # nobody released

    out = childcare.check_out_child(station, code, casey, pickup_by="rosa ortega ruiz")
    assert {h.child_name for h in out} == {"Sofía Gómez Ortega", "Leo Gómez Ortega"}
    assert childcare.room_roster(station, "KIDS").children == ()
    with pytest.raises(WrongPickupCode):  # a code whose children have gone releases nobody
        childcare.check_out_child(station, code, casey, pickup_by="Rosa Ortega Ruiz")
    with station.store.read() as s:
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.action.like("childcare.%"))).scalars())
        assert actions.count("childcare.check_in") == 2 and actions.count("childcare.check_out") == 2
        assert actions.count("childcare.wrong_pickup_code") == 2 and audit.verify(s).ok


def test_flags_are_for_staff_only_never_in_a_kiosk_result(station: Station) -> None:
    rosa, casey = parent(station), carer(station)
    sofia = childcare.add_child(station, rosa, SOFIA)
    childcare.add_flag(station, sofia, "allergy", PEANUTS, staff_id=casey)
    choices = childcare.returning_children(station, rosa)
    assert [(c.masked_name, c.age_years) for c in choices] == [("Sofía G.", 4)]
    signed = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [sofia])
    kiosk_facing = repr(choices) + repr(signed)
    assert "peanut" not in kiosk_facing.lower() and "Gómez" not in kiosk_facing and "2022" not in kiosk_facing
    roster = childcare.room_roster(station, "KIDS")
    assert roster.children[0].flags == (("allergy", PEANUTS),)
    with station.store.read() as s:  # the audit says a flag was added, never what it says
        assert "peanut" not in repr(s.execute(select(AuditEntry)).scalars().all()).lower()


def test_a_refused_person_never_takes_the_child_code_or_override(station: Station) -> None:
    rosa, casey = parent(station), carer(station)
    [signup] = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA])
    childcare.set_pickup_rule(station, signup.child_id, "Marco Gómez", "refused", staff_id=casey, note="court order")
    childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey)
    with pytest.raises(PickupRefused) as refused:
        childcare.check_out_child(station, signup.pickup_code, casey, pickup_by="MARCO GOMEZ")
    assert refused.value.note == "court order"  # for the room's screen; the message itself names nobody
    assert "Marco" not in str(refused.value) and "court" not in str(refused.value)
    with pytest.raises(PickupRefused):
        childcare.override_check_out(station, signup.signup_id, casey, pickup_by="Marco Gomez", reason="says he's dad")
    roster = childcare.room_roster(station, "KIDS")
    assert roster.present == 1 and roster.children[0].refused == ("Marco Gómez",)


def test_only_guardians_and_authorized_people_pick_up_unless_staff_override_with_a_reason(station: Station) -> None:
    rosa, casey = parent(station), carer(station)
    [signup] = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA])
    childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey)
    with pytest.raises(PickupNotAuthorized):
        childcare.check_out_child(station, signup.pickup_code, casey, pickup_by="Ana Ruiz")
    childcare.set_pickup_rule(station, signup.child_id, "Ana Ruiz", "authorized", staff_id=casey, note="grandmother")
    assert childcare.room_roster(station, "KIDS").children[0].authorized == ("Ana Ruiz",)
    with pytest.raises(InvalidInput, match="reason"):
        childcare.override_check_out(station, signup.signup_id, casey, pickup_by="Ana Ruiz", reason=" ")
    done = childcare.override_check_out(
        station, signup.signup_id, casey, pickup_by="Ana Ruiz", reason="slip lost; ID checked against the list"
    )
    with station.store.read() as s:
        record = s.get(ChildCareCheckOut, done.record_id)
        assert record is not None and record.staff_id == casey and record.pickup_by == "Ana Ruiz"
        assert record.override_reason == "slip lost; ID checked against the list"
        entry = s.execute(select(AuditEntry).where(AuditEntry.record_id == done.record_id)).scalar_one()
        assert (entry.action, entry.staff_id) == ("childcare.override_check_out", casey)
    with pytest.raises(NotCheckedIn, match="already picked up"):
        childcare.override_check_out(station, signup.signup_id, casey, pickup_by="Ana Ruiz", reason="again please")


def test_the_room_lists_who_was_picked_up_and_a_scanned_guardian_finds_their_signups(
    station: Station, clock: ManualClock
) -> None:
    rosa, casey = parent(station), carer(station)
    other = parent(station, "Inés", "Vidal Soto", "LC10000002")
    signed = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA, LEO])
    childcare.sign_up_children(
        station, other, class_id(station, "NUTRITION"), [ChildSpec("Pau", "Vidal", date(2021, 1, 2))]
    )
    assert [v.child_name for v in childcare.signups_of_guardian(station, rosa)] == [
        "Sofía Gómez Ortega",
        "Leo Gómez Ortega",
    ]  # only this guardian's children, never the other parent's
    assert childcare.picked_up_today(station, "KIDS") == []
    childcare.check_in_child(station, code=signed[0].pickup_code, staff_id=casey)
    clock.advance(timedelta(minutes=40))
    childcare.check_out_child(
        station, signed[0].pickup_code, casey, pickup_by="Rosa Ortega Ruiz", signup_ids=[signed[0].signup_id]
    )
    childcare.override_check_out(
        station, signed[1].signup_id, casey, pickup_by="Rosa Ortega Ruiz", reason="slip left at home"
    )
    gone = childcare.picked_up_today(station, "KIDS")
    assert [(p.child_name, p.pickup_by, p.override) for p in gone] == [
        ("Sofía Gómez Ortega", "Rosa Ortega Ruiz", False),
        ("Leo Gómez Ortega", "Rosa Ortega Ruiz", True),
    ]
    assert gone[0].picked_up_at - (gone[0].checked_in_at or gone[0].picked_up_at) == timedelta(minutes=40)
    assert [v.state for v in childcare.signups_of_guardian(station, rosa)] == ["out", "out"]
    assert [v.child_name for v in childcare.signups_for_code(station, signed[0].pickup_code, staff_id=casey)] == [
        "Sofía Gómez Ortega",
        "Leo Gómez Ortega",
    ]
    with pytest.raises(WrongPickupCode) as wrong:
        childcare.signups_for_code(
            station, next(c for c in ("TMGY", "R7KP") if c != signed[0].pickup_code), staff_id=casey
        )
    assert "Rosa" not in str(wrong.value) and "Gómez" not in str(wrong.value)
    with station.store.read() as s:
        tried = s.execute(select(AuditEntry).where(AuditEntry.action == "childcare.wrong_pickup_code")).scalars().all()
        assert [e.staff_id for e in tried] == [casey]
    clock.advance(timedelta(days=1))  # a new day: yesterday's room is not today's
    assert childcare.picked_up_today(station, "KIDS") == [] and childcare.signups_of_guardian(station, rosa) == []


def test_warnings_before_the_class_ends_and_when_overdue(station: Station, clock: ManualClock) -> None:
    rosa, casey = parent(station), carer(station)
    [early] = childcare.sign_up_children(station, rosa, class_id(station, "PARENTING"), [SOFIA])  # 13:00-14:30
    [now] = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [LEO])  # 10:30-12:00
    childcare.check_in_child(station, signup_id=early.signup_id, staff_id=casey)  # dropped off at 10:00
    childcare.check_in_child(station, signup_id=now.signup_id, staff_id=casey)

    def warnings(at: datetime) -> dict[str, tuple[str, ...]]:
        return {c.first_name: c.warnings for c in childcare.room_roster(station, "KIDS", at).children}

    start = clock.now()  # 10:00 in Los Angeles
    assert warnings(start + timedelta(minutes=100)) == {"Sofía": (), "Leo": ()}  # 11:40
    assert warnings(start + timedelta(minutes=110)) == {"Sofía": (), "Leo": ("class_ending",)}  # 11:50
    assert warnings(start + timedelta(minutes=120)) == {"Sofía": (), "Leo": ("overdue",)}  # the class is over
    assert warnings(start + timedelta(minutes=121)) == {"Sofía": ("overdue",), "Leo": ("overdue",)}  # 2 h stay


def test_capacity_ratio_and_age_are_enforced_with_clear_errors(station: Station) -> None:
    rosa = parent(station)
    nutrition = class_id(station, "NUTRITION")
    with pytest.raises(RatioExceeded, match="need 1 child-care staff"):  # nobody signed in to the room
        childcare.sign_up_children(station, rosa, nutrition, [SOFIA])
    casey = carer(station)
    babies = [ChildSpec(f"Baby{n}", "Demo", date(2025, 6, n + 1)) for n in range(5)]
    childcare.sign_up_children(station, rosa, nutrition, babies[:4])  # 1:4 under two: one person is enough
    with pytest.raises(RatioExceeded, match="need 2 child-care staff"):
        childcare.sign_up_children(station, rosa, nutrition, babies[4:])
    carer(station, "Jamie Care", "4826")
    childcare.sign_up_children(station, rosa, nutrition, babies[4:])
    bigger = [ChildSpec(f"Kid{n}", "Demo", date(2020, 1, n + 1)) for n in range(8)]
    with pytest.raises(RoomFull, match=r"full .*12 places, 7 free"):
        childcare.sign_up_children(station, rosa, nutrition, bigger)  # all or none: nobody signed up
    assert len(childcare.room_roster(station, "KIDS").children) == 5
    with pytest.raises(NoRoomForAge, match="3 months"):
        childcare.sign_up_children(station, rosa, nutrition, [ChildSpec("Newborn", "Demo", date(2026, 8, 20))])
    # Staff cannot leave while the children in the room need them.
    for code in {c.pickup_code for c in childcare.room_roster(station, "KIDS").children}:
        childcare.check_in_child(station, code=code, staff_id=casey)  # 5 babies need 1.25 people
    with pytest.raises(RatioExceeded, match=r"need 2 child-care staff.*before leaving"):
        staff.sign_out_of_room(station, casey)
    assert childcare.room_roster(station, "KIDS").staff == ("Casey Care", "Jamie Care")


def test_returning_children_and_signing_up_twice(station: Station) -> None:
    rosa, _ = parent(station), carer(station)
    other = parent(station, "Lan", "Nguyen", "LC10000004")
    sofia = childcare.add_child(station, rosa, SOFIA)
    assert childcare.add_child(station, rosa, ChildSpec(" sofia ", "GOMEZ ORTEGA", SOFIA.birth_date)) == sofia
    assert childcare.returning_children(station, other) == []
    with pytest.raises(Exception, match="not one of this guardian"):
        childcare.sign_up_children(station, other, class_id(station, "NUTRITION"), [sofia])
    first = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [sofia])
    again = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [sofia])
    assert again[0].already and again[0].signup_id == first[0].signup_id
    assert again[0].pickup_code == first[0].pickup_code


def test_a_signup_and_its_code_are_for_their_own_day_only(station: Station, clock: ManualClock) -> None:
    rosa, _ = parent(station), carer(station)
    [signup] = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA])
    clock.advance(timedelta(days=1))
    casey_tomorrow = carer(station, "Jamie Care", "4826")
    with pytest.raises(InvalidInput, match="another day"):
        childcare.check_in_child(station, signup_id=signup.signup_id, staff_id=casey_tomorrow)
    with pytest.raises(WrongPickupCode):
        childcare.check_in_child(station, code=signup.pickup_code, staff_id=casey_tomorrow)
    assert childcare.find_signup_by_code(station, signup.pickup_code) == []
    assert childcare.room_roster(station, "KIDS").children == ()


def test_the_database_refuses_a_pickup_code_given_twice_on_one_day(station: Station) -> None:
    rosa, _ = parent(station), carer(station)
    [signup] = childcare.sign_up_children(station, rosa, class_id(station, "NUTRITION"), [SOFIA])
    with pytest.raises(StoreError, match="IntegrityError"), station.store.write() as s:
        row = s.execute(select(PickupCode)).scalar_one()
        s.add(PickupCode(**{**{c.key: getattr(row, c.key) for c in PickupCode.__table__.columns}, "id": "dup"}))
        s.flush()
    assert signup.pickup_code


@pytest.mark.parametrize("revision", [r for r in SCHEMA_REVISIONS if r < "0005"])
def test_an_older_database_upgrades_and_offers_child_care(revision: str, tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path)
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", paths.database)
    shutil.copyfile(demo_config_file(), paths.config_file)
    st = open_station(paths, ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC)))
    try:
        rosa, casey = parent(st, member="LC19999999"), carer(st, pin="4826")
        [signup] = childcare.sign_up_children(st, rosa, class_id(st, "NUTRITION"), [SOFIA])
        childcare.check_in_child(st, signup_id=signup.signup_id, staff_id=casey)
        assert childcare.room_roster(st, "KIDS").present == 1
        with st.store.read() as s:
            assert audit.verify(s).ok
    finally:
        st.close()
    con = engine.open_connection(paths.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_REVISIONS[-1],)
    con.close()


def test_cli_roster_and_checkout_with_a_staff_pin_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "demo"
    st = seed_demo(StationPaths.resolve(data))  # the real clock, as the command line will use
    try:
        maria = services.lookup(st, classify("LC10000001", st.config))
        assert maria is not None
        sofia = childcare.returning_children(st, maria.person_id)[0]
        assert sofia.masked_name == "Sofía G."
        now = st.clock.now()
        window = (now, now + timedelta(hours=1))
        [signup] = childcare.sign_up_children(st, maria.person_id, None, [sofia.child_id], window=window)
        casey = next(m for m in staff.list_staff(st) if m.display_name == "Casey Demo")  # in the room: seeded
        childcare.check_in_child(st, signup_id=signup.signup_id, staff_id=casey.id)
    finally:
        st.close()
    capsys.readouterr()
    assert main(["childcare", "roster", "--json", "--data-dir", str(data)]) == 0
    roster = json.loads(capsys.readouterr().out)
    assert roster["staff"] == ["Casey Demo"] and roster["staff_needed"] == "1/10"
    [child] = roster["children"]
    assert (child["name"], child["state"], child["pickup_code"]) == ("Sofía García López", "in", signup.pickup_code)
    assert child["flags"] == [{"kind": "allergy", "text": "peanuts (demo)"}] and child["authorized"] == ["Carmen López"]

    def checkout(pin: str, code: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
        args = ["childcare", "checkout", "--code", code, "--by", "Carmen Lopez", "--data-dir", str(data)]
        status = main(args)
        out, err = capsys.readouterr()
        return status, out, err

    status, _, err = checkout("0000", signup.pickup_code)
    assert status == 1 and err.strip() == "crc-kiosk: wrong PIN; nothing was changed"
    wrong = "TMGY" if signup.pickup_code != "TMGY" else "R7KP"
    status, _, err = checkout("1357", wrong)
    assert status == 1 and "code does not match" in err and len(err.strip().splitlines()) == 1
    status, out, _ = checkout("1357", signup.pickup_code.lower())
    assert status == 0 and out.strip() == "checked out Sofía García López from KIDS to Carmen Lopez"
    assert main(["childcare", "roster", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("KIDS: 0 of 12 in the room; staff: Casey Demo")
