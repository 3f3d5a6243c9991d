"""The status line: database health and the sync queue, read through the bridge."""

from __future__ import annotations

import functools
import threading
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import services
from kiosk.cli import _point_demo_at
from kiosk.clock import ManualClock
from kiosk.demo.seed import install_demo_config, seed_demo
from kiosk.domain.status import PlanQueue, StationStatus
from kiosk.errors import DatabaseLocked
from kiosk.paths import StationPaths
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store.models import OutboxEntry
from sync.plan_sim import PlanSim
from sync.worker import Worker, adapters_for
from ui.app import MainWindow
from ui.translations import LanguageSwitcher
from ui.widgets.status_bar import StatusLine
from ui.workers import CoreBridge


def _add_outbox(station: Station, state: str, count: int) -> None:
    now = datetime.now(UTC)
    with station.store.write() as session:
        for _ in range(count):
            record_id = str(uuid.uuid4())
            session.add(OutboxEntry(
                key=f"test:{record_id}", plan_code="lacare", record_type="visit", record_id=record_id,
                depends_on=None, payload={}, state=state, attempts=0, next_attempt_at=now,
                lease_until=None, last_error=None, created_at=now, sent_at=None,
            ))


def _refresh(qtbot: QtBot, line: StatusLine) -> None:
    with qtbot.waitSignal(line.refreshed, timeout=5000):
        line.refresh()


def test_an_empty_queue_reads_all_sent(qtbot: QtBot, window: MainWindow) -> None:
    _refresh(qtbot, window.status_line)
    assert window.status_line.database_text() == "Database OK"
    assert window.status_line.sync_text() == "All records sent"


def test_the_waiting_count_matches_the_outbox(qtbot: QtBot, window: MainWindow, station: Station) -> None:
    _add_outbox(station, "pending", 3)
    _add_outbox(station, "rejected", 2)
    _add_outbox(station, "sent", 4)
    _refresh(qtbot, window.status_line)
    status = window.status_line.status
    assert status is not None and status.waiting == 3 and status.rejected == 2
    assert window.status_line.sync_text() == "3 records waiting to sync 2 records rejected"

    _add_outbox(station, "pending", 1)
    _refresh(qtbot, window.status_line)
    assert window.status_line.sync_text().startswith("4 records waiting to sync")


def test_one_record_is_singular(qtbot: QtBot, window: MainWindow, station: Station) -> None:
    _add_outbox(station, "pending", 1)
    _refresh(qtbot, window.status_line)
    assert window.status_line.sync_text() == "1 record waiting to sync"


def test_the_count_is_translated_with_plural_forms(qtbot: QtBot, window: MainWindow, station: Station) -> None:
    _add_outbox(station, "pending", 5)
    QTest.mouseClick(window.welcome.language_button("es"), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()
    _refresh(qtbot, window.status_line)
    assert window.status_line.sync_text() == "5 registros pendientes de sincronizar"
    QTest.mouseClick(window.welcome.language_button("ru"), Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()  # the line re-renders on LanguageChange, no new query
    assert window.status_line.sync_text() == "5 записей ожидают синхронизации"


def _status(waiting: int, rejected: int) -> StationStatus:
    counts = {"pending": waiting, "rejected": rejected}
    return StationStatus(True, "database OK", (PlanQueue("lacare", counts, None),))


def test_the_query_runs_off_the_gui_thread_one_at_a_time(
    qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher
) -> None:
    threads: list[int] = []
    release = threading.Event()

    def fetch() -> StationStatus:
        threads.append(threading.get_ident())
        release.wait(10)
        return _status(0, 0)

    line = StatusLine(bridge, fetch, interval_ms=3_600_000)
    qtbot.addWidget(line)
    line.refresh()
    line.refresh()  # one already in flight: not queued again
    assert bridge.pending == 1
    with qtbot.waitSignal(line.refreshed, timeout=5000):
        release.set()
    assert threads and threads[0] != threading.get_ident()
    assert line.sync_text() == "All records sent"


def test_only_rejected_records_do_not_read_all_sent(
    qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher
) -> None:
    line = StatusLine(bridge, lambda: _status(0, 2), interval_ms=3_600_000)
    qtbot.addWidget(line)
    _refresh(qtbot, line)
    assert line.sync_text() == "No records waiting 2 records rejected"


def test_a_database_problem_is_shown(qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher) -> None:
    def locked() -> StationStatus:
        raise DatabaseLocked("the database /secret/path is locked")

    line = StatusLine(bridge, locked, interval_ms=3_600_000)
    qtbot.addWidget(line)
    with qtbot.waitSignal(line.failed, timeout=5000):
        line.refresh()
    assert line.database_text() == "The database is busy. Trying again."
    assert line.sync_text() == ""

    unhealthy = StationStatus(False, "the database is damaged; call IT", ())
    line2 = StatusLine(bridge, lambda: unhealthy, interval_ms=3_600_000)
    qtbot.addWidget(line2)
    _refresh(qtbot, line2)
    assert line2.database_text() == "the database is damaged; call IT"


def test_the_timer_refreshes_by_itself(qtbot: QtBot, bridge: CoreBridge) -> None:
    calls: list[int] = []

    def fetch() -> StationStatus:
        calls.append(1)
        return _status(len(calls), 0)

    line = StatusLine(bridge, fetch, interval_ms=20)
    qtbot.addWidget(line)
    line.start()
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)
    line.stop()


def _plain(text: str) -> str:
    return text.replace("\u202f", " ")  # CLDR puts a narrow no-break space before AM


def test_the_line_tells_the_story_of_an_outage(
    qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    """Pull the network mid-morning, check people in, plug it back: the line says what happens at each step."""
    la = ZoneInfo("America/Los_Angeles")
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=la))
    sim = PlanSim(tmp_path / "sim" / "plan-sim.db", now=clock.now).start()  # the plan's clock agrees with ours
    try:
        data = tmp_path / "station"
        paths = StationPaths.resolve(data)
        install_demo_config(paths)
        _point_demo_at(paths, sim.url)
        seed_demo(paths, clock).close()  # seeded on the test's clock: its records are due at 9:30, whenever CI runs
        station = open_station(paths, clock, synchronous="NORMAL")
        worker = Worker(station.store, station.config, clock, adapters_for(station.config))
        names = {p.code: p.name("en") for p in station.config.plans}
        line = StatusLine(bridge, functools.partial(services.station_status, station), interval_ms=3_600_000,
                          time_zone=la, plan_names=names)
        qtbot.addWidget(line)

        worker.drain()  # the seeded demo's records go out while the link is up
        _refresh(qtbot, line)
        assert line.sync_text() == "All records sent"

        clock.set(datetime(2026, 11, 23, 10, 42, tzinfo=la))
        sim.set_outage(True)  # the network is pulled
        for member_id in ("LC10000001", "BSP200000003", "LC10000004"):
            services.check_in(station, scan=classify(member_id, station.config), services=["screening"])
        worker.drain()
        _refresh(qtbot, line)
        waiting = line.status.waiting if line.status else 0
        assert waiting > 0
        assert _plain(line.sync_text()) == f"{waiting} records waiting, offline since 10:42 AM"

        clock.advance(timedelta(minutes=50))
        services.check_in(station, scan=classify("LC10000002", station.config), services=["telehealth"])
        worker.drain()  # still down: the line keeps the time it went down
        _refresh(qtbot, line)
        assert _plain(line.sync_text()).endswith("offline since 10:42 AM")

        sim.set_outage(False)  # plugged back in
        clock.advance(timedelta(hours=2))  # past every backoff and the breaker's cool-down
        worker.drain()
        _refresh(qtbot, line)
        assert line.sync_text() == "All records sent"
        held = Counter((r["plan"], r["key"]) for r in sim.dump())
        assert held and set(held.values()) == {1}
        assert all(r["times_received"] == 1 for r in sim.dump())
        station.close()
    finally:
        sim.stop()


def test_paused_credentials_and_a_wrong_clock_are_called_out(
    qtbot: QtBot, bridge: CoreBridge, switcher: LanguageSwitcher
) -> None:
    plans = (
        PlanQueue("lacare", {"paused": 4}, None, paused_reason="credentials refused (401): check 'lacare-oauth'"),
        PlanQueue("bscpromise", {"sent": 9}, None, clock_skew_s=-610.0),
    )
    line = StatusLine(bridge, lambda: StationStatus(True, "ok", plans), interval_ms=3_600_000,
                      plan_names={"lacare": "L.A. Care (demo)"})
    qtbot.addWidget(line)
    _refresh(qtbot, line)
    assert line.sync_text() == (
        "4 records waiting to sync L.A. Care (demo): credentials need attention (call IT)"
        " · Clock is off by 10 minutes: check the time"
    )
