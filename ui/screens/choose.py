"""Why they came: the masked greeting, the site's services and today's classes.

One touch picks a service or a class, one touch on "Check in" finishes: the
two-touch path of a returning visitor. Full classes are shown as full and
cannot be picked. "I need child care" (only where the site has child care)
adds the children's step before the check-in; it costs the two-touch path
nothing (it is optional).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config, ServiceKind
from ui.languages import is_rtl
from ui.screens.base import KioskScreen, big_button, isolate, text_label, title_label
from ui.theme import Theme


@dataclass(frozen=True)
class ClassChoice:
    """Today's class as the screen shows it (from ``todays_classes``)."""

    code: str
    names: dict[str, str]
    room: str
    starts_at: datetime
    ends_at: datetime
    full: bool

    @classmethod
    def from_row(cls, row: dict[str, object]) -> ClassChoice:
        names = row["names"]
        starts, ends = row["starts_at"], row["ends_at"]
        assert isinstance(names, dict) and isinstance(starts, datetime) and isinstance(ends, datetime)
        return cls(str(row["code"]), dict(names), str(row["room"]), starts, ends, bool(row["full"]))

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or next(iter(self.names.values()), self.code)


def short_time(moment: datetime, zone: tzinfo) -> str:
    """The site's local time of day, as the UI's language writes it (9:00 AM, 09:00, ٩:٠٠ ص)."""
    local = moment.astimezone(zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


class ChooseScreen(KioskScreen):
    """``check_in_requested(specs, children)``: the service specs picked, and whether child care is wanted."""

    check_in_requested = Signal(list, bool)
    cancelled = Signal()

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._config = config
        self._locale = config.site.default_locale
        self._greeting_name = ""
        self._has_visitor = False
        self._classes: list[ClassChoice] = []
        self._greeting = title_label(self, "Greeting")
        self._prompt = text_label(self)
        self._services_heading = text_label(self, "SectionHeading", centered=False)
        self._classes_heading = text_label(self, "SectionHeading", centered=False)
        self._no_classes = text_label(self, centered=False)

        self._service_buttons: dict[str, QPushButton] = {}
        self._service_grid = QGridLayout()
        self._service_grid.setSpacing(6)
        plain = [s for s in config.services if s.kind is not ServiceKind.CLASS]
        self._service_columns = 0
        for service in plain:
            button = big_button(self, theme, f"service-{service.code}")
            button.setProperty("size", "compact")  # service names are long
            button.setCheckable(True)
            button.toggled.connect(self._update_check_in)
            self._service_buttons[service.code] = button
        self._place_services(1)
        self._class_code = next((s.code for s in config.services if s.kind is ServiceKind.CLASS), None)
        self._class_buttons: dict[str, QPushButton] = {}
        self._class_column = QVBoxLayout()
        self._class_column.setSpacing(6)

        self.children_button = big_button(self, theme, "ChildrenButton")
        self.children_button.setCheckable(True)
        self._offers_child_care = config.child_care is not None
        self.children_button.setVisible(self._offers_child_care)
        self.cancel_button = big_button(self, theme, "CancelButton")
        self.cancel_button.clicked.connect(self.cancelled)
        self.check_in_button = big_button(self, theme, "CheckInButton", primary=True)
        self.check_in_button.clicked.connect(self._request)

        content = QWidget(self)
        content.setObjectName("Page")
        services_box = QVBoxLayout()
        services_box.setSpacing(4)
        services_box.addWidget(self._services_heading)
        services_box.addLayout(self._service_grid)
        services_box.addStretch(1)
        classes_box = QVBoxLayout()
        classes_box.setSpacing(4)
        classes_box.addWidget(self._classes_heading)
        classes_box.addWidget(self._no_classes)
        classes_box.addLayout(self._class_column)
        classes_box.addStretch(1)
        # Landscape: services and classes side by side; portrait: classes under the services.
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self._split.setContentsMargins(0, 0, 8, 0)
        self._split.setSpacing(40)
        self._split.addLayout(services_box, 1)
        self._split.addLayout(classes_box, 1)
        scroll = QScrollArea(self)
        self._scroll = scroll
        scroll.setObjectName("ChoiceScroll")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # a finger scrolls it

        actions = QGridLayout()
        actions.setSpacing(24)
        self._actions = actions
        self._place_actions(landscape=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 8, 64, 16)
        column.setSpacing(6)
        column.addWidget(self._greeting)
        column.addWidget(self._prompt)
        column.addWidget(scroll, 1)
        column.addLayout(actions)
        self.retranslate()

    # -- content ----------------------------------------------------------

    def show_visitor(self, greeting_name: str, classes: list[ClassChoice], locale: str) -> None:
        """A fresh choice for this visitor: nothing picked, today's classes as they stand now."""
        self.reset()
        self._has_visitor = True
        self._greeting_name = greeting_name
        self._locale = locale
        self._classes = list(classes)
        for choice in self._classes:
            button = QPushButton(self)
            button.setObjectName(f"class-{choice.code}")
            button.setProperty("size", "compact")
            button.setCheckable(True)
            button.setMinimumHeight(self.theme.touch_px)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setEnabled(not choice.full)
            button.setProperty("full", choice.full)
            button.toggled.connect(self._update_check_in)
            self._class_buttons[choice.code] = button
            self._class_column.addWidget(button)
        self.retranslate()
        # The text size may have changed since the last visitor.
        self._place_services(self._columns_wanted(landscape=self.width() > self.height()))

    def set_locale(self, locale: str) -> None:
        self._locale = locale
        self.retranslate()
        self._place_services(self._columns_wanted(landscape=self.width() > self.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        landscape = size.width() > size.height()
        self._split.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        self._place_actions(landscape=landscape)
        self._place_services(self._columns_wanted(landscape=landscape))
        super().resizeEvent(event)

    def _columns_wanted(self, *, landscape: bool) -> int:
        """One service a row (long names never clipped); two in landscape for the Arabic script,
        whose taller lines would not fit seven rows (and whose service names are short), when
        the longest name still fits half the width at the current text size (not with larger text)."""
        if not (landscape and is_rtl(self._locale)) or not self._service_buttons:
            return 1
        widest = max(b.fontMetrics().horizontalAdvance(b.text()) for b in self._service_buttons.values())
        # A column is half the services' half of the page; a button adds padding, border and a margin.
        column = (self.width() - 2 * 64 - self._split.spacing()) // 2 // 2 - self._service_grid.spacing()
        return 2 if widest + 2 * (12 + 6) + 16 <= column else 1

    def _place_services(self, columns: int) -> None:
        if columns == self._service_columns:
            return
        for button in self._service_buttons.values():
            self._service_grid.removeWidget(button)
        for i, button in enumerate(self._service_buttons.values()):
            self._service_grid.addWidget(button, i // columns, i % columns)
        self._service_columns = columns

    def _place_actions(self, *, landscape: bool) -> None:
        # Landscape: one row. Portrait: "Check in" across the width, the other two under it.
        for button in (self.cancel_button, self.children_button, self.check_in_button):
            self._actions.removeWidget(button)
        care = self._offers_child_care
        if landscape:
            self._actions.addWidget(self.cancel_button, 0, 0)
            if care:
                self._actions.addWidget(self.children_button, 0, 1)
            self._actions.addWidget(self.check_in_button, 0, 2 if care else 1)
            stretches = (1, 2, 2) if care else (1, 2, 0)
        else:
            self._actions.addWidget(self.check_in_button, 0, 0, 1, 2 if care else 1)
            self._actions.addWidget(self.cancel_button, 1, 0)
            if care:
                self._actions.addWidget(self.children_button, 1, 1)
            stretches = (1, 1, 0) if care else (1, 0, 0)
        for column, stretch in enumerate(stretches):
            self._actions.setColumnStretch(column, stretch)

    def service_button(self, code: str) -> QPushButton:
        return self._service_buttons[code]

    def class_button(self, code: str) -> QPushButton:
        return self._class_buttons[code]

    def greeting_text(self) -> str:
        return self._greeting.text()

    def selected_specs(self) -> list[str]:
        specs = [code for code, b in self._service_buttons.items() if b.isChecked()]
        if self._class_code is not None:
            specs += [f"{self._class_code}:{code}" for code, b in self._class_buttons.items() if b.isChecked()]
        return specs

    def reset(self) -> None:
        self._has_visitor = False
        self._greeting_name = ""
        self._greeting.clear()
        self._classes = []
        for button in self._class_buttons.values():
            self._class_column.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._class_buttons.clear()
        for button in self._service_buttons.values():
            button.setChecked(False)
        self.children_button.setChecked(False)
        self._update_check_in()

    def _request(self) -> None:
        specs = self.selected_specs()
        if specs:
            self.check_in_requested.emit(specs, self.children_button.isChecked())

    def _update_check_in(self) -> None:
        self.check_in_button.setEnabled(bool(self.selected_specs()))

    # -- words ------------------------------------------------------------

    def _time(self, moment: datetime) -> str:
        return short_time(moment, self._config.site.time_zone)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Choose why you came"))
        if self._greeting_name:
            self._greeting.setText(self.tr("Welcome, %1").replace("%1", isolate(self._greeting_name)))
        elif self._has_visitor:
            self._greeting.setText(self.tr("Welcome"))
        self._prompt.setText(self.tr("What are you here for today? Touch one or more."))
        self._services_heading.setText(self.tr("Services"))
        self._classes_heading.setText(self.tr("Today's classes"))
        self._no_classes.setText("" if self._class_buttons else self.tr("No classes today."))
        self._no_classes.setVisible(not self._class_buttons)
        for service in self._config.services:
            button = self._service_buttons.get(service.code)
            if button is not None:
                button.setText(service.name(self._locale))
                button.setAccessibleName(button.text())
        for choice in self._classes:
            button = self._class_buttons[choice.code]
            when = self.tr("%1 to %2").replace("%1", self._time(choice.starts_at)).replace(
                "%2", self._time(choice.ends_at))
            text = f"{choice.name(self._locale)}\n{choice.room} · {when}"
            if choice.full:
                text = self.tr("%1 (full)").replace("%1", text)
            button.setText(text)
            button.setAccessibleName(text)
        self.children_button.setText(self.tr("I need child care"))
        self.children_button.setAccessibleName(self.children_button.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.check_in_button.setText(self.tr("Check in"))
        self.check_in_button.setAccessibleName(self.check_in_button.text())
