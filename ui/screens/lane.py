"""The core calls the visitor flow makes, each run whole on the bridge's database lane.

Plain functions over ``kiosk`` (no Qt): what one step of the flow needs
comes back in one call, so the screen changes once, with everything to show.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from kiosk import childcare, services
from kiosk.config import StationMode
from kiosk.domain.childcare import ChildChoice, ChildSpec, SignupResult
from kiosk.domain.people import PersonSummary, Registration
from kiosk.domain.visits import CheckInResult
from kiosk.errors import KioskError
from kiosk.scanning import ScanResult, classify
from kiosk.station import Station
from ui.screens.choose import ClassChoice

if TYPE_CHECKING:
    from sync.site_link.client import RoomLink

log = logging.getLogger(__name__)


class StaffSignInUnavailable(KioskError):
    """Staff accounts are not part of this build yet (kiosk/staff.py missing)."""

    code = "staff_unavailable"


@dataclass(frozen=True)
class Identified:
    """Who scanned or typed: the scan, the person when known here, and today's classes."""

    scan: ScanResult | None
    person: PersonSummary | None
    classes: tuple[ClassChoice, ...]
    children: tuple[ChildChoice, ...] = ()  # the person's children known here, for the child-care step

    @property
    def greeting_name(self) -> str:
        if self.person is not None and self.person.greeting_name:
            return self.person.greeting_name
        claims = self.scan.claims if self.scan is not None else None
        return claims.greeting_name if claims is not None else ""


@dataclass(frozen=True)
class ChildCareRequest:
    """The children to sign up for child care with this check-in: returning ones by id, and new ones."""

    child_ids: tuple[str, ...] = ()
    new_children: tuple[ChildSpec, ...] = ()


@dataclass(frozen=True)
class CheckedIn:
    result: CheckInResult
    pass_token: str | None
    signups: tuple[SignupResult, ...] = ()
    child_care_refused: KioskError | None = None  # the check-in stands; the children's signup did not happen


# Child care with a service that has no class: from now, for this long (capped by the site's maximum stay).
SERVICE_CHILD_CARE = timedelta(minutes=60)


def classes_today(station: Station) -> tuple[ClassChoice, ...]:
    return tuple(ClassChoice.from_row(row) for row in services.todays_classes(station))


def room_link(station: Station) -> RoomLink | None:
    """The site's child-care station, when child care is kept there rather than here (``[site_link]``).

    One client per data dir and room for the process's life: it remembers a dead room, so scans do not
    wait on it. The HTTP stack loads only here, off the start-up path.
    """
    site_link = station.config.site_link
    if site_link is None or station.config.station.mode is StationMode.CHILD_CARE:
        return None
    key = (str(station.paths.data_dir), site_link.room_url)
    link = _links.get(key)
    if link is None:
        from sync.site_link.client import room_link_for

        link = room_link_for(station.config)
        if link is not None:
            _links[key] = link
    return link


_links: dict[tuple[str, str], RoomLink] = {}


def children_of(station: Station, person: PersonSummary | None) -> tuple[ChildChoice, ...]:
    """The person's children the room knows, when the site has child care (masked names and ages only).

    Asked of the child-care station when the site has a site link; a room that cannot be reached
    leaves "Add a child" only (the signup then says the room is unreachable).
    """
    if person is None or station.config.child_care is None:
        return ()
    try:
        link = room_link(station)
        if link is None:
            return tuple(childcare.returning_children(station, person.person_id))
        return tuple(link.children(childcare.guardian_card(station, person.person_id)))
    except KioskError as error:  # unreachable, or refused: the visitor goes on, adding children by hand
        log.warning("the child-care room's list of returning children is not here: %s", error.code)
        return ()


def identify_payload(station: Station, payload: str) -> Identified:
    """A scanned payload: classified (refusals raise ``ScanRejected``), looked up, plus the classes."""
    scan = classify(payload, station.config, passes=station.pass_keyring())
    return identify_scan(station, scan)


def identify_scan(station: Station, scan: ScanResult) -> Identified:
    """A typed ID already validated: looked up, plus the classes and the person's children."""
    person = services.lookup(station, scan)
    return Identified(scan, person, classes_today(station), children_of(station, person))


def register_person(station: Station, form: Registration) -> Identified:
    person = services.register(station, form)
    return Identified(None, person, classes_today(station))


def check_in_visitor(station: Station, scan: ScanResult | None, person_id: str | None,
                     specs: Sequence[str], identified_by: str,
                     child_care: ChildCareRequest | None = None) -> CheckedIn:
    """The check-in and the visitor's CRC pass, in one transaction (a pass that cannot be made costs only the QR);
    then, when asked, the children's child care during the first class chosen (or from now, for a service).

    A refused signup (a full room, the ratio, no room for a child's age) leaves the check-in standing and
    comes back as ``child_care_refused`` for the confirmation to say, with the front desk as the way on.
    """
    result = services.check_in(station, scan=scan, person_id=None if scan else person_id, services=specs,
                               identified_by=identified_by, with_pass=True)
    if child_care is None or not (child_care.child_ids or child_care.new_children):
        return CheckedIn(result, result.pass_token)
    class_code = next((spec.split(":", 1)[1] for spec in specs if ":" in spec), None)
    session_id = next((str(row["id"]) for row in services.todays_classes(station) if row["code"] == class_code), None)
    window: tuple[datetime, datetime] | None = None
    if session_id is None:
        now = station.clock.now()
        config = station.config.child_care
        stay = min(SERVICE_CHILD_CARE, config.max_stay) if config is not None else SERVICE_CHILD_CARE
        window = (now, now + stay)
    children: list[ChildSpec | str] = [*child_care.child_ids, *child_care.new_children]
    try:
        link = room_link(station)
        if link is None:
            signups = childcare.sign_up_children(station, result.person_id, session_id, children, window=window)
        else:  # the room signs them up: it alone counts its staff and children and hands out codes
            signups = link.sign_up(childcare.guardian_card(station, result.person_id),
                                   class_code=class_code if session_id is not None else None, window=window,
                                   children=children, request_id=str(uuid.uuid4()))
    except KioskError as error:
        log.info("child care not signed up with the check-in: %s", error.code)
        return CheckedIn(result, result.pass_token, (), error)
    return CheckedIn(result, result.pass_token, tuple(signups))


def verify_staff_pin(station: Station, pin: str) -> bool:
    """True when ``pin`` belongs to staff who may leave kiosk mode (IT or a supervisor).

    ``StaffLockedOut`` after repeated failures comes back as the bridge's error.
    """
    try:
        from kiosk import staff
    except ImportError:
        raise StaffSignInUnavailable("staff accounts are not available in this build") from None
    member = staff.verify_pin(station, pin)
    return member is not None and member.role in (staff.StaffRole.IT, staff.StaffRole.SUPERVISOR)
