"""Benchmark: drain a queue of 100k outbox entries to the plan stand-in on loopback.

A demo station in a temp dir gets N pending outbox entries written with raw ``executemany`` (as
``kiosk.services._route_visit`` writes them: patient -> visit -> visit_service chains, split between the FHIR
plan ``lacare`` and the JSON plan ``bscpromise``). The stand-in runs as its own process
(``crc-kiosk plan-sim --port 0``), as it would on a station talking to a plan: it does not share this
process's interpreter lock, and the worker's figures are the worker's own. ``sync.worker.Worker`` drains the
queue (batch 200, the old default, then the worker's default batch, each on a fresh station and stand-in).
Measured: wall time of the drain, peak RSS of this process (``ru_maxrss``: the worker; the queue is filled as
a stream so filling it costs no memory), and beside it a naive loop POSTing one record per request (a new
connection each) to the JSON endpoint of its own stand-in process on a sample, as a rate (records/s), before
and after the drains; the faster of the two is the baseline.

Goals (issue 5), judged on the worker's default batch: under 20 s, peak RSS under 150 MB, at least 20x the
naive rate.

Run: .venv/bin/python tests/benchmarks/sync_drain.py [--quick] [--records N] [--profile FILE]
(one JSON line on stdout; ``--profile`` writes cProfile stats of the default-batch drain)
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import inspect
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from kiosk.clock import ManualClock
from kiosk.domain import routing
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import open_station
from kiosk.store.engine import open_connection
from sync.worker import Worker, adapters_for, worker_store

STAMP_FMT = "%Y-%m-%d %H:%M:%S.%f"
INSERT_OUTBOX = (
    'INSERT INTO outbox_entry ("key", plan_code, record_type, record_id, depends_on, payload, state, '
    "attempts, next_attempt_at, lease_until, last_error, created_at, sent_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
DEFAULT_BATCH: int = inspect.signature(Worker).parameters["batch_size"].default  # the product's batch


def log(message: str) -> None:
    print(f"[sync_drain] {message}", file=sys.stderr, flush=True)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class SimProcess:
    """``crc-kiosk plan-sim`` in a process of its own, on a free loopback port."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = StationPaths.resolve(data_dir).plan_sim_db
        command = [sys.executable, "-m", "kiosk.cli", "plan-sim", "--data-dir", str(data_dir), "--port", "0"]
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # "plan-sim listening on URL (...)"
        if not line.startswith("plan-sim listening on "):
            self.proc.kill()
            raise RuntimeError(f"the plan stand-in did not start: {line!r}")
        self.url = line.split()[3]

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)  # it closes its store and exits 0
        self.proc.wait(timeout=30)

    def held(self) -> int:
        """Records the stand-in holds, not counting the Coverage each FHIR patient also becomes."""
        db = sqlite3.connect(self.db_path)
        try:
            return int(db.execute("SELECT count(*) FROM records WHERE type != 'Coverage'").fetchone()[0])
        finally:
            db.close()


def settle() -> None:
    """Write back what earlier steps left dirty (the fill, a previous run's files): every commit here
    waits on an fsync, and on ext4 an fsync can wait for other files' dirty pages too."""
    os.sync()


def rows(n: int, site: str, station: str, day: str, at: str, at_stamp: str) -> Iterator[tuple[Any, ...]]:
    """n entries: chains patient -> visit -> visit_service, alternating plans (a stream, not a list)."""
    made = 0
    i = 0
    while made < n:
        plan, mid = ("lacare", f"LC1{i:07d}") if i % 2 else ("bscpromise", f"BSP2{i:08d}")
        dest = routing.Destination(plan, mid)
        pkey, vkey = routing.patient_key(dest), routing.visit_key(dest, site, datetime.fromisoformat(day).date())
        skey = routing.service_key(vkey, "screening", None)
        base = {"plan": plan, "member_id": mid, "site": site, "station": station}
        patient = {
            **base,
            "person_id": str(uuid.uuid4()),
            "first_name": "Ana",
            "last_name": f"Bench{i}",
            "birth_date": "1980-01-01",
            "phone": "2135550100",
            "preferred_language": "es",
            "medi_cal_cin": None,
            "profile": "complete",
        }
        visit = {
            **base,
            "visit_key": vkey,
            "patient_key": pkey,
            "local_date": day,
            "started_at": at,
            "identified_by": "scan",
        }
        service = {
            **base,
            "visit_key": vkey,
            "service_code": "screening",
            "class_code": None,
            "at": at,
            "local_date": day,
        }
        for key, rtype, payload, dep in (
            (pkey, "patient", patient, None),
            (vkey, "visit", visit, pkey),
            (skey, "visit_service", service, vkey),
        ):
            if made == n:
                return
            yield (
                key,
                plan,
                rtype,
                str(uuid.uuid4()),
                dep,
                json.dumps(payload),
                "pending",
                0,
                at_stamp,
                None,
                None,
                at_stamp,
                None,
            )
            made += 1
        i += 1


stamp_now = datetime.now(UTC).strftime(STAMP_FMT)


def drain(tmp: Path, n: int, batch: int, profile: Path | None = None) -> dict[str, Any]:
    data = tmp / f"station-{batch}"
    data.mkdir()
    shutil.copyfile(demo_config_file(), data / "station.toml")
    sim = SimProcess(tmp / f"sim-{batch}")
    try:
        text = (data / "station.toml").read_text()
        text = text.replace("http://127.0.0.1:8765", sim.url)  # demo ports -> this sim
        (data / "station.toml").write_text(text)
        paths = StationPaths.resolve(data)
        clock = ManualClock(datetime.now(UTC))
        station = open_station(paths, clock)
        db = open_connection(paths.database)
        db.execute("DELETE FROM outbox_entry")
        t0 = time.perf_counter()
        day = clock.now().astimezone(station.config.site.time_zone).date().isoformat()
        db.executemany(
            INSERT_OUTBOX,
            rows(n, station.config.site.code, station.config.station.id, day, clock.now().isoformat(), stamp_now),
        )
        db.commit()
        db.close()
        fill_s = time.perf_counter() - t0
        adapters = adapters_for(station.config)
        log(f"batch {batch}: {n} queued in {fill_s:.1f}s; plans {sorted(adapters)}")
        worker = Worker(worker_store(station), station.config, clock, adapters, batch_size=batch)
        settle()
        profiler = cProfile.Profile() if profile else None
        t0 = time.perf_counter()
        sent = 0
        if profiler:
            profiler.enable()
        for _ in range(10):
            reports = worker.drain()
            sent += sum(r.sent for r in reports.values())
            if sent >= n:
                break
        wall = time.perf_counter() - t0
        if profiler and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        station.close()
    finally:
        sim.stop()
    held = sim.held()
    shutil.rmtree(data)
    shutil.rmtree(sim.db_path.parent)
    return {
        "batch": batch,
        "records": n,
        "sent": sent,
        "held_by_sim": held,
        "wall_s": round(wall, 2),
        "rate_per_s": round(sent / wall, 1),
        "fill_s": round(fill_s, 2),
    }


def naive(tmp: Path, sample: int, label: str) -> dict[str, Any]:
    """One POST, one new connection, one record: what a first version of the worker would do."""
    sim = SimProcess(tmp / f"sim-naive-{label}")
    try:
        url = f"{sim.url}/json/bscpromise/batches"
        settle()
        t0 = time.perf_counter()
        for key, _, rtype, _, _, payload, *_ in rows(
            sample, "demo", "bench", "2026-01-01", "2026-01-01T10:00:00+00:00", stamp_now
        ):
            body = {"records": [{"key": key, "type": rtype, "payload": json.loads(payload)}]}
            headers = {"Idempotency-Key": hashlib.sha256(key.encode()).hexdigest()}
            requests.post(url, json=body, headers=headers, timeout=30).raise_for_status()
        wall = time.perf_counter() - t0
    finally:
        sim.stop()
    shutil.rmtree(sim.db_path.parent)
    return {"sample": sample, "wall_s": round(wall, 2), "rate_per_s": round(sample / wall, 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10k records")
    parser.add_argument("--records", type=int)
    parser.add_argument("--naive-sample", type=int, default=2000)
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the default-batch drain here")
    args = parser.parse_args()
    n = args.records or (10_000 if args.quick else 100_000)
    with tempfile.TemporaryDirectory(prefix="sync_drain-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["CRC_KIOSK_KEY_DIR"] = str(tmp / "keys")  # never this machine's own key store
        sample = min(args.naive_sample, n)
        before = naive(tmp, sample, "before")
        batches = sorted({200, DEFAULT_BATCH})
        runs = [drain(tmp, n, b, args.profile if b == DEFAULT_BATCH else None) for b in batches]
        after = naive(tmp, sample, "after")
    # Other work on the machine moves the naive rate a lot: it is measured before and after the drains and
    # the faster of the two is the baseline (the comparison can only come out lower for it).
    base = {
        **max(before, after, key=lambda r: r["rate_per_s"]),
        "rates_per_s": [before["rate_per_s"], after["rate_per_s"]],
    }
    product = next(r for r in runs if r["batch"] == DEFAULT_BATCH)  # the goals are the worker's default's
    peak = round(rss_mb(), 1)
    speedup = round(product["rate_per_s"] / base["rate_per_s"], 1)
    result = {
        "benchmark": "sync_drain",
        "records": n,
        "drains": runs,
        "naive": base,
        "peak_rss_mb": peak,
        "speedup_vs_naive": speedup,
        "met": {
            "wall_under_20s": product["wall_s"] < 20,
            "rss_under_150mb": peak < 150,
            "speedup_20x": speedup >= 20,
            "all_delivered": all(r["held_by_sim"] == n for r in runs),
        },
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
