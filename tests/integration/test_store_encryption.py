"""The station database at rest: SQLCipher 4, a key kept away from the data, a safe in-place upgrade."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from kiosk import doctor, keystore, services
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, load_station_config, open_station
from kiosk.store import engine, open_store
from kiosk.store.engine import DatabaseKeyError, Store
from kiosk.store.schema import SCHEMA_HEAD

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"
MARKER_NAME = "Quetzalmarker"  # synthetic, and found nowhere else in a database
MARKER_ID = "LC97531864"
STEPS = ("wal-folded", "exported", "synced", "verified", "linked", "replaced", "checked-in-place", "done")


@pytest.fixture
def own_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A key store of this test's own, so changing the key touches no other test."""
    keys = tmp_path / "keys"
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(keys))
    yield keys


def write_marker_visit(station: Station) -> None:
    """A registration and a check-in through the normal path, carrying the marker name and member ID."""
    form = Registration(
        MARKER_NAME, "Zzyzxtest", date(1984, 2, 29), memberships=(MembershipInput("lacare", MARKER_ID, "yes"),)
    )
    services.register(station, form)
    services.check_in(station, scan=classify(MARKER_ID, station.config), services=["screening"])


def files_of(data: Path) -> list[Path]:
    return [p for p in data.rglob("*") if p.is_file()]


def plain_copy(paths: StationPaths, fixture: str = SCHEMA_HEAD) -> dict[str, int]:
    """A plain database of a released schema (as a station before encryption had it), and its row counts."""
    shutil.copyfile(FIXTURES / f"{fixture}.sqlite", paths.database)
    return counts_plain(paths.database)


def counts_plain(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        names = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'") if "sqlite_" not in r[0]
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def counts_encrypted(db: Path) -> dict[str, int]:
    con = engine.open_connection(db)
    try:
        return engine._row_counts(con)
    finally:
        con.close()


def test_a_copied_database_file_reveals_nothing_without_the_key(station: Station, tmp_path: Path) -> None:
    write_marker_visit(station)
    data = station.paths.data_dir
    wal = Path(f"{station.paths.database}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the check-in's pages are in the WAL now: it must hide them too
    for path in files_of(data):
        raw = path.read_bytes()
        for marker in (MARKER_NAME, MARKER_ID):
            assert marker.encode() not in raw and marker.encode("utf-16-le") not in raw, f"{marker} in {path.name}"
    station.close()
    copy = tmp_path / "copied.db"
    shutil.copyfile(station.paths.database, copy)
    raw = copy.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and MARKER_NAME.encode() not in raw and MARKER_ID.encode() not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(copy).execute("SELECT name FROM sqlite_master").fetchall()
    decrypted = tmp_path / "decrypted.db"  # with the key, the markers are there: the checks above were not vacuous
    con = engine.open_connection(copy)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(decrypted),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    assert MARKER_NAME.encode() in decrypted.read_bytes() and MARKER_ID.encode() in decrypted.read_bytes()


def test_a_wrong_key_is_refused_clearly_and_nothing_is_moved(
    own_keys: Path, paths: StationPaths, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    station = open_station(paths, clock)
    write_marker_visit(station)
    station.close()
    right = keystore.get_secret(engine.DB_KEY_NAME)
    assert right is not None and len(right) == 32
    before = paths.database.read_bytes()
    keystore.set_secret(engine.DB_KEY_NAME, bytes(32))
    with pytest.raises(DatabaseKeyError, match="cannot be decrypted with this station's key") as refused:
        open_station(paths, clock)
    assert str(own_keys) in str(refused.value) and len(str(refused.value).splitlines()) == 1
    capsys.readouterr()
    code = main(["checkin", "--payload", MARKER_ID, "--data-dir", str(paths.data_dir)])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be decrypted" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert paths.database.read_bytes() == before and not paths.quarantine_dir.exists()
    keystore.set_secret(engine.DB_KEY_NAME, right)
    again = open_station(paths, clock)  # the right key back: every record is there
    try:
        assert services.lookup(again, classify(MARKER_ID, again.config)) is not None
    finally:
        again.close()


def test_a_missing_key_is_refused_and_nothing_is_moved(
    own_keys: Path, paths: StationPaths, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_station(paths, clock).close()
    before = paths.database.read_bytes()
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(own_keys.parent / "empty-keys"))
    with pytest.raises(DatabaseKeyError, match=r"encrypted but its key .* is missing from an owner-only file in"):
        open_station(paths, clock)
    assert paths.database.read_bytes() == before and not paths.quarantine_dir.exists()
    assert not (own_keys.parent / "empty-keys").exists()  # a missing key is never replaced by a new one


def test_a_file_neither_plain_nor_decryptable_is_refused_untouched(paths: StationPaths) -> None:
    junk = os.urandom(3 * engine.CIPHER_PAGE)  # what an encrypted file looks like to anyone without its key
    paths.database.write_bytes(junk)
    with pytest.raises(DatabaseKeyError, match="wrong or the file is not a CRC Kiosk database"):
        open_store(paths)
    assert paths.database.read_bytes() == junk and not paths.quarantine_dir.exists()


def test_a_plain_database_is_encrypted_in_place_with_every_row(paths: StationPaths) -> None:
    before = plain_copy(paths)
    assert sum(before.values()) > 50
    paths.backups_dir.mkdir()
    old_backup = paths.backups_dir / "station-0004-20260101T000000Z.db"
    shutil.copyfile(FIXTURES / "0004.sqlite", old_backup)  # a backup an older version made: plain as well
    backup_before = counts_plain(old_backup)
    open_store(paths, full_check=True).close()
    assert counts_encrypted(paths.database) == before
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")
    assert not old_backup.read_bytes().startswith(b"SQLite format 3")
    assert counts_encrypted(old_backup) == backup_before
    leftovers = [p.name for p in files_of(paths.data_dir) if p.name.endswith((".plain", ".encrypting"))]
    assert leftovers == []


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_of_the_encryption_loses_nothing(step: str, paths: StationPaths) -> None:
    before = plain_copy(paths)
    db = str(paths.database)
    script = (
        "import os, sys\n"
        "from kiosk.paths import StationPaths\n"
        "from kiosk.store import engine\n"
        "def crash(name, path):\n"
        f"    if name == {step!r} and str(path) == {db!r}:\n"
        "        os._exit(9)  # no clean-up of any kind, as in a power cut\n"
        "engine._step = crash\n"
        f"engine.open_store(StationPaths.resolve({str(paths.data_dir)!r})).close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr.decode()  # it did die at that step
    store = open_store(paths)  # the next start: redoes or finishes the encryption
    store.close()
    assert counts_encrypted(paths.database) == before
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")
    leftovers = [p.name for p in files_of(paths.data_dir) if p.name.endswith((".plain", ".encrypting"))]
    assert leftovers == []


def test_a_half_written_encrypted_copy_from_a_crash_is_thrown_away(paths: StationPaths) -> None:
    before = plain_copy(paths)
    Path(f"{paths.database}.encrypting").write_bytes(os.urandom(5000))  # the export was cut short
    open_store(paths).close()
    assert counts_encrypted(paths.database) == before


def test_backups_made_before_a_schema_migration_are_encrypted(paths: StationPaths) -> None:
    oldest = sorted(p.stem for p in FIXTURES.glob("*.sqlite"))[0]
    before = plain_copy(paths, oldest)
    open_store(paths).close()
    [backup] = list(paths.backups_dir.glob(f"station-{oldest}-*.db"))
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(backup).execute("SELECT count(*) FROM person").fetchone()
    assert counts_encrypted(backup) == before  # the schema it had, every row it held


def test_doctor_says_encrypted_and_where_the_key_is(station: Station) -> None:
    finding = doctor.check_database(station)
    assert finding.level == doctor.Level.OK
    assert f"encrypted (SQLCipher 4, key in an owner-only file in {os.environ[keystore.KEY_DIR_ENV]})" in finding.detail


def test_doctor_fails_a_plain_database(tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path)
    plain_copy(paths)
    shutil.copyfile(demo_config_file(), paths.config_file)
    ordinary = Store(paths, create_engine(f"sqlite:///{paths.database}"))  # plain SQLite, as before encryption
    clock = ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    station = Station(paths, load_station_config(paths), ordinary, clock)
    try:
        finding = doctor.check_database(station)
    finally:
        ordinary.close()
    assert finding.level == doctor.Level.FAIL and "NOT encrypted" in finding.detail


def test_the_key_store_keeps_an_owner_only_file_outside_the_data_dir(own_keys: Path, paths: StationPaths) -> None:
    open_store(paths).close()
    key_file = own_keys / f"{engine.DB_KEY_NAME}.key"
    assert key_file.exists() and paths.data_dir not in key_file.parents
    if os.name == "posix":
        assert key_file.stat().st_mode & 0o777 == 0o600
    assert keystore.get_or_create_secret(engine.DB_KEY_NAME) == bytes.fromhex(key_file.read_text().strip())
    with pytest.raises(keystore.KeystoreError, match="malformed"):
        key_file.write_text("not hex\n")
        keystore._cache.clear()
        keystore.get_secret(engine.DB_KEY_NAME)


def test_a_plain_database_left_with_its_wal_is_encrypted_with_every_row(paths: StationPaths, tmp_path: Path) -> None:
    """An older version stopped uncleanly: the last check-ins are only in the plain WAL."""
    work = tmp_path / "work.db"
    shutil.copyfile(FIXTURES / f"{SCHEMA_HEAD}.sqlite", work)
    con = sqlite3.connect(work, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE late_note (body TEXT)")
    con.executemany("INSERT INTO late_note VALUES (?)", [(f"note {i}",) for i in range(300)])
    for suffix in ("", "-wal"):  # a crash-consistent copy: the file and its WAL as the power cut left them
        shutil.copyfile(f"{work}{suffix}", f"{paths.database}{suffix}")
    con.close()
    assert Path(f"{paths.database}-wal").stat().st_size > 0
    open_store(paths).close()
    rows = counts_encrypted(paths.database)
    assert rows["late_note"] == 300 and rows == {**counts_plain(work), "late_note": 300}
    raw = b"".join(p.read_bytes() for p in files_of(paths.data_dir))
    assert b"note 299" not in raw


def test_two_processes_starting_together_encrypt_once_and_lose_nothing(paths: StationPaths) -> None:
    """The app and the sync worker may start at the same moment after an upgrade."""
    before = plain_copy(paths)
    script = (
        f"from kiosk.paths import StationPaths\nfrom kiosk.store import open_store\n"
        f"open_store(StationPaths.resolve({str(paths.data_dir)!r})).close()\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE) for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert counts_encrypted(paths.database) == before
    leftovers = [p.name for p in files_of(paths.data_dir) if p.name.endswith((".plain", ".encrypting"))]
    assert leftovers == []
