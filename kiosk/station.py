"""A station opened for work: its configuration, its database, its clock."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config, combine_pulled, load_site_config, read_toml
from kiosk.errors import DataDirUnwritable, NotProvisioned
from kiosk.paths import StationPaths
from kiosk.store import Store, open_store

if TYPE_CHECKING:
    from kiosk.scanning.passes import PassKeyring


@dataclass
class Station:
    paths: StationPaths
    config: Config
    store: Store
    clock: Clock
    _pass_keyring: PassKeyring | None = field(default=None, repr=False)

    def pass_keyring(self) -> PassKeyring:
        """The CRC pass keys, read once (made on first use until provisioning brings the site's)."""
        if self._pass_keyring is None:
            from kiosk.scanning.passes import PassKeyring  # cryptography loads only when passes are used

            self._pass_keyring = PassKeyring.load_or_create(self.paths.pass_keys_file)
        return self._pass_keyring

    def close(self) -> None:
        self.store.close()


def load_station_config(paths: StationPaths) -> Config:
    if not paths.config_file.exists():
        raise NotProvisioned(
            f"this station is not set up: no {paths.config_file.name} in {paths.data_dir}; "
            "run 'crc-kiosk provision FILE', or 'crc-kiosk demo --no-window' for the demo site"
        )
    return load_site_config(paths.config_file, paths.pulled_site_config)


def store_pulled_config(paths: StationPaths, text: str) -> bool:
    """Keep a site configuration pulled from the plan side, for the station's next start.

    It is validated first, combined with this station's [station] table, exactly as
    ``load_site_config`` will combine it; an invalid one raises ConfigError with the reason and
    the last good copy stays. Returns True when the kept copy changed, False when it was the same.
    """
    target = paths.pulled_site_config
    combine_pulled(text, read_toml(paths.config_file), source=target)
    try:
        if target.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass  # none yet, or unreadable: replace it
    tmp = target.with_name(target.name + ".new")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)  # atomic: a crash leaves the old copy or the new one, never half
    except OSError as error:
        raise DataDirUnwritable(f"cannot keep the pulled site configuration in {target}: {error.strerror}") from None
    return True


def open_station(
    paths: StationPaths, clock: Clock | None = None, *, synchronous: str = "FULL", full_check: bool = False
) -> Station:
    """Load the configuration first (cheap, most likely to be wrong), then the database."""
    config = load_station_config(paths)
    store = open_store(paths, synchronous=synchronous, full_check=full_check)
    return Station(paths=paths, config=config, store=store, clock=clock or SystemClock())
