"""The audit trail: append-only, each entry chaining the previous entry's hash.

Entries say who did what to which record; they carry no names, IDs or health data.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kiosk.store.models import AuditEntry

GENESIS = "0" * 64


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    body = json.dumps(
        [
            entry.id,
            entry.at.isoformat(),
            entry.site_code,
            entry.station_id,
            entry.staff_id,
            entry.action,
            entry.record_type,
            entry.record_id,
            prev_hash,
        ],
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    site_code: str,
    station_id: str,
    staff_id: str | None,
    action: str,
    record_type: str | None = None,
    record_id: str | None = None,
) -> AuditEntry:
    conn = session.connection()
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
    prev_hash = prev or GENESIS
    entry = AuditEntry(
        id=str(uuid.uuid4()),
        at=at,
        site_code=site_code,
        station_id=station_id,
        staff_id=staff_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = _digest(prev_hash, entry)
    # A Core insert, written at once: the next entry's read of the last hash needs no ORM flush.
    table = AuditEntry.__table__
    conn.execute(insert(AuditEntry), [{c.key: getattr(entry, c.key) for c in table.columns if c.key != "seq"}])
    return entry


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str | None = None


def verify(session: Session) -> AuditCheck:
    """Walk the chain; report the first altered, inserted or missing entry."""
    prev_hash = GENESIS
    expected_seq: int | None = None
    count = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        count += 1
        if expected_seq is not None and entry.seq != expected_seq:
            return AuditCheck(False, count, expected_seq, "entry missing")
        if entry.prev_hash != prev_hash:
            return AuditCheck(False, count, entry.seq, "chain broken (an entry before it was removed or changed)")
        if _digest(prev_hash, entry) != entry.hash:
            return AuditCheck(False, count, entry.seq, "entry altered")
        prev_hash = entry.hash
        expected_seq = entry.seq + 1
    return AuditCheck(True, count)
