"""The front desk, driven as a receptionist would: sign in, find, register, check in, fix, merge, sign out."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk import services, staff
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from kiosk.store.models import AuditEntry, Correction, Person, Visit
from tests.ui.conftest import NO_TIMER_MS
from ui.desk.flow import DeskFlow
from ui.desk.run import make_staff_window
from ui.desk.window import StaffWindow
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

LA = ZoneInfo("America/Los_Angeles")
MORNING = datetime(2026, 11, 23, 10, 30, tzinfo=LA)  # a Monday mid-morning at the center
DESK_PIN = "2468"  # invented demo PINs, as in the README
SUPERVISOR_PIN = "8642"
MARIA_ID = "LC10000001"  # invented, in the demo plan's invented format
HUMAN_KEY_GAP_MS = 45


def front_desk_station(tmp_path: Path, clock: ManualClock) -> Station:
    text = demo_config_file().read_text(encoding="utf-8")
    text = re.sub(r'(?m)^mode = "kiosk"', 'mode = "front_desk"', text)
    text = re.sub(r'(?m)^id = "demo-kiosk-1"', 'id = "desk-test-1"', text)
    (tmp_path / "station.toml").write_text(text, encoding="utf-8")
    station = open_station(StationPaths.resolve(tmp_path), clock, synchronous="NORMAL")
    staff.add_staff(station, "Alex Demo", "front_desk", DESK_PIN)
    staff.add_staff(station, "Morgan Demo", "supervisor", SUPERVISOR_PIN)
    services.register(station, Registration(
        "María Guadalupe", "García López", date(1986, 3, 14), phone="2135550101", preferred_language="es",
        memberships=(MembershipInput("lacare", MARIA_ID, "yes"),)))
    services.register(station, Registration("José", "de la Cruz", date(2001, 5, 21), preferred_language="es"))
    return station


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MORNING)


@pytest.fixture
def desk_station(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    opened = front_desk_station(tmp_path, clock)
    yield opened
    opened.close()


@pytest.fixture
def desk_window(qtbot: QtBot, desk_station: Station, bridge: CoreBridge, switcher: LanguageSwitcher) -> StaffWindow:
    made = make_staff_window(desk_station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def desk(desk_window: StaffWindow) -> DeskFlow:
    assert desk_window.flow is not None
    track_done(desk_window.flow)
    return desk_window.flow


def type_in(widget: QWidget, text: str) -> None:
    """Type as a person does: keys further apart than a USB scanner's burst (the wedge filter holds those).

    QTest types ASCII only; accented text goes in as an input method would, in one commit.
    """
    if text.isascii():
        before = widget.text() if isinstance(widget, QLineEdit) else ""
        QTest.keyClicks(widget, text, Qt.KeyboardModifier.NoModifier, HUMAN_KEY_GAP_MS)
        # The wedge filter gives a person's keys back a moment later: wait until the field has them all.
        for _ in range(200):
            if not isinstance(widget, QLineEdit) or widget.text() == before + text:
                break
            QTest.qWait(10)
    else:
        assert isinstance(widget, QLineEdit)
        widget.insert(text)
        widget.textEdited.emit(widget.text())


def sign_in(qtbot: QtBot, desk: DeskFlow, pin: str = DESK_PIN) -> None:
    type_in(desk.sign_in_screen.entry, pin)
    with qtbot.waitSignal(desk.done, timeout=10_000):
        QTest.keyClick(desk.sign_in_screen.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.current() == "search", timeout=10_000)


def track_done(flow: DeskFlow) -> None:
    """Remember the last step the flow finished, for ``wait_done``."""
    flow.setProperty("last_done", "")
    flow.done.connect(lambda what: flow.setProperty("last_done", what))


def wait_done(qtbot: QtBot, desk: DeskFlow, what: str) -> None:
    qtbot.waitUntil(lambda: desk.property("last_done") == what, timeout=20_000)


def open_maria(qtbot: QtBot, desk: DeskFlow, query: str = "garc") -> None:
    desk.open_search()
    type_in(desk.search.field, query)
    qtbot.waitUntil(lambda: desk.search.results.count() > 0, timeout=10_000)
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.current() == "person", timeout=10_000)


# --- mode selection ---------------------------------------------------------------


def test_a_front_desk_station_opens_on_staff_sign_in(desk_window: StaffWindow) -> None:
    assert desk_window.current_screen() == "sign-in"
    assert desk_window.flow is not None and not desk_window.flow.top_bar.isVisible()


def test_the_front_desk_window_is_for_the_front_desk_only(tmp_path: Path, bridge: CoreBridge,
                                                          switcher: LanguageSwitcher) -> None:
    """A child-care station runs the room's own window (ui.childcare), never an empty desk."""
    text = demo_config_file().read_text(encoding="utf-8").replace('mode = "kiosk"', 'mode = "child_care"')
    (tmp_path / "station.toml").write_text(text, encoding="utf-8")
    station = open_station(StationPaths.resolve(tmp_path), synchronous="NORMAL")
    try:
        with pytest.raises(ValueError, match="child_care"):
            make_staff_window(station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    finally:
        station.close()


# --- sign-in ------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "words"), [("en", "PIN is not right"), ("es", "PIN no es correcto")])
def test_a_wrong_pin_is_refused_with_a_message(qtbot: QtBot, desk: DeskFlow, switcher: LanguageSwitcher,
                                               locale: str, words: str) -> None:
    switcher.set_locale(locale)
    type_in(desk.sign_in_screen.entry, "1111")
    with qtbot.waitSignal(desk.done, timeout=10_000):
        QTest.keyClick(desk.sign_in_screen.entry, Qt.Key.Key_Return)
    assert words in desk.sign_in_screen.error.text()
    assert desk.sign_in_screen.entry.text() == ""  # a PIN never lingers in the field
    assert desk.staff is None and desk.current() == "sign-in"


def test_lockout_says_until_when(qtbot: QtBot, desk: DeskFlow) -> None:
    for _ in range(staff.MAX_FAILURES):
        desk.sign_in_screen.entry.setText("1111")
        with qtbot.waitSignal(desk.done, timeout=10_000):
            desk.sign_in_screen.entry.returnPressed.emit()
    text = desk.sign_in_screen.error.text()
    assert "locked until 10:35 (5 min)" in text
    desk.sign_in_screen.entry.setText(DESK_PIN)  # even the right PIN waits
    with qtbot.waitSignal(desk.done, timeout=10_000):
        desk.sign_in_screen.entry.returnPressed.emit()
    assert desk.staff is None and "locked until" in desk.sign_in_screen.error.text()


def test_sign_in_shows_who_and_idle_signs_out_and_wipes(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    assert "Alex Demo" in desk.who.text() and desk.top_bar.isVisible()
    open_maria(qtbot, desk)
    assert desk.idle_watch.armed
    desk.idle_watch.set_timeout_ms(50)
    desk.idle_watch.poke()
    with qtbot.waitSignal(desk.signed_out, timeout=5_000) as signal:
        pass
    assert signal.args == ["idle"]
    assert desk.current() == "sign-in" and desk.staff is None
    assert "without activity" in desk.sign_in_screen.error.text()
    assert desk.person.person_id is None and desk.person.name.text() == "" and desk.search.field.text() == ""


def test_the_default_idle_sign_out_is_three_minutes(desk: DeskFlow) -> None:
    assert desk.idle_watch._timer.interval() == 180_000


def test_sign_out_button_and_ctrl_l(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    QTest.mouseClick(desk.sign_out_button, Qt.MouseButton.LeftButton)
    assert desk.staff is None and desk.current() == "sign-in"
    sign_in(qtbot, desk)
    QTest.keySequence(desk.window().windowHandle(), "Ctrl+L")
    QApplication.processEvents()
    assert desk.staff is None


# --- search and scan ----------------------------------------------------------------------


def test_half_a_surname_finds_a_returning_visitor_with_masked_ids(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    type_in(desk.search.field, "lope")  # half of the second surname, no accent
    qtbot.waitUntil(lambda: desk.search.results.count() == 1, timeout=10_000)
    text = desk.search.result_texts()[0]
    assert "García López" in text and "1986-03-14" in text and "••••••0001" in text and MARIA_ID not in text


def test_a_stale_answer_never_overwrites_a_newer_query(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    desk.search.set_query("cruz")
    qtbot.waitUntil(lambda: desk.search.results.count() == 1, timeout=10_000)
    old_seq = desk.search._seq
    desk.search.set_query("garc")  # typed after: the first answer is now stale
    assert not desk.search.show_results(old_seq, [])
    qtbot.waitUntil(lambda: "García" in " ".join(desk.search.result_texts()), timeout=10_000)


def test_arrows_and_enter_open_a_result(qtbot: QtBot, desk: DeskFlow) -> None:
    services.register(desk._station, Registration("Ana", "García", date(1990, 1, 2)))
    sign_in(qtbot, desk)
    type_in(desk.search.field, "garc")
    qtbot.waitUntil(lambda: desk.search.results.count() == 2, timeout=10_000)
    QTest.keyClick(desk.search.field, Qt.Key.Key_Down)
    assert desk.search.results.currentRow() == 1
    chosen = desk.search.results.currentItem().data(Qt.ItemDataRole.UserRole)
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person.person_id == chosen, timeout=10_000)


def test_a_scan_jumps_to_the_person(qtbot: QtBot, desk_window: StaffWindow, desk: DeskFlow) -> None:
    desk_window.payload_received.emit(MARIA_ID, "scanner")  # nobody signed in: ignored
    QApplication.processEvents()
    assert desk.current() == "sign-in"
    sign_in(qtbot, desk)
    desk_window.payload_received.emit(MARIA_ID, "scanner")
    qtbot.waitUntil(lambda: desk.current() == "person", timeout=10_000)
    assert "García López" in desk.person.name.text()


def test_an_unknown_card_starts_a_walk_in_with_its_id(qtbot: QtBot, desk_window: StaffWindow, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    desk_window.payload_received.emit("LC10000099", "scanner")
    qtbot.waitUntil(lambda: desk.current() == "register", timeout=10_000)
    assert desk.register.plan.currentData() == "lacare" and desk.register.member_id.text() == "LC10000099"


# --- walk-in registration --------------------------------------------------------------


def fill(desk: DeskFlow, first: str, last: str, born: str, phone: str = "") -> None:
    reg = desk.register
    type_in(reg.first_name, first)
    type_in(reg.last_name, last)
    type_in(reg.birth_date, born)
    type_in(reg.phone, phone)


@pytest.mark.parametrize("locale", ["en", "es"])
def test_a_walk_in_similar_to_someone_gets_the_duplicate_warning_then_saves_as_new(
        qtbot: QtBot, desk: DeskFlow, switcher: LanguageSwitcher, locale: str) -> None:
    switcher.set_locale(locale)
    sign_in(qtbot, desk)
    QTest.keySequence(desk.window().windowHandle(), "Ctrl+N")
    qtbot.waitUntil(lambda: desk.current() == "register", timeout=5_000)
    fill(desk, "Maria", "Garcia", "03/14/1986", "213-555-0199")
    QTest.keyClick(desk.register.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.register.warning_shown, timeout=10_000)
    assert "García López" in desk.register.duplicate_list.item(0).text()
    before = _people(desk)
    QTest.mouseClick(desk.register.save_new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.current() == "person" and "Garcia" in desk.person.name.text(), timeout=10_000)
    assert _people(desk) == before + 1
    with desk._station.store.read() as session:
        person = session.execute(select(Person).where(Person.last_name == "Garcia")).scalar_one()
        assert person.staff_id == desk.staff.id if desk.staff else False  # audited under the signed-in member


def test_use_this_person_saves_nothing_and_opens_them(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    desk.new_walk_in()
    fill(desk, "María", "García", "3/14/1986")
    desk.register.submit()
    qtbot.waitUntil(lambda: desk.register.warning_shown, timeout=10_000)
    before = _people(desk)
    QTest.mouseClick(desk.register.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.current() == "person", timeout=10_000)
    assert "García López" in desk.person.name.text() and _people(desk) == before


def test_a_new_walk_in_without_a_similar_person_saves_at_once(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    desk.new_walk_in()
    fill(desk, "Anahit", "Petrosyan", "11/02/1979")
    desk.register.plan.setCurrentIndex(desk.register.plan.findData("lacare"))
    type_in(desk.register.member_id, "lc 1000 0002")
    desk.register.consent.setChecked(True)
    desk.register.submit()
    qtbot.waitUntil(lambda: desk.current() == "person", timeout=10_000)
    assert "Petrosyan" in desk.person.name.text() and "lacare ••••••0002" in desk.person.details.text()


@pytest.mark.parametrize(("born", "words"), [("02/30/1990", "no such date"), ("13/01/1990", "no such date"),
                                             ("1990", "MM/DD/YYYY"), ("01/01/2027", "future")])
def test_an_impossible_date_of_birth_is_refused_and_nothing_typed_is_lost(
        qtbot: QtBot, desk: DeskFlow, born: str, words: str) -> None:
    sign_in(qtbot, desk)
    desk.new_walk_in()
    fill(desk, "Lan", "Nguyễn", born, "2135550123")
    desk.register.submit()
    assert words in desk.register.error.text()
    assert desk.current() == "register" and desk.register.birth_date.hasFocus()
    assert (desk.register.first_name.text(), desk.register.last_name.text(), desk.register.phone.text()) == (
        "Lan", "Nguyễn", "2135550123")


def test_a_member_id_that_fails_its_plan_says_what_is_expected(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    desk.new_walk_in()
    fill(desk, "Samir", "Haddad", "07/30/1992")
    desk.register.plan.setCurrentIndex(desk.register.plan.findData("bscpromise"))
    type_in(desk.register.member_id, "BSP12")
    desk.register.submit()
    assert "Expected: BSP" in desk.register.error.text()
    assert desk.register.member_id.text() == "BSP12" and desk.current() == "register"


# --- check in, correct, void -----------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en", "es"])
def test_check_in_correct_and_void_make_new_records(qtbot: QtBot, desk: DeskFlow, switcher: LanguageSwitcher,
                                                    locale: str) -> None:
    switcher.set_locale(locale)
    sign_in(qtbot, desk)
    open_maria(qtbot, desk, "maria garcia")
    assert desk.person.toggle("class:DIABETES").text().endswith("0/2\u2069")
    QTest.mouseClick(desk.person.toggle("screening"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(desk.person.toggle("class:ZUMBA-AM"), Qt.MouseButton.LeftButton)
    QTest.keySequence(desk.window().windowHandle(), "Ctrl+Return")
    wait_done(qtbot, desk, "check_in")
    visit = desk.person.visit
    assert visit is not None and sorted(line.spec for line in visit.services) == ["class:ZUMBA-AM", "screening"]
    assert desk.person.result.text()

    # The wrong service: swap screening for the care manager, with a reason.
    QTest.mouseClick(desk.person.toggle("screening"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(desk.person.toggle("care-manager"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(desk.person.correct_button, Qt.MouseButton.LeftButton)
    assert desk.person.error.text()  # no reason yet: refused, nothing sent
    type_in(desk.person.reason, "picked the wrong service")
    QTest.mouseClick(desk.person.correct_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "correct")
    visit = desk.person.visit
    assert visit is not None and sorted(line.spec for line in visit.services) == ["care-manager", "class:ZUMBA-AM"]

    type_in(desk.person.reason, "checked in the wrong person")
    QTest.mouseClick(desk.person.void_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "void")
    assert desk.person.visit is None  # a voided visit is not today's open visit any more
    with desk._station.store.read() as session:
        actions = sorted(c.action for c in session.execute(select(Correction)).scalars())
        assert actions == ["correct", "void"]
        assert {c.staff_id for c in session.execute(select(Correction)).scalars()} == {desk.staff.id if desk.staff
                                                                                      else ""}
        visits = session.execute(select(Visit)).scalars().all()
        assert len(visits) == 1 and visits[0].staff_id == (desk.staff.id if desk.staff else "")
        audited = {a.action for a in session.execute(select(AuditEntry).where(
            AuditEntry.staff_id == (desk.staff.id if desk.staff else ""))).scalars()}
        assert {"staff.sign_in", "visit.check_in", "visit.correct", "visit.void"} <= audited


def test_a_full_class_cannot_be_chosen(qtbot: QtBot, desk: DeskFlow) -> None:
    for n in (11, 12):  # invented IDs fill the 2-seat class
        person = services.register(desk._station, Registration(
            "Test", "Person", date(1990, 1, 1), memberships=(MembershipInput("lacare", f"LC100000{n}", "no"),)))
        services.check_in(desk._station, person_id=person.person_id, services=["class:DIABETES"])
    sign_in(qtbot, desk)
    open_maria(qtbot, desk)
    full = desk.person.toggle("class:DIABETES")
    assert not full.isEnabled() and "full" in full.text()


# --- merge --------------------------------------------------------------------------------------


def test_a_merge_with_themself_is_never_offered(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk)
    open_maria(qtbot, desk)
    desk.person.search_merge("garc")
    wait_done(qtbot, desk, "merge_search")
    assert desk.person.merge_results.count() == 0


@pytest.mark.skipif(importlib.util.find_spec("kiosk.merge") is None, reason="kiosk.merge is not in this build yet")
def test_merge_two_people_then_undo(qtbot: QtBot, desk: DeskFlow) -> None:
    services.register(desk._station, Registration("Maria", "Garcia", date(1986, 3, 14)))  # the duplicate
    sign_in(qtbot, desk)
    open_maria(qtbot, desk, "lopez")
    desk.person.search_merge("garcia")
    wait_done(qtbot, desk, "merge_search")
    assert desk.person.merge_results.count() == 1
    QTest.mouseClick(desk.person.merge_button, Qt.MouseButton.LeftButton)
    assert desk.person.error.text()  # a reason first
    type_in(desk.person.reason, "same person registered twice")
    QTest.mouseClick(desk.person.merge_button, Qt.MouseButton.LeftButton)
    assert desk.person.confirm_merge_button.isVisible()
    QTest.mouseClick(desk.person.confirm_merge_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "merge")
    assert desk.person.undo_merge_button.isVisible()
    type_in(desk.person.reason, "they are two people")
    QTest.mouseClick(desk.person.undo_merge_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "undo_merge")
    assert not desk.person.undo_merge_button.isVisible()


@pytest.mark.skipif(importlib.util.find_spec("kiosk.merge") is None, reason="kiosk.merge is not in this build yet")
def test_a_merge_made_another_day_can_still_be_undone(qtbot: QtBot, desk: DeskFlow) -> None:
    from kiosk import merge

    station = desk._station
    duplicate = services.register(station, Registration("Maria", "Garcia", date(1986, 3, 14))).person_id
    sign_in(qtbot, desk)
    open_maria(qtbot, desk, "lopez")
    kept = desk.person.person_id
    assert kept is not None and not desk.person.undo_merge_button.isVisible()  # nothing merged into her yet
    merge.merge_people(station, kept, duplicate, staff_id="someone-yesterday", reason="same person")
    open_maria(qtbot, desk, "lopez")  # a later session: the desk never saw that merge being made
    assert desk.person.undo_merge_button.isVisible()
    type_in(desk.person.reason, "they are two people")
    QTest.mouseClick(desk.person.undo_merge_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "undo_merge")
    assert merge.merges_into(station, kept) == [] and not desk.person.undo_merge_button.isVisible()


# --- Arabic -----------------------------------------------------------------------------------------


def test_the_desk_in_arabic_lays_out_right_to_left(qtbot: QtBot, desk: DeskFlow, switcher: LanguageSwitcher) -> None:
    switcher.set_locale("ar")
    sign_in(qtbot, desk)
    assert desk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert desk.search_button.text() != "Search (F3)"  # translated
    open_maria(qtbot, desk)
    assert "García López" in desk.person.name.text()


def _people(desk: DeskFlow) -> int:
    with desk._station.store.read() as session:
        return len(session.execute(select(Person.id)).all())
