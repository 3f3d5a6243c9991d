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
