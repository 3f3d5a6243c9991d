"""What the plan API stand-in has accepted: its own SQLite file, written before any answer is sent."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

DB_FILENAME = "plan-sim.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan TEXT NOT NULL,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    times_received INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan, key)
);
CREATE TABLE IF NOT EXISTS idempotency (
    plan TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    keys TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (plan, idempotency_key)
);
"""

Outcome = Literal["created", "duplicate", "conflict"]


def canonical_text(value: Any) -> str:
    """One JSON text per value, whatever its key order or spacing: what is hashed and what is stored."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_hash(value: Any) -> str:
    return hashlib.sha256(canonical_text(value).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Accepted:
    outcome: Outcome
    record_id: int
    stored_type: str


class SimStore:
    """One connection, serialised by a lock; every write is one ``BEGIN IMMEDIATE`` transaction."""

    def __init__(self, db_path: Path, now: Callable[[], datetime] | None = None) -> None:
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.db_path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        # Every write still commits before the answer leaves, and a commit survives the stand-in's process
        # being killed; only a power cut of the test machine could lose the last ones. Not worth an fsync
        # per request in a test stand-in: the benchmarks would measure this disk, not the sync.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self._db, self._now().isoformat(timespec="microseconds"))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def dump(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT plan, key, type, received_at, times_received FROM records ORDER BY id"
            ).fetchall()
        return [{"plan": p, "key": k, "type": t, "received_at": at, "times_received": n} for p, k, t, at, n in rows]

    def payload(self, plan: str, key: str) -> Any:
        with self._lock:
            row = self._db.execute("SELECT payload FROM records WHERE plan = ? AND key = ?", (plan, key)).fetchone()
        return None if row is None else json.loads(row[0])


class Tx:
    """The operations of one transaction (the store's lock is held)."""

    def __init__(self, db: sqlite3.Connection, now: str) -> None:
        self._db = db
        self.now = now

    def accept(self, plan: str, key: str, type_: str, payload: Any) -> Accepted:
        return self.accept_many(plan, [(key, type_, payload)])[0]

    def accept_many(self, plan: str, records: Sequence[tuple[str, str, Any]]) -> list[Accepted]:
        """Store each (key, type, payload) once, in order; one outcome each. The same key again is the same
        record (a replay, or the same visit from another station of the site): the first version stands
        and the receipt is counted. Only a key naming a record of another type is a conflict.

        A batch costs one lookup of the keys already held, one multi-row insert and one multi-row update
        (not two statements per record), and each payload is serialised once, for its hash and its row."""
        keys = json.dumps([key for key, _, _ in records])
        held: dict[str, tuple[int, str]] = {
            str(key): (int(record_id), str(type_))
            for key, record_id, type_ in self._db.execute(
                "SELECT key, id, type FROM records WHERE plan = ? AND key IN (SELECT value FROM json_each(?))",
                (plan, keys),
            )
        }
        # The ids AUTOINCREMENT would give (never reused): the store's lock and BEGIN IMMEDIATE make this the
        # only writer, so they can be set here and the created records' ids answered without a round trip each.
        row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'records'").fetchone()
        last_id = int(row[0]) if row else 0
        inserts: list[tuple[int, str, str, str, str, str, str]] = []
        receipts: list[tuple[int]] = []
        out: list[Accepted] = []
        for key, type_, payload in records:
            seen = held.get(key)
            if seen is None:
                text = canonical_text(payload)
                last_id += 1
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                inserts.append((last_id, plan, key, type_, digest, text, self.now))
                held[key] = (last_id, type_)
                out.append(Accepted("created", last_id, type_))
            elif seen[1] != type_:
                out.append(Accepted("conflict", seen[0], seen[1]))
            else:
                # Another version of the same record: the first stands, as with FHIR's conditional create.
                receipts.append((seen[0],))
                out.append(Accepted("duplicate", seen[0], seen[1]))
        self._db.executemany(
            "INSERT INTO records (id, plan, key, type, payload_hash, payload, received_at, times_received)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
            inserts,
        )
        self._db.executemany("UPDATE records SET times_received = times_received + 1 WHERE id = ?", receipts)
        return out

    def count_replay(self, plan: str, keys: list[str]) -> None:
        self._db.executemany(
            "UPDATE records SET times_received = times_received + 1 WHERE plan = ? AND key = ?",
            [(plan, key) for key in keys],
        )

    def find_idempotent(self, plan: str, idempotency_key: str) -> tuple[str, Any, list[str]] | None:
        row = self._db.execute(
            "SELECT body_hash, response, keys FROM idempotency WHERE plan = ? AND idempotency_key = ?",
            (plan, idempotency_key),
        ).fetchone()
        if row is None:
            return None
        return str(row[0]), json.loads(row[1]), list(json.loads(row[2]))

    def remember_idempotent(
        self, plan: str, idempotency_key: str, body_hash: str, response: Any, keys: list[str]
    ) -> None:
        self._db.execute(
            "INSERT INTO idempotency (plan, idempotency_key, body_hash, response, keys, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (plan, idempotency_key, body_hash, json.dumps(response), json.dumps(keys), self.now),
        )
