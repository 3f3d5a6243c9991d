"""A calm message with what to do next: a refused card, an unknown ID, any failure."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.errors import VisitorMessage
from ui.screens.base import KioskScreen, big_button, text_label, title_label
from ui.theme import Theme


class Action(StrEnum):
    TRY_AGAIN = "try_again"
    TYPE_ID = "type_id"
    REGISTER = "register"
    CHOOSE_AGAIN = "choose_again"
    DONE = "done"  # back to the start; the front desk is named in the message


class MessageScreen(KioskScreen):
    """``action_chosen(Action)`` with the button the visitor touched."""

    action_chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._title = title_label(self)
        self._body = text_label(self)
        self._buttons: dict[Action, QPushButton] = {}
        # Side by side in landscape, one under the other in portrait (long words in some languages).
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row = row
        row.setSpacing(24)
        for action in Action:
            button = big_button(self, theme, f"action-{action.value}", primary=action is Action.DONE)
            button.clicked.connect(lambda _c=False, a=action: self.action_chosen.emit(a.value))
            button.hide()
            self._buttons[action] = button
            row.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(96, 64, 96, 64)
        column.setSpacing(32)
        column.addStretch(1)
        column.addWidget(self._title)
        column.addWidget(self._body)
        column.addSpacing(32)
        column.addLayout(row)
        column.addStretch(1)
        self._message: Callable[[], VisitorMessage] | None = None
        self.retranslate()

    def show_message(self, message: Callable[[], VisitorMessage], actions: tuple[Action, ...]) -> None:
        """``message`` makes the words, so a language change re-words them."""
        self._message = message
        self._show_words()
        for action, button in self._buttons.items():
            button.setVisible(action in actions)

    def _show_words(self) -> None:
        if self._message is not None:
            words = self._message()
            self._title.setText(words.title)
            self._body.setText(words.body)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._row.setDirection(QBoxLayout.Direction.LeftToRight if size.width() > size.height()
                               else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def button(self, action: Action) -> QPushButton:
        return self._buttons[action]

    def title_text(self) -> str:
        return self._title.text()

    def body_text(self) -> str:
        return self._body.text()

    def reset(self) -> None:
        self._message = None
        self._title.clear()
        self._body.clear()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        words = {
            Action.TRY_AGAIN: self.tr("Try again"),
            Action.TYPE_ID: self.tr("Type my ID"),
            Action.REGISTER: self.tr("Register"),
            Action.CHOOSE_AGAIN: self.tr("Choose again"),
            Action.DONE: self.tr("Back to the start"),
        }
        for action, button in self._buttons.items():
            button.setText(words[action])
            button.setAccessibleName(words[action])
        self._show_words()
