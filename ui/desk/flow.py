"""The front-desk flow: sign in, then search, register, one person, the day; sign out.

Every core call goes through the bridge with the signed-in staff member's id,
so each action is audited under their name. No input for the configured staff
idle time signs them out and wipes every screen. Scans (camera or USB
scanner) open the person, or a walk-in form started from the card.

Keys: Ctrl+F or F3 search, Ctrl+N new walk-in, Ctrl+Enter check in, F5 the
day, F7 staff accounts (supervisor and IT only), Ctrl+L sign out.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import local_date
from kiosk.domain.people import Registration
from kiosk.domain.visits import CheckInResult, VisitState
from kiosk.errors import KioskError
from kiosk.staff import MANAGER_ROLES, StaffLockedOut, StaffMember, StaffRole
from kiosk.station import Station
from ui.desk import calls
from ui.desk.messages import locked_out_message, staff_message
from ui.desk.printing import PrintJob, PrintOutcome, make_printer, paint, print_job
from ui.screens.desk_day import DeskDayScreen
from ui.screens.desk_person import DeskPersonScreen
from ui.screens.desk_register import DeskRegisterScreen
from ui.screens.desk_search import DeskSearchScreen
from ui.screens.desk_signin import DeskSignInScreen
from ui.screens.desk_staff import DeskStaffScreen, StaffAccounts
from ui.theme import Theme
from ui.widgets.idle import IdleWatch
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

SCREENS = ("sign-in", "search", "register", "person", "day", "staff")
# Who may change today's classes by hand (when no schedule came from the plan side).
SCHEDULE_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.IT})

SavePath = Callable[[str, str], Path | None]  # (format, suggested file name) -> where, or None: cancelled


class DeskFlow(QWidget):
    screen_changed = Signal(str)
    signed_in = Signal(object)  # StaffMember
    signed_out = Signal(str)  # "button" or "idle"
    done = Signal(str)  # what just finished, e.g. "check_in" (tests, screenshots)

    def __init__(self, station: Station, bridge: CoreBridge, theme: Theme, *,
                 locale: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._station = station
        self._config = station.config
        self._bridge = bridge
        self._locale = locale
        self.staff: StaffMember | None = None
        self._last_merge: str | None = None
        self.save_path: SavePath = self._ask_save_path
        self.preview_dialog: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None

        plan_names = {p.code: p.name("en") for p in self._config.plans}
        self.sign_in_screen = DeskSignInScreen(theme, self)
        self.search = DeskSearchScreen(theme, self)
        self.register = DeskRegisterScreen(self._config, theme, self)
        self.person = DeskPersonScreen(self._config, theme, self)
        self.day = DeskDayScreen(self._config.site.time_zone, plan_names, theme, self)
        self.staff_screen = DeskStaffScreen(theme, self)
        self.staff_accounts = StaffAccounts(station, bridge, self.staff_screen, lambda: self.staff, self)
        self._stack = QStackedWidget(self)
        self._screens: dict[str, QWidget] = dict(zip(SCREENS, (self.sign_in_screen, self.search, self.register,
                                                              self.person, self.day, self.staff_screen),
                                                     strict=True))
        for screen in self._screens.values():
            self._stack.addWidget(screen)

        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("Header")
        self.who = QLabel(self.top_bar)
        self.who.setObjectName("SignedInAs")
        self.search_button = QPushButton(self.top_bar)
        self.new_button = QPushButton(self.top_bar)
        self.day_button = QPushButton(self.top_bar)
        self.staff_button = QPushButton(self.top_bar)
        self.staff_button.setObjectName("StaffAccountsButton")
        self.staff_button.hide()  # supervisor and IT only
        self.sign_out_button = QPushButton(self.top_bar)
        self.sign_out_button.setObjectName("SignOut")
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.who, 1)
        for button in (self.search_button, self.new_button, self.day_button, self.staff_button,
                       self.sign_out_button):
            bar.addWidget(button)
        self.search_button.clicked.connect(self.open_search)
        self.new_button.clicked.connect(self.new_walk_in)
        self.day_button.clicked.connect(self.open_day)
        self.staff_button.clicked.connect(self.open_staff)
        self.sign_out_button.clicked.connect(lambda: self.sign_out("button"))
        self.top_bar.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self._stack, 1)

        self._shortcuts: list[QShortcut] = []
        for keys, slot in ((("Ctrl+F", "F3"), self.open_search), (("Ctrl+N",), self.new_walk_in),
                           (("Ctrl+Return", "Ctrl+Enter"), self.check_in_shortcut), (("F5",), self.open_day),
                           (("F7",), self.open_staff), (("Ctrl+L",), lambda: self.sign_out("button"))):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

        self.idle_watch = IdleWatch(int(self._config.rules.staff_idle_timeout.total_seconds() * 1000), parent=self)
        self.idle_watch.idle.connect(lambda: self.sign_out("idle"))

        self.sign_in_screen.pin_entered.connect(self._check_pin)
        self.search.search_requested.connect(self._search)
        self.search.person_chosen.connect(self.open_person)
        self.search.new_walk_in.connect(self.new_walk_in)
        self.register.check_requested.connect(self._check_duplicates)
        self.register.save_anyway.connect(self._save_walk_in)
        self.register.use_existing.connect(self.open_person)
        self.register.cancelled.connect(self.open_search)
        self.person.check_in_requested.connect(self._check_in)
        self.person.correct_requested.connect(self._correct)
        self.person.void_requested.connect(self._void)
        self.person.merge_search.connect(self._merge_search)
        self.person.merge_requested.connect(self._merge)
        self.person.undo_merge_requested.connect(self._undo_merge)
        self.person.print_requested.connect(self.preview)
        self.day.export_requested.connect(self._export)
        self.day.class_saved.connect(self._save_class)
        self.staff_accounts.done.connect(self.done)
        self.retranslate()
        self.show_screen("sign-in")

    # -- screens ------------------------------------------------------------------

    def current(self) -> str:
        widget = self._stack.currentWidget()
        return next(name for name, screen in self._screens.items() if screen is widget)

    def show_screen(self, name: str) -> None:
        self._stack.setCurrentWidget(self._screens[name])
        self.screen_changed.emit(name)

    def _signed_in(self) -> bool:
        return self.staff is not None

    def open_search(self) -> None:
        if self._signed_in():
            self.show_screen("search")
            self.search.enter()

    def new_walk_in(self, *, plan_code: str | None = None, member_id: str | None = None) -> None:
        if not self._signed_in():
            return
        today = local_date(self._station.clock.now(), self._config.site.time_zone)
        self.register.start(today, plan_code=plan_code, member_id=member_id,
                            default_locale=self._config.site.default_locale)
        self.show_screen("register")
        self.register.enter()

    def open_person(self, person_id: str) -> None:
        if self._signed_in():
            self._submit(calls.person_view, person_id, on_done=self._show_person)

    def _show_person(self, view: calls.PersonView) -> None:
        self.person.reset()
        self.person.show_person(view, self._locale())
        self.show_screen("person")
        self.person.check_in_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.done.emit("person")

    def _reload_person(self, then: str = "") -> None:
        person_id = self.person.person_id
        if person_id is None:
            return

        def shown(view: calls.PersonView) -> None:
            kept = self.person.result.text()
            self.person.show_person(view, self._locale())
            self.person.show_result(kept)
            if then:
                self.done.emit(then)
        self._submit(calls.person_view, person_id, on_done=shown)

    def open_day(self) -> None:
        if not self._signed_in():
            return
        self.day.set_supervisor(self.staff is not None and self.staff.role in SCHEDULE_ROLES)
        self.show_screen("day")
        self.refresh_day()

    def may_manage_staff(self) -> bool:
        return self.staff is not None and self.staff.role in MANAGER_ROLES

    def open_staff(self) -> None:
        """Staff accounts: a supervisor's or IT's screen (the core checks the role again on every call)."""
        if not self.may_manage_staff():
            return
        self.show_screen("staff")
        self.staff_accounts.open()
        self.staff_screen.enter()

    def refresh_day(self) -> None:
        def shown(overview: calls.DayOverview) -> None:
            self.day.show_overview(overview, self._locale())
            self.done.emit("day")
        self._submit(calls.day_overview, on_done=shown, show=self.day.show_error)

    # -- sign-in and out ------------------------------------------------------------

    def _check_pin(self, pin: str) -> None:
        self.sign_in_screen.set_busy(True)
        self._bridge.submit(calls.sign_in, self._station, pin, on_done=self._pin_checked, on_error=self._pin_failed)

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
        self.idle_watch.arm()
        self.open_search()
        self.signed_in.emit(member)
        self.done.emit("signed_in")

    def _pin_failed(self, error: KioskError) -> None:
        self.sign_in_screen.set_busy(False)
        if isinstance(error, StaffLockedOut):
            text = locked_out_message(error, self._station.clock.now(), self._config.site.time_zone)
        else:
            text = staff_message(error)
        self.sign_in_screen.show_error(text)
        self.done.emit("sign_in_failed")

    def sign_out(self, why: str) -> None:
        """Sign out and wipe every screen (``why``: "button" or "idle")."""
        if self.staff is None:
            return
        self.staff = None
        self.idle_watch.disarm()
        if self.preview_dialog is not None:
            self.preview_dialog.close()  # it shows a visitor's name: never left open for the next person
            self.preview_dialog = None
        for screen in (self.search, self.register, self.person, self.day, self.staff_screen):
            screen.reset()
        self.top_bar.hide()
        self.who.clear()
        self.show_screen("sign-in")
        if why == "idle":
            minutes = max(1, round(self._config.rules.staff_idle_timeout.total_seconds() / 60))
            self.sign_in_screen.error.setText(
                self.tr("Signed out after %n minute(s) without activity.", "", minutes))
        self.sign_in_screen.enter()
        self.signed_out.emit(why)

    def _show_who(self) -> None:
        self.staff_button.setVisible(self.may_manage_staff())
        if self.staff is None:
            self.who.clear()
            return
        role = {StaffRole.FRONT_DESK: self.tr("front desk"), StaffRole.SUPERVISOR: self.tr("supervisor"),
                StaffRole.CHILD_CARE: self.tr("child care"), StaffRole.IT: self.tr("IT")}[self.staff.role]
        self.who.setText(self.tr("Signed in: %1 (%2)").replace("%1", self.staff.display_name).replace("%2", role))

    # -- search, scan, register ----------------------------------------------------------

    def _search(self, seq: int, query: str) -> None:
        self._submit(calls.find_people, query, on_done=functools.partial(self._found, seq), busy=False)

    def _found(self, seq: int, hits: list[calls.Hit]) -> None:
        if self.search.show_results(seq, hits):
            self.done.emit("search")

    def on_payload(self, payload: str, source: str) -> None:
        if not self._signed_in():
            log.info("scan from the %s ignored: nobody is signed in", source)
            return
        self._submit(calls.identify_scan, payload, on_done=self._scanned, show=self._scan_refused)

    def _scanned(self, scanned: calls.Scanned) -> None:
        if scanned.person_id is not None:
            self.open_person(scanned.person_id)
        else:
            self.new_walk_in(plan_code=scanned.plan_code, member_id=scanned.member_id)
            self.register.show_error(self.tr("This card is not registered here yet. Complete the form to register."))

    def _scan_refused(self, text: str) -> None:
        self.open_search()
        self.search.summary.setText(text)

    def _check_duplicates(self, form: Registration) -> None:
        def answered(similar: list[calls.Hit]) -> None:
            if similar:
                self.register.show_duplicates(similar)
                self.done.emit("duplicates")
            else:
                self._save_walk_in(form)
        self._submit(calls.similar_people, form, on_done=answered, show=self.register.show_error)

    def _save_walk_in(self, form: Registration) -> None:
        def saved(person_id: str) -> None:
            self.register.reset()
            self.open_person(person_id)
            self.done.emit("registered")
        self._submit(calls.register_walk_in, form, self._staff_id(), on_done=saved, show=self.register.show_error)

    # -- visits -------------------------------------------------------------------------

    def check_in_shortcut(self) -> None:
        if self._signed_in() and self.current() == "person":
            self.person.check_in_button.click()

    def _check_in(self, specs: list[str]) -> None:
        person_id = self.person.person_id
        if person_id is None:
            return

        def checked_in(result: CheckInResult) -> None:
            labels = ", ".join(line.label for line in result.services)
            self.person.show_result(self.tr("Checked in: %1").replace("%1", labels))
            self._reload_person("check_in")
        self._submit(calls.check_in_person, person_id, tuple(specs), self._staff_id(), on_done=checked_in,
                     show=self.person.show_error)

    def _correct(self, add: list[str], remove: list[str], reason: str) -> None:
        visit = self.person.visit
        if visit is None:
            return

        def corrected(state: VisitState) -> None:
            labels = ", ".join(line.label for line in state.services) or "—"
            self.person.reason.clear()
            self.person.show_result(self.tr("Correction saved. The visit now has: %1").replace("%1", labels))
            self._reload_person("correct")
        self._submit(calls.correct_visit, visit.visit_id, tuple(add), tuple(remove), reason, self._staff_id(),
                     on_done=corrected, show=self.person.show_error)

    def _void(self, reason: str) -> None:
        visit = self.person.visit
        if visit is None:
            return

        def voided(_state: VisitState) -> None:
            self.person.reason.clear()
            self.person.show_result(self.tr("Visit voided. It no longer counts."))
            self._reload_person("void")
        self._submit(calls.void_visit, visit.visit_id, reason, self._staff_id(), on_done=voided,
                     show=self.person.show_error)

    # -- merge --------------------------------------------------------------------------

    def _merge_search(self, seq: int, query: str) -> None:
        def found(hits: list[calls.Hit]) -> None:
            if self.person.show_merge_results(seq, hits):
                self.done.emit("merge_search")
        self._submit(calls.find_people, query, on_done=found, busy=False)

    def _merge(self, other_id: str, reason: str) -> None:
        keep = self.person.person_id
        if keep is None:
            return
        if other_id == keep:
            self.person.show_error(self.tr("A person cannot be merged with themself."))
            return

        def merged(merge_id: str) -> None:
            self._last_merge = merge_id
            self.person.reason.clear()
            self.person.merged()
            self.person.show_result(self.tr("Merged. Their visits are now this person's."))
            self._reload_person("merge")
        self._submit(calls.merge, keep, other_id, reason, self._staff_id(), on_done=merged,
                     show=self.person.show_error)

    def _undo_merge(self, reason: str) -> None:
        merge_id = self._last_merge or self.person.undoable_merge()
        if merge_id is None:
            return

        def undone(_none: None) -> None:
            self._last_merge = None
            self.person.reason.clear()
            self.person.merge_undone()
            self.person.show_result(self.tr("Merge undone. They are two people again."))
            self._reload_person("undo_merge")
        self._submit(calls.undo_merge, merge_id, reason, self._staff_id(), on_done=undone,
                     show=self.person.show_error)

    # -- printing -----------------------------------------------------------------------

    def print_job(self, label: bool) -> PrintJob:
        """The slip or label for the person on screen: a greeting-style name, today's services, the site."""
        first = self.person.full_name().split()
        last = (self.person._view.detail["last_name"] if self.person._view else "") or ""
        name = f"{first[0]} {last[:1]}." if first and last else " ".join(first[:1])
        visit = self.person.visit
        services = [line.label for line in visit.services] if visit is not None and not visit.voided else []
        when = calls.now_local(self._station).strftime("%Y-%m-%d %H:%M")
        lines = (*services, when) if label else (*services, self._config.site.name, when)
        return PrintJob(name, tuple(lines), label=label)

    def print_to_pdf(self, out: Path, *, label: bool) -> PrintOutcome:
        return print_job(self.print_job(label), self._config.printing.label_size_in, pdf=out)

    def preview(self, label: bool) -> None:
        """A print preview; printing from it goes to any installed printer, or to a PDF file."""
        job = self.print_job(label)
        printer = make_printer(job, self._config.printing.label_size_in)
        if printer is None:
            # No printer: the check-in stands; staff can still save the slip as a PDF from the preview.
            self.person.show_error(self.tr("No printer is set up on this station. The check-in is saved; "
                                           "you can print to a PDF file instead."))
            printer = make_printer(job, self._config.printing.label_size_in, pdf=Path("slip.pdf"))
            assert printer is not None
        self._preview_printer = printer  # the dialog only borrows it: it must outlive the dialog
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(functools.partial(self._paint_preview, job))
        dialog.setWindowTitle(self.tr("Print preview"))
        self.preview_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @staticmethod
    def _paint_preview(job: PrintJob, printer: QPrinter) -> None:
        paint(job, printer)

    # -- the day ------------------------------------------------------------------------

    def _save_class(self, code: str, name: str, room: str, start: time, end: time, capacity: int) -> None:
        if self.staff is None or self.staff.role not in SCHEDULE_ROLES:
            self.day.show_error(self.tr("Only a supervisor can change today's classes."))
            return

        def saved(_row: dict[str, Any]) -> None:
            self.day.show_error("")
            self.refresh_day()
        self._submit(calls.save_class, code, name, room, start, end, capacity, self._staff_id(), on_done=saved,
                     show=self.day.show_error)

    def _export(self, fmt: str, first: date, last: date) -> None:
        suffix = f"{first.isoformat()}" + (f"_{last.isoformat()}" if last != first else "")
        target = self.save_path(fmt, f"crc-report-{self._config.site.code}-{suffix}.{fmt}")
        if target is None:
            return
        fn = calls.export_csv if fmt == "csv" else calls.export_pdf

        def written(path: Path) -> None:
            self.day.show_report_result(self.tr("Report saved: %1").replace("%1", str(path)))
            self.done.emit("export")
        self._submit(fn, first, last, target, on_done=written, show=self.day.show_report_result)

    def _ask_save_path(self, fmt: str, suggested: str) -> Path | None:
        kinds = {"csv": self.tr("CSV files (*.csv)"), "pdf": self.tr("PDF files (*.pdf)")}
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, kinds[fmt])
        return Path(chosen) if chosen else None

    # -- plumbing -----------------------------------------------------------------------

    def _staff_id(self) -> str:
        assert self.staff is not None
        return self.staff.id

    def _submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                show: Callable[[str], None] | None = None, busy: bool = True) -> None:
        """Run ``fn(station, *args)`` on the bridge; an error becomes one message on ``show`` (or the search)."""
        def failed(error: KioskError) -> None:
            (show or self._scan_refused)(staff_message(error))
            self.done.emit("error")

        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def finished(fn: Callable[[Any], None], value: Any) -> None:
            if busy:
                QApplication.restoreOverrideCursor()
            fn(value)
        if self._bridge.submit(fn, self._station, *args, on_done=functools.partial(finished, on_done),
                               on_error=functools.partial(finished, failed)) is None and busy:
            QApplication.restoreOverrideCursor()  # shutting down: nothing will come back

    def retranslate(self) -> None:
        self.search_button.setText(self.tr("Search (F3)"))
        self.new_button.setText(self.tr("New walk-in (Ctrl+N)"))
        self.day_button.setText(self.tr("The day (F5)"))
        self.staff_button.setText(self.tr("Staff (F7)"))
        self.sign_out_button.setText(self.tr("Sign out"))
        for button in (self.search_button, self.new_button, self.day_button, self.staff_button,
                       self.sign_out_button):
            button.setAccessibleName(button.text())
        self._show_who()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
