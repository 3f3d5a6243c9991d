"""Running and photographing a staff station (front desk, child care): what ``ui.app`` hands over to.

A child-care station gets its own window (``ui.childcare``); its screenshots are ``ui.childcare.screenshots``.

The screenshots sign in the demo's front-desk staff member and walk the
demo data: search results, a walk-in with the duplicate warning, a person,
the day and a print preview; then the demo supervisor's staff accounts. They
write nothing a visitor made; the walk-in form is filled but never saved.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import StationMode
from kiosk.services import idle_tick
from kiosk.station import Station
from ui.childcare.link import LinkStart, start_room_link
from ui.childcare.window import ChildCareWindow, make_child_care_window
from ui.desk.flow import DeskFlow
from ui.desk.window import StaffWindow
from ui.first_paint import after_first_paint
from ui.translations import LanguageSwitcher
from ui.widgets.status_bar import DEFAULT_INTERVAL_MS
from ui.workers import CoreBridge

log = logging.getLogger(__name__)

WINDOWED_SIZE = (1366, 768)
DEMO_PIN = "2468"  # the demo's front-desk PIN (README); demo data dirs only
DEMO_SUPERVISOR_PIN = "8642"  # the demo supervisor's (kiosk.demo.seed): staff accounts are theirs to see
STEP_TIMEOUT_MS = 15_000
SHOTS = ("sign-in", "search", "register", "person", "day", "print-preview", "staff")


def make_staff_window(station: Station, bridge: CoreBridge, switcher: LanguageSwitcher, *,
                      status_interval_ms: int = DEFAULT_INTERVAL_MS) -> StaffWindow:
    return StaffWindow(station, bridge, switcher, status_fetcher=functools.partial(idle_tick, station),
                       status_interval_ms=status_interval_ms)


def run_staff_app(app: QApplication, station: Station, *, after_shown: Callable[[], None] | None = None) -> int:
    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    window: StaffWindow | ChildCareWindow
    if station.config.station.mode is StationMode.CHILD_CARE:
        window = make_child_care_window(station, bridge, switcher)
    else:
        window = make_staff_window(station, bridge, switcher)
    window.resize(*WINDOWED_SIZE)
    window.show()
    window.status_line.start()
    links: list[LinkStart] = []
    if isinstance(window, ChildCareWindow):
        room = window

        def serve_link() -> None:  # kiosks and desks of the site sign children up here
            started = start_room_link(station)
            if started is not None:
                links.append(started)
                if started.problem is not None:
                    room.show_link_problem(started.problem, started.port)
        after_first_paint(window, serve_link)
    if after_shown is not None:
        after_first_paint(window, after_shown)
    try:
        return app.exec()
    finally:
        for link in links:
            if link.server is not None:
                link.server.stop()
        window.status_line.stop()
        bridge.shutdown()
        window.deleteLater()


def _wait(flow_signal: object, until: Callable[[], bool], timeout_ms: int = STEP_TIMEOUT_MS) -> bool:
    """Run the event loop until ``until()`` holds (checked after each ``done``) or time runs out."""
    if until():
        return True
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def check(*_args: object) -> None:
        if until():
            loop.quit()
    flow_signal.connect(check)  # type: ignore[attr-defined]
    timer.start(timeout_ms)
    loop.exec()
    flow_signal.disconnect(check)  # type: ignore[attr-defined]
    return until()


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _grab(app: QApplication, widget: QWidget, size: tuple[int, int], target: Path) -> Path:
    widget.resize(*size)
    _settle(app)
    focused = app.focusWidget()
    if focused is not None:
        focused.clearFocus()
    _settle(app)
    image = widget.grab().toImage()
    if (image.width(), image.height()) != size:
        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")
    return target


def render_staff_screenshots(app: QApplication, station: Station, out_dir: Path, locales: list[str],
                             size: tuple[int, int]) -> list[Path]:
    """Every screen of the staff station's mode, in each locale, as ``{mode}-{screen}-{locale}.png``."""
    if station.config.station.mode is StationMode.CHILD_CARE:
        from ui.childcare.screenshots import render_child_care_screenshots

        return render_child_care_screenshots(app, station, out_dir, locales, size)
    bridge = CoreBridge()
    switcher = LanguageSwitcher(app)
    previous_locale = switcher.locale
    window = make_staff_window(station, bridge, switcher, status_interval_ms=3_600_000)
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
            written += _shoot_desk(app, window, flow, size, out_dir / f"{mode}-SCREEN-{locale}.png")
    finally:
        flow.sign_out("button")
        window.close()
        bridge.shutdown()
        switcher.set_locale(previous_locale)
        window.deleteLater()
        switcher.deleteLater()
        _settle(app)
    return written


def _shoot_desk(app: QApplication, window: StaffWindow, flow: DeskFlow, size: tuple[int, int],
                pattern: Path) -> list[Path]:
    """The desk's screens in the current language; ``pattern``'s SCREEN becomes each screen's name."""
    def target(screen: str) -> Path:
        return pattern.with_name(pattern.name.replace("SCREEN", screen))

    written: list[Path] = []
    flow.sign_out("button")
    written.append(_grab(app, window, size, target("sign-in")))
    flow.sign_in_screen.entry.setText(DEMO_PIN)
    flow.sign_in_screen.entry.returnPressed.emit()
    if not _wait(flow.signed_in, lambda: flow.staff is not None):
        log.warning("the demo PIN did not sign in; the staff screens are not in the screenshots")
        return written
    flow.idle_watch.disarm()  # a long run must not sign out mid-picture
    flow.open_search()
    flow.search.set_query("garc")
    _wait(flow.done, lambda: flow.search.results.count() > 0)
    written.append(_grab(app, window, size, target("search")))
    first = flow.search.results.item(0)
    person_id = str(first.data(Qt.ItemDataRole.UserRole)) if first is not None else None

    flow.new_walk_in()
    reg = flow.register
    reg.first_name.setText("María")
    reg.last_name.setText("García")
    reg.birth_date.setText("03/14/1986")
    reg.phone.setText("213-555-0199")
    reg.submit()
    _wait(flow.done, lambda: reg.warning_shown)
    written.append(_grab(app, window, size, target("register")))

    if person_id is not None:
        flow.open_person(person_id)
        _wait(flow.done, lambda: flow.current() == "person" and flow.person.person_id == person_id)
        written.append(_grab(app, window, size, target("person")))
    flow.open_day()
    _wait(flow.done, lambda: flow.day.classes.rowCount() > 0)
    written.append(_grab(app, window, size, target("day")))
    if person_id is not None:
        flow.open_person(person_id)
        _wait(flow.done, lambda: flow.current() == "person")
        flow.preview(False)
        dialog = flow.preview_dialog
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            written.append(_grab(app, dialog, (min(size[0], 900), min(size[1], 700)), target("print-preview")))
            dialog.close()
    flow.sign_out("button")
    flow.sign_in_screen.entry.setText(DEMO_SUPERVISOR_PIN)
    flow.sign_in_screen.entry.returnPressed.emit()
    if _wait(flow.signed_in, lambda: flow.may_manage_staff()):
        flow.idle_watch.disarm()
        flow.open_staff()
        _wait(flow.done, lambda: flow.staff_screen.table.rowCount() > 0)
        written.append(_grab(app, window, size, target("staff")))
    else:
        log.warning("the demo supervisor's PIN did not sign in; the staff screen is not in the screenshots")
    return written
