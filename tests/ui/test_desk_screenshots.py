"""``crc-kiosk screenshots`` on a front-desk station: every desk screen, signed in, with demo-like data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import StationMode, load_config
from tests.ui.test_desk_flows import MORNING, front_desk_station
from ui.app import render_screenshots


def test_the_front_desk_screens_are_rendered_signed_in(qapp: QApplication, compiled_translations: Path,
                                                        tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    station = front_desk_station(tmp_path / "data", ManualClock(MORNING))
    try:
        written = render_screenshots(station, tmp_path / "shots", ["en", "ar"], (1366, 768))
    finally:
        station.close()
    names = sorted(p.name for p in written)  # a failed demo sign-in would leave only the sign-in screen
    expected = sorted(f"front_desk-{screen}-{locale}.png" for locale in ("en", "ar")
                      for screen in ("sign-in", "search", "register", "person", "day", "print-preview", "staff"))
    assert names == expected
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        if "print-preview" not in path.name:
            assert (image.width(), image.height()) == (1366, 768)


def test_the_demo_becomes_a_front_desk_and_back(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    assert main(["demo", "--no-window", "--mode", "front_desk", "--data-dir", str(data)]) == 0
    config = load_config(data / "station.toml")
    assert (config.station.mode, config.station.id) == (StationMode.FRONT_DESK, "demo-front-desk-1")
    assert main(["demo", "--no-window", "--data-dir", str(data)]) == 0  # no flag: stays as it is
    assert load_config(data / "station.toml").station.mode is StationMode.FRONT_DESK
    assert main(["demo", "--no-window", "--mode", "kiosk", "--data-dir", str(data)]) == 0
    assert load_config(data / "station.toml").station.id == "demo-kiosk-1"
    assert main(["demo", "--no-window", "--mode", "front-desk", "--data-dir", str(data)]) == 2  # bad usage
