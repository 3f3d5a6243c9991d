"""The staff PIN pad that unlocks a locked-down kiosk (opened by a hidden gesture)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.screens.base import KioskScreen, big_button, text_label, title_label
from ui.theme import Theme
from ui.widgets.keyboard import DIGIT_ROWS, OnScreenKeyboard

MAX_PIN = 12


class StaffPinScreen(KioskScreen):
    """``pin_entered(pin)`` on OK; ``cancelled`` back to the visitor flow."""

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._title = title_label(self)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("PinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(MAX_PIN)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(theme.touch_px)
        self.entry.setFixedWidth(480)
        self.entry.returnPressed.connect(self._submit)
        self.error = text_label(self, "ErrorText")
        self.keypad = OnScreenKeyboard(DIGIT_ROWS, self, key_px=96)
        self.keypad.setFixedWidth(480)
        self.keypad.set_target(self.entry)
        self.keypad.key_pressed.connect(lambda _k: self.error.clear())
        self.cancel_button = big_button(self, theme, "CancelButton")
        self.cancel_button.clicked.connect(self._cancel)
        self.ok_button = big_button(self, theme, "UnlockButton", primary=True)
        self.ok_button.clicked.connect(self._submit)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.ok_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 32, 64, 32)
        column.setSpacing(24)
        column.addStretch(1)
        column.addWidget(self._title)
        column.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.error)
        column.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(actions)
        column.addStretch(1)
        self.retranslate()

    def enter(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.entry.clear()
        self.error.setText(text)

    def reset(self) -> None:
        self.entry.clear()
        self.error.clear()

    def _submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        if pin:
            self.pin_entered.emit(pin)

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Staff PIN"))
        self._title.setText(self.tr("Staff only: type your PIN"))
        self.entry.setAccessibleName(self.tr("PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.ok_button.setText(self.tr("Unlock"))
        self.ok_button.setAccessibleName(self.ok_button.text())
