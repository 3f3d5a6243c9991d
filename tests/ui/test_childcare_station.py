"""The child-care station, driven as room staff would: sign in, watch the roster, check children in by
code or scan, refuse a wrong code, release with the right one or with a reason, warnings, labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk import childcare, services, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildSpec
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station
from kiosk.store.models import AuditEntry, ChildCareCheckOut
from tests.ui.conftest import NO_TIMER_MS
from tests.ui.test_desk_flows import type_in
from ui.app import render_screenshots
from ui.childcare.flow import ChildCareFlow
from ui.childcare.screenshots import SHOTS
from ui.childcare.window import ChildCareWindow, make_child_care_window
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

LA = ZoneInfo("America/Los_Angeles")
MORNING = datetime(2026, 11, 23, 10, 0, tzinfo=LA)  # a Monday; the nutrition class runs 10:30-12:00
CARE_PIN = "1357"  # invented demo PINs, as in the README
DESK_PIN = "2468"
ROSA_ID = "LC10000001"  # invented, in the demo plan's invented format
SOFIA = ChildSpec("Sofía", "Gómez Ortega", date(2022, 5, 1))  # 4 years: the 2-and-up band
LEO = ChildSpec("Leo", "Gómez Ortega", date(2025, 3, 9))  # 20 months: the under-2 band (1:4)
PEANUTS = "peanut allergy: EpiPen in the blue bag"


def child_care_station(tmp_path: Path, clock: ManualClock) -> Station:
    text = demo_config_file().read_text(encoding="utf-8")
    text = re.sub(r'(?m)^mode = "kiosk"', 'mode = "child_care"', text)
    text = re.sub(r'(?m)^id = "demo-kiosk-1"', 'id = "care-test-1"', text)
    (tmp_path / "station.toml").write_text(text, encoding="utf-8")
    station = open_station(StationPaths.resolve(tmp_path), clock, synchronous="NORMAL")
    staff.add_staff(station, "Casey Care", "child_care", CARE_PIN)
    staff.add_staff(station, "Alex Desk", "front_desk", DESK_PIN)
    return station


def parent(station: Station, first: str = "Rosa", last: str = "Ortega Ruiz", member: str = ROSA_ID) -> str:
    reg = Registration(first, last, date(1988, 2, 3), memberships=(MembershipInput("lacare", member, "yes"),))
    return services.register(station, reg).person_id


def nutrition(station: Station) -> str:
    return str(next(c["id"] for c in services.todays_classes(station) if c["code"] == "NUTRITION"))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MORNING)


@pytest.fixture
def care_station(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    opened = child_care_station(tmp_path, clock)
    yield opened
    opened.close()


def open_window(qtbot: QtBot, station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                refresh_ms: int = NO_TIMER_MS) -> ChildCareWindow:
    made = make_child_care_window(station, bridge, switcher, status_interval_ms=NO_TIMER_MS, refresh_ms=refresh_ms)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def care_window(qtbot: QtBot, care_station: Station, bridge: CoreBridge,
                switcher: LanguageSwitcher) -> ChildCareWindow:
    return open_window(qtbot, care_station, bridge, switcher)


@pytest.fixture
def room(care_window: ChildCareWindow) -> ChildCareFlow:
    assert care_window.flow is not None
    return care_window.flow


def sign_in(qtbot: QtBot, flow: ChildCareFlow, pin: str = CARE_PIN) -> None:
    type_in(flow.sign_in_screen.entry, pin)
    with qtbot.waitSignal(flow.done, timeout=10_000):
        QTest.keyClick(flow.sign_in_screen.entry, Qt.Key.Key_Return)


def signed_in(qtbot: QtBot, flow: ChildCareFlow) -> None:
    sign_in(qtbot, flow)
    qtbot.waitUntil(lambda: flow.current() == "room" and flow.room_screen.view is not None, timeout=10_000)


def names(table: QTableWidget) -> list[str]:
    """The child column, without the direction isolates around each name."""
    return [table.item(r, 0).text().strip("\u2068\u2069").split("\u2069")[0] for r in range(table.rowCount())]


def refreshed(qtbot: QtBot, flow: ChildCareFlow) -> None:
    """What F5 does (the timer is off in these tests but the first)."""
    with qtbot.waitSignal(flow.done, check_params_cb=lambda what: what == "roster", timeout=10_000):
        flow.refresh()


def wait_rows(qtbot: QtBot, table: QTableWidget, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: names(table) == expected, timeout=10_000)


def find(qtbot: QtBot, flow: ChildCareFlow, code: str) -> None:
    handover = flow.room_screen.handover
    handover.code_entry.clear()
    type_in(handover.code_entry, code)
    with qtbot.waitSignal(flow.done, check_params_cb=lambda what: what in ("found", "error"), timeout=10_000):
        QTest.keyClick(handover.code_entry, Qt.Key.Key_Return)


def test_staff_sign_in_counts_in_the_room_and_a_core_signup_appears_live_as_expected(
    qtbot: QtBot, care_station: Station, bridge: CoreBridge, switcher: LanguageSwitcher
) -> None:
    window = open_window(qtbot, care_station, bridge, switcher, refresh_ms=150)
    flow = window.flow
    assert flow is not None and flow.current() == "sign-in"
    sign_in(qtbot, flow, DESK_PIN)  # a front-desk PIN is right, but not for this room
    assert flow.current() == "sign-in" and "Only child-care staff" in flow.sign_in_screen.error.text()
    sign_in(qtbot, flow, "0000")
    assert flow.sign_in_screen.error.text() == "That PIN is not right. Try again."

    signed_in(qtbot, flow)
    assert flow.staff is not None
    casey = flow.staff.id
    with care_station.store.read() as s:
        assert staff.staff_in_room(s, care_station.config.site.code, MORNING.date(), "KIDS") == [casey]
    assert "Casey Care" in flow.room_screen.ratio.text() and "Casey Care" in flow.who.text()
    assert flow.room_screen.tables.expected.rowCount() == 0

    # The kiosk signs a child up: the room sees it within a refresh, with no one touching the station.
    childcare.sign_up_children(care_station, parent(care_station), nutrition(care_station), [SOFIA])
    wait_rows(qtbot, flow.room_screen.tables.expected, ["Sofía Gómez Ortega"])
    assert flow.room_screen.counts.text() == "In the room: 0 of 12 places. Expected: 1."
    assert flow.room_screen.tables.expected.item(0, 2).text() == "12:00"  # the parent's class ends

    flow.sign_out("button")  # locking wipes the room off the screen, and keeps Casey counted in it
    assert flow.current() == "sign-in" and flow.room_screen.tables.expected.rowCount() == 0
    with care_station.store.read() as s:
        assert staff.staff_in_room(s, care_station.config.site.code, MORNING.date(), "KIDS") == [casey]

    signed_in(qtbot, flow)  # no child in the room yet: Casey may leave it, and no longer counts
    with qtbot.waitSignal(flow.signed_out, timeout=10_000) as left:
        flow.leave_button.click()
    assert left.args == ["left"] and flow.current() == "sign-in"
    with care_station.store.read() as s:
        assert staff.staff_in_room(s, care_station.config.site.code, MORNING.date(), "KIDS") == []


def test_check_in_by_typed_code_wrong_code_refused_right_code_releases(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station
) -> None:
    signed_in(qtbot, room)  # a signup needs staff in the room
    rosa = parent(care_station)
    signed = childcare.sign_up_children(care_station, rosa, nutrition(care_station), [SOFIA, LEO])
    code = signed[0].pickup_code
    refreshed(qtbot, room)
    tables, handover = room.room_screen.tables, room.room_screen.handover
    wait_rows(qtbot, tables.expected, ["Sofía Gómez Ortega", "Leo Gómez Ortega"])

    find(qtbot, room, code.lower())  # case does not matter
    assert [(s.child_name, s.state) for _tick, s in handover.ticks] == [
        ("Sofía Gómez Ortega", "expected"), ("Leo Gómez Ortega", "expected")]
    assert handover.check_in_button.isEnabled() and not handover.check_out_button.isEnabled()
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_in", timeout=10_000):
        handover.check_in_button.click()
    wait_rows(qtbot, tables.in_room, ["Sofía Gómez Ortega", "Leo Gómez Ortega"])
    assert tables.expected.rowCount() == 0 and "Checked in" in handover.result.text()
    assert room.room_screen.counts.text().startswith("In the room: 2 of 12 places.")

    wrong = next(c for c in ("TMGY", "R7KP") if c != code)
    handover.keypad.type_text(wrong)  # tapped on the on-screen keypad this time
    assert handover.code_entry.text() == wrong
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        handover.find_button.click()
    refusal = handover.message.text()
    assert refusal.startswith("No child here matches that code today")
    assert "Rosa" not in refusal and "Gómez" not in refusal and not handover.ticks  # it names no one
    with care_station.store.read() as s:
        tried = s.execute(select(AuditEntry).where(AuditEntry.action == "childcare.wrong_pickup_code")).scalars()
        assert [e.staff_id for e in tried] == [room.staff.id if room.staff else ""]

    find(qtbot, room, code)
    assert [s.state for _t, s in handover.ticks] == ["in", "in"] and handover.check_out_button.isEnabled()
    assert handover.pickup_by.currentText() == "Rosa Ortega Ruiz"  # the guardian, offered first
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_out", timeout=10_000):
        handover.check_out_button.click()
    wait_rows(qtbot, tables.picked_up, ["Sofía Gómez Ortega", "Leo Gómez Ortega"])
    assert tables.in_room.rowCount() == 0 and "Picked up" in handover.result.text()
    assert childcare.room_roster(care_station, "KIDS").children == ()


def test_a_scanned_slip_or_parent_card_finds_the_children(
    qtbot: QtBot, care_station: Station, bridge: CoreBridge, switcher: LanguageSwitcher
) -> None:
    window = open_window(qtbot, care_station, bridge, switcher)
    flow = window.flow
    assert flow is not None
    window.payload_received.emit("FCXM", "scanner")  # before sign-in: ignored
    signed_in(qtbot, flow)
    assert not flow.room_screen.handover.ticks and not flow.room_screen.handover.message.text()
    [signup] = childcare.sign_up_children(care_station, parent(care_station), nutrition(care_station), [SOFIA])
    for payload in (signup.pickup_code, ROSA_ID):  # the slip's code, then the parent's member card
        flow.room_screen.handover.reset()
        with qtbot.waitSignal(flow.done, check_params_cb=lambda what: what == "found", timeout=10_000):
            window.payload_received.emit(payload, "scanner")
        assert [s.child_name for _t, s in flow.room_screen.handover.ticks] == ["Sofía Gómez Ortega"]
    flow.room_screen.handover.reset()
    with qtbot.waitSignal(flow.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        window.payload_received.emit("LC10000009", "scanner")  # a card of nobody with a child here
    assert flow.room_screen.handover.message.text().startswith("No child here matches")


def test_a_release_without_the_code_needs_a_reason_and_is_recorded(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station
) -> None:
    signed_in(qtbot, room)
    [signup] = childcare.sign_up_children(care_station, parent(care_station), nutrition(care_station), [SOFIA])
    find(qtbot, room, signup.pickup_code)
    handover = room.room_screen.handover
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_in", timeout=10_000):
        handover.check_in_button.click()
    tables = room.room_screen.tables
    wait_rows(qtbot, tables.in_room, ["Sofía Gómez Ortega"])

    # Someone not on any list, with the code: refused, and told what would release the child.
    find(qtbot, room, signup.pickup_code)
    handover.pickup_by.setEditText("Ana Ruiz")
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        handover.check_out_button.click()
    assert "is not a guardian or on the authorized list" in handover.message.text()
    assert names(tables.in_room) == ["Sofía Gómez Ortega"]

    # Someone on the refused list: told plainly not to hand the child over, with the list's note.
    childcare.set_pickup_rule(care_station, signup.child_id, "Marco Gómez", "refused",
                              staff_id=room.staff.id if room.staff else "", note="court order")
    find(qtbot, room, signup.pickup_code)
    handover.pickup_by.setEditText("MARCO GOMEZ")
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        handover.check_out_button.click()
    refused = handover.message.text()
    assert refused.startswith("Do not hand the child over") and "court order" in refused

    tables.in_room.selectRow(0)
    assert room.room_screen.release_button.isEnabled()
    room.room_screen.release_button.click()
    override = room.room_screen.override
    assert override.isVisible() and override.pickup_by.currentText() == "Rosa Ortega Ruiz"
    override.pickup_by.setEditText("Ana Ruiz")
    override.release_button.click()  # no reason: nothing is sent
    assert "needs a reason" in override.error.text() and names(tables.in_room) == ["Sofía Gómez Ortega"]
    type_in(override.reason, "Slip lost; grandmother, ID checked")
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "override", timeout=10_000):
        override.release_button.click()
    wait_rows(qtbot, tables.picked_up, ["Sofía Gómez Ortega"])
    assert tables.picked_up.item(0, 3).text().endswith("(override)") and not override.isVisible()
    with care_station.store.read() as s:
        out = s.execute(select(ChildCareCheckOut)).scalar_one()
        assert (out.pickup_by, out.override_reason) == ("Ana Ruiz", "Slip lost; grandmother, ID checked")
        assert out.staff_id == (room.staff.id if room.staff else None)


def test_a_check_in_over_the_ratio_is_refused_with_the_reason(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station
) -> None:
    signed_in(qtbot, room)
    morgan = staff.add_staff(care_station, "Morgan Sup", "supervisor", "8642")
    staff.sign_in_to_room(care_station, morgan.id, "KIDS")  # two staff while the parents sign up
    rosa, ines = parent(care_station), parent(care_station, "Inés", "Vidal Soto", "LC10000002")
    babies = [ChildSpec(f"Bebé{n}", "Ortega", date(2025, 6, n + 1)) for n in range(4)]  # 17 months: 1:4
    four = childcare.sign_up_children(care_station, rosa, nutrition(care_station), babies)
    [fifth] = childcare.sign_up_children(care_station, ines, nutrition(care_station),
                                         [ChildSpec("Pau", "Vidal", date(2025, 7, 2))])
    staff.sign_out_of_room(care_station, morgan.id)  # nobody in the room yet: Morgan may go
    casey = room.staff.id if room.staff else ""
    childcare.check_in_child(care_station, code=four[0].pickup_code, staff_id=casey)  # 4 babies for Casey

    find(qtbot, room, fifth.pickup_code)
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        room.room_screen.handover.check_in_button.click()
    assert "over its staff-to-child ratio" in room.room_screen.handover.message.text()
    qtbot.waitUntil(lambda: room.room_screen.tables.in_room.rowCount() == 4, timeout=10_000)
    assert names(room.room_screen.tables.expected) == ["Pau Vidal"]
    assert room.room_screen.ratio.text().endswith("Needed for the children here: 1.")

    # Casey cannot leave four babies alone: the screen says why and Casey stays.
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        room.leave_button.click()
    assert "cannot leave yet" in room.room_screen.handover.message.text() and room.current() == "room"


def test_warnings_ten_minutes_before_the_class_ends_and_when_overdue(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station, clock: ManualClock
) -> None:
    signed_in(qtbot, room)
    rosa = parent(care_station)
    [leo] = childcare.sign_up_children(care_station, rosa, nutrition(care_station), [LEO])  # class ends 12:00
    parenting = str(next(c["id"] for c in services.todays_classes(care_station) if c["code"] == "PARENTING"))
    [sofia] = childcare.sign_up_children(care_station, rosa, parenting, [SOFIA])  # 13:00-14:30, in early
    casey = room.staff.id if room.staff else ""
    for signup in (leo, sofia):
        childcare.check_in_child(care_station, signup_id=signup.signup_id, staff_id=casey)  # both in at 10:00

    def at(hh: int, mm: int) -> tuple[str, list[str]]:
        clock.set(datetime(2026, 11, 23, hh, mm, tzinfo=LA))
        with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "roster", timeout=10_000):
            room.refresh()
        screen = room.room_screen
        table = screen.tables.in_room
        cells = [table.item(r, 5).text() for r in range(table.rowCount())]
        return (screen.warnings.text() if screen.warnings.isVisible() else ""), cells

    assert at(11, 49) == ("", ["", ""])
    text, cells = at(11, 50)  # ten minutes before Leo's parent's class ends
    assert text.startswith("Class ending soon:") and "Leo Gómez Ortega" in text and "12:00" in text
    assert cells == ["Class ending", ""]
    text, cells = at(12, 0)
    assert text.startswith("Overdue:") and "Leo" in text and cells == ["Overdue", ""]
    text, cells = at(12, 1)  # Sofía: past the two-hour maximum stay
    assert text.count("Overdue:") == 2 and cells == ["Overdue", "Overdue"]


def test_labels_for_the_child_and_the_parent_render_to_pdf(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station, tmp_path: Path
) -> None:
    signed_in(qtbot, room)
    rosa = parent(care_station)
    signed = childcare.sign_up_children(care_station, rosa, nutrition(care_station), [SOFIA, LEO])
    casey = next(m.id for m in staff.list_staff(care_station) if m.display_name == "Casey Care")
    childcare.add_flag(care_station, signed[0].child_id, "allergy", PEANUTS, staff_id=casey)
    childcare.add_flag(care_station, signed[1].child_id, "medical", "asthma", staff_id=casey)
    find(qtbot, room, signed[0].pickup_code)
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_in", timeout=10_000):
        room.room_screen.handover.check_in_button.click()
    qtbot.waitUntil(lambda: room.room_screen.tables.in_room.rowCount() == 2, timeout=10_000)

    ids = [s.signup_id for s in signed]
    labels = room.labels(ids)
    code = signed[0].pickup_code
    assert [(lb.name, lb.code, lb.allergy, lb.caption) for lb in labels] == [
        ("Sofía G.", code, "ALLERGY", ""),
        ("Leo G.", code, "", ""),  # a medical flag stays on the staff's screen
        ("Rosa", code, "", "Pickup: Sofía, Leo"),  # the parent's label: the same code
    ]
    assert all(lb.room == "Children's room" and lb.times == "10:00 – until 12:00" for lb in labels)
    assert all("peanut" not in repr(lb).lower() for lb in labels)  # the allergy's details are not printed

    out = tmp_path / "labels.pdf"
    outcome = room.print_labels_to_pdf(ids, out)
    data = out.read_bytes()
    assert outcome.ok and outcome.where == str(out) and data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 3  # one label a page

    handover = room.room_screen.handover
    assert handover.labels_button.isVisible()  # offered right after the check-in
    handover.labels_button.click()  # the preview, as staff see it before printing
    assert room.preview_dialog is not None and room.preview_dialog.isVisible()
    room.sign_out("button")  # a label names a child: the preview closes with the screen
    assert room.preview_dialog is None


def test_the_child_care_demo_has_two_children_today_and_every_screen_is_rendered(
    qapp: QApplication, compiled_translations: Path, tmp_path: Path
) -> None:
    data = tmp_path / "demo"
    assert main(["demo", "--no-window", "--mode", "child_care", "--data-dir", str(data)]) == 0
    assert main(["demo", "--no-window", "--data-dir", str(data)]) == 0  # seeding again adds no one
    station = open_station(StationPaths.resolve(data))
    try:
        roster = childcare.room_roster(station, "KIDS")
        assert sorted((c.first_name, c.state) for c in roster.children) == [("Mateo", "expected"), ("Sofía", "in")]
        written = render_screenshots(station, tmp_path / "shots", ["en", "ar"], (1366, 768))
    finally:
        station.close()
    expected = sorted(f"child_care-{screen}-{locale}.png" for locale in ("en", "ar") for screen in SHOTS)
    assert sorted(p.name for p in written) == expected  # a failed demo sign-in would leave only the sign-in
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        if "preview" not in path.name:
            assert (image.width(), image.height()) == (1366, 768)


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_every_control_of_the_room_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, room: ChildCareFlow, care_station: Station, switcher: LanguageSwitcher, locale: str
) -> None:
    switcher.set_locale(locale)
    signed_in(qtbot, room)
    [signup] = childcare.sign_up_children(care_station, parent(care_station), nutrition(care_station), [SOFIA])
    refreshed(qtbot, room)
    find(qtbot, room, signup.pickup_code)  # the found children and their buttons showing too
    controls = [w for w in room.findChildren(QWidget) if w.isVisible()
                and isinstance(w, QAbstractButton | QLineEdit | QComboBox | QTableWidget)]
    assert len(controls) >= 12
    for control in controls:
        name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
        assert name.strip(), (locale, control.objectName(), type(control).__name__)
        keys_only = control.objectName() == "Key"  # the keypad: the keyboard types the code itself
        assert keys_only or control.focusPolicy() & Qt.FocusPolicy.TabFocus, (locale, control.objectName())
