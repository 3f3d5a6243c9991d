"""The command line as scripts and IT use it: real processes, real exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

EXE = shutil.which("crc-kiosk") or str(Path(sys.executable).with_name("crc-kiosk"))


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Only what the test says: never a data dir inherited from the developer's shell.
    full_env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    full_env.update(env or {})
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=full_env, timeout=60)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    result = run("demo", "--no-window", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "demo site seeded" in result.stdout
    return data


def test_checkin_twice_within_the_window_is_one_visit(demo_dir: Path) -> None:
    first = run("checkin", "--data-dir", str(demo_dir), "--payload", "LC10000007", "--service", "screening", "--json")
    assert first.returncode == 0, first.stderr
    one = json.loads(first.stdout)
    assert set(one) >= {"visit_id", "person_id", "new_visit", "services", "outbox"}
    assert one["new_visit"] is True and one["services"] == ["screening"]
    second = run(
        "--data-dir", str(demo_dir), "checkin", "--payload", "LC10000007\r", "--service", "class:zumba-am", "--json"
    )
    two = json.loads(second.stdout)
    assert two["new_visit"] is False and two["visit_id"] == one["visit_id"]
    assert two["services"] == ["screening", "class:ZUMBA-AM"]
    assert [o["type"] for o in two["outbox"]] == ["visit_service"]


def test_checkin_never_loads_qt(demo_dir: Path) -> None:
    code = (
        "import sys; from kiosk.cli import main; "
        f"rc = main(['checkin', '--data-dir', {str(demo_dir)!r}, '--payload', 'BSP200000003', '--json']); "
        "assert rc == 0, rc; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["checkin", "--payload", "HELLO"], 1, "not a member card"),
        (["checkin", "--payload", "LC10000001", "--service", "yoga"], 1, "unknown service 'yoga'"),
        (["checkin"], 2, "--payload"),
        (["export", "--date", "yesterday-ish", "--format", "csv"], 2, "YYYY-MM-DD"),
        (["nonsense"], 2, "invalid choice"),
        (["checkin", "--payload", "@\nANSI 636014080102DL"], 1, "driver's license"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(demo_dir: Path, args: list[str], code: int, message: str) -> None:
    result = run(*args, "--data-dir", str(demo_dir))
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_an_unprovisioned_station_says_what_to_do(tmp_path: Path) -> None:
    result = run("checkin", "--payload", "LC10000001", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "not set up" in result.stderr and "crc-kiosk demo --no-window" in result.stderr


def test_a_corrupt_database_is_set_aside_and_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--no-window", "--data-dir", str(tmp_path)]) == 0
    (tmp_path / "station.db-wal").unlink(missing_ok=True)
    (tmp_path / "station.db").write_bytes(b"garbage" * 1000)
    capsys.readouterr()
    assert main(["checkin", "--payload", "LC10000001", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "quarantine" in err and len(err.strip().splitlines()) == 1
    assert next((tmp_path / "quarantine").rglob("station.db")).read_bytes() == b"garbage" * 1000
    # Never quietly empty at the next start: IT decides, by name, and the set-aside file stays.
    assert main(["checkin", "--payload", "LC10000001", "--data-dir", str(tmp_path)]) == 1
    assert "recover --start-empty" in capsys.readouterr().err
    assert main(["recover", "--start-empty", "--by", "Pat IT", "--data-dir", str(tmp_path)]) == 0
    assert "next start makes a new, empty database" in capsys.readouterr().out
    assert main(["checkin", "--payload", "LC10000001", "--data-dir", str(tmp_path)]) == 0
    assert next((tmp_path / "quarantine").rglob("station.db")).read_bytes() == b"garbage" * 1000


def test_data_dir_comes_from_the_environment(tmp_path: Path) -> None:
    result = run("demo", "--no-window", env={"CRC_KIOSK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "station.toml").exists() and (tmp_path / "station.db").exists()


def test_demo_is_idempotent_and_never_seeds_over_a_real_station(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--no-window", "--data-dir", str(tmp_path)]) == 0
    assert main(["demo", "--no-window", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0] == out[1]  # same counts: nothing seeded twice
    real = tmp_path / "real"
    real.mkdir()
    text = (tmp_path / "station.toml").read_text(encoding="utf-8").replace('"DEMO-CRC"', '"CRC-07"')
    (real / "station.toml").write_text(text, encoding="utf-8")
    assert main(["demo", "--no-window", "--data-dir", str(real)]) == 1
    assert "real station" in capsys.readouterr().err


def test_demo_plan_url_points_both_adapters(tmp_path: Path) -> None:
    assert main(["demo", "--no-window", "--data-dir", str(tmp_path), "--plan-url", "http://127.0.0.1:9999/"]) == 0
    text = (tmp_path / "station.toml").read_text(encoding="utf-8")
    assert 'base_url = "http://127.0.0.1:9999/fhir/lacare"' in text
    assert 'base_url = "http://127.0.0.1:9999/json/bscpromise"' in text


def test_sync_status_and_export_and_audit(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["sync", "--status", "--json", "--data-dir", str(demo_dir)]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["database_ok"] and {p["plan"] for p in status["plans"]} == {"lacare", "bscpromise"}
    assert status["waiting"] == sum(p["pending"] for p in status["plans"]) > 0

    assert main(["export", "--date", "today", "--format", "csv", "--data-dir", str(demo_dir)]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0] == "date,site,dimension,value,count"
    assert ",all,visits," in csv_text and "García" not in csv_text
    out = tmp_path / "day.csv"
    assert main(["export", "--date", "today", "--format", "csv", "--out", str(out), "--data-dir", str(demo_dir)]) == 0
    assert out.read_text(encoding="utf-8") == csv_text

    assert main(["audit", "verify", "--data-dir", str(demo_dir)]) == 0
    assert "intact" in capsys.readouterr().out


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("run", "demo", "checkin", "sync", "export", "screenshots", "audit", "link-key"):
        assert command in result.stdout


def test_a_malformed_configuration_names_the_key_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--no-window", "--data-dir", str(tmp_path)]) == 0
    db_before = (tmp_path / "station.db").read_bytes()
    config = tmp_path / "station.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('mode = "kiosk"', 'mode = "lobby"'), encoding="utf-8")
    capsys.readouterr()
    assert main(["checkin", "--payload", "LC10000001", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("crc-kiosk: station.toml: station.mode: expected one of kiosk, front_desk, child_care; got 'lobby'")
    assert (tmp_path / "station.db").read_bytes() == db_before


def test_an_unwritable_data_dir_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    assert main(["demo", "--no-window", "--data-dir", str(blocker / "data")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot" in err[0]


def test_the_window_without_a_display_is_a_clear_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CRC_KIOSK_DATA_DIR"] = str(tmp_path)
    result = subprocess.run([EXE, "demo"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == "crc-kiosk: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset)"
    assert not (tmp_path / "station.toml").exists()  # a command that fails changes nothing


def test_a_pdf_report_needs_an_output_file(demo_dir: Path) -> None:
    result = run("export", "--date", "today", "--format", "pdf", "--data-dir", str(demo_dir))
    assert result.returncode == 2
    assert result.stderr.strip().endswith("a PDF report needs --out FILE (only CSV goes to standard output)")
    assert "Traceback" not in result.stderr


def test_the_pdf_report_holds_the_csv_s_counts(demo_dir: Path, tmp_path: Path) -> None:
    from datetime import date, timedelta

    from kiosk.paths import StationPaths
    from kiosk.station import open_station

    out = tmp_path / "day.pdf"
    # No display: the command falls back to Qt's offscreen platform by itself.
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run(
        "export", "--date", "today", "--format", "pdf", "--out", str(out), "--data-dir", str(demo_dir), env=env
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and not out.with_name("day.pdf.part").exists()
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert 1 <= pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") + pdf.count(b"/Type /Page/") <= 3
    csv_result = run("export", "--date", "today", "--format", "csv", "--data-dir", str(demo_dir))
    rows = [line.split(",") for line in csv_result.stdout.splitlines()[1:]]
    assert rows

    from ui.report_pdf import report_document  # the text the PDF was printed from

    station = open_station(StationPaths.resolve(demo_dir))
    try:
        day = date.fromisoformat(rows[0][0])
        text = report_document(station, day, day).toPlainText()
        week = report_document(station, day - timedelta(days=6), day).toPlainText()
        name = station.config.site.name
        labels = {s.code: s.name("en") for s in station.config.services}
    finally:
        station.close()
    assert text.startswith(name) and f"Day report, {day.isoformat()}. Visits: " in text
    for _day, _site, dimension, value, count in rows:
        if dimension == "all":
            assert f"Visits: {count}." in text
        elif dimension == "hour":
            assert f"{int(value):02d}:00–{int(value):02d}:59\n{count}\n" in text
        elif dimension == "service":
            assert f"{labels[value]}\n{count}\n" in text
    for heading in ("Services", "Classes", "Plan membership of visitors", "Check-ins by hour", "Preferred language"):
        assert f"\n{heading}\n" in text
    visits = next(count for _d, _s, dimension, _v, count in rows if dimension == "all")
    assert "Visits per day" not in text  # one day: its total is in the heading line
    assert f"to {day.isoformat()}. Visits: {visits}." in week
    assert f"Visits per day\nDay\nVisits\n{day.isoformat()}\n{visits}\nTotal\n{visits}\n" in week
