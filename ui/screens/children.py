"""Child care during the class: which children stay in the children's room.

Reached from the choice screen when the visitor touched "I need child care".
The visitor's children known here show as big toggles (masked name and age,
never a flag); "Add a child" opens a short form (first and last name, date of
birth) typed on the on-screen keys. "Check in" sends the check-in and the
children's signup together; the confirmation shows the pickup code.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.childcare import ChildChoice, ChildSpec
from kiosk.domain.people import greeting_name
from ui.screens.base import KioskScreen, big_button, form_field, isolate, text_label, title_label
from ui.screens.lane import ChildCareRequest
from ui.screens.register import parse_birth_date
from ui.theme import Theme
from ui.widgets.keyboard import NAME_ROWS, OnScreenKeyboard

MAX_CHILDREN = 6  # more than this at once is a conversation for the front desk


class ChildrenScreen(KioskScreen):
    """``submitted(ChildCareRequest)`` with at least one child; ``back`` to the choice."""

    submitted = Signal(object)
    back = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._when = ""
        self._known: list[ChildChoice] = []
        self._added: list[ChildSpec] = []
        self._buttons: list[QPushButton] = []  # known children first, then the added ones, in order
        self._title = title_label(self)
        self._prompt = text_label(self)
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self._none = text_label(self, centered=False)

        self.add_button = big_button(self, theme, "AddChildButton")
        self.add_button.setProperty("size", "compact")
        self.add_button.clicked.connect(self.open_form)
        self.first_name = form_field(self, "ChildFirstName")
        self.last_name = form_field(self, "ChildLastName")
        self.birth_date = form_field(self, "ChildBirthDate")
        self.birth_date.setInputMask("99/99/9999;_")
        self.birth_date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._labels: dict[str, QLabel] = {}
        self.error = text_label(self, "ErrorText")
        self.keyboard = OnScreenKeyboard(NAME_ROWS, self, space=True)
        self.keyboard.key_pressed.connect(lambda _k: self.error.clear())
        self.save_child_button = big_button(self, theme, "SaveChildButton")
        self.save_child_button.setProperty("size", "compact")
        self.save_child_button.clicked.connect(self.add_child)

        self.back_button = big_button(self, theme, "BackButton")
        self.back_button.clicked.connect(self.back)
        self.check_in_button = big_button(self, theme, "ChildrenCheckInButton", primary=True)
        self.check_in_button.clicked.connect(self.submit)

        self._form = QWidget(self)
        grid = QGridLayout(self._form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        for i, (key, edit) in enumerate((("first", self.first_name), ("last", self.last_name),
                                         ("birth", self.birth_date))):
            label = text_label(self._form, "FieldLabel", centered=False)
            label.setBuddy(edit)
            self._labels[key] = label
            grid.addWidget(label, 0 if i < 2 else 2, i % 2)
            grid.addWidget(edit, 1 if i < 2 else 3, i % 2)
        grid.addWidget(self.save_child_button, 3, 1)

        page = QWidget(self)
        page.setObjectName("Page")
        page_column = QVBoxLayout(page)
        page_column.setContentsMargins(4, 4, 20, 4)
        page_column.setSpacing(16)
        page_column.addWidget(self._none)
        page_column.addLayout(self._list)
        page_column.addWidget(self.add_button)
        page_column.addWidget(self._form)
        page_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._scroll = scroll

        keys = QVBoxLayout()
        keys.setSpacing(16)
        keys.addStretch(1)
        keys.addWidget(self.keyboard)
        keys.addWidget(self.error)
        keys.addStretch(1)
        self._keys = QWidget(self)
        self._keys.setLayout(keys)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(48)
        self._split.addWidget(scroll, 3)
        self._split.addWidget(self._keys, 2)
        self._actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._actions.setSpacing(24)
        self._actions.addWidget(self.back_button, 1)
        self._actions.addWidget(self.check_in_button, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 24, 64, 24)
        column.setSpacing(12)
        column.addWidget(self._title)
        column.addWidget(self._prompt)
        column.addLayout(self._split, 1)
        column.addLayout(self._actions)
        self.reset()
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keyboard.set_target(watched)  # the keys type where the visitor last touched
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = event.size().width() > event.size().height()
        self._split.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        self._split.setStretch(0, 3 if landscape else 1)
        self._split.setStretch(1, 2 if landscape else 0)
        self._actions.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                   else QBoxLayout.Direction.BottomToTop)
        super().resizeEvent(event)

    # -- content ----------------------------------------------------------

    def show_children(self, children: tuple[ChildChoice, ...], when: str) -> None:
        """A fresh step for this visitor: their known children (none picked) and when care is needed."""
        self.reset()
        self._when = when
        self._known = list(children)
        for child in self._known:
            self._add_toggle(f"child-{child.child_id}")
        if not self._known:
            self.open_form()  # nobody to pick yet: straight to adding one
        self.retranslate()

    def _add_toggle(self, name: str, *, checked: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("size", "compact")
        button.setCheckable(True)
        button.setMinimumHeight(self.theme.touch_px)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setChecked(checked)
        button.toggled.connect(self._update_check_in)
        self._buttons.append(button)
        self._list.addWidget(button)
        return button

    def child_button(self, index: int) -> QPushButton:
        return self._buttons[index]

    def children_count(self) -> int:
        return len(self._buttons)

    def open_form(self) -> None:
        self._form.show()
        self._keys.show()
        self.add_button.hide()
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keyboard.set_target(self.first_name)

    def _close_form(self) -> None:
        for edit in (self.first_name, self.last_name, self.birth_date):
            edit.clear()
        self._form.hide()
        self._keys.hide()
        self.add_button.setVisible(len(self._buttons) < MAX_CHILDREN)

    def add_child(self) -> bool:
        """The form's child joins the list, picked; False with the problem shown when the form is not right."""
        birth = parse_birth_date(self.birth_date.text())
        if not self.first_name.text().strip():
            field, message = self.first_name, self.tr("Please type the child's first name.")
        elif not self.last_name.text().strip():
            field, message = self.last_name, self.tr("Please type the child's last name.")
        elif birth is None or birth > date.today() or birth.year < date.today().year - 18:
            field, message = self.birth_date, self.tr("Please type the child's date of birth: month, day, year.")
        else:
            assert birth is not None
            self._added.append(ChildSpec(" ".join(self.first_name.text().split()),
                                         " ".join(self.last_name.text().split()), birth))
            self._add_toggle(f"new-child-{len(self._added)}", checked=True)
            self._update_check_in()  # picked as it is added: "Check in" is ready without another touch
            self.error.clear()
            self._close_form()
            self.retranslate()
            return True
        self.error.setText(message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def request(self) -> ChildCareRequest:
        known = tuple(c.child_id for c, b in zip(self._known, self._buttons, strict=False) if b.isChecked())
        added = tuple(spec for spec, b in zip(self._added, self._buttons[len(self._known):], strict=True)
                      if b.isChecked())
        return ChildCareRequest(known, added)

    def submit(self) -> None:
        request = self.request()
        if request.child_ids or request.new_children:
            self.submitted.emit(request)

    def _update_check_in(self) -> None:
        self.check_in_button.setEnabled(any(b.isChecked() for b in self._buttons))

    def enter(self) -> None:
        target = self.first_name if self._form.isVisible() else (self._buttons[0] if self._buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        for button in self._buttons:
            self._list.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._buttons.clear()
        self._known.clear()
        self._added.clear()
        self._when = ""
        self.error.clear()
        self._close_form()
        self._scroll.verticalScrollBar().setValue(0)
        self._update_check_in()

    # -- words ------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Child care"))
        self._title.setText(self.tr("Child care while you are here"))
        prompt = self.tr("Touch each child who will stay in the children's room.")
        if self._when:
            prompt = self.tr("%1 During: %2").replace("%1", prompt).replace("%2", isolate(self._when))
        self._prompt.setText(prompt)
        self._none.setText(self.tr("Add each child who will stay with us."))
        self._none.setVisible(not self._known)
        for child, button in zip(self._known, self._buttons, strict=False):
            text = self.tr("%1, age %2").replace("%1", isolate(child.masked_name)).replace("%2", str(child.age_years))
            button.setText(text)
            button.setAccessibleName(text)
        for spec, button in zip(self._added, self._buttons[len(self._known):], strict=False):
            text = isolate(greeting_name(spec.first_name, spec.last_name))
            button.setText(text)
            button.setAccessibleName(text)
        words = {"first": self.tr("Child's first name"), "last": self.tr("Child's last name"),
                 "birth": self.tr("Child's date of birth (month / day / year)")}
        for key, text in words.items():
            self._labels[key].setText(text)
        self.first_name.setAccessibleName(words["first"])
        self.last_name.setAccessibleName(words["last"])
        self.birth_date.setAccessibleName(words["birth"])
        self.add_button.setText(self.tr("Add a child"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.save_child_button.setText(self.tr("Add this child"))
        self.save_child_button.setAccessibleName(self.save_child_button.text())
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.check_in_button.setText(self.tr("Check in"))
        self.check_in_button.setAccessibleName(self.check_in_button.text())
