"""Every kiosk screen, in both orientations, several scripts and both text sizes: no clipped text,
nothing past the window's edge, no empty band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.station import Station
from ui.app import MainWindow
from ui.screens import demo_staging
from ui.screens.register import RegisterScreen
from ui.theme import MIN_KEY_PX, MIN_TOUCH_PX
from ui.translations import LanguageSwitcher
from ui.widgets.keyboard import KEY_PX

SIZES = [(1920, 1080), (1080, 1920)]
# A smaller lobby panel: fonts, keys and gaps shrink to fit (ui/theme.py fit_factor). The smallest sold is
# checked; 1280x1024 (fit 0.65) has more room for its fit than 1024x768 (0.5) in both directions.
SMALL_SIZES = [(1024, 768)]


def _settle(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: window.centralWidget().width() == size[0], timeout=3000)
    QApplication.processEvents()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("larger", [False, True], ids=["normal-text", "larger-text"])
@pytest.mark.parametrize(("size", "locale"), [
    *(pytest.param(size, locale, id=f"{size[0]}x{size[1]}-{locale}")
      for size, locales in [(s, ("en", "es", "ar", "km")) for s in SIZES]
      + [(s, ("es", "ar", "km")) for s in SMALL_SIZES]  # the longest words, right to left, Khmer
      for locale in locales),
])
def test_no_text_is_clipped(qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher,
                            station: Station, size: tuple[int, int], locale: str, larger: bool) -> None:
    switcher.set_locale(locale)
    _settle(qtbot, window, size)
    window.welcome.set_larger_text(larger)  # on a kiosk already standing the way it stands
    for shot in demo_staging.SHOTS:
        demo_staging.stage(window.flow, window.countdown, shot, station.config, locale)
        if shot == "idle":
            window.countdown.start()
        _settle(qtbot, window, size)
        assert window.size().toTuple() == size, (shot, window.size())  # no page holds the window open
        central = window.centralWidget()
        for button in window.findChildren(QPushButton):
            if not button.isVisible() or not button.text():
                continue
            metrics = QFontMetrics(button.font())
            widest = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
            assert widest + 16 <= button.width(), (shot, button.objectName(), button.text(), button.width())
            tallest = metrics.height() * len(button.text().split("\n"))
            assert tallest <= button.height(), (shot, button.objectName(), button.text(), button.height())
            smallest = MIN_KEY_PX if button.objectName() == "Key" else MIN_TOUCH_PX  # a fingertip, on any panel
            assert button.height() >= smallest, (shot, button.objectName())
        for label in window.findChildren(QLabel):
            if not label.isVisible() or not label.text() or not label.pixmap().isNull():  # text only
                continue
            needed = (label.heightForWidth(label.width()) if label.wordWrap()
                      else QFontMetrics(label.font()).height())
            assert needed <= label.height() + 1, (shot, label.objectName(), label.text()[:40], needed, label.height())
        # Nothing pushed past the window's edge (what a scroll area holds may scroll, the area itself may not).
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not window or _in_scroll_area(widget):
                continue
            box = QRect(widget.mapTo(central, widget.rect().topLeft()), widget.size())
            assert central.rect().contains(box), (shot, widget.objectName(), type(widget).__name__, box)


def test_portrait_welcome_has_no_empty_band_above_the_camera(
        qtbot: QtBot, window: MainWindow) -> None:
    _settle(qtbot, window, (1080, 1920))
    welcome = window.welcome
    title = welcome._title
    title_bottom = title.mapTo(welcome, title.rect().bottomLeft()).y()
    camera = welcome.camera_view
    camera_box = QRect(camera.mapTo(welcome, camera.rect().topLeft()), camera.size())
    assert 0 < camera_box.top() - title_bottom <= 64


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_every_service_is_in_view_in_landscape_without_scrolling(
        qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher, station: Station, locale: str) -> None:
    switcher.set_locale(locale)
    demo_staging.stage(window.flow, window.countdown, "choose", station.config, locale)
    _settle(qtbot, window, (1920, 1080))
    choose = window.flow.choose
    viewport = choose._scroll.viewport()
    for service in station.config.services:
        if service.kind.value == "class":
            continue
        button = choose.service_button(service.code)
        box = QRect(button.mapTo(viewport, button.rect().topLeft()), button.size())
        assert viewport.rect().contains(box), (locale, service.code)


def test_a_smaller_panel_gets_smaller_fonts_and_keys_and_a_larger_one_gets_them_back(
        qtbot: QtBot, window: MainWindow) -> None:
    title = window.welcome.findChild(QLabel, "WelcomeTitle")
    assert title is not None
    register = window.findChild(RegisterScreen)
    assert register is not None
    key = register.keyboard.key("A")
    _settle(qtbot, window, (1920, 1080))
    design = (title.font().pixelSize(), key.minimumHeight())
    assert design == (window.theme.display_px, KEY_PX)
    _settle(qtbot, window, (1024, 768))  # fit 0.5
    assert title.font().pixelSize() == round(window.theme.display_px * 0.5)
    assert key.minimumHeight() == MIN_KEY_PX
    assert window.welcome.camera_view.text_px == round(window.theme.heading_px * 0.5)  # "No camera: ..."
    _settle(qtbot, window, (1280, 1024))  # fit 0.65
    assert title.font().pixelSize() == round(window.theme.display_px * 0.65)
    _settle(qtbot, window, (1920, 1080))
    assert (title.font().pixelSize(), key.minimumHeight()) == design
    assert window.welcome.camera_view.text_px == window.theme.heading_px
