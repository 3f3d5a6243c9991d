"""The status line: database health and the sync queue, refreshed every few seconds.

The numbers come from ``kiosk.services.station_status`` (a database query),
so each refresh goes through the bridge's lane; at most one is in flight, so
a slow disk makes the line lag, never the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.domain.status import PlanQueue, StationStatus
from kiosk.errors import KioskError
from ui.errors import friendly_message
from ui.workers import CoreBridge

StatusFetcher = Callable[[], StationStatus]

DEFAULT_INTERVAL_MS = 5000
SKEW_SHOWN_S = 120.0  # a station clock this far from the plan's is worth telling IT about


class StatusLine(QFrame):
    """A one-line summary of the station's state, for staff and IT at a glance."""

    refreshed = Signal(object)  # StationStatus, after each successful refresh
    failed = Signal(object)  # KioskError, after each failed refresh

    def __init__(self, bridge: CoreBridge, fetch: StatusFetcher, *,
                 interval_ms: int = DEFAULT_INTERVAL_MS, parent: QWidget | None = None,
                 time_zone: tzinfo | None = None, plan_names: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._time_zone = time_zone  # the site's: "offline since 10:42" in the center's own time
        self._plan_names = dict(plan_names or {})
        self.setObjectName("StatusLine")
        self._bridge = bridge
        self._fetch = fetch
        self._status: StationStatus | None = None
        self._error: KioskError | None = None
        self._in_flight = False

        self._database = QLabel(self)
        self._database.setObjectName("StatusDatabase")
        self._sync = QLabel(self)
        self._sync.setObjectName("StatusSync")
        self._rejected = QLabel(self)
        self._rejected.setObjectName("StatusRejected")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(32)
        layout.addWidget(self._database)
        layout.addStretch(1)
        layout.addWidget(self._sync)
        layout.addWidget(self._rejected)

        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._render()

    @property
    def status(self) -> StationStatus | None:
        return self._status

    @property
    def has_result(self) -> bool:
        return self._status is not None or self._error is not None

    def database_text(self) -> str:
        return self._database.text()

    def sync_text(self) -> str:
        return " ".join(t for t in (self._sync.text(), self._rejected.text()) if t)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        """Ask for a fresh status unless one is already on its way."""
        if self._in_flight or self._bridge.is_shut_down:
            return
        self._in_flight = True
        if self._bridge.submit(self._fetch, on_done=self._on_status, on_error=self._on_error) is None:
            self._in_flight = False

    def _on_status(self, status: StationStatus) -> None:
        self._in_flight = False
        self._status, self._error = status, None
        self._render()
        self.refreshed.emit(status)

    def _on_error(self, error: KioskError) -> None:
        self._in_flight = False
        self._error = error
        self._render()
        self.failed.emit(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        self.setAccessibleName(self.tr("Station status"))
        status = self._status
        if self._error is not None:
            self._show(self._database, friendly_message(self._error), "error")
            self._show(self._sync, "", "ok")
            self._show(self._rejected, "", "ok")
            return
        if status is None:
            self._show(self._database, self.tr("Checking the station…"), "ok")
            self._show(self._sync, "", "ok")
            self._show(self._rejected, "", "ok")
            return
        if status.database_ok:
            self._show(self._database, self.tr("Database OK"), "ok")
        else:
            # The core's own words: the line is read by staff and IT.
            self._show(self._database, status.database_message, "error")
        self._show(self._sync, *self._sync_summary(status))
        self._show(self._rejected, *self._attention(status))

    def _sync_summary(self, status: StationStatus) -> tuple[str, str]:
        waiting, rejected = status.waiting, status.rejected
        since = status.failing_since
        if waiting and since is not None:
            return self.tr("%n record(s) waiting, offline since %1", "", waiting).replace(
                "%1", self._clock_time(since)), "warning"
        if waiting:
            return self.tr("%n record(s) waiting to sync", "", waiting), "warning"
        if rejected:
            return self.tr("No records waiting"), "ok"  # not "all sent": some were refused
        return self.tr("All records sent"), "ok"

    def _attention(self, status: StationStatus) -> tuple[str, str]:
        """What needs someone: paused credentials first (nothing moves), then refused records, then the clock."""
        parts: list[str] = []
        for plan in status.plans:
            if plan.paused_reason:
                parts.append(self.tr("%1: credentials need attention (call IT)").replace("%1", self._name(plan)))
        if status.rejected:
            parts.append(self.tr("%n record(s) rejected", "", status.rejected))
        skewed = [p for p in status.plans if p.clock_skew_s is not None and abs(p.clock_skew_s) > SKEW_SHOWN_S]
        if skewed:
            minutes = max(1, round(max(abs(p.clock_skew_s or 0.0) for p in skewed) / 60))
            parts.append(self.tr("Clock is off by %n minute(s): check the time", "", minutes))
        return " · ".join(parts), "error" if parts else "ok"

    def _name(self, plan: PlanQueue) -> str:
        return self._plan_names.get(plan.plan_code, plan.plan_code)

    def _clock_time(self, moment: datetime) -> str:
        local = moment.astimezone(self._time_zone)  # None: the machine's own zone
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    @staticmethod
    def _show(label: QLabel, text: str, tone: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))
        if label.property("tone") != tone:
            label.setProperty("tone", tone)
            # A dynamic property only restyles after a re-polish.
            label.style().unpolish(label)
            label.style().polish(label)
