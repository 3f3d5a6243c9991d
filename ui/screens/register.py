""""I don't have a card": self-registration in under a minute.

First and last name, date of birth (eight digits on the keys: month, day,
year), phone if they like, preferred language, their plan if they know it
(with the member ID from its card) and, in plain words, whether their visits
may be shared with that plan. The on-screen keyboard types into whichever
field is touched. Checks that need no database happen here; the core checks
everything again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config
from kiosk.domain.people import MembershipInput, Registration
from ui.languages import NATIVE_NAMES
from ui.screens.base import FIELD_PX, KioskScreen, big_button, form_field, text_label, title_label
from ui.theme import Theme
from ui.widgets.keyboard import NAME_ROWS, OnScreenKeyboard

NO_PLAN = ""


def parse_birth_date(text: str) -> date | None:
    """``MM/DD/YYYY`` (the mask's form) as a date, or None when incomplete or impossible."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[4:]), int(digits[:2]), int(digits[2:4]))
    except ValueError:
        return None


class RegisterScreen(KioskScreen):
    """``submitted(Registration)`` once the form is complete; ``back`` to the start."""

    submitted = Signal(object)
    back = Signal()

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._config = config
        self._ui_locale = config.site.default_locale
        self._title = title_label(self)
        self._hint = text_label(self)
        self.first_name = form_field(self, "FirstName")
        self.last_name = form_field(self, "LastName")
        self.birth_date = form_field(self, "BirthDate")
        self.birth_date.setInputMask("99/99/9999;_")
        self.birth_date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.phone = form_field(self, "Phone")
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.member_id = form_field(self, "MemberId")
        self.member_id.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language = QComboBox(self)
        self.language.setObjectName("Language")
        self.language.setMinimumHeight(FIELD_PX)
        for locale in config.site.locales:
            self.language.addItem(NATIVE_NAMES[locale], locale)
        self._labels: dict[str, QLabel] = {}

        self._plan_buttons: dict[str, QPushButton] = {}
        plans = QGridLayout()
        plans.setSpacing(12)
        for i, code in enumerate([p.code for p in config.plans] + [NO_PLAN]):
            button = big_button(self, theme, f"plan-{code or 'none'}")
            button.setProperty("size", "compact")  # plan names are long: body size
            button.setMinimumHeight(FIELD_PX)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, c=code: self.choose_plan(c))
            self._plan_buttons[code] = button
            plans.addWidget(button, i, 0)  # one a row: a plan's full name never clipped
        self._consent_buttons: dict[str, QPushButton] = {}
        consent = QHBoxLayout()
        consent.setSpacing(12)
        for answer in ("yes", "no"):
            button = big_button(self, theme, f"consent-{answer}")
            button.setProperty("size", "compact")
            button.setMinimumHeight(FIELD_PX)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, a=answer: self.choose_consent(a))
            self._consent_buttons[answer] = button
            consent.addWidget(button)

        self.error = text_label(self, "ErrorText")
        self.keyboard = OnScreenKeyboard(NAME_ROWS, self, space=True)
        self.keyboard.key_pressed.connect(lambda _k: self.error.clear())
        self.back_button = big_button(self, theme, "BackButton")
        self.back_button.clicked.connect(self.back)
        self.submit_button = big_button(self, theme, "RegisterButton", primary=True)
        self.submit_button.clicked.connect(self.submit)

        form = QWidget(self)
        form.setObjectName("Page")
        grid = QGridLayout(form)
        grid.setContentsMargins(4, 4, 20, 4)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        # (key, field, row, column, columns spanned): names and dates in pairs keep the form short.
        rows: list[tuple[str, QWidget | QHBoxLayout | QGridLayout, int, int, int]] = [
            ("first", self.first_name, 0, 0, 1), ("last", self.last_name, 0, 1, 1),
            ("birth", self.birth_date, 1, 0, 1), ("phone", self.phone, 1, 1, 1),
            ("language", self.language, 2, 0, 1), ("member", self.member_id, 2, 1, 1),
            ("plan", plans, 3, 0, 2), ("consent", consent, 4, 0, 2),
        ]
        for key, field, r, c, span in rows:
            label = text_label(form, "FieldLabel", centered=False)
            self._labels[key] = label
            grid.addWidget(label, 2 * r, c, 1, span)
            if isinstance(field, QWidget):
                label.setBuddy(field)
                grid.addWidget(field, 2 * r + 1, c, 1, span)
            else:
                grid.addLayout(field, 2 * r + 1, c, 1, span)
        grid.setRowStretch(10, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # a finger scrolls it
        self._scroll = scroll

        keys = QVBoxLayout()
        keys.setSpacing(16)
        keys.addStretch(1)
        keys.addWidget(self.keyboard)
        keys.addWidget(self.error)
        keys.addStretch(1)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(48)
        self._split.addWidget(scroll, 1)
        self._split.addLayout(keys, 0)
        # Side by side in landscape; in portrait "Register and continue" across the width on
        # top and "Back" under it, as long words at larger text would not fit beside each other.
        self._actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._actions.setSpacing(24)
        self._actions.addWidget(self.back_button, 1)
        self._actions.addWidget(self.submit_button, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 24, 64, 24)
        column.setSpacing(12)
        column.addWidget(self._title)
        column.addWidget(self._hint)
        column.addLayout(self._split, 1)
        column.addLayout(self._actions)
        self.reset()
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The keyboard types where the visitor last touched.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keyboard.set_target(watched)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Landscape: the form beside the keys; portrait: the keys under the form.
        size = event.size()
        landscape = size.width() > size.height()
        self._split.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                 else QBoxLayout.Direction.TopToBottom)
        # Portrait: the keys at their own height under the form, which takes the rest.
        self._split.setStretch(0, 3 if landscape else 1)
        self._split.setStretch(1, 2 if landscape else 0)
        self._actions.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                   else QBoxLayout.Direction.BottomToTop)
        super().resizeEvent(event)

    # -- choices ----------------------------------------------------------

    def choose_plan(self, code: str) -> None:
        for c, button in self._plan_buttons.items():
            button.setChecked(c == code)
        has_plan = code != NO_PLAN
        for key, widget in (("member", self.member_id), ("consent", None)):
            self._labels[key].setVisible(has_plan)
            if widget is not None:
                widget.setVisible(has_plan)
        for button in self._consent_buttons.values():
            button.setVisible(has_plan)
        if has_plan:
            self.member_id.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_consent(self, answer: str) -> None:
        for a, button in self._consent_buttons.items():
            button.setChecked(a == answer)

    def set_language(self, locale: str) -> None:
        index = self.language.findData(locale)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def plan_button(self, code: str) -> QPushButton:
        return self._plan_buttons[code]

    def consent_button(self, answer: str) -> QPushButton:
        return self._consent_buttons[answer]

    def _chosen_plan(self) -> str | None:
        return next((c for c, b in self._plan_buttons.items() if b.isChecked()), None)

    def _chosen_consent(self) -> str | None:
        return next((a for a, b in self._consent_buttons.items() if b.isChecked()), None)

    # -- submit -----------------------------------------------------------

    def form(self) -> Registration | None:
        """The registration, or None with the first problem shown (and its field focused)."""
        missing: QWidget | None = None
        if not self.first_name.text().strip():
            missing, message = self.first_name, self.tr("Please type your first name.")
        elif not self.last_name.text().strip():
            missing, message = self.last_name, self.tr("Please type your last name.")
        elif parse_birth_date(self.birth_date.text()) is None:
            missing, message = self.birth_date, self.tr("Please type your date of birth: month, day, year.")
        elif self.phone.text().strip() and len("".join(c for c in self.phone.text() if c.isdigit())) not in (10, 11):
            missing, message = self.phone, self.tr("A phone number has 10 digits. You can also leave it empty.")
        elif (plan := self._chosen_plan()) and not self.member_id.text().strip():
            missing, message = self.member_id, self.tr("Please type the member ID from your plan card.")
        elif plan and self._chosen_consent() is None:
            missing, message = self._consent_buttons["yes"], self.tr("Please answer: may we share your visits?")
        if missing is not None:
            self.error.setText(message)
            missing.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        birth = parse_birth_date(self.birth_date.text())
        assert birth is not None
        plan = self._chosen_plan()
        members: tuple[MembershipInput, ...] = ()
        if plan:
            members = (MembershipInput(plan, self.member_id.text().strip(), self._chosen_consent() or "unknown"),)
        return Registration(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=birth,
            phone=self.phone.text().strip() or None,
            preferred_language=str(self.language.currentData()),
            memberships=members,
        )

    def submit(self) -> None:
        registration = self.form()
        if registration is not None:
            self.submitted.emit(registration)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def enter(self) -> None:
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keyboard.set_target(self.first_name)

    def reset(self) -> None:
        for edit in (self.first_name, self.last_name, self.birth_date, self.phone, self.member_id):
            edit.clear()
        self.error.clear()
        self.choose_plan(NO_PLAN)
        self._plan_buttons[NO_PLAN].setChecked(False)
        self.choose_consent("")
        self.set_language(self._config.site.default_locale)
        self.keyboard.set_target(self.first_name)
        self._scroll.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Register"))
        self._title.setText(self.tr("Tell us about you"))
        self._hint.setText(self.tr("It takes about a minute. Touch a box, then type on the keys."))
        words = {
            "first": self.tr("First name"),
            "last": self.tr("Last name"),
            "birth": self.tr("Date of birth (month / day / year)"),
            "phone": self.tr("Phone (you can leave this empty)"),
            "language": self.tr("Language you prefer"),
            "plan": self.tr("Your health plan, if you know it"),
            "member": self.tr("Member ID from your plan card"),
            "consent": self.tr("May we tell your health plan when you visit us? It helps them help you."),
        }
        for key, text in words.items():
            self._labels[key].setText(text)
        for edit, key in ((self.first_name, "first"), (self.last_name, "last"), (self.birth_date, "birth"),
                          (self.phone, "phone"), (self.member_id, "member")):
            edit.setAccessibleName(words[key])
        self.language.setAccessibleName(words["language"])
        self.language.view().setAccessibleName(words["language"])
        for code, button in self._plan_buttons.items():
            text = self._config.plan(code).name(self._locale()) if code else self.tr("No plan / I don't know")
            button.setText(text)
            button.setAccessibleName(text)
        self._consent_buttons["yes"].setText(self.tr("Yes, share my visits"))
        self._consent_buttons["no"].setText(self.tr("No, do not share"))
        for button in self._consent_buttons.values():
            button.setAccessibleName(button.text())
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.submit_button.setText(self.tr("Register and continue"))
        self.submit_button.setAccessibleName(self.submit_button.text())

    def set_locale(self, locale: str) -> None:
        """The UI's language: plan names follow it, and it is the preferred language offered."""
        self._ui_locale = locale
        self.set_language(locale)
        self.retranslate()

    def _locale(self) -> str:
        return self._ui_locale
