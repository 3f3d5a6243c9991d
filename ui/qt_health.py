"""Checks on the Qt binding itself, run once at start-up.

PySide6 6.12.0 drops a reference to ``True`` on every Python-side
``Signal.emit()``. On CPython 3.11 (where ``True`` is not immortal) the
process aborts ("bool_dealloc") after a few hundred emits: a kiosk would
crash within the hour. The check measures the behaviour instead of matching
version numbers, so a fixed release passes by itself.
"""

from __future__ import annotations

import logging
import sys

import PySide6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Probe(QObject):
    ping = Signal()


def signal_emit_is_safe() -> bool:
    """False when emitting a signal from Python corrupts reference counts."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after >= before


def warn_if_unsafe() -> bool:
    safe = signal_emit_is_safe()
    if not safe:
        log.critical(
            "PySide6 %s corrupts reference counts on Signal.emit() under Python %d.%d; the app will "
            "crash after a while: install another PySide6 version (6.11.x works)",
            PySide6.__version__, *sys.version_info[:2],
        )
    return safe
