"""Child care at the kiosk: a parent signs children up with the check-in and sees the pickup code.

Driven as a visitor would: scan, pick the class, "I need child care", pick the
returning child and add a new one, "Check in". The room then checks them in and
releases them with that code (the core the child-care station calls).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk import childcare, services, staff
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec, WrongPickupCode
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from kiosk.store.models import ChildCareSignup
from tests.conftest import DEFAULT_START
from tests.ui.conftest import NO_TIMER_MS
from ui.app import MainWindow
from ui.screens.children import ChildrenScreen
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

ROSA_ID = "LC10000041"  # invented, in the demo plan's invented format


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    # The demo's 10:00 nutrition class must not be over: the site's clock stands at 10:00 AM.
    shutil.copyfile(demo_config_file(), tmp_path / "station.toml")
    opened = open_station(StationPaths.resolve(tmp_path), ManualClock(DEFAULT_START), synchronous="NORMAL")
    yield opened
    opened.close()


@pytest.fixture
def rosa(station: Station) -> str:
    person = services.register(station, Registration(
        "Rosa", "Ortega Ruiz", date(1988, 2, 3), memberships=(MembershipInput("lacare", ROSA_ID, "yes"),)))
    childcare.add_child(station, person.person_id, ChildSpec("Sofía", "Ortega", date(2022, 5, 1)))
    return person.person_id


def carer(station: Station) -> str:
    member = staff.add_staff(station, "Casey Care", "child_care", "1357")
    staff.sign_in_to_room(station, member.id, "KIDS")
    return member.id


@pytest.fixture
def kiosk(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> MainWindow:
    made = MainWindow(station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made


def _click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()


def type_child(step: ChildrenScreen, first: str, last: str, born: str) -> None:
    """The add-a-child form, typed on the on-screen keys as a parent would (the form open), then saved."""
    step.first_name.setFocus()
    step.keyboard.type_text(first)
    step.last_name.setFocus()
    step.keyboard.type_text(last)
    step.birth_date.setFocus()
    step.keyboard.type_text(born)
    _click(step.save_child_button)


def _to_children_step(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.payload_received.emit(ROSA_ID, "scanner")
    qtbot.waitUntil(lambda: kiosk.current_screen() == "choose", timeout=10_000)
    choose = kiosk.flow.choose
    _click(choose.class_button("NUTRITION"))
    _click(choose.children_button)
    _click(choose.check_in_button)
    assert kiosk.current_screen() == "children"


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_a_parent_signs_two_children_up_and_the_room_releases_them_with_the_code(
        qtbot: QtBot, kiosk: MainWindow, station: Station, rosa: str, locale: str) -> None:
    casey = carer(station)
    switcher = kiosk.flow._switcher
    switcher.set_locale(locale)
    _to_children_step(qtbot, kiosk)
    step = kiosk.flow.children_step
    assert step.children_count() == 1 and "Sofía O." in step.child_button(0).text()  # masked, never a flag
    assert not step.check_in_button.isEnabled()  # nobody picked yet
    _click(step.child_button(0))
    _click(step.add_button)
    type_child(step, "Leo", "Ortega", "03092025")
    assert step.children_count() == 2 and step.child_button(1).isChecked()
    with qtbot.waitSignal(kiosk.flow.checked_in, timeout=10_000):
        _click(step.check_in_button)
    qtbot.waitUntil(lambda: kiosk.current_screen() == "confirmation", timeout=10_000)
    confirmation = kiosk.flow.confirmation
    code = confirmation.pickup_code_text()
    words = confirmation.child_care_text()
    assert len(code) >= 4 and "Sofía O." in words and "Leo O." in words
    assert "Ortega" not in words

    # The room: both expected under that code; a wrong code releases nobody, the right one both.
    signups = childcare.find_signup_by_code(station, code)
    assert sorted((v.child_name, v.state) for v in signups) == [
        ("Leo Ortega", "expected"), ("Sofía Ortega", "expected")]
    assert len(childcare.check_in_child(station, code=code, staff_id=casey)) == 2
    wrong = "".join(reversed(code)) if code != code[::-1] else code[1:] + code[0]
    with pytest.raises(WrongPickupCode):
        childcare.check_out_child(station, wrong, casey, pickup_by="Rosa Ortega Ruiz")
    released = childcare.check_out_child(station, code, casey, pickup_by="Rosa Ortega Ruiz")
    assert len(released) == 2


def test_a_room_that_cannot_take_them_says_so_and_the_visit_stands(
        qtbot: QtBot, kiosk: MainWindow, station: Station, rosa: str) -> None:
    # Nobody of the child-care staff is in the room: the ratio allows no child.
    _to_children_step(qtbot, kiosk)
    step = kiosk.flow.children_step
    _click(step.child_button(0))
    with qtbot.waitSignal(kiosk.flow.checked_in, timeout=10_000) as checked:
        _click(step.check_in_button)
    qtbot.waitUntil(lambda: kiosk.current_screen() == "confirmation", timeout=10_000)
    assert checked.args[0].new_visit  # the check-in stands
    confirmation = kiosk.flow.confirmation
    assert confirmation.pickup_code_text() == ""
    assert "front desk" in confirmation.child_care_text()
    with station.store.read() as session:
        assert session.scalar(select(func.count(ChildCareSignup.id))) == 0  # nobody signed up


def test_back_keeps_the_choice_and_a_bad_birth_date_is_named(
        qtbot: QtBot, kiosk: MainWindow, station: Station, rosa: str) -> None:
    _to_children_step(qtbot, kiosk)
    step = kiosk.flow.children_step
    _click(step.add_button)
    type_child(step, "Leo", "Ortega", "13452025")
    assert "date of birth" in step.error.text() and step.children_count() == 1
    _click(step.back_button)
    assert kiosk.current_screen() == "choose"
    assert kiosk.flow.choose.class_button("NUTRITION").isChecked()
    assert step.children_count() == 0 and step.first_name.text() == ""  # nothing of the step stays


def test_without_child_care_the_choice_offers_none(
        qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher, tmp_path: Path) -> None:
    kept, skipping = [], False
    for line in demo_config_file().read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            skipping = line.lstrip("[").startswith("child_care")  # the [child_care] table and its rooms
        if not skipping:
            kept.append(line)
    (tmp_path / "station.toml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    plain = open_station(StationPaths.resolve(tmp_path), ManualClock(DEFAULT_START), synchronous="NORMAL")
    try:
        window = MainWindow(plain, bridge, switcher, status_interval_ms=NO_TIMER_MS)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        assert not window.flow.choose.children_button.isVisible()
    finally:
        plain.close()


def test_a_parent_with_no_children_known_adds_one_and_may_check_in_at_once(
        qtbot: QtBot, kiosk: MainWindow, station: Station) -> None:
    carer(station)
    services.register(station, Registration(
        "Rosa", "Ortega Ruiz", date(1988, 2, 3), memberships=(MembershipInput("lacare", ROSA_ID, "yes"),)))
    _to_children_step(qtbot, kiosk)
    step = kiosk.flow.children_step
    assert step.children_count() == 0 and step.first_name.isVisible()  # straight to the form
    type_child(step, "Leo", "Ortega", "03092025")
    assert step.children_count() == 1 and step.child_button(0).isChecked()
    assert step.check_in_button.isEnabled()  # the added child is picked: no other touch needed
    with qtbot.waitSignal(kiosk.flow.checked_in, timeout=10_000):
        _click(step.check_in_button)
    qtbot.waitUntil(lambda: kiosk.current_screen() == "confirmation", timeout=10_000)
    assert len(kiosk.flow.confirmation.pickup_code_text()) == 4
