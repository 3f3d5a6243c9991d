"""``crc-kiosk decode FILE... [--json] [--show-text]``: one line per file, never a crash, never a license's text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import pytest
from material import damaged_set, write_set

from kiosk.cli import main
from kiosk.paths import demo_config_file

EXE = shutil.which("crc-kiosk") or str(Path(sys.executable).with_name("crc-kiosk"))
NOT_PROVISIONED = Path(__file__).parent / "no-such-data-dir"  # never created: decode writes nothing


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A few cards as image files, plus damaged, empty and non-image files."""
    folder = tmp_path_factory.mktemp("images")
    found = {s.name: s.path for s in write_set(folder, conditions=frozenset({"clean"})) if s.path}
    damaged = next(frame for sample, frame in damaged_set() if sample.name == "lacare-qr-damaged-2")
    cv2.imwrite(str(folder / "damaged.png"), damaged)
    (folder / "empty.png").write_bytes(b"")
    (folder / "notes.txt").write_text("LC10000001\n", encoding="utf-8")
    good = found["lacare-qr-clean"].read_bytes()
    (folder / "truncated.jpg").write_bytes(good[: len(good) // 4])
    return (
        found
        | {n: folder / f for n, f in [("damaged", "damaged.png"), ("empty", "empty.png"), ("text", "notes.txt")]}
        | {"truncated": folder / "truncated.jpg", "directory": folder, "missing": folder / "missing.png"}
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    """In-process, with a data dir that is not provisioned (so the demo configuration is used)."""
    code = main(["decode", "--data-dir", str(NOT_PROVISIONED), *args])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()] if "--json" in args else []
    return code, lines, out + err


def test_one_json_line_per_file(capsys: pytest.CaptureFixture[str], images: dict[str, Path]) -> None:
    names = ["lacare-qr-clean", "medi-cal-bic-code128-clean", "bsp-wedi-pdf417-clean", "crc-pass-qr-clean"]
    code, lines, _ = run(capsys, "--json", *(str(images[n]) for n in names))
    assert code == 0
    assert [(r["ok"], r["format"], r["kind"], r["masked"]) for r in lines] == [
        (True, "QRCode", "plan_member", "••••••0002"),
        (True, "Code128", "medi_cal_bic", "•••••005A"),
        (True, "PDF417", "plan_member", "••••••••0002"),
        (False, "QRCode", "crc_pass", None),
    ]
    assert lines[3]["reason"] == "crc_pass_unverified"
    for record in lines:
        assert set(record) >= {"file", "ok", "format", "kind", "masked", "ms"}
        assert "text" not in record and isinstance(record["ms"], float)
        assert ("reason" in record) == (not record["ok"])


def test_text_only_when_asked_and_never_a_licenses(capsys: pytest.CaptureFixture[str], images: dict[str, Path]) -> None:
    files = [str(images["lacare-qr-clean"]), str(images["drivers-license-pdf417-clean"])]
    code, lines, output = run(capsys, "--json", "--show-text", *files)
    assert code == 0
    assert lines[0]["text"] == "LC10000002"
    assert lines[1] == {
        "file": files[1],
        "ok": False,
        "format": "PDF417",
        "kind": "drivers_license",
        "masked": None,
        "ms": lines[1]["ms"],
        "reason": "drivers_license",
    }
    for secret in ("ANSI", "SAMPLE", "Z9999999", "NOWHERE", "DAQ"):
        assert secret not in output


def test_bad_files_are_reported_never_a_crash(capsys: pytest.CaptureFixture[str], images: dict[str, Path]) -> None:
    names = ["damaged", "empty", "text", "truncated", "directory", "missing"]
    code, lines, _ = run(capsys, "--json", *(str(images[n]) for n in names))
    assert code == 0  # some files were read
    reasons = {n: (r["ok"], r.get("reason")) for n, r in zip(names, lines, strict=True)}
    assert reasons["empty"] == (False, "empty")
    assert reasons["text"] == (False, "not_an_image")
    assert reasons["truncated"] == (False, "unreadable")
    assert reasons["directory"] == (False, "is_a_directory")
    assert reasons["missing"] == (False, "not_found")
    assert reasons["damaged"] in {(False, "no_code"), (True, None)}  # read correctly or not at all
    if reasons["damaged"][0]:
        assert lines[0]["masked"] == "••••••0002"


def test_exit_code_1_only_when_no_file_could_be_read(
    capsys: pytest.CaptureFixture[str], images: dict[str, Path]
) -> None:
    code, lines, output = run(capsys, "--json", str(images["missing"]), str(images["text"]))
    assert code == 1 and len(lines) == 2
    assert "none of the files could be read" in output
    code, _, _ = run(capsys, "--json", str(images["nocode-0-clean"]))
    assert code == 0  # read, no code in it: processed


def test_readable_lines_without_json(capsys: pytest.CaptureFixture[str], images: dict[str, Path]) -> None:
    code, _, output = run(
        capsys, str(images["lacare-qr-clean"]), str(images["drivers-license-pdf417-clean"]), str(images["empty"])
    )
    assert code == 0
    lines = output.strip().splitlines()
    assert len(lines) == 3
    assert "QRCode plan_member ••••••0002" in lines[0]
    assert "refused: drivers_license" in lines[1]
    assert "cannot be read: empty" in lines[2]


def test_the_provisioned_stations_configuration_is_used(
    capsys: pytest.CaptureFixture[str], images: dict[str, Path], tmp_path: Path
) -> None:
    station = tmp_path / "station"
    station.mkdir()
    text = demo_config_file().read_text(encoding="utf-8").replace("['LC\\d{8}']", "['XX\\d{8}']")
    assert "XX" in text
    (station / "station.toml").write_text(text, encoding="utf-8")
    assert main(["decode", "--data-dir", str(station), "--json", str(images["lacare-qr-clean"])]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["ok"], record["reason"]) == (False, "unknown")  # this station's L.A. Care IDs look different
    assert not (station / "station.db").exists()  # the database is never opened


def test_decode_in_a_real_process_never_loads_qt(images: dict[str, Path], tmp_path: Path) -> None:
    code = (
        "import sys; from kiosk.cli import main; "
        f"rc = main(['decode', '--data-dir', {str(tmp_path)!r}, '--json', {str(images['lacare-qr-clean'])!r}]); "
        "assert rc == 0, rc; assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt loaded'"
    )
    env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "plan_member"


def test_the_console_script(images: dict[str, Path], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    result = subprocess.run(
        [EXE, "decode", "--data-dir", str(tmp_path), str(images["missing"])],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "missing.png: cannot be read: not_found" in result.stdout
