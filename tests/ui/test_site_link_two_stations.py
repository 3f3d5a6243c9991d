"""A real site: the lobby kiosk and the child-care room are two stations, each with its own database.

The parent signs two children up at the kiosk for the 10:00 nutrition class; the kiosk asks the room
over the site link (loopback here); the room's roster shows them, it checks them in with the code on
the parent's slip, refuses a wrong code and releases them with the right one. A room that cannot take
them, or cannot be reached, leaves the visit standing and says so in the visitor's language.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from material.stations import demo_site_station
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk import keystore, services, staff
from kiosk.clock import ManualClock
from kiosk.config import SITE_LINK_SECRET
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import InvalidInput
from kiosk.scanning import classify
from kiosk.station import Station
from kiosk.store.models import ChildCareSignup, Visit
from sync.site_link.client import RoomLink
from tests.ui.conftest import NO_TIMER_MS
from tests.ui.test_childcare_station import MORNING, find, names, refreshed, signed_in, wait_rows
from tests.ui.test_kiosk_child_care import type_child
from ui.app import MainWindow
from ui.childcare.flow import ChildCareFlow
from ui.childcare.link import LinkStart, start_room_link
from ui.childcare.window import ChildCareWindow, make_child_care_window
from ui.screens.lane import children_of
from ui.translations import LanguageSwitcher
from ui.workers import CoreBridge

ROSA_ID = "LC10000051"  # invented, in the demo plan's invented format
CARE_PIN = "1357"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def site_station(data: Path, station_id: str, mode: str, port: int, clock: ManualClock) -> Station:
    """A station of the demo site with a site link to the child-care station on loopback ``port``."""
    link = f'\n[site_link]\nroom_station = "http://127.0.0.1:{port}"\nlisten_host = "127.0.0.1"\ntimeout_s = 2.0\n'
    return demo_site_station(data, clock, station_id=station_id, mode=mode, extra_toml=link)


@dataclass
class Site:
    kiosk_station: Station
    room_station: Station
    link: LinkStart


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    keystore.set_secret(SITE_LINK_SECRET, secrets.token_bytes(32))  # what provisioning gives every station
    port = free_port()
    clock = ManualClock(MORNING)  # the nutrition class runs 10:30-12:00
    kiosk_station = site_station(tmp_path / "kiosk", "lobby-kiosk-1", "kiosk", port, clock)
    room_station = site_station(tmp_path / "room", "care-room-1", "child_care", port, clock)
    staff.add_staff(room_station, "Casey Care", "child_care", CARE_PIN)
    # Provisioning gives a site's stations its CRC pass keys ('provision pass-keys'): a pass made at the
    # kiosk reads at the room.
    kiosk_station.pass_keyring().save(room_station.paths.pass_keys_file)
    link = start_room_link(room_station)
    assert link is not None and link.server is not None and link.problem is None
    yield Site(kiosk_station, room_station, link)
    link.server.stop()
    kiosk_station.close()
    room_station.close()


def open_kiosk(qtbot: QtBot, site: Site, bridge: CoreBridge, switcher: LanguageSwitcher) -> MainWindow:
    """The lobby kiosk's window. Both windows catch fast typing app-wide as a USB scanner would (on two
    machines, each its own): open the kiosk after the room's staff have typed their PIN."""
    made = MainWindow(site.kiosk_station, bridge, switcher, status_interval_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def room_window(qtbot: QtBot, site: Site, switcher: LanguageSwitcher) -> Iterator[ChildCareWindow]:
    own_bridge = CoreBridge()  # the room is another machine: its own database lane
    made = make_child_care_window(site.room_station, own_bridge, switcher, status_interval_ms=NO_TIMER_MS,
                                  refresh_ms=NO_TIMER_MS)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    yield made
    own_bridge.shutdown(10_000)


def _click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents()


def register_rosa(station: Station) -> None:
    services.register(station, Registration(
        "Rosa", "Ortega Ruiz", date(1988, 2, 3), memberships=(MembershipInput("lacare", ROSA_ID, "yes"),)))


def sign_two_children_up(qtbot: QtBot, kiosk: MainWindow) -> str | None:
    """At the kiosk: scan, the nutrition class, "I need child care", add Sofía and Leo, "Check in"."""
    kiosk.payload_received.emit(ROSA_ID, "scanner")
    qtbot.waitUntil(lambda: kiosk.current_screen() == "choose", timeout=10_000)
    choose = kiosk.flow.choose
    _click(choose.class_button("NUTRITION"))
    _click(choose.children_button)
    _click(choose.check_in_button)
    step = kiosk.flow.children_step
    assert kiosk.current_screen() == "children" and step.children_count() == 0  # the room knows none yet
    for first, born in (("Sofía", "05012022"), ("Leo", "03092025")):
        if step.children_count():  # the form is open for the first child already
            _click(step.add_button)
        type_child(step, first, "Ortega", born)
        assert step.error.text() == "", (first, step.error.text(), step.first_name.text(), step.birth_date.text())
    with qtbot.waitSignal(kiosk.flow.checked_in, timeout=10_000) as checked:
        _click(step.check_in_button)
    qtbot.waitUntil(lambda: kiosk.current_screen() == "confirmation", timeout=10_000)
    token = checked.args[0].pass_token
    return str(token) if token else None  # the CRC pass on her slip and her screen


def count(station: Station, model: type[ChildCareSignup] | type[Visit]) -> int:
    with station.store.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_the_kiosk_signs_up_at_the_room_which_checks_in_refuses_a_wrong_code_and_releases(
        qtbot: QtBot, site: Site, room_window: ChildCareWindow, bridge: CoreBridge,
        switcher: LanguageSwitcher) -> None:
    room = room_window.flow
    assert isinstance(room, ChildCareFlow)
    signed_in(qtbot, room)  # Casey in the room: the room can take children (1:4 under 2, 1:10 from 2)
    register_rosa(site.kiosk_station)  # a member the kiosk knows; the room has never seen her

    kiosk = open_kiosk(qtbot, site, bridge, switcher)
    crc_pass = sign_two_children_up(qtbot, kiosk)
    confirmation = kiosk.flow.confirmation
    code = confirmation.pickup_code_text()
    words = confirmation.child_care_text()
    assert len(code) == 4 and "Sofía O." in words and "Leo O." in words
    # The room holds the child care; the kiosk holds the visit and no child at all.
    assert count(site.kiosk_station, ChildCareSignup) == 0 and count(site.room_station, ChildCareSignup) == 2
    assert count(site.kiosk_station, Visit) == 1
    kiosk.close()  # the parent walks to the room; the room's staff type from here on

    refreshed(qtbot, room)
    tables, handover = room.room_screen.tables, room.room_screen.handover
    wait_rows(qtbot, tables.expected, ["Sofía Ortega", "Leo Ortega"])
    assert crc_pass is not None
    for payload in (ROSA_ID, crc_pass):  # her member card or the pass the kiosk gave her finds them too
        handover.reset()
        with qtbot.waitSignal(room.done, check_params_cb=lambda what: what in ("found", "error"), timeout=10_000):
            room_window.payload_received.emit(payload, "scanner")
        assert not handover.message.text(), payload[:4]
        assert sorted(s.child_name for _t, s in handover.ticks) == ["Leo Ortega", "Sofía Ortega"]
    handover.reset()
    find(qtbot, room, code)
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_in", timeout=10_000):
        handover.check_in_button.click()
    wait_rows(qtbot, tables.in_room, ["Sofía Ortega", "Leo Ortega"])

    wrong = next(c for c in ("TMGY", "R7KP") if c != code)
    handover.code_entry.clear()
    handover.keypad.type_text(wrong)
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "error", timeout=10_000):
        handover.find_button.click()
    assert handover.message.text().startswith("No child here matches that code today") and not handover.ticks

    find(qtbot, room, code)
    assert handover.pickup_by.currentText() == "Rosa Ortega Ruiz"  # the guardian the kiosk told the room of
    with qtbot.waitSignal(room.done, check_params_cb=lambda what: what == "check_out", timeout=10_000):
        handover.check_out_button.click()
    wait_rows(qtbot, tables.picked_up, ["Sofía Ortega", "Leo Ortega"])
    assert names(tables.in_room) == []

    # Her next visit: the kiosk offers the children the room knows, masked, never a flag.
    rosa = services.lookup(site.kiosk_station, classify(ROSA_ID, site.kiosk_station.config))
    offered = children_of(site.kiosk_station, rosa)
    assert sorted((c.masked_name, c.age_years) for c in offered) == [("Leo O.", 1), ("Sofía O.", 4)]


def test_a_room_without_staff_refuses_through_the_link_and_the_visit_stands(
        qtbot: QtBot, site: Site, bridge: CoreBridge, switcher: LanguageSwitcher) -> None:
    register_rosa(site.kiosk_station)
    kiosk = open_kiosk(qtbot, site, bridge, switcher)
    sign_two_children_up(qtbot, kiosk)  # nobody of the child-care staff is signed in to the room
    confirmation = kiosk.flow.confirmation
    assert confirmation.pickup_code_text() == ""
    assert "cannot take more children" in confirmation.child_care_text()
    assert count(site.kiosk_station, Visit) == 1 and count(site.room_station, ChildCareSignup) == 0


@pytest.mark.parametrize("locale", ["en", "es", "ar"])
def test_a_room_that_cannot_be_reached_says_so_in_the_visitors_language_and_the_visit_stands(
        qtbot: QtBot, site: Site, bridge: CoreBridge, switcher: LanguageSwitcher, locale: str) -> None:
    assert site.link.server is not None
    site.link.server.stop()  # the child-care station is off
    register_rosa(site.kiosk_station)
    kiosk = open_kiosk(qtbot, site, bridge, switcher)
    switcher.set_locale(locale)
    sign_two_children_up(qtbot, kiosk)
    confirmation = kiosk.flow.confirmation
    expected = QApplication.translate(
        "Errors", "We could not reach the children's room just now. "
                  "You are checked in. Please see the front desk to sign your children up.")
    assert confirmation.pickup_code_text() == "" and expected in confirmation.child_care_text()
    assert locale == "en" or "front desk" not in confirmation.child_care_text()  # translated, not English
    assert count(site.kiosk_station, Visit) == 1


def test_a_room_that_refuses_the_list_of_children_never_stops_the_visitor(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the room answers (another version, a room without child care), the scan goes on."""
    register_rosa(site.kiosk_station)
    rosa = services.lookup(site.kiosk_station, classify(ROSA_ID, site.kiosk_station.config))

    def refuse(_link: RoomLink, _card: object) -> list[object]:
        raise InvalidInput("guardian: record ids must be UUIDs")

    monkeypatch.setattr(RoomLink, "children", refuse)
    assert children_of(site.kiosk_station, rosa) == ()
