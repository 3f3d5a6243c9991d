"""The site link on loopback: a kiosk station asks a real child-care station (its own database) through
``RoomLink`` and ``RoomLinkServer``; refusals keep their class, anything else is ``ChildCareUnreachable``.
10:00 in Los Angeles on 2026-11-23 (the station clock); the envelopes use the real wall clock."""

from __future__ import annotations

import dataclasses
import logging
import secrets
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
import requests
from material.stations import demo_site_station
from pytest_httpserver import HTTPServer

from kiosk import childcare, keystore, services, staff
from kiosk.clock import ManualClock
from kiosk.config import SITE_LINK_SECRET, SiteLinkConfig, StationMode
from kiosk.doctor import Level
from kiosk.domain.childcare import ChildCareUnreachable, ChildSpec, GuardianCard, RatioExceeded, RoomFull
from kiosk.domain.people import MembershipInput, Registration
from kiosk.errors import InvalidInput, NotFound
from kiosk.station import Station
from sync.site_link import wire
from sync.site_link.client import FAIL_FAST_S, RoomLink, probe_room_link, room_link_for
from sync.site_link.envelope import SiteSeal, reply_purpose, request_purpose
from sync.site_link.server import RoomLinkServer

KEY = secrets.token_bytes(32)
SOFIA = ChildSpec("Sofía", "Gómez Ortega", date(2022, 5, 1))  # synthetic: 4 years old
LEO = ChildSpec("Leo", "Gómez Ortega", date(2025, 3, 9))  # synthetic: 20 months old


def _open(tmp_path: Path, clock: ManualClock, station_id: str, mode: str) -> Station:
    return demo_site_station(tmp_path / station_id, clock, station_id=station_id, mode=mode)


@pytest.fixture
def kiosk(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    st = _open(tmp_path, clock, "lobby-kiosk-1", "kiosk")
    yield st
    st.close()


@pytest.fixture
def room(tmp_path: Path, clock: ManualClock) -> Iterator[Station]:
    st = _open(tmp_path, clock, "care-room-1", "child_care")
    assert st.config.station.mode is StationMode.CHILD_CARE
    yield st
    st.close()


@pytest.fixture
def server(room: Station) -> Iterator[RoomLinkServer]:
    made = RoomLinkServer(room, KEY, "127.0.0.1", 0)
    made.start()
    yield made
    made.stop()


@pytest.fixture
def card(kiosk: Station) -> GuardianCard:
    reg = Registration("Rosa", "Ortega Ruiz", date(1988, 2, 3),
                       memberships=(MembershipInput("lacare", "LC10000001", "yes"),))
    return childcare.guardian_card(kiosk, services.register(kiosk, reg).person_id)


def carer(room: Station) -> None:
    member = staff.add_staff(room, "Casey Care", "child_care", "1357")
    staff.sign_in_to_room(room, member.id, "KIDS")


class Monotonic:
    def __init__(self) -> None:
        self.at = 1000.0

    def __call__(self) -> float:
        return self.at


def dead_url() -> str:
    with socket.socket() as probe:  # a port nobody listens on once this closes
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_a_kiosk_asks_the_room_for_children_and_signs_two_up_once_even_when_retried(
        room: Station, server: RoomLinkServer, card: GuardianCard) -> None:
    carer(room)
    link = RoomLink(server.url, KEY)
    hello = link.hello()
    assert hello["site"] == room.config.site.code and hello["station"] == "care-room-1"
    assert link.children(card) == []  # the room has never met her

    signed = link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id="req-1")
    assert [s.masked_name for s in signed] == ["Sofía G.", "Leo G."] and len(signed[0].pickup_code) == 4
    assert {s.pickup_code for s in signed} == {signed[0].pickup_code} and {s.room_code for s in signed} == {"KIDS"}
    again = link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id="req-1")
    assert [s.signup_id for s in again] == [s.signup_id for s in signed]  # a retry writes nothing new
    assert len(childcare.room_roster(room, "KIDS").children) == 2

    offered = link.children(card)
    assert sorted((c.masked_name, c.age_years) for c in offered) == [("Leo G.", 1), ("Sofía G.", 4)]
    by_id = link.sign_up(card, class_code=None, window=(signed[0].starts_at, signed[0].ends_at),
                         children=[offered[0].child_id], request_id="req-2")
    assert by_id[0].already and by_id[0].child_id == offered[0].child_id  # a child id travels as itself


def test_the_rooms_refusals_come_back_as_the_same_errors(
        room: Station, server: RoomLinkServer, card: GuardianCard) -> None:
    link = RoomLink(server.url, KEY)
    with pytest.raises(RatioExceeded, match="need 1 child-care staff"):  # nobody signed in to the room
        link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA], request_id="r-1")
    carer(room)
    with pytest.raises(NotFound, match="not on today's schedule"):
        link.sign_up(card, class_code="KNITTING", window=None, children=[SOFIA], request_id="r-2")
    with pytest.raises(InvalidInput, match="another site"):
        link.children(dataclasses.replace(card, site_code="elsewhere"))
    assert link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA], request_id="r-3")


def test_kiosks_signing_up_at_once_never_overfill_the_room(
        kiosk: Station, room: Station, server: RoomLinkServer) -> None:
    carer(room)
    second = staff.add_staff(room, "Robin Care", "child_care", "2468")
    staff.sign_in_to_room(room, second.id, "KIDS")  # two staff: 20 children of 2 and up by ratio, 12 by places
    capacity = childcare.room_config(room.config, "KIDS").capacity
    cards = [childcare.guardian_card(kiosk, services.register(kiosk, Registration("Pat", f"Test{i}", date(1990, 1, 1)))
                                     .person_id) for i in range(capacity + 4)]
    links = [RoomLink(server.url, KEY, timeout_s=10.0) for _ in range(4)]  # four lobby stations

    def one(i: int) -> str:
        try:
            links[i % 4].sign_up(cards[i], class_code="NUTRITION", window=None,
                                 children=[ChildSpec("Kim", f"Test{i}", date(2021, 6, 1))], request_id=f"r-{i}")
        except RoomFull:
            return "full"
        return "in"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(one, range(len(cards))))
    assert outcomes.count("in") == capacity and outcomes.count("full") == 4
    roster = childcare.room_roster(room, "KIDS")
    assert len(roster.children) == capacity and len({c.pickup_code for c in roster.children}) == capacity


def test_a_station_with_another_key_gets_a_bare_403_logged_once_without_the_body(
        server: RoomLinkServer, card: GuardianCard, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sync.site_link")
    with pytest.raises(ChildCareUnreachable, match="403"):
        RoomLink(server.url, secrets.token_bytes(32)).children(card)
    _, sealed = SiteSeal(secrets.token_bytes(32)).seal(request_purpose(wire.CHILDREN), {"guardian": card.to_json()})
    answer = requests.post(server.url + wire.CHILDREN, data=sealed, timeout=5)
    assert answer.status_code == 403 and answer.content == b""
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 2 and all("tampered" in m for m in refusals)
    assert not any("Rosa" in r.getMessage() or "LC10000001" in r.getMessage() for r in caplog.records)


def test_a_replayed_request_is_refused_and_a_request_cannot_be_sent_to_another_path(
        server: RoomLinkServer, card: GuardianCard) -> None:
    _, sealed = SiteSeal(KEY).seal(request_purpose(wire.CHILDREN), {"guardian": card.to_json()})
    assert requests.post(server.url + wire.CHILDREN, data=sealed, timeout=5).status_code == 200
    assert requests.post(server.url + wire.CHILDREN, data=sealed, timeout=5).status_code == 403
    _, other = SiteSeal(KEY).seal(request_purpose(wire.CHILDREN), {"guardian": card.to_json()})
    assert requests.post(server.url + wire.SIGNUP, data=other, timeout=5).status_code == 403
    assert requests.post(server.url + "/v1/other", data=other, timeout=5).status_code == 404
    assert requests.get(server.url + wire.HELLO, timeout=5).status_code == 405


def test_a_bug_in_the_room_is_a_500_logged_by_type_and_the_room_goes_on(
        server: RoomLinkServer, card: GuardianCard, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_: object) -> list[object]:
        raise RuntimeError("Rosa Ortega Ruiz")  # a message that must not reach the log

    monkeypatch.setattr(childcare, "children_for_card", broken)
    with pytest.raises(ChildCareUnreachable, match="answered 500"):
        RoomLink(server.url, KEY).children(card)
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
    assert not any("Rosa" in r.getMessage() for r in caplog.records)
    assert RoomLink(server.url, KEY).hello()["station"] == "care-room-1"
    _, sealed = SiteSeal(KEY).seal(request_purpose(wire.SIGNUP), {"children": "all"})  # a key holder's junk
    answer = requests.post(server.url + wire.SIGNUP, data=sealed, timeout=5)
    assert answer.status_code == 422


def test_a_body_over_64_kib_is_refused_unread_and_the_room_goes_on(server: RoomLinkServer) -> None:
    answer = requests.post(server.url + wire.HELLO, data=b"x" * (wire.MAX_BODY_BYTES + 1), timeout=5)
    assert answer.status_code == 413
    assert RoomLink(server.url, KEY).hello()["station"] == "care-room-1"


def test_a_dead_port_is_unreachable_and_children_then_fail_fast_while_signups_still_try(
        room: Station, card: GuardianCard) -> None:
    carer(room)
    url = dead_url()
    clock = Monotonic()
    link = RoomLink(url, KEY, monotonic=clock)
    with pytest.raises(ChildCareUnreachable, match="could not be reached"):
        link.children(card)
    port = int(url.rsplit(":", 1)[1])
    revived = RoomLinkServer(room, KEY, "127.0.0.1", port)  # the room comes back on the same address
    revived.start()
    try:
        clock.at += FAIL_FAST_S - 1
        with pytest.raises(ChildCareUnreachable, match="a moment ago"):
            link.children(card)  # not asked: the answer comes without the network
        assert link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA], request_id="r")
        assert [c.masked_name for c in link.children(card)] == ["Sofía G."]  # a success ended the wait
        revived.stop()
        with pytest.raises(ChildCareUnreachable):
            link.children(card)
        clock.at += FAIL_FAST_S + 1
        started = time.monotonic()
        with pytest.raises(ChildCareUnreachable, match="could not be reached"):
            link.children(card)  # asked again once the window passed
        assert time.monotonic() - started < 1.0
    finally:
        revived.stop()


def test_a_room_that_never_answers_times_out_as_unreachable(card: GuardianCard) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel does) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        link = RoomLink(f"http://127.0.0.1:{silent.getsockname()[1]}", KEY, timeout_s=0.3)
        started = time.monotonic()
        with pytest.raises(ChildCareUnreachable, match=r"did not answer within 0.3 s"):
            link.children(card)
        assert time.monotonic() - started < 2.0


def test_a_signup_whose_answer_is_lost_is_asked_once_more_and_finds_the_pickup_code(
        room: Station, server: RoomLinkServer, card: GuardianCard, monkeypatch: pytest.MonkeyPatch) -> None:
    """The room signed them up and its answer came too late: the parent still gets the code the room gave."""
    carer(room)
    real = childcare.sign_up_for_card
    calls: list[float] = []

    def slow_the_first_time(*args: object, **kwargs: object) -> object:
        done = real(*args, **kwargs)  # type: ignore[arg-type]
        calls.append(time.monotonic())
        if len(calls) == 1:
            time.sleep(2.0)  # past the kiosk's read timeout (0.5 s x 3); the retry waits for the room's lock
        return done

    monkeypatch.setattr(childcare, "sign_up_for_card", slow_the_first_time)
    link = RoomLink(server.url, KEY, timeout_s=0.5)
    signed = link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA, LEO], request_id="req-lost")
    assert len(calls) == 2  # asked twice, with one request id
    roster = childcare.room_roster(room, "KIDS").children
    assert len(roster) == 2  # signed up once
    assert {s.signup_id for s in signed} == {child.signup_id for child in roster}


def test_a_signup_to_a_room_that_never_answers_is_asked_twice_then_unreachable(card: GuardianCard) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        link = RoomLink(f"http://127.0.0.1:{silent.getsockname()[1]}", KEY, timeout_s=0.2)
        started = time.monotonic()
        with pytest.raises(ChildCareUnreachable, match=r"did not answer within 0.6 s"):
            link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA], request_id="req-silent")
        assert 1.2 <= time.monotonic() - started < 4.0  # two read timeouts, not more


@pytest.mark.parametrize(("status", "body", "why"), [
    (503, b"", "answered 503"),
    (500, b"", "answered 500"),
    (200, b"<html>router login</html>", "not with the site key"),  # something else at that address
    (200, b"\x01" + bytes(300 * 1024), "more than 256 KiB"),  # a reply past the cap is not read
])
def test_anything_but_a_sealed_answer_is_unreachable_and_never_a_requests_error(
        httpserver: HTTPServer, card: GuardianCard, status: int, body: bytes, why: str) -> None:
    httpserver.expect_request(wire.SIGNUP, method="POST").respond_with_data(body, status=status)
    link = RoomLink(httpserver.url_for("/"), KEY)
    with pytest.raises(ChildCareUnreachable, match=why):
        link.sign_up(card, class_code="NUTRITION", window=None, children=[SOFIA], request_id="r")


def test_a_reply_for_another_request_is_refused(
        httpserver: HTTPServer, card: GuardianCard) -> None:
    _, other = SiteSeal(KEY).seal(reply_purpose("some-other-request"), {"children": []})
    httpserver.expect_request(wire.CHILDREN, method="POST").respond_with_data(other)
    with pytest.raises(ChildCareUnreachable, match="not with the site key"):
        RoomLink(httpserver.url_for("/"), KEY).children(card)


def test_stop_returns_within_a_second_even_with_a_client_stalled_mid_request(room: Station) -> None:
    server = RoomLinkServer(room, KEY, "127.0.0.1", 0)
    server.start()
    url = server.url
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as stalled:
        stalled.sendall(b"POST /v1/hello HTTP/1.1\r\nContent-Length: 100\r\n\r\nhalf")
        time.sleep(0.05)  # let the server take the connection
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1.0
    with pytest.raises(ChildCareUnreachable):
        RoomLink(url, KEY, timeout_s=0.5).hello()


def test_a_port_already_taken_fails_start_with_oserror(room: Station, server: RoomLinkServer) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    with pytest.raises(OSError):
        RoomLinkServer(room, KEY, "127.0.0.1", port).start()


def _linked(station: Station, url: str, mode: StationMode | None = None) -> Station:
    config = dataclasses.replace(station.config, site_link=SiteLinkConfig(url, int(url.rsplit(":", 1)[1]), 0.5))
    if mode is not None:
        config = dataclasses.replace(config, station=dataclasses.replace(config.station, mode=mode))
    return dataclasses.replace(station, config=config)


def test_room_link_for_reads_the_site_link_and_the_key(
        kiosk: Station, server: RoomLinkServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRC_KIOSK_KEY_DIR", str(tmp_path / "keys"))  # a station without the key yet
    assert room_link_for(kiosk.config) is None  # no [site_link]: child care is kept here
    linked = _linked(kiosk, server.url)
    with pytest.raises(ChildCareUnreachable, match="no site link key"):
        room_link_for(linked.config)
    keystore.set_secret(SITE_LINK_SECRET, KEY)
    link = room_link_for(linked.config)
    assert link is not None and link.url == server.url and link.timeout_s == 0.5
    assert link.hello()["site"] == kiosk.config.site.code


def test_doctor_probe_says_ok_with_the_time_or_what_it_to_check(
        kiosk: Station, server: RoomLinkServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRC_KIOSK_KEY_DIR", str(tmp_path / "keys"))
    assert probe_room_link(kiosk.config) is None
    linked = _linked(kiosk, server.url).config
    missing = probe_room_link(linked)
    assert missing is not None and missing.level is Level.FAIL and "no site link key" in missing.detail
    keystore.set_secret(SITE_LINK_SECRET, KEY)
    ok = probe_room_link(linked)
    assert ok is not None and ok.check == "site link" and ok.level is Level.OK
    assert "care-room-1" in ok.detail and " ms" in ok.detail
    keystore.set_secret(SITE_LINK_SECRET, secrets.token_bytes(32))
    refused = probe_room_link(linked)
    assert refused is not None and refused.level is Level.FAIL and "403" in refused.detail
    assert "site_link_key" in refused.detail
    dead = probe_room_link(_linked(kiosk, dead_url()).config)
    assert dead is not None and dead.level is Level.FAIL and "could not be reached" in dead.detail
    # The child-care station asks its own app, on loopback at the site link's port.
    keystore.set_secret(SITE_LINK_SECRET, KEY)
    serving = probe_room_link(_linked(kiosk, server.url, StationMode.CHILD_CARE).config)
    assert serving is not None and serving.level is Level.OK and "this is the child-care station" in serving.detail
    stopped = probe_room_link(_linked(kiosk, dead_url(), StationMode.CHILD_CARE).config)
    assert stopped is not None and stopped.level is Level.WARN and "'crc-kiosk run'" in stopped.detail
