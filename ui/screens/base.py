"""What every kiosk screen shares: the page look, retranslation, and the wipe.

``reset()`` is the privacy contract: after it, nothing the last visitor
entered or saw is left in the screen's widgets (the idle test checks every
QLineEdit and QLabel of every screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.theme import Theme


class KioskScreen(QWidget):
    """A page of the visitor flow."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.theme = theme
        hold_no_window_open(self)

    def reset(self) -> None:
        """Forget everything about the current visitor."""

    def retranslate(self) -> None:
        """Re-read every visible string (called on each language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


PAGE_MIN_PX = 320


def hold_no_window_open(page: QWidget) -> None:
    """A page's own minimum, so its layout's never widens or heightens the window.

    The stack takes the largest minimum of all its pages, hidden ones too, and a
    hidden page keeps the arrangement (and fonts) it was last laid out with: one
    set for landscape, or for normal text, would hold a window turned portrait,
    or a kiosk with larger text, past its screen. Each page is rearranged when
    shown; the layout tests check that what shows fits.
    """
    page.setMinimumSize(PAGE_MIN_PX, PAGE_MIN_PX)


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
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # Never narrower than its text (a row shares out only what is left), whatever the
    # language and text size; pages hold no window open for it (``hold_no_window_open``).
    # No explicit minimum width: Qt would take it instead of the text's.
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    if primary:
        button.setProperty("role", "primary")
    return button


FIELD_PX = 72  # form fields: >= 64 px touch targets, and a whole form fits a landscape screen


def form_field(screen: QWidget, name: str) -> QLineEdit:
    """A touch-sized line edit whose focus ``screen`` watches (its on-screen keys type where it was touched)."""
    edit = QLineEdit(screen)
    edit.setObjectName(name)
    edit.setMinimumHeight(FIELD_PX)
    edit.setMaxLength(100)
    edit.installEventFilter(screen)
    return edit
