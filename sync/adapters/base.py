"""What every wire format returns: one outcome per entry, or one failure for the whole batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import requests

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
    def send(self, batch: Sequence[Claimed]) -> list[Outcome]: ...


def post_batch(
    session: requests.Session, url: str, body: Any, headers: dict[str, str], timeout_s: float
) -> requests.Response:
    """POST a batch; the failures every wire format shares become BatchFailed (network, auth, busy)."""
    try:
        response = session.post(url, json=body, headers=headers, timeout=timeout_s)
    except requests.RequestException as error:
        raise BatchFailed(f"network: {type(error).__name__}") from None
    if response.status_code in (401, 403):
        raise BatchFailed(f"credentials refused ({response.status_code})", auth=True)
    if response.status_code == 429 or response.status_code >= 500:
        raise BatchFailed(
            f"plan busy ({response.status_code})",
            retry_after_s=retry_after_seconds(response.headers.get("Retry-After")),
        )
    return response


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (the HTTP-date form counts as 'later', a minute)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return 60.0
