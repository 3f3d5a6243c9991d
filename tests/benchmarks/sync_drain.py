"""Benchmark: drain a queue of 100k outbox entries to the plan stand-in on loopback.

A demo station in a temp dir gets N pending outbox entries written with raw ``executemany`` (as
``kiosk.services._route_visit`` writes them: patient -> visit -> visit_service chains, split between the FHIR
plan ``lacare`` and the JSON plan ``bscpromise``); an in-process ``PlanSim`` receives them; ``sync.worker.Worker``
drains them (batch 200, then 500 on a fresh station). Measured: wall time of the drain, peak RSS of this process
(``ru_maxrss``: worker and stand-in share the process), and beside it a naive loop POSTing one record per request
to the JSON endpoint on a sample, as a rate (records/s).

Goals (issue 5): under 20 s, peak RSS under 150 MB, at least 20x the naive rate.

Run: .venv/bin/python tests/benchmarks/sync_drain.py [--quick] [--records N]   (one JSON line on stdout)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from kiosk.clock import ManualClock
from kiosk.domain import routing
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import open_station
from sync.plan_sim import PlanSim
from sync.worker import Worker, adapters_for

STAMP_FMT = "%Y-%m-%d %H:%M:%S.%f"
INSERT_OUTBOX = (
    'INSERT INTO outbox_entry ("key", plan_code, record_type, record_id, depends_on, payload, state, '
    "attempts, next_attempt_at, lease_until, last_error, created_at, sent_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def log(message: str) -> None:
    print(f"[sync_drain] {message}", file=sys.stderr, flush=True)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def rows(n: int, site: str, station: str, day: str, at: str, at_stamp: str) -> list[tuple[Any, ...]]:
    """n entries: chains patient -> visit -> visit_service, alternating plans."""
    out: list[tuple[Any, ...]] = []
    i = 0
    while len(out) < n:
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
            out.append(
                (
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
            )
        i += 1
    return out[:n]


stamp_now = datetime.now(UTC).strftime(STAMP_FMT)


def drain(tmp: Path, n: int, batch: int) -> dict[str, Any]:
    data = tmp / f"station-{batch}"
    data.mkdir()
    shutil.copyfile(demo_config_file(), data / "station.toml")
    sim = PlanSim(tmp / f"sim-{batch}" / "plan-sim.db").start()
    text = (data / "station.toml").read_text()
    text = text.replace("http://127.0.0.1:8765", sim.url)  # demo ports -> this sim
    (data / "station.toml").write_text(text)
    paths = StationPaths.resolve(data)
    clock = ManualClock(datetime.now(UTC))
    station = open_station(paths, clock)
    db = sqlite3.connect(paths.database)
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
    worker = Worker(station.store, station.config, clock, adapters, batch_size=batch)
    t0 = time.perf_counter()
    sent = 0
    for _ in range(10):
        reports = worker.drain()
        sent += sum(r.sent for r in reports.values())
        if sent >= n:
            break
    wall = time.perf_counter() - t0
    held = len([r for r in sim.dump() if r["type"] != "Coverage"])
    station.close()
    sim.stop()
    return {
        "batch": batch,
        "records": n,
        "sent": sent,
        "held_by_sim": held,
        "wall_s": round(wall, 2),
        "rate_per_s": round(sent / wall, 1),
        "fill_s": round(fill_s, 2),
    }


def naive(tmp: Path, sample: int) -> dict[str, Any]:
    sim = PlanSim(tmp / "sim-naive" / "plan-sim.db").start()
    recs = rows(sample, "demo", "bench", "2026-01-01", "2026-01-01T10:00:00+00:00", stamp_now)
    url = sim.json_batches_url("bscpromise")
    t0 = time.perf_counter()
    for key, _, rtype, _, _, payload, *_ in recs:
        body = {"records": [{"key": key, "type": rtype, "payload": json.loads(payload)}]}
        r = requests.post(url, json=body, headers={"Idempotency-Key": hashlib.sha256(key.encode()).hexdigest()})
        r.raise_for_status()
    wall = time.perf_counter() - t0
    sim.stop()
    return {"sample": sample, "wall_s": round(wall, 2), "rate_per_s": round(sample / wall, 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10k records")
    parser.add_argument("--records", type=int)
    parser.add_argument("--naive-sample", type=int, default=2000)
    args = parser.parse_args()
    n = args.records or (10_000 if args.quick else 100_000)
    with tempfile.TemporaryDirectory(prefix="sync_drain-") as tmp_name:
        tmp = Path(tmp_name)
        base = naive(tmp, min(args.naive_sample, n))
        runs = [drain(tmp, n, 200), drain(tmp, n, 500)]
    best = min(runs, key=lambda r: r["wall_s"])
    peak = round(rss_mb(), 1)
    speedup = round(best["rate_per_s"] / base["rate_per_s"], 1)
    result = {
        "benchmark": "sync_drain",
        "records": n,
        "drains": runs,
        "naive": base,
        "peak_rss_mb": peak,
        "speedup_vs_naive": speedup,
        "met": {
            "wall_under_20s": best["wall_s"] < 20,
            "rss_under_150mb": peak < 150,
            "speedup_20x": speedup >= 20,
            "all_delivered": all(r["held_by_sim"] == n for r in runs),
        },
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
