"""An installed Debian station's data dir is setgid (2770, group crc-kiosk): the station account makes the
database at provisioning, and the front-desk or child-care users in the group must write to it as well."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import open_station
from kiosk.sync_health import write_health
from tests.conftest import DEFAULT_START

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX groups and modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("shared", [True, False])
def test_a_database_made_in_a_setgid_data_dir_is_the_groups_too(tmp_path: Path, shared: bool) -> None:
    data = tmp_path / "station"
    data.mkdir()
    if shared:
        data.chmod(0o2770)
    shutil.copyfile(demo_config_file(), data / "station.toml")
    station = open_station(StationPaths.resolve(data), ManualClock(DEFAULT_START), synchronous="NORMAL")
    try:
        services.check_in(station, scan=classify("LC10000021", station.config), person_id=None,
                          services=["screening"], identified_by="typed")
        station.pass_keyring()  # made on first use: the file naming the keys (no secret in it)
        write_health(station.paths.sync_health_file, {})
        files = [data / name for name in ("station.db", "station.db-wal", "station.db-shm", "sync-health.json")]
        files.append(station.paths.pass_keys_file)
        assert all(f.exists() for f in files)
        for f in files:
            assert bool(_mode(f) & 0o060 == 0o060) == shared, (f.name, oct(_mode(f)))
            assert _mode(f) & 0o007 in (0, 0o004)  # never writable by others
    finally:
        station.close()
    station = open_station(StationPaths.resolve(data), ManualClock(DEFAULT_START), synchronous="NORMAL")
    station.close()  # opening again changes nothing and never narrows what was shared
    assert bool(_mode(data / "station.db") & 0o060 == 0o060) == shared
