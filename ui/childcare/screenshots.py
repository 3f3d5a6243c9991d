"""Photographing the child-care station: sign-in, the room, a code found, a release, warnings, labels.

It signs in the demo's child-care staff member (already counted in the demo room) and only
reads: a code is looked up, never checked in or out. The "warnings" picture shows the room
as it will be five minutes before the first parent's class ends (the roster read at that time).
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.clock import ManualClock
from kiosk.station import Station
from ui.childcare import calls
from ui.childcare.flow import ChildCareFlow
from ui.childcare.window import ChildCareWindow, make_child_care_window
from ui.desk.run import _grab, _settle, _wait
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

DEMO_PIN = "1357"  # the demo's child-care PIN (README); demo data dirs only
NO_TIMER_MS = 3_600_000  # nothing refreshes by itself mid-picture
DEMO_LINK_PORT = 8470  # an example port for the site link's warning (the demo keeps child care on one machine)
SHOTS = ("sign-in", "room", "code", "release", "warnings", "link-warning", "label-preview")


def render_child_care_screenshots(app: QApplication, station: Station, out_dir: Path, locales: list[str],
                                  size: tuple[int, int]) -> list[Path]:
    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    previous_locale = switcher.locale
    window = make_child_care_window(station, bridge, switcher, status_interval_ms=NO_TIMER_MS,
                                    refresh_ms=NO_TIMER_MS)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    mode = station.config.station.mode.value
    written: list[Path] = []
    flow = window.flow
    try:
        window.status_line.refresh()
        _wait(window.status_line.refreshed, lambda: window.status_line.has_result)
        for locale in locales:
            switcher.set_locale(locale)
            if flow is None:
                written.append(_grab(app, window, size, out_dir / f"{mode}-placeholder-{locale}.png"))
                continue
            written += _shoot(app, station, window, flow, size, out_dir, f"{mode}-SCREEN-{locale}.png")
    finally:
        if flow is not None:
            flow.sign_out("button")
        window.close()
        bridge.shutdown()
        switcher.set_locale(previous_locale)
        window.deleteLater()
        switcher.deleteLater()
        _settle(app)
    return written


def _shoot(app: QApplication, station: Station, window: ChildCareWindow, flow: ChildCareFlow,
           size: tuple[int, int], out_dir: Path, pattern: str) -> list[Path]:
    def target(screen: str) -> Path:
        return out_dir / pattern.replace("SCREEN", screen)

    written: list[Path] = []
    flow.sign_out("button")
    written.append(_grab(app, window, size, target("sign-in")))
    flow.sign_in_screen.entry.setText(DEMO_PIN)
    flow.sign_in_screen.entry.returnPressed.emit()
    if not _wait(flow.done, lambda: flow.room_screen.view is not None):
        log.warning("the demo PIN did not sign in; the room is not in the screenshots")
        return written
    flow.idle_watch.disarm()  # a long run must not lock mid-picture
    view = flow.room_screen.view
    assert view is not None
    written.append(_grab(app, window, size, target("room")))
    children = view.roster.children
    if not children:
        log.warning("no child signed up in the demo room today; the handover screens are not in the screenshots")
        return written

    handover = flow.room_screen.handover
    handover.keypad.type_text(children[0].pickup_code)
    handover.find_button.click()
    _wait(flow.done, lambda: bool(handover.ticks))
    written.append(_grab(app, window, size, target("code")))
    handover.reset()

    inside = [c for c in children if c.state == "in"]
    if inside:
        tables = flow.room_screen.tables
        tables.in_room.selectRow(0)
        flow.room_screen.release_button.click()
        flow.room_screen.override.reason.setText("Slip left at home; ID checked")
        written.append(_grab(app, window, size, target("release")))
        flow.room_screen.close_override()

    ends = min(c.ends_at for c in (inside or children))
    later = dataclasses.replace(station, clock=ManualClock(ends - timedelta(minutes=5)))
    flow.room_screen.show_view(calls.room_view(later, flow.room.code), flow.language())
    written.append(_grab(app, window, size, target("warnings")))
    flow.room_screen.show_view(view, flow.language())
    window.show_link_problem("port", DEMO_LINK_PORT)  # what the room says when kiosks cannot reach it
    written.append(_grab(app, window, size, target("link-warning")))
    window.hide_link_problem()

    if inside:
        flow.room_screen.tables.in_room.selectRow(0)
        flow.preview_labels([inside[0].signup_id])
        dialog = flow.preview_dialog
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            written.append(_grab(app, dialog, (min(size[0], 900), min(size[1], 700)), target("label-preview")))
            dialog.close()
            flow.preview_dialog = None
    return written
