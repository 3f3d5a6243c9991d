"""A station's queue drained into the plan API stand-in: every record arrives once, whatever the network does."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk.cli import main
from kiosk.paths import StationPaths
from kiosk.station import open_station
from kiosk.store.models import OutboxEntry
from sync.plan_sim import FaultSpec, PlanSim
from sync.worker import Worker, adapters_for


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    server = PlanSim(tmp_path / "sim" / "plan-sim.db").start()
    yield server
    server.stop()


def demo_pointed_at(sim: PlanSim, tmp_path: Path) -> Path:
    data = tmp_path / "station"
    assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
    for payload, service in [
        ("LC10000001", "screening"),
        ("LC10000002", "class:ZUMBA-AM"),
        ("BSP200000003", "telehealth"),
        ("BSP200000002", "nutritionist"),
    ]:
        assert main(["checkin", "--data-dir", str(data), "--payload", payload, "--service", service]) == 0
    return data


def records(sim: PlanSim) -> list[dict[str, object]]:
    """What the plans hold, one per outbox record (a FHIR patient also makes a Coverage)."""
    return [r for r in sim.dump() if r["type"] != "Coverage"]


def status(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["sync", "--status", "--json", "--data-dir", str(data)]) == 0
    return json.loads(capsys.readouterr().out)


def test_sync_once_delivers_every_record_once_to_both_plans(
    sim: PlanSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = demo_pointed_at(sim, tmp_path)
    waiting = status(data, capsys)["waiting"]
    assert isinstance(waiting, int) and waiting > 0
    assert main(["sync", "--once", "--json", "--data-dir", str(data)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {line["plan"] for line in lines} == {"lacare", "bscpromise"}
    after = status(data, capsys)
    assert after["waiting"] == 0
    plans = after["plans"]
    assert isinstance(plans, list) and all(p["last_success"] for p in plans)
    held = records(sim)
    assert len(held) == sum(line["sent"] for line in lines) == waiting
    assert {r["plan"] for r in held} == {"lacare", "bscpromise"}
    assert all(r["times_received"] == 1 for r in held)
    assert max(Counter((r["plan"], r["key"]) for r in held).values()) == 1


def test_through_faults_and_an_outage_nothing_is_lost_or_doubled(
    sim: PlanSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = demo_pointed_at(sim, tmp_path)
    waiting = status(data, capsys)["waiting"]
    sim.set_outage(True)  # the link is down all morning
    assert main(["sync", "--once", "--data-dir", str(data)]) == 0
    assert status(data, capsys)["waiting"] == waiting and sim.dump() == []
    sim.set_outage(False)
    sim.set_faults(FaultSpec.parse("lost_response=0.5,5xx=0.2,seed=11"))
    station = open_station(StationPaths.resolve(data))
    try:
        worker = Worker(station.store, station.config, station.clock, adapters_for(station.config), batch_size=3)
        for _ in range(60):  # retries are due at once: backoff is skipped by resetting next_attempt_at
            worker.drain()
            with station.store.write() as session:
                session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.state == "pending")
                    .values(next_attempt_at=station.clock.now())
                )
            for breaker in worker.breakers.values():
                breaker.succeeded()
            if status(data, capsys)["waiting"] == 0:
                break
    finally:
        station.close()
    assert status(data, capsys)["waiting"] == 0
    held = records(sim)
    assert len(held) == waiting
    assert max(Counter((r["plan"], r["key"]) for r in held).values()) == 1
    assert any(r["times_received"] > 1 for r in held)  # lost answers were replayed, and counted once


def test_the_background_worker_drains_by_itself_and_stops_promptly(
    sim: PlanSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    from sync.runner import BackgroundSync

    data = demo_pointed_at(sim, tmp_path)
    station = open_station(StationPaths.resolve(data))
    try:
        background = BackgroundSync(station, idle_s=0.2).start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and status(data, capsys)["waiting"] != 0:
            time.sleep(0.05)
        started = time.monotonic()
        assert background.stop(timeout_s=5) and time.monotonic() - started < 2
    finally:
        station.close()
    assert status(data, capsys)["waiting"] == 0 and len(records(sim)) > 0


def test_two_stations_offline_make_one_visit_at_the_plan_with_both_services(
    sim: PlanSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stations = []
    for name in ("kiosk-1", "desk-2"):
        data = tmp_path / name
        assert main(["demo", "--no-window", "--data-dir", str(data), "--plan-url", sim.url]) == 0
        config = data / "station.toml"
        config.write_text(config.read_text(encoding="utf-8").replace('"demo-kiosk-1"', f'"demo-{name}"'), "utf-8")
        stations.append(data)
    sim.set_outage(True)  # both offline while the same member checks in at each
    for data, service in zip(stations, ("class:ZUMBA-AM", "care-manager"), strict=True):
        assert main(["checkin", "--data-dir", str(data), "--payload", "BSP200000002", "--service", service]) == 0
        assert main(["checkin", "--data-dir", str(data), "--payload", "LC10000002", "--service", service]) == 0
        assert main(["sync", "--once", "--data-dir", str(data)]) == 0
    assert records(sim) == []
    # Anahit (both plans, consented) at both stations: per plan one visit, the class and the care manager.
    # (Read while still queued: a sent entry's payload is dropped, the plan holds it.)
    queued: dict[str, Counter[str]] = {}
    for data in stations:
        st = open_station(StationPaths.resolve(data))
        try:
            with st.store.read() as session:
                for e in session.execute(select(OutboxEntry)).scalars():
                    if e.payload and e.payload.get("member_id") in ("BSP200000002", "LC10000002"):
                        queued.setdefault(e.plan_code, Counter())[e.key] += 1
        finally:
            st.close()
    sim.set_outage(False)
    for data in reversed(stations):  # any order
        with_due = open_station(StationPaths.resolve(data))
        try:
            with with_due.store.write() as session:  # the backoff has run out
                session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.state == "pending")
                    .values(next_attempt_at=with_due.clock.now())
                )
        finally:
            with_due.close()
        assert main(["sync", "--once", "--data-dir", str(data)]) == 0
        assert status(data, capsys)["waiting"] == 0
    held = Counter((r["plan"], r["key"]) for r in records(sim))
    for plan, keys in queued.items():
        kinds = Counter(key.split("-")[0] for key in keys)
        assert kinds == {"patient": 1, "visit": 1, "service": 2}, plan  # the same visit key from both stations
        assert all(held[(plan, key)] == 1 for key in keys)  # and the plan holds each once
    assert set(queued) == {"lacare", "bscpromise"}
