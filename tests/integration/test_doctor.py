"""`crc-kiosk doctor`: each broken part of a station gets its own clear line, and the exit code says so."""

from __future__ import annotations

import io
import json
import re
import shutil
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from material.keyring_memory import MemoryKeyring

from kiosk import keystore
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import SITE_LINK_SECRET, Config, parse_config
from kiosk.doctor import Finding, Level, check_site_link
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import open_station
from sync.auth import SERVICE
from sync.plan_sim import PlanSim
from sync.site_link.server import RoomLinkServer

KEY = "fake-doctor-api-key-31"


@pytest.fixture
def secrets() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def make_station(tmp_path: Path, sim: PlanSim, *, camera: str = '"none"') -> Path:
    data = tmp_path / "station"
    assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
    config = data / "station.toml"
    text = re.sub(r"(?m)^camera = .*$", f"camera = {camera}", config.read_text(encoding="utf-8"))
    config.write_text(text, encoding="utf-8")
    return data


def doctor(data: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, dict[str, str]]]:
    capsys.readouterr()
    code = main(["doctor", "--json", "--data-dir", str(data), *extra])
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] == (code == 0)
    return code, {c["check"]: c for c in doc["checks"]}


def test_a_healthy_station_passes_and_names_every_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with PlanSim(tmp_path / "sim.db") as sim:
        data = make_station(tmp_path, sim)
        code, checks = doctor(data, capsys)
    assert code == 0
    assert {"configuration", "disk", "database", "audit trail", "queue", "camera", "scanner", "printer",
            "plan lacare", "plan bscpromise", "clock"} <= set(checks)
    assert checks["database"]["level"] == "ok" and "integrity ok" in checks["database"]["detail"]
    assert checks["plan lacare"]["level"] == "ok" and "reachable" in checks["plan lacare"]["detail"]
    assert checks["clock"]["level"] == "ok"
    assert checks["camera"]["level"] == "skip"
    # The table for reading aloud: one line per check, a verdict at the end.
    capsys.readouterr()
    assert main(["doctor", "--data-dir", str(data)]) == 1  # the stand-in is gone now: the plans fail
    table = capsys.readouterr().out.splitlines()
    assert any(re.match(r"^FAIL\s+plan lacare\s+unreachable", line) for line in table)
    assert table[-1] == "Something needs fixing (FAIL above)."


def test_a_tampered_audit_trail_is_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.paths import StationPaths
    from kiosk.station import open_station
    from kiosk.store.models import AuditEntry

    with PlanSim(tmp_path / "sim.db") as sim:
        data = make_station(tmp_path, sim)
        code, checks = doctor(data, capsys)
        assert checks["audit trail"]["level"] == "ok" and "chain intact" in checks["audit trail"]["detail"]
        station = open_station(StationPaths.resolve(data))
        with station.store.write() as session:  # someone edits an entry with the key in hand
            session.execute(AuditEntry.__table__.update().where(AuditEntry.seq == 3).values(action="nothing.here"))
        station.close()
        code, checks = doctor(data, capsys)
    assert code == 1
    assert checks["audit trail"]["level"] == "fail" and checks["audit trail"]["detail"].startswith("entry 3: ")
    assert [c for c, f in checks.items() if f["level"] == "fail"] == ["audit trail"]


def test_a_pulled_camera_is_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with PlanSim(tmp_path / "sim.db") as sim:
        data = make_station(tmp_path, sim, camera="9")
        code, checks = doctor(data, capsys)
    assert code == 1
    assert checks["camera"]["level"] == "fail"
    assert checks["camera"]["detail"].startswith("device 9: not found")
    assert [c for c, f in checks.items() if f["level"] == "fail"] == ["camera"]


def test_a_full_disk_is_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with PlanSim(tmp_path / "sim.db") as sim:
        data = make_station(tmp_path, sim)
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: (64_000_000_000, 63_990_000_000, 10_000_000))
        code, checks = doctor(data, capsys)
    assert code == 1
    assert checks["disk"]["level"] == "fail" and "disk full" in checks["disk"]["detail"]
    assert [c for c, f in checks.items() if f["level"] == "fail"] == ["disk"]


def test_bad_credentials_are_their_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], secrets: MemoryKeyring
) -> None:
    with PlanSim(tmp_path / "sim.db", api_keys={"bscpromise": KEY}) as sim:
        data = make_station(tmp_path, sim)
        config = data / "station.toml"
        text = config.read_text(encoding="utf-8").replace(
            '/json/bscpromise", auth = "none"', '/json/bscpromise", auth = "api_key", credential = "bsp-key"'
        )
        config.write_text(text, encoding="utf-8")
        code, checks = doctor(data, capsys)
        assert code == 1 and checks["plan bscpromise"]["detail"] == (
            "credential 'bsp-key' is missing from the OS credential store (crc-kiosk)"
        )
        secrets.set_password(SERVICE, "bsp-key", "not-the-key")
        code, checks = doctor(data, capsys)
        assert code == 1
        refused = "reachable, but credentials refused (401): check credential 'bsp-key'"
        assert checks["plan bscpromise"]["detail"] == refused
        assert checks["plan lacare"]["level"] == "ok"
        assert "not-the-key" not in json.dumps(checks)
        secrets.set_password(SERVICE, "bsp-key", KEY)
        code, checks = doctor(data, capsys)
        assert code == 0 and "credentials accepted" in checks["plan bscpromise"]["detail"]
        assert checks["credential store"]["level"] == "ok"


def test_a_wrong_clock_is_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with PlanSim(tmp_path / "sim.db", now=lambda: datetime.now(UTC) + timedelta(minutes=12)) as sim:
        data = make_station(tmp_path, sim)
        code, checks = doctor(data, capsys)
    assert code == 1
    assert checks["clock"]["level"] == "fail"
    assert re.fullmatch(r"this station is 12 min behind plan \w+'s: set the time", checks["clock"]["detail"])
    assert [c for c, f in checks.items() if f["level"] == "fail"] == ["clock"]


def test_a_test_scan_is_classified_and_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with PlanSim(tmp_path / "sim.db") as sim:
        data = make_station(tmp_path, sim)
        monkeypatch.setattr("sys.stdin", io.StringIO("LC10000001\n"))
        _, checks = doctor(data, capsys, "--scan-wait", "5")
        assert checks["scanner"]["level"] == "ok"
        assert "LC10000001" not in checks["scanner"]["detail"] and "member" in checks["scanner"]["detail"]
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        _, checks = doctor(data, capsys, "--scan-wait", "0.2")
        assert checks["scanner"]["level"] == "fail" and checks["scanner"]["detail"].startswith("no scan")


# --- the site link: child care kept by the site's child-care station ------------------------------

LINK = '\n[site_link]\nroom_station = "http://127.0.0.1:{port}"\ntimeout_s = 0.5\n'


def linked_config(mode: str = "kiosk", port: int = 9) -> Config:
    text = demo_config_file().read_text(encoding="utf-8").replace('mode = "kiosk"', f'mode = "{mode}"')
    return parse_config(tomllib.loads(text + LINK.format(port=port)))


def test_the_site_link_line_checks_the_key_then_asks_the_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keys"))
    asked: list[str] = []

    def probe(config: Config) -> Finding:
        asked.append(config.station.id)
        return Finding("site link", Level.OK, "the child-care station answers")

    unlinked = parse_config(tomllib.loads(demo_config_file().read_text(encoding="utf-8")))
    assert check_site_link(unlinked, probe) is None
    no_key = check_site_link(linked_config(), probe)
    assert no_key is not None and no_key.level is Level.FAIL and "no site key on this station" in no_key.detail
    keystore.set_secret(SITE_LINK_SECRET, b"\x01" * 16)
    short = check_site_link(linked_config(), probe)
    assert short is not None and short.level is Level.FAIL and "not 32 bytes" in short.detail
    assert asked == []  # no key, no call: the room would refuse the seal anyway
    keystore.set_secret(SITE_LINK_SECRET, b"\x01" * 32)
    # With the key, both a kiosk and the child-care station itself ask (the room: is its own app serving?).
    assert check_site_link(linked_config(), probe) == Finding("site link", Level.OK, "the child-care station answers")
    assert check_site_link(linked_config("child_care"), probe) is not None
    assert len(asked) == 2
    skipped = check_site_link(linked_config(), None)
    assert skipped is not None and skipped.level is Level.SKIP


def test_doctor_names_a_site_link_without_its_key_and_greets_the_room_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keys"))
    room_dir = tmp_path / "room"
    room_dir.mkdir()
    shutil.copyfile(demo_config_file(), room_dir / "station.toml")
    room = open_station(StationPaths.resolve(room_dir), clock)
    server = RoomLinkServer(room, b"\x02" * 32, "127.0.0.1", 0)
    server.start()
    try:
        with PlanSim(tmp_path / "sim.db") as sim:
            data = make_station(tmp_path, sim)
            config = data / "station.toml"
            port = int(server.url.rsplit(":", 1)[1])
            config.write_text(config.read_text(encoding="utf-8") + LINK.format(port=port), encoding="utf-8")
            code, checks = doctor(data, capsys)
            assert code == 1 and checks["site link"]["level"] == "fail"
            assert "crc-kiosk link-key" in checks["site link"]["detail"]
            keystore.set_secret(SITE_LINK_SECRET, b"\x03" * 32)  # another site's key: the room refuses the seal
            code, checks = doctor(data, capsys)
            assert code == 1 and checks["site link"]["level"] == "fail"
            keystore.set_secret(SITE_LINK_SECRET, b"\x02" * 32)
            code, checks = doctor(data, capsys)
            assert code == 0, checks
            assert checks["site link"]["level"] == "ok" and "site DEMO-CRC answered" in checks["site link"]["detail"]
        server.stop()
        code, checks = doctor(data, capsys)  # the room's app is closed
        assert checks["site link"]["level"] == "fail"
    finally:
        server.stop()
        room.close()
