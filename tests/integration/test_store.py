"""The station database: pragmas, corruption, locks, full disks and migrations."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from kiosk import services, staff
from kiosk.clock import ManualClock
from kiosk.errors import DatabaseCorrupt, DatabaseLocked, DataDirUnwritable, DiskFull, MigrationFailed
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store import audit, engine, open_store
from kiosk.store.models import Person, Visit
from kiosk.store.schema import SCHEMA_HEAD, SCHEMA_REVISIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"


def test_pragmas_wal_foreign_keys_busy_timeout_and_full_sync(station: Station) -> None:
    with station.store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == engine.BUSY_TIMEOUT_MS


def test_a_file_that_is_not_a_database_is_set_aside_untouched(paths: StationPaths) -> None:
    junk = b"this is not a database, but it is somebody's file" * 100
    paths.database.write_bytes(junk)
    with pytest.raises(DatabaseCorrupt, match="moved to"):
        open_store(paths)
    moved = list(paths.quarantine_dir.rglob("station.db"))
    assert len(moved) == 1 and moved[0].read_bytes() == junk
    assert not paths.database.exists()
    with pytest.raises(DatabaseCorrupt, match="recover --start-empty"):
        open_store(paths)  # never quietly empty: its unsent records are in that file
    assert not paths.database.exists()
    assert engine.accept_starting_empty(paths, "IT (test)") == [moved[0].parent]
    open_store(paths).close()  # IT decided: the next start makes a fresh one
    assert engine.unaccepted_set_asides(paths) == [] and moved[0].read_bytes() == junk


def test_a_damaged_database_is_detected_and_never_overwritten(station: Station, paths: StationPaths) -> None:
    for i in range(30):
        services.check_in(station, scan=classify(f"LC3{i:07d}", station.config), services=["screening"])
    station.close()
    con = engine.open_connection(paths.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(paths.database.read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\xa5" * 200  # scribble over a b-tree page
    paths.database.write_bytes(bytes(raw))
    store = open_store(paths)  # the everyday open reads the header and schema only
    assert not store.integrity_ok()
    store.close()
    with pytest.raises(DatabaseCorrupt):
        open_store(paths, full_check=True)  # the app's start reads every page
    moved = next(paths.quarantine_dir.rglob("station.db"))
    assert moved.read_bytes() == bytes(raw)


def test_a_data_dir_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirUnwritable, match="cannot write"):
        open_store(StationPaths.resolve(blocker / "data"))


def test_a_locked_database_says_so_and_loses_nothing(
    station: Station, paths: StationPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    station.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    store = open_store(paths)
    other = engine.open_connection(paths.database)
    other.execute("BEGIN EXCLUSIVE")
    try:
        st = Station(paths, station.config, store, station.clock)
        with pytest.raises(DatabaseLocked, match="locked"):
            services.check_in(st, scan=classify("LC10000002", station.config), services=["screening"])
    finally:
        other.rollback()
        other.close()
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Visit)).scalar() == 1
    store.close()


def test_a_full_disk_says_so_and_keeps_what_was_stored(station: Station) -> None:
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    eng = station.store.engine
    with station.store.read() as s:
        pages = int(s.execute(text("PRAGMA page_count")).scalar_one())
    eng.dispose()

    @event.listens_for(eng, "connect")
    def _cap(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(DiskFull, match="full"):
        for i in range(200):  # fill the last free pages, then one more
            services.check_in(station, scan=classify(f"BSP4{i:08d}", station.config), services=["screening"])
    with station.store.read() as s:
        assert s.execute(select(func.count()).select_from(Visit)).scalar_one() >= 1
        assert audit.verify(s).ok


def test_schema_head_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kiosk.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == SCHEMA_HEAD
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(SCHEMA_REVISIONS)


def test_every_released_schema_has_a_fixture() -> None:
    assert sorted(p.stem for p in FIXTURES.glob("*.sqlite")) == sorted(SCHEMA_REVISIONS)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_migrates_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path)
    shutil.copyfile(fixture, paths.database)
    con = sqlite3.connect(paths.database)
    people, visits = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("person", "visit"))
    con.close()
    store = open_store(paths)
    with store.read() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert s.execute(select(func.count()).select_from(Person)).scalar() == people
        assert s.execute(select(func.count()).select_from(Visit)).scalar() == visits
        assert audit.verify(s).ok
    store.close()
    assert people > 0 and visits > 0


def _staff_count(con: sqlite3.Connection) -> int | None:
    has = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'staff_member'").fetchone()
    return con.execute("SELECT count(*) FROM staff_member").fetchone()[0] if has else None


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_keeps_or_gains_staff_accounts(fixture: Path, tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path)
    shutil.copyfile(fixture, paths.database)
    shutil.copyfile(demo_config_file(), paths.config_file)
    con = sqlite3.connect(paths.database)
    before = _staff_count(con)
    con.close()
    st = open_station(paths, ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC)))
    try:
        kept = staff.list_staff(st, include_inactive=True)
        assert len(kept) == (before or 0)
        if before is not None:  # a database made with staff accounts: their PINs still work after the upgrade
            assert before > 0 and staff.verify_pin(st, "2468") is not None
        member = staff.add_staff(st, "Test Desk", "front_desk", "4826")
        assert staff.verify_pin(st, "4826") == member
        with st.store.read() as s:
            assert audit.verify(s).ok
    finally:
        st.close()
    if fixture.stem != SCHEMA_HEAD:
        assert list(paths.backups_dir.glob(f"station-{fixture.stem}-*.db"))  # backed up before migrating


def test_a_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path)
    con = sqlite3.connect(paths.database)  # an old file with data and no schema version
    con.execute("CREATE TABLE legacy_note (body TEXT)")
    con.execute("INSERT INTO legacy_note VALUES ('keep me')")
    con.commit()
    con.close()
    open_store(paths).close()
    backups = list(paths.backups_dir.glob("station-empty-*.db"))
    assert len(backups) == 1
    assert engine.open_connection(backups[0]).execute("SELECT body FROM legacy_note").fetchone() == ("keep me",)


def test_a_failed_migration_rolls_back_and_names_the_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = StationPaths.resolve(tmp_path)
    con = sqlite3.connect(paths.database)
    con.execute("CREATE TABLE legacy_note (body TEXT)")
    con.commit()
    con.close()
    from alembic import command

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("simulated failure half way")

    monkeypatch.setattr(command, "upgrade", boom)
    with pytest.raises(MigrationFailed, match="rolled back; the copy made before it is"):
        open_store(paths)
    tables = {r[0] for r in engine.open_connection(paths.database).execute("SELECT name FROM sqlite_master")}
    assert tables == {"legacy_note"}


def test_a_database_from_a_newer_version_is_refused(paths: StationPaths) -> None:
    open_store(paths).close()
    con = engine.open_connection(paths.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(MigrationFailed, match="newer"):
        open_store(paths)


def test_config_is_checked_before_the_database_is_touched(paths: StationPaths) -> None:
    paths.config_file.write_text("[site]\n", encoding="utf-8")
    from kiosk.errors import ConfigError

    with pytest.raises(ConfigError, match=r"site\.code: missing"):
        open_station(paths)
    assert not paths.database.exists()


def test_registration_and_visit_survive_reopening(station: Station, paths: StationPaths) -> None:
    from kiosk.domain.people import Registration

    person = services.register(station, Registration("Ana", "Reyes", date(1990, 1, 1)))
    services.check_in(station, person_id=person.person_id, services=["screening"])
    station.close()
    again = open_station(paths, station.clock)
    try:
        assert services.lookup_any_person(again)
        with again.store.read() as s:
            assert s.execute(select(func.count()).select_from(Visit)).scalar() == 1
    finally:
        again.close()


def test_checkpoints_run_when_asked_and_as_a_safety_net(
    station: Station, paths: StationPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with station.store.read() as s:
        assert s.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0  # never inside a check-in's commit
    wal = Path(f"{paths.database}-wal")
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    assert station.store.checkpoint() == 0  # every frame copied into the database file
    monkeypatch.setattr(engine, "CHECKPOINT_EVERY", 3)
    calls: list[int] = []
    real = station.store.checkpoint

    def counting() -> int:
        calls.append(1)
        return real()

    monkeypatch.setattr(station.store, "checkpoint", counting)
    for i in range(7):
        services.check_in(station, scan=classify(f"LC5{i:07d}", station.config), services=["screening"])
    assert len(calls) == 2 and wal.exists()


@pytest.mark.parametrize("revision", [r for r in SCHEMA_REVISIONS if r < "0004"])
def test_people_stored_before_the_search_index_are_found_after_the_upgrade(revision: str, tmp_path: Path) -> None:
    from kiosk import search

    paths = StationPaths.resolve(tmp_path)
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", paths.database)
    shutil.copyfile(demo_config_file(), paths.config_file)
    con = sqlite3.connect(paths.database)
    people = con.execute("SELECT count(*) FROM person WHERE last_name IS NOT NULL").fetchone()[0]
    con.close()
    st = open_station(paths, ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC)))
    try:
        with st.store.read() as s:
            indexed = s.execute(text("SELECT count(DISTINCT person_id) FROM person_search")).scalar_one()
        assert people > 0 and indexed >= people  # back-filled in the migration, named or not
        hits = search.search_people(st, "cruz jose")  # the demo's José de la Cruz
        assert [(h.first_name, h.last_name) for h in hits] == [("José", "de la Cruz")]
    finally:
        st.close()
