"""Today's classes pulled from the plan side, applied to the station's class sessions.

The sync side fetches a schedule and hands the plain data here; this module never touches
the network. A pulled schedule replaces the day's classes in one transaction, keyed by the
plan's class codes, so every station that pulls the same schedule holds the same codes (the
plan keys class services by them). A class someone already signed up for keeps its row
(its room, time and capacity follow the plan); one with nobody in it that left the plan's
schedule is removed. A malformed schedule changes nothing and says why.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from kiosk.clock import local_date
from kiosk.config import ScheduledClass, parse_schedule
from kiosk.errors import ConfigError, KioskError
from kiosk.station import Station
from kiosk.store.models import ClassSession, VisitService

SOURCE_PLAN = "plan"
MAX_CLASSES = 500  # a day's schedule far beyond any site's: a runaway answer, not a schedule


class ScheduleRejected(KioskError):
    """A pulled schedule that is not usable; the message says where it is wrong."""

    code = "schedule_rejected"


@dataclass(frozen=True)
class ScheduleChange:
    """What applying a schedule did, by class code."""

    day: date
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # gone from the plan's schedule, but people signed up: kept
    unchanged: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        parts = [
            f"{label} {', '.join(codes)}"
            for label, codes in (
                ("added", self.added),
                ("updated", self.updated),
                ("removed", self.removed),
                ("kept (has attendance)", self.kept),
            )
            if codes
        ]
        return f"schedule {self.day.isoformat()}: " + ("; ".join(parts) if parts else "no change")


def parse_pulled_schedule(data: Any, *, site_code: str, day: date) -> tuple[ScheduledClass, ...]:
    """Validate a schedule as the plan side sends it: ``{"site", "date", "classes": [...]}``.

    Each class has the shape of a [[schedule]] table of the site configuration: code,
    name (a table of names per locale, English required), room, start, end (HH:MM, site
    time) and capacity. ScheduleRejected names the first thing wrong.
    """
    if not isinstance(data, dict):
        raise ScheduleRejected("schedule: expected a JSON object with site, date and classes")
    if data.get("site") != site_code:
        raise ScheduleRejected(f"schedule: site: expected {site_code!r}; got {data.get('site')!r}")
    if data.get("date") != day.isoformat():
        raise ScheduleRejected(f"schedule: date: expected {day.isoformat()}; got {data.get('date')!r}")
    classes = data.get("classes")
    if not isinstance(classes, list):
        raise ScheduleRejected("schedule: classes: expected a list of classes")
    if len(classes) > MAX_CLASSES:
        raise ScheduleRejected(f"schedule: classes: expected at most {MAX_CLASSES}; got {len(classes)}")
    try:
        return parse_schedule(classes, "schedule")
    except ConfigError as error:
        raise ScheduleRejected(str(error).replace("schedule: schedule[", "schedule: classes[")) from None


def apply_schedule(station: Station, classes: Sequence[ScheduledClass], day: date | None = None) -> ScheduleChange:
    """Make ``day``'s (default: today's) class sessions match a validated plan schedule, in one transaction."""
    now = station.clock.now()
    config = station.config
    day = day or local_date(now, config.site.time_zone)
    tz = config.site.time_zone
    wanted = {c.code: c for c in classes}
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    removed: list[str] = []
    kept: list[str] = []
    with station.store.write() as session:
        rows = {
            row.code: row
            for row in session.execute(
                select(ClassSession).where(ClassSession.site_code == config.site.code, ClassSession.local_date == day)
            ).scalars()
        }
        for code, c in wanted.items():
            fields: dict[str, Any] = {
                "names": dict(c.names),
                "room": c.room,
                "starts_at": datetime.combine(day, c.start, tz),
                "ends_at": datetime.combine(day, c.end, tz),
                "capacity": c.capacity,
                "source": SOURCE_PLAN,
            }
            row = rows.get(code)
            if row is None:
                session.add(
                    ClassSession(
                        id=str(uuid.uuid4()),
                        created_at=now,
                        local_date=day,
                        site_code=config.site.code,
                        station_id=config.station.id,
                        staff_id=None,
                        code=code,
                        **fields,
                    )
                )
                added.append(code)
            elif any(_differs(getattr(row, name), value) for name, value in fields.items()):
                for name, value in fields.items():
                    setattr(row, name, value)
                updated.append(code)
            else:
                unchanged.append(code)
        gone = [row for code, row in rows.items() if code not in wanted]
        if gone:
            # Any service that points at a class, even one later corrected away, pins its row.
            used = set(
                session.execute(
                    select(VisitService.class_session_id).where(
                        VisitService.class_session_id.in_([row.id for row in gone])
                    )
                ).scalars()
            )
            for row in gone:
                (kept if row.id in used else removed).append(row.code)
            drop = [row.id for row in gone if row.id not in used]
            if drop:
                session.execute(delete(ClassSession).where(ClassSession.id.in_(drop)))
    return ScheduleChange(
        day=day,
        added=tuple(sorted(added)),
        updated=tuple(sorted(updated)),
        removed=tuple(sorted(removed)),
        kept=tuple(sorted(kept)),
        unchanged=tuple(sorted(unchanged)),
    )


def apply_pulled_schedule(station: Station, data: Any, day: date | None = None) -> ScheduleChange:
    """Validate a pulled schedule, then apply it; a malformed one raises ScheduleRejected and changes nothing."""
    day = day or local_date(station.clock.now(), station.config.site.time_zone)
    classes = parse_pulled_schedule(data, site_code=station.config.site.code, day=day)
    return apply_schedule(station, classes, day)


def _differs(current: Any, new: Any) -> bool:
    if isinstance(current, datetime) and isinstance(new, datetime):
        return current != new  # both aware: compared as instants
    return bool(current != new)
