"""Sealed JSON for the site link: AES-256-GCM with the site's 32-byte key.

On the wire: one version byte, a random 12-byte nonce, then the ciphertext with its tag. The plaintext
is ``{"id": uuid4, "sent_at": ISO UTC, "body": {...}}``. The associated data binds what the message is
for: a request to one path, or the reply to one request id, so a sealed message cannot be replayed at
another path or swapped for another request's answer. Freshness uses the real wall clock (not a
station's test clock): a message more than ``MAX_SKEW_S`` off is stale, and a request id seen before
is a replay (ids are remembered for as long as they could still pass as fresh).
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.errors import KioskError

KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = b"\x01"
MAX_SKEW_S = 120.0
_AAD_PREFIX = "crc-kiosk site-link v1"


class SealRefused(KioskError):
    """A message that cannot be trusted. ``reason``: malformed, tampered (or another key), stale, replayed."""

    code = "seal_refused"

    def __init__(self, reason: str, message_id: str | None = None) -> None:
        super().__init__(f"site link message refused: {reason}")
        self.reason = reason
        self.message_id = message_id


@dataclass(frozen=True)
class Opened:
    message_id: str
    sent_at: datetime
    body: dict[str, object]


def request_purpose(path: str) -> str:
    return f"{_AAD_PREFIX} request {path}"


def reply_purpose(request_id: str) -> str:
    return f"{_AAD_PREFIX} reply {request_id}"


class SiteSeal:
    """Seals and opens site-link messages with one site key. Thread-safe (the replay memory has a lock)."""

    def __init__(self, key: bytes, *, wall: Callable[[], float] = time.time, max_skew_s: float = MAX_SKEW_S) -> None:
        if len(key) != KEY_BYTES:
            raise KioskError(f"the site link key must be {KEY_BYTES} bytes")
        self._aead = AESGCM(key)
        self._wall = wall
        self._max_skew_s = max_skew_s
        self._seen: dict[str, float] = {}  # request id -> wall time after which it could no longer pass as fresh
        self._lock = threading.Lock()

    def seal(self, purpose: str, body: dict[str, object]) -> tuple[str, bytes]:
        """The message id and the sealed bytes."""
        message_id = str(uuid.uuid4())
        sent_at = datetime.fromtimestamp(self._wall(), UTC).isoformat()
        plain = json.dumps({"id": message_id, "sent_at": sent_at, "body": body}, separators=(",", ":")).encode()
        nonce = os.urandom(NONCE_BYTES)
        return message_id, VERSION + nonce + self._aead.encrypt(nonce, plain, purpose.encode())

    def open(self, purpose: str, data: bytes, *, remember: bool = False) -> Opened:
        """The message, authentic, for ``purpose`` and fresh; ``remember``: refuse an id seen before (requests)."""
        if len(data) < 1 + NONCE_BYTES + 16 or data[:1] != VERSION:
            raise SealRefused("malformed")
        try:
            plain = self._aead.decrypt(data[1 : 1 + NONCE_BYTES], data[1 + NONCE_BYTES :], purpose.encode())
        except InvalidTag:
            raise SealRefused("tampered") from None
        opened = _parse(plain)
        now = self._wall()
        if abs(now - opened.sent_at.timestamp()) > self._max_skew_s:
            raise SealRefused("stale", opened.message_id)
        if remember:
            self._remember(opened, now)
        return opened

    def _remember(self, opened: Opened, now: float) -> None:
        with self._lock:
            if len(self._seen) > 1024:  # forget what could no longer pass as fresh anyway
                self._seen = {k: until for k, until in self._seen.items() if until >= now}
            if opened.message_id in self._seen:
                raise SealRefused("replayed", opened.message_id)
            self._seen[opened.message_id] = opened.sent_at.timestamp() + self._max_skew_s


def _parse(plain: bytes) -> Opened:
    """Only a key holder gets here; still, a bad shape is a refusal, never a KeyError."""
    try:
        data = json.loads(plain)
    except ValueError:
        raise SealRefused("malformed") from None
    if not isinstance(data, dict):
        raise SealRefused("malformed")
    message_id, sent_at, body = data.get("id"), data.get("sent_at"), data.get("body")
    if not isinstance(message_id, str) or not isinstance(sent_at, str) or not isinstance(body, dict):
        raise SealRefused("malformed")
    try:
        uuid.UUID(message_id)
        when = datetime.fromisoformat(sent_at)
    except ValueError:
        raise SealRefused("malformed") from None
    if when.tzinfo is None:
        raise SealRefused("malformed", message_id)
    return Opened(message_id, when.astimezone(UTC), body)
