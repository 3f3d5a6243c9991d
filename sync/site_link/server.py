"""The child-care station's end of the site link: it answers the site's kiosks and front desks.

Threat model (an attacker on the site LAN without the site key): they can see that stations talk,
when, and how much (sizes, timing), and they can try to connect. Every body is AES-256-GCM sealed with
the key and bound to its path, or to the request it answers, so they learn no name, code or child, and
cannot forge, alter, replay (ids are remembered, stale ones refused) or swap a reply. Anything unsealable
gets a bare 403, logged once without its body; bodies over 64 KiB, slow senders and floods are cut off
(they can still make the room unreachable, as with any LAN service: the kiosk then sends parents to the desk).

The room is the one writer of its roster: signups pass one at a time through ``kiosk.childcare``, each in
its own short transaction, opened after the request was read and closed before the reply is written.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kiosk import __version__, childcare
from kiosk.domain.childcare import child_choice_to_json, signup_result_to_json
from kiosk.errors import KioskError
from kiosk.station import Station
from sync.site_link import wire
from sync.site_link.envelope import SealRefused, SiteSeal, reply_purpose, request_purpose

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 5.0  # a sender that stalls mid-request loses its connection
MAX_IN_FLIGHT = 16  # more at once is a flood, not a site's kiosks: refused with 503
POLL_S = 0.1  # how often serve_forever looks for stop(): stop() returns within about this


class RoomLinkServer:
    """HTTP on ``host:port`` (port 0: any free one), in a daemon thread, never raising into the app."""

    def __init__(self, station: Station, key: bytes, host: str, port: int, *,
                 wall: Callable[[], float] = time.time) -> None:
        self.station = station
        self.seal = SiteSeal(key, wall=wall)
        self._address = (host, port)
        self._httpd: _Httpd | None = None
        self._thread: threading.Thread | None = None
        self._writer = threading.Lock()  # one signup at a time: the ratio and capacity counts stay exact
        self._slots = threading.BoundedSemaphore(MAX_IN_FLIGHT)
        self._idle = threading.Condition()
        self._busy = 0

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the site link server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{_url_host(str(host))}:{port}"

    def start(self) -> None:
        """Bind now (``OSError`` when the port is taken) and serve in a daemon thread."""
        if self._httpd is not None:
            return
        httpd = _Httpd(self._address, _Handler, self)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": POLL_S},
                                        name="site-link-server", daemon=True)
        self._thread.start()

    def stop(self, grace_s: float = 0.5) -> None:
        """Stop serving; give requests under way ``grace_s`` to finish with the database. Idempotent."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        with self._idle:
            self._idle.wait_for(lambda: self._busy == 0, timeout=grace_s)

    # --- called by the handler threads ---------------------------------------------------------

    def enter(self) -> bool:
        return self._slots.acquire(blocking=False)

    def leave(self) -> None:
        self._slots.release()

    def answer(self, path: str, body: dict[str, object]) -> dict[str, object]:
        """The reply to an authentic request; ``KioskError`` for a refusal the kiosk should hear."""
        with self._idle:
            self._busy += 1  # stop() waits a moment for this: the station closes after it
        try:
            return self._answer(path, body)
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def _answer(self, path: str, body: dict[str, object]) -> dict[str, object]:
        if path == wire.HELLO:
            config = self.station.config
            return {"site": config.site.code, "station": config.station.id, "mode": str(config.station.mode),
                    "version": __version__, "child_care": config.child_care is not None}
        if path == wire.CHILDREN:
            card = wire.card_from_body(body)
            return {"children": [child_choice_to_json(c) for c in childcare.children_for_card(self.station, card)]}
        req = wire.signup_from_json(body)
        with self._writer:
            results = childcare.sign_up_for_card(self.station, req.card, class_code=req.class_code,
                                                 window=req.window, children=req.children,
                                                 request_id=req.request_id)
        return {"signups": [signup_result_to_json(r) for r in results]}


class _Httpd(ThreadingHTTPServer):
    daemon_threads = True  # a stuck request never keeps the app from exiting
    # A restart may rebind at once on POSIX; Windows' SO_REUSEADDR would let another program share the port.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], room: RoomLinkServer) -> None:
        self.room = room
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Never a traceback on the room's console (it could show a body); one line with the error's type.
        log.error("site link: request failed (%s)", type(sys.exc_info()[1]).__name__)


class _Handler(BaseHTTPRequestHandler):
    server: _Httpd
    timeout = READ_TIMEOUT_S
    server_version = "crc-kiosk-site-link"
    sys_version = ""

    def do_POST(self) -> None:
        room = self.server.room
        if not room.enter():
            log.warning("site link: too many requests at once; one refused")
            self._send(503)
            return
        try:
            self._post(room)
        finally:
            room.leave()

    def do_GET(self) -> None:
        self._send(405)

    def _post(self, room: RoomLinkServer) -> None:
        path = self.path
        if path not in wire.PATHS:
            self._send(404)
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(411)
            return
        if length < 0 or length > wire.MAX_BODY_BYTES:
            log.warning("site link: a %d-byte request refused (limit %d)", length, wire.MAX_BODY_BYTES)
            self._send(413)
            return
        data = self.rfile.read(length)
        try:
            opened = room.seal.open(request_purpose(path), data, remember=True)
        except SealRefused as refused:
            log.warning("site link: request refused (%s, id %s, from %s)", refused.reason,
                        refused.message_id or "-", self.client_address[0])
            self._send(403)
            return
        try:
            reply: dict[str, object] = room.answer(path, opened.body)
            status = 200
            log.info("site link: %s %s answered", path, opened.message_id)
        except KioskError as error:  # a refusal for the kiosk to show: its code, never a name, in the log
            reply, status = wire.error_to_json(error), 422
            log.info("site link: %s %s refused (%s)", path, opened.message_id, error.code)
        except Exception as error:  # a bug must not take the room's app down; the kiosk hears "unreachable"
            log.error("site link: %s %s failed (%s)", path, opened.message_id, type(error).__name__)
            self._send(500)
            return
        _, sealed = room.seal.seal(reply_purpose(opened.message_id), reply)
        self._send(status, sealed)

    def _send(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()  # HTTP/1.0: one request per connection, so no idle connection holds a thread
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("site link: " + format, *args)


def _url_host(host: str) -> str:
    if not host or ipaddress.ip_address(host).is_unspecified:  # every interface: loopback answers too
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
