"""The child-care station's window: its flow above the status line; the USB scanner caught app-wide.

The room is the site's first child-care room (a second room gets its own station).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.services import idle_tick
from kiosk.station import Station
from ui.childcare.flow import ROSTER_REFRESH_MS, ChildCareFlow
from ui.desk.window import DESK_STYLE
from ui.theme import ERROR, SUCCESS, Theme, stylesheet, theme_for
from ui.translations import LanguageSwitcher
from ui.wedge_filter import WedgeFilter, wedge_config
from ui.widgets.status_bar import DEFAULT_INTERVAL_MS, StatusFetcher, StatusLine
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

# Warnings stand out: the ratio line when the room is short of staff.
CHILD_CARE_STYLE = f"""
QLabel#RoomCounts, QLabel#RoomRatio {{ font-size: 18px; }}
QLabel#RoomRatio[short="true"] {{ color: {ERROR}; font-weight: 700; }}
QLabel#ResultText {{ font-size: 20px; font-weight: 600; color: {SUCCESS}; }}
QLabel#LinkWarning {{ font-size: 18px; font-weight: 700; color: {ERROR}; padding: 8px 16px; }}
QLineEdit#CodeEntry {{ font-size: 32px; letter-spacing: 3px; }}
QPushButton#Key {{ min-height: 44px; min-width: 44px; font-size: 20px; }}
"""


class ChildCareWindow(QMainWindow):
    payload_received = Signal(str, str)

    def __init__(self, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                 status_fetcher: StatusFetcher, status_interval_ms: int = DEFAULT_INTERVAL_MS,
                 refresh_ms: int = ROSTER_REFRESH_MS, wedge: WedgeFilter | None = None) -> None:
        super().__init__()
        QGuiApplication.styleHints().setTabFocusBehavior(Qt.TabFocusBehavior.TabFocusAllControls)
        self._station = station
        self.theme: Theme = theme_for(station.config.station.mode)
        config = station.config
        central = QWidget(self)
        central.setObjectName("Page")
        self.flow: ChildCareFlow | None = None
        self.placeholder: QLabel | None = None
        if config.child_care is not None:
            self.flow = ChildCareFlow(station, bridge, self.theme, config.child_care.rooms[0],
                                      locale=lambda: switcher.locale, refresh_ms=refresh_ms, parent=central)
            body: QWidget = self.flow
            self.payload_received.connect(self.flow.on_payload)
        else:  # provisioning says child care, the site's configuration has no room: say so, do nothing
            self.placeholder = QLabel(central)
            self.placeholder.setObjectName("ScreenTitle")
            self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.placeholder.setWordWrap(True)
            body = self.placeholder
        self.status_line = StatusLine(bridge, status_fetcher, interval_ms=status_interval_ms, parent=central,
                                      time_zone=config.site.time_zone,
                                      plan_names={p.code: p.name("en") for p in config.plans})
        # Said on the room's screen, not only in a log: while it shows, the lobby sends parents to the desk.
        self.link_warning = QLabel(central)
        self.link_warning.setObjectName("LinkWarning")
        self.link_warning.setWordWrap(True)
        self.link_warning.hide()
        self._link_problem: tuple[str, int] | None = None
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.link_warning)
        column.addWidget(body, 1)
        column.addWidget(self.status_line)
        self.setCentralWidget(central)

        self.wedge = wedge if wedge is not None else WedgeFilter(wedge_config(config), parent=self)
        self.wedge.payload_scanned.connect(self._on_scanner_payload)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.wedge.install(app)
            if self.flow is not None:
                app.installEventFilter(self.flow.idle_watch)
        switcher.locale_changed.connect(self._on_locale_changed)
        switcher.set_locale(config.site.default_locale)
        self._on_locale_changed(switcher.locale)
        self._retranslate()
        if self.flow is not None:
            self.flow.sign_in_screen.enter()

    def show_link_problem(self, problem: str, port: int) -> None:
        """The site link did not start (``problem``: "no_key" or "port"): kiosks cannot sign children up here."""
        self._link_problem = (problem, port)
        self._retranslate()
        self.link_warning.show()

    def hide_link_problem(self) -> None:
        self._link_problem = None
        self.link_warning.hide()

    def current_screen(self) -> str:
        return self.flow.current() if self.flow is not None else "placeholder"

    def _on_scanner_payload(self, payload: str) -> None:
        log.info("payload received from the scanner")  # a code or someone's ID: never logged
        self.payload_received.emit(payload, "scanner")

    def start_camera(self) -> None:
        """The child-care station scans with its USB scanner only."""

    def _on_locale_changed(self, locale: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(self.theme, locale, self._station.config.site.locales) + DESK_STYLE
                              + CHILD_CARE_STYLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRC child care: %1").replace("%1", self._station.config.site.name))
        if self.placeholder is not None:
            self.placeholder.setText(self.tr("This site has no child-care room set up. Call IT."))
        if self._link_problem is not None:
            problem, port = self._link_problem
            if problem == "no_key":
                text = self.tr("The lobby kiosks cannot sign children up for this room: this station has no "
                               "site link key. Parents are sent to the front desk. Call IT.")
            else:
                text = self.tr("The lobby kiosks cannot sign children up for this room: port %1 is in use on "
                               "this station. Parents are sent to the front desk. Call IT.").replace("%1", str(port))
            self.link_warning.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status_line.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.flow is not None:
            self.flow.idle_watch.disarm()
            self.flow.refresh_timer.stop()
            app.removeEventFilter(self.flow.idle_watch)
        self.wedge.uninstall()
        super().closeEvent(event)


def make_child_care_window(station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                           status_interval_ms: int = DEFAULT_INTERVAL_MS,
                           refresh_ms: int = ROSTER_REFRESH_MS) -> ChildCareWindow:
    return ChildCareWindow(station, bridge, switcher, status_fetcher=functools.partial(idle_tick, station),
                           status_interval_ms=status_interval_ms, refresh_ms=refresh_ms)
