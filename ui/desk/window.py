"""The window of a staff station (front desk; child care to come): its flow above the status line.

Like the kiosk's ``MainWindow``, scans from the USB scanner arrive as
``payload_received(payload, source)``; a staff station has no camera.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from kiosk.config import StationMode
from kiosk.station import Station
from ui.desk.flow import DeskFlow
from ui.theme import Theme, stylesheet, theme_for
from ui.translations import LanguageSwitcher
from ui.wedge_filter import WedgeFilter, wedge_config
from ui.widgets.status_bar import DEFAULT_INTERVAL_MS, StatusFetcher, StatusLine
from ui.workers import CoreBridge

log = logging.getLogger(__name__)


class StaffWindow(QMainWindow):
    payload_received = Signal(str, str)

    def __init__(self, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                 status_fetcher: StatusFetcher,
                 status_interval_ms: int = DEFAULT_INTERVAL_MS,
                 wedge: WedgeFilter | None = None) -> None:
        super().__init__()
        QGuiApplication.styleHints().setTabFocusBehavior(Qt.TabFocusBehavior.TabFocusAllControls)
        self._station = station
        self._switcher = switcher
        self.theme: Theme = theme_for(station.config.station.mode)
        config = station.config
        central = QWidget(self)
        central.setObjectName("Page")
        if config.station.mode is not StationMode.FRONT_DESK:  # the child-care station has ChildCareWindow
            raise ValueError(f"the front desk's window cannot run a {config.station.mode.value} station")
        self.flow = DeskFlow(station, bridge, self.theme, locale=lambda: switcher.locale, parent=central)
        self.payload_received.connect(self.flow.on_payload)
        self.status_line = StatusLine(bridge, status_fetcher, interval_ms=status_interval_ms, parent=central,
                                      time_zone=config.site.time_zone,
                                      plan_names={p.code: p.name("en") for p in config.plans})
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.flow, 1)
        column.addWidget(self.status_line)
        self.setCentralWidget(central)

        self.wedge = wedge if wedge is not None else WedgeFilter(wedge_config(config), parent=self)
        self.wedge.payload_scanned.connect(self._on_scanner_payload)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.wedge.install(app)
            app.installEventFilter(self.flow.idle_watch)
        switcher.locale_changed.connect(self._on_locale_changed)
        switcher.set_locale(config.site.default_locale)
        self._retranslate()
        self.flow.sign_in_screen.enter()

    def current_screen(self) -> str:
        return self.flow.current()

    def _on_scanner_payload(self, payload: str) -> None:
        log.info("payload received from the scanner")  # the payload is someone's ID: never logged
        self.payload_received.emit(payload, "scanner")

    def start_camera(self) -> None:
        """A staff station scans with its USB scanner only."""

    def _on_locale_changed(self, locale: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(self.theme, locale, self._station.config.site.locales) + DESK_STYLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRC front desk: %1").replace("%1", self._station.config.site.name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status_line.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.flow.idle_watch.disarm()
            app.removeEventFilter(self.flow.idle_watch)
        self.wedge.uninstall()
        super().closeEvent(event)


# The desk is read sitting at a PC: denser than the kiosk, still calm (colours from the theme's palette).
DESK_STYLE = """
QPushButton { border-radius: 10px; padding: 6px 16px; min-height: 28px; }
QPushButton[size="compact"] { font-size: 17px; min-height: 30px; padding: 4px 8px; }
QLineEdit, QComboBox { padding: 4px 10px; border-radius: 8px; min-height: 28px; }
QLineEdit#PinEntry { font-size: 32px; }
QLabel#ScreenTitle { font-size: 36px; }
QLabel#SectionHeading { font-size: 24px; }
QCheckBox { font-size: 18px; }
QGroupBox { font-size: 18px; font-weight: 600; margin-top: 16px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; }
QListWidget, QTableWidget, QHeaderView::section, QDateEdit, QTimeEdit, QSpinBox { font-size: 18px; }
"""
