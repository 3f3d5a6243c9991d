"""Checked in: readable at a glance, then back to the start by itself.

A big check mark, what they are checked in for (a class with its room and
time), the child-care pickup code with the children's masked names and room
(or, when the room could not take them, the way to the front desk), and the
visitor's CRC pass as a QR code to photograph for next time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.screens.base import KioskScreen, big_button, isolate, text_label, title_label
from ui.theme import Theme
from ui.widgets.qr import qr_image

AUTO_RETURN_MS = 20_000  # long enough to photograph the pass
QR_PX = 320


@dataclass(frozen=True)
class ChildCareShown:
    """The children's part of a confirmation, in the visitor's language."""

    pickup_code: str | None  # None: nobody was signed up (see ``refusal``)
    names: tuple[str, ...] = ()  # masked ("Sofía G.")
    room: str = ""
    until: str = ""  # the time the children are picked up by
    refusal: str = ""  # calm words with the way on, when the room could not take them


@dataclass(frozen=True)
class Confirmation:
    """What the screen shows: plain words already in the visitor's language, and the pass text."""

    greeting_name: str
    lines: tuple[str, ...]
    child_care: ChildCareShown | None
    pass_token: str | None
    already: bool  # every chosen service was already on today's visit


class ConfirmationScreen(KioskScreen):
    """``done`` when the visitor touches Done or the screen times out."""

    done = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None, *, auto_return_ms: int = AUTO_RETURN_MS) -> None:
        super().__init__(theme, parent)
        self._confirmation: Confirmation | None = None
        self._check = QLabel("✓", self)
        self._check.setObjectName("CheckMark")
        self._check.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = title_label(self)
        self._lines = text_label(self, "ConfirmLines")
        self._child_care = text_label(self)
        self._pickup_code = QLabel(self)
        self._pickup_code.setObjectName("PickupCode")
        self._pickup_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pickup_code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._pickup_code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._qr = QLabel(self)
        self._qr.setObjectName("PassCode")
        self._qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qr_caption = text_label(self)
        self.notice = text_label(self)
        self.print_button = big_button(self, theme, "PrintButton")
        self.print_button.clicked.connect(self.print_slip)
        self.done_button = big_button(self, theme, "DoneButton", primary=True)
        self.done_button.clicked.connect(self._finish)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(auto_return_ms)
        self._timer.timeout.connect(self._finish)

        facts = QVBoxLayout()
        facts.setSpacing(16)
        facts.addStretch(1)
        facts.addWidget(self._check)
        facts.addWidget(self._title)
        facts.addWidget(self._lines)
        facts.addWidget(self._child_care)
        facts.addWidget(self._pickup_code, 0, Qt.AlignmentFlag.AlignHCenter)
        facts.addStretch(1)
        qr_box = QVBoxLayout()
        qr_box.setSpacing(8)
        qr_box.addStretch(1)
        qr_box.addWidget(self._qr)
        qr_box.addWidget(self._qr_caption)
        qr_box.addStretch(1)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(48)
        self._split.addLayout(facts, 3)
        self._split.addLayout(qr_box, 2)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        # No stretch factors: each keeps its text's width and they share what is left, so a long
        # "Print a slip" (larger text, Spanish) is never squeezed to half the row.
        actions.addWidget(self.print_button)
        actions.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 24, 64, 24)
        column.setSpacing(16)
        column.addLayout(self._split, 1)
        column.addWidget(self.notice)
        column.addLayout(actions)
        self.retranslate()

    def show_confirmation(self, confirmation: Confirmation) -> None:
        self._confirmation = confirmation
        self.notice.clear()
        if confirmation.pass_token:
            self._qr.setPixmap(QPixmap.fromImage(qr_image(confirmation.pass_token, QR_PX)))
        else:
            self._qr.clear()
        self._qr.setVisible(bool(confirmation.pass_token))
        self._qr_caption.setVisible(bool(confirmation.pass_token))
        compact = confirmation.child_care is not None
        if self._check.property("compact") != compact:
            self._check.setProperty("compact", compact)
            self._check.style().unpolish(self._check)  # the stylesheet's [compact] rule applies on repolish
            self._check.style().polish(self._check)
        self.retranslate()
        self._timer.start()

    def confirmation(self) -> Confirmation | None:
        return self._confirmation

    def print_slip(self) -> bool:
        """Print this confirmation; a calm word on screen when there is no printer."""
        from ui.widgets.slip_printer import print_slip  # QtPrintSupport loads on the first slip, not at start-up

        c = self._confirmation
        if c is None:
            return False
        lines = c.lines
        if c.child_care is not None:
            lines = (*lines, self._child_care.text().replace("\n", " "))
            if c.child_care.pickup_code:
                lines = (*lines, self.tr("Pickup code: %1").replace("%1", c.child_care.pickup_code))
        printed = print_slip(self._title.text(), lines, c.pass_token, self._qr_caption.text())
        self.notice.setText(self.tr("Your slip is printing.") if printed
                            else self.tr("The printer is not available. Please take a photo of the screen."))
        self._timer.start()  # time to read the notice
        return printed

    def pickup_code_text(self) -> str:
        return self._pickup_code.text()

    def child_care_text(self) -> str:
        return self._child_care.text()

    def has_pass_code(self) -> bool:
        pixmap = self._qr.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._split.setDirection(QBoxLayout.Direction.LeftToRight if size.width() > size.height()
                                 else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def reset(self) -> None:
        self._timer.stop()
        self._confirmation = None
        self._title.clear()
        self._lines.clear()
        self._child_care.clear()
        self._pickup_code.clear()
        self._pickup_code.hide()
        self._qr.clear()
        self.notice.clear()

    def _finish(self) -> None:
        self._timer.stop()
        self.done.emit()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("You are checked in"))
        self._check.setAccessibleName(self.tr("Done"))
        self._qr.setAccessibleName(self.tr("Your CRC pass QR code"))
        self._qr_caption.setText(self.tr("Take a photo of this code. Next time, scan it here."))
        self.print_button.setText(self.tr("Print a slip"))
        self.print_button.setAccessibleName(self.print_button.text())
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.done_button.text())
        c = self._confirmation
        if c is None:
            return
        if c.already:
            title = self.tr("You are already checked in")
        elif c.greeting_name:
            title = self.tr("You are checked in, %1").replace("%1", isolate(c.greeting_name))
        else:
            title = self.tr("You are checked in")
        self._title.setText(title)
        self._lines.setText("\n".join(c.lines))
        care = c.child_care
        self._child_care.setVisible(care is not None)
        self._pickup_code.setVisible(care is not None and bool(care.pickup_code))
        if care is None:
            self._child_care.clear()
            self._pickup_code.clear()
        elif care.pickup_code:
            names = QLocale().createSeparatedList([isolate(name) for name in care.names])  # "A, B and C", "A، B و C"
            self._child_care.setText(
                self.tr("Child care for %1 in %2 until %3. Your pickup code:")
                .replace("%1", names).replace("%2", isolate(care.room)).replace("%3", isolate(care.until)))
            self._pickup_code.setText(care.pickup_code)
            self._pickup_code.setAccessibleName(self.tr("Pickup code %1").replace("%1", " ".join(care.pickup_code)))
        else:
            self._child_care.setText(care.refusal)
