"""The child-care station's flow: a staff PIN signs in (and counts in the room), then the room, live.

The roster is fetched on the bridge every ``refresh_ms`` and after every action; warnings
come from the core's clock, so a test moves time with a ``ManualClock``. Locking the
screen (idle or the button) keeps the member counted in the room: they are still there;
"Leave the room" stops counting them, which the ratio must allow.

Keys: Ctrl+L lock, F5 refresh; the USB scanner's bursts arrive as ``on_payload``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import ChildCareRoom
from kiosk.domain.childcare import Handover
from kiosk.errors import KioskError
from kiosk.staff import StaffLockedOut, StaffMember
from kiosk.station import Station
from ui.childcare import calls
from ui.childcare.labels import Label, label_printer, labels_for, paint_labels, print_labels
from ui.childcare.messages import child_care_message
from ui.childcare.room import RoomScreen
from ui.childcare.signin import ChildCareSignInScreen
from ui.desk.messages import locked_out_message
from ui.desk.printing import PrintOutcome
from ui.screens.base import isolate
from ui.theme import Theme
from ui.widgets.idle import IdleWatch
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

SCREENS = ("sign-in", "room")
ROSTER_REFRESH_MS = 5_000  # "live": a check-in at the kiosk or another station shows within seconds


class ChildCareFlow(QWidget):
    screen_changed = Signal(str)
    signed_in = Signal(object)  # StaffMember
    signed_out = Signal(str)  # "button", "idle" or "left"
    done = Signal(str)  # what just finished: "roster", "found", "check_in", "check_out", "override", "error"...

    def __init__(self, station: Station, bridge: CoreBridge, theme: Theme, room: ChildCareRoom, *,
                 locale: Callable[[], str], refresh_ms: int = ROSTER_REFRESH_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._station = station
        self._config = station.config
        self._bridge = bridge
        self._locale = locale
        self.room = room
        self.staff: StaffMember | None = None
        self._fetching = False
        self.preview_dialog: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None

        self.sign_in_screen = ChildCareSignInScreen(theme, self)
        self.sign_in_screen.room_name = room.name("en")
        self.room_screen = RoomScreen(room, self._config.site.time_zone, theme, self)
        self._stack = QStackedWidget(self)
        self._screens: dict[str, QWidget] = {"sign-in": self.sign_in_screen, "room": self.room_screen}
        for screen in self._screens.values():
            self._stack.addWidget(screen)

        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("Header")
        self.who = QLabel(self.top_bar)
        self.who.setObjectName("SignedInAs")
        self.refresh_button = QPushButton(self.top_bar)
        self.lock_button = QPushButton(self.top_bar)
        self.lock_button.setObjectName("SignOut")
        self.leave_button = QPushButton(self.top_bar)
        self.leave_button.setObjectName("LeaveRoom")
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.who, 1)
        for button in (self.refresh_button, self.lock_button, self.leave_button):
            bar.addWidget(button)
        self.refresh_button.clicked.connect(self.refresh)
        self.lock_button.clicked.connect(lambda: self.sign_out("button"))
        self.leave_button.clicked.connect(self.leave_room)
        self.top_bar.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self._stack, 1)

        self._shortcuts: list[QShortcut] = []
        for key, slot in (("Ctrl+L", lambda: self.sign_out("button")), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)
        self.idle_watch = IdleWatch(int(self._config.rules.staff_idle_timeout.total_seconds() * 1000), parent=self)
        self.idle_watch.idle.connect(lambda: self.sign_out("idle"))

        self.sign_in_screen.pin_entered.connect(self._check_pin)
        handover = self.room_screen.handover
        handover.find_requested.connect(self.find_code)
        handover.check_in_requested.connect(self._check_in_groups)
        handover.check_out_requested.connect(self._check_out_groups)
        handover.labels_requested.connect(lambda ids: self.preview_labels(ids))
        self.room_screen.override.override_requested.connect(self._override)
        self.room_screen.check_in_selected.connect(lambda signup_id: self._check_in_groups([("", [signup_id])]))
        self.room_screen.labels_requested.connect(lambda ids: self.preview_labels(ids))
        self.retranslate()
        self.show_screen("sign-in")

    # -- screens ------------------------------------------------------------------

    def language(self) -> str:
        return self._locale()

    def current(self) -> str:
        widget = self._stack.currentWidget()
        return next(name for name, screen in self._screens.items() if screen is widget)

    def show_screen(self, name: str) -> None:
        self._stack.setCurrentWidget(self._screens[name])
        self.screen_changed.emit(name)

    # -- sign-in, lock, leave ---------------------------------------------------------

    def _check_pin(self, pin: str) -> None:
        self.sign_in_screen.set_busy(True)
        self._bridge.submit(calls.sign_in, self._station, pin, self.room.code, on_done=self._pin_checked,
                            on_error=self._pin_failed)

    def _pin_checked(self, member: StaffMember | None) -> None:
        self.sign_in_screen.set_busy(False)
        if member is None:
            self.sign_in_screen.show_error(self.tr("That PIN is not right. Try again."))
            self.done.emit("sign_in_failed")
            return
        self.staff = member
        self.sign_in_screen.reset()
        self.top_bar.show()
        self._show_who()
        self.show_screen("room")
        self.room_screen.handover.enter()
        self.idle_watch.arm()
        self.refresh_timer.start()
        self.signed_in.emit(member)
        self.done.emit("signed_in")
        self.refresh()

    def _pin_failed(self, error: KioskError) -> None:
        self.sign_in_screen.set_busy(False)
        if isinstance(error, StaffLockedOut):
            text = locked_out_message(error, self._station.clock.now(), self._config.site.time_zone)
        else:
            text = child_care_message(error)
        self.sign_in_screen.show_error(text)
        self.done.emit("sign_in_failed")

    def sign_out(self, why: str) -> None:
        """Lock the screen and wipe it (``why``: "button", "idle" or "left"); the room's count is not changed
        here (see ``leave_room``)."""
        if self.staff is None:
            return
        self.staff = None
        self.idle_watch.disarm()
        self.refresh_timer.stop()
        if self.preview_dialog is not None:
            self.preview_dialog.close()  # a label names a child: never left open for the next person
            self.preview_dialog = None
        self.room_screen.reset()
        self.top_bar.hide()
        self.who.clear()
        self.show_screen("sign-in")
        if why == "idle":
            minutes = max(1, round(self._config.rules.staff_idle_timeout.total_seconds() / 60))
            self.sign_in_screen.error.setText(
                self.tr("Locked after %n minute(s) without activity. You still count as in the room.", "", minutes))
        elif why == "left":
            self.sign_in_screen.error.setText(self.tr("You left the room; you no longer count for its ratio."))
        self.sign_in_screen.enter()
        self.signed_out.emit(why)

    def leave_room(self) -> None:
        if self.staff is None:
            return

        def refused(error: KioskError) -> None:
            self.room_screen.close_override()  # the words go where they are seen
            if error.code == "ratio_exceeded":
                self.room_screen.handover.show_error(self.tr(
                    "You cannot leave yet: the children in the room need you for the ratio. Sign another staff "
                    "member in, or check children out first."))
            else:
                self.room_screen.handover.show_error(child_care_message(error))
            self.done.emit("error")
        self._submit(calls.leave_room, self.staff.id, on_done=lambda _none: self._left(), on_error=refused)

    def _left(self) -> None:
        self.sign_out("left")
        self.done.emit("left")

    def _show_who(self) -> None:
        if self.staff is None:
            self.who.clear()
            return
        self.who.setText(self.tr("Signed in: %1, counted in %2").replace("%1", isolate(self.staff.display_name))
                         .replace("%2", self.room.name(self._locale())))

    # -- the roster --------------------------------------------------------------------

    def refresh(self) -> None:
        if self.staff is None or self._fetching:
            return
        self._fetching = True

        def shown(view: calls.RoomView) -> None:
            self._fetching = False
            if self.staff is None:
                return  # locked meanwhile: nothing of the room stays on screen
            self.room_screen.show_view(view, self._locale())
            self.done.emit("roster")

        def failed(error: KioskError) -> None:
            self._fetching = False
            self.room_screen.handover.show_error(child_care_message(error))
            self.done.emit("error")
        self._submit(calls.room_view, self.room.code, on_done=shown, on_error=failed)

    # -- finding children by code or scan ---------------------------------------------------

    def find_code(self, code: str) -> None:
        if self.staff is not None:
            self._submit(calls.find_code, code, self.staff.id, on_done=self._found, on_error=self._refused)

    def on_payload(self, payload: str, source: str) -> None:
        if self.staff is None or self.current() != "room":
            log.info("scan from the %s ignored: nobody is signed in", source)
            return
        self.room_screen.handover.code_entry.clear()
        self._submit(calls.find_scan, payload, self.staff.id, on_done=self._found, on_error=self._refused)

    def _found(self, found: calls.Found) -> None:
        view = self.room_screen.view
        known = {c.signup_id: c for c in view.roster.children} if view is not None else {}
        names = {s.signup_id: [*known[s.signup_id].guardians, *known[s.signup_id].authorized]
                 for s in found.signups if s.signup_id in known}
        self.room_screen.close_override()
        self.room_screen.handover.show_found(found.signups, names)
        self.done.emit("found")

    def _refused(self, error: KioskError, *, pickup_by: str = "") -> None:
        self.room_screen.handover.show_error(child_care_message(error, pickup_by=isolate(pickup_by)))
        self.refresh()
        self.done.emit("error")

    # -- check in, check out, release ---------------------------------------------------------

    def _check_in_groups(self, groups: list[tuple[str, list[str]]]) -> None:
        if self.staff is None:
            return
        staff_id = self.staff.id
        for code, ids in groups:
            self._submit(calls.check_in, ids, staff_id, code=code or None, on_done=self._checked_in,
                         on_error=self._refused)

    def _checked_in(self, done: list[Handover]) -> None:
        names = ", ".join(isolate(h.child_name) for h in done)
        self.room_screen.handover.reset()
        self.room_screen.handover.show_result(self.tr("Checked in: %1").replace("%1", names),
                                              checked_in=[h.signup_id for h in done])
        self.refresh()
        self.done.emit("check_in")

    def _check_out_groups(self, groups: list[tuple[str, list[str]]], pickup_by: str) -> None:
        if self.staff is None:
            return
        staff_id = self.staff.id
        for code, ids in groups:
            self._submit(calls.check_out, code, ids, pickup_by, staff_id, on_done=self._checked_out,
                         on_error=functools.partial(self._refused, pickup_by=pickup_by))

    def _checked_out(self, done: list[Handover]) -> None:
        names = ", ".join(isolate(h.child_name) for h in done)
        self.room_screen.handover.reset()
        self.room_screen.handover.show_result(self.tr("Picked up: %1").replace("%1", names))
        self.refresh()
        self.done.emit("check_out")

    def _override(self, signup_id: str, pickup_by: str, reason: str) -> None:
        if self.staff is None:
            return

        def released(done: Handover) -> None:
            self.room_screen.close_override()
            self.room_screen.handover.show_result(self.tr("Released without the code: %1. The reason is recorded.")
                                                  .replace("%1", isolate(done.child_name)))
            self.refresh()
            self.done.emit("override")

        def refused(error: KioskError) -> None:
            self.room_screen.override.show_error(child_care_message(error, pickup_by=isolate(pickup_by)))
            self.done.emit("error")
        self._submit(calls.override, signup_id, pickup_by, reason, self.staff.id, on_done=released,
                     on_error=refused)

    # -- labels ---------------------------------------------------------------------

    def labels(self, signup_ids: list[str]) -> list[Label]:
        """The child's label and the parent's, for children on the roster shown."""
        view = self.room_screen.view
        children = [c for c in view.roster.children if c.signup_id in signup_ids] if view is not None else []
        return labels_for(children, self.room.name(self._locale()), self._config.site.time_zone,
                          allergy_word=self.tr("ALLERGY"), until=self.tr("until %1"), pickup=self.tr("Pickup: %1"))

    def print_labels_to_pdf(self, signup_ids: list[str], out: Path) -> PrintOutcome:
        return print_labels(self.labels(signup_ids), self._config.printing.label_size_in, pdf=out)

    def preview_labels(self, signup_ids: list[str]) -> None:
        """A print preview of the labels; from it staff print to any installed printer, or to a PDF file."""
        labels = self.labels(signup_ids)
        if not labels:
            return
        size = self._config.printing.label_size_in
        printer = label_printer(size)
        if printer is None:
            # No printer: the check-in stands; the preview can still save the labels as a PDF.
            self.room_screen.handover.show_error(self.tr("No printer is set up on this station. You can save "
                                                         "the labels as a PDF file instead."))
            printer = label_printer(size, pdf=Path("labels.pdf"))
            assert printer is not None
        self._preview_printer = printer  # the dialog only borrows it: it must outlive the dialog
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(functools.partial(self._paint_preview, labels))
        dialog.setWindowTitle(self.tr("Label preview"))
        self.preview_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.done.emit("labels")

    @staticmethod
    def _paint_preview(labels: list[Label], printer: QPrinter) -> None:
        paint_labels(labels, printer)

    # -- plumbing -----------------------------------------------------------------------

    def _submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                on_error: Callable[[KioskError], None], **kwargs: Any) -> None:
        """Run ``fn(station, *args, **kwargs)`` on the bridge's database lane."""
        call = functools.partial(fn, **kwargs) if kwargs else fn
        self._bridge.submit(call, self._station, *args, on_done=on_done, on_error=on_error)

    def retranslate(self) -> None:
        self.sign_in_screen.room_name = self.room.name(self._locale())
        self.sign_in_screen.retranslate()
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.leave_button.setText(self.tr("Leave the room"))
        for button in (self.refresh_button, self.lock_button, self.leave_button):
            button.setAccessibleName(button.text())
        self._show_who()
        view = self.room_screen.view
        if view is not None:
            self.room_screen.show_view(view, self._locale())  # ages, flags and warnings in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
