"""``crc-kiosk doctor``: what IT checks on a station, one finding per line, read aloud over the phone.

The core's checks live here (database, disk, camera, scanner, the queue, the site
link key); the plans' reachability, credentials and clock come from ``sync.probe``,
the child-care station's answer from ``sync.site_link.client``, and the printer
from the UI's Qt side; ``kiosk.cli`` puts them together. Every check answers with
a ``Finding`` and never raises: one broken part must not hide the others.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk import keystore
from kiosk.config import SITE_LINK_KEY_BYTES, SITE_LINK_SECRET, Config
from kiosk.errors import KioskError, ScanRejected
from kiosk.paths import StationPaths
from kiosk.scanning import classify
from kiosk.scanning.capture import describe_source, open_capture
from kiosk.station import Station
from kiosk.store.schema import SCHEMA_HEAD

MIN_FREE_BYTES = 500 * 1024 * 1024  # a day's records are small; below this, backups before migrations fail first
WAITING_WARN = timedelta(hours=1)
WAITING_FAIL = timedelta(hours=24)


class Level(StrEnum):
    OK = "ok"
    WARN = "warn"  # works, but someone should look
    FAIL = "fail"  # broken: doctor exits 1
    SKIP = "skip"  # not checked (not configured, or asked not to)


@dataclass(frozen=True)
class Finding:
    check: str
    level: Level
    detail: str

    def as_json(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items()}


def check_database(station: Station) -> Finding:
    """Integrity (SQLite's quick_check), the schema revision and encryption; the station opened, so it migrated."""
    try:
        healthy = station.store.integrity_ok()
        size = station.paths.database.stat().st_size
        cipher = station.store.cipher()
        where = keystore.describe()
    except (KioskError, OSError) as error:
        return Finding("database", Level.FAIL, f"cannot be read: {error}")
    if not healthy:
        return Finding("database", Level.FAIL, "the integrity check failed: call support before going on")
    if cipher is None:
        return Finding("database", Level.FAIL, "NOT encrypted (a plain SQLite file): call support before going on")
    detail = f"schema {SCHEMA_HEAD}, integrity ok, encrypted (SQLCipher 4, key in {where}), {size / 1e6:.1f} MB"
    return Finding("database", Level.OK, detail)


def check_audit(station: Station) -> Finding:
    """The audit trail's hash chain, whole: the first altered or missing entry is named."""
    from kiosk.store import audit

    try:
        with station.store.read() as session:
            check = audit.verify(session)
    except KioskError as error:
        return Finding("audit trail", Level.FAIL, f"cannot be read: {error}")
    if not check.ok:
        return Finding("audit trail", Level.FAIL,
                       f"entry {check.first_bad_seq}: {check.problem}; the trail was tampered with: call support")
    return Finding("audit trail", Level.OK, f"{check.entries} entries, chain intact")


def check_disk(paths: StationPaths, minimum: int = MIN_FREE_BYTES) -> Finding:
    where = paths.database.parent
    try:
        total, _used, free = shutil.disk_usage(where)
    except OSError as error:
        return Finding("disk", Level.FAIL, f"cannot read free space: {type(error).__name__}")
    detail = f"{free / 1e9:.1f} GB free of {total / 1e9:.1f} GB"
    if free < minimum:
        return Finding("disk", Level.FAIL, f"{detail}: disk full or nearly (needs {minimum / 1e6:.0f} MB)")
    if not os.access(where, os.W_OK):
        return Finding("disk", Level.FAIL, f"{detail}, but the data folder is not writable")
    return Finding("disk", Level.OK, detail)


def check_camera(config: Config, timeout_s: float = 3.0) -> Finding:
    """The configured camera opens and gives a frame within ``timeout_s``."""
    source = config.scanning.camera
    if source is None:
        return Finding("camera", Level.SKIP, "none configured")
    name = describe_source(source)
    result: list[str] = []

    def grab() -> None:  # VideoCapture can block for seconds on a sick device: keep it off the clock
        capture = open_capture(source)
        try:
            if not capture.isOpened():
                result.append("not found (unplugged, or in use by another program?)")
                return
            ok, frame = capture.read()
            result.append("" if ok and frame is not None else "opens but gives no picture")
        finally:
            capture.release()

    thread = threading.Thread(target=grab, name="crc-doctor-camera", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if not result:
        return Finding("camera", Level.FAIL, f"{name}: no answer in {timeout_s:.0f} s")
    if result[0]:
        return Finding("camera", Level.FAIL, f"{name}: {result[0]}")
    return Finding("camera", Level.OK, f"{name}: gives pictures")


def check_scanner(config: Config, read_line: Callable[[float], str | None] | None, wait_s: float) -> Finding:
    """A test scan: the USB scanner types a line; it is classified and shown masked, nothing kept."""
    if read_line is None or wait_s <= 0:
        return Finding("scanner", Level.SKIP, "not tested (add --scan-wait 20 and scan any card)")
    started = time.monotonic()
    line = read_line(wait_s)
    if line is None or not line.strip():
        return Finding("scanner", Level.FAIL, f"no scan in {wait_s:.0f} s (unplugged, or not in keyboard mode?)")
    after = f"after {time.monotonic() - started:.1f} s"
    try:
        result = classify(line.strip(), config)
    except ScanRejected as refused:  # the scanner works; what it read is not an ID we take
        return Finding("scanner", Level.OK, f"works: read something refused as an ID ({refused.reason}) {after}")
    what = result.kind.value.replace("_", " ")
    return Finding("scanner", Level.OK, f"works: read a {what} {result.masked} {after}".replace("  ", " "))


def check_queue(station: Station, now: datetime) -> Finding:
    """The age of the oldest record not yet sent: the plans' view of this station."""
    from kiosk.services import station_status  # the status query; here only for doctor

    try:
        status = station_status(station)
    except KioskError as error:
        return Finding("queue", Level.FAIL, str(error))
    oldest = min((p.oldest_waiting_at for p in status.plans if p.oldest_waiting_at), default=None)
    parts = [f"{status.waiting} waiting", f"{status.rejected} rejected"]
    last = max((p.last_sent_at for p in status.plans if p.last_sent_at), default=None)
    if last is not None:
        parts.append(f"last sent {_age(now - last)} ago")
    if oldest is None:
        return Finding("queue", Level.WARN if status.rejected else Level.OK, ", ".join(parts))
    age = now - oldest
    parts.append(f"oldest unsent {_age(age)} old")
    level = Level.FAIL if age > WAITING_FAIL else Level.WARN if age > WAITING_WARN else Level.OK
    return Finding("queue", level, ", ".join(parts))


def check_site_link(config: Config, probe: Callable[[Config], Finding | None] | None) -> Finding | None:
    """The site link: its key here, then the room's answer (on the child-care station: its own app's).

    ``probe`` is ``sync.site_link.client.probe_room_link``, or None when this build lacks it.
    None when the site has no site link (child care is kept on each station).
    """
    link = config.site_link
    if link is None:
        return None
    try:
        key = keystore.get_secret(SITE_LINK_SECRET, fresh=True)
    except KioskError as error:
        return Finding("site link", Level.FAIL, f"the site key cannot be read: {error}")
    if key is None or len(key) != SITE_LINK_KEY_BYTES:
        problem = "no site key on this station" if key is None else "the site key here is not 32 bytes"
        return Finding("site link", Level.FAIL, f"{problem}: provision a file with the site's site_link_key "
                                                "('crc-kiosk link-key' makes one, the same for every station)")
    if probe is None:
        return Finding("site link", Level.SKIP, "not checked (this build has no site link client)")
    try:
        return probe(config)
    except KioskError as error:  # a probe should not raise; if it does, one line all the same
        return Finding("site link", Level.FAIL, str(error))


def _age(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def worst(findings: Sequence[Finding]) -> Level:
    levels = {f.level for f in findings}
    for level in (Level.FAIL, Level.WARN, Level.OK):
        if level in levels:
            return level
    return Level.SKIP


def render_table(findings: Sequence[Finding]) -> str:
    """Fixed columns, upper-case verdicts: easy to read aloud over the phone."""
    width = max((len(f.check) for f in findings), default=8)
    lines = [f"{f.level.value.upper():<5} {f.check:<{width}}  {f.detail}" for f in findings]
    verdict = worst(findings)
    summary = {
        Level.FAIL: "Something needs fixing (FAIL above).",
        Level.WARN: "Working; someone should look at the WARN lines.",
    }.get(verdict, "All good.")
    return "\n".join([*lines, summary])
