"""The sync worker in its own thread, inside the station app (never the GUI thread).

It drains, then waits until the earliest waiting entry falls due (at most
``idle_s``); ``wake()`` makes it look again at once (a check-in just queued
records, or the network came back). It stops cooperatively.

It also pulls from the plan side (``sync.pulls.Puller``): today's schedule at start, every
15 minutes and when the site's date changes, the site configuration at start and hourly.
A pull that fails is logged and tried at its next interval; its timeouts are short (5 s).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from kiosk import childcare, retention, services
from kiosk.station import Station
from sync import outbox
from sync.pulls import Puller
from sync.worker import Worker, adapters_for, worker_store

log = logging.getLogger(__name__)


class BackgroundSync:
    def __init__(self, station: Station, *, idle_s: float = 15.0) -> None:
        self.station = station
        self._worker_store = worker_store(station)
        self.worker = Worker(self._worker_store, station.config, station.clock, adapters_for(station.config))
        self.store = station.store
        self.clock = station.clock
        self.idle_s = idle_s
        self.puller = Puller(station)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crc-sync", daemon=True)
        self._last_purge: datetime | None = None

    def start(self) -> BackgroundSync:
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout_s: float = 20.0) -> bool:
        """Ask the loop to finish its current request and stop; True when it has."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout_s)
        stopped = not self._thread.is_alive()
        if stopped:
            self.worker.close()
            self._worker_store.close()
        return stopped

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.puller.run_due()  # never raises for the plan's faults; logs what it did
            except Exception as error:  # a bug in a pull must not stop the pushes
                log.error("pull failed: %s", type(error).__name__)
            try:
                queue_daily_counts(self.station)
                self.worker.drain(should_stop=self._stop.is_set)
            except Exception as error:  # the loop must outlive any one failure; the type only (no PHI)
                log.error("sync pass failed: %s", type(error).__name__)
            self._purge_if_due()
            pull_due = self.puller.seconds_until_due()
            rest = seconds_until_due(self.worker, self.idle_s)
            self._wake.wait(rest if pull_due is None else min(rest, pull_due))
            self._wake.clear()

    def _purge_if_due(self) -> None:
        """Once a day (and at start): forget people every plan has confirmed, after the retention period."""
        now = self.clock.now()
        if not retention.due(self._last_purge, now):
            return
        self._last_purge = now
        try:
            report = retention.purge(self.station)
        except Exception as error:  # tried again tomorrow; the type only (no PHI)
            log.error("retention purge failed: %s", type(error).__name__)
            return
        if report.people or report.children:
            log.info("retention purge: %d people, %d visits, %d children", report.people, report.visits,
                     report.children)


def queue_daily_counts(station: Station) -> int:
    """Days that are over leave as de-identified counts: visits and child care of people no plan receives."""
    return services.enqueue_unrouted_counts(station) + childcare.enqueue_unrouted_counts(station)


def seconds_until_due(worker: Worker, idle_s: float) -> float:
    """How long the worker may rest: until the next entry falls due or a breaker closes, at most ``idle_s``."""
    now = worker.clock.now()
    due = [d for code in worker.adapters if (d := outbox.next_due(worker.store, code, now)) is not None]
    due += [b.open_until for b in worker.breakers.values() if b.open_until and b.open_until > now]
    if not due:
        return idle_s
    return max(0.5, min(idle_s, (min(due) - now).total_seconds()))
