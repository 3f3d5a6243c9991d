"""Every kiosk screen, in both orientations and several scripts: no clipped button text, no empty band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.station import Station
from ui.app import MainWindow
from ui.screens import demo_staging
from ui.translations import LanguageSwitcher

SIZES = [(1920, 1080), (1080, 1920)]


def _settle(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: window.centralWidget().width() == size[0], timeout=3000)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("locale", ["en", "es", "ar", "km"])
def test_no_button_text_is_clipped(qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher,
                                   station: Station, size: tuple[int, int], locale: str) -> None:
    switcher.set_locale(locale)
    for shot in demo_staging.SHOTS:
        demo_staging.stage(window.flow, window.countdown, shot, station.config, locale)
        _settle(qtbot, window, size)
        for button in window.findChildren(QPushButton):
            if not button.isVisible() or not button.text():
                continue
            metrics = QFontMetrics(button.font())
            widest = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
            assert widest + 16 <= button.width(), (shot, button.objectName(), button.text(), button.width())
            assert button.height() >= 64, (shot, button.objectName())


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
