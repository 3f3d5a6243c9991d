"""The core calls the child-care station makes, each run whole on the bridge's database lane (no Qt here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk import childcare, services, staff
from kiosk.domain.childcare import (
    PICKUP_ALPHABET,
    PICKUP_CODE_LENGTH,
    Handover,
    Roster,
    SignupView,
    WrongPickupCode,
    normalize_code,
)
from kiosk.errors import KioskError
from kiosk.scanning import classify
from kiosk.staff import StaffMember
from kiosk.station import Station


class NotRoomStaff(KioskError):
    """A valid PIN of someone who does not count for a child-care room (front desk, IT)."""

    code = "not_room_staff"


@dataclass(frozen=True)
class RoomView:
    """What the roster screen shows: the room now, and who was picked up today."""

    roster: Roster
    picked_up: tuple[childcare.PickedUp, ...]


@dataclass(frozen=True)
class Found:
    """The children a typed code or a scanned slip or pass stands for."""

    signups: tuple[SignupView, ...]


def sign_in(station: Station, pin: str, room_code: str) -> StaffMember | None:
    """The member whose PIN this is, now counted in the room; None for a wrong PIN."""
    member = staff.verify_pin(station, pin)
    if member is None:
        return None
    if member.role not in staff.ROOM_ROLES:
        raise NotRoomStaff("only child-care staff or a supervisor sign in at the child-care room")
    staff.sign_in_to_room(station, member.id, room_code)
    return member


def leave_room(station: Station, staff_id: str) -> None:
    """Stop counting for the room; ``RatioExceeded`` while the children there need this member."""
    staff.sign_out_of_room(station, staff_id)


def room_view(station: Station, room_code: str) -> RoomView:
    return RoomView(childcare.room_roster(station, room_code), tuple(childcare.picked_up_today(station, room_code)))


def looks_like_code(text: str) -> bool:
    code = normalize_code(text)
    return len(code) == PICKUP_CODE_LENGTH and all(ch in PICKUP_ALPHABET for ch in code)


def find_code(station: Station, code: str, staff_id: str) -> Found:
    """The children of a typed pickup code; ``WrongPickupCode`` (audited, naming no one) when none."""
    return Found(tuple(childcare.signups_for_code(station, code, staff_id=staff_id)))


def find_scan(station: Station, payload: str, staff_id: str) -> Found:
    """A scanned slip (its pickup code) or a parent's pass or card (their children signed up today)."""
    if looks_like_code(payload):
        return find_code(station, payload, staff_id)
    scan = classify(payload, station.config, passes=station.pass_keyring())  # refusals raise ScanRejected
    person = services.lookup(station, scan)
    signups = childcare.signups_of_guardian(station, person.person_id) if person is not None else []
    if not signups:
        raise WrongPickupCode("no child is signed up today for the person of that card")
    return Found(tuple(signups))


def check_in(station: Station, signup_ids: Sequence[str], staff_id: str, *, code: str | None = None) -> list[Handover]:
    """Check children in: every child of ``code`` not in yet, all or none (siblings go in together), or the
    signups named, one by one. The core checks capacity and the ratio each time."""
    if code is not None:
        return childcare.check_in_child(station, code=code, staff_id=staff_id)
    done: list[Handover] = []
    for signup_id in signup_ids:
        done += childcare.check_in_child(station, signup_id=signup_id, staff_id=staff_id)
    return done


def check_out(station: Station, code: str, signup_ids: Sequence[str], pickup_by: str, staff_id: str) -> list[Handover]:
    return childcare.check_out_child(station, code, staff_id, pickup_by=pickup_by, signup_ids=list(signup_ids))


def override(station: Station, signup_id: str, pickup_by: str, reason: str, staff_id: str) -> Handover:
    return childcare.override_check_out(station, signup_id, staff_id, pickup_by=pickup_by, reason=reason)
