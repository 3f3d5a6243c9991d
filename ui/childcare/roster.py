"""The room's roster as three tables: expected, in the room (with flags and warnings), picked up.

Pickup codes are never shown here: the parent brings theirs, and a screen seen over a
shoulder must not hand one out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.childcare import PickedUp
from kiosk.domain.childcare import RosterChild
from ui.screens.base import isolate
from ui.theme import ERROR, WARNING


def hhmm(at: datetime | None, tz: tzinfo) -> str:
    return at.astimezone(tz).strftime("%H:%M") if at is not None else ""


def _table(columns: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)  # a bold (highlighted) title would no longer fit its column
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class RosterTables(QWidget):
    """``selection_changed`` when staff pick a row; ``selected_in_room``/``selected_expected`` say which."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._in_box = QGroupBox(self)
        self._expected_box = QGroupBox(self)
        self._out_box = QGroupBox(self)
        self.in_room = _table(6, self._in_box)
        self.expected = _table(4, self._expected_box)
        self.picked_up = _table(4, self._out_box)
        for box, table in ((self._in_box, self.in_room), (self._expected_box, self.expected),
                           (self._out_box, self.picked_up)):
            QVBoxLayout(box).addWidget(table)
        self.in_room.itemSelectionChanged.connect(self._picked_in_room)
        self.expected.itemSelectionChanged.connect(self._picked_expected)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._in_box, 3)
        column.addWidget(self._expected_box, 2)
        column.addWidget(self._out_box, 2)
        self._children: tuple[RosterChild, ...] = ()
        self._counts = (0, 0, 0)
        self.retranslate()

    # -- what is selected -----------------------------------------------------------

    def _picked_in_room(self) -> None:
        if self.in_room.selectedItems():
            self.expected.clearSelection()
        self.selection_changed.emit()

    def _picked_expected(self) -> None:
        if self.expected.selectedItems():
            self.in_room.clearSelection()
        self.selection_changed.emit()

    def _selected(self, table: QTableWidget) -> RosterChild | None:
        rows = {i.row() for i in table.selectedItems()}
        if not rows:
            return None
        item = table.item(min(rows), 0)
        signup_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self._children if c.signup_id == signup_id), None)

    def selected_in_room(self) -> RosterChild | None:
        return self._selected(self.in_room)

    def selected_expected(self) -> RosterChild | None:
        return self._selected(self.expected)

    # -- filling ------------------------------------------------------------------

    def show_roster(self, children: Sequence[RosterChild], picked_up: Sequence[PickedUp], tz: tzinfo) -> None:
        keep_in, keep_expected = self.selected_in_room(), self.selected_expected()
        self._children = tuple(children)
        inside = [c for c in children if c.state == "in"]
        waiting = [c for c in children if c.state != "in"]
        self._fill(self.in_room, [
            (c.signup_id, [isolate(f"{c.first_name} {c.last_name}"), self.age_text(c.age_months),
                           hhmm(c.checked_in_at, tz), hhmm(c.ends_at, tz), self.flags_text(c.flags),
                           self.warning_text(c.warnings)], c.warnings)
            for c in inside])
        self._fill(self.expected, [
            (c.signup_id, [isolate(f"{c.first_name} {c.last_name}"), self.age_text(c.age_months),
                           hhmm(c.ends_at, tz), self.flags_text(c.flags)], ())
            for c in waiting])
        self._fill(self.picked_up, [
            (p.signup_id, [isolate(p.child_name), hhmm(p.checked_in_at, tz), hhmm(p.picked_up_at, tz),
                           isolate(p.pickup_by) + (" " + self.tr("(override)") if p.override else "")], ())
            for p in picked_up])
        self._counts = (len(inside), len(waiting), len(picked_up))
        self._reselect(self.in_room, keep_in)
        self._reselect(self.expected, keep_expected)
        self._retitle()

    def _fill(self, table: QTableWidget, rows: list[tuple[str, list[str], tuple[str, ...]]]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, (signup_id, cells, warnings) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, signup_id)
                if warnings:  # a child needing attention stands out, in words and colour
                    item.setForeground(QBrush(QColor(ERROR if "overdue" in warnings else WARNING)))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        table.blockSignals(False)

    def _reselect(self, table: QTableWidget, child: RosterChild | None) -> None:
        if child is None:
            return
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == child.signup_id:
                table.blockSignals(True)
                table.selectRow(row)
                table.blockSignals(False)
                return
        self.selection_changed.emit()  # the child left this table (checked in or out)

    def reset(self) -> None:
        self._children = ()
        for table in (self.in_room, self.expected, self.picked_up):
            table.clearSelection()
            table.setRowCount(0)
        self._counts = (0, 0, 0)
        self._retitle()

    # -- words ----------------------------------------------------------------------

    def age_text(self, months: int) -> str:
        if months < 24:
            return self.tr("%n month(s)", "", months)
        return self.tr("%n year(s)", "", months // 12)

    def flags_text(self, flags: Sequence[tuple[str, str]]) -> str:
        words = {"allergy": self.tr("Allergy: %1"), "medical": self.tr("Medical: %1")}
        return "; ".join(words.get(kind, "%1").replace("%1", text) for kind, text in flags)

    def warning_text(self, warnings: Sequence[str]) -> str:
        if "overdue" in warnings:
            return self.tr("Overdue")
        if "class_ending" in warnings:
            return self.tr("Class ending")
        return ""

    def _retitle(self) -> None:
        inside, waiting, out = self._counts
        self._in_box.setTitle(self.tr("In the room (%1)").replace("%1", str(inside)))
        self._expected_box.setTitle(self.tr("Expected (%1)").replace("%1", str(waiting)))
        self._out_box.setTitle(self.tr("Picked up (%1)").replace("%1", str(out)))
        for box, table in ((self._in_box, self.in_room), (self._expected_box, self.expected),
                           (self._out_box, self.picked_up)):
            table.setAccessibleName(box.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.in_room.setHorizontalHeaderLabels([self.tr("Child"), self.tr("Age"), self.tr("In since"),
                                                self.tr("Class ends"), self.tr("Allergy / medical"),
                                                self.tr("Warning")])
        self.expected.setHorizontalHeaderLabels([self.tr("Child"), self.tr("Age"), self.tr("Class ends"),
                                                 self.tr("Allergy / medical")])
        self.picked_up.setHorizontalHeaderLabels([self.tr("Child"), self.tr("In"), self.tr("Out"),
                                                  self.tr("Picked up by")])
        self._retitle()
