"""Which plan receives which record, and the stable keys the plan sees.

Keys are made from what every station of a site agrees on (plan, member ID,
site, local date, service, class code), never from station-made UUIDs, so two
stations that check the same member in while offline produce the same visit
at the plan. Keys are hashed: they travel as idempotency keys and must not
carry a member ID in clear.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from kiosk.config import Config


@dataclass(frozen=True)
class Destination:
    plan_code: str
    member_id: str


def stable_key(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join((kind, *parts)).encode("utf-8")).hexdigest()[:40]
    return f"{kind}-{digest}"


def destinations(config: Config, memberships: list[tuple[str, str, str]]) -> list[Destination]:
    """Plans that receive this person's records: (plan_code, member_id, consent) in, routed plans out."""
    routed: list[Destination] = []
    for plan_code, member_id, consent in memberships:
        try:
            plan = config.plan(plan_code)
        except KeyError:
            continue  # a plan no longer configured at this site
        if not plan.routing:
            continue
        if plan.requires_consent and consent != "yes":
            continue
        routed.append(Destination(plan_code, member_id))
    return routed


def patient_key(dest: Destination) -> str:
    return stable_key("patient", dest.plan_code, dest.member_id)


def visit_key(dest: Destination, site_code: str, day: date) -> str:
    return stable_key("visit", dest.plan_code, dest.member_id, site_code, day.isoformat())


def service_key(visit: str, service_code: str, class_code: str | None) -> str:
    return stable_key("service", visit, service_code, class_code or "")


def service_void_key(service: str) -> str:
    return stable_key("service-void", service)
