"""Stations of the demo site for tests that need more than one (a lobby kiosk and the child-care room)."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import Clock
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station

DEMO_STATION = 'id = "demo-kiosk-1"\nmode = "kiosk"'


def demo_site_station(data: Path, clock: Clock, *, station_id: str, mode: str, extra_toml: str = "") -> Station:
    """A station of the demo site in the new folder ``data``: its own id and mode, plus ``extra_toml``."""
    data.mkdir()
    text = demo_config_file().read_text(encoding="utf-8")
    assert DEMO_STATION in text, "the demo configuration's [station] table changed"
    text = text.replace(DEMO_STATION, f'id = "{station_id}"\nmode = "{mode}"') + extra_toml
    paths = StationPaths.resolve(data)
    paths.config_file.write_text(text, encoding="utf-8")
    return open_station(paths, clock, synchronous="NORMAL")
