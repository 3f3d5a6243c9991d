"""Typed ID: the member ID on a large on-screen keypad, checked as it is submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.screens.base import KioskScreen, big_button, text_label, title_label
from ui.theme import Theme
from ui.widgets.keyboard import ID_ROWS, OnScreenKeyboard

MAX_ID_CHARS = 20


class TypedIdScreen(KioskScreen):
    """``submitted(text)`` with what was typed; ``back`` to the welcome screen."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._title = title_label(self)
        self._hint = text_label(self)
        self.error = text_label(self, "ErrorText")
        self.entry = QLineEdit(self)
        self.entry.setObjectName("IdEntry")
        self.entry.setMaxLength(MAX_ID_CHARS)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(theme.touch_px)
        # IDs read left to right in every language.
        self.entry.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.entry.returnPressed.connect(self._submit)
        self.entry.textEdited.connect(lambda _t: self.error.clear())
        self.keyboard = OnScreenKeyboard(ID_ROWS, self)
        self.keyboard.set_target(self.entry)
        self.keyboard.key_pressed.connect(lambda _k: self.error.clear())
        self.back_button = big_button(self, theme, "BackButton")
        self.back_button.clicked.connect(self.back)
        self.continue_button = big_button(self, theme, "ContinueButton", primary=True)
        self.continue_button.clicked.connect(self._submit)

        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.back_button, 1)
        actions.addWidget(self.continue_button, 2)
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addWidget(self._title)
        words.addWidget(self._hint)
        words.addWidget(self.entry)
        words.addWidget(self.error)
        words.addStretch(1)
        # The keys under the field, or beside it on a landscape screen too short for that
        # (larger text in a tall script): see ``_arrange``.
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(48)
        self._split.addLayout(words, 1)
        self._split.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 32, 64, 32)
        column.setSpacing(20)
        column.addLayout(self._split, 1)
        column.addLayout(actions)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._arrange(self.width(), self.height())  # the text size may have changed while hidden
        super().showEvent(event)

    def _arrange(self, width: int, height: int) -> None:
        """The keys under the field, unless that is too tall for a landscape screen: then beside it."""
        self._split.setDirection(QBoxLayout.Direction.TopToBottom)
        layout = self.layout()
        if width > height and layout is not None and layout.minimumSize().height() > height:
            self._split.setDirection(QBoxLayout.Direction.LeftToRight)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def enter(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.entry.clear()
        self.error.clear()

    def _submit(self) -> None:
        self.submitted.emit(self.entry.text())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Type your ID"))
        self._title.setText(self.tr("Type your member ID"))
        self._hint.setText(self.tr("It is on your health plan card or Medi-Cal card."))
        self.entry.setAccessibleName(self.tr("Member ID"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.continue_button.text())
