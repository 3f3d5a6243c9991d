"""The outbox life cycle and the push loop, against a JSON plan endpoint on loopback."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import event, select
from werkzeug import Request, Response

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning import classify
from kiosk.station import Station
from kiosk.store.models import OutboxEntry
from sync import outbox
from sync.adapters.json_batch import JsonBatchAdapter
from sync.outbox import backoff_delay
from sync.worker import Worker


def member(station: Station, n: int, plan: str = "bscpromise") -> None:
    member_id = f"BSP2{n:08d}" if plan == "bscpromise" else f"LC1{n:07d}"
    services.register(
        station,
        Registration(
            "Ana",
            f"Test{n}",
            __import__("datetime").date(1990, 1, 1),
            memberships=(MembershipInput(plan, member_id, "yes"),),
        ),
    )
    services.check_in(station, scan=classify(member_id, station.config), services=["screening"])


def states(station: Station) -> dict[str, str]:
    with station.store.read() as s:
        return {e.key: e.state for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()}


def test_claim_leases_in_order_and_keeps_a_person_before_their_visit(station: Station, clock: ManualClock) -> None:
    member(station, 1)
    first = outbox.claim(station.store, "bscpromise", clock.now(), limit=1)
    assert [c.record_type for c in first] == ["patient"]
    # While the patient is in flight, its visit waits.
    assert outbox.claim(station.store, "bscpromise", clock.now()) == []
    outbox.complete(station.store, [first[0].seq], clock.now())
    rest = outbox.claim(station.store, "bscpromise", clock.now())
    assert [c.record_type for c in rest] == ["visit", "visit_service"]  # a dependency in the same batch is fine


def test_a_crashed_workers_lease_runs_out_and_the_entries_come_back(station: Station, clock: ManualClock) -> None:
    member(station, 1)
    taken = outbox.claim(station.store, "bscpromise", clock.now())
    assert len(taken) == 3 and outbox.claim(station.store, "bscpromise", clock.now()) == []
    clock.advance(outbox.LEASE + timedelta(seconds=1))
    again = outbox.claim(station.store, "bscpromise", clock.now())
    assert [c.seq for c in again] == [c.seq for c in taken]


def test_retry_waits_with_jittered_backoff_never_sooner_than_retry_after(station: Station, clock: ManualClock) -> None:
    member(station, 1)
    batch = outbox.claim(station.store, "bscpromise", clock.now())
    due = outbox.retry(station.store, batch, clock.now(), "plan busy", random.Random(1), retry_after_s=30)
    assert due is not None and due >= clock.now() + timedelta(seconds=30)
    assert outbox.claim(station.store, "bscpromise", clock.now() + timedelta(seconds=29)) == []
    assert len(outbox.claim(station.store, "bscpromise", due + timedelta(seconds=1))) == 3
    rng = random.Random(2)
    delays = [backoff_delay(a, rng) for a in range(40)]
    assert all(0 <= d <= outbox.BACKOFF_CAP_S for d in delays) and max(delays) > 100


def test_a_rejected_record_is_set_aside_and_takes_its_dependents_with_it(station: Station, clock: ManualClock) -> None:
    member(station, 1)
    member(station, 2)
    batch = outbox.claim(station.store, "bscpromise", clock.now(), limit=1)
    outbox.reject(station.store, [(batch[0].seq, "invalid member")])
    nxt = outbox.claim(station.store, "bscpromise", clock.now())
    assert [c.record_type for c in nxt] == ["patient", "visit", "visit_service"]  # the second person goes on
    got = states(station)
    assert list(got.values()).count("rejected") == 3  # the first person's visit and service follow their patient


def test_pause_and_resume(station: Station, clock: ManualClock) -> None:
    member(station, 1)
    batch = outbox.claim(station.store, "bscpromise", clock.now())
    outbox.pause(station.store, batch, "credentials refused (401)")
    assert set(states(station).values()) == {"paused"}
    assert outbox.claim(station.store, "bscpromise", clock.now()) == []
    assert outbox.resume(station.store, "bscpromise", clock.now()) == 3
    assert len(outbox.claim(station.store, "bscpromise", clock.now())) == 3


class JsonPlan:
    """A minimal JSON plan endpoint: stores by key, answers created/duplicate/rejected."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, object]] = {}
        self.times: dict[str, int] = {}
        self.calls = 0
        self.sizes: list[int] = []  # records per answered request
        self.fail_next: list[Response] = []
        self.reject_keys: set[str] = set()

    def __call__(self, request: Request) -> Response:
        self.calls += 1
        assert request.headers.get("Idempotency-Key")
        if self.fail_next:
            return self.fail_next.pop(0)
        results = []
        self.sizes.append(len(json.loads(request.data)["records"]))
        for r in json.loads(request.data)["records"]:
            if r["key"] in self.reject_keys:
                results.append({"key": r["key"], "status": "rejected", "reason": "unknown member"})
                continue
            status = "duplicate" if r["key"] in self.records else "created"
            self.records[r["key"]] = r["payload"]
            self.times[r["key"]] = self.times.get(r["key"], 0) + 1
            results.append({"key": r["key"], "status": status})
        return Response(json.dumps({"results": results}), content_type="application/json")


@pytest.fixture
def plan(httpserver: HTTPServer) -> JsonPlan:
    handler = JsonPlan()
    httpserver.expect_request("/json/bscpromise/batches", method="POST").respond_with_handler(handler)
    return handler


def worker(station: Station, httpserver: HTTPServer, batch_size: int = 200) -> Worker:
    adapter = JsonBatchAdapter(httpserver.url_for("/json/bscpromise"), "demo-kiosk-1", timeout_s=5)
    return Worker(
        station.store,
        station.config,
        station.clock,
        {"bscpromise": adapter},
        batch_size=batch_size,
        rng=random.Random(3),
    )


def test_drain_sends_everything_once_in_batches(station: Station, httpserver: HTTPServer, plan: JsonPlan) -> None:
    for n in range(10):
        member(station, n)
    report = worker(station, httpserver, batch_size=7).drain()["bscpromise"]
    # Batches of at most 7: at least 5 requests; a record whose dependency is still in flight when the next
    # batch is claimed waits for the batch after, so a few more requests, never many.
    assert report.sent == 30 and report.rejected == 0 and 5 <= plan.calls <= 8
    assert max(plan.sizes) == 7 and sum(plan.sizes) == 30
    assert set(states(station).values()) == {"sent"}
    assert all(t == 1 for t in plan.times.values()) and len(plan.records) == 30
    assert worker(station, httpserver).drain()["bscpromise"].sent == 0


def test_a_failing_plan_is_retried_later_and_its_breaker_opens(
    station: Station, httpserver: HTTPServer, plan: JsonPlan, clock: ManualClock
) -> None:
    member(station, 1)
    w = worker(station, httpserver)
    for attempt in range(3):
        plan.fail_next.append(Response("busy", status=503, headers={"Retry-After": "5"}))
        report = w.drain()["bscpromise"]
        assert report.sent == 0 and report.retried == 3 and "503" in (report.last_error or "")
        # Past the backoff (at most 8 s after the third failure), not past the breaker's minute.
        clock.advance(timedelta(hours=2) if attempt < 2 else timedelta(seconds=30))
    calls = plan.calls
    assert w.drain()["bscpromise"].sent == 0 and plan.calls == calls  # breaker open: the plan is left alone
    clock.advance(timedelta(minutes=2))
    assert w.drain()["bscpromise"].sent == 3
    assert all(t == 1 for t in plan.times.values())


def test_refused_credentials_pause_the_plan_and_say_so(
    station: Station, httpserver: HTTPServer, plan: JsonPlan
) -> None:
    member(station, 1)
    plan.fail_next.append(Response("no", status=401))
    report = worker(station, httpserver).drain()["bscpromise"]
    assert report.paused and set(states(station).values()) == {"paused"}
    status = services.station_status(station)
    assert next(p for p in status.plans if p.plan_code == "bscpromise").counts == {"paused": 3}


def test_a_record_the_plan_rejects_does_not_block_the_queue(
    station: Station, httpserver: HTTPServer, plan: JsonPlan
) -> None:
    member(station, 1)
    member(station, 2)
    with station.store.read() as s:
        first_patient = s.execute(select(OutboxEntry.key).order_by(OutboxEntry.seq)).scalars().first()
    assert first_patient is not None
    plan.reject_keys.add(first_patient)
    report = worker(station, httpserver).drain()["bscpromise"]
    # This plan judges each record alone: it refuses the one patient and takes the other five.
    assert report.rejected == 1 and report.sent == 5
    with station.store.read() as s:
        reasons = [
            e.last_error for e in s.execute(select(OutboxEntry).where(OutboxEntry.state == "rejected")).scalars()
        ]
    assert "rejected: unknown member" in reasons


def test_a_lost_response_is_replayed_and_the_plan_still_holds_each_record_once(
    station: Station, httpserver: HTTPServer, plan: JsonPlan, clock: ManualClock
) -> None:
    member(station, 1)
    w = worker(station, httpserver)
    # The plan stores the batch but the answer never arrives: the worker sees a failure and retries.
    real = plan.__call__

    def store_then_lose(request: Request) -> Response:
        real(request)
        return Response("gateway timeout", status=504)

    httpserver.clear()
    httpserver.expect_request("/json/bscpromise/batches", method="POST").respond_with_handler(store_then_lose)
    assert w.drain()["bscpromise"].retried == 3
    httpserver.clear()
    httpserver.expect_request("/json/bscpromise/batches", method="POST").respond_with_handler(plan)
    clock.advance(timedelta(hours=2))
    assert w.drain()["bscpromise"].sent == 3
    assert len(plan.records) == 3 and set(plan.times.values()) == {2}  # replayed, stored once


def test_a_sent_entry_drops_its_payload_and_the_others_keep_theirs(
    station: Station, httpserver: HTTPServer, plan: JsonPlan
) -> None:
    member(station, 1)
    member(station, 2)
    with station.store.read() as s:
        first_patient = s.execute(select(OutboxEntry.key).order_by(OutboxEntry.seq)).scalars().first()
    assert first_patient is not None
    plan.reject_keys.add(first_patient)
    worker(station, httpserver).drain()
    member(station, 3)  # queued after the drain: pending
    with station.store.read() as s:
        entries = [(e.key, e.state, e.payload) for e in s.execute(select(OutboxEntry)).scalars()]
    # The plan refused one patient and took the other five records of the batch.
    assert sorted(state for _, state, _ in entries) == ["pending"] * 3 + ["rejected"] + ["sent"] * 5
    for key, state, payload in entries:
        if state == "sent":
            assert payload == {} and plan.records[key]  # the plan holds it; the station need not
        else:
            assert payload["plan"] == "bscpromise" and payload["member_id"].startswith("BSP2")


def test_claim_walks_the_queue_in_seq_order_without_sorting_it(station: Station, clock: ManualClock) -> None:
    # Found on (plan, state, next_attempt_at), the due entries were all sorted by seq on every claim:
    # 40 ms a claim with 100k queued. The walk over (plan, state, seq) stops at the limit.
    member(station, 1)
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if statement.lstrip().startswith("SELECT") and "outbox_entry" in statement:
            statements.append((statement, parameters))

    event.listen(station.store.engine, "before_cursor_execute", seen)
    try:
        assert len(outbox.claim(station.store, "bscpromise", clock.now())) == 3
    finally:
        event.remove(station.store.engine, "before_cursor_execute", seen)
    assert statements
    with station.store.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " | ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            assert "ix_outbox_plan_state_seq" in plan and "TEMP B-TREE" not in plan, plan
