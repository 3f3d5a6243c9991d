"""Find anyone as you type: name, phone, date of birth or member ID.

Each keystroke restarts a short debounce; then ``search_requested(seq, text)``
goes out and the flow runs the search on the bridge. Results carry their
``seq``: an answer to an older query than the last one asked is dropped, so
a slow search never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desk.calls import Hit
from ui.screens.base import KioskScreen, isolate, text_label
from ui.theme import Theme

DEBOUNCE_MS = 150
MIN_QUERY = 2


def hit_text(hit: Hit, last_visit_word: str) -> str:
    parts = [isolate(hit.full_name)]
    # Dates and IDs isolated: "1986-03-14" must not read "14-03-1986" in a right-to-left list.
    if hit.birth_date is not None:
        parts.append(isolate(hit.birth_date.isoformat()))
    parts += [isolate(f"{plan} {masked}") for plan, masked in hit.member_ids]
    if hit.last_visit_on is not None:
        parts.append(f"{last_visit_word} {isolate(hit.last_visit_on.isoformat())}")
    return " · ".join(parts)


class DeskSearchScreen(KioskScreen):
    search_requested = Signal(int, str)
    person_chosen = Signal(str)
    new_walk_in = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._seq = 0
        self._hits: list[Hit] = []
        self._heading = QLabel(self)
        self._heading.setObjectName("SectionHeading")
        self.field = QLineEdit(self)
        self.field.setObjectName("SearchField")
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._on_edited)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("NewWalkIn")
        self.new_button.clicked.connect(self.new_walk_in)
        self.summary = text_label(self, "FieldLabel", centered=False)
        self.results = QListWidget(self)
        self.results.setObjectName("SearchResults")
        self.results.itemActivated.connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(12)
        column.addWidget(self._heading)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(self.results, 1)
        self.retranslate()

    # -- input --------------------------------------------------------------

    def enter(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        """Type ``text`` as if by hand (tests, screenshots)."""
        self.field.setText(text)
        self._on_edited(text)

    def _on_edited(self, _text: str) -> None:
        self._seq += 1  # any answer still on its way is now stale
        self._timer.start()

    def _fire(self) -> None:
        query = self.field.text().strip()
        if len(query) < MIN_QUERY:
            self._show([], "")
            return
        self.search_requested.emit(self._seq, query)

    def show_results(self, seq: int, hits: Sequence[Hit]) -> bool:
        """Show an answer; False (and nothing changes) when a newer query was typed since."""
        if seq != self._seq:
            return False
        summary = (self.tr("%n person(s) found", "", len(hits)) if hits
                   else self.tr("Nobody found. Press Ctrl+N to register a walk-in."))
        self._show(list(hits), summary)
        return True

    def _show(self, hits: list[Hit], summary: str) -> None:
        self._hits = hits
        self.results.clear()
        word = self.tr("last visit")
        for hit in hits:
            item = QListWidgetItem(hit_text(hit, word), self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
        if hits:
            self.results.setCurrentRow(0)
        self.summary.setText(summary)

    def result_texts(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    def _open_first(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.person_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the field move through the results; Enter opens the current one.
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def reset(self) -> None:
        self._timer.stop()
        self._seq += 1
        self.field.clear()
        self._show([], "")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Search people"))
        self._heading.setText(self.tr("Find a person (Ctrl+F)"))
        self.field.setPlaceholderText(self.tr("Name, phone, date of birth or member ID"))
        self.field.setAccessibleName(self.tr("Search"))
        self.new_button.setText(self.tr("New walk-in (Ctrl+N)"))
        self.new_button.setAccessibleName(self.new_button.text())
        self.results.setAccessibleName(self.tr("People found"))
