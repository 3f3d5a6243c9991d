"""The station's SQLite database: opened safely, migrated, one short
transaction per unit of work.

- WAL mode, foreign keys on, a busy timeout, ``synchronous=FULL`` (a check-in
  the visitor saw confirmed survives a power cut; see the checkin_write benchmark).
- SQLite's automatic WAL checkpoint is off: it ran inside a check-in's commit
  and copied a thousand pages (12-25 ms on a large file). ``Store.checkpoint``
  runs when the station is idle, with a safety net every ``CHECKPOINT_EVERY``
  commits so the WAL never grows without bound.
- Write transactions start with ``BEGIN IMMEDIATE`` so two processes (the app
  and the sync worker) queue on the busy timeout instead of failing on a
  stale read snapshot.
- A file that is not a healthy SQLite database is never overwritten: it is
  moved to ``quarantine/`` and the caller is told where.
- Schema changes run through alembic after a backup copy of the file.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DataDirUnwritable,
    DiskFull,
    MigrationFailed,
    StoreError,
)
from kiosk.paths import StationPaths, ensure_writable_dir
from kiosk.store.schema import SCHEMA_HEAD, known_revisions

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CHECKPOINT_EVERY = 500  # commits; about 0.2 % of check-ins pay for a checkpoint


def make_engine(db_path: Path, synchronous: str = "FULL") -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,  # parameters are PHI; never let them reach a log or an exception
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def translate_db_error(error: BaseException, where: Path) -> StoreError:
    """Turn a driver error into one of the core's typed errors (no SQL, no values)."""
    msg = str(getattr(error, "orig", error)).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseLocked(f"the database {where} is locked by another program; try again in a moment")
    if "full" in msg or "no space" in msg:
        return DiskFull(f"the disk holding {where.parent} is full; nothing was saved, free some space")
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return DatabaseCorrupt(f"the database {where} is damaged; run 'crc-kiosk doctor' and call IT")
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg or "permission" in msg:
        return DataDirUnwritable(f"cannot write to {where.parent}; check its permissions")
    if "disk i/o" in msg:
        return DiskFull(f"the disk holding {where.parent} failed to write (full or failing); nothing was saved")
    return StoreError(f"database error on {where}: {type(error).__name__}")


class Store:
    """An open station database. Thread-safe: each unit of work gets its own session."""

    def __init__(self, paths: StationPaths, engine: Engine) -> None:
        self.paths = paths
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._commits = 0
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction (BEGIN IMMEDIATE); committed on success."""
        with self._guard(), self._sessions() as session:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        with self._lock:
            self._commits += 1
            due = self._commits >= CHECKPOINT_EVERY
        if due:
            self.checkpoint()

    def checkpoint(self) -> int:
        """Copy the WAL into the database without blocking readers or writers; call when idle.

        Returns the WAL frames still not copied (0 when the WAL was fully folded in).
        """
        with self._lock:
            self._commits = 0
        with self._guard(), self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").first()
            conn.rollback()
        return 0 if row is None else max(0, int(row[1]) - int(row[2]))

    def integrity_ok(self) -> bool:
        """The full check (reads the whole file: seconds on a large one). For start-up and doctor."""
        with self._guard(), self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA quick_check(1)").first()
            conn.rollback()
        return row is not None and row[0] == "ok"

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent WAL snapshot)."""
        with self._guard(), self._sessions() as session:
            yield session
            session.rollback()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise translate_db_error(error, self.paths.database) from None
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise DiskFull(f"the disk holding {self.paths.data_dir} is full; nothing was saved") from None
            raise

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    paths: StationPaths, *, migrate: bool = True, synchronous: str = "FULL", full_check: bool = False
) -> Store:
    """Open (creating or migrating as needed) the station database.

    Every open checks the header and the schema; ``full_check`` (the app's start,
    a migration) also reads every page, which takes seconds on a large file.
    """
    ensure_writable_dir(paths.data_dir)
    db = paths.database
    existed = db.exists() and db.stat().st_size > 0
    if existed:
        _check_healthy(paths, full=full_check)
    engine = make_engine(db, synchronous=synchronous)
    try:
        current = _current_revision(engine, db)
        if current != SCHEMA_HEAD:
            if current is not None and current not in known_revisions():
                raise MigrationFailed(
                    f"the database {db} has schema version {current}, newer than this version of "
                    "CRC Kiosk knows; install the newer version"
                )
            if not migrate:
                raise MigrationFailed(f"the database {db} needs migrating from {current} to {SCHEMA_HEAD}")
            if existed and not full_check:
                engine.dispose()
                _check_healthy(paths, full=True)  # never migrate a damaged file
            backup = _backup(paths, engine, current) if existed else None
            _upgrade(engine, db, backup)
    except BaseException:
        engine.dispose()
        raise
    return Store(paths, engine)


def _check_healthy(paths: StationPaths, *, full: bool) -> None:
    """The file header and the schema must read; with ``full``, every page too."""
    db = paths.database
    try:
        with db.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DataDirUnwritable(f"cannot read the database {db}: {error.strerror}") from None
    problem = None
    if header != SQLITE_HEADER:
        problem = "it is not an SQLite database"
    else:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                row = con.execute("PRAGMA quick_check(1)").fetchone() if full else ("ok",)
                if row is None or row[0] != "ok":
                    problem = "its integrity check failed"
            finally:
                con.close()
        except sqlite3.DatabaseError as error:
            text_ = str(error).lower()
            if "locked" in text_ or "busy" in text_:
                raise DatabaseLocked(f"the database {db} is locked by another program; try again") from None
            problem = "it cannot be read"
    if problem:
        moved = quarantine(paths)
        raise DatabaseCorrupt(
            f"the database {db} is damaged ({problem}); it was moved to {moved} untouched and a new one "
            "will be made at the next start; call IT to recover records not yet sent"
        )


def quarantine(paths: StationPaths) -> Path:
    """Move the database (and its WAL files) aside; never delete or overwrite it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.quarantine_dir / f"station-{stamp}"
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{paths.database}{suffix}")
        if src.exists():
            os.replace(src, target / src.name)
    return target


def _current_revision(engine: Engine, db: Path) -> str | None:
    try:
        with engine.connect() as conn:
            has_table = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
            if not has_table:
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return None if row is None else str(row[0])
    except exc.DBAPIError as error:
        raise translate_db_error(error, db) from None


def _backup(paths: StationPaths, engine: Engine, revision: str | None) -> Path:
    """A consistent copy (SQLite online backup) before any schema change."""
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups_dir / f"station-{revision or 'empty'}-{stamp}.db"
    free = shutil.disk_usage(paths.backups_dir).free
    if free < paths.database.stat().st_size * 2:
        raise DiskFull(f"not enough free disk in {paths.backups_dir} for a backup before migrating")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    return target


def _upgrade(engine: Engine, db: Path, backup: Path | None) -> None:
    # alembic is imported only here: the everyday open path never loads it.
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from kiosk.paths import migrations_dir

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(migrations_dir()))
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, SCHEMA_HEAD)
            conn.commit()
    except Exception as error:
        where = f"; the copy made before it is {backup}" if backup else ""
        log.error("migration failed: %s", type(error).__name__)
        raise MigrationFailed(f"updating the database {db} failed and was rolled back{where}") from None
