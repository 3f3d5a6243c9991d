"""Visits, the services chosen, and the duplicate-visit rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.config import Config, ServiceKind
from kiosk.errors import UnknownService

IDENTIFIED_BY = ("scan", "typed", "lookup", "registration")


@dataclass(frozen=True)
class ServiceSpec:
    """A service as asked for: a catalogue code, and for a class the class code."""

    service_code: str
    class_code: str | None = None

    def __str__(self) -> str:
        return f"{self.service_code}:{self.class_code}" if self.class_code else self.service_code


def parse_service(text: str, config: Config) -> ServiceSpec:
    """``screening`` or ``class:ZUMBA-AM`` (the class code from today's schedule)."""
    code, _, class_code = text.strip().partition(":")
    service = config.service(code)
    if service is None:
        known = ", ".join(s.code for s in config.services)
        raise UnknownService(f"unknown service {text!r}; this site offers: {known}")
    if service.kind is ServiceKind.CLASS:
        if not class_code:
            raise UnknownService(f"say which class, e.g. {code}:CODE from today's schedule")
        return ServiceSpec(code, class_code.upper())
    if class_code:
        raise UnknownService(f"service {code!r} takes no class code")
    return ServiceSpec(code)


def same_visit(previous_at: datetime, now: datetime, window: timedelta) -> bool:
    """A check-in inside the window after the visit began adds to that visit."""
    return timedelta(0) <= now - previous_at < window


@dataclass(frozen=True)
class ServiceLine:
    visit_service_id: str
    service_code: str
    class_code: str | None
    label: str

    @property
    def spec(self) -> str:
        return f"{self.service_code}:{self.class_code}" if self.class_code else self.service_code


@dataclass(frozen=True)
class CheckInResult:
    visit_id: str
    person_id: str
    new_visit: bool
    new_person: bool
    greeting_name: str
    masked_id: str | None
    services: tuple[ServiceLine, ...]  # every service of the visit now
    added: tuple[str, ...]  # specs added by this check-in
    already: tuple[str, ...]  # specs the visit already had
    outbox: tuple[OutboxInfo, ...] = field(default=())
    pass_token: str | None = None  # the visitor's CRC pass, when the check-in was asked to issue one


@dataclass(frozen=True)
class OutboxInfo:
    plan_code: str
    record_type: str
    key: str


@dataclass(frozen=True)
class VisitState:
    visit_id: str
    person_id: str
    local_date: date
    voided: bool
    services: tuple[ServiceLine, ...]
    correction_id: str | None = None
