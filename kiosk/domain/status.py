"""What a station shows about itself: the database and the sync queue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PlanQueue:
    plan_code: str
    counts: dict[str, int]  # state -> number of outbox entries
    oldest_waiting_at: datetime | None
    last_sent_at: datetime | None = None  # the plan's last accepted record: "last success"
    # From the sync worker's health file (kiosk.sync_health): None when nothing is known.
    failing_since: datetime | None = None  # first failed attempt since the last success: "offline since 10:42"
    last_error: str | None = None
    paused_reason: str | None = None  # credentials refused or missing: waits for IT
    clock_skew_s: float | None = None  # the plan server's clock minus this station's

    @property
    def waiting(self) -> int:
        return sum(n for state, n in self.counts.items() if state in ("pending", "in_flight", "paused"))


@dataclass(frozen=True)
class StationStatus:
    database_ok: bool
    database_message: str
    plans: tuple[PlanQueue, ...] = field(default=())
    checked_at: datetime | None = None

    @property
    def waiting(self) -> int:
        return sum(p.waiting for p in self.plans)

    @property
    def rejected(self) -> int:
        return sum(p.counts.get("rejected", 0) for p in self.plans)

    @property
    def failing_since(self) -> datetime | None:
        """Since when some plan has been failing (the earliest), for "offline since 10:42"."""
        return min((p.failing_since for p in self.plans if p.failing_since is not None), default=None)
