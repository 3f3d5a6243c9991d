"""The push loop: lease a batch per plan, send it with no transaction open, record the outcomes.

``drain`` sends until nothing is due now (what ``crc-kiosk sync --once`` runs);
the station app and ``crc-kiosk sync`` call it again whenever the earliest
waiting entry falls due. A plan whose API keeps failing opens its circuit
breaker: it is left alone for a while instead of being hammered.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.clock import Clock
from kiosk.config import Adapter, Config
from kiosk.store import Store
from sync import outbox
from sync.adapters.base import BatchFailed, PlanAdapter, Status
from sync.adapters.fhir import FhirAdapter
from sync.adapters.json_batch import JsonBatchAdapter

log = logging.getLogger(__name__)

BREAKER_FAILURES = 3
BREAKER_COOL_DOWN = timedelta(seconds=60)  # after the third failure in a row; doubling, capped at an hour
BREAKER_COOL_DOWN_CAP = timedelta(hours=1)


@dataclass
class PlanReport:
    sent: int = 0
    rejected: int = 0
    retried: int = 0
    paused: bool = False
    last_error: str | None = None
    last_success: datetime | None = None


@dataclass
class Breaker:
    failures: int = 0
    open_until: datetime | None = None

    def allows(self, now: datetime) -> bool:
        return self.open_until is None or now >= self.open_until

    def failed(self, now: datetime) -> None:
        """A plan that keeps failing is tried less and less often (a day-long outage: about hourly)."""
        self.failures += 1
        if self.failures >= BREAKER_FAILURES:
            doublings = min(self.failures - BREAKER_FAILURES, 6)
            self.open_until = now + min(BREAKER_COOL_DOWN * (2**doublings), BREAKER_COOL_DOWN_CAP)

    def succeeded(self) -> None:
        self.failures = 0
        self.open_until = None


@dataclass
class Worker:
    store: Store
    config: Config
    clock: Clock
    adapters: Mapping[str, PlanAdapter]
    batch_size: int = 200
    rng: random.Random = field(default_factory=random.Random)
    breakers: dict[str, Breaker] = field(default_factory=dict)

    def drain(self, *, should_stop: Callable[[], bool] = lambda: False) -> dict[str, PlanReport]:
        """Send every due entry of every plan; returns what happened per plan."""
        reports = {code: PlanReport() for code in self.adapters}
        for code, adapter in self.adapters.items():
            report = reports[code]
            breaker = self.breakers.setdefault(code, Breaker())
            while not should_stop() and breaker.allows(self.clock.now()):
                batch = outbox.claim(self.store, code, self.clock.now(), limit=self.batch_size)
                if not batch:
                    break
                try:
                    outcomes = adapter.send(batch)  # no database transaction is open here
                except BatchFailed as failure:
                    report.last_error = failure.reason
                    if failure.auth:
                        outbox.pause(self.store, batch, failure.reason)
                        report.paused = True
                        log.warning("plan %s paused: %s", code, failure.reason)
                        break
                    outbox.retry(self.store, batch, self.clock.now(), failure.reason, self.rng, failure.retry_after_s)
                    report.retried += len(batch)
                    breaker.failed(self.clock.now())
                    log.info("plan %s: batch of %d to retry (%s)", code, len(batch), failure.reason)
                    break
                now = self.clock.now()
                outbox.complete(self.store, [o.seq for o in outcomes if o.status is Status.SENT], now)
                outbox.reject(self.store, [(o.seq, o.reason) for o in outcomes if o.status is Status.REJECTED])
                report.sent += sum(o.status is Status.SENT for o in outcomes)
                report.rejected += sum(o.status is Status.REJECTED for o in outcomes)
                report.last_success = now
                breaker.succeeded()
        return reports


def adapters_for(config: Config) -> dict[str, PlanAdapter]:
    """One adapter per routed plan, by its configured wire format.

    Credentials (API keys, OAuth client secrets from the OS credential store) are not wired yet:
    plans with ``auth = "none"`` only."""
    made: dict[str, PlanAdapter] = {}
    for plan in config.plans:
        if not plan.routing:
            continue
        if plan.api.adapter is Adapter.JSON:
            made[plan.code] = JsonBatchAdapter(plan.api.base_url, config.station.id)
        elif plan.api.adapter is Adapter.FHIR:
            made[plan.code] = FhirAdapter(plan.api.base_url)
    return made
