"""What every kiosk screen shares: the page look, retranslation, and the wipe.

``reset()`` is the privacy contract: after it, nothing the last visitor
entered or saw is left in the screen's widgets (the idle test checks every
QLineEdit and QLabel of every screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ui.theme import Theme


class KioskScreen(QWidget):
    """A page of the visitor flow."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.theme = theme

    def reset(self) -> None:
        """Forget everything about the current visitor."""

    def retranslate(self) -> None:
        """Re-read every visible string (called on each language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def isolate(text: str) -> str:
    """A Latin name inside right-to-left text keeps its own order ("Maria G." not ".Maria G")."""
    return f"\u2068{text}\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


def title_label(parent: QWidget, name: str = "ScreenTitle") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def text_label(parent: QWidget, name: str = "ScreenText", *, centered: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    if centered:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def big_button(parent: QWidget, theme: Theme, name: str, *, primary: bool = False) -> QPushButton:
    """A touch button at least ``theme.touch_px`` tall; ``primary`` is the one main action."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(theme.touch_px)
    # Its text does not set a minimum width: a screen must fit either orientation
    # before it is arranged for it (the stack takes its pages' largest minimum).
    button.setMinimumWidth(theme.touch_px)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if primary:
        button.setProperty("role", "primary")
    return button
