"""The welcome window: opens on the demo site, switches language and direction live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import SUPPORTED_LOCALES
from kiosk.station import Station
from ui.app import MainWindow
from ui.languages import NATIVE_NAMES
from ui.theme import KIOSK_THEME


def _choose(qtbot: QtBot, window: MainWindow, locale: str) -> None:
    QTest.mouseClick(window.welcome.language_button(locale), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()  # LanguageChange is posted, not sent


def test_the_welcome_window_opens_on_the_demo_site(window: MainWindow, station: Station) -> None:
    assert window.current_screen() == "welcome"
    assert station.config.site.name in window.windowTitle()
    assert window.welcome.title_text() == "Welcome"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    texts = {window.welcome.language_button(loc).text() for loc in station.config.site.locales}
    assert texts == {NATIVE_NAMES[loc] for loc in SUPPORTED_LOCALES}
    assert window.welcome.language_button("en").isChecked()


def test_sizes_fit_a_kiosk(window: MainWindow) -> None:
    for button in window.welcome.findChildren(QAbstractButton):
        assert button.height() >= KIOSK_THEME.touch_px >= 64
        assert button.width() >= 64
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.font().pixelSize() >= 24, label.objectName()
    assert window.welcome.language_button("en").font().pixelSize() >= KIOSK_THEME.body_px


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton):
            assert widget.accessibleName(), widget.objectName()
    for logo in window.welcome._logos:
        assert logo.accessibleName().endswith("logo")
    assert window.status_line.accessibleName()


def test_languages_are_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    english, spanish = window.welcome.language_button("en"), window.welcome.language_button("es")
    english.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(english.hasFocus, timeout=2000)
    QTest.keyClick(english, Qt.Key.Key_Tab)
    qtbot.waitUntil(spanish.hasFocus, timeout=2000)
    QTest.keyClick(spanish, Qt.Key.Key_Space)
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: window.welcome.title_text() == "Bienvenidos", timeout=2000)


def test_switching_to_spanish_changes_the_text(qtbot: QtBot, window: MainWindow) -> None:
    _choose(qtbot, window, "es")
    qtbot.waitUntil(lambda: window.welcome.title_text() == "Bienvenidos", timeout=2000)
    assert window.welcome.language_button("es").isChecked()
    assert not window.welcome.language_button("en").isChecked()
    assert window.windowTitle().startswith("Quiosco CRC")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_to_arabic_turns_the_layout_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    _choose(qtbot, window, "ar")
    qtbot.waitUntil(lambda: window.welcome.title_text() == "مرحبًا بكم", timeout=2000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The first language button now sits at the right edge.
    first = window.welcome.language_button("en")
    assert first.mapTo(window, first.rect().center()).x() > window.width() // 2

    _choose(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.welcome.title_text() == "Welcome", timeout=2000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_farsi_is_right_to_left_too(qtbot: QtBot, window: MainWindow) -> None:
    _choose(qtbot, window, "fa")
    qtbot.waitUntil(lambda: window.welcome.title_text() == "خوش آمدید", timeout=2000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_every_site_language_has_a_translated_welcome(qtbot: QtBot, window: MainWindow, station: Station) -> None:
    titles = set()
    for locale in station.config.site.locales:
        _choose(qtbot, window, locale)
        titles.add(window.welcome.title_text())
    assert len(titles) == len(station.config.site.locales)


def test_the_waiting_screen_shows_no_focus_ring_until_tab_is_pressed(qtbot: QtBot, window: MainWindow) -> None:
    """A visitor walking up must not see "Larger text" ringed as if chosen; a keyboard user's Tab still works."""
    window.activateWindow()
    window.welcome.larger_text_button.setFocus(Qt.FocusReason.TabFocusReason)  # the last visitor's Tab
    qtbot.waitUntil(window.welcome.larger_text_button.hasFocus, timeout=2000)
    window.flow.reset()  # how the screen waits for the next visitor (the idle wipe, "Done")
    qtbot.waitUntil(window.welcome.hasFocus, timeout=2000)
    QTest.keyClick(window.welcome, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QAbstractButton) and focused.isVisible()
