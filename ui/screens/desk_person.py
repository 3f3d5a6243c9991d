"""One person at the desk: who they are, check them in, fix today's visit, merge a duplicate, print.

Services and today's classes are toggle buttons (a full class is disabled and
says so). With a visit today, the toggles start from its services: "Check in"
adds what is newly chosen, "Save correction" adds and removes to match the
toggles, "Void visit" cancels it; both need a reason (they become new records).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config, ServiceKind
from kiosk.domain.visits import VisitState
from ui.desk.calls import Hit, PersonView
from ui.languages import NATIVE_NAMES
from ui.screens.base import KioskScreen, isolate, text_label
from ui.screens.desk_search import hit_text
from ui.theme import Theme

SERVICE_COLUMNS = 4
CLASS_COLUMNS = 2  # class names are long: two to a row fit a 1366 px screen


class DeskPersonScreen(KioskScreen):
    check_in_requested = Signal(list)  # service specs to add
    correct_requested = Signal(list, list, str)  # add, remove, reason
    void_requested = Signal(str)  # reason
    merge_search = Signal(int, str)  # seq, query (the other person to merge)
    merge_requested = Signal(str, str)  # the other person's id, reason
    undo_merge_requested = Signal(str)  # reason
    print_requested = Signal(bool)  # True: a label, False: a slip

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._config = config
        self._locale = "en"
        self._view: PersonView | None = None
        self._toggles: dict[str, QPushButton] = {}
        self._merge_seq = 0
        self._merge_pick: str | None = None
        self.supervisor = False

        self.name = QLabel(self)
        self.name.setObjectName("SectionHeading")
        self.details = text_label(self, "FieldLabel", centered=False)
        self.visit_text = text_label(self, centered=False)
        self.visit_text.setObjectName("VisitText")
        self.result = text_label(self, "ResultText", centered=False)
        self.error = text_label(self, "ErrorText", centered=False)

        self._services_box = QGroupBox(self)
        self._grid = QGridLayout(self._services_box)
        self.check_in_button = self._button("CheckInButton", primary=True)
        self.check_in_button.clicked.connect(self._check_in)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("ReasonField")
        self.correct_button = self._button("CorrectButton")
        self.correct_button.clicked.connect(self._correct)
        self.void_button = self._button("VoidButton")
        self.void_button.clicked.connect(self._void)
        self.slip_button = self._button("PrintSlip")
        self.slip_button.clicked.connect(lambda: self.print_requested.emit(False))
        self.label_button = self._button("PrintLabel")
        self.label_button.clicked.connect(lambda: self.print_requested.emit(True))

        self._merge_box = QGroupBox(self)
        self.merge_field = QLineEdit(self._merge_box)
        self.merge_field.setObjectName("MergeSearch")
        self.merge_field.textEdited.connect(self._merge_edited)
        self.merge_results = QListWidget(self._merge_box)
        self.merge_results.setMaximumHeight(110)
        self.merge_results.currentItemChanged.connect(self._merge_picked)
        self.merge_button = self._button("MergeButton")
        self.merge_button.clicked.connect(self._ask_merge)
        self.confirm_merge_button = self._button("ConfirmMerge")
        self.confirm_merge_button.clicked.connect(self._merge)
        self.confirm_merge_button.hide()
        self.undo_merge_button = self._button("UndoMerge")
        self.undo_merge_button.clicked.connect(self._undo_merge)
        self.undo_merge_button.hide()
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_field, 1)
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.confirm_merge_button)
        merge_row.addWidget(self.undo_merge_button)
        merge_column = QVBoxLayout(self._merge_box)
        merge_column.addLayout(merge_row)
        merge_column.addWidget(self.merge_results)

        actions = QHBoxLayout()
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.slip_button)
        actions.addWidget(self.label_button)
        actions.addStretch(1)
        fix = QHBoxLayout()
        self._reason_label = QLabel(self)
        self._reason_label.setBuddy(self.reason)
        fix.addWidget(self._reason_label)
        fix.addWidget(self.reason, 1)
        fix.addWidget(self.correct_button)
        fix.addWidget(self.void_button)

        body = QWidget(self)
        body.setObjectName("Page")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 12, 24, 12)
        column.setSpacing(8)
        column.addWidget(self.name)
        column.addWidget(self.details)
        column.addWidget(self._services_box)
        column.addLayout(actions)
        column.addWidget(self.visit_text)
        column.addLayout(fix)
        column.addWidget(self.result)
        column.addWidget(self.error)
        column.addWidget(self._merge_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def _button(self, name: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if primary:
            button.setProperty("role", "primary")
        return button

    # -- showing a person ----------------------------------------------------------

    @property
    def person_id(self) -> str | None:
        return self._view.detail["person_id"] if self._view is not None else None

    @property
    def visit(self) -> VisitState | None:
        return self._view.detail["visit"] if self._view is not None else None

    def full_name(self) -> str:
        if self._view is None:
            return ""
        d = self._view.detail
        return " ".join(n for n in (d["first_name"], d["last_name"]) if n)

    def show_person(self, view: PersonView, locale: str) -> None:
        self._view = view
        self._locale = locale
        self._fill()
        # A merge stays undoable after today's session: the newest one into this person is offered.
        self.undo_merge_button.setVisible(bool(view.merges))

    def undoable_merge(self) -> str | None:
        return self._view.merges[0] if self._view is not None and self._view.merges else None

    def _fill(self) -> None:
        view = self._view
        if view is None:
            return
        d = view.detail
        self.name.setText(isolate(self.full_name()))
        parts: list[str] = []
        if d["birth_date"] is not None:
            parts.append(self.tr("Born %1").replace("%1", isolate(d["birth_date"].isoformat())))
        if d["phone"]:
            parts.append(isolate(d["phone"]))
        if d["preferred_language"]:
            parts.append(NATIVE_NAMES.get(d["preferred_language"], d["preferred_language"]))
        parts += [isolate(f"{plan} {masked}") for plan, masked in d["member_ids"]]
        if d["cin"]:
            parts.append(isolate(f"CIN {d['cin']}"))
        if d["last_visit_on"] is not None:
            parts.append(self.tr("last visit %1").replace("%1", isolate(d["last_visit_on"].isoformat())))
        self.details.setText(" · ".join(parts))
        self._build_toggles(view.classes)
        self._show_visit(d["visit"])

    def _build_toggles(self, classes: Sequence[dict[str, Any]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._toggles = {}
        choices: list[tuple[str, str, bool]] = []
        for service in self._config.services:
            if service.kind is not ServiceKind.CLASS:
                choices.append((service.code, service.name(self._locale), False))
        class_service = next((s.code for s in self._config.services if s.kind is ServiceKind.CLASS), None)
        tz = self._config.site.time_zone
        for c in classes if class_service else ():
            start: datetime = c["starts_at"].astimezone(tz)
            name = c["names"].get(self._locale) or c["names"].get("en") or c["code"]
            text = f"{name} · {isolate(f'{start:%H:%M}')} · {isolate(str(c['attendance']) + '/' + str(c['capacity']))}"
            if c["full"]:
                text += " · " + self.tr("full")
            choices.append((f"{class_service}:{c['code']}", text, bool(c["full"])))
        services = [c for c in choices if ":" not in c[0]]
        rows = -(-len(services) // SERVICE_COLUMNS)
        for index, (spec, text, full) in enumerate(choices):
            if index < len(services):
                row, col, span = index // SERVICE_COLUMNS, (index % SERVICE_COLUMNS) * 2, 2
            else:
                at = index - len(services)
                row, col, span = rows + at // CLASS_COLUMNS, (at % CLASS_COLUMNS) * 4, 4
            button = QPushButton(text, self._services_box)
            button.setCheckable(True)
            button.setProperty("size", "compact")
            button.setAccessibleName(text)
            button.setEnabled(not full)
            button.setToolTip(text)
            # Long class names must not widen the page past a 1366 px screen: the column decides.
            button.setMinimumWidth(0)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._grid.addWidget(button, row, col, 1, span)
            self._toggles[spec] = button

    def toggle(self, spec: str) -> QPushButton:
        return self._toggles[spec]

    def chosen(self) -> list[str]:
        return [spec for spec, button in self._toggles.items() if button.isChecked()]

    def _show_visit(self, visit: VisitState | None) -> None:
        has_visit = visit is not None and not visit.voided
        self.correct_button.setEnabled(has_visit)
        self.void_button.setEnabled(has_visit)
        if visit is None:
            self.visit_text.setText(self.tr("Not checked in today."))
        elif visit.voided:
            self.visit_text.setText(self.tr("Today's visit was voided."))
        else:
            labels = [self._label(line.spec, line.label) for line in visit.services]
            self.visit_text.setText(self.tr("Checked in today: %1").replace("%1", ", ".join(labels) or "—"))
            current = {line.spec for line in visit.services}
            for spec, button in self._toggles.items():
                if spec in current:
                    button.setEnabled(True)  # a full class they are already in can still be removed
                button.setChecked(spec in current)

    def _label(self, spec: str, fallback: str) -> str:
        button = self._toggles.get(spec)
        return button.text() if button is not None else fallback

    def show_result(self, text: str) -> None:
        self.error.clear()
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    # -- actions ---------------------------------------------------------------------

    def _check_in(self) -> None:
        current = {line.spec for line in self.visit.services} if self.visit and not self.visit.voided else set()
        wanted = [s for s in self.chosen() if s not in current]
        if not wanted:
            self.show_error(self.tr("Choose at least one service or class first."))
            return
        self.check_in_requested.emit(wanted)

    def _needs_reason(self) -> str | None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            self.show_error(self.tr("Type a reason first (it is kept with the record)."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return reason

    def _correct(self) -> None:
        visit = self.visit
        if visit is None:
            return
        current = {line.spec for line in visit.services}
        chosen = set(self.chosen())
        add, remove = sorted(chosen - current), sorted(current - chosen)
        if not add and not remove:
            self.show_error(self.tr("Change the services first, then save the correction."))
            return
        reason = self._needs_reason()
        if reason is not None:
            self.correct_requested.emit(add, remove, reason)

    def _void(self) -> None:
        reason = self._needs_reason()
        if reason is not None:
            self.void_requested.emit(reason)

    # -- merge -------------------------------------------------------------------------

    def _merge_edited(self, text: str) -> None:
        self._merge_seq += 1
        self._merge_pick = None
        self.confirm_merge_button.hide()
        if len(text.strip()) >= 2:
            self.merge_search.emit(self._merge_seq, text.strip())

    def search_merge(self, text: str) -> None:
        self.merge_field.setText(text)
        self._merge_edited(text)

    def show_merge_results(self, seq: int, hits: Sequence[Hit]) -> bool:
        if seq != self._merge_seq:
            return False
        self.merge_results.clear()
        word = self.tr("last visit")
        for hit in hits:
            if hit.person_id == self.person_id:
                continue  # never offer a merge of a person with themself
            item = QListWidgetItem(hit_text(hit, word), self.merge_results)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
        if self.merge_results.count():
            self.merge_results.setCurrentRow(0)
        return True

    def _merge_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._merge_pick = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.confirm_merge_button.hide()

    def _ask_merge(self) -> None:
        if self._merge_pick is None:
            self.show_error(self.tr("Find the duplicate first: type a name in the merge field."))
            return
        if self._needs_reason() is None:
            return
        item = self.merge_results.currentItem()
        other = item.text() if item is not None else ""
        self.show_result(self.tr("Merge %1 into %2? It can be undone.").replace("%1", other)
                         .replace("%2", isolate(self.full_name())))
        self.confirm_merge_button.show()
        self.confirm_merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _merge(self) -> None:
        reason = self._needs_reason()
        if self._merge_pick is not None and reason is not None:
            self.confirm_merge_button.hide()
            self.merge_requested.emit(self._merge_pick, reason)

    def merged(self) -> None:
        self.merge_field.clear()
        self.merge_results.clear()
        self._merge_pick = None
        self.undo_merge_button.show()

    def _undo_merge(self) -> None:
        reason = self._needs_reason()
        if reason is not None:
            self.undo_merge_requested.emit(reason)

    def merge_undone(self) -> None:
        self.undo_merge_button.hide()

    def reset(self) -> None:
        self._view = None
        self.name.clear()
        self.details.clear()
        self.visit_text.clear()
        self.result.clear()
        self.error.clear()
        self.reason.clear()
        self.merge_field.clear()
        self.merge_results.clear()
        self._merge_pick = None
        self.confirm_merge_button.hide()
        self.undo_merge_button.hide()
        self._build_toggles(())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Person"))
        self._services_box.setTitle(self.tr("Services and today's classes"))
        self.check_in_button.setText(self.tr("Check in (Ctrl+Enter)"))
        self._reason_label.setText(self.tr("&Reason"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why: e.g. chose the wrong class"))
        self.correct_button.setText(self.tr("Save correction"))
        self.void_button.setText(self.tr("Void visit"))
        self.slip_button.setText(self.tr("Print slip"))
        self.label_button.setText(self.tr("Print label"))
        self._merge_box.setTitle(self.tr("Merge a duplicate into this person"))
        self.merge_field.setPlaceholderText(self.tr("Find the duplicate by name, phone or ID"))
        self.merge_field.setAccessibleName(self.tr("Find the duplicate"))
        self.merge_results.setAccessibleName(self.tr("Possible duplicates"))
        self.merge_button.setText(self.tr("Merge…"))
        self.confirm_merge_button.setText(self.tr("Confirm merge"))
        self.undo_merge_button.setText(self.tr("Undo merge"))
        for button in (self.check_in_button, self.correct_button, self.void_button, self.slip_button,
                       self.label_button, self.merge_button, self.confirm_merge_button, self.undo_merge_button):
            button.setAccessibleName(button.text())
        self._fill()
