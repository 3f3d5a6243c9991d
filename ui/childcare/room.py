"""The child-care room's one working screen: counts against capacity and ratio, warnings, the roster,
and handing children over (by code, scan, or a release with a reason)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.config import ChildCareRoom
from kiosk.domain.childcare import RosterChild
from ui.childcare.calls import RoomView
from ui.childcare.handover import HandoverPanel, OverridePanel
from ui.childcare.roster import RosterTables, hhmm
from ui.screens.base import KioskScreen, isolate, text_label
from ui.theme import Theme

SIDE_PANEL_PX = 440


class RoomScreen(KioskScreen):
    """``labels_requested(signup ids)`` and ``check_in_selected(signup id)`` beside the handover panel's."""

    labels_requested = Signal(list)
    check_in_selected = Signal(str)

    def __init__(self, room: ChildCareRoom, time_zone: tzinfo, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._room = room
        self._tz = time_zone
        self._locale = "en"
        self.view: RoomView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("SectionHeading")
        self.counts = QLabel(self)
        self.counts.setObjectName("RoomCounts")
        self.ratio = QLabel(self)
        self.ratio.setObjectName("RoomRatio")
        self.warnings = text_label(self, "ErrorText", centered=False)
        self.warnings.hide()
        self.tables = RosterTables(self)
        self.handover = HandoverPanel(self)
        self.override = OverridePanel(self)
        self.check_in_button = QPushButton(self)
        self.check_in_button.setObjectName("CheckInSelected")
        self.release_button = QPushButton(self)
        self.release_button.setObjectName("ReleaseSelected")
        self.labels_button = QPushButton(self)
        self.labels_button.setObjectName("PrintLabels")
        self.check_in_button.clicked.connect(self._check_in_selected)
        self.release_button.clicked.connect(self._release_selected)
        self.labels_button.clicked.connect(self._labels_selected)
        self.tables.selection_changed.connect(self._update_actions)
        self.override.cancelled.connect(self.close_override)

        figures = QVBoxLayout()  # two lines: long languages still fit beside the room's name
        figures.setSpacing(0)
        figures.addWidget(self.counts)
        figures.addWidget(self.ratio)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(figures)
        side = QWidget(self)
        side.setFixedWidth(SIDE_PANEL_PX)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.handover)
        side_column.addWidget(self.override)
        actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._actions = actions
        for button in (self.check_in_button, self.release_button, self.labels_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut a word off
            actions.addWidget(button)
        actions.addStretch(1)
        roster = QVBoxLayout()
        roster.addWidget(self.tables, 1)
        roster.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addLayout(roster, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.addLayout(header)
        column.addWidget(self.warnings)
        column.addLayout(body, 1)
        self._update_actions()
        self.retranslate()

    # -- the room --------------------------------------------------------------------

    def show_view(self, view: RoomView, locale: str) -> None:
        self.view = view
        self._locale = locale
        self.tables.show_roster(view.roster.children, view.picked_up, self._tz)
        self._show_figures()
        self._update_actions()

    def _show_figures(self) -> None:
        self.title.setText(self._room.name(self._locale))
        view = self.view
        if view is None:
            self.counts.clear()
            self.ratio.clear()
            self.warnings.hide()
            return
        roster = view.roster
        expected = sum(c.state != "in" for c in roster.children)
        self.counts.setText(self.tr("In the room: %1 of %2 places. Expected: %3.")
                            .replace("%1", str(roster.present)).replace("%2", str(roster.capacity))
                            .replace("%3", str(expected)))
        needed = math.ceil(roster.staff_needed)
        names = ", ".join(isolate(n) for n in roster.staff) or "—"
        self.ratio.setText(self.tr("Staff signed in: %1 (%2). Needed for the children here: %3.")
                           .replace("%1", str(len(roster.staff))).replace("%2", names).replace("%3", str(needed)))
        self.ratio.setProperty("short", len(roster.staff) < needed)
        self.ratio.style().unpolish(self.ratio)  # a changed property restyles only when polished again
        self.ratio.style().polish(self.ratio)
        lines = self.warning_lines(roster.children)
        self.warnings.setText("\n".join(lines))
        self.warnings.setAccessibleName(" ".join(lines))
        self.warnings.setVisible(bool(lines))

    def warning_lines(self, children: Sequence[RosterChild]) -> list[str]:
        lines: list[str] = []
        for child in children:
            name = isolate(f"{child.first_name} {child.last_name}")
            if "overdue" in child.warnings:
                lines.append(self.tr("Overdue: %1 (in since %2; the parent's class ended or the maximum stay is "
                                     "over). Call the parent or the front desk.")
                             .replace("%1", name).replace("%2", hhmm(child.checked_in_at, self._tz)))
            elif "class_ending" in child.warnings:
                lines.append(self.tr("Class ending soon: %1 (the parent's class ends at %2). Get ready for pickup.")
                             .replace("%1", name).replace("%2", hhmm(child.ends_at, self._tz)))
        return lines

    # -- acting on a selected row ----------------------------------------------------------

    def _update_actions(self) -> None:
        inside, waiting = self.tables.selected_in_room(), self.tables.selected_expected()
        self.check_in_button.setEnabled(waiting is not None)
        self.release_button.setEnabled(inside is not None)
        self.labels_button.setEnabled(inside is not None)

    def _check_in_selected(self) -> None:
        child = self.tables.selected_expected()
        if child is not None:
            self.check_in_selected.emit(child.signup_id)

    def _release_selected(self) -> None:
        child = self.tables.selected_in_room()
        if child is not None:
            self.handover.hide()
            self.override.start(child)

    def close_override(self) -> None:
        self.override.reset()
        self.handover.show()

    def _labels_selected(self) -> None:
        child = self.tables.selected_in_room()
        if child is not None:
            self.labels_requested.emit([child.signup_id])

    def reset(self) -> None:
        self.view = None
        self.tables.reset()
        self.handover.reset()
        self.close_override()
        self._show_figures()
        self._update_actions()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Child-care room"))
        self.check_in_button.setText(self.tr("Check in selected child"))
        self.release_button.setText(self.tr("Release without code…"))
        self.labels_button.setText(self.tr("Print labels"))
        for button in (self.check_in_button, self.release_button, self.labels_button):
            button.setAccessibleName(button.text())
        self._show_figures()
        self._fit_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_actions()

    def _fit_actions(self) -> None:
        """The three actions in a row when their words fit beside the roster, else one above the other."""
        buttons = (self.check_in_button, self.release_button, self.labels_button)
        needed = sum(b.sizeHint().width() for b in buttons) + 2 * self._actions.spacing()
        row = needed <= self.tables.width()
        self._actions.setDirection(QBoxLayout.Direction.LeftToRight if row else QBoxLayout.Direction.TopToBottom)
