"""Keyboard-wedge scanners and magstripe readers, caught whatever widget has focus.

``WedgeFilter`` is an event filter on the QApplication. Every key press that
types text goes to ``kiosk.scanning.wedge.BurstAssembler`` and is held back
(swallowed) while the assembler decides: a scanner-fast burst becomes
``payload_scanned`` and never reaches a field; a person's keys are given back
to the widget they were typed into, in order, as copies of the original events
(same key code, modifiers and text, so Tab still moves focus and Space still
presses a button).

Keys that type nothing (arrows, function keys, Escape, Backspace) and
shortcuts with Ctrl, Alt or Meta pass straight through, after any held keys
so the order stays as typed. Bare modifier presses (a scanner's Shift before
a capital) pass through without disturbing a burst.

The clock is injectable (milliseconds, monotonic) so tests need not sleep.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.scanning.wedge import TERMINATORS, BurstAssembler, WedgeConfig, WedgeResult

log = logging.getLogger(__name__)

MsClock = Callable[[], float]

_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock,
})
_CTRL, _ALT, _META = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                      Qt.KeyboardModifier.MetaModifier)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def wedge_config(config: Config) -> WedgeConfig:
    """The station's wedge thresholds (its [scanning] table, or the defaults)."""
    return config.scanning.wedge_config()


@dataclass
class _HeldKey:
    """A swallowed key press, kept so it can be given back exactly as typed."""

    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    scan_code: int
    virtual_key: int
    native_modifiers: int
    released: bool = False  # its release came while held: give that back too

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(kind, self.key, self.modifiers, self.scan_code, self.virtual_key,
                         self.native_modifiers, self.text, False, 1)


class WedgeFilter(QObject):
    """Install with ``install(app)``; parent it to the window so it goes away with it."""

    payload_scanned = Signal(str)

    def __init__(self, config: WedgeConfig | None = None, *, clock: MsClock = monotonic_ms,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._assembler = BurstAssembler(config or WedgeConfig())
        self._clock = clock
        self._held: deque[_HeldKey] = deque()
        self._replaying: set[int] = set()  # addresses of the events we are re-delivering right now
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early or late
        self._timer.timeout.connect(self.poll)
        self._app: QCoreApplication | None = None

    @property
    def holding(self) -> bool:
        return self._assembler.holding

    def install(self, app: QCoreApplication) -> None:
        if self._app is None:
            app.installEventFilter(self)
            self._app = app

    def uninstall(self) -> None:
        """Stop filtering; keys still held are given back first."""
        if self._app is not None:
            self._flush()
            self._app.removeEventFilter(self)
            self._app = None
        self._timer.stop()

    # -- the filter -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != QEvent.Type.KeyPress and kind != QEvent.Type.KeyRelease:
            return False  # the fast path: every event of the app comes through here
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False  # the window's copy; the focus widget's comes next
        if self._replaying and shiboken6.getCppPointer(event)[0] in self._replaying:
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(event)
        return self._on_press(watched, event)

    def _on_press(self, target: QWidget, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False
        text = event.text()
        if not self._feeds(event, text):
            self._flush()  # held keys first, then this one: the order stays as typed
            return False
        self._held.append(_HeldKey(target, event.key(), event.modifiers(), text, event.nativeScanCode(),
                                   event.nativeVirtualKey(), event.nativeModifiers()))
        self._apply(self._assembler.key(text, self._clock()))
        return True

    def _feeds(self, event: QKeyEvent, text: str) -> bool:
        """Whether the assembler should see this key press."""
        if not text or event.isAutoRepeat():
            return False  # no text, or a person holding a key down (repeats come scanner-fast)
        if self._assembler.holding:
            # Within a burst, control codes (GS, RS for GS1 and AAMVA) come as Ctrl+letter.
            return True
        mods = event.modifiers()
        alt_gr = bool(mods & _CTRL) and bool(mods & _ALT) and text.isprintable()  # Windows reports AltGr so
        if (mods & (_CTRL | _ALT | _META)) and not alt_gr:
            return False  # a shortcut
        return text.isprintable() or text in TERMINATORS

    def _on_release(self, event: QKeyEvent) -> bool:
        for held in self._held:
            if not held.released and held.key == event.key() and held.scan_code == event.nativeScanCode():
                held.released = True
                return True
        return False

    # -- decisions ----------------------------------------------------------

    @Slot()
    def poll(self) -> None:
        """Let the assembler end a burst or give back keys whose time is up (the timer calls this)."""
        self._apply(self._assembler.poll(self._clock()))

    def _flush(self) -> None:
        """Decide now about whatever is held (a non-text key came, or we are going away)."""
        if self._assembler.holding:
            self._apply(self._assembler.poll(math.inf))

    def _apply(self, results: list[WedgeResult]) -> None:
        for result in results:
            if result.payload is not None:
                self._take(result.keys or result.payload)  # dropped: a scan never reaches a field
                log.info("scanner burst of %d characters", len(result.payload))
                self.payload_scanned.emit(result.payload)
            if result.replay:
                for held in self._take(result.replay):
                    self._give_back(held)
        self._schedule()

    def _take(self, text: str) -> list[_HeldKey]:
        """The held keys that typed ``text``, oldest first (the assembler keeps their order)."""
        taken: list[_HeldKey] = []
        typed = ""
        while self._held and len(typed) < len(text):
            held = self._held.popleft()
            taken.append(held)
            typed += held.text
        if typed != text:
            # A bug, not a user error; counts only, the text may be an ID.
            log.error("wedge bookkeeping out of step: %d keys for %d characters", len(taken), len(text))
        return taken

    def _give_back(self, held: _HeldKey) -> None:
        if not shiboken6.isValid(held.target):
            return  # the field is gone (the screen changed): its keys go with it
        self._send(held.target, held.event(QEvent.Type.KeyPress))
        if held.released:
            self._send(held.target, held.event(QEvent.Type.KeyRelease))

    def _send(self, target: QWidget, event: QKeyEvent) -> None:
        # Marked by address, not by a flag: a nested event loop during delivery
        # (a dialog opened by Enter) must still filter the real keys it gets.
        address = shiboken6.getCppPointer(event)[0]
        self._replaying.add(address)
        try:
            QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying.discard(address)

    def _schedule(self) -> None:
        deadline = self._assembler.deadline()
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil(deadline - self._clock())))
