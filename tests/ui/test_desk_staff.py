"""Staff accounts on the front-desk station, driven by keyboard as a supervisor would; refused to anyone else."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk import staff
from kiosk.clock import ManualClock
from kiosk.staff import NotPermitted, StaffMember, StaffRole
from kiosk.station import Station
from kiosk.store.models import AuditEntry
from tests.ui.conftest import NO_TIMER_MS
from tests.ui.test_desk_flows import (
    DESK_PIN,
    MORNING,
    SUPERVISOR_PIN,
    front_desk_station,
    sign_in,
    track_done,
    type_in,
    wait_done,
)
from ui.app import render_screenshots
from ui.desk.flow import DeskFlow
from ui.desk.run import make_staff_window
from ui.desk.window import StaffWindow
from ui.screens.desk_staff import add_member, deactivate_member, load_accounts, reset_member_pin
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

NEW_PIN = "5173"  # invented test PINs
OTHER_PIN = "7391"


@pytest.fixture
def desk_station(tmp_path: Path) -> Iterator[Station]:
    opened = front_desk_station(tmp_path, ManualClock(MORNING))
    yield opened
    opened.close()


@pytest.fixture
def desk_window(qtbot: QtBot, desk_station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> StaffWindow:
    window = make_staff_window(desk_station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def desk(desk_window: StaffWindow) -> DeskFlow:
    assert desk_window.flow is not None
    track_done(desk_window.flow)
    return desk_window.flow


def plain(text: str) -> str:
    """Text without the direction isolates that keep a name's order in right-to-left text."""
    return text.replace("\u2068", "").replace("\u2069", "")


def member(station: Station, name: str) -> StaffMember:
    return next(m for m in staff.list_staff(station, include_inactive=True) if m.display_name == name)


def audit_of(station: Station, action: str) -> list[tuple[str | None, str | None]]:
    """(who, which account) of each audit entry of ``action``."""
    with station.store.read() as s:
        rows = s.execute(select(AuditEntry.staff_id, AuditEntry.record_id).where(AuditEntry.action == action)
                         .order_by(AuditEntry.seq)).all()
        return [(who, record) for who, record in rows]


def open_staff_as_supervisor(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk, SUPERVISOR_PIN)
    assert desk.staff_button.isVisible()
    QTest.keyClick(desk.search.field, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: desk.current() == "staff", timeout=10_000)
    wait_done(qtbot, desk, "staff_list")


def sign_out_and_try(qtbot: QtBot, desk: DeskFlow, pin: str) -> None:
    """Sign out with Ctrl+L, type ``pin`` and wait for the answer (signed in, or refused)."""
    QTest.keyClick(desk.focusWidget() or desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.current() == "sign-in", timeout=5_000)
    type_in(desk.sign_in_screen.entry, pin)
    with qtbot.waitSignal(desk.done, timeout=10_000):
        QTest.keyClick(desk.sign_in_screen.entry, Qt.Key.Key_Return)


def pick(qtbot: QtBot, desk: DeskFlow, name: str) -> None:
    """Select a member with the arrow keys, as a supervisor at the keyboard would."""
    table = desk.staff_screen.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.currentRow() == 0, timeout=2_000)  # the wedge filter may hold keys a moment
    names = [row[0] for row in desk.staff_screen.rows()]
    assert name in names
    for row in range(names.index(name)):
        QTest.keyClick(table, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda row=row: table.currentRow() == row + 1, timeout=2_000)  # type: ignore[misc]
    selected = desk.staff_screen.selected()
    assert selected is not None and selected.display_name == name.removesuffix(" (you)")


# --- a supervisor at work ------------------------------------------------------------------


def test_a_supervisor_adds_a_member_who_can_then_sign_in_with_the_new_pin(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    assert [(n, r, s) for n, r, s in screen.rows()] == [
        ("Alex Demo", "Front desk", "Active"), ("Morgan Demo (you)", "Supervisor", "Active")]
    assert screen.table.hasFocus()
    QTest.keyClick(screen.table, Qt.Key.Key_Tab)
    assert screen.name.hasFocus()
    type_in(screen.name, "Riley Test")
    QTest.keyClick(screen.name, Qt.Key.Key_Tab)
    assert screen.role.hasFocus()
    screen.role.setCurrentIndex(screen.role.findData("child_care"))
    QTest.keyClick(screen.role, Qt.Key.Key_Tab)
    type_in(screen.pin, NEW_PIN)
    QTest.keyClick(screen.pin, Qt.Key.Key_Tab)
    type_in(screen.pin_again, NEW_PIN)
    QTest.keyClick(screen.pin_again, Qt.Key.Key_Return)
    wait_done(qtbot, desk, "staff_added")

    assert ("Riley Test", "Child care", "Active") in screen.rows()
    assert "Riley Test is added as Child care" in plain(screen.result.text())
    assert screen.pin.text() == screen.pin_again.text() == screen.name.text() == ""  # nothing lingers
    riley = member(desk_station, "Riley Test")
    assert riley.role is StaffRole.CHILD_CARE
    morgan = member(desk_station, "Morgan Demo")
    assert (morgan.id, riley.id) in audit_of(desk_station, "staff.add")  # the audit names the supervisor

    sign_out_and_try(qtbot, desk, NEW_PIN)
    assert desk.staff is not None and desk.staff.display_name == "Riley Test"
    assert not desk.staff_button.isVisible()  # child care manages no accounts


def test_enter_in_the_first_fields_moves_on_and_two_different_pins_are_refused(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    screen.name.setFocus()
    type_in(screen.name, "Riley Test")
    QTest.keyClick(screen.name, Qt.Key.Key_Return)
    assert screen.role.hasFocus()  # not sent half-filled
    QTest.keyClick(screen.role, Qt.Key.Key_Tab)
    assert screen.pin.hasFocus()
    type_in(screen.pin, NEW_PIN)
    QTest.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.pin_again.hasFocus()
    type_in(screen.pin_again, OTHER_PIN)
    QTest.keyClick(screen.pin_again, Qt.Key.Key_Return)
    assert screen.error.text() == "The two PINs are not the same. Type the PIN twice."
    assert screen.pin.hasFocus() and screen.pin.text() == screen.pin_again.text() == ""
    assert screen.name.text() == "Riley Test"  # the name is kept to try again
    assert len(staff.list_staff(desk_station)) == 2


@pytest.mark.parametrize(("pin", "reason"), [
    ("1111", "That PIN is too easy to guess"),
    ("4321", "That PIN is too easy to guess"),
    ("12", "A PIN is 4 to 8 digits (0-9)."),
    ("12ab", "A PIN is 4 to 8 digits (0-9)."),
    (DESK_PIN, "Another staff member already has that PIN. Choose another."),
])
def test_a_weak_or_taken_pin_is_refused_with_the_reason(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station, pin: str, reason: str,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    type_in(screen.name, "Riley Test")
    screen.pin.setText(pin)
    screen.pin_again.setText(pin)
    QTest.keyClick(screen.pin_again, Qt.Key.Key_Return)
    wait_done(qtbot, desk, "staff_error")
    assert screen.error.text().startswith(reason)
    assert screen.error.accessibleName() == screen.error.text()
    assert pin not in screen.error.text()  # a PIN is never shown
    refusals = [r.getMessage() for r in caplog.records if "add_member" in r.getMessage()]
    assert refusals and all(pin not in text for text in refusals)  # nor logged with the refusal
    assert screen.name.text() == "Riley Test" and screen.pin.text() == ""
    assert [m.display_name for m in staff.list_staff(desk_station)] == ["Alex Demo", "Morgan Demo"]
    assert audit_of(desk_station, "staff.add")[2:] == []  # only the fixture's two


def test_reset_pin_works_and_the_old_one_no_longer_does(qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    pick(qtbot, desk, "Alex Demo")
    assert plain(screen._member_box.title()) == "Selected: Alex Demo"
    QTest.keyClick(screen.table, Qt.Key.Key_Tab)  # Tab from the list goes to the add form first
    assert screen.name.hasFocus()
    type_in(screen.new_pin, OTHER_PIN)
    QTest.keyClick(screen.new_pin, Qt.Key.Key_Return)
    assert screen.new_pin_again.hasFocus()
    type_in(screen.new_pin_again, OTHER_PIN)
    QTest.keyClick(screen.new_pin_again, Qt.Key.Key_Return)
    wait_done(qtbot, desk, "staff_pin_reset")
    assert "New PIN saved for" in plain(screen.result.text()) and "Alex Demo" in plain(screen.result.text())
    assert screen.new_pin.text() == screen.new_pin_again.text() == ""
    alex, morgan = member(desk_station, "Alex Demo"), member(desk_station, "Morgan Demo")
    assert audit_of(desk_station, "staff.set_pin") == [(morgan.id, alex.id)]

    sign_out_and_try(qtbot, desk, DESK_PIN)
    assert desk.staff is None and desk.sign_in_screen.error.text() == "That PIN is not right. Try again."
    type_in(desk.sign_in_screen.entry, OTHER_PIN)
    with qtbot.waitSignal(desk.signed_in, timeout=10_000):
        QTest.keyClick(desk.sign_in_screen.entry, Qt.Key.Key_Return)
    assert desk.staff is not None and desk.staff.id == alex.id


def test_deactivate_needs_confirmation_and_the_member_can_no_longer_sign_in(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    pick(qtbot, desk, "Alex Demo")
    QTest.keyClick(screen.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: screen.confirming, timeout=2_000)  # after keys the wedge filter held, if any
    assert screen.confirm_button.hasFocus()
    assert "Deactivate Alex Demo?" in plain(screen.confirm_text.text())
    QTest.keyClick(screen.confirm_button, Qt.Key.Key_Escape)  # changed their mind
    qtbot.waitUntil(lambda: not screen.confirming, timeout=2_000)
    assert screen.deactivate_button.hasFocus()
    assert member(desk_station, "Alex Demo").active and audit_of(desk_station, "staff.deactivate") == []

    QTest.keyClick(screen.deactivate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.confirming, timeout=2_000)
    QTest.keyClick(screen.confirm_button, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    wait_done(qtbot, desk, "staff_deactivated")
    assert ("Alex Demo", "Front desk", "Deactivated") in screen.rows()
    assert "can no longer sign in" in plain(screen.result.text())
    assert not screen.deactivate_button.isEnabled() and not screen.reset_button.isEnabled()
    alex, morgan = member(desk_station, "Alex Demo"), member(desk_station, "Morgan Demo")
    assert not alex.active
    assert audit_of(desk_station, "staff.deactivate") == [(morgan.id, alex.id)]

    sign_out_and_try(qtbot, desk, DESK_PIN)
    assert desk.staff is None and desk.sign_in_screen.error.text() == "That PIN is not right. Try again."


def test_a_supervisor_cannot_deactivate_themself_or_the_last_it_member(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    jordan = staff.add_staff(desk_station, "Jordan Test", "it", "9753")
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    pick(qtbot, desk, "Morgan Demo (you)")
    screen.deactivate_button.click()
    assert not screen.confirming
    assert screen.error.text() == "You cannot deactivate your own account. Ask another supervisor or IT."

    pick(qtbot, desk, "Jordan Test")
    screen.deactivate_button.click()
    screen.confirm_button.click()
    wait_done(qtbot, desk, "staff_error")
    assert screen.error.text() == "This is the last active member with this role. Add another one first."
    assert member(desk_station, "Jordan Test").active

    morgan = member(desk_station, "Morgan Demo")
    with pytest.raises(NotPermitted) as refused:
        staff.deactivate(desk_station, morgan.id, by=morgan.id)  # the core refuses too, whatever the screen does
    assert refused.value.reason == "self"
    # With a successor in place, the old IT account can go; the CLI (no ``by``) is IT and is never held back.
    successor = staff.add_staff(desk_station, "Quinn Test", "it", "8025", by=morgan.id)
    assert not deactivate_member(desk_station, jordan.id, morgan.id).active
    with pytest.raises(NotPermitted):
        deactivate_member(desk_station, successor.id, morgan.id)
    assert not staff.deactivate(desk_station, successor.id).active


# --- everyone else ------------------------------------------------------------------------------


def test_a_front_desk_member_never_sees_the_screen_and_the_core_refuses(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station) -> None:
    sign_in(qtbot, desk, DESK_PIN)
    assert desk.staff_button.isHidden()
    QTest.keyClick(desk.search.field, Qt.Key.Key_F7)
    desk.open_staff()
    QTest.qWait(100)
    assert desk.current() == "search" and desk.staff_screen.table.rowCount() == 0

    alex, morgan = member(desk_station, "Alex Demo"), member(desk_station, "Morgan Demo")
    calls = (
        lambda: load_accounts(desk_station, alex.id),
        lambda: add_member(desk_station, "Riley Test", "supervisor", NEW_PIN, alex.id),
        lambda: add_member(desk_station, "Riley Test", "supervisor", DESK_PIN, alex.id),  # no hint a PIN is taken
        lambda: reset_member_pin(desk_station, morgan.id, NEW_PIN, alex.id),
        lambda: deactivate_member(desk_station, morgan.id, alex.id),
        lambda: load_accounts(desk_station, "no-such-member"),
    )
    for call in calls:
        with pytest.raises(NotPermitted) as refused:
            call()
        assert refused.value.reason == "role"
    assert [m.display_name for m in staff.list_staff(desk_station)] == ["Alex Demo", "Morgan Demo"]
    assert staff.verify_pin(desk_station, SUPERVISOR_PIN) is not None  # Morgan's PIN is unchanged
    assert audit_of(desk_station, "staff.set_pin") == audit_of(desk_station, "staff.deactivate") == []
    staff.set_pin(desk_station, alex.id, OTHER_PIN, by=alex.id)  # one's own PIN stays theirs to change


def test_a_deactivated_supervisor_can_no_longer_manage_accounts(desk_station: Station) -> None:
    morgan = member(desk_station, "Morgan Demo")
    sam = staff.add_staff(desk_station, "Sam Test", "supervisor", OTHER_PIN)
    staff.deactivate(desk_station, sam.id, by=morgan.id)
    with pytest.raises(NotPermitted):
        staff.add_staff(desk_station, "Riley Test", "front_desk", NEW_PIN, by=sam.id)
    assert staff.require_role(desk_station, morgan.id).id == morgan.id
    it = staff.add_staff(desk_station, "Jordan Test", "it", "9753", by=morgan.id)
    assert [m.display_name for m in load_accounts(desk_station, it.id)] == [
        "Alex Demo", "Jordan Test", "Morgan Demo", "Sam Test"]  # IT manages too; deactivated ones are listed


def test_sign_out_wipes_the_staff_screen_and_a_late_answer_is_dropped(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station, bridge: CoreBridge) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    type_in(screen.name, "Riley Test")
    screen.pin.setText(NEW_PIN)
    screen.pin_again.setText(NEW_PIN)
    screen.submit_add()
    desk.sign_out("idle")  # before the core answers
    # The add finishes on the lane (Argon2 hashing: seconds on a busy CI machine); its answer must not
    # refill the screen. Wait for its delivery, not for a fixed time.
    qtbot.waitUntil(lambda: bridge.pending == 0, timeout=30_000)
    QTest.qWait(50)
    assert desk.current() == "sign-in"
    assert screen.table.rowCount() == 0 and screen.result.text() == "" and screen.name.text() == ""
    assert screen.add_button.isEnabled()  # not left busy by the answer it dropped
    for edit in screen.findChildren(QLineEdit):
        assert edit.text() == "", edit.objectName()
    assert staff.verify_pin(desk_station, NEW_PIN) is not None  # the add itself was made, only its answer dropped
    open_staff_as_supervisor(qtbot, desk)
    assert screen.add_button.isEnabled() and screen.result.text() == ""


# --- keyboard, size, names --------------------------------------------------------------------------


def _controls(screen: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QTableWidget)
    return [w for w in screen.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(screen)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.parent() is not None
            and w.objectName() != "qt_scrollarea_viewport"]


def test_every_control_is_named_and_fits_1366x768(qtbot: QtBot, desk: DeskFlow, switcher: LanguageSwitcher) -> None:
    open_staff_as_supervisor(qtbot, desk)
    screen = desk.staff_screen
    pick(qtbot, desk, "Alex Demo")
    screen.deactivate_button.click()  # the confirmation too
    window = desk.window()
    for locale in ("en", "es", "ar"):
        switcher.set_locale(locale)
        QApplication.processEvents()
        controls = [w for w in _controls(screen) if not w.objectName().startswith("qt_")]
        assert len(controls) >= 12
        inside = QRect(QPoint(0, 0), window.size())
        for control in controls:
            assert control.accessibleName().strip(), (locale, control.objectName())
            top_left = control.mapTo(window, QPoint(0, 0))
            assert inside.contains(QRect(top_left, control.size())), (locale, control.objectName())
        assert desk.staff_button.accessibleName()
        assert desk.staff_button.mapTo(window, QPoint(0, 0)).x() + desk.staff_button.width() <= window.width()
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Arabic, last


def test_the_staff_screen_is_in_the_desk_screenshots(qapp: QApplication, compiled_translations: Path,
                                                     tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    station = front_desk_station(tmp_path / "data", ManualClock(MORNING))
    try:
        written = render_screenshots(station, tmp_path / "shots", ["en"], (1366, 768))
    finally:
        station.close()
    shot = tmp_path / "shots" / "front_desk-staff-en.png"
    assert shot in written
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_screen_opened_again_picks_the_first_member(qtbot: QtBot, desk: DeskFlow) -> None:
    open_staff_as_supervisor(qtbot, desk)
    desk.sign_out("button")
    open_staff_as_supervisor(qtbot, desk)  # the list was wiped in between
    selected = desk.staff_screen.selected()
    assert selected is not None and selected.display_name == "Alex Demo"
    assert desk.staff_screen.reset_button.isEnabled()
