"""The core calls the visitor flow makes, each run whole on the bridge's database lane.

Plain functions over ``kiosk`` (no Qt): what one step of the flow needs
comes back in one call, so the screen changes once, with everything to show.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk import services
from kiosk.domain.people import PersonSummary, Registration
from kiosk.domain.visits import CheckInResult
from kiosk.errors import KioskError
from kiosk.scanning import ScanResult, classify
from kiosk.station import Station
from ui.screens.choose import ClassChoice

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

    @property
    def greeting_name(self) -> str:
        if self.person is not None and self.person.greeting_name:
            return self.person.greeting_name
        claims = self.scan.claims if self.scan is not None else None
        return claims.greeting_name if claims is not None else ""


@dataclass(frozen=True)
class CheckedIn:
    result: CheckInResult
    pass_token: str | None


def classes_today(station: Station) -> tuple[ClassChoice, ...]:
    return tuple(ClassChoice.from_row(row) for row in services.todays_classes(station))


def identify_payload(station: Station, payload: str) -> Identified:
    """A scanned payload: classified (refusals raise ``ScanRejected``), looked up, plus the classes."""
    scan = classify(payload, station.config, passes=station.pass_keyring())
    return Identified(scan, services.lookup(station, scan), classes_today(station))


def identify_scan(station: Station, scan: ScanResult) -> Identified:
    """A typed ID already validated: looked up, plus the classes."""
    return Identified(scan, services.lookup(station, scan), classes_today(station))


def register_person(station: Station, form: Registration) -> Identified:
    person = services.register(station, form)
    return Identified(None, person, classes_today(station))


def check_in_visitor(station: Station, scan: ScanResult | None, person_id: str | None,
                     specs: Sequence[str], identified_by: str) -> CheckedIn:
    """The check-in and the visitor's CRC pass, in one transaction (a pass that cannot be made costs only the QR)."""
    result = services.check_in(station, scan=scan, person_id=None if scan else person_id, services=specs,
                               identified_by=identified_by, with_pass=True)
    return CheckedIn(result, result.pass_token)


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
