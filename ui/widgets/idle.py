"""Idle watch: no touch for a while, a visible countdown, then the kiosk starts over.

``IdleWatch`` filters the application's input events (touch, mouse, keys): any
of them restarts the wait. When the wait runs out it emits ``idle``; the
screen shows ``Countdown`` and, when that reaches zero, ``expired`` fires.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import Theme

COUNTDOWN_SECONDS = 10
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input, while ``armed``."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._armed = False

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def arm(self) -> None:
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def poke(self) -> None:
        """Someone is there: start the wait over."""
        if self._armed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.poke()
        return False


class Countdown(QFrame):
    """"Are you still there?" with the seconds left and a big "I'm still here"."""

    expired = Signal()
    still_here = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None, *, seconds: int = COUNTDOWN_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("Countdown")
        self._seconds = seconds
        self._left = seconds
        self._title = QLabel(self)
        self._title.setObjectName("ScreenTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._text = QLabel(self)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("StillHere")
        self.button.setProperty("role", "primary")
        self.button.setMinimumHeight(theme.touch_px)
        self.button.clicked.connect(self._still_here)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(24)
        column.addWidget(self._title)
        column.addWidget(self._text)
        column.addWidget(self.button)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.hide()
        self._retranslate()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds

    def set_tick_ms(self, tick_ms: int) -> None:
        """Tests: a faster second."""
        self._tick.setInterval(tick_ms)

    @property
    def seconds_left(self) -> int:
        return self._left

    def start(self) -> None:
        self._left = self._seconds
        self._retranslate()
        self._place()
        self.show()
        self.raise_()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(900, parent.width() - 64)
        self.setFixedWidth(max(320, width))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)

    def _on_tick(self) -> None:
        self._left -= 1
        self._retranslate()
        if self._left <= 0:
            self.stop()
            self.expired.emit()

    def _still_here(self) -> None:
        self.stop()
        self.still_here.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Are you still there?"))
        self._title.setText(self.tr("Are you still there?"))
        self._text.setText(self.tr("Starting over in %n second(s), to keep your information private.", "",
                                   self._left))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.button.text())
