"""The visitor flow end to end, driven as a visitor would (offscreen, several languages)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk import services
from kiosk.domain.people import MembershipInput, Registration
from kiosk.station import Station
from tests.ui.conftest import NO_TIMER_MS
from ui.app import MainWindow
from ui.screens.message import Action
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

MARIA_ID = "LC10000001"  # invented, in the demo plan's invented format
LICENSE = "@\rANSI 636014080102DL00410288ZC03290034DL\rDCSDOE\rDACJANE\rDBB01011980\r"  # invented


@pytest.fixture
def seeded(station: Station) -> Station:
    services.register(station, Registration(
        "Maria", "Gomez", date(1986, 3, 14), preferred_language="es",
        memberships=(MembershipInput("lacare", MARIA_ID, "yes"),)))
    return station


@pytest.fixture
def kiosk(window: MainWindow, seeded: Station) -> MainWindow:
    return window


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()


def _wait_screen(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.waitUntil(lambda: window.current_screen() == name, timeout=10_000)


def _choose_language(window: MainWindow, locale: str) -> None:
    QTest.mouseClick(window.welcome.language_button(locale), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()


def _texts(window: MainWindow) -> list[str]:
    """Everything a widget of any screen holds or says."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return found


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_a_returning_visitor_checks_in_with_two_touches_after_the_scan(
        qtbot: QtBot, kiosk: MainWindow, locale: str) -> None:
    _choose_language(kiosk, locale)
    kiosk.payload_received.emit(MARIA_ID, "scanner")
    _wait_screen(qtbot, kiosk, "choose")
    choose = kiosk.flow.choose
    assert "Maria G." in choose.greeting_text()
    assert "Gomez" not in " ".join(_texts(kiosk))  # masked: first name and last initial only
    touches = 0
    with qtbot.waitSignal(kiosk.flow.checked_in, timeout=10_000) as checked:
        _click(qtbot, choose.service_button("screening"))
        touches += 1
        _click(qtbot, choose.check_in_button)
        touches += 1
    assert touches == 2
    _wait_screen(qtbot, kiosk, "confirmation")
    result = checked.args[0]
    assert [line.service_code for line in result.services] == ["screening"]
    assert kiosk.flow.confirmation.has_pass_code()
    assert kiosk.layoutDirection() == (Qt.LayoutDirection.RightToLeft if locale == "ar"
                                       else Qt.LayoutDirection.LeftToRight)


def test_a_class_shows_room_and_time_and_a_full_class_cannot_be_picked(
        qtbot: QtBot, kiosk: MainWindow, seeded: Station) -> None:
    for member in ("LC10000011", "LC10000012"):  # invented: they fill the demo's 2-seat class
        services.check_in(seeded, person_id=services.register(seeded, Registration(
            "Test", "Person", date(1990, 1, 1), memberships=(MembershipInput("lacare", member, "no"),))).person_id,
            services=["class:DIABETES"])
    kiosk.payload_received.emit(MARIA_ID, "camera")
    _wait_screen(qtbot, kiosk, "choose")
    full = kiosk.flow.choose.class_button("DIABETES")
    assert not full.isEnabled() and "(full)" in full.text()
    zumba = kiosk.flow.choose.class_button("ZUMBA-AM")
    assert zumba.isEnabled() and "Room A" in zumba.text() and "9:00" in zumba.text()
    _click(qtbot, zumba)
    _click(qtbot, kiosk.flow.choose.check_in_button)
    _wait_screen(qtbot, kiosk, "confirmation")
    assert "Room A" in " ".join(_texts(kiosk))


def test_a_typed_id_on_the_keypad_finds_the_visitor(qtbot: QtBot, kiosk: MainWindow) -> None:
    _click(qtbot, kiosk.welcome.type_id_button)
    _wait_screen(qtbot, kiosk, "typed-id")
    typed = kiosk.flow.typed_id
    for key in MARIA_ID:
        assert typed.keyboard.key(key).height() >= 64
        _click(qtbot, typed.keyboard.key(key))
    assert typed.entry.text() == MARIA_ID
    _click(qtbot, typed.continue_button)
    _wait_screen(qtbot, kiosk, "choose")
    assert "Maria G." in kiosk.flow.choose.greeting_text()


def test_a_badly_typed_id_says_what_is_wrong_and_stays(qtbot: QtBot, kiosk: MainWindow) -> None:
    _click(qtbot, kiosk.welcome.type_id_button)
    kiosk.flow.typed_id.keyboard.type_text("LC1")
    _click(qtbot, kiosk.flow.typed_id.continue_button)
    assert kiosk.current_screen() == "typed-id"
    assert "Example" in kiosk.flow.typed_id.error.text()


@pytest.mark.parametrize("locale", ["en", "es"])
def test_an_unknown_id_offers_try_again_register_or_the_front_desk(
        qtbot: QtBot, kiosk: MainWindow, locale: str) -> None:
    _choose_language(kiosk, locale)
    _click(qtbot, kiosk.welcome.type_id_button)
    kiosk.flow.typed_id.keyboard.type_text("LC19999999")
    _click(qtbot, kiosk.flow.typed_id.continue_button)
    _wait_screen(qtbot, kiosk, "message")
    message = kiosk.flow.message
    assert message.title_text() and message.body_text()
    for action in (Action.TRY_AGAIN, Action.REGISTER, Action.DONE):
        assert message.button(action).isVisible()
    if locale == "es":
        assert "recepción" in message.body_text()
    _click(qtbot, message.button(Action.REGISTER))
    _wait_screen(qtbot, kiosk, "register")


def test_a_card_is_looked_up_on_its_first_frame_and_acted_on_only_at_its_second(
        qtbot: QtBot, kiosk: MainWindow) -> None:
    flow = kiosk.flow
    kiosk.camera.payload_sighted.emit(MARIA_ID)  # the first frame with the card
    qtbot.waitUntil(lambda: flow._prepared is not None and flow._prepared.done, timeout=10_000)
    qtbot.wait(50)
    assert kiosk.current_screen() == "welcome" and "Maria G." not in " ".join(_texts(kiosk))  # nothing shown yet
    kiosk.payload_received.emit(MARIA_ID, "camera")  # the confirming frame: the answer is ready
    assert kiosk.current_screen() == "choose" and "Maria G." in flow.choose.greeting_text()
    _click(qtbot, flow.choose.cancel_button)
    _wait_screen(qtbot, kiosk, "welcome")

    # A sighting the next frame does not confirm is dropped: another card's confirmation is looked up afresh.
    kiosk.camera.payload_sighted.emit(LICENSE)
    kiosk.payload_received.emit(MARIA_ID, "camera")
    _wait_screen(qtbot, kiosk, "choose")
    assert "Maria G." in flow.choose.greeting_text()
    _click(qtbot, flow.choose.cancel_button)
    _wait_screen(qtbot, kiosk, "welcome")

    # Confirmed while its look-up is still under way: the look-up becomes the check-in's, once.
    kiosk.camera.payload_sighted.emit(LICENSE)
    kiosk.payload_received.emit(LICENSE, "camera")
    assert flow.busy
    kiosk.payload_received.emit(MARIA_ID, "scanner")  # ignored while busy: one visitor at a time
    _wait_screen(qtbot, kiosk, "message")
    assert "member card" in flow.message.title_text() and flow._visitor is None


def test_a_drivers_license_is_refused_and_nothing_of_it_is_kept(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.payload_received.emit(LICENSE, "scanner")
    _wait_screen(qtbot, kiosk, "message")
    assert "member card" in kiosk.flow.message.title_text()
    assert kiosk.flow._visitor is None
    shown = " ".join(_texts(kiosk))
    assert "DOE" not in shown and "JANE" not in shown and "01011980" not in shown


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_a_new_visitor_registers_and_checks_in(qtbot: QtBot, kiosk: MainWindow, locale: str) -> None:
    _choose_language(kiosk, locale)
    _click(qtbot, kiosk.welcome.no_card_button)
    _wait_screen(qtbot, kiosk, "register")
    form = kiosk.flow.register
    assert form.language.currentData() == locale  # the language they chose is offered first
    form.keyboard.type_text("ANA")
    form.last_name.setFocus()
    QApplication.processEvents()
    form.keyboard.type_text("TORRES")
    form.birth_date.setFocus()
    QApplication.processEvents()
    form.keyboard.type_text("07041990")
    _click(qtbot, form.plan_button("lacare"))
    form.keyboard.type_text("LC10000021")
    _click(qtbot, form.consent_button("yes"))
    _click(qtbot, form.submit_button)
    _wait_screen(qtbot, kiosk, "choose")
    assert "ANA T." in kiosk.flow.choose.greeting_text()
    _click(qtbot, kiosk.flow.choose.service_button("visiting"))
    _click(qtbot, kiosk.flow.choose.check_in_button)
    _wait_screen(qtbot, kiosk, "confirmation")


def test_an_incomplete_registration_says_what_is_missing(qtbot: QtBot, kiosk: MainWindow) -> None:
    _click(qtbot, kiosk.welcome.no_card_button)
    kiosk.flow.register.keyboard.type_text("ANA")
    _click(qtbot, kiosk.flow.register.submit_button)
    assert kiosk.current_screen() == "register"
    assert "last name" in kiosk.flow.register.error.text()


def test_a_database_error_is_a_calm_message_never_a_traceback(
        qtbot: QtBot, kiosk: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk I/O error with Maria Gomez inside")

    monkeypatch.setattr("ui.screens.flow.identify_payload", broken)
    kiosk.payload_received.emit(MARIA_ID, "scanner")
    _wait_screen(qtbot, kiosk, "message")
    assert "front desk" in kiosk.flow.message.body_text()
    assert "Maria" not in " ".join(_texts(kiosk))
    assert not kiosk.flow.busy
    _click(qtbot, kiosk.flow.message.button(Action.DONE))
    _wait_screen(qtbot, kiosk, "welcome")


def test_without_a_camera_the_welcome_points_to_typing(kiosk: MainWindow) -> None:
    kiosk.welcome.set_camera_state("no_camera")
    assert "camera" not in kiosk.welcome.scan_prompt_text().lower()
    assert "Type my ID" in kiosk.welcome.scan_prompt_text()
    kiosk.welcome.set_camera_state("live")
    assert "camera" in kiosk.welcome.scan_prompt_text().lower()


def test_idle_counts_down_then_wipes_every_widget_and_resets_the_language(
        qtbot: QtBot, kiosk: MainWindow) -> None:
    _choose_language(kiosk, "es")
    _click(qtbot, kiosk.welcome.no_card_button)
    form = kiosk.flow.register
    form.keyboard.type_text("ZEPHYRINE")
    form.last_name.setFocus()
    QApplication.processEvents()
    form.keyboard.type_text("QUILLFEATHER")
    form.birth_date.setFocus()
    QApplication.processEvents()
    form.keyboard.type_text("02291988")
    _click(qtbot, form.submit_button)
    _wait_screen(qtbot, kiosk, "choose")
    assert "ZEPHYRINE Q." in kiosk.flow.choose.greeting_text()

    kiosk.countdown.set_tick_ms(20)
    kiosk.idle_watch.set_timeout_ms(50)
    kiosk.idle_watch.arm()
    qtbot.waitUntil(kiosk.countdown.isVisible, timeout=5_000)
    assert kiosk.countdown.seconds_left == 10  # a visible 10 s countdown
    _wait_screen(qtbot, kiosk, "welcome")
    assert not kiosk.countdown.isVisible()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The site's default language again (LanguageChange is posted, not sent).
    qtbot.waitUntil(lambda: kiosk.welcome.title_text() == "Welcome", timeout=2_000)
    for text in _texts(kiosk):
        for trace in ("ZEPHYRINE", "QUILLFEATHER", "Q.", "02/29/1988", "1988"):
            assert trace not in text, (trace, text)


def test_touching_the_screen_during_the_countdown_keeps_the_visitor(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.payload_received.emit(MARIA_ID, "scanner")
    _wait_screen(qtbot, kiosk, "choose")
    kiosk.idle_watch.set_timeout_ms(50)
    kiosk.idle_watch.arm()
    qtbot.waitUntil(kiosk.countdown.isVisible, timeout=5_000)
    _click(qtbot, kiosk.countdown.button)
    assert not kiosk.countdown.isVisible()
    assert kiosk.current_screen() == "choose"
    assert "Maria G." in kiosk.flow.choose.greeting_text()


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_arabic_and_farsi_lay_out_right_to_left(qtbot: QtBot, kiosk: MainWindow, locale: str) -> None:
    _choose_language(kiosk, locale)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _click(qtbot, kiosk.welcome.type_id_button)
    # IDs still read left to right.
    assert kiosk.flow.typed_id.entry.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def locked(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> Iterator[MainWindow]:
    made = MainWindow(station, bridge, switcher, status_interval_ms=NO_TIMER_MS, lockdown=True)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.leave_kiosk_mode()


@pytest.mark.parametrize(("key", "modifier"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
])
def test_lockdown_swallows_close_shortcuts_and_refuses_to_close(
        qtbot: QtBot, locked: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    QTest.keyClick(locked.welcome.language_button("en"), key, modifier)
    QApplication.processEvents()
    assert locked.isVisible()
    assert not locked.close()
    assert locked.isVisible()


def test_the_staff_shortcut_opens_the_pin_pad(qtbot: QtBot, locked: MainWindow) -> None:
    QTest.keyClick(locked.welcome.language_button("en"), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    _wait_screen(qtbot, locked, "staff-pin")
    assert locked.staff_pin.entry.echoMode() == QLineEdit.EchoMode.Password
    _click(qtbot, locked.staff_pin.cancel_button)
    _wait_screen(qtbot, locked, "welcome")


def _type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    window.open_staff_pin()
    for digit in pin:
        _click(qtbot, window.staff_pin.keypad.key(digit))
    _click(qtbot, window.staff_pin.ok_button)


def test_a_wrong_pin_keeps_the_kiosk_locked_and_an_it_pin_unlocks_it(
        qtbot: QtBot, locked: MainWindow, station: Station) -> None:
    from kiosk import staff

    staff.add_staff(station, "Test Desk", "front_desk", "4826")
    staff.add_staff(station, "Test IT", "it", "7391")
    for pin in ("1111", "4826"):  # unknown, then front-desk staff (who may not leave kiosk mode)
        _type_pin(qtbot, locked, pin)
        qtbot.waitUntil(lambda: bool(locked.staff_pin.error.text()), timeout=10_000)
        assert locked.locked and locked.isVisible()
    _type_pin(qtbot, locked, "7391")
    qtbot.waitUntil(lambda: not locked.isVisible(), timeout=10_000)
    assert not locked.locked


def test_a_long_press_on_the_corner_opens_the_pin_pad_and_a_short_one_does_not(
        qtbot: QtBot, locked: MainWindow) -> None:
    from PySide6.QtCore import QPoint

    handle = locked.windowHandle()
    locked._corner_hold.setInterval(300)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    qtbot.wait(500)
    assert locked.current_screen() == "welcome"
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    _wait_screen(qtbot, locked, "staff-pin")
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
