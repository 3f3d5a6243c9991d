"""The application: QApplication, the main window, theming, translations.

``run_app`` is what ``crc-kiosk run`` and ``demo`` call; ``render_screenshots``
is what ``crc-kiosk screenshots`` calls. Both take an opened ``Station``
and leave closing it to the caller.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import SUPPORTED_LOCALES, StationMode
from kiosk.services import idle_tick
from kiosk.station import Station
from ui.camera import Camera, frame_to_image, still_frame
from ui.qt_health import warn_if_unsafe
from ui.screens.welcome import WelcomeScreen
from ui.theme import Theme, stylesheet, theme_for
from ui.translations import LanguageSwitcher, compile_translations
from ui.wedge_filter import WedgeFilter, wedge_config
from ui.widgets.status_bar import DEFAULT_INTERVAL_MS, StatusFetcher, StatusLine
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

APP_NAME = "CRC Kiosk"
WINDOWED_SIZE = (1280, 800)
FIRST_STATUS_TIMEOUT_MS = 15_000


def station_status_fetcher(station: Station) -> StatusFetcher:
    """The core's idle upkeep and status query, bound to this station (run on the bridge's lane)."""
    return functools.partial(idle_tick, station)


class MainWindow(QMainWindow):
    """One window per station: the current screen above the status line.

    Scans from the camera and from a keyboard-wedge scanner both arrive as
    ``payload_received(payload, source)``, source "camera" or "scanner".
    ``camera`` and ``wedge`` default to ones made from the station's
    configuration; the camera only runs after ``start_camera()``.
    """

    payload_received = Signal(str, str)

    def __init__(self, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                 status_fetcher: StatusFetcher | None = None,
                 status_interval_ms: int = DEFAULT_INTERVAL_MS,
                 camera: Camera | None = None,
                 wedge: WedgeFilter | None = None) -> None:
        super().__init__()
        _enable_keyboard_navigation()
        self._station = station
        self._switcher = switcher
        self.theme: Theme = theme_for(station.config.station.mode)

        central = QWidget(self)
        central.setObjectName("Page")
        self._stack = QStackedWidget(central)
        self.welcome = WelcomeScreen(station.config, self.theme, self._stack)
        self._screens: dict[str, QWidget] = {"welcome": self.welcome}
        for screen in self._screens.values():
            self._stack.addWidget(screen)
        self.status_line = StatusLine(
            bridge, status_fetcher or station_status_fetcher(station), interval_ms=status_interval_ms, parent=central
        )
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._stack, 1)
        column.addWidget(self.status_line)
        self.setCentralWidget(central)

        kiosk = station.config.station.mode is StationMode.KIOSK
        if camera is None:
            # Only a kiosk has a camera; the other stations scan with the wedge scanner.
            camera = Camera.from_config(station.config, parent=self) if kiosk else Camera(None, parent=self)
        self.camera = camera
        self.welcome.camera_view.attach(self.camera)
        self.camera.payload_confirmed.connect(self._on_camera_payload)
        self.wedge = wedge if wedge is not None else WedgeFilter(wedge_config(station.config), parent=self)
        self.wedge.payload_scanned.connect(self._on_scanner_payload)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.wedge.install(app)

        self.welcome.language_chosen.connect(switcher.set_locale)
        switcher.locale_changed.connect(self._on_locale_changed)
        # Every window starts in the site's default language (and direction).
        switcher.set_locale(station.config.site.default_locale)
        self._retranslate()

    def screen_names(self) -> list[str]:
        return list(self._screens)

    def show_screen(self, name: str) -> None:
        self._stack.setCurrentWidget(self._screens[name])

    def current_screen(self) -> str:
        current = self._stack.currentWidget()
        return next(name for name, widget in self._screens.items() if widget is current)

    def start_camera(self) -> None:
        """Start the camera on a kiosk (other stations have a scanner); stopped on close."""
        if self._station.config.station.mode is StationMode.KIOSK:
            self.camera.start()

    def _on_camera_payload(self, payload: str) -> None:
        self._on_payload(payload, "camera")

    def _on_scanner_payload(self, payload: str) -> None:
        self._on_payload(payload, "scanner")

    def _on_payload(self, payload: str, source: str) -> None:
        # The payload is someone's ID: the log gets its source only, the screen nothing of it.
        log.info("payload received from the %s", source)
        self.payload_received.emit(payload, source)

    def _on_locale_changed(self, locale: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Fonts come with the stylesheet, so it is rebuilt for each language.
            app.setStyleSheet(stylesheet(self.theme, locale, self._station.config.site.locales))
        self.welcome.set_locale(locale)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status_line.stop()
        self.camera.stop()
        self.wedge.uninstall()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRC Kiosk: %1").replace("%1", self._station.config.site.name))


def _enable_keyboard_navigation() -> None:
    """Tab moves through every control, not only text fields (some platforms' default)."""
    QGuiApplication.styleHints().setTabFocusBehavior(Qt.TabFocusBehavior.TabFocusAllControls)


def ensure_application(*, headless_fallback: bool = False) -> QApplication:
    """The process's QApplication, created on first use.

    ``headless_fallback``: on Linux with no display at all, use Qt's offscreen
    platform (screenshots on a server); the interactive app never does.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise RuntimeError("a non-GUI QCoreApplication already exists in this process")
        return existing
    if (headless_fallback and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0] if sys.argv else "crc-kiosk"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    warn_if_unsafe()
    return app


def _settle(app: QApplication) -> None:
    """Deliver posted events (language change, re-polish, layout) before a grab."""
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def wait_for_first_status(status_line: StatusLine, timeout_ms: int = FIRST_STATUS_TIMEOUT_MS) -> bool:
    """Run the event loop until the status line has its first answer (or time runs out)."""
    if status_line.has_result:
        return True
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    status_line.refreshed.connect(loop.quit)
    status_line.failed.connect(loop.quit)
    try:
        status_line.refresh()
        timer.start(timeout_ms)
        if not status_line.has_result:
            loop.exec()
    finally:
        status_line.refreshed.disconnect(loop.quit)
        status_line.failed.disconnect(loop.quit)
    return status_line.has_result


def run_app(station: Station, *, fullscreen: bool = False) -> int:
    """Show the station's window and run the event loop; returns the exit code."""
    app = ensure_application()
    compile_translations()
    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    window = MainWindow(station, bridge, switcher)
    if fullscreen:
        # Cover the screen even where no window manager honours "full screen".
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    else:
        window.resize(*WINDOWED_SIZE)
        window.show()
    window.status_line.start()
    window.start_camera()
    try:
        return app.exec()
    finally:
        window.status_line.stop()
        window.camera.stop()
        bridge.shutdown()  # let a queued write finish before the process ends
        window.deleteLater()


def render_screenshots(station: Station, out_dir: Path, locales: list[str],
                       size: tuple[int, int]) -> list[Path]:
    """Render every screen of the station's mode in each locale to ``{mode}-{screen}-{locale}.png``.

    Works without a display (offscreen platform) and never shows a window.
    Each grab waits for the status line's first answer, so it shows real numbers.
    """
    unknown = [loc for loc in locales if loc not in SUPPORTED_LOCALES]
    if unknown:
        raise ValueError(f"unsupported locale(s) {', '.join(unknown)}; expected among {', '.join(SUPPORTED_LOCALES)}")
    width, height = size
    if width < 320 or height < 320:
        raise ValueError(f"screenshot size {width}x{height} is too small; at least 320x320")
    app = ensure_application(headless_fallback=True)
    compile_translations()
    out_dir.mkdir(parents=True, exist_ok=True)

    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    previous_locale = switcher.locale
    window = MainWindow(station, bridge, switcher)
    # Never a real camera here: a made-up still, so every run draws the same picture.
    window.welcome.camera_view.show_still(frame_to_image(still_frame()))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(width, height)
    window.show()
    mode = station.config.station.mode.value
    written: list[Path] = []
    try:
        if not wait_for_first_status(window.status_line):
            log.warning("the status line had no answer in time; screenshots show it still checking")
        for locale in locales:
            switcher.set_locale(locale)
            for name in window.screen_names():
                window.show_screen(name)
                window.resize(width, height)
                _settle(app)
                focused = app.focusWidget()
                if focused is not None:
                    focused.clearFocus()  # no stray focus ring in a picture
                _settle(app)
                image = window.grab().toImage()
                if (image.width(), image.height()) != (width, height):
                    # A high-DPI desktop grabs at device pixels: give back the size asked for.
                    image = image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
                target = out_dir / f"{mode}-{name}-{locale}.png"
                if not image.save(str(target)):  # PNG, from the suffix
                    raise OSError(f"cannot write {target}")
                written.append(target)
    finally:
        window.close()
        bridge.shutdown()
        switcher.set_locale(previous_locale)
        window.deleteLater()
        switcher.deleteLater()
        _settle(app)
    return written
