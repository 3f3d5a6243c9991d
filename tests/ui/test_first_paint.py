"""Deferred starts run after the first paint, and the start-up probe reports that moment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.first_paint import PROBE_ENV, PROBE_PREFIX, after_first_paint, install_probe

REPO = Path(__file__).resolve().parents[2]


def test_a_deferred_start_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    label = QLabel("Welcome")
    qtbot.addWidget(label)
    calls: list[float] = []
    after_first_paint(label, lambda: calls.append(time.monotonic()))
    qtbot.wait(100)
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    label.setText("Bienvenidos")
    label.repaint()
    qtbot.wait(100)
    assert len(calls) == 1


def test_a_window_that_never_paints_still_gets_its_deferred_start(qtbot: QtBot) -> None:
    label = QLabel("never shown")
    qtbot.addWidget(label)
    calls: list[str] = []
    after_first_paint(label, lambda: calls.append("started"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["started"], timeout=5000)


def test_a_failing_deferred_start_is_logged_without_its_message(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    label = QLabel("Welcome")
    qtbot.addWidget(label)

    def broken() -> None:
        raise RuntimeError("sync failed for Maria Gomez")

    after_first_paint(label, broken, fallback_ms=10)
    qtbot.waitUntil(lambda: "deferred start failed" in caplog.text, timeout=5000)
    assert "RuntimeError" in caplog.text and "Maria" not in caplog.text


def test_the_probe_is_off_unless_the_environment_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROBE_ENV, raising=False)
    label = QLabel("Welcome")
    qtbot.addWidget(label)
    assert install_probe(label) is None


def test_the_probe_reports_the_painted_and_idle_moment_then_quits() -> None:
    script = ("import sys\nfrom PySide6.QtWidgets import QApplication, QLabel\n"
              "from ui.first_paint import install_probe\n"
              "app = QApplication(sys.argv[:1]); label = QLabel('Hello'); install_probe(label); label.show()\n"
              "sys.exit(app.exec())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PROBE_ENV: "1"}
    before = time.time()
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(PROBE_PREFIX)]
    assert len(lines) == 1
    assert before < float(lines[0].split()[1]) < time.time()


def test_the_demo_app_reports_its_first_paint_and_exits_cleanly(tmp_path: Path) -> None:
    """The whole start path of ``crc-kiosk demo`` (camera and sync deferred) under the benchmark's probe."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PROBE_ENV: "1"}
    cli = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path)]
    subprocess.run([*cli, "demo", "--no-window"], env=env, cwd=REPO, check=True, capture_output=True, timeout=120)
    done = subprocess.run([*cli, "demo"], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sum(line.startswith(PROBE_PREFIX) for line in done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert "qt.text.font.db" not in done.stderr  # Qt's font fallback, trying fonts for Khmer, is not news
