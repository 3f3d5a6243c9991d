"""The core calls the front desk makes, each run whole on the bridge's database lane (no Qt here).

Search, merge and the PDF report come from modules written beside this one
(``kiosk.search``, ``kiosk.merge``, ``ui.report_pdf``); until a module is in
the build, its call raises ``FeatureUnavailable`` (search falls back to a
plain scan of the people table), so the screens work either way.
"""

from __future__ import annotations

import csv
import importlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk import services
from kiosk.clock import local_date
from kiosk.domain.people import Registration
from kiosk.domain.status import StationStatus
from kiosk.domain.visits import CheckInResult, VisitState
from kiosk.errors import KioskError
from kiosk.scanning import classify, mask_id
from kiosk.staff import StaffMember, verify_pin
from kiosk.station import Station
from kiosk.store.models import Person


class FeatureUnavailable(KioskError):
    """A front-desk feature whose module is not in this build yet."""

    code = "feature_unavailable"


@dataclass(frozen=True)
class Hit:
    """One search result, as the desk shows it: member IDs already masked."""

    person_id: str
    first_name: str
    last_name: str
    birth_date: date | None
    phone: str | None
    member_ids: tuple[tuple[str, str], ...]  # (plan code, masked member ID)
    last_visit_on: date | None

    @property
    def full_name(self) -> str:
        return " ".join(n for n in (self.first_name, self.last_name) if n)


@dataclass(frozen=True)
class Scanned:
    """A scan at the desk: the person when known, else what a registration can start from."""

    person_id: str | None
    plan_code: str | None
    member_id: str | None  # only to prefill the walk-in form; never shown unmasked elsewhere


@dataclass(frozen=True)
class DayOverview:
    in_building: tuple[dict[str, Any], ...]
    classes: tuple[dict[str, Any], ...]
    per_hour: dict[int, int]
    status: StationStatus
    day: date


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as missing:
        if missing.name != module:
            raise
        return None


def _hit(found: Any) -> Hit:
    member_ids = tuple((plan, mask_id(mid) if "•" not in mid else mid) for plan, mid in found.member_ids)
    return Hit(found.person_id, found.first_name or "", found.last_name or "", found.birth_date, found.phone,
               member_ids, found.last_visit_on)


# --- staff ------------------------------------------------------------------------


def sign_in(station: Station, pin: str) -> StaffMember | None:
    """The staff member whose PIN this is; ``StaffLockedOut`` comes back as the bridge's error."""
    return verify_pin(station, pin)


# --- people -----------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _plain_search(station: Station, query: str, limit: int) -> list[Hit]:
    """Stand-in until ``kiosk.search`` lands: every word of the query in the name, phone, DOB or an ID."""
    words = _fold(query).replace("-", " ").split()
    if not words:
        return []
    hits: list[Hit] = []
    with station.store.read() as session:
        for person in session.execute(select(Person).order_by(Person.last_name, Person.first_name)).scalars():
            ids = [m.member_id for m in person.memberships] + ([person.medi_cal_cin] if person.medi_cal_cin else [])
            hay = _fold(" ".join([person.first_name or "", person.last_name or "", person.phone or "",
                                  person.birth_date.isoformat() if person.birth_date else "", *ids]))
            if all(w in hay for w in words):
                hits.append(Hit(person.id, person.first_name or "", person.last_name or "", person.birth_date,
                                person.phone, tuple((m.plan_code, mask_id(m.member_id)) for m in person.memberships),
                                None))
                if len(hits) >= limit:
                    break
    return hits


def find_people(station: Station, query: str, limit: int = 25) -> list[Hit]:
    search = _optional("kiosk.search")
    if search is None:
        return _plain_search(station, query, limit)
    return [_hit(h) for h in search.search_people(station, query, limit=limit)]


def similar_people(station: Station, form: Registration) -> list[Hit]:
    """People who might be this walk-in already (asked before saving)."""
    search = _optional("kiosk.search")
    if search is None:
        found = _plain_search(station, f"{form.last_name}", 50)
        first = _fold(form.first_name).split()[:1]
        return [h for h in found if h.birth_date == form.birth_date or (first and first[0] in _fold(h.first_name))]
    hits = search.similar_people(station, form.first_name, form.last_name, form.birth_date, form.phone, limit=5)
    return [_hit(h) for h in hits]


def register_walk_in(station: Station, form: Registration, staff_id: str) -> str:
    return services.register(station, form, staff_id=staff_id).person_id


def identify_scan(station: Station, payload: str) -> Scanned:
    """A card or pass scanned at the desk; refusals raise ``ScanRejected`` (nothing of a license is kept)."""
    scan = classify(payload, station.config, passes=station.pass_keyring())
    person = services.lookup(station, scan)
    if person is not None:
        return Scanned(person.person_id, None, None)
    return Scanned(None, scan.plan_code, scan.identifier if scan.plan_code else None)


@dataclass(frozen=True)
class PersonView:
    detail: dict[str, Any]
    classes: tuple[dict[str, Any], ...]
    merges: tuple[str, ...] = ()  # active merges into this person, newest first: each can still be undone


def person_view(station: Station, person_id: str) -> PersonView:
    module = _optional("kiosk.merge")
    merges = tuple(module.merges_into(station, person_id)) if module is not None else ()
    return PersonView(services.person_today(station, person_id), tuple(services.todays_classes(station)), merges)


# --- visits -----------------------------------------------------------------------


def check_in_person(station: Station, person_id: str, specs: Sequence[str], staff_id: str) -> CheckInResult:
    return services.check_in(station, person_id=person_id, services=list(specs), identified_by="lookup",
                             staff_id=staff_id)


def correct_visit(station: Station, visit_id: str, add: Sequence[str], remove: Sequence[str], reason: str,
                  staff_id: str) -> VisitState:
    return services.correct(station, visit_id, add=list(add), remove=list(remove), reason=reason, staff_id=staff_id)


def void_visit(station: Station, visit_id: str, reason: str, staff_id: str) -> VisitState:
    return services.void(station, visit_id, reason=reason, staff_id=staff_id)


def merge(station: Station, keep_id: str, merge_id: str, reason: str, staff_id: str) -> str:
    module = _optional("kiosk.merge")
    if module is None:
        raise FeatureUnavailable("merging people is not in this build yet")
    return str(module.merge_people(station, keep_id, merge_id, staff_id=staff_id, reason=reason))


def undo_merge(station: Station, merge_id: str, reason: str, staff_id: str) -> None:
    module = _optional("kiosk.merge")
    if module is None:
        raise FeatureUnavailable("merging people is not in this build yet")
    module.undo_merge(station, merge_id, staff_id=staff_id, reason=reason)


# --- the day ------------------------------------------------------------------------


def day_overview(station: Station) -> DayOverview:
    today = local_date(station.clock.now(), station.config.site.time_zone)
    per_hour = {int(r["value"]): int(r["count"]) for r in services.day_counts(station, today, today)
                if r["dimension"] == "hour"}
    return DayOverview(tuple(services.people_in_building(station)), tuple(services.todays_classes(station)),
                       per_hour, services.station_status(station), today)


def save_class(station: Station, code: str, name: str, room: str, start: time, end: time, capacity: int,
               staff_id: str) -> dict[str, Any]:
    return services.save_todays_class(station, code, name=name, room=room, start=start, end=end,
                                      capacity=capacity, staff_id=staff_id)


def export_csv(station: Station, first: date, last: date, out: Path) -> Path:
    """The de-identified counts, the same columns as ``crc-kiosk export --format csv``."""
    rows = services.day_counts(station, first, last)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["date", "site", "dimension", "value", "count"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def export_pdf(station: Station, first: date, last: date, out: Path) -> Path:
    report = _optional("ui.report_pdf")
    if report is None:
        raise FeatureUnavailable("the PDF report is not in this build yet")
    return Path(report.write_day_report_pdf(station, first, last, out))


def now_local(station: Station) -> datetime:
    return station.clock.now().astimezone(station.config.site.time_zone)
