"""The bridge: core calls run on one lane off the GUI thread; outcomes come back on it."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.errors import KioskError, NotFound
from ui.workers import CoreBridge, UnexpectedError


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot: QtBot, bridge: CoreBridge) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        return a + b

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(bridge.delivered, timeout=5000):
        bridge.submit(work, 2, 3, on_done=done)
    assert seen["result"] == 5
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert bridge.pending == 0


def test_a_kiosk_error_reaches_on_error_as_raised(qtbot: QtBot, bridge: CoreBridge) -> None:
    errors: list[KioskError] = []

    def fails() -> None:
        raise NotFound("no such person")

    with qtbot.waitSignal(bridge.delivered, timeout=5000):
        bridge.submit(fails, on_done=lambda _r: pytest.fail("on_done called"), on_error=errors.append)
    assert len(errors) == 1
    assert isinstance(errors[0], NotFound)
    assert errors[0].code == "not_found"


def test_an_unexpected_error_is_generic_and_logged_without_its_message(
    qtbot: QtBot, bridge: CoreBridge, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[KioskError] = []

    def leaks() -> None:
        raise ValueError("María García, born 1986-03-14, LC10000001")

    with caplog.at_level(logging.DEBUG, logger="ui.workers"), qtbot.waitSignal(bridge.delivered, timeout=5000):
        bridge.submit(leaks, on_error=errors.append)
    assert isinstance(errors[0], UnexpectedError)
    assert errors[0].code == "unexpected"
    assert "ValueError" in caplog.text
    for secret in ("María", "1986", "LC10000001"):
        assert secret not in caplog.text
        assert secret not in str(errors[0])


def test_the_lane_is_serial_and_keeps_order(qtbot: QtBot, bridge: CoreBridge) -> None:
    lock = threading.Lock()
    running = 0
    most = 0
    order: list[int] = []

    def step(i: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        order.append(i)
        with lock:
            running -= 1
        return i

    delivered: list[int] = []
    for i in range(30):
        bridge.submit(step, i, on_done=delivered.append)
    qtbot.waitUntil(lambda: len(delivered) == 30, timeout=5000)
    assert most == 1
    assert order == list(range(30))
    assert delivered == list(range(30))


def test_shutdown_lets_queued_work_finish_then_refuses_more(bridge: CoreBridge) -> None:
    release = threading.Event()
    ran: list[str] = []

    def first() -> None:
        release.wait(10)
        ran.append("first")

    bridge.submit(first)
    bridge.submit(ran.append, "second")
    release.set()
    assert bridge.shutdown(10_000)
    assert ran == ["first", "second"]  # no event loop needed: shutdown waited for the lane
    assert bridge.submit(ran.append, "late") is None
