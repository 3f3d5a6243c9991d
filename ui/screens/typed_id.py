"""Typed ID: the member ID on a large on-screen keypad, checked as it is submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

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
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 32, 64, 32)
        column.setSpacing(20)
        column.addWidget(self._title)
        column.addWidget(self._hint)
        column.addWidget(self.entry)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addWidget(self.keyboard)
        column.addSpacing(16)
        column.addLayout(actions)
        self.retranslate()

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
