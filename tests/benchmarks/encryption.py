"""Benchmark: what encrypting the station database (SQLCipher 4) costs a check-in's write.

What it measures
    The same write path as ``checkin_write.py`` (``kiosk.services.check_in`` of a
    known, consented member for ``screening``: a new visit, its service, 2 or 3
    outbox entries and an audit entry, committed with ``synchronous=FULL``) on two
    stations filled alike with ``checkin_write.Filler``: one encrypted (what every
    station runs) and one plain. Throughput is check-ins per second of wall time
    spent inside ``check_in`` (the scan is classified before the timer starts);
    p50/p99 latencies too.

Baseline, in the same run
    The plain station is the same code with one difference: its connections skip
    ``PRAGMA key`` (``kiosk.store.engine.open_connection`` and the open's check are
    replaced for that station's folder only), so SQLCipher's page encryption and
    HMAC are all that differ. The two stations alternate in blocks, each block on
    a new day and new people, so both see the same disk and machine load; the
    WAL is folded in between calls, untimed, as the app's idle tick does.

Goal
    encrypted / plain time per check-in <= 1.5 (issue 9).

Run
    .venv/bin/python tests/benchmarks/encryption.py            # 20k visits pre-filled, 6 blocks of 100 calls
    .venv/bin/python tests/benchmarks/encryption.py --quick    # 2k visits, 4 blocks of 25 calls (seconds)

It prints one JSON line on stdout (progress goes to stderr). The station keys go
to a temp dir (``CRC_KIOSK_KEY_DIR``), never to this machine's own key store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

import checkin_write as cw  # the sibling benchmark: its filler and its timed check-in loop

from kiosk.clock import ManualClock
from kiosk.station import Station, open_station
from kiosk.store import engine

GOAL_RATIO = 1.5


def log(message: str) -> None:
    print(f"[encryption] {message}", file=sys.stderr, flush=True)


def plain_for(folder: Path) -> None:
    """Connections to databases in ``folder`` skip the key: the plain baseline, everything else alike."""
    keyed = engine.open_connection
    checked = engine._check_healthy

    def open_connection(db: Path, *, key: bytes | None = None, **options: Any) -> Any:
        if Path(db).parent != folder:
            return keyed(db, key=key, **options)
        read_only = bool(options.get("read_only"))
        con = engine.sqlcipher.connect(
            f"file:{Path(db).as_posix()}?mode=ro" if read_only else str(db),
            uri=read_only,
            timeout=options.get("timeout_s", engine.BUSY_TIMEOUT_MS / 1000),
            check_same_thread=options.get("check_same_thread", True),
        )
        return con

    def check_healthy(paths: Any, *, full: bool) -> bool:
        return False if paths.data_dir == folder else checked(paths, full=full)  # never encrypt the baseline

    engine.open_connection = open_connection  # type: ignore[assignment]
    engine._check_healthy = check_healthy  # type: ignore[assignment]


def is_encrypted(db: Path) -> bool:
    with db.open("rb") as fh:
        return fh.read(16) != engine.SQLITE_HEADER


def run(visits: int, blocks: int, calls: int, warmup: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    clock = ManualClock(datetime.combine(cw.FIRST_MEASURED_DAY, dtime(10, 0), UTC))
    result: dict[str, Any] = {"benchmark": "encryption", "visits_prefilled": visits}
    with tempfile.TemporaryDirectory(prefix="encryption-") as tmp:
        os.environ[engine.keystore.KEY_DIR_ENV] = str(Path(tmp) / "keys")
        plain_for(Path(tmp) / "plain" / f"station-{visits}")  # the folder cw.new_station makes there
        stations: dict[str, tuple[Station, cw.Filler, list[int]]] = {}
        for variant in ("encrypted", "plain"):
            folder = Path(tmp) / variant
            folder.mkdir()
            log(f"pre-filling the {variant} station with {visits:,} visits")
            paths, filler, prefill_s = cw.new_station(folder, visits, rng)
            station = open_station(paths, clock)
            if is_encrypted(paths.database) != (variant == "encrypted"):
                raise RuntimeError(f"the {variant} station's file is not what it should be")
            people = rng.sample(range(len(filler.people)), blocks * (warmup + calls))
            stations[variant] = (station, filler, people)
            result[f"{variant}_prefill_s"] = round(prefill_s, 1)
        samples: dict[str, list[int]] = {"encrypted": [], "plain": []}
        try:
            for block in range(blocks):
                day = cw.FIRST_MEASURED_DAY + timedelta(days=block)
                order = ("plain", "encrypted") if block % 2 == 0 else ("encrypted", "plain")
                for variant in order:
                    station, filler, people = stations[variant]
                    mine = iter(people[block * (warmup + calls) : (block + 1) * (warmup + calls)])
                    t = cw.measure(station, clock, filler, day, mine, warmup=warmup, calls=calls, raw=False)
                    samples[variant].extend(t.checkin_ns)
                log(
                    f"  block {block + 1}/{blocks}: p50 plain {statistics.median(samples['plain']) / 1e6:.2f} ms, "
                    f"encrypted {statistics.median(samples['encrypted']) / 1e6:.2f} ms"
                )
        finally:
            for station, _, _ in stations.values():
                station.close()
    for variant, ns in samples.items():
        result[variant] = {
            "checkins_per_s": round(len(ns) / (sum(ns) / 1e9), 1),
            "ms": cw.percentiles(ns),
            "calls": len(ns),
        }
    ratio = (sum(samples["encrypted"]) / len(samples["encrypted"])) / (sum(samples["plain"]) / len(samples["plain"]))
    result["ratio_encrypted_to_plain"] = round(ratio, 3)
    result["ratio_p50"] = round(statistics.median(samples["encrypted"]) / statistics.median(samples["plain"]), 3)
    result["goal"] = {"max_ratio": GOAL_RATIO, "met": ratio <= GOAL_RATIO}
    result["cpus"] = os.cpu_count()
    result["load_avg_1m_at_end"] = round(os.getloadavg()[0], 2)
    result["python"] = platform.python_version()
    result["sqlcipher"] = engine.sqlcipher.sqlite_version
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2k visits, 4 blocks of 25 calls (a smoke check)")
    parser.add_argument("--visits", type=int, default=None, help="visits pre-filled in each station")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    if args.quick:
        visits, blocks, calls, warmup = 2_000, 4, 25, 5
    else:
        visits, blocks, calls, warmup = 20_000, 6, 100, 10
    started = time.perf_counter()
    result = run(args.visits if args.visits is not None else visits, blocks, calls, warmup, args.seed)
    result["wall_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
