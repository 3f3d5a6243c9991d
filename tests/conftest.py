"""Shared fixtures: a demo-configured station in a temp data dir with a clock the test moves."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station

# 10:00 in Los Angeles on an ordinary weekday (PST, UTC-8).
DEFAULT_START = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parent.parent
SHARED_TESTDATA = REPO.parent / "shared" / "testdata"


@pytest.fixture(scope="session", autouse=True)
def _key_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Station keys in a per-session temp dir (child processes inherit it): never the user's own store."""
    keys = tmp_path_factory.mktemp("keys")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CRC_KIOSK_KEY_DIR", str(keys))
        yield keys


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(DEFAULT_START)


@pytest.fixture
def paths(tmp_path: Path) -> StationPaths:
    data = tmp_path / "station"
    data.mkdir()
    shutil.copyfile(demo_config_file(), data / "station.toml")
    return StationPaths.resolve(data)


@pytest.fixture
def station(paths: StationPaths, clock: ManualClock) -> Iterator[Station]:
    st = open_station(paths, clock)
    yield st
    st.close()
