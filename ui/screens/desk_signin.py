"""Front-desk sign-in: a personal PIN, typed (staff have a keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.screens.base import KioskScreen, text_label, title_label
from ui.theme import Theme

MAX_PIN = 8


class DeskSignInScreen(KioskScreen):
    """``pin_entered(pin)`` on Enter or the button; the field is cleared at once (a PIN never lingers)."""

    pin_entered = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._title = title_label(self)
        self._hint = text_label(self)
        self.error = text_label(self, "ErrorText")
        self.entry = QLineEdit(self)
        self.entry.setObjectName("PinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(MAX_PIN)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setFixedWidth(360)
        self.entry.setMinimumHeight(theme.touch_px)
        self.entry.returnPressed.connect(self._submit)
        self.entry.textEdited.connect(lambda _t: self.error.clear())
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("SignInButton")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setFixedWidth(360)
        self.sign_in_button.clicked.connect(self._submit)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 24, 48, 24)
        column.setSpacing(20)
        column.addStretch(1)
        column.addWidget(self._title)
        column.addWidget(self._hint)
        column.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.error)
        column.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.retranslate()

    def enter(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        self.entry.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        if not busy:
            self.enter()

    def show_error(self, text: str) -> None:
        self.entry.clear()
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def reset(self) -> None:
        self.entry.clear()
        self.error.clear()

    def _submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        if not pin:
            self.show_error(self.tr("Type your PIN, then press Enter."))
            return
        self.pin_entered.emit(pin)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Staff sign-in"))
        self._title.setText(self.tr("Front desk"))
        self._hint.setText(self.tr("Type your staff PIN and press Enter."))
        self.entry.setAccessibleName(self.tr("PIN"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text())
