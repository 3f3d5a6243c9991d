"""The front desk's day: who is here, classes, the hourly chart, sync per plan, printing and the report."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.domain.status import PlanQueue
from kiosk.errors import InvalidInput
from kiosk.station import Station
from tests.ui.conftest import NO_TIMER_MS
from tests.ui.test_desk_flows import (
    MORNING,
    SUPERVISOR_PIN,
    front_desk_station,
    open_maria,
    sign_in,
    track_done,
    type_in,
    wait_done,
)
from ui.desk.flow import DeskFlow
from ui.desk.printing import PrintJob, print_job
from ui.desk.run import make_staff_window
from ui.desk.window import StaffWindow
from ui.screens.desk_register import BadDate, parse_typed_date
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

TODAY = date(2026, 11, 23)


def plain(text: str) -> str:
    """Without the direction isolates the desk puts around times, counts and names."""
    return text.replace("\u2068", "").replace("\u2069", "")


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
    window = make_staff_window(desk_station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def desk(desk_window: StaffWindow) -> DeskFlow:
    assert desk_window.flow is not None
    track_done(desk_window.flow)
    return desk_window.flow


def _check_in(station: Station, first: str, services_: list[str], minutes_ago: int, clock: ManualClock) -> str:
    person = services.register(station, Registration(first, "Demo", date(1980, 1, 1)))
    then = ManualClock(clock.now() - timedelta(minutes=minutes_ago))
    past = Station(station.paths, station.config, station.store, then)
    return services.check_in(past, person_id=person.person_id, services=services_).visit_id


# --- core: who is here, today's classes by hand ------------------------------------------------


def test_in_the_building_counts_open_visits_only(desk_station: Station, clock: ManualClock) -> None:
    _check_in(desk_station, "Early", ["screening"], 200, clock)  # outside the 3-hour window: gone home
    here = _check_in(desk_station, "Here", ["screening"], 30, clock)
    voided = _check_in(desk_station, "Voided", ["telehealth"], 20, clock)
    services.void(desk_station, voided, reason="wrong person")
    rows = services.people_in_building(desk_station)
    assert [r["visit_id"] for r in rows] == [here]
    assert rows[0]["name"] == "Here Demo" and rows[0]["services"] == ("Health screening",)


def test_a_supervisor_class_is_added_then_changed_and_bad_values_are_refused(desk_station: Station) -> None:
    added = services.save_todays_class(desk_station, "yoga pm", name="Yoga", room="Room C", start=time(16),
                                       end=time(17), capacity=10, staff_id="s1")
    assert added["code"] == "YOGA-PM" and added["action"] == "class.add"
    changed = services.save_todays_class(desk_station, "YOGA-PM", name="Gentle yoga", room="Room C",
                                         start=time(16), end=time(17, 30), capacity=12, staff_id="s1")
    assert changed == {**added, "action": "class.change"}
    yoga = next(c for c in services.todays_classes(desk_station) if c["code"] == "YOGA-PM")
    assert yoga["names"]["en"] == "Gentle yoga" and yoga["capacity"] == 12
    with pytest.raises(InvalidInput, match="end after"):
        services.save_todays_class(desk_station, "LATE", name="x", room="y", start=time(17), end=time(16), capacity=5)
    with pytest.raises(InvalidInput, match="capacity"):
        services.save_todays_class(desk_station, "BIG", name="x", room="y", start=time(9), end=time(10), capacity=0)


# --- the day screen --------------------------------------------------------------------------------------


def test_the_day_shows_who_is_here_classes_the_hourly_chart_and_sync(
        qtbot: QtBot, desk: DeskFlow, desk_station: Station, clock: ManualClock) -> None:
    _check_in(desk_station, "Ana", ["screening"], 45, clock)  # 09:45
    bea = services.register(desk_station, Registration(
        "Bea", "Demo", date(1980, 1, 1), memberships=(MembershipInput("lacare", "LC10000042", "yes"),)))
    services.check_in(Station(desk_station.paths, desk_station.config, desk_station.store,
                              ManualClock(clock.now() - timedelta(minutes=20))),
                      person_id=bea.person_id, services=["class:ZUMBA-AM"])  # 10:10, a member: queued for the plan
    _check_in(desk_station, "Cy", ["telehealth"], 10, clock)  # 10:20
    sign_in(qtbot, desk)
    QTest.keySequence(desk.window().windowHandle(), "F5")
    wait_done(qtbot, desk, "day")
    day = desk.day
    assert day.here.count() == 3 and "Cy Demo" in day.here.item(0).text()
    zumba = next(r for r in range(day.classes.rowCount()) if day.classes.item(r, 0).text() == "Zumba")
    assert plain(day.classes.item(zumba, 3).text()) == "1/25"
    assert day.classes.item(zumba, 2).text() == "\u206809:00–10:00\u2069"  # isolated: never reversed in RTL
    assert day.chart.counts() == {9: 1, 10: 2}
    assert "3" in day.chart.accessibleName()
    assert "L.A. Care (demo): 3 waiting" in plain(day.sync.text())  # two members and a visit
    assert "Blue Shield Promise (demo): all sent" in plain(day.sync.text())
    assert not day.class_form.isVisibleTo(day)  # front desk staff do not change the schedule


def test_plan_lines_say_offline_since_paused_and_rejected_with_the_reason(desk: DeskFlow) -> None:
    failing = datetime(2026, 11, 23, 18, 42, tzinfo=UTC)  # 10:42 at the center
    day = desk.day
    assert plain(day.plan_line(PlanQueue("lacare", {"pending": 312}, None, failing_since=failing))) == \
        "L.A. Care (demo): 312 waiting, offline since 10:42"
    assert plain(day.plan_line(PlanQueue("lacare", {"sent": 9}, None))) == "L.A. Care (demo): all sent"
    assert "credentials" in day.plan_line(PlanQueue("bscpromise", {"paused": 2}, None, paused_reason="401"))
    line = day.plan_line(PlanQueue("lacare", {"rejected": 2}, None, last_error="422 member unknown"))
    assert "2 rejected" in line and "422 member unknown" in line


def test_a_supervisor_adds_a_class_from_the_day(qtbot: QtBot, desk: DeskFlow) -> None:
    sign_in(qtbot, desk, SUPERVISOR_PIN)
    desk.open_day()
    wait_done(qtbot, desk, "day")
    day = desk.day
    assert day.class_form.isVisibleTo(day)
    rows = day.classes.rowCount()
    type_in(day.class_code, "YOGA")
    type_in(day.class_name, "Yoga")
    type_in(day.class_room, "Room C")
    day.class_start.setTime(day.class_start.time().fromString("16:00", "HH:mm"))
    day.class_end.setTime(day.class_end.time().fromString("17:00", "HH:mm"))
    QTest.mouseClick(day.save_class_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: day.classes.rowCount() == rows + 1, timeout=10_000)


# --- printing and the report ------------------------------------------------------------------------------


def _pdf_boxes(path: Path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return [(float(w), float(h)) for w, h in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)]


def test_a_slip_and_a_label_print_to_pdf_at_the_configured_size(qtbot: QtBot, desk: DeskFlow, tmp_path: Path) -> None:
    sign_in(qtbot, desk)
    open_maria(qtbot, desk)
    QTest.mouseClick(desk.person.toggle("screening"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(desk.person.check_in_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "check_in")
    job = desk.print_job(label=False)
    assert job.heading == "María G." and "Health screening" in job.lines  # a slip shows no full name
    slip = desk.print_to_pdf(tmp_path / "slip.pdf", label=False)
    assert slip.ok and slip.where.endswith("slip.pdf")
    assert _pdf_boxes(tmp_path / "slip.pdf") == [(612.0, 792.0)]  # US Letter
    label = desk.print_to_pdf(tmp_path / "label.pdf", label=True)
    assert label.ok
    (width, height), = _pdf_boxes(tmp_path / "label.pdf")
    assert (round(width), round(height)) == (162, 90)  # 2.25 x 1.25 in


def test_no_printer_says_so_and_never_blocks_the_check_in(
        qtbot: QtBot, desk: DeskFlow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.desk.printing.QPrinterInfo.defaultPrinter",
                        lambda: __import__("PySide6.QtPrintSupport").QtPrintSupport.QPrinterInfo())
    assert print_job(PrintJob("x", ()), (2.25, 1.25)).ok is False
    sign_in(qtbot, desk)
    open_maria(qtbot, desk)
    QTest.mouseClick(desk.person.toggle("screening"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(desk.person.check_in_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "check_in")
    QTest.mouseClick(desk.person.slip_button, Qt.MouseButton.LeftButton)
    assert "No printer" in desk.person.error.text()
    dialog = desk.preview_dialog
    assert dialog is not None and dialog.isVisible()  # the preview still opens (print to a PDF file from it)
    assert desk.person.visit is not None and [s.spec for s in desk.person.visit.services] == ["screening"]
    desk.sign_out("idle")
    assert desk.preview_dialog is None and not dialog.isVisible()  # nothing of the visitor stays on screen


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_day_exports_as_csv_and_pdf(qtbot: QtBot, desk: DeskFlow, desk_station: Station, clock: ManualClock,
                                        switcher: LanguageSwitcher, tmp_path: Path, locale: str) -> None:
    switcher.set_locale(locale)
    _check_in(desk_station, "Ana", ["screening"], 45, clock)
    sign_in(qtbot, desk)
    desk.open_day()
    wait_done(qtbot, desk, "day")
    asked: list[tuple[str, str]] = []

    def choose(fmt: str, suggested: str) -> Path:
        asked.append((fmt, suggested))
        return tmp_path / suggested
    desk.save_path = choose
    QTest.mouseClick(desk.day.csv_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "export")
    out = tmp_path / "crc-report-DEMO-CRC-2026-11-23.csv"
    assert asked == [("csv", out.name)]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"date": "2026-11-23", "site": "DEMO-CRC", "dimension": "service", "value": "screening",
            "count": "1"} in rows
    assert out.name in desk.day.report_result.text()
    QTest.mouseClick(desk.day.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pdf" in desk.day.report_result.text(), timeout=20_000)
    assert (tmp_path / "crc-report-DEMO-CRC-2026-11-23.pdf").read_bytes().startswith(b"%PDF")


def test_a_range_whose_end_is_before_its_start_is_refused(qtbot: QtBot, desk: DeskFlow, tmp_path: Path) -> None:
    sign_in(qtbot, desk)
    desk.open_day()
    wait_done(qtbot, desk, "day")
    desk.save_path = lambda fmt, suggested: tmp_path / suggested
    desk.day.first_day.setDate(desk.day.last_day.date().addDays(1))
    QTest.mouseClick(desk.day.csv_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, desk, "error")
    assert "end date is before" in desk.day.report_result.text()
    assert not list(tmp_path.glob("*.csv"))


# --- typed dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [("03/14/1986", date(1986, 3, 14)), ("3/4/1986", date(1986, 3, 4)),
                                                ("03141986", date(1986, 3, 14)), ("1986-03-14", date(1986, 3, 14))])
def test_typed_dates_in_the_usual_forms(text: str, expected: date) -> None:
    assert parse_typed_date(text, TODAY) == expected


@pytest.mark.parametrize(("text", "kind"), [("02/29/2023", "impossible"), ("04/31/2000", "impossible"),
                                            ("1/1/1800", "impossible"), ("12/01/2026", "future"), ("March 3", "format"),
                                            ("", "format")])
def test_impossible_dates_are_refused_with_a_kind(text: str, kind: str) -> None:
    with pytest.raises(BadDate) as refused:
        parse_typed_date(text, TODAY)
    assert refused.value.kind == kind
