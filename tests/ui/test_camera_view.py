"""The camera on screen: the preview widget, its place on the welcome screen, and the window's wiring."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_camera import MEMBER_ID, FakeDevice  # tests/ui is on sys.path (pytest's prepend import mode)
from test_theme import contrast
from test_wedge_filter import TestClock

from kiosk.station import Station
from ui import app as app_module
from ui.app import MainWindow, render_screenshots
from ui.camera import Camera, CameraState, frame_to_image, still_frame
from ui.theme import BACKGROUND, KIOSK_THEME
from ui.translations import LanguageSwitcher
from ui.wedge_filter import WedgeFilter
from ui.widgets.camera_view import CONFIRM, PANEL, PANEL_TEXT, CameraView
from ui.workers import CoreBridge


@pytest.fixture
def view(qtbot: QtBot) -> CameraView:
    made = CameraView(KIOSK_THEME.heading_px)
    qtbot.addWidget(made)
    made.resize(800, 600)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_each_state_says_what_to_do(view: CameraView) -> None:
    texts = {}
    for state in CameraState:
        view.set_state(state)
        texts[state] = view.overlay_text()
        assert view.accessibleDescription() == texts[state]
    assert texts[CameraState.LIVE] == ""
    assert texts[CameraState.STARTING] == "Camera starting…"
    assert texts[CameraState.NO_CAMERA] == "No camera: use the scanner or type your ID"
    assert texts[CameraState.LOST] == "Camera disconnected, reconnecting…"
    assert view.accessibleName()
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_picture_fits_with_its_aspect_kept(view: CameraView) -> None:
    view.show_still(frame_to_image(still_frame(640, 480)))
    assert view.state() == CameraState.LIVE and view.frames_shown == 1
    rect = view.picture_rect()
    assert rect.width() / rect.height() == pytest.approx(4 / 3, rel=0.01)
    assert rect.height() <= view.height() and rect.width() <= view.width()
    assert abs(rect.center().x() - view.width() / 2) < 1
    assert view.heightForWidth(816) == 616  # (816 - flash border) * 3/4 + flash border
    view.set_state(CameraState.NO_CAMERA)
    assert view.overlay_text()  # and the stale picture is gone
    assert view.picture_rect().width() / view.picture_rect().height() == pytest.approx(16 / 9, rel=0.01)


def test_a_confirmed_read_flashes_green_then_fades(qtbot: QtBot, view: CameraView) -> None:
    camera = Camera(None)
    view.attach(camera)
    assert view.state() == CameraState.NO_CAMERA
    camera.payload_confirmed.emit(MEMBER_ID)
    qtbot.waitUntil(lambda: view.flash_level() > 0.5, timeout=1000)
    image = view.grab().toImage()
    edge = image.pixelColor(view.width() // 2, round(view.picture_rect().top()) + 2)
    assert edge.green() > edge.red() and edge.green() > edge.blue()
    qtbot.waitUntil(lambda: view.flash_level() == 0, timeout=3000)
    camera.deleteLater()


def test_the_colours_read_well() -> None:
    assert contrast(PANEL_TEXT, PANEL) >= 4.5  # the messages
    assert contrast(CONFIRM, BACKGROUND) >= 3.0  # the flash, a non-text mark on the page
    assert contrast(CONFIRM, PANEL) >= 3.0  # ...and against the dark panel


def test_switching_language_translates_the_overlay(
        qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher) -> None:
    view = window.welcome.camera_view
    view.set_state(CameraState.NO_CAMERA)
    english = view.overlay_text()
    switcher.set_locale("es")
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: view.overlay_text() != english, timeout=2000)
    assert "cámara" in view.overlay_text().lower()


def _inside(rect: QRect, outer: QRect) -> bool:
    return outer.contains(rect)


@pytest.mark.parametrize(("size", "locale"), [((1920, 1080), "en"), ((1920, 1080), "ar"),
                                              ((1080, 1920), "en"), ((1080, 1920), "fa")])
def test_the_scan_area_fits_beside_or_above_the_languages(
        qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher, size: tuple[int, int], locale: str) -> None:
    switcher.set_locale(locale)
    window.resize(*size)
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: window.welcome.width() == size[0], timeout=2000)
    QApplication.processEvents()
    welcome = window.welcome
    view = welcome.camera_view
    page = welcome.rect()
    camera = QRect(view.mapTo(welcome, view.rect().topLeft()), view.size())
    assert _inside(camera, page)
    assert camera.width() >= 800  # a big target, either way round
    for button in welcome.findChildren(QAbstractButton):
        box = QRect(button.mapTo(welcome, button.rect().topLeft()), button.size())
        assert _inside(box, page), button.objectName()
        assert not box.intersects(camera), button.objectName()
        assert button.height() >= KIOSK_THEME.touch_px
    first = welcome.language_button("en")
    first_x = first.mapTo(welcome, first.rect().center()).x()
    if size[0] > size[1]:
        # Languages first in reading order; the camera on the other side.
        rtl = locale in ("ar", "fa")
        assert (camera.center().x() < first_x) == rtl
    else:
        assert camera.bottom() < first.mapTo(welcome, first.rect().topLeft()).y()


def _window(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher,
            camera: Camera | None = None, wedge: WedgeFilter | None = None) -> MainWindow:
    made = MainWindow(station, bridge, switcher, status_interval_ms=3_600_000, camera=camera, wedge=wedge)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_camera_and_scanner_payloads_reach_one_signal_and_only_their_source_is_logged(
        qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    clock = TestClock()
    window = _window(qtbot, station, bridge, switcher, wedge=WedgeFilter(clock=clock))
    received: list[tuple[str, str]] = []
    window.payload_received.connect(lambda payload, source: received.append((payload, source)))
    window.camera.payload_confirmed.emit(MEMBER_ID)
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    for char in "BSP200000003\r":  # fast as a scanner, whatever has focus
        clock.advance(5)
        QTest.keyClick(handle, Qt.Key.Key_Return if char == "\r" else char)
    clock.advance(1000)  # the burst ends when the scanner goes quiet
    qtbot.waitUntil(lambda: len(received) == 2, timeout=2000)
    assert received == [(MEMBER_ID, "camera"), ("BSP200000003", "scanner")]
    assert "from the camera" in caplog.text and "from the scanner" in caplog.text
    assert MEMBER_ID not in caplog.text and "BSP200000003" not in caplog.text
    # Nothing of a payload is on screen.
    shown = [label.text() for label in window.findChildren(QLabel)] + [window.windowTitle()]
    assert not any(MEMBER_ID in text or "BSP200000003" in text for text in shown)


def test_the_window_starts_the_kiosk_camera_and_stops_it_on_close(
        qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> None:
    device = FakeDevice()
    camera = Camera(0, capture_factory=device.open, decoder=_NoCodes())
    window = _window(qtbot, station, bridge, switcher, camera)
    assert not camera.running  # built, not started: tests and screenshots never open a camera
    window.start_camera()
    qtbot.waitUntil(lambda: window.welcome.camera_view.state() == CameraState.LIVE, timeout=3000)
    qtbot.waitUntil(lambda: window.welcome.camera_view.frames_shown > 3, timeout=3000)
    window.close()
    assert not camera.running
    camera.deleteLater()


class _NoCodes:
    def decode(self, _frame: object) -> list[object]:
        return []


def test_a_station_without_a_camera_says_so(
        qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> None:
    scanning = dataclasses.replace(station.config.scanning, camera=None)
    station.config = dataclasses.replace(station.config, scanning=scanning)
    window = _window(qtbot, station, bridge, switcher)
    window.start_camera()
    assert window.camera.state == CameraState.NO_CAMERA
    assert window.welcome.camera_view.overlay_text() == "No camera: use the scanner or type your ID"


@pytest.fixture
def no_real_camera(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    opened: list[str] = []

    def refuse(*_args: object, **_kwargs: object) -> None:
        opened.append("opened")
        raise AssertionError("screenshots must not open a camera")

    monkeypatch.setattr(Camera, "start", refuse)
    monkeypatch.setattr(app_module.Camera, "start", refuse)
    yield opened


def test_screenshots_show_a_still_and_never_open_a_camera(
        qapp: QApplication, station: Station, tmp_path: Path, no_real_camera: list[str],
        compiled_translations: Path) -> None:
    written = render_screenshots(station, tmp_path / "shots", ["en"], (1080, 1920))
    assert no_real_camera == []
    image = QImage(str(written[0]))
    assert (image.width(), image.height()) == (1080, 1920)
    # The still's white card sits in the middle of the scan area (the upper half in portrait).
    whites = sum(image.pixelColor(x, y).lightness() > 235
                 for x in range(300, 780, 10) for y in range(300, 1000, 10))
    assert whites > 50


def test_still_frames_are_deterministic() -> None:
    assert frame_to_image(still_frame(320, 180)) == frame_to_image(still_frame(320, 180))
