"""The Qt binding itself must not corrupt reference counts when a signal is emitted."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QApplication

from ui.qt_health import signal_emit_is_safe


def test_signal_emit_keeps_reference_counts(qapp: QApplication) -> None:
    assert signal_emit_is_safe(), (
        f"PySide6 {PySide6.__version__} on Python {sys.version_info[0]}.{sys.version_info[1]} drops a "
        "reference to True on every Signal.emit(): the app (and this test run) will abort. "
        "Install a PySide6 without the bug (6.11.x works; 6.12.0 does not)."
    )
