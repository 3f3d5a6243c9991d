"""Walk-in registration at the desk: one keyboard form, Tab from field to field, Enter saves.

The form is checked here first (an impossible date, a member ID that does not
fit its plan), with a message that says what is expected; nothing typed is
cleared by an error. Before saving, the flow looks for similar people and
the screen offers "use this person" or "save as new".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning.typed import format_hints
from ui.desk.calls import Hit
from ui.languages import NATIVE_NAMES
from ui.screens.base import KioskScreen, text_label
from ui.screens.desk_search import hit_text
from ui.theme import Theme

_DATE_FORMS = (
    re.compile(r"(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[/.-](?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<m>\d{2})(?P<d>\d{2})(?P<y>\d{4})"),
)


class BadDate(ValueError):
    """``kind``: "format" (not a date as typed), "impossible" (no such day) or "future"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def parse_typed_date(text: str, today: date) -> date:
    """MM/DD/YYYY (also M/D/YYYY, MMDDYYYY or YYYY-MM-DD) as a real past date, else ``BadDate``."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            try:
                value = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise BadDate("impossible") from None
            if value > today:
                raise BadDate("future")
            if today.year - value.year > 120:
                raise BadDate("impossible")
            return value
    raise BadDate("format")


def normalize_member_id(text: str) -> str:
    return text.strip().upper().replace(" ", "").replace("-", "")


class DeskRegisterScreen(KioskScreen):
    """``check_requested(Registration)`` when the form is valid; the flow answers with duplicates or saves.

    ``use_existing(person_id)`` and ``save_anyway(Registration)`` from the duplicate warning; ``cancelled``.
    """

    check_requested = Signal(object)
    save_anyway = Signal(object)
    use_existing = Signal(str)
    cancelled = Signal()

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._config = config
        self._today = date.today()
        self._pending: Registration | None = None
        self._heading = QLabel(self)
        self._heading.setObjectName("SectionHeading")
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.birth_date = QLineEdit(self)
        self.birth_date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.phone = QLineEdit(self)
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language = QComboBox(self)
        for loc in config.site.locales:
            self.language.addItem(NATIVE_NAMES.get(loc, loc), loc)
        self.plan = QComboBox(self)
        self.member_id = QLineEdit(self)
        self.member_id.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.consent = QCheckBox(self)
        self.error = text_label(self, "ErrorText", centered=False)
        self.plan.currentIndexChanged.connect(self._on_plan)
        for edit in (self.first_name, self.last_name, self.birth_date, self.phone, self.member_id):
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _t: self.error.clear())
        self._labels: dict[str, QLabel] = {key: QLabel(self) for key in
                                           ("first", "last", "birth", "phone", "language", "plan", "member")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in (("first", self.first_name), ("last", self.last_name), ("birth", self.birth_date),
                            ("phone", self.phone), ("language", self.language), ("plan", self.plan),
                            ("member", self.member_id)):
            self._labels[key].setBuddy(widget)
            form.addRow(self._labels[key], widget)
        form.addRow("", self.consent)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("SaveWalkIn")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        # The duplicate warning: shown instead of saving when similar people exist.
        self.duplicates = QFrame(self)
        self.duplicates.setObjectName("DuplicateWarning")
        self._dup_text = text_label(self.duplicates, "ErrorText", centered=False)
        self.duplicate_list = QListWidget(self.duplicates)
        self.duplicate_list.setMaximumHeight(140)
        self.duplicate_list.itemActivated.connect(lambda _i: self._use_selected())
        self.use_button = QPushButton(self.duplicates)
        self.use_button.setObjectName("UseThisPerson")
        self.use_button.clicked.connect(self._use_selected)
        self.save_new_button = QPushButton(self.duplicates)
        self.save_new_button.setObjectName("SaveAsNew")
        self.save_new_button.clicked.connect(self._save_new)
        dup_buttons = QHBoxLayout()
        dup_buttons.addStretch(1)
        dup_buttons.addWidget(self.use_button)
        dup_buttons.addWidget(self.save_new_button)
        dup_column = QVBoxLayout(self.duplicates)
        dup_column.setContentsMargins(0, 0, 0, 0)
        dup_column.addWidget(self._dup_text)
        dup_column.addWidget(self.duplicate_list)
        dup_column.addLayout(dup_buttons)
        self.duplicates.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(10)
        column.addWidget(self._heading)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addWidget(self.duplicates)
        column.addStretch(1)
        self.retranslate()

    # -- the form -------------------------------------------------------------

    def start(self, today: date, *, plan_code: str | None = None, member_id: str | None = None,
              default_locale: str = "en") -> None:
        self.reset()
        self._today = today
        index = self.language.findData(default_locale)
        self.language.setCurrentIndex(max(0, index))
        if plan_code is not None:
            self.plan.setCurrentIndex(max(0, self.plan.findData(plan_code)))
            self.member_id.setText(member_id or "")

    def enter(self) -> None:
        self.first_name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_plan(self, _index: int) -> None:
        has_plan = bool(self.plan.currentData())
        self.member_id.setEnabled(has_plan)
        self.consent.setEnabled(has_plan)

    def _expected(self, plan_code: str) -> str:
        examples = [h.example for h in format_hints(self._config, "en") if h.plan_code == plan_code]
        return ", ".join(examples)

    def form(self) -> Registration | None:
        """The registration as typed, or None after showing what to fix (the field keeps focus)."""
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not first:
            return self._refuse(self.first_name, self.tr("Type the first name."))
        if not last:
            return self._refuse(self.last_name, self.tr("Type the last name."))
        try:
            birth = parse_typed_date(self.birth_date.text(), self._today)
        except BadDate as bad:
            if bad.kind == "future":
                return self._refuse(self.birth_date, self.tr("That date of birth is in the future."))
            if bad.kind == "impossible":
                return self._refuse(self.birth_date, self.tr("There is no such date. Type the date of birth as "
                                                             "MM/DD/YYYY, e.g. 03/14/1986."))
            return self._refuse(self.birth_date, self.tr("Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986."))
        phone = self.phone.text().strip() or None
        if phone is not None and len(re.sub(r"\D", "", phone).removeprefix("1")) != 10:
            return self._refuse(self.phone, self.tr("A phone number has 10 digits, e.g. 213-555-0100."))
        memberships: tuple[MembershipInput, ...] = ()
        plan_code = str(self.plan.currentData() or "")
        if plan_code:
            member = normalize_member_id(self.member_id.text())
            if not self._config.plan(plan_code).matches(member):
                return self._refuse(self.member_id, self.tr("That is not a member ID of this plan. Expected: %1")
                                    .replace("%1", self._expected(plan_code)))
            memberships = (MembershipInput(plan_code, member, "yes" if self.consent.isChecked() else "no"),)
        return Registration(first, last, birth, phone, str(self.language.currentData()), None, memberships)

    def _refuse(self, field: QWidget, text: str) -> Registration | None:
        """Say what to fix, focus the field; None, so ``form`` can return it."""
        self.show_error(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def submit(self) -> None:
        form = self.form()
        if form is not None:
            self._pending = form
            self.check_requested.emit(form)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    # -- the duplicate warning -------------------------------------------------------

    def show_duplicates(self, hits: Sequence[Hit]) -> None:
        self.duplicate_list.clear()
        word = self.tr("last visit")
        for hit in hits:
            item = QListWidgetItem(hit_text(hit, word), self.duplicate_list)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
        self.duplicate_list.setCurrentRow(0)
        self.duplicates.show()
        self.duplicate_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def warning_shown(self) -> bool:
        return not self.duplicates.isHidden()

    def _use_selected(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is not None:
            self.use_existing.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _save_new(self) -> None:
        if self._pending is not None:
            self.save_anyway.emit(self._pending)

    def reset(self) -> None:
        for edit in (self.first_name, self.last_name, self.birth_date, self.phone, self.member_id):
            edit.clear()
        self.plan.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.error.clear()
        self.duplicate_list.clear()
        self.duplicates.hide()
        self._pending = None

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Register a walk-in"))
        self._heading.setText(self.tr("Register a walk-in"))
        words = {
            "first": self.tr("&First name"), "last": self.tr("&Last name"),
            "birth": self.tr("&Date of birth (MM/DD/YYYY)"), "phone": self.tr("&Phone (optional)"),
            "language": self.tr("Preferred l&anguage"), "plan": self.tr("P&lan"), "member": self.tr("&Member ID"),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        for key, widget in (("first", self.first_name), ("last", self.last_name), ("birth", self.birth_date),
                            ("phone", self.phone), ("language", self.language), ("plan", self.plan),
                            ("member", self.member_id)):
            widget.setAccessibleName(words[key].replace("&", ""))
        self.birth_date.setPlaceholderText(self.tr("MM/DD/YYYY"))
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("No plan / not known"), "")
        for plan in self._config.plans:
            self.plan.addItem(plan.name("en"), plan.code)
        self.plan.setCurrentIndex(max(0, self.plan.findData(current)))
        self.plan.blockSignals(False)
        self._on_plan(self.plan.currentIndex())
        self.consent.setText(self.tr("Agrees to share visit data with this plan"))
        self.consent.setAccessibleName(self.consent.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self._dup_text.setText(self.tr("This may be someone already registered. Use that person, or save as new."))
        self.duplicate_list.setAccessibleName(self.tr("Similar people"))
        self.use_button.setText(self.tr("Use this person"))
        self.save_new_button.setText(self.tr("Save as new"))
        for button in (self.cancel_button, self.save_button, self.use_button, self.save_new_button):
            button.setAccessibleName(button.text())
