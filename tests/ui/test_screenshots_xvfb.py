"""Screenshots on a real X server (Xvfb) through Qt's xcb platform, as a person would see them."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1920, 1080)
LOCALES = ("en", "es", "ar")

RENDER = """
import shutil, sys
from pathlib import Path
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import open_station
from ui.app import render_screenshots

data, out, width, height = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
shutil.copyfile(demo_config_file(), data / "station.toml")
station = open_station(StationPaths.resolve(data))
try:
    for path in render_screenshots(station, out, sys.argv[5].split(","), (width, height)):
        print(path)
finally:
    station.close()
"""


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it to us when ready.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1920x1920x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 20)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not report a display within 20 s")
        yield f":{number}"
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)


@pytest.mark.xvfb
def test_screenshots_under_xvfb(qapp: QApplication, xvfb_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    data, out = tmp_path / "data", tmp_path / "shots"
    data.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", RENDER, str(data), str(out), str(SIZE[0]), str(SIZE[1]), ",".join(LOCALES)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]

    images: dict[str, QImage] = {}
    for locale in LOCALES:
        path = out / f"kiosk-welcome-{locale}.png"
        assert path.is_file(), result.stdout
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37) for y in range(0, SIZE[1], 23)}
        assert len(colours) > 8, f"{path.name} is (almost) one flat colour"
        images[locale] = image
    assert images["en"] != images["es"] != images["ar"]
