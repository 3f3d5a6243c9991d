"""On-screen keys: a touch kiosk has no keyboard.

The keys type into a target ``QLineEdit`` (the field that has focus) with
``insert``/``backspace``, so input masks and validators apply as for real
keys. Keys take no focus: the field keeps it and its cursor stays visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.theme import MIN_KEY_PX

# Member IDs are digits and Latin letters (LC…, BSP…, a CIN's final letter).
ID_ROWS: tuple[str, ...] = ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
# Names: letters, the accents of the names seen most at the centers, hyphen and apostrophe.
NAME_ROWS: tuple[str, ...] = ("1234567890", "QWERTYUIOP", "ASDFGHJKLÑ", "ZXCVBNM-'", "ÁÉÍÓÚÜ")
DIGIT_ROWS: tuple[str, ...] = ("123", "456", "789", "0")

BACKSPACE = "⌫"
SPACE = "␣"
KEY_PX = 72  # >= 64 px touch target


class OnScreenKeyboard(QWidget):
    """A grid of keys; ``key_pressed`` also fires so screens can clear old errors."""

    key_pressed = Signal(str)

    def __init__(self, rows: Sequence[str], parent: QWidget | None = None, *, space: bool = False,
                 key_px: int = KEY_PX) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self._target: QLineEdit | None = None
        self._keys: dict[str, QPushButton] = {}
        self._key_px = key_px
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        # Keys keep their order in right-to-left languages: Latin letters and digits read left to right.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        width = max(len(r) for r in rows)
        last = len(rows)
        for r, row in enumerate(rows):
            for c, char in enumerate(row):
                grid.addWidget(self._key(char, char, key_px), r, c)
        if space:
            grid.addWidget(self._key(SPACE, " ", key_px), last, 0, 1, max(1, width - 3))
        grid.addWidget(self._key(BACKSPACE, "\b", key_px), last, max(1, width - 3) if space else width - 3, 1, 3)
        self._retranslate()

    def _key(self, label: str, value: str, key_px: int) -> QPushButton:
        key = QPushButton(label, self)
        key.setObjectName("Key")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus
        key.setAutoRepeat(value == "\b")
        key.setMinimumSize(key_px, key_px)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setAccessibleName(label)
        key.clicked.connect(lambda _checked=False, v=value: self.press(v))
        self._keys[value] = key
        return key

    def fit(self, factor: float) -> None:
        """Keys ``factor`` times their size (a smaller panel), never under ``MIN_KEY_PX``."""
        px = max(MIN_KEY_PX, round(self._key_px * factor))
        for key in self._keys.values():
            key.setMinimumSize(px, px)

    def key(self, value: str) -> QPushButton:
        """The key that types ``value`` ("\\b" is backspace, " " the space bar)."""
        return self._keys[value]

    def set_target(self, target: QLineEdit | None) -> None:
        self._target = target

    def target(self) -> QLineEdit | None:
        return self._target

    def press(self, value: str) -> None:
        target = self._target
        if target is not None and not target.isReadOnly():
            if value == "\b":
                target.backspace()
            else:
                target.insert(value)
        self.key_pressed.emit(value)

    def type_text(self, text: str) -> None:
        """Press the keys of ``text`` in turn (tests, screenshots)."""
        for char in text:
            self.press(char)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._keys["\b"].setAccessibleName(self.tr("Delete the last character"))
        if " " in self._keys:
            self._keys[" "].setAccessibleName(self.tr("Space"))
