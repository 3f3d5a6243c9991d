"""What every wire format returns: one outcome per entry, or one failure for the whole batch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any, Protocol

import requests

from sync.auth import CredentialError, PlanAuth, TokenUnavailable
from sync.outbox import Claimed


class Status(StrEnum):
    SENT = "sent"  # the plan holds it (new, or a replay of what it already had)
    REJECTED = "rejected"  # the plan refused this record (4xx): set aside with the reason


@dataclass(frozen=True)
class Outcome:
    seq: int
    status: Status
    reason: str = ""


class BatchFailed(Exception):
    """The whole batch did not go through; nothing is known to be stored, so all of it is retried."""

    def __init__(self, reason: str, *, retry_after_s: float | None = None, auth: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s
        self.auth = auth  # 401/403: pause the plan until its credentials are fixed


class PlanAdapter(Protocol):
    # The plan server's clock (its Date header) at its latest answer; None when it sent none.
    server_date: datetime | None

    def send(self, batch: Sequence[Claimed]) -> list[Outcome]: ...


def post_batch(
    session: requests.Session,
    url: str,
    body: Any,
    headers: dict[str, str],
    timeout_s: float,
    *,
    auth: PlanAuth | None = None,
) -> requests.Response:
    """POST a batch; the failures every wire format shares become BatchFailed (network, auth, busy).

    A 401 with OAuth may just be a token that expired between our clock and the plan's: one fresh
    token, and the very same request (same headers, so the same Idempotency-Key) once more."""
    response = _post(session, url, body, headers, timeout_s, auth)
    if response.status_code == 401 and auth is not None and _refreshed(auth):
        response = _post(session, url, body, headers, timeout_s, auth)
    if response.status_code in (401, 403):
        named = f": check credential {auth.credential!r}" if auth is not None else ""
        raise BatchFailed(f"credentials refused ({response.status_code}){named}", auth=True)
    if response.status_code == 429 or response.status_code >= 500:
        raise BatchFailed(
            f"plan busy ({response.status_code})",
            retry_after_s=retry_after_seconds(response.headers.get("Retry-After")),
        )
    return response


def _post(
    session: requests.Session, url: str, body: Any, headers: dict[str, str], timeout_s: float, auth: PlanAuth | None
) -> requests.Response:
    with _as_batch_failure():
        if isinstance(body, bytes):  # already encoded by the wire format
            return session.post(url, data=body, headers=headers, auth=auth, timeout=timeout_s)
        return session.post(url, json=body, headers=headers, auth=auth, timeout=timeout_s)


def _refreshed(auth: PlanAuth) -> bool:
    with _as_batch_failure():
        return auth.refresh()


@contextmanager
def _as_batch_failure() -> Iterator[None]:
    """Network trouble is retried later; a missing, malformed or refused secret pauses the plan."""
    try:
        yield
    except requests.RequestException as error:
        raise BatchFailed(f"network: {type(error).__name__}") from None
    except CredentialError as error:
        raise BatchFailed(str(error), auth=True) from None
    except TokenUnavailable as error:
        raise BatchFailed(error.reason, retry_after_s=error.retry_after_s) from None


def server_date(response: requests.Response) -> datetime | None:
    """The instant in the answer's Date header (HTTP-date, UTC), if it has a readable one."""
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (the HTTP-date form counts as 'later', a minute)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return 60.0
