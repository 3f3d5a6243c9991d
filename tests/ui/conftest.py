"""Fixtures for the UI tests: offscreen Qt, a demo station, the bridge, the window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: no window ever reaches a screen in tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from ui.app import MainWindow
from ui.translations import LanguageSwitcher, compile_translations, translations_dir
from ui.workers import CoreBridge

# The status line refreshes on demand in tests, not on a timer.
NO_TIMER_MS = 3_600_000


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    compile_translations()
    return translations_dir()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    shutil.copyfile(demo_config_file(), tmp_path / "station.toml")
    opened = open_station(StationPaths.resolve(tmp_path), synchronous="NORMAL")
    yield opened
    opened.close()


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[CoreBridge]:
    made = CoreBridge()
    yield made
    made.shutdown(10_000)
    made.deleteLater()


@pytest.fixture
def switcher(qapp: QApplication, compiled_translations: Path) -> Iterator[LanguageSwitcher]:
    made = LanguageSwitcher(qapp, compiled_translations)
    made.set_locale("en")
    yield made
    made.set_locale("en")  # leave the process in English for the next test
    made.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> MainWindow:
    made = MainWindow(station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made
