"""The kiosk's and the front desk's end of the site link: ask the child-care station, get typed answers.

Every failure is a typed error: the room's refusals come back as the same classes (``RoomFull``,
``RatioExceeded``...), and anything that keeps the answer from arriving (network, timeout, 5xx, a key
the room refuses, an answer not sealed with the site key) is ``ChildCareUnreachable``, whose message
tells IT what to check. No requests exception ever leaves this module.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

import requests

from kiosk import keystore
from kiosk.config import SITE_LINK_KEY_BYTES, SITE_LINK_SECRET, Config, StationMode
from kiosk.domain.childcare import (
    ChildCareUnreachable,
    ChildChoice,
    ChildSpec,
    GuardianCard,
    SignupResult,
    child_choice_from_json,
    signup_result_from_json,
)
from kiosk.errors import InvalidInput, KioskError
from sync.site_link import wire
from sync.site_link.envelope import MAX_SKEW_S, SealRefused, SiteSeal, reply_purpose, request_purpose

if TYPE_CHECKING:
    from kiosk.doctor import Finding

FAIL_FAST_S = 30.0  # after a failure, children() does not ask again for this long: a dead room must not slow scans
SIGNUP_READ_FACTOR = 3  # the room writes (and may wait for its own screen's transaction): more time to answer
MAX_REPLY_BYTES = 256 * 1024
_T = TypeVar("_T")


class _AnswerLost(ChildCareUnreachable):
    """The request reached the room, but its answer did not come back (read timeout, dropped connection):
    the room may have acted on it."""


class RoomLink:
    """One child-care station, asked over HTTP. Thread-safe; keep one per process (it remembers a dead room)."""

    def __init__(self, url: str, key: bytes, timeout_s: float = 2.0, *,
                 monotonic: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time) -> None:
        self.url = url.rstrip("/")
        self.timeout_s = timeout_s
        self._seal = SiteSeal(key, wall=wall)
        self._monotonic = monotonic
        self._session = requests.Session()
        self._session.trust_env = False  # the site LAN: never through a proxy from the environment
        self._lock = threading.Lock()
        self._down_until: float | None = None

    def hello(self) -> dict[str, object]:
        """The room's site, station, mode and version (doctor's probe). Always asks."""
        return self._call(wire.HELLO, {}, self.timeout_s)

    def children(self, card: GuardianCard) -> list[ChildChoice]:
        """The guardian's children the room knows (masked); fails fast for a while after a failure."""
        with self._lock:
            down = self._down_until is not None and self._monotonic() < self._down_until
        if down:
            raise ChildCareUnreachable(f"the child-care station at {self.url} did not answer a moment ago; "
                                       f"not asked again for up to {FAIL_FAST_S:.0f} s")
        body = self._call(wire.CHILDREN, {"guardian": card.to_json()}, self.timeout_s)
        return self._read(lambda: [child_choice_from_json(c) for c in _list(body, "children")])

    def sign_up(self, card: GuardianCard, *, class_code: str | None, window: tuple[datetime, datetime] | None,
                children: Sequence[ChildSpec | str], request_id: str) -> list[SignupResult]:
        """Sign the children up at the room (always asks, even just after a failure). The same ``request_id``
        again is safe: the room answers with the signups the first request made. An answer lost on the way
        back is asked for once more."""
        request = wire.SignupRequest(card, class_code, window, wire.children_argument(children), request_id)
        read_s = self.timeout_s * SIGNUP_READ_FACTOR
        try:
            body = self._call(wire.SIGNUP, wire.signup_to_json(request), read_s)
        except _AnswerLost:
            # The room may have signed them up and handed out a pickup code nobody saw: asked once more with
            # the same request id, it answers with those signups (or makes them now, if it had not).
            body = self._call(wire.SIGNUP, wire.signup_to_json(request), read_s)
        return self._read(lambda: [signup_result_from_json(s) for s in _list(body, "signups")])

    def close(self) -> None:
        self._session.close()

    def _call(self, path: str, body: dict[str, object], read_s: float) -> dict[str, object]:
        request_id, sealed = self._seal.seal(request_purpose(path), body)
        try:
            with self._session.post(self.url + path, data=sealed, timeout=(self.timeout_s, read_s), stream=True,
                                    allow_redirects=False,
                                    headers={"Content-Type": "application/octet-stream"}) as response:
                status = response.status_code
                content = _capped(response)
        except requests.RequestException as error:
            waited = self.timeout_s if isinstance(error, requests.ConnectTimeout) else read_s
            message = (f"the child-care station at {self.url} {_why(error, waited)}: "
                       "is it on with its app running, and is room_station its address?")
            if isinstance(error, (requests.ReadTimeout, requests.exceptions.ChunkedEncodingError)):
                raise self._down(message, lost=True) from None
            raise self._down(message) from None
        if status == 403:
            raise self._down(f"the child-care station at {self.url} refused this station's site key (403): the "
                             "site_link_key must be the same on every station of the site, and their clocks "
                             f"within {MAX_SKEW_S / 60:.0f} minutes")
        if status not in (200, 422):
            raise self._down(f"the child-care station at {self.url} answered {status}")
        try:
            opened = self._seal.open(reply_purpose(request_id), content or b"")
        except SealRefused:
            raise self._down(f"something at {self.url} answered, but not with the site key: "
                             "is room_station the child-care station's address?") from None
        with self._lock:
            self._down_until = None
        if status == 422:
            raise wire.error_from_json(opened.body)
        return opened.body

    def _down(self, message: str, *, lost: bool = False) -> ChildCareUnreachable:
        with self._lock:
            self._down_until = self._monotonic() + FAIL_FAST_S
        return _AnswerLost(message) if lost else ChildCareUnreachable(message)

    def _read(self, parse: Callable[[], _T]) -> _T:
        try:
            return parse()
        except InvalidInput as error:  # the room's answer, not the parent's input: another version?
            raise ChildCareUnreachable(f"the child-care station's answer could not be read ({error}): "
                                       "are both stations on the same version?") from None


def room_link_for(config: Config) -> RoomLink | None:
    """The site's child-care station, or None when the site has no ``[site_link]`` (child care kept here)."""
    link = config.site_link
    if link is None:
        return None
    return RoomLink(link.room_url, _site_key(), link.timeout_s)


def _site_key() -> bytes:
    """This station's copy of the site link key; ``ChildCareUnreachable`` for IT when it has none."""
    try:
        key = keystore.get_secret(SITE_LINK_SECRET)
    except KioskError:
        raise ChildCareUnreachable("the site link key cannot be read from this station's credential store: "
                                   "IT should run 'crc-kiosk doctor'") from None
    if key is None or len(key) != SITE_LINK_KEY_BYTES:
        raise ChildCareUnreachable("this station has no site link key: IT should provision the site's "
                                   "site_link_key ('crc-kiosk doctor' says more)")
    return key


def probe_room_link(config: Config, *, monotonic: Callable[[], float] = time.monotonic) -> Finding | None:
    """``crc-kiosk doctor``'s "site link" line: does the child-care station answer, with our key, for our site?

    On the child-care station itself: does its own app answer on the site link's port (it serves only
    while ``crc-kiosk run`` is up)? None when the site has no site link.
    """
    from kiosk.doctor import Finding, Level  # doctor's imports (the camera's) stay off the kiosk's path

    if config.site_link is None:
        return None
    name = "site link"
    if config.station.mode is StationMode.CHILD_CARE:
        return _probe_own_server(config, monotonic)
    try:
        link = room_link_for(config)
        if link is None:
            return None
        started = monotonic()
        try:
            hello = link.hello()
        finally:
            link.close()
    except ChildCareUnreachable as error:
        return Finding(name, Level.FAIL, str(error))
    except KioskError as error:
        return Finding(name, Level.FAIL, f"the child-care station refused the greeting: {error}")
    ms = (monotonic() - started) * 1000
    site, station = hello.get("site"), hello.get("station")
    if site != config.site.code:
        return Finding(name, Level.FAIL, f"the station at {config.site_link.room_url} serves site {site}, not "
                                         f"{config.site.code}: check room_station")
    if hello.get("child_care") is False:
        return Finding(name, Level.WARN, f"station {station} answered in {ms:.0f} ms but has no child care "
                                         "configured")
    return Finding(name, Level.OK, f"child-care station {station} of site {site} answered in {ms:.0f} ms")


def _probe_own_server(config: Config, monotonic: Callable[[], float]) -> Finding:
    """The child-care station asks itself, where its app listens, as a kiosk would."""
    from kiosk.doctor import Finding, Level

    link = config.site_link
    assert link is not None
    host = link.listen_host if link.listen_host not in ("", "0.0.0.0", "::") else "127.0.0.1"
    url = f"http://[{host}]:{link.port}" if ":" in host else f"http://{host}:{link.port}"
    try:
        own = RoomLink(url, _site_key(), link.timeout_s)
    except ChildCareUnreachable as error:
        return Finding("site link", Level.FAIL, str(error))
    started = monotonic()
    try:
        own.hello()
    except KioskError:
        return Finding("site link", Level.WARN, f"this is the child-care station, and its app is not answering on "
                                                f"port {link.port} now: kiosks cannot sign children up until "
                                                "'crc-kiosk run' is up here (or the port is taken)")
    finally:
        own.close()
    ms = (monotonic() - started) * 1000
    return Finding("site link", Level.OK, f"this is the child-care station: its app answers the site on port "
                                          f"{link.port} ({ms:.0f} ms)")


def _capped(response: requests.Response) -> bytes:
    """The reply's body, refused past ``MAX_REPLY_BYTES`` (whatever answers at that address)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(16 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise _TooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


class _TooLarge(requests.RequestException):
    pass


def _list(body: dict[str, object], key: str) -> list[object]:
    value = body.get(key)
    if not isinstance(value, list):
        raise InvalidInput(f"{key}: expected a list")
    return value


def _why(error: requests.RequestException, timeout_s: float) -> str:
    if isinstance(error, _TooLarge):
        return f"answered with more than {MAX_REPLY_BYTES // 1024} KiB"
    if isinstance(error, requests.Timeout):
        return f"did not answer within {timeout_s:g} s"
    if isinstance(error, requests.ConnectionError):
        return "could not be reached (connection refused or no route)"
    return f"could not be asked ({type(error).__name__})"
