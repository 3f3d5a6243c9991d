"""Every widget of every kiosk screen, in English and Arabic: named, reachable with Tab, a visible
focus, touch targets of 64 px and more, body text of 24 px and more; and the larger-text toggle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.station import Station
from ui.app import MainWindow
from ui.languages import NATIVE_NAMES
from ui.screens import demo_staging
from ui.theme import KIOSK_THEME, LARGER_TEXT_SCALE
from ui.translations import LanguageSwitcher

MIN_TARGET_PX = 64
MIN_TEXT_PX = 24
# Every screenshot's state, plus the registration form with a plan chosen (member ID and consent shown).
SCREENS = (*demo_staging.SHOTS, "register-plan")
# Names that are the same in every language: each language's own name, the keys' letters, plan brands.
SAME_IN_EVERY_LANGUAGE = set(NATIVE_NAMES.values())


def _settle() -> None:
    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _stage(window: MainWindow, station: Station, screen: str, locale: str) -> None:
    shot = "register" if screen == "register-plan" else screen
    demo_staging.stage(window.flow, window.countdown, shot, station.config, locale)
    if screen == "register-plan":
        window.flow.register.choose_plan("lacare")
    if screen == "idle":
        window.countdown.start()
    _settle()


def _shown(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def _focusable(window: MainWindow) -> list[QWidget]:
    return [w for w in _shown(window)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]


def _px(widget: QWidget) -> float:
    """The text's size in pixels, whether the stylesheet gave pixels or points."""
    font = widget.font()
    return font.pixelSize() if font.pixelSize() > 0 else QFontInfo(font).pixelSize()


def _tab_walk(window: MainWindow, start: QWidget) -> dict[QWidget, tuple[QImage, QImage]]:
    """Focus ``start``, then press Tab until focus comes back round. Every widget it visited, in order,
    with a picture of it focused and one just after focus left it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    visited: dict[QWidget, tuple[QImage, QImage]] = {}
    focused_image: dict[QWidget, QImage] = {}
    previous: QWidget | None = None
    for _ in range(4 * len(_focusable(window)) + 8):
        current = QApplication.focusWidget()
        assert current is not None
        if previous is not None:
            visited[previous] = (focused_image[previous], _image(previous))
        if current in focused_image:
            break
        focused_image[current] = _image(current)
        previous = current
        QTest.keyClick(current, Qt.Key.Key_Tab)
        _settle()
    return visited


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.fixture
def english_names(qtbot: QtBot, window: MainWindow, station: Station) -> dict[tuple[str, str], str]:
    """Each focusable control's accessible name in English, per screen (to compare other languages with)."""
    names: dict[tuple[str, str], str] = {}
    for screen in SCREENS:
        _stage(window, station, screen, "en")
        for widget in _focusable(window):
            names[(screen, widget.objectName())] = widget.accessibleName()
    return names


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_every_screen_is_named_reachable_focus_visible_and_large(
        qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher, station: Station,
        english_names: dict[tuple[str, str], str], locale: str) -> None:
    window.activateWindow()
    switcher.set_locale(locale)
    _settle()
    for screen in SCREENS:
        _stage(window, station, screen, locale)
        focusable = _focusable(window)
        assert len(focusable) >= 2, screen

        # A name for a screen reader, in the visitor's language.
        untranslated = []
        for widget in focusable:
            name = widget.accessibleName()
            assert name.strip(), (screen, widget.objectName(), type(widget).__name__)
            english = english_names.get((screen, widget.objectName()))
            if locale != "en" and english is not None and english not in SAME_IN_EVERY_LANGUAGE and name == english:
                untranslated.append((widget.objectName(), name))
        assert not untranslated, (screen, untranslated)

        # Reachable with Tab alone, and the focus is seen: each control looks different focused.
        start = next(w for w in focusable if isinstance(w, QAbstractButton))
        visited = _tab_walk(window, start)
        missing = [w.objectName() or type(w).__name__ for w in focusable if w not in visited]
        assert not missing, (screen, missing)
        for widget, (focused, unfocused) in visited.items():
            assert focused != unfocused, (screen, widget.objectName(), "no visible focus")

        # Touch targets and type on the kiosk.
        for widget in _shown(window):
            if isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
                assert widget.width() >= MIN_TARGET_PX and widget.height() >= MIN_TARGET_PX, (
                    screen, widget.objectName(), widget.size())
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
                text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
                if text:
                    assert _px(widget) >= MIN_TEXT_PX, (screen, widget.objectName(), _px(widget))
        window.setFocus()


def test_the_focus_check_can_fail(qtbot: QtBot, window: MainWindow) -> None:
    """Without a focus rule, a focused button looks the same as an unfocused one: the grab tells."""
    button = window.welcome.no_card_button
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = app.styleSheet()
    try:
        app.setStyleSheet(sheet.replace("QPushButton:focus", "QPushButton:hover"))
        window.activateWindow()
        window.welcome.type_id_button.setFocus()
        _settle()
        before = _image(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        _settle()
        assert button.hasFocus() and _image(button) == before
    finally:
        app.setStyleSheet(sheet)


def _label_px(window: MainWindow) -> float:
    return _px(window.welcome._prompt)


def test_larger_text_scales_every_screen_is_kept_through_the_visit_and_wiped_for_the_next(
        qtbot: QtBot, window: MainWindow, station: Station) -> None:
    welcome = window.welcome
    toggle = welcome.larger_text_button
    assert toggle.isVisible() and "Larger text" in toggle.text() and toggle.accessibleName() == "Larger text"
    normal_prompt = _label_px(window)
    normal_button = _px(welcome.type_id_button)
    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    _settle()
    assert toggle.isChecked() and welcome.larger_text
    assert _label_px(window) == round(normal_prompt * LARGER_TEXT_SCALE)
    assert _px(welcome.type_id_button) == round(normal_button * LARGER_TEXT_SCALE)

    # Kept on the next screens of the same visit.
    QTest.mouseClick(welcome.type_id_button, Qt.MouseButton.LeftButton)
    _settle()
    assert window.current_screen() == "typed-id"
    assert _px(window.flow.typed_id.continue_button) == round(KIOSK_THEME.button_px * LARGER_TEXT_SCALE)

    # The wipe for the next visitor turns it off again.
    window.flow.reset()
    _settle()
    assert window.current_screen() == "welcome"
    assert not toggle.isChecked()
    assert _label_px(window) == normal_prompt
    assert _px(window.flow.typed_id.continue_button) == KIOSK_THEME.button_px


def test_larger_text_survives_a_language_change(qtbot: QtBot, window: MainWindow) -> None:
    window.welcome.set_larger_text(True)
    QTest.mouseClick(window.welcome.language_button("es"), Qt.MouseButton.LeftButton)
    _settle()
    assert window.welcome.larger_text
    assert _px(window.welcome.type_id_button) == round(KIOSK_THEME.button_px * LARGER_TEXT_SCALE)
    assert window.welcome.larger_text_button.accessibleName() not in ("", "Larger text")  # in Spanish now
