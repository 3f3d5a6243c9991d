"""After the idle reset, no widget of any kiosk screen holds anything of the last visitor.

tests/ui/test_kiosk_flow.py checks line edits, labels and buttons after a registration. Here the
visitor goes as far as the confirmation (a class, children with them, the CRC pass QR code), every
other screen's inputs hold something too, and then every widget of the window is read back: texts,
placeholders, list, table and combo box items, spin boxes, tooltips and accessible names, which
buttons are checked, and every label's picture, compared pixel by pixel with the pass's QR code.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk import childcare, services, staff
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from tests.conftest import DEFAULT_START
from tests.ui.conftest import NO_TIMER_MS
from ui.app import MainWindow
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

VISITOR_ID = "LC10000001"  # invented, in the demo plan's invented format
TYPED = ("ZEPHYRINE", "QUILLFEATHER", "02/29/1988", "3105550147", "LC10000077", "9753", "WEXLINDE")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    """At 10:00 at the site: today's classes (and their child care) are still ahead."""
    shutil.copyfile(demo_config_file(), tmp_path / "station.toml")
    opened = open_station(StationPaths.resolve(tmp_path), ManualClock(DEFAULT_START), synchronous="NORMAL")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> MainWindow:
    made = MainWindow(station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made


def everything_shown(window: QWidget) -> list[str]:
    """Every text any widget of the window holds, shows or says, hidden screens included."""
    found: list[str] = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        found += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.statusTip(), w.whatsThis()]
        if isinstance(w, QLineEdit):
            found += [w.text(), w.placeholderText(), w.displayText()]
        elif isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            found.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            found += [w.currentText(), *(w.itemText(i) for i in range(w.count()))]
        elif isinstance(w, QAbstractSpinBox):
            found.append(w.text())
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTableWidget):
            found += [
                item.text()
                for r in range(w.rowCount())
                for c in range(w.columnCount())
                if (item := w.item(r, c)) is not None
            ]
    return found


def pictures(window: MainWindow) -> list[QImage]:
    """Every picture a label holds, in one pixel format."""
    images = []
    for label in window.findChildren(QLabel):
        pixmap = label.pixmap()
        if pixmap is not None and not pixmap.isNull():
            images.append(pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32))
    return images


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()


def test_every_widget_of_every_screen_is_empty_of_the_last_visitor(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    visitor = services.register(station, Registration(
        "Maribel", "Gonzaga", date(1986, 3, 14), preferred_language="es",
        memberships=(MembershipInput("lacare", VISITOR_ID, "yes"),),
    )).person_id
    childcare.add_child(station, visitor, ChildSpec("Ysolde", "Gonzaga", date(2022, 5, 1)))
    carer = staff.add_staff(station, "Casey Care", "child_care", "1357")
    staff.sign_in_to_room(station, carer.id, "KIDS")
    flow = window.flow
    QTest.mouseClick(window.welcome.language_button("es"), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()
    window.payload_received.emit(VISITOR_ID, "scanner")
    qtbot.waitUntil(lambda: window.current_screen() == "choose", timeout=10_000)
    click(flow.choose.service_button("screening"))
    click(flow.choose.class_button("NUTRITION"))
    click(flow.choose.children_button)
    click(flow.choose.check_in_button)
    qtbot.waitUntil(lambda: window.current_screen() == "children", timeout=10_000)
    click(flow.children_step.child_button(0))
    click(flow.children_step.check_in_button)
    qtbot.waitUntil(lambda: window.current_screen() == "confirmation", timeout=10_000)
    confirmation = flow.confirmation.confirmation()
    assert confirmation is not None and confirmation.pass_token and flow.confirmation.has_pass_code()
    pickup_code = flow.confirmation.pickup_code_text()
    assert pickup_code and "Ysolde" in flow.confirmation.child_care_text()
    qr = [image for image in pictures(window) if image.width() > 100]
    assert len(qr) == 1, "the pass's QR code is on screen"
    before = "\n".join(everything_shown(window))
    assert "Maribel G." in before

    # What a visitor could leave in the other screens' inputs (a half-typed registration, an ID, a PIN).
    register = flow.register
    for edit, text in zip(
        (register.first_name, register.last_name, register.birth_date, register.phone, register.member_id),
        TYPED, strict=False,
    ):
        edit.setText(text)
    register.plan_button("lacare").setChecked(True)
    register.consent_button("yes").setChecked(True)
    register.language.setCurrentIndex(register.language.count() - 1)
    flow.typed_id.entry.setText(TYPED[4])
    window.staff_pin.entry.setText(TYPED[5])
    flow.children_step.first_name.setText(TYPED[6])  # a child being added, not saved
    held = "\n".join(everything_shown(window))
    assert [t for t in TYPED[:5] if t not in held] == []

    window.countdown.set_tick_ms(20)
    window.idle_watch.set_timeout_ms(50)
    window.idle_watch.arm()
    qtbot.waitUntil(window.countdown.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: window.current_screen() == "welcome", timeout=5_000)
    qtbot.waitUntil(lambda: window.welcome.title_text() == "Welcome", timeout=2_000)

    shown = "\n".join(everything_shown(window))
    for trace in ("Maribel", "Gonzaga", "Ysolde", "G.", "1986", "03/14", "2022", VISITOR_ID, "0001",
                  confirmation.pass_token[:24], *TYPED):
        assert trace not in shown, trace
    assert flow.confirmation.pickup_code_text() == ""
    assert pickup_code not in "\n".join(everything_shown(flow.confirmation))
    assert not any(image == qr[0] for image in pictures(window)), "the QR code of the last pass is still held"
    assert not flow.confirmation.has_pass_code() and flow.confirmation.confirmation() is None
    assert flow._visitor is None
    for screen_name in ("choose", "register", "children"):
        screen = window.screen_widget(screen_name)
        checked = [b.objectName() or b.text() for b in screen.findChildren(QAbstractButton)
                   if b.isCheckable() and b.isChecked()]
        assert checked == [], (screen_name, checked)  # no choice of the last visitor stays selected
    assert register.language.currentData() == station.config.site.default_locale
