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
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLoggingCategory, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import SUPPORTED_LOCALES, StationMode
from kiosk.errors import KioskError
from kiosk.services import idle_tick
from kiosk.station import Station
from ui.camera import Camera, frame_to_image, still_frame
from ui.errors import VisitorMessage
from ui.first_paint import after_first_paint, install_probe
from ui.qt_health import warn_if_unsafe
from ui.screens import demo_staging
from ui.screens.base import KioskScreen
from ui.screens.children import ChildrenScreen
from ui.screens.choose import ChooseScreen
from ui.screens.confirmation import ConfirmationScreen
from ui.screens.flow import KioskFlow
from ui.screens.lane import verify_staff_pin
from ui.screens.message import Action, MessageScreen
from ui.screens.register import RegisterScreen
from ui.screens.staff_pin import StaffPinScreen
from ui.screens.typed_id import TypedIdScreen
from ui.screens.welcome import WelcomeScreen
from ui.theme import Theme, fit_factor, stylesheet, theme_for
from ui.translations import LanguageSwitcher, compile_translations
from ui.wedge_filter import WedgeFilter, wedge_config
from ui.widgets.idle import Countdown, IdleWatch
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.status_bar import DEFAULT_INTERVAL_MS, StatusFetcher, StatusLine
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

APP_NAME = "CRC Kiosk"
WINDOWED_SIZE = (1280, 800)
FIRST_STATUS_TIMEOUT_MS = 15_000
STAFF_SHORTCUT = "Ctrl+Shift+S"
# The touch-only way in for staff: hold a finger on the top-left corner for a few seconds.
STAFF_CORNER_PX = 96
STAFF_HOLD_MS = 3000
# Keys that would close or leave a locked-down kiosk.
_CLOSE_KEYS = (
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
)


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
                 wedge: WedgeFilter | None = None,
                 lockdown: bool = False,
                 size: tuple[int, int] | None = None) -> None:
        super().__init__()
        _enable_keyboard_navigation()
        self._station = station
        self._switcher = switcher
        self._bridge = bridge
        self.theme: Theme = theme_for(station.config.station.mode)
        # fit_factor of the window's size: a smaller panel gets smaller fonts. ``size``, the size the window will
        # be shown at, sets it before the first stylesheet (one restyle costs ~0.2 s of start-up); resizeEvent
        # follows any later change.
        self._fit = fit_factor(*size) if size is not None else 1.0
        self.locked = lockdown
        self._leaving = False

        central = QWidget(self)
        central.setObjectName("Page")
        self._stack = QStackedWidget(central)
        config = station.config
        self.welcome = WelcomeScreen(config, self.theme, self._stack)
        self.staff_pin = StaffPinScreen(self.theme, self._stack)
        self._screens: dict[str, KioskScreen | WelcomeScreen] = {
            "welcome": self.welcome,
            "typed-id": TypedIdScreen(self.theme, self._stack),
            "register": RegisterScreen(config, self.theme, self._stack),
            "choose": ChooseScreen(config, self.theme, self._stack),
            "children": ChildrenScreen(self.theme, self._stack),
            "confirmation": ConfirmationScreen(self.theme, self._stack),
            "message": MessageScreen(self.theme, self._stack),
            "staff-pin": self.staff_pin,
        }
        for screen in self._screens.values():
            self._stack.addWidget(screen)
        self.flow = KioskFlow(station, bridge, switcher, self._stack, self._screens, parent=self)
        self.payload_received.connect(self.flow.on_payload)
        self.status_line = StatusLine(
            bridge, status_fetcher or station_status_fetcher(station), interval_ms=status_interval_ms, parent=central
        )
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._stack, 1)
        column.addWidget(self.status_line)
        self.setCentralWidget(central)
        self._central = central

        # Idle: a countdown over whatever is on screen, then the wipe.
        self.countdown = Countdown(self.theme, central)
        self.idle_watch = IdleWatch(int(config.rules.idle_timeout.total_seconds() * 1000), parent=self)
        self.idle_watch.idle.connect(self._on_idle)
        self.countdown.expired.connect(self._on_countdown_expired)
        self.countdown.still_here.connect(self.idle_watch.arm)
        self.flow.screen_changed.connect(self._on_screen_changed)

        # Staff: a hidden shortcut opens the PIN pad (leaving kiosk mode needs a staff PIN).
        self._staff_shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), self)
        self._staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._staff_shortcut.activated.connect(self.open_staff_pin)
        self._corner_hold = QTimer(self)
        self._corner_hold.setSingleShot(True)
        self._corner_hold.setInterval(STAFF_HOLD_MS)
        self._corner_hold.timeout.connect(self.open_staff_pin)
        self.staff_pin.pin_entered.connect(self._check_staff_pin)
        self.staff_pin.cancelled.connect(self.flow.reset)

        kiosk = station.config.station.mode is StationMode.KIOSK
        if camera is None:
            # Only a kiosk has a camera; the other stations scan with the wedge scanner.
            camera = Camera.from_config(station.config, parent=self) if kiosk else Camera(None, parent=self)
        self.camera = camera
        self.welcome.camera_view.attach(self.camera)
        self.camera.payload_confirmed.connect(self._on_camera_payload)
        self.camera.payload_sighted.connect(self.flow.prepare_for_payload)
        self.camera.state_changed.connect(self.welcome.set_camera_state)
        self.welcome.set_camera_state(self.camera.state)
        self.wedge = wedge if wedge is not None else WedgeFilter(wedge_config(station.config), parent=self)
        self.wedge.payload_scanned.connect(self._on_scanner_payload)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.wedge.install(app)
            app.installEventFilter(self.idle_watch)
            if lockdown:
                app.installEventFilter(self)

        if self._fit != 1.0:
            self._fit_screens()
        self.welcome.language_chosen.connect(switcher.set_locale)
        switcher.locale_changed.connect(self._on_locale_changed)
        self.welcome.larger_text_changed.connect(lambda _on: self._restyle(self._switcher.locale))
        # Every window starts in the site's default language (and direction).
        switcher.set_locale(station.config.site.default_locale)
        self._retranslate()
        self.idle_watch.arm()

    def screen_names(self) -> list[str]:
        return list(self._screens)

    def screen_widget(self, name: str) -> QWidget:
        return self._screens[name]

    def show_screen(self, name: str) -> None:
        self.flow.show(name)

    def current_screen(self) -> str:
        return self.flow.current()

    # -- idle -------------------------------------------------------------

    def _on_screen_changed(self, _name: str) -> None:
        self.countdown.stop()
        self.idle_watch.arm()

    def _on_idle(self) -> None:
        if self.flow.at_rest:
            self.idle_watch.arm()  # nothing to wipe: no countdown on an empty welcome screen
            return
        self.countdown.start()

    def _on_countdown_expired(self) -> None:
        self.flow.reset()
        self.idle_watch.arm()

    def _fit_screens(self) -> None:
        """What the stylesheet does not size: the welcome screen's logos and gaps, the on-screen keys."""
        self.welcome.fit(self._fit)
        for keyboard in self.findChildren(OnScreenKeyboard):
            keyboard.fit(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit = fit_factor(event.size().width(), event.size().height())
        if fit != self._fit:
            self._fit = fit
            self._fit_screens()
            self._restyle(self._switcher.locale)
        if self.countdown.isVisible():
            self.countdown.start()  # re-centre

    # -- lockdown and staff ------------------------------------------------

    def open_staff_pin(self) -> None:
        self.staff_pin.reset()
        self.flow.show("staff-pin")
        self.staff_pin.enter()

    def _check_staff_pin(self, pin: str) -> None:
        self._bridge.submit(verify_staff_pin, self._station, pin,
                            on_done=self._on_staff_verified, on_error=self._on_staff_error)

    def _on_staff_verified(self, ok: object) -> None:
        if ok is True:
            self.leave_kiosk_mode()
        else:
            self.staff_pin.show_error(self.tr("That PIN is not right. Try again."))

    def _on_staff_error(self, error: KioskError) -> None:
        if error.code == "staff_locked_out":
            self.staff_pin.show_error(self.tr("Too many tries. Please wait, then try again."))
            return

        def words() -> VisitorMessage:
            return VisitorMessage(self.tr("Staff sign-in is not available"),
                                  self.tr("Please call IT to leave kiosk mode."))
        self.flow.message.show_message(words, (Action.DONE,))
        self.flow.show("message")

    def leave_kiosk_mode(self) -> None:
        """A staff member unlocked the kiosk: the app may close now."""
        self.locked = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
        self._leaving = True
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.locked and isinstance(event, QMouseEvent) and watched is self.windowHandle():
            self._watch_corner(event)
        # Locked down: the close shortcuts never reach a widget or the window system's default.
        if self.locked and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and isinstance(event, QKeyEvent) and _is_close_key(event):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _watch_corner(self, event: QMouseEvent) -> None:
        """A long press on the top-left corner (top-right in right-to-left) opens the staff PIN pad."""
        if event.type() == QEvent.Type.MouseButtonPress:
            at = event.position()
            x = at.x() if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else self.width() - at.x()
            if x <= STAFF_CORNER_PX and at.y() <= STAFF_CORNER_PX:
                self._corner_hold.start()
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._corner_hold.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and _is_close_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

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
        self._restyle(locale)
        self.welcome.set_locale(locale)
        self.flow.set_locale(locale)

    def _restyle(self, locale: str) -> None:
        """Fonts come with the stylesheet, so it is rebuilt for each language and text size."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            fitted = self.theme.scaled(self._fit)
            theme = fitted.larger() if self.welcome.larger_text else fitted
            app.setStyleSheet(stylesheet(theme, locale, self._station.config.site.locales))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()  # a locked-down kiosk closes only after a staff PIN
            return
        self.status_line.stop()
        self.idle_watch.disarm()
        self.countdown.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self.idle_watch)
            app.removeEventFilter(self)
        self.camera.stop()
        self.wedge.uninstall()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRC Kiosk: %1").replace("%1", self._station.config.site.name))


def _is_close_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return any(event.key() == key and mods == wanted for key, wanted in _CLOSE_KEYS)


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
    # Qt's font fallback logs (as info, shown by default) each font it tries and rejects for a script: Khmer on
    # the language buttons. The next font on the list draws it (tests/ui/test_theme.py renders every language).
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
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


def run_app(station: Station, *, fullscreen: bool = False, after_shown: Callable[[], None] | None = None) -> int:
    """Show the station's window and run the event loop; returns the exit code.

    The camera, and ``after_shown`` (the caller's slow starts, e.g. the sync
    worker), start once the welcome screen is painted and the loop is idle.
    """
    app = ensure_application()
    compile_translations()
    if station.config.station.mode is not StationMode.KIOSK:
        # A staff station (front desk, child care): its own window, never locked down.
        from ui.desk.run import run_staff_app

        return run_staff_app(app, station, after_shown=after_shown)
    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    primary = app.primaryScreen() if fullscreen else None
    size = (primary.geometry().width(), primary.geometry().height()) if primary is not None else WINDOWED_SIZE
    window = MainWindow(station, bridge, switcher, lockdown=fullscreen, size=size)
    install_probe(window.welcome)  # the start-up benchmark's probe; off by default
    if fullscreen:
        # Locked down: no title bar or window controls; cover the screen even
        # where no window manager honours "full screen".
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    else:
        window.resize(*WINDOWED_SIZE)
        window.show()
    window.welcome.rest_focus()  # before the window is activated: Qt would focus the first button
    window.status_line.start()
    after_first_paint(window.welcome, window.start_camera)  # OpenCV loads off the first paint
    if after_shown is not None:
        after_first_paint(window.welcome, after_shown)
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
    if station.config.station.mode is not StationMode.KIOSK:
        from ui.desk.run import render_staff_screenshots

        return render_staff_screenshots(app, station, out_dir, locales, size)

    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    previous_locale = switcher.locale
    window = MainWindow(station, bridge, switcher)
    # Never a real camera here: a made-up still, so every run draws the same picture.
    window.welcome.camera_view.show_still(frame_to_image(still_frame()))
    window.idle_watch.disarm()  # a long run must not wipe a screen mid-picture
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
            # Then the welcome and the choice again with the visitor's "Larger text" on.
            for name in (*demo_staging.SHOTS, "welcome-large", "choose-large"):
                window.welcome.set_larger_text(name.endswith("-large"))
                demo_staging.stage(window.flow, window.countdown, name.removesuffix("-large"), station.config, locale)
                window.resize(width, height)
                if name == "idle":
                    window.countdown.start()
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
                window.countdown.stop()
                target = out_dir / f"{mode}-{name}-{locale}.png"
                if not image.save(str(target)):  # PNG, from the suffix
                    raise OSError(f"cannot write {target}")
                written.append(target)
    finally:
        window.flow.reset()
        window.close()
        bridge.shutdown()
        switcher.set_locale(previous_locale)
        window.deleteLater()
        switcher.deleteLater()
        _settle(app)
    return written
