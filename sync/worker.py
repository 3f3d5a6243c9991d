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
from concurrent import futures
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import requests

from kiosk import sync_health
from kiosk.clock import Clock
from kiosk.config import Adapter, Config
from kiosk.station import Station
from kiosk.store import Store
from kiosk.store.engine import make_engine
from sync import outbox
from sync.adapters.base import BatchFailed, Outcome, PlanAdapter, Status
from sync.adapters.fhir import FhirAdapter
from sync.adapters.json_batch import JsonBatchAdapter
from sync.auth import CredentialError, PlanAuth, auth_for

log = logging.getLogger(__name__)

BREAKER_FAILURES = 3
BREAKER_COOL_DOWN = timedelta(seconds=60)  # after the third failure in a row; doubling, capped at an hour
BREAKER_COOL_DOWN_CAP = timedelta(hours=1)
PAUSE_PROBE = timedelta(minutes=30)  # a paused plan is tried again this often even if its secret is unchanged
SKEW_WARNING_S = 120.0  # beyond this, the station's clock (and so its records' times) is worth a look


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


@dataclass(frozen=True)
class PauseGate:
    """A plan refused our credentials: nothing more is sent until its secret changes or the probe time."""

    fingerprint: str | None
    probe_at: datetime


@dataclass
class Worker:
    store: Store
    config: Config
    clock: Clock
    adapters: Mapping[str, PlanAdapter]
    batch_size: int = 500  # a request per 500 records: the per-batch costs (claim, commit, round trip) amortised
    rng: random.Random = field(default_factory=random.Random)
    breakers: dict[str, Breaker] = field(default_factory=dict)
    pauses: dict[str, PauseGate] = field(default_factory=dict)
    _pool: futures.ThreadPoolExecutor | None = field(default=None, init=False, repr=False)
    _tried_paused: set[str] = field(default_factory=set, repr=False)  # plans whose paused entries this run retried
    health_file: Path | None = None  # default: the data dir's sync health file
    _skewed: set[str] = field(default_factory=set, repr=False)  # plans whose clock skew was already logged
    _health: sync_health.HealthRecorder = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.health_file is None:
            self.health_file = self.store.paths.sync_health_file
        self._health = sync_health.HealthRecorder(self.health_file)

    def drain(self, *, should_stop: Callable[[], bool] = lambda: False) -> dict[str, PlanReport]:
        """Send every due entry of every plan; returns what happened per plan."""
        reports = {code: PlanReport() for code in self.adapters}
        for code, adapter in self.adapters.items():
            report = reports[code]
            breaker = self.breakers.setdefault(code, Breaker())
            if not self._may_send(code, adapter):
                report.paused = True
                continue
            # The request for one batch goes out on the sender thread while this thread records the
            # batch before it and claims the next, so the database work and the plan's answer overlap.
            # No transaction is ever open across a request.
            batch = self._claim(code, should_stop)
            answered: tuple[list[outbox.Claimed], list[Outcome]] | None = None
            while batch:
                if should_stop() or not breaker.allows(self.clock.now()):
                    outbox.release(self.store, batch)
                    break
                future = self._sender().submit(adapter.send, batch)
                following: list[outbox.Claimed] = []
                try:
                    if answered is not None:
                        self._record(code, adapter, report, breaker, *answered)
                        answered = None
                    following = self._claim(code, should_stop)
                finally:
                    futures.wait([future])
                try:
                    answered = (batch, future.result())
                except BatchFailed as failure:
                    outbox.release(self.store, following)
                    self._failed(code, adapter, report, breaker, batch, failure)
                    break
                except BaseException:
                    outbox.release(self.store, following)
                    raise
                batch = following
                if not batch and answered is not None:
                    # Records held back while what they depend on was in flight are due now.
                    self._record(code, adapter, report, breaker, *answered)
                    answered = None
                    batch = self._claim(code, should_stop)
            if answered is not None:
                self._record(code, adapter, report, breaker, *answered)
            self._health.flush(code)
        return reports

    def _record(self, code: str, adapter: PlanAdapter, report: PlanReport, breaker: Breaker,
                batch: list[outbox.Claimed], outcomes: list[Outcome]) -> None:
        """The plan answered for this batch: what it holds is sent, what it refused is set aside."""
        now = self.clock.now()
        outbox.complete(self.store, [o.seq for o in outcomes if o.status is Status.SENT], now)
        outbox.reject(self.store, [(o.seq, o.reason) for o in outcomes if o.status is Status.REJECTED])
        report.sent += sum(o.status is Status.SENT for o in outcomes)
        report.rejected += sum(o.status is Status.REJECTED for o in outcomes)
        report.last_success = now
        breaker.succeeded()
        self._note_success(code, adapter, now)

    def _failed(self, code: str, adapter: PlanAdapter, report: PlanReport, breaker: Breaker,
                batch: list[outbox.Claimed], failure: BatchFailed) -> None:
        """The whole batch did not go through: paused for credentials, or retried later."""
        report.last_error = failure.reason
        self._note_failure(code, failure)
        if failure.auth:
            outbox.pause(self.store, batch, failure.reason)
            self.pauses[code] = PauseGate(_fingerprint(adapter), self.clock.now() + PAUSE_PROBE)
            report.paused = True
            log.warning("plan %s paused: %s", code, failure.reason)
            return
        outbox.retry(self.store, batch, self.clock.now(), failure.reason, self.rng, failure.retry_after_s)
        report.retried += len(batch)
        breaker.failed(self.clock.now())
        log.info("plan %s: batch of %d to retry (%s)", code, len(batch), failure.reason)

    def _claim(self, code: str, should_stop: Callable[[], bool]) -> list[outbox.Claimed]:
        return [] if should_stop() else outbox.claim(self.store, code, self.clock.now(), limit=self.batch_size)

    def _sender(self) -> futures.ThreadPoolExecutor:
        """One thread that makes the requests (lazily: a worker that never sends starts none)."""
        if self._pool is None:
            self._pool = futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="crc-sync-send")
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _may_send(self, code: str, adapter: PlanAdapter) -> bool:
        """False while the plan is paused for its credentials.

        Paused entries are tried again (one batch) when IT changed the stored secret, every
        ``PAUSE_PROBE`` (the plan may have fixed its side), and once per run of the worker
        (a restart is the natural "try again")."""
        now = self.clock.now()
        gate = self.pauses.get(code)
        if gate is None:
            if code not in self._tried_paused:
                self._tried_paused.add(code)
                outbox.resume(self.store, code, now)
            return True
        if _fingerprint(adapter) != gate.fingerprint or now >= gate.probe_at:
            del self.pauses[code]
            resumed = outbox.resume(self.store, code, now)
            log.info("plan %s: trying %d paused record(s) again", code, resumed)
            return True
        return False

    def _note_failure(self, code: str, failure: BatchFailed) -> None:
        self._health.failed(code, self.clock.now(), failure.reason, paused=failure.auth)

    def _note_success(self, code: str, adapter: PlanAdapter, now: datetime) -> None:
        """Health after an answered batch, with the plan server's clock skew when it sent a Date."""
        skew = None if adapter.server_date is None else (adapter.server_date - now).total_seconds()
        self._health.succeeded(code, now, skew)
        if skew is None:
            return
        if abs(skew) > SKEW_WARNING_S:
            if code not in self._skewed:  # once per episode, not per batch
                log.warning("plan %s: clock skew %+.0f s (plan server minus this station); check the time", code, skew)
                self._skewed.add(code)
        else:
            self._skewed.discard(code)


def worker_store(station: Station) -> Store:
    """The worker's own connection to the station database, committing without a forced disk write.

    What the worker writes (leases, "sent", "retry at", "rejected") can be lost to a power cut
    at no cost: a lost "sent" is sent again and the plan keeps its first copy; a lost lease
    expires. The records and their outbox entries themselves are written by the station's
    own FULL-synchronous connection, in one transaction (WAL mode keeps the file consistent
    either way). Half the drain's disk waits go away (the benchmark measures it)."""
    return Store(station.paths, make_engine(station.paths.database, synchronous="NORMAL"))


def _fingerprint(adapter: PlanAdapter) -> str | None:
    auth = getattr(adapter, "auth", None)
    return auth.fingerprint() if isinstance(auth, PlanAuth) else None


def adapters_for(config: Config) -> dict[str, PlanAdapter]:
    """One adapter per routed plan, by its configured wire format, with its credentials (read on first use)."""
    made: dict[str, PlanAdapter] = {}
    for plan in config.plans:
        if not plan.routing:
            continue
        session = requests.Session()  # one per plan: its connections, and its token requests
        try:
            auth = auth_for(plan, session=session)
        except CredentialError as error:
            log.warning("plan %s not synced: %s", plan.code, error)
            continue
        if plan.api.adapter is Adapter.JSON:
            made[plan.code] = JsonBatchAdapter(plan.api.base_url, config.station.id, session=session, auth=auth)
        elif plan.api.adapter is Adapter.FHIR:
            made[plan.code] = FhirAdapter(plan.api.base_url, session=session, auth=auth)
    return made
