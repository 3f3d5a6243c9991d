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
- The file is encrypted with SQLCipher 4 (page-level AES-256 and HMAC). Every
  connection opens through ``open_connection`` with the station's random 256-bit
  key from ``kiosk.keystore``, used as a raw key (no PBKDF2 on each connection).
  A plain database from an older version is encrypted in place at its next open
  (``_encrypt_in_place``); a key problem never moves or deletes anything.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk import keystore
from kiosk.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DataDirUnwritable,
    DiskFull,
    MigrationFailed,
    StoreError,
)
from kiosk.paths import StationPaths, ensure_writable_dir, fsync_dir, share_with_group
from kiosk.store.schema import SCHEMA_HEAD, known_revisions

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CHECKPOINT_EVERY = 500  # commits; about 0.2 % of check-ins pay for a checkpoint
DB_KEY_NAME = "station-db-key"  # the keystore's name for the database key
CIPHER_PAGE = 4096  # SQLCipher 4's page size: an encrypted file is a whole number of these


class DatabaseKeyError(StoreError):
    """The database is encrypted and this station's key is missing or does not open it.

    Never a reason to set the file aside: the data is fine, the key is what IT must restore.
    Its code stays "store", which the UI already turns into "call IT"."""


def station_key(*, create: bool = False) -> bytes:
    """The station database's key from the keystore; ``create`` makes one for a new or plain database."""
    if create:
        return keystore.get_or_create_secret(DB_KEY_NAME)
    key = keystore.get_secret(DB_KEY_NAME)
    if key is None:
        raise DatabaseKeyError(
            f"the station database is encrypted but its key ({DB_KEY_NAME}) is missing from "
            f"{keystore.describe()}; restore the key (call IT); nothing was changed"
        )
    return key


def open_connection(
    db: Path,
    *,
    key: bytes | None = None,
    read_only: bool = False,
    timeout_s: float = BUSY_TIMEOUT_MS / 1000,
    check_same_thread: bool = True,
) -> sqlcipher.Connection:
    """THE way to open the station database (or a backup of it): SQLCipher 4 with the raw key.

    ``key`` defaults to the station's key from the keystore. Keying reads nothing: a wrong
    key shows at the first read (``verify_key``)."""
    secret = station_key() if key is None else key
    target = f"file:{Path(db).as_posix()}?mode=ro" if read_only else str(db)
    con = sqlcipher.connect(target, uri=read_only, timeout=timeout_s, check_same_thread=check_same_thread)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # its errors are ours to report, once, not on stderr
        con.execute(f"PRAGMA key = \"x'{secret.hex()}'\"")
        con.execute("PRAGMA cipher_compatibility = 4")  # pinned: a later SQLCipher's defaults must still open it
    except BaseException:
        con.close()
        raise
    return con


def verify_key(con: sqlcipher.Connection) -> None:
    """Read page 1 (the header alone): raises SQLITE_NOTADB when the key does not decrypt it."""
    con.execute("PRAGMA user_version").fetchone()


def make_engine(db_path: Path, synchronous: str = "FULL", key: bytes | None = None) -> Engine:
    secret = station_key() if key is None else key

    def _connect() -> sqlcipher.Connection:
        return open_connection(db_path, key=secret, check_same_thread=False)

    engine = create_engine(
        f"sqlite:///{db_path}",  # names the file (and picks a file's pool); the creator opens it
        creator=_connect,
        module=sqlcipher,  # so SQLAlchemy recognises (and wraps) the driver's own exception classes
        hide_parameters=True,  # parameters are PHI; never let them reach a log or an exception
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher.Connection, _record: Any) -> None:
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

    def cipher(self) -> str | None:
        """SQLCipher's version when the file on disk is encrypted, else None (a plain file, for doctor)."""
        with self.paths.database.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                return None
        with self._guard(), self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA cipher_version").first()
            conn.rollback()
        return None if row is None or not row[0] else str(row[0])

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
    """Open (creating, encrypting or migrating as needed) the station database.

    Every open checks the header, the key and the schema; ``full_check`` (the app's
    start, a migration) also reads every page, which takes seconds on a large file.
    """
    ensure_writable_dir(paths.data_dir)
    # One process at a time from the first look at the file to the last migration: the app and the
    # sync worker may start together after an upgrade, and SQLite's busy timeout does not cover
    # one of them switching a freshly encrypted file to WAL while the other reads it.
    with _exclusive(paths.data_dir / "station.db.lock"):
        return _open_store_locked(paths, migrate=migrate, synchronous=synchronous, full_check=full_check)


def _open_store_locked(paths: StationPaths, *, migrate: bool, synchronous: str, full_check: bool) -> Store:
    db = paths.database
    existed = db.exists() and db.stat().st_size > 0
    if not existed:
        _refuse_to_start_empty(paths)
    if existed:
        plain = _check_healthy(paths, full=full_check)
        if plain or _aside(db).exists():
            if plain and not migrate:
                raise MigrationFailed(f"the database {db} is not encrypted yet; open the station once to encrypt it")
            if plain and not full_check:
                _check_healthy(paths, full=True)  # never encrypt a damaged file
            _encrypt_in_place(paths)
    key = station_key(create=not existed)
    engine = make_engine(db, synchronous=synchronous, key=key)
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
            backup = _backup(paths, engine, current, key) if existed else None
            _upgrade(engine, db, backup)
    except BaseException:
        engine.dispose()
        raise
    for name in (db.name, f"{db.name}-wal", f"{db.name}-shm"):
        share_with_group(db.with_name(name))
    return Store(paths, engine)


def _check_healthy(paths: StationPaths, *, full: bool) -> bool:
    """The header, the key and the schema must read; with ``full``, every page too.

    Returns True for a plain (not yet encrypted) SQLite file. A damaged file is set
    aside (``quarantine``); a key problem (missing key, or a whole number of pages
    that the key does not decrypt) raises ``DatabaseKeyError`` and moves nothing.
    """
    db = paths.database
    try:
        with db.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        size = db.stat().st_size
    except OSError as error:
        raise DataDirUnwritable(f"cannot read the database {db}: {error.strerror}") from None
    plain = header == SQLITE_HEADER
    if not plain and (size < CIPHER_PAGE or size % CIPHER_PAGE):
        _set_aside(paths, "it is neither an SQLite nor an encrypted database")
    problem = None
    try:
        con = _open_plain(db, read_only=True) if plain else open_connection(db, read_only=True)
        try:
            _check_key(con, db, plain=plain)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = con.execute("PRAGMA quick_check(1)").fetchone() if full else ("ok",)
            if row is None or row[0] != "ok":
                problem = "its integrity check failed"
        finally:
            con.close()
    except sqlcipher.DatabaseError as error:
        text_ = str(error).lower()
        if "locked" in text_ or "busy" in text_:
            raise DatabaseLocked(f"the database {db} is locked by another program; try again") from None
        problem = "it cannot be read"
    if problem:
        _set_aside(paths, problem)
    return plain


def _check_key(con: sqlcipher.Connection, db: Path, *, plain: bool) -> None:
    try:
        verify_key(con)
    except sqlcipher.DatabaseError as error:
        if plain or getattr(error, "sqlite_errorname", "") != "SQLITE_NOTADB":
            raise
        raise DatabaseKeyError(
            f"the database {db} cannot be decrypted with this station's key (kept in {keystore.describe()}): "
            "the key is wrong or the file is not a CRC Kiosk database; nothing was changed, call IT"
        ) from None


def _set_aside(paths: StationPaths, problem: str) -> None:
    moved = quarantine(paths)
    (moved / SET_ASIDE_NOTE).write_text(f"set aside because {problem}\n", encoding="utf-8")
    raise DatabaseCorrupt(
        f"the database {paths.database} is damaged ({problem}); it was moved to {moved} untouched; "
        "the station will not start with an empty one until IT runs 'crc-kiosk recover --start-empty'"
    )


SET_ASIDE_NOTE = "SET-ASIDE.txt"  # in a quarantine folder: why the database there was moved
ACCEPTED_NOTE = "ACCEPTED.txt"  # IT chose to start with an empty database after that one


def unaccepted_set_asides(paths: StationPaths) -> list[Path]:
    """Quarantine folders of damaged databases nobody has decided about yet (oldest first)."""
    if not paths.quarantine_dir.is_dir():
        return []
    return sorted(d for d in paths.quarantine_dir.iterdir()
                  if (d / SET_ASIDE_NOTE).exists() and not (d / ACCEPTED_NOTE).exists())


def accept_starting_empty(paths: StationPaths, who: str) -> list[Path]:
    """IT's decision: the next start makes a new, empty database; the damaged ones stay where they are."""
    pending = unaccepted_set_asides(paths)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for folder in pending:
        (folder / ACCEPTED_NOTE).write_text(f"start empty accepted at {stamp} by {who}\n", encoding="utf-8")
    return pending


def _refuse_to_start_empty(paths: StationPaths) -> None:
    """A station whose database was set aside as damaged never quietly starts over with an empty one:
    its unsent records are in that file, and only IT may decide to go on without them."""
    pending = unaccepted_set_asides(paths)
    if pending:
        raise DatabaseCorrupt(
            f"this station's database was set aside as damaged ({pending[-1]}); it will not start with an empty "
            "one until IT saves that folder and runs 'crc-kiosk recover --start-empty'"
        )


def quarantine(paths: StationPaths) -> Path:
    """Move the database (and its WAL files) aside; never delete or overwrite it.

    Only for a file proven damaged: never for a key problem (``DatabaseKeyError``)."""
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


def _backup(paths: StationPaths, engine: Engine, revision: str | None, key: bytes) -> Path:
    """A consistent copy (SQLite online backup) before any schema change, encrypted with the same key."""
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups_dir / f"station-{revision or 'empty'}-{stamp}.db"
    free = shutil.disk_usage(paths.backups_dir).free
    if free < paths.database.stat().st_size * 2:
        raise DiskFull(f"not enough free disk in {paths.backups_dir} for a backup before migrating")
    raw = engine.raw_connection()
    try:
        dest = open_connection(target, key=key)
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


# --- Encrypting a plain database from an older version, in place -------------------------------
#
# For each file (the backups first, then the database): fold its WAL in, export an encrypted
# copy beside it (``<file>.encrypting``), fsync it, check it (integrity, row counts), hard-link
# the plain file aside (``<file>.plain``), swap the copy in (an atomic rename), check it again
# in place, and only then drop the plain file. A crash at any point leaves the plain file at
# its name (the next start redoes it) or the checked encrypted one (the next start drops the
# plain link). ``_step`` names each point; the crash tests stop the process there.


def _step(name: str, path: Path) -> None:
    """A point in encrypting ``path`` where a crash must lose nothing (the tests crash here)."""


def _aside(path: Path) -> Path:
    return Path(f"{path}.plain")


def _is_plain(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _open_plain(db: Path, *, read_only: bool = False) -> sqlcipher.Connection:
    """A legacy plain file, only to check it and encrypt it: nothing else reads a plain database."""
    target = f"file:{Path(db).as_posix()}?mode=ro" if read_only else str(db)
    con = sqlcipher.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    con.execute("PRAGMA cipher_log_level = NONE")
    return con


def _encrypt_in_place(paths: StationPaths) -> None:
    """Under ``open_store``'s lock: no other process reads the file while it is swapped."""
    key = station_key(create=True)
    try:
        backups = sorted(paths.backups_dir.glob("*.db")) if paths.backups_dir.is_dir() else []
        for backup in backups:  # backups of a plain database are as plain: encrypted first
            _encrypt_file(backup, key)
        _encrypt_file(paths.database, key)
    except sqlcipher.DatabaseError as error:
        raise translate_db_error(error, paths.database) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull(f"the disk holding {paths.data_dir} is full; the database stays as it was") from None
        raise StoreError(f"encrypting the database {paths.database} failed: {error.strerror}") from None
    log.info("station database encrypted in place")


def _encrypt_file(path: Path, key: bytes) -> None:
    aside = _aside(path)
    if not _is_plain(path):
        if aside.exists():  # a crash after the swap: the encrypted file is in place; check it, then finish
            _verify_copy(path, key, _row_counts_of(aside))
            aside.unlink()
            fsync_dir(path.parent)
        return
    tmp = Path(f"{path}.encrypting")
    for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), aside):
        leftover.unlink(missing_ok=True)  # left by a crash before the swap: the plain file is still in place
    src = _open_plain(path)
    try:
        # Fold the WAL in and drop it: a stale plain WAL must never meet the encrypted file.
        mode = src.execute("PRAGMA journal_mode=DELETE").fetchone()
        if mode is None or str(mode[0]).lower() != "delete":
            raise DatabaseLocked(f"the database {path} is open in another program; close it and start again")
        _step("wal-folded", path)
        counts = _row_counts(src)
        version = int(src.execute("PRAGMA user_version").fetchone()[0])
        src.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), f"x'{key.hex()}'"))
        src.execute("SELECT sqlcipher_export('encrypted')")
        src.execute(f"PRAGMA encrypted.user_version = {version}")
        src.execute("DETACH DATABASE encrypted")
    finally:
        src.close()
    _step("exported", path)
    _fsync_file(tmp)
    _step("synced", path)
    _verify_copy(tmp, key, counts)
    _step("verified", path)
    try:
        os.link(path, aside)  # the plain file stays reachable until the encrypted one is checked in place
    except OSError:
        shutil.copy2(path, aside)  # a file system without hard links
    fsync_dir(path.parent)
    _step("linked", path)
    Path(f"{path}-shm").unlink(missing_ok=True)  # the plain file's; no WAL is left to need it
    os.replace(tmp, path)
    fsync_dir(path.parent)
    _step("replaced", path)
    try:
        _verify_copy(path, key, counts)
    except MigrationFailed:
        os.replace(aside, path)  # put the plain file back; the next start tries again
        fsync_dir(path.parent)
        raise
    _step("checked-in-place", path)
    aside.unlink()
    fsync_dir(path.parent)
    _step("done", path)


def _row_counts(con: sqlcipher.Connection) -> dict[str, int]:
    names = [
        str(r[0])
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {name: int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _row_counts_of(plain: Path) -> dict[str, int]:
    con = _open_plain(plain, read_only=True)
    try:
        return _row_counts(con)
    finally:
        con.close()


def _verify_copy(path: Path, key: bytes, expected: dict[str, int]) -> None:
    """The encrypted file opens with the key, passes integrity_check and holds every row."""
    problem = ""
    try:
        con = open_connection(path, key=key)
        try:
            verify_key(con)
            row = con.execute("PRAGMA integrity_check(1)").fetchone()
            if row is None or row[0] != "ok":
                problem = "its integrity check failed"
            elif _row_counts(con) != expected:
                problem = "rows are missing"
        finally:
            con.close()
    except sqlcipher.DatabaseError as error:
        problem = f"it cannot be read ({type(error).__name__})"
    if problem:
        raise MigrationFailed(f"encrypting {path} failed its check ({problem}); the plain file was kept as it was")


def _fsync_file(path: Path) -> None:
    with path.open("r+b") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def _exclusive(lock_file: Path) -> Iterator[None]:
    """One process at a time; blocks until the other has let go."""
    try:
        fh = lock_file.open("a+b")
    except OSError as error:  # made by another account before the data dir was shared with the group
        raise DataDirUnwritable(f"cannot open {lock_file}: {error.strerror}; check its owner and permissions") from None
    with fh:
        share_with_group(lock_file)  # the station's other users must be able to take it too
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)  # msvcrt locks from the position: always the first byte
            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError as error:  # LK_LOCK gives up after ten tries a second apart: a long migration
                    if error.errno != errno.EDEADLOCK:
                        raise
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            yield  # closing the file releases the lock
