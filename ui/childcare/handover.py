"""Handing children over: a pickup code typed (keyboard or keypad) or scanned, then check in or out;
and the release without a code, which needs who is picking up and a reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.childcare import PICKUP_ALPHABET, RosterChild, SignupView
from ui.screens.base import isolate, text_label
from ui.widgets.keyboard import OnScreenKeyboard

# The code's own characters only (no look-alikes), digits first; a keypad staff can tap.
_DIGITS = "".join(ch for ch in PICKUP_ALPHABET if ch.isdigit())
_LETTERS = "".join(ch for ch in PICKUP_ALPHABET if ch.isalpha())
CODE_ROWS: tuple[str, ...] = (_DIGITS, *(_LETTERS[i:i + 6] for i in range(0, len(_LETTERS), 6)))
KEY_PX = 48
MIN_REASON = 5  # the core's own floor; said here first so staff are not sent round twice


def _names_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


class HandoverPanel(QWidget):
    """``find_requested(code)``; then ``check_in_requested([(code, ids)])`` or
    ``check_out_requested([(code, ids)], pickup_by)`` for the ticked children."""

    find_requested = Signal(str)
    check_in_requested = Signal(list)
    check_out_requested = Signal(list, str)
    labels_requested = Signal(list)  # signup ids of the children just checked in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(self)
        self._heading.setObjectName("SectionHeading")
        self.message: QLabel = text_label(self, "ErrorText", centered=False)
        self.result: QLabel = text_label(self, "ResultText", centered=False)
        self.labels_button = QPushButton(self)
        self.labels_button.setObjectName("PrintTheirLabels")
        self.labels_button.clicked.connect(lambda: self.labels_requested.emit(list(self._just_checked_in)))
        self.labels_button.hide()
        self._just_checked_in: list[str] = []
        self.code_entry = QLineEdit(self)
        self.code_entry.setObjectName("CodeEntry")
        self.code_entry.setMaxLength(12)
        self.code_entry.returnPressed.connect(self._find)
        self.code_entry.textEdited.connect(lambda _t: self._editing())
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("FindCode")
        self.find_button.clicked.connect(self._find)
        self.keypad = OnScreenKeyboard(CODE_ROWS, self, key_px=KEY_PX)
        self.keypad.set_target(self.code_entry)
        self.keypad.key_pressed.connect(lambda _k: self._editing())

        self.found_box = QGroupBox(self)
        self._ticks_area = QVBoxLayout()
        self._pickup_label = QLabel(self.found_box)
        self.pickup_by = _names_box(self.found_box)
        self._pickup_label.setBuddy(self.pickup_by)
        self.check_in_button = QPushButton(self.found_box)
        self.check_in_button.setObjectName("CheckInChildren")
        self.check_in_button.setProperty("role", "primary")
        self.check_out_button = QPushButton(self.found_box)
        self.check_out_button.setObjectName("CheckOutChildren")
        self.check_out_button.setProperty("role", "primary")
        self.check_in_button.clicked.connect(self._check_in)
        self.check_out_button.clicked.connect(self._check_out)
        found = QVBoxLayout(self.found_box)
        found.addLayout(self._ticks_area)
        found.addWidget(self._pickup_label)
        found.addWidget(self.pickup_by)
        found.addWidget(self.check_in_button)
        found.addWidget(self.check_out_button)
        self.found_box.hide()
        self.ticks: list[tuple[QCheckBox, SignupView]] = []

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.code_entry, 1)
        entry_row.addWidget(self.find_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading)
        column.addLayout(entry_row)
        column.addWidget(self.keypad)
        column.addWidget(self.message)
        column.addWidget(self.result)
        column.addWidget(self.labels_button)
        column.addWidget(self.found_box)
        column.addStretch(1)
        self.retranslate()

    def _editing(self) -> None:
        """A new code being typed: the last one's children and words go."""
        self.message.clear()
        self._clear_result()
        if self.ticks:
            self._clear_ticks()
            self.found_box.hide()
            self.keypad.show()

    def _find(self) -> None:
        code = self.code_entry.text().strip()
        if not code:
            self.show_error(self.tr("Type the pickup code from the parent's slip, or scan it."))
            return
        self.find_requested.emit(code)

    def _clear_result(self) -> None:
        self.result.clear()
        self._just_checked_in = []
        self.labels_button.hide()

    def show_error(self, text: str) -> None:
        self._clear_result()
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def show_result(self, text: str, *, checked_in: list[str] | None = None) -> None:
        """What was done; after a check-in, the button that prints those children's labels."""
        self.message.clear()
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self._just_checked_in = list(checked_in or [])
        self.labels_button.setVisible(bool(self._just_checked_in))

    def show_found(self, signups: Sequence[SignupView], pickup_names: Mapping[str, Sequence[str]]) -> None:
        """The children of the code (or of a scanned parent): those waiting and those in the room ticked."""
        self._clear_ticks()
        self.message.clear()
        codes = sorted({s.pickup_code for s in signups})
        self.found_box.setTitle(self.tr("Children for code %1").replace("%1", ", ".join(codes)))
        states = {"expected": self.tr("%1: expected"), "in": self.tr("%1: in the room"),
                  "out": self.tr("%1: picked up")}
        names: list[str] = []
        for signup in signups:
            tick = QCheckBox(states.get(signup.state, "%1").replace("%1", isolate(signup.child_name)), self.found_box)
            tick.setChecked(signup.state in ("expected", "in"))
            tick.setEnabled(signup.state in ("expected", "in"))
            tick.toggled.connect(self._update_buttons)
            self._ticks_area.addWidget(tick)
            self.ticks.append((tick, signup))
            names += [n for n in pickup_names.get(signup.signup_id, ()) if n not in names]
        self.pickup_by.clear()
        self.pickup_by.addItems(names)
        self.keypad.hide()  # room for the children; another code typed or scanned, or a reset, brings it back
        self.found_box.show()
        self._update_buttons()

    def _ticked(self, state: str) -> list[SignupView]:
        return [s for tick, s in self.ticks if tick.isChecked() and s.state == state]

    def _update_buttons(self) -> None:
        waiting, inside = self._ticked("expected"), self._ticked("in")
        self.check_in_button.setEnabled(bool(waiting))
        self.check_out_button.setEnabled(bool(inside))
        self.check_in_button.setText(self.tr("Check in %n child(ren)", "", len(waiting)))
        self.check_out_button.setText(self.tr("Check out %n child(ren)", "", len(inside)))
        for button in (self.check_in_button, self.check_out_button):
            button.setAccessibleName(button.text())
        has_inside = any(s.state == "in" for _t, s in self.ticks)
        self._pickup_label.setVisible(has_inside)
        self.pickup_by.setVisible(has_inside)

    def _groups(self, chosen: list[SignupView]) -> list[tuple[str, list[str]]]:
        by_code: dict[str, list[str]] = {}
        for s in chosen:
            by_code.setdefault(s.pickup_code, []).append(s.signup_id)
        return list(by_code.items())

    def _check_in(self) -> None:
        chosen = self._ticked("expected")
        groups: list[tuple[str, list[str]]] = []
        for code, ids in self._groups(chosen):
            every = [s.signup_id for _t, s in self.ticks if s.pickup_code == code and s.state == "expected"]
            # All of a code's children go in together (all or none); a part of them, one by one.
            groups.append((code if sorted(ids) == sorted(every) else "", ids))
        if groups:
            self.check_in_requested.emit(groups)

    def _check_out(self) -> None:
        who = " ".join(self.pickup_by.currentText().split())
        if not who:
            self.show_error(self.tr("Say who is picking up (the name on their ID)."))
            return
        groups = self._groups(self._ticked("in"))
        if groups:
            self.check_out_requested.emit(groups, who)

    def _clear_ticks(self) -> None:
        for tick, _s in self.ticks:
            tick.setParent(None)
            tick.deleteLater()
        self.ticks = []

    def reset(self) -> None:
        """Forget the code and the children shown (after an action, a sign-out or another code)."""
        self._clear_ticks()
        self.found_box.hide()
        self.keypad.show()
        self.pickup_by.clear()
        self.code_entry.clear()
        self.message.clear()
        self._clear_result()

    def enter(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Pickup code"))
        self.code_entry.setPlaceholderText(self.tr("Code"))
        self.code_entry.setAccessibleName(self.tr("Pickup code"))
        self.find_button.setText(self.tr("Find"))
        self.find_button.setAccessibleName(self.tr("Find the children of this code"))
        self._pickup_label.setText(self.tr("Picked up by"))
        self.pickup_by.setAccessibleName(self.tr("Picked up by"))
        self.labels_button.setText(self.tr("Print their labels"))
        self.labels_button.setAccessibleName(self.labels_button.text())
        self._update_buttons()


class OverridePanel(QGroupBox):
    """Release one child without the code: ``override_requested(signup_id, pickup_by, reason)``."""

    override_requested = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child: RosterChild | None = None
        self._who = text_label(self, "ScreenText", centered=False)
        self._pickup_label = QLabel(self)
        self.pickup_by = _names_box(self)
        self._pickup_label.setBuddy(self.pickup_by)
        self._reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("OverrideReason")
        self.reason.setMaxLength(300)
        self._reason_label.setBuddy(self.reason)
        self.error = text_label(self, "ErrorText", centered=False)
        self.release_button = QPushButton(self)
        self.release_button.setObjectName("ReleaseChild")
        self.cancel_button = QPushButton(self)
        self.release_button.clicked.connect(self._release)
        self.cancel_button.clicked.connect(self.cancelled)
        column = QVBoxLayout(self)
        for widget in (self._who, self._pickup_label, self.pickup_by, self._reason_label, self.reason, self.error):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        column.addStretch(1)  # the fields stay together at the top
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        self.hide()
        self.retranslate()

    def start(self, child: RosterChild) -> None:
        self.child = child
        self.error.clear()
        self.reason.clear()
        self.pickup_by.clear()
        self.pickup_by.addItems([*child.guardians, *(a for a in child.authorized if a not in child.guardians)])
        self._who.setText(self.tr("Release %1 without the pickup code").replace(
            "%1", isolate(f"{child.first_name} {child.last_name}")))
        self.show()
        self.pickup_by.setFocus(Qt.FocusReason.OtherFocusReason)

    def _release(self) -> None:
        if self.child is None:
            return
        who = " ".join(self.pickup_by.currentText().split())
        reason = " ".join(self.reason.text().split())
        if not who:
            self.show_error(self.tr("Say who is picking up (the name on their ID)."))
            return
        if len(reason) < MIN_REASON:
            self.show_error(self.tr("A release without the code needs a reason: what happened, and how you "
                                    "checked who they are."))
            return
        self.override_requested.emit(self.child.signup_id, who, reason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def reset(self) -> None:
        self.child = None
        self.reason.clear()
        self.pickup_by.clear()
        self.error.clear()
        self._who.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Release without the code"))
        self._pickup_label.setText(self.tr("Picked up by"))
        self.pickup_by.setAccessibleName(self.tr("Picked up by"))
        self._reason_label.setText(self.tr("Reason (recorded with your name)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.release_button.setText(self.tr("Release the child"))
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.release_button, self.cancel_button):
            button.setAccessibleName(button.text())
        if self.child is not None:
            self._who.setText(self.tr("Release %1 without the pickup code").replace(
                "%1", isolate(f"{self.child.first_name} {self.child.last_name}")))
