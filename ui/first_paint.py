"""Work that waits for the first paint, and the start-up benchmark's probe.

``after_first_paint(widget, fn)`` runs ``fn`` once ``widget`` has been painted
and the event loop has gone idle (its dispatcher is about to block), so slow
starts (the camera's OpenCV, the sync worker's HTTP stack) never delay the
first picture. A fallback timer runs it anyway if no paint comes (a window
that is never exposed must still scan and sync).

With ``CRC_KIOSK_STARTUP_PROBE=1`` in the environment, ``install_probe``
prints one line, ``crc-startup-probe <time.time()>``, at that same moment and
quits the app: ``tests/benchmarks/startup.py`` reads it. The benchmark's bare
"hello window" uses the same probe, so both figures end at the same point.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

PROBE_ENV = "CRC_KIOSK_STARTUP_PROBE"
PROBE_PREFIX = "crc-startup-probe"
FALLBACK_MS = 3000


class FirstPaintIdle(QObject):
    """Calls ``on_idle`` once: after ``widget``'s first paint, when the loop has nothing left to do."""

    def __init__(self, widget: QWidget, on_idle: Callable[[], None], fallback_ms: int | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_idle = on_idle
        self._dispatcher: QAbstractEventDispatcher | None = None
        self._done = False
        widget.installEventFilter(self)
        self._fallback: QTimer | None = None
        if fallback_ms is not None:
            self._fallback = QTimer(self)
            self._fallback.setSingleShot(True)
            self._fallback.timeout.connect(self._fire)
            self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._dispatcher is None and watched is self._widget and event.type() == QEvent.Type.Paint:
            self._dispatcher = QAbstractEventDispatcher.instance()
            if self._dispatcher is None:
                self._fire()
            else:
                # About to block: everything queued so far (this paint included) has been handled.
                self._dispatcher.aboutToBlock.connect(self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._fire)
        if self._fallback is not None:
            self._fallback.stop()
        self._widget.removeEventFilter(self)
        self._on_idle()


def after_first_paint(widget: QWidget, fn: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> FirstPaintIdle:
    """Run ``fn`` soon after ``widget`` is first painted (as a normal event, errors logged, never raised)."""

    def run() -> None:
        try:
            fn()
        except Exception as error:  # a deferred start must not take the window down; the type only (no PHI)
            log.error("a deferred start failed: %s", type(error).__name__)

    return FirstPaintIdle(widget, lambda: QTimer.singleShot(0, run), fallback_ms)


def probe_requested() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def _report_and_quit() -> None:
    sys.stdout.write(f"{PROBE_PREFIX} {time.time():.6f}\n")
    sys.stdout.flush()
    QCoreApplication.exit(0)  # not quit(): Qt 6's quit() asks each window to close, and a locked kiosk says no


def install_probe(widget: QWidget) -> FirstPaintIdle | None:
    """The start-up benchmark's probe on ``widget`` when the environment asks for it, else nothing.

    Install it before any ``after_first_paint`` on the same widget, so it reports before deferred work runs.
    """
    return FirstPaintIdle(widget, _report_and_quit) if probe_requested() else None
