"""Per-plan sync health, shared between processes through one small JSON file in the data dir.

The sync worker (in the app, or ``crc-kiosk sync``) writes it after each batch;
the status line and ``crc-kiosk sync --status`` read it from other processes.
It is advisory: a missing or damaged file reads as "nothing known", and a write
that fails is logged and tried again at the next batch. It holds times and short
reasons only (never a record's content, never a secret).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.paths import share_with_group

log = logging.getLogger(__name__)

VERSION = 1
MAX_REASON = 200
SAVE_SUCCESSES_EVERY_S = 5.0
SKEW_STEP_S = 1.0  # a skew that moved less than this is the same skew (the Date header counts whole seconds)
_TIMES = ("last_attempt_at", "last_ok_at", "failing_since")
_TEXTS = ("last_error", "paused_reason")


@dataclass(frozen=True)
class PlanHealth:
    last_attempt_at: datetime | None = None
    last_ok_at: datetime | None = None
    failing_since: datetime | None = None  # the first failed attempt since the last success: "offline since"
    last_error: str | None = None
    paused_reason: str | None = None  # credentials refused or missing: waits for IT
    clock_skew_s: float | None = None  # the plan server's clock minus this station's, at the last answer

    def succeeded(self, now: datetime, clock_skew_s: float | None = None) -> PlanHealth:
        return PlanHealth(
            last_attempt_at=now,
            last_ok_at=now,
            clock_skew_s=self.clock_skew_s if clock_skew_s is None else clock_skew_s,
        )

    def failed(self, now: datetime, reason: str, *, paused: bool = False) -> PlanHealth:
        short = reason[:MAX_REASON]
        return replace(
            self,
            last_attempt_at=now,
            failing_since=self.failing_since or now,
            last_error=short,
            paused_reason=short if paused else self.paused_reason,
        )


def read_health(path: Path) -> dict[str, PlanHealth]:
    """Every plan's health as last written; {} when the file is missing or unreadable."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    plans = doc.get("plans") if isinstance(doc, dict) else None
    if not isinstance(plans, dict):
        return {}
    read: dict[str, PlanHealth] = {}
    for code, fields in plans.items():
        health = _parse(fields)
        if isinstance(code, str) and health is not None:
            read[code] = health
    return read


def write_health(path: Path, plans: Mapping[str, PlanHealth]) -> None:
    """Replace the file in one step (temp file + os.replace): a reader sees the old or the new, never half."""
    doc = {"version": VERSION, "plans": {code: _dump(h) for code, h in sorted(plans.items())}}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".sync-health-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(doc, separators=(",", ":")))
        # No fsync: after a power cut an empty file only reads as "nothing known" until the next batch.
        os.replace(tmp, path)
        share_with_group(path)  # the desk users' status lines read what the sync service writes
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def update_plan(path: Path, plan_code: str, change: Callable[[PlanHealth], PlanHealth]) -> PlanHealth:
    """Read, change one plan, write back (other plans as they are on disk); returns the plan's new health.

    A failed write is logged, never raised: sync goes on without its health file."""
    plans = read_health(path)
    plans[plan_code] = change(plans.get(plan_code, PlanHealth()))
    try:
        write_health(path, plans)
    except OSError as error:
        log.warning("sync health not saved: %s", error.strerror or type(error).__name__)
    return plans[plan_code]


class HealthRecorder:
    """What one worker tells the health file, cheaply.

    A failure, or the first success after one, is written at once. A run of successes changes
    nothing a reader acts on but the times, so it is written at most every few seconds, and
    whatever is still unwritten when the worker ``flush``es (the end of a plan's drain)."""

    def __init__(
        self, path: Path, *, every_s: float = SAVE_SUCCESSES_EVERY_S, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.path = path
        self.every_s = every_s
        self._monotonic = monotonic
        self._written: dict[str, tuple[PlanHealth, float]] = {}
        self._pending: dict[str, tuple[datetime, float | None]] = {}

    def succeeded(self, plan_code: str, now: datetime, clock_skew_s: float | None) -> None:
        last = self._written.get(plan_code)
        if (
            last is not None
            and last[0].failing_since is None
            and last[0].paused_reason is None
            and _same_skew(last[0].clock_skew_s, clock_skew_s)
            and self._monotonic() - last[1] < self.every_s
        ):
            self._pending[plan_code] = (now, clock_skew_s)
            return
        self._pending.pop(plan_code, None)
        self._save(plan_code, lambda h: h.succeeded(now, clock_skew_s))

    def failed(self, plan_code: str, now: datetime, reason: str, *, paused: bool = False) -> None:
        pending = self._pending.pop(plan_code, None)
        self._save(
            plan_code, lambda h: (h if pending is None else h.succeeded(*pending)).failed(now, reason, paused=paused)
        )

    def flush(self, plan_code: str) -> None:
        pending = self._pending.pop(plan_code, None)
        if pending is not None:
            self._save(plan_code, lambda h: h.succeeded(*pending))

    def _save(self, plan_code: str, change: Callable[[PlanHealth], PlanHealth]) -> None:
        self._written[plan_code] = (update_plan(self.path, plan_code, change), self._monotonic())


def _same_skew(before: float | None, now: float | None) -> bool:
    return now is None or (before is not None and abs(now - before) < SKEW_STEP_S)


def _dump(health: PlanHealth) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for name in _TIMES:
        value: datetime | None = getattr(health, name)
        doc[name] = value.isoformat() if value is not None else None
    for name in _TEXTS:
        doc[name] = getattr(health, name)
    doc["clock_skew_s"] = health.clock_skew_s
    return doc


def _parse(fields: Any) -> PlanHealth | None:
    """One plan's entry, or None if any field has the wrong type (a file from elsewhere is not trusted)."""
    if not isinstance(fields, dict):
        return None
    values: dict[str, Any] = {}
    for name in _TIMES:
        raw = fields.get(name)
        if raw is None:
            values[name] = None
            continue
        if not isinstance(raw, str):
            return None
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            return None
        values[name] = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    for name in _TEXTS:
        raw = fields.get(name)
        if raw is not None and not isinstance(raw, str):
            return None
        values[name] = raw[:MAX_REASON] if raw is not None else None
    skew = fields.get("clock_skew_s")
    if skew is not None and (not isinstance(skew, int | float) or isinstance(skew, bool) or not math.isfinite(skew)):
        return None
    values["clock_skew_s"] = float(skew) if skew is not None else None
    return PlanHealth(**values)
