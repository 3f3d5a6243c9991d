"""Staff accounts at the front desk, for a supervisor or IT: the list, add a member, reset a PIN, deactivate.

The screen (``DeskStaffScreen``) only shows and asks; its controller (``StaffAccounts``) runs each action as
one core call on the bridge's lane with the signed-in member as ``by``, so the core checks the role again
and the audit names who did it. PIN fields are password fields, cleared as soon as they are sent; a PIN is
never shown, logged or kept by the screen. Deactivating asks for confirmation first.

Keys: arrows pick a member in the list; Enter in a PIN field sends its form; Alt+D deactivates (then
Alt+Y confirms, Esc cancels).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk import staff
from kiosk.errors import KioskError
from kiosk.staff import NotPermitted, PinRefused, StaffMember, StaffRole
from kiosk.station import Station
from ui.desk.messages import staff_message
from ui.screens.base import KioskScreen, isolate, text_label
from ui.theme import Theme
from ui.workers import CoreBridge

MAX_PIN = 8
ROLE_ORDER = (StaffRole.FRONT_DESK, StaffRole.CHILD_CARE, StaffRole.SUPERVISOR, StaffRole.IT)


# --- the core calls, run whole on the bridge's lane (``by``: the signed-in member) ---------------------


def load_accounts(station: Station, by: str) -> list[StaffMember]:
    """Every account of the site, deactivated ones too; only for a supervisor or IT."""
    staff.require_role(station, by)
    return staff.list_staff(station, include_inactive=True)


def add_member(station: Station, name: str, role: str, pin: str, by: str) -> StaffMember:
    return staff.add_staff(station, name, role, pin, by=by)


def reset_member_pin(station: Station, member_id: str, pin: str, by: str) -> StaffMember:
    return staff.set_pin(station, member_id, pin, by=by)


def deactivate_member(station: Station, member_id: str, by: str) -> StaffMember:
    return staff.deactivate(station, member_id, by=by)


# --- the screen ----------------------------------------------------------------------------------------


class DeskStaffScreen(KioskScreen):
    """``add_requested(name, role, pin)``, ``reset_requested(member_id, pin)``, ``deactivate_requested(member_id)``
    (the last only after the confirmation step)."""

    add_requested = Signal(str, str, str)
    reset_requested = Signal(str, str)
    deactivate_requested = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._members: list[StaffMember] = []
        self._me: str | None = None
        self._heading = QLabel(self)
        self._heading.setObjectName("SectionHeading")

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("StaffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the forms
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._picked)

        # Add a member.
        self._add_box = QGroupBox(self)
        self.name = QLineEdit(self._add_box)
        self.name.setObjectName("StaffName")
        self.role = QComboBox(self._add_box)
        self.role.setObjectName("StaffRole")
        self.pin = self._pin_field(self._add_box, "NewMemberPin")
        self.pin_again = self._pin_field(self._add_box, "NewMemberPinAgain")
        self.add_button = QPushButton(self._add_box)
        self.add_button.setObjectName("AddStaff")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.submit_add)
        for edit in (self.name, self.pin, self.pin_again):
            edit.returnPressed.connect(self.submit_add)
        self._add_labels = [QLabel(self._add_box) for _ in range(4)]
        add_form = QFormLayout(self._add_box)
        add_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._add_labels, (self.name, self.role, self.pin, self.pin_again), strict=True):
            label.setBuddy(field)
            add_form.addRow(label, field)
        add_form.addRow("", self.add_button)

        # The member picked in the list: a new PIN, or deactivation (asked twice).
        self._member_box = QGroupBox(self)
        self.new_pin = self._pin_field(self._member_box, "ResetPin")
        self.new_pin_again = self._pin_field(self._member_box, "ResetPinAgain")
        for edit in (self.new_pin, self.new_pin_again):
            edit.returnPressed.connect(self.submit_reset)
        self.reset_button = QPushButton(self._member_box)
        self.reset_button.setObjectName("ResetPinButton")
        self.reset_button.clicked.connect(self.submit_reset)
        self.deactivate_button = QPushButton(self._member_box)
        self.deactivate_button.setObjectName("DeactivateStaff")
        self.deactivate_button.clicked.connect(self.ask_deactivate)
        self.confirm = QFrame(self._member_box)
        self.confirm.setObjectName("DeactivateConfirm")
        self.confirm_text = text_label(self.confirm, "ErrorText", centered=False)
        self.confirm_button = QPushButton(self.confirm)
        self.confirm_button.setObjectName("ConfirmDeactivate")
        self.confirm_button.clicked.connect(self._confirmed)
        self.cancel_button = QPushButton(self.confirm)
        self.cancel_button.setObjectName("CancelDeactivate")
        self.cancel_button.clicked.connect(self.cancel_deactivate)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(self.confirm_button)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addStretch(1)
        confirm_column = QVBoxLayout(self.confirm)
        confirm_column.setContentsMargins(0, 0, 0, 0)
        confirm_column.addWidget(self.confirm_text)
        confirm_column.addLayout(confirm_buttons)
        self.confirm.hide()
        self._member_labels = [QLabel(self._member_box) for _ in range(2)]
        member_form = QFormLayout()
        member_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._member_labels, (self.new_pin, self.new_pin_again), strict=True):
            label.setBuddy(field)
            member_form.addRow(label, field)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.reset_button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.deactivate_button)
        member_column = QVBoxLayout(self._member_box)
        member_column.addLayout(member_form)
        member_column.addLayout(member_buttons)
        member_column.addWidget(self.confirm)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_deactivate)

        self.result = text_label(self, "ResultText", centered=False)
        self.error = text_label(self, "ErrorText", centered=False)
        for edit in (self.name, self.pin, self.pin_again, self.new_pin, self.new_pin_again):
            edit.textEdited.connect(lambda _t: self.error.clear())

        right = QVBoxLayout()
        right.addWidget(self._add_box)
        right.addWidget(self._member_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(8)
        outer.addWidget(self._heading)
        outer.addLayout(columns, 1)
        outer.addWidget(self.result)
        outer.addWidget(self.error)
        self.setTabOrder(self.table, self.name)
        self.setTabOrder(self.name, self.role)
        self.setTabOrder(self.role, self.pin)
        self.setTabOrder(self.pin, self.pin_again)
        self.setTabOrder(self.pin_again, self.add_button)
        self.setTabOrder(self.add_button, self.new_pin)
        self.setTabOrder(self.new_pin, self.new_pin_again)
        self.setTabOrder(self.new_pin_again, self.reset_button)
        self.setTabOrder(self.reset_button, self.deactivate_button)
        self.setTabOrder(self.deactivate_button, self.confirm_button)
        self.setTabOrder(self.confirm_button, self.cancel_button)
        self.retranslate()
        self._picked()

    @staticmethod
    def _pin_field(parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(MAX_PIN)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    # -- the list ---------------------------------------------------------------------------------------

    def enter(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_accounts(self, members: Sequence[StaffMember], me: str, select: str | None = None) -> None:
        """The site's accounts; ``me`` is the signed-in member, ``select`` the one to pick (else the same as
        before, else the first)."""
        keep = select or self.selected_id()
        self._members = list(members)
        self._me = me
        self._fill()
        rows = [i for i, m in enumerate(self._members) if m.id == keep]
        if rows or self._members:
            self._select_row(rows[0] if rows else 0)
        self._picked()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._members))
        for r, member in enumerate(self._members):
            name = member.display_name + (" " + self.tr("(you)") if member.id == self._me else "")
            status = self.tr("Active") if member.active else self.tr("Deactivated")
            for col, text in enumerate((isolate(name), self.role_name(member.role), status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.table.setItem(r, col, item)
        self.table.blockSignals(False)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows (name, role, status), for tests and screen readers' sake."""
        return [(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2)) for r in range(self.table.rowCount())]

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip("\u2068\u2069") if item is not None else ""

    def selected(self) -> StaffMember | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or not 0 <= row < len(self._members):
            return None
        return self._members[row]

    def selected_id(self) -> str | None:
        member = self.selected()
        return member.id if member is not None else None

    def select(self, member_id: str) -> None:
        rows = [i for i, m in enumerate(self._members) if m.id == member_id]
        if rows:
            self._select_row(rows[0])

    def _select_row(self, row: int) -> None:
        # Current and selected together: ``selectRow`` alone keeps no selection on a list refilled after a wipe.
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                 | QItemSelectionModel.SelectionFlag.Current)
        self.table.selectionModel().setCurrentIndex(self.table.model().index(row, 0), flags)

    def _picked(self) -> None:
        """Another member picked: nothing typed or asked for the last one carries over."""
        self.confirm.hide()
        self.new_pin.clear()
        self.new_pin_again.clear()
        self._show_selected()

    def _show_selected(self) -> None:
        member = self.selected()
        usable = member is not None and member.active
        for widget in (self.new_pin, self.new_pin_again, self.reset_button, self.deactivate_button):
            widget.setEnabled(usable)
        if member is None:
            self._member_box.setTitle(self.tr("Pick a member in the list"))
        elif member.active:
            self._member_box.setTitle(self.tr("Selected: %1").replace("%1", isolate(member.display_name)))
        else:
            self._member_box.setTitle(self.tr("Selected: %1 (deactivated)").replace("%1",
                                                                                   isolate(member.display_name)))
        self._member_box.setAccessibleName(self._member_box.title())

    # -- the forms --------------------------------------------------------------------------------------

    def _two_pins(self, first: QLineEdit, again: QLineEdit) -> str | None:
        """The PIN typed twice, or None after saying what to fix; both fields are cleared either way."""
        pin, repeat = first.text(), again.text()
        first.clear()
        again.clear()
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if not pin:
            self.show_error(self.tr("Type the PIN, then type it again."))
            return None
        if pin != repeat:
            self.show_error(self.tr("The two PINs are not the same. Type the PIN twice."))
            return None
        return pin

    def submit_add(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("Type the member's name."))
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # Enter before the last field goes on to the next one, as Tab would.
        if self.sender() is self.name and not self.pin_again.text():
            self.role.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if self.sender() is self.pin and not self.pin_again.text():
            self.pin_again.setFocus(Qt.FocusReason.TabFocusReason)
            return
        pin = self._two_pins(self.pin, self.pin_again)
        if pin is not None:
            self.show_result("")
            self.add_requested.emit(name, str(self.role.currentData()), pin)

    def submit_reset(self) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        if self.sender() is self.new_pin and not self.new_pin_again.text():
            self.new_pin_again.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        pin = self._two_pins(self.new_pin, self.new_pin_again)
        if pin is not None:
            self.show_result("")
            self.reset_requested.emit(member.id, pin)

    def ask_deactivate(self) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        if member.id == self._me:
            self.show_error(self.tr("You cannot deactivate your own account. Ask another supervisor or IT."))
            return
        self.error.clear()
        self.confirm_text.setText(self.tr("Deactivate %1? They will no longer be able to sign in.")
                                  .replace("%1", isolate(member.display_name)))
        self.confirm_text.setAccessibleName(self.confirm_text.text())
        self.confirm.show()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def confirming(self) -> bool:
        return not self.confirm.isHidden()

    def cancel_deactivate(self) -> None:
        if self.confirming:
            self.confirm.hide()
            self.deactivate_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirmed(self) -> None:
        member = self.selected()
        self.confirm.hide()
        if member is not None:
            self.deactivate_requested.emit(member.id)

    def added(self) -> None:
        self.name.clear()
        self.role.setCurrentIndex(0)

    # -- messages ---------------------------------------------------------------------------------------

    def role_name(self, role: StaffRole) -> str:
        return {StaffRole.FRONT_DESK: self.tr("Front desk"), StaffRole.CHILD_CARE: self.tr("Child care"),
                StaffRole.SUPERVISOR: self.tr("Supervisor"), StaffRole.IT: self.tr("IT")}[role]

    def error_text(self, error: KioskError) -> str:
        """A refusal in words that say what to change (PIN policy, who may do what); else the desk's wording."""
        if isinstance(error, PinRefused):
            if error.reason == "in_use":
                return self.tr("Another staff member already has that PIN. Choose another.")
            if error.reason == "trivial":
                return self.tr("That PIN is too easy to guess (one digit repeated, digits in a row, or a "
                               "repeated pattern). Choose another.")
            return self.tr("A PIN is 4 to 8 digits (0-9).")
        if isinstance(error, NotPermitted):
            if error.reason == "self":
                return self.tr("You cannot deactivate your own account. Ask another supervisor or IT.")
            if error.reason == "last_of_role":
                return self.tr("This is the last active member with this role. Add another one first.")
            return self.tr("Only a supervisor or IT can manage staff accounts.")
        return staff_message(error)

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
        if text:
            self.error.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def set_busy(self, busy: bool) -> None:
        for button in (self.add_button, self.reset_button, self.confirm_button):
            button.setEnabled(not busy)
        if not busy:
            self._show_selected()

    def reset(self) -> None:
        self._members = []
        self._me = None
        self.table.setRowCount(0)
        for edit in (self.name, self.pin, self.pin_again, self.new_pin, self.new_pin_again):
            edit.clear()
        self.role.setCurrentIndex(0)
        self.confirm.hide()
        self.confirm_text.clear()
        self.confirm_text.setAccessibleName("")
        self.show_result("")
        self.show_error("")
        self.set_busy(False)  # an answer still on its way is dropped (``StaffAccounts``): nothing else re-enables
        self._picked()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Staff accounts"))
        self._heading.setText(self.tr("Staff accounts"))
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self._add_box.setTitle(self.tr("Add a member"))
        self._add_box.setAccessibleName(self._add_box.title())
        current = self.role.currentData()
        self.role.clear()
        for role in ROLE_ORDER:
            self.role.addItem(self.role_name(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        for label, field, text in zip(
            self._add_labels + self._member_labels,
            (self.name, self.role, self.pin, self.pin_again, self.new_pin, self.new_pin_again),
            (self.tr("Na&me"), self.tr("&Role"), self.tr("&PIN"), self.tr("PIN a&gain"), self.tr("&New PIN"),
             self.tr("New PIN aga&in")),
            strict=True,
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.add_button.setText(self.tr("Add member"))
        self.reset_button.setText(self.tr("Reset PIN"))
        self.deactivate_button.setText(self.tr("&Deactivate…"))
        self.confirm_button.setText(self.tr("&Yes, deactivate"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        for button in (self.add_button, self.reset_button, self.deactivate_button, self.confirm_button,
                       self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self._fill()
        self._show_selected()
        if self.confirming:
            self.ask_deactivate()  # the question in the new language


# --- the controller --------------------------------------------------------------------------------------


class StaffAccounts(QObject):
    """Runs the staff screen's actions on the bridge as the signed-in member.

    ``done(what)``: "staff_list", "staff_added", "staff_pin_reset", "staff_deactivated" or "staff_error".
    An answer that comes back after the member signed out (or another signed in) is dropped.
    """

    done = Signal(str)

    def __init__(self, station: Station, bridge: CoreBridge, screen: DeskStaffScreen,
                 signed_in: Callable[[], StaffMember | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._bridge = bridge
        self.screen = screen
        self._signed_in = signed_in
        screen.add_requested.connect(self._add)
        screen.reset_requested.connect(self._reset_pin)
        screen.deactivate_requested.connect(self._deactivate)

    def open(self) -> None:
        self.screen.reset()
        self.refresh()

    def refresh(self, select: str | None = None, then: str = "staff_list") -> None:
        def shown(members: list[StaffMember]) -> None:
            me = self._signed_in()
            if me is not None:
                self.screen.show_accounts(members, me.id, select)
            self.done.emit(then)
        self._run(load_accounts, on_done=shown)

    def _add(self, name: str, role: str, pin: str) -> None:
        def added(member: StaffMember) -> None:
            self.screen.added()
            self.screen.show_result(self.tr("%1 is added as %2 and can sign in with their PIN now.")
                                    .replace("%1", isolate(member.display_name))
                                    .replace("%2", self.screen.role_name(member.role)))
            self.refresh(select=member.id, then="staff_added")
        self._run(add_member, name, role, pin, on_done=added)

    def _reset_pin(self, member_id: str, pin: str) -> None:
        def reset(member: StaffMember) -> None:
            self.screen.show_result(self.tr("New PIN saved for %1. The old one no longer works.")
                                    .replace("%1", isolate(member.display_name)))
            self.refresh(select=member.id, then="staff_pin_reset")
        self._run(reset_member_pin, member_id, pin, on_done=reset)

    def _deactivate(self, member_id: str) -> None:
        def deactivated(member: StaffMember) -> None:
            self.screen.show_result(self.tr("%1 is deactivated and can no longer sign in.")
                                    .replace("%1", isolate(member.display_name)))
            self.refresh(select=member.id, then="staff_deactivated")
        self._run(deactivate_member, member_id, on_done=deactivated)

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        """``fn(station, *args, by)`` on the lane; its outcome only reaches the member who asked."""
        me = self._signed_in()
        if me is None:
            return

        def still_theirs() -> bool:
            now = self._signed_in()
            return now is not None and now.id == me.id

        def finished(value: Any) -> None:
            if still_theirs():
                self.screen.set_busy(False)
                on_done(value)

        def failed(error: KioskError) -> None:
            if still_theirs():
                self.screen.set_busy(False)
                self.screen.show_error(self.screen.error_text(error))
                self.done.emit("staff_error")

        self.screen.set_busy(True)
        if self._bridge.submit(fn, self._station, *args, me.id, on_done=finished, on_error=failed) is None:
            self.screen.set_busy(False)  # shutting down: nothing will come back
