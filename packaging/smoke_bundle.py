"""Smoke-test a built (or installed) crc-kiosk: the frozen program, not the source tree.

    .venv/bin/python packaging/smoke_bundle.py                         # dist/crc-kiosk/crc-kiosk
    .venv/bin/python packaging/smoke_bundle.py --app /usr/bin/crc-kiosk --testdata ../shared/testdata

Checks, each through the program's own command line, on a fresh demo data dir: it starts and seeds the demo;
``doctor --json`` reads the database and, with the camera pointed at an MJPG .avi clip, gets a picture through
the camera path (OpenCV's built-in MJPEG reader: the bundle has no FFmpeg); ``decode`` reads a Code 128 member
card and a CRC pass QR code made here (plus every image under ``--testdata``); the app paints its first kiosk
screen (offscreen), timed against the 1.5 s goal. Prints one JSON line of figures; exits 1 with one line per failure.
The test material is made with this Python's own zxing-cpp, OpenCV and Pillow (the app's dependencies).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MEMBER_ID = "LC10000001"  # the demo plan's synthetic member
PROBE_PREFIX = "crc-startup-probe"  # ui/first_paint.py
STARTUP_GOAL_S = 1.5
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"}


class SmokeFailure(Exception):
    """A check failed; the message says which and what came back."""


def run_app(app: Path, *args: str, data: Path, env: dict[str, str] | None = None,
            timeout: float = 120, ok_codes: tuple[int, ...] = (0,)) -> str:
    command = [str(app), "--data-dir", str(data), *args] if args and args[0] != "--version" else [str(app), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    if result.returncode not in ok_codes:
        raise SmokeFailure(f"crc-kiosk {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()[-400:]}")
    return result.stdout


def set_camera(data: Path, value: str) -> None:
    config = data / "station.toml"
    text, count = re.subn(r"(?m)^camera = .*$", f"camera = {value}", config.read_text(encoding="utf-8"))
    if count != 1:
        raise SmokeFailure("the demo station.toml has no camera line")
    config.write_text(text, encoding="utf-8")


def make_material(folder: Path) -> tuple[Path, Path]:
    """A Code 128 card image and a 2-second MJPG clip showing a QR code of the same synthetic ID."""
    import cv2
    import numpy as np
    import zxingcpp

    card = folder / "member-card.png"
    code = np.asarray(zxingcpp.create_barcode(MEMBER_ID, zxingcpp.BarcodeFormat.Code128).to_image(scale=4))
    canvas = np.full((code.shape[0] + 80, code.shape[1] + 80), 255, np.uint8)
    canvas[40:-40, 40:-40] = code
    cv2.imwrite(str(card), canvas)
    clip = folder / "camera.avi"
    qr = np.asarray(zxingcpp.create_barcode(MEMBER_ID, zxingcpp.BarcodeFormat.QRCode).to_image(scale=8))
    writer = cv2.VideoWriter(str(clip), cv2.VideoWriter_fourcc(*"MJPG"), 15, (640, 480))
    if not writer.isOpened():
        raise SmokeFailure("this Python's OpenCV cannot write an MJPG clip")
    for _ in range(30):
        frame = np.full((480, 640, 3), 110, np.uint8)
        y, x = (480 - qr.shape[0]) // 2, (640 - qr.shape[1]) // 2
        frame[y:y + qr.shape[0], x:x + qr.shape[1]] = qr[..., None]
        writer.write(frame)
    writer.release()
    return card, clip


def decode(app: Path, data: Path, files: list[Path]) -> list[dict[str, Any]]:
    out = run_app(app, "decode", "--json", *map(str, files), data=data, ok_codes=(0, 1))
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def startup_seconds(app: Path, data: Path, runs: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRC_KIOSK_STARTUP_PROBE": "1"}
    times = []
    for _ in range(runs + 1):  # the first run warms the disk cache and is not counted
        started = time.time()
        out = run_app(app, "run", data=data, env=env, timeout=60)
        probe = [float(line.split()[1]) for line in out.splitlines() if line.startswith(PROBE_PREFIX)]
        if not probe:
            raise SmokeFailure("crc-kiosk run exited without painting its first screen")
        times.append(probe[0] - started)
    return times[1:]


@contextlib.contextmanager
def _keys_in(directory: Path) -> Iterator[None]:
    """The demo's keys in the smoke test's own folder: run as root without it, the bundle would keep them in
    the machine's site config dir (where an installed station's would go) and leave them there."""
    before = os.environ.get("CRC_KIOSK_KEY_DIR")
    os.environ["CRC_KIOSK_KEY_DIR"] = str(directory)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("CRC_KIOSK_KEY_DIR", None)
        else:
            os.environ["CRC_KIOSK_KEY_DIR"] = before


def smoke(app: Path, testdata: Path | None, runs: int, enforce_startup: bool = False) -> dict[str, Any]:
    figures: dict[str, Any] = {"app": str(app)}
    figures["version"] = run_app(app, "--version", data=Path()).strip()
    with tempfile.TemporaryDirectory(prefix="crc-smoke-") as tmp, _keys_in(Path(tmp) / "keys"):
        folder = Path(tmp)
        data = folder / "station"
        run_app(app, "demo", "--no-window", data=data)

        set_camera(data, '"none"')  # as tests/benchmarks/startup.py measures it
        times = startup_seconds(app, data, runs)
        figures["startup_s"] = {"median": round(statistics.median(times), 3), "max": round(max(times), 3),
                                "runs": runs, "goal": STARTUP_GOAL_S}
        figures["load_average"] = round(os.getloadavg()[0], 2)  # other work on the machine shows in the figure
        if enforce_startup and statistics.median(times) >= STARTUP_GOAL_S:
            raise SmokeFailure(f"first screen after {statistics.median(times):.2f} s (goal {STARTUP_GOAL_S} s)")

        card, clip = make_material(folder)
        set_camera(data, json.dumps(str(clip)))
        report = json.loads(run_app(app, "doctor", "--json", data=data, ok_codes=(0, 1)))
        levels = {check["check"]: (check["level"], check["detail"]) for check in report["checks"]}
        for name in ("database", "camera"):
            if levels.get(name, ("missing",))[0] != "ok":
                raise SmokeFailure(f"doctor: {name}: {levels.get(name)}")
        figures["doctor"] = {name: level for name, (level, _) in levels.items()}

        pass_png = folder / "pass.png"
        run_app(app, "pass", "--payload", MEMBER_ID, "--png", str(pass_png), data=data)
        results = decode(app, data, [card, pass_png])
        kinds = [(r["ok"], r["format"], r["kind"]) for r in results]
        if not all(r["ok"] for r in results) or results[1]["kind"] != "crc_pass":
            raise SmokeFailure(f"decode of a member card and a CRC pass: {kinds}")
        figures["decode"] = {"member_card": results[0]["kind"], "crc_pass": results[1]["kind"],
                             "ms": [r["ms"] for r in results]}
        if testdata is not None:
            images = sorted(p for p in testdata.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
            found = [r for r in decode(app, data, images) if r["format"]]
            figures["testdata"] = {"images": len(images), "barcode_found": len(found)}
            if not found:
                raise SmokeFailure(f"decode found no barcode in {len(images)} images under {testdata}")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=REPO / "dist" / "crc-kiosk" / "crc-kiosk")
    parser.add_argument("--testdata", type=Path, help="a folder of barcode photos to decode as well")
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups")
    parser.add_argument("--enforce-startup", action="store_true",
                        help=f"fail when the median start-up is not under {STARTUP_GOAL_S} s (a quiet machine only)")
    args = parser.parse_args(argv)
    if args.app.parent.name == "crc-kiosk" and (args.app.parent / "_internal").is_dir():
        size = sum(p.stat().st_size for p in args.app.parent.rglob("*") if p.is_file() and not p.is_symlink())
        bundle_mb = round(size / 1e6, 1)
    else:
        bundle_mb = None
    try:
        figures = smoke(args.app, args.testdata, args.runs, args.enforce_startup)
    except (SmokeFailure, OSError, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as error:
        print(f"smoke_bundle: {error}", file=sys.stderr)
        return 1
    print(json.dumps({"bundle_mb": bundle_mb, **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
