"""Every file location of a station, in one place.

The data dir comes from ``--data-dir``, else ``CRC_KIOSK_DATA_DIR``, else the
platform's user data dir (platformdirs). Nothing else in the code builds paths.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kiosk.errors import DataDirUnwritable, DiskFull

APP_NAME = "crc-kiosk"
APP_AUTHOR = "CRC"
DATA_DIR_ENV = "CRC_KIOSK_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def ensure_writable_dir(directory: Path) -> None:
    """Make the directory if needed and prove it takes a write, or say why not."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-probe-{os.getpid()}"  # per process: two starting together must not race
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull(f"the disk holding {directory} is full; free some space") from None
        raise DataDirUnwritable(f"cannot write to the data dir {directory}: {error.strerror}") from None


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` survive power loss."""
    if os.name == "nt":  # a directory cannot be opened to fsync on Windows; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_group_shared(directory: Path) -> bool:
    """A setgid directory: what the Debian package makes of the station's data and key dirs (2770, group
    crc-kiosk) so the front-desk and child-care users in that group run the station too."""
    try:
        return bool(directory.stat().st_mode & stat.S_ISGID)
    except OSError:
        return False


def share_with_group(path: Path) -> None:
    """Give ``path``'s group read and write when it lies in a group-shared directory and is ours to change.

    SQLite makes its files 0644 at most, so a database the station account made at provisioning would
    keep the group's users out; its -wal and -shm files then copy the database's mode."""
    if os.name == "nt" or not is_group_shared(path.parent):
        return
    try:
        st = path.stat()
        if st.st_uid == os.geteuid() and st.st_mode & 0o060 != 0o060:
            os.chmod(path, stat.S_IMODE(st.st_mode) | 0o060)
    except OSError:  # absent, or not ours: nothing to share
        return


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The shipped assets (branding, fonts, translations)."""
    return package_dir().parent / "assets"


def demo_config_file() -> Path:
    return package_dir() / "demo" / "site.toml"


def migrations_dir() -> Path:
    return package_dir() / "store" / "migrations"


@dataclass(frozen=True)
class StationPaths:
    """Files inside one station's data dir."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> StationPaths:
        return cls(Path(data_dir).expanduser() if data_dir else default_data_dir())

    @property
    def config_file(self) -> Path:
        return self.data_dir / "station.toml"

    @property
    def pulled_site_config(self) -> Path:
        """The last valid site configuration pulled from the plan side (see ``kiosk.config.load_site_config``)."""
        return self.data_dir / "pulled-site.toml"

    @property
    def database(self) -> Path:
        return self.data_dir / "station.db"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def quarantine_dir(self) -> Path:
        """Where a corrupt database is set aside, never overwritten."""
        return self.data_dir / "quarantine"

    @property
    def pass_keys_file(self) -> Path:
        """Keys that issue and verify CRC passes (owner-only file)."""
        return self.data_dir / "keys" / "passes.json"

    @property
    def plan_sim_db(self) -> Path:
        """The plan API stand-in's own records (``crc-kiosk plan-sim``)."""
        return self.data_dir / "plan-sim.db"

    @property
    def sync_health_file(self) -> Path:
        """Per-plan sync health, written by the sync worker, read by the status line and ``sync --status``."""
        return self.data_dir / "sync-health.json"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"
