"""Staff sessions end on idle at the child-care station as at the front desk (tests/ui/test_desk_flows.py):
the screen locks, and nothing of the room's children stays on it; any input restarts the wait."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk import childcare, services, staff
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from tests.ui.conftest import NO_TIMER_MS
from tests.ui.test_desk_flows import type_in
from ui.childcare.flow import ChildCareFlow
from ui.childcare.window import ChildCareWindow, make_child_care_window
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

MORNING = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))  # the nutrition class is today
CARE_PIN = "1357"  # the demo's invented child-care PIN
SOFIA = ChildSpec("Sofía", "Gómez Ortega", date(2022, 5, 1))  # invented


@pytest.fixture
def care_station(tmp_path: Path) -> Iterator[Station]:
    text = demo_config_file().read_text(encoding="utf-8")
    text = re.sub(r'(?m)^mode = "kiosk"', 'mode = "child_care"', text)
    (tmp_path / "station.toml").write_text(text, encoding="utf-8")
    station = open_station(StationPaths.resolve(tmp_path), ManualClock(MORNING), synchronous="NORMAL")
    staff.add_staff(station, "Casey Care", "child_care", CARE_PIN)
    yield station
    station.close()


@pytest.fixture
def care_window(qtbot: QtBot, care_station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> ChildCareWindow:
    window = make_child_care_window(care_station, bridge, switcher, status_interval_ms=NO_TIMER_MS,
                                    refresh_ms=NO_TIMER_MS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def room(care_window: ChildCareWindow) -> ChildCareFlow:  # the fixture keeps the window alive
    assert care_window.flow is not None
    return care_window.flow


def signed_in(qtbot: QtBot, flow: ChildCareFlow) -> None:
    type_in(flow.sign_in_screen.entry, CARE_PIN)
    with qtbot.waitSignal(flow.done, timeout=10_000):
        QTest.keyClick(flow.sign_in_screen.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.current() == "room" and flow.room_screen.view is not None, timeout=10_000)


def sign_up_a_child(station: Station) -> None:
    rosa = services.register(station, Registration(
        "Rosa", "Ortega Ruiz", date(1988, 2, 3), memberships=(MembershipInput("lacare", "LC10000001", "yes"),)))
    nutrition = next(c["id"] for c in services.todays_classes(station) if c["code"] == "NUTRITION")
    childcare.sign_up_children(station, rosa.person_id, nutrition, [SOFIA])


def shown_text(root: QWidget) -> str:
    """What any widget under ``root`` shows or says."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QTableWidget):
            found += [
                item.text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if (item := widget.item(r, c)) is not None
            ]
        found += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
    return "\n".join(found)


def test_the_child_care_station_locks_on_idle_and_shows_no_child(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station
) -> None:
    signed_in(qtbot, room)
    sign_up_a_child(care_station)
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "roster", timeout=10_000):
        room.refresh()
    qtbot.waitUntil(lambda: "Sofía" in shown_text(room), timeout=10_000)
    assert room.idle_watch.armed and "Sofía" in shown_text(room)

    room.idle_watch.set_timeout_ms(50)
    room.idle_watch.poke()
    with qtbot.waitSignal(room.signed_out, timeout=5_000) as signal:
        pass
    assert signal.args == ["idle"]
    assert room.current() == "sign-in" and room.staff is None and not room.idle_watch.armed
    assert "without activity" in room.sign_in_screen.error.text()
    text = shown_text(room)
    for trace in ("Sofía", "Gómez", "Ortega", "Casey Care", "Rosa"):
        assert trace not in text, trace


def test_any_key_restarts_the_wait(qtbot: QtBot, room: ChildCareFlow) -> None:
    signed_in(qtbot, room)
    signed_out: list[str] = []
    room.signed_out.connect(signed_out.append)
    room.idle_watch.set_timeout_ms(400)
    room.idle_watch.poke()
    end = time.monotonic() + 1.0  # more than twice the timeout, with a key every 100 ms
    while time.monotonic() < end:
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        room.idle_watch.eventFilter(room, key)
        qtbot.wait(100)
        QApplication.processEvents()
    assert signed_out == [] and room.staff is not None
    qtbot.waitUntil(lambda: signed_out == ["idle"], timeout=5_000)


def test_the_staff_idle_timeout_comes_from_the_configuration(room: ChildCareFlow, care_station: Station) -> None:
    expected = int(care_station.config.rules.staff_idle_timeout.total_seconds() * 1000)
    assert expected == 180_000 and room.idle_watch._timer.interval() == expected
