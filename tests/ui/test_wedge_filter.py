"""The keyboard wedge: scanner bursts become payloads, a person's keys reach their field intact.

Keys are real QKeyEvents (QTest) through the application's event filter; the
filter's clock is a test clock moved by hand, so nothing sleeps.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.scanning.wedge import WedgeConfig
from ui.wedge_filter import WedgeFilter

MEMBER_ID = "LC10000001"  # synthetic
BIC_ID = "90000005A72301"  # synthetic Medi-Cal BIC shape


class TestClock:
    __test__ = False  # not a test class

    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms

    def advance(self, ms: float) -> None:
        self.ms += ms


class Field(QLineEdit):
    """A line edit that also records every key press that reaches it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.presses: list[tuple[int, str, Qt.KeyboardModifier]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.presses.append((event.key(), event.text(), event.modifiers()))
        super().keyPressEvent(event)


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.first = Field("first", self)
        self.second = Field("second", self)
        self.button = QPushButton("OK", self)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicks = 0
        self.button.clicked.connect(self._clicked)
        column = QVBoxLayout(self)
        for widget in (self.first, self.second, self.button):
            column.addWidget(widget)

    def _clicked(self) -> None:
        self.clicks += 1


@pytest.fixture
def clock() -> TestClock:
    return TestClock()


@pytest.fixture
def wedge(qapp: QApplication, clock: TestClock) -> Iterator[WedgeFilter]:
    made = WedgeFilter(WedgeConfig(), clock=clock)
    made.install(qapp)
    yield made
    made.uninstall()
    made.deleteLater()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    made = Form()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.first.setFocus()
    qtbot.waitUntil(made.first.hasFocus, timeout=2000)
    return made


KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, " ": Qt.Key.Key_Space}


def type_into(widget: QWidget, clock: TestClock, text: str, gaps: tuple[float, float], seed: int = 7) -> None:
    """Key presses and releases with a random gap in ``gaps`` (ms) before each."""
    rng = random.Random(seed)
    for char in text:
        clock.advance(rng.uniform(*gaps))
        if char in KEYS:
            QTest.keyClick(widget, KEYS[char])
        else:
            QTest.keyClick(widget, char)


def settle(clock: TestClock, wedge: WedgeFilter) -> None:
    """Time passes: whatever the assembler holds is decided."""
    clock.advance(1000)
    wedge.poll()


@pytest.mark.parametrize("text", [MEMBER_ID + "\r", MEMBER_ID, BIC_ID + "\r"], ids=["enter", "no terminator", "bic"])
def test_a_scanner_burst_is_a_payload_and_never_reaches_the_field(
        qtbot: QtBot, wedge: WedgeFilter, clock: TestClock, form: Form, text: str) -> None:
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    type_into(form.first, clock, text, (2, 8))
    # A burst ends when it goes quiet, even after an Enter (a licence's PDF417 has line breaks inside).
    assert payloads == [] and wedge.holding
    clock.advance(100)
    qtbot.waitUntil(lambda: bool(payloads), timeout=2000)  # the filter's own timer ends it
    assert payloads == [text.rstrip("\r")]
    assert form.first.text() == ""
    assert form.first.presses == []
    assert not wedge.holding


def test_a_person_typing_reaches_the_field_intact_and_in_order(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    typed = "Maria Gonzalez-Ruiz 1985"
    type_into(form.first, clock, typed, (150, 250))
    settle(clock, wedge)
    assert form.first.text() == typed
    assert [text for _key, text, _mods in form.first.presses] == list(typed)
    assert payloads == []


def test_a_person_types_right_after_a_scan(wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    type_into(form.first, clock, MEMBER_ID, (2, 8))
    clock.advance(600)
    type_into(form.first, clock, "hi", (150, 250))
    settle(clock, wedge)
    assert payloads == [MEMBER_ID]
    assert form.first.text() == "hi"


def test_given_back_keys_reach_the_widget_they_were_typed_into(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    type_into(form.first, clock, "ab", (150, 250))
    assert wedge.holding  # "b" is still held...
    form.second.setFocus()  # ...when the focus moves on
    type_into(form.second, clock, "cd", (150, 250))
    settle(clock, wedge)
    assert (form.first.text(), form.second.text()) == ("ab", "cd")


def test_shortcuts_and_keys_that_type_nothing_pass_straight_through(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    for key, mods in [(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)]:
        clock.advance(3)  # even at scanner speed
        QTest.keyClick(form.first, key, mods)  # (QTest presses the modifier key first)
        assert form.first.presses[-1][:1] == (key,)  # at once, no poll needed
        assert not wedge.holding


def test_a_non_text_key_after_a_held_one_keeps_the_typed_order(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    type_into(form.first, clock, "ab", (150, 250))
    assert wedge.holding
    clock.advance(5)
    QTest.keyClick(form.first, Qt.Key.Key_Left)
    clock.advance(200)
    QTest.keyClick(form.first, "X")
    settle(clock, wedge)
    assert [key for key, _text, _mods in form.first.presses] == [
        Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_Left, Qt.Key.Key_X]
    assert form.first.text() == "aXb"


def test_a_scanners_shift_presses_do_not_break_its_burst(
        qtbot: QtBot, wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in MEMBER_ID + "\r":
        clock.advance(3)
        if char.isupper():
            QTest.keyPress(form.first, Qt.Key.Key_Shift, shift)
            QTest.keyClick(form.first, char, shift)
            QTest.keyRelease(form.first, Qt.Key.Key_Shift)
        else:
            QTest.keyClick(form.first, KEYS.get(char, char))
    settle(clock, wedge)
    assert payloads == [MEMBER_ID]
    assert form.first.text() == ""


def test_control_codes_inside_a_burst_stay_in_the_payload(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    """GS1 and AAMVA data separate fields with GS/RS, typed by scanners as Ctrl+] and Ctrl+^."""
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    type_into(form.first, clock, "0109501101530008", (2, 6))
    clock.advance(4)
    QTest.sendKeyEvent(QTest.KeyAction.Click, form.first, Qt.Key.Key_BracketRight, "\x1d",
                       Qt.KeyboardModifier.ControlModifier)
    type_into(form.first, clock, "10ABC\r", (2, 6))
    settle(clock, wedge)
    assert payloads == ["0109501101530008\x1d10ABC"]
    assert form.first.text() == ""


def test_a_held_down_key_repeats_into_the_field_and_is_no_scan(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    clock.advance(500)
    QTest.keyPress(form.first, Qt.Key.Key_A)
    for _ in range(8):  # the platform's auto-repeat: scanner-fast, but marked as repeats
        clock.advance(33)
        QApplication.sendEvent(form.first, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                     Qt.KeyboardModifier.NoModifier, "a", True))
    QTest.keyRelease(form.first, Qt.Key.Key_A)
    settle(clock, wedge)
    assert form.first.text() == "a" * 9
    assert payloads == []


def test_space_and_tab_typed_by_a_person_still_work(
        qtbot: QtBot, wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    clock.advance(500)
    QTest.keyClick(form.first, Qt.Key.Key_Tab)  # a terminator: given back at once
    assert form.second.hasFocus()
    form.button.setFocus()
    clock.advance(500)
    QTest.keyClick(form.button, Qt.Key.Key_Space)  # press and release both held...
    assert form.clicks == 0
    settle(clock, wedge)  # ...and given back together: a click
    assert form.clicks == 1


def test_a_field_that_went_away_loses_its_held_keys_quietly(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    type_into(form.first, clock, "x", (150, 250))
    form.first.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(clock, wedge)
    assert not wedge.holding


def test_uninstalling_gives_back_what_is_held(wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    type_into(form.first, clock, "q", (150, 250))
    wedge.uninstall()
    assert form.first.text() == "q"
    clock.advance(200)
    QTest.keyClick(form.first, "r")  # no filter any more: straight in
    assert form.first.text() == "qr"


def test_payloads_are_not_logged(wedge: WedgeFilter, clock: TestClock, form: Form,
                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    type_into(form.first, clock, MEMBER_ID + "\r", (2, 8))
    settle(clock, wedge)
    assert MEMBER_ID not in caplog.text
    assert "10 characters" in caplog.text


def test_keys_from_the_window_system_are_seen_once(
        qtbot: QtBot, wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    """Through the platform path (window first, then the focus widget), as a real scanner types."""
    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    window = form.windowHandle()
    assert window is not None
    for char in MEMBER_ID + "\r":
        clock.advance(4)
        QTest.keyClick(window, KEYS.get(char, char))
    settle(clock, wedge)
    assert payloads == [MEMBER_ID]
    assert form.first.text() == ""
    clock.advance(500)
    for char in "ok":
        clock.advance(200)
        QTest.keyClick(window, char)
    settle(clock, wedge)
    assert form.first.text() == "ok"


def test_a_licence_scanned_with_line_breaks_is_one_refused_payload_and_nothing_reaches_a_field(
        wedge: WedgeFilter, clock: TestClock, form: Form) -> None:
    from kiosk.config import load_config
    from kiosk.errors import ScanRejected
    from kiosk.paths import demo_config_file
    from kiosk.scanning import classify

    payloads: list[str] = []
    wedge.payload_scanned.connect(payloads.append)
    aamva = "@\rANSI 636014080102DL00410288ZC03290034DL\rDCSDOE\rDACJANE\rDBB01011980\r"  # invented
    type_into(form.first, clock, aamva, (2, 6))
    settle(clock, wedge)
    assert len(payloads) == 1 and form.first.text() == "" and form.first.presses == []
    with pytest.raises(ScanRejected) as info:
        classify(payloads[0], load_config(demo_config_file()))
    assert info.value.reason == "drivers_license"
