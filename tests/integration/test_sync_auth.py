"""Sync authentication per plan (API key, OAuth 2.0 client credentials), clock skew and per-plan sync health.

Secrets come from an in-memory keyring installed for each test; the plan API stand-in checks them.
"""

from __future__ import annotations

import json
import logging
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import keyring
import keyring.backends.fail
import pytest
import requests
from material.keyring_memory import MemoryKeyring
from pytest_httpserver import HTTPServer
from sqlalchemy import select, update
from werkzeug import Request, Response

from kiosk import services
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import Adapter, ApiConfig, AuthKind, PlanConfig
from kiosk.domain.people import MembershipInput, Registration
from kiosk.paths import StationPaths, demo_config_file
from kiosk.scanning import classify
from kiosk.station import Station, open_station
from kiosk.store.models import OutboxEntry
from kiosk.sync_health import HealthRecorder, PlanHealth, read_health, update_plan, write_health
from sync import outbox
from sync.adapters.base import BatchFailed, post_batch
from sync.adapters.json_batch import JsonBatchAdapter
from sync.auth import SERVICE, CredentialError, auth_for
from sync.plan_sim import PlanSim
from sync.plan_sim import server as sim_server
from sync.worker import PAUSE_PROBE, Worker, adapters_for

# Synthetic secrets, made up for these tests.
API_KEY = "fake-api-key-for-tests-7f3c"
CLIENT_ID = "fake-client-id-21"
CLIENT_SECRET = "fake-client-secret-for-tests-9b1e"
OAUTH_SECRET = json.dumps({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
KEY_NAME, OAUTH_NAME = "bsc-api-key", "lacare-oauth"


@pytest.fixture
def store_of_secrets() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    memory.set_password(SERVICE, KEY_NAME, API_KEY)
    memory.set_password(SERVICE, OAUTH_NAME, OAUTH_SECRET)
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    with PlanSim(
        tmp_path / "sim" / "plan-sim.db",
        api_keys={"bscpromise": API_KEY},
        oauth_clients={"lacare": (CLIENT_ID, CLIENT_SECRET)},
    ) as running:
        yield running


@pytest.fixture
def secured(tmp_path: Path, sim: PlanSim, clock: ManualClock, store_of_secrets: MemoryKeyring) -> Iterator[Station]:
    """The demo station with lacare (FHIR) on OAuth 2.0 and bscpromise (JSON) on an API key, at the stand-in."""
    data = tmp_path / "station"
    data.mkdir()
    text = demo_config_file().read_text(encoding="utf-8")
    text = re.sub(
        r'base_url = "[^"]*/fhir/lacare", auth = "none"',
        f'base_url = "{sim.fhir_base("lacare")}", auth = "oauth2_client_credentials", '
        f'credential = "{OAUTH_NAME}", token_url = "{sim.url}/oauth/token"',
        text,
    )
    text = re.sub(
        r'base_url = "[^"]*/json/bscpromise", auth = "none"',
        f'base_url = "{sim.url}/json/bscpromise", auth = "api_key", credential = "{KEY_NAME}"',
        text,
    )
    (data / "station.toml").write_text(text, encoding="utf-8")
    station = open_station(StationPaths.resolve(data), clock)
    assert station.config.plan("lacare").api.auth is AuthKind.OAUTH2
    assert station.config.plan("bscpromise").api.auth is AuthKind.API_KEY
    yield station
    station.close()


def member(station: Station, n: int, plan: str) -> None:
    member_id = f"BSP2{n:08d}" if plan == "bscpromise" else f"LC1{n:07d}"
    services.register(
        station,
        Registration("Ana", f"Test{n}", date(1990, 1, 1), memberships=(MembershipInput(plan, member_id, "yes"),)),
    )
    services.check_in(station, scan=classify(member_id, station.config), services=["screening"])


def members(station: Station, *numbers: int) -> None:
    for n in numbers:
        member(station, n, "lacare")
        member(station, n, "bscpromise")


@dataclass
class Wire:
    """Every request the adapters' sessions made: (path, status), and the tokens the plan issued."""

    calls: list[tuple[str, int]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    def count(self, path_end: str, status: int | None = None) -> int:
        return sum(p.endswith(path_end) and (status is None or s == status) for p, s in self.calls)


def worker(station: Station, batch_size: int = 200) -> tuple[Worker, Wire]:
    adapters = adapters_for(station.config)
    wire = Wire()

    def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        path = urlsplit(response.url).path
        wire.calls.append((path, response.status_code))
        if path.endswith("/oauth/token") and response.status_code == 200:
            wire.tokens.append(response.json()["access_token"])

    for adapter in adapters.values():
        adapter.session.hooks["response"].append(hook)  # type: ignore[attr-defined]
    w = Worker(station.store, station.config, station.clock, adapters, batch_size=batch_size, rng=random.Random(5))
    return w, wire


def held(sim: PlanSim) -> dict[tuple[str, str], int]:
    """(plan, key) -> times received, one per outbox record (a FHIR patient also makes a Coverage)."""
    return {(r["plan"], r["key"]): r["times_received"] for r in sim.dump() if r["type"] != "Coverage"}


def queued(station: Station, plan: str | None = None) -> dict[str, str]:
    query = select(OutboxEntry.key, OutboxEntry.state)
    if plan:
        query = query.where(OutboxEntry.plan_code == plan)
    with station.store.read() as s:
        return {k: st for k, st in s.execute(query).all()}


def reasons(station: Station) -> list[str]:
    with station.store.read() as s:
        return [e for e in s.execute(select(OutboxEntry.last_error)).scalars() if e]


def all_due(station: Station, w: Worker) -> None:
    """Skip backoff and breakers: what is waiting is due now."""
    with station.store.write() as s:
        s.execute(update(OutboxEntry).where(OutboxEntry.state == "pending").values(next_attempt_at=station.clock.now()))
    for breaker in w.breakers.values():
        breaker.succeeded()


def status_json(station: Station, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["sync", "--status", "--json", "--data-dir", str(station.paths.data_dir)]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def plan_status(doc: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in doc["plans"] if p["plan"] == code)
    return found


# --- credentials accepted ----------------------------------------------------------


def test_api_key_and_oauth_token_deliver_every_record_once_with_one_token(secured: Station, sim: PlanSim) -> None:
    members(secured, 1, 2, 3)
    w, wire = worker(secured, batch_size=2)
    reports = w.drain()
    assert reports["bscpromise"].sent == 9 and reports["lacare"].sent == 9
    assert set(queued(secured).values()) == {"sent"}
    assert sorted(held(sim).values()) == [1] * 18
    assert wire.count("/fhir/lacare", 200) == 5 and wire.count("/json/bscpromise/batches", 200) == 5
    assert wire.count("/oauth/token") == 1  # fetched once, on first use, reused for every batch
    assert wire.count("", 401) == 0
    members(secured, 4)
    w.drain()
    assert wire.count("/oauth/token") == 1 and len(held(sim)) == 24


def test_nothing_is_fetched_before_the_first_send(secured: Station, sim: PlanSim) -> None:
    sim.set_outage(True)  # a station starting with no network
    w, wire = worker(secured)
    assert wire.calls == [] and sim.counters["requests"] == 0
    members(secured, 1)
    reports = w.drain()
    # The token request failed like any network request: retried later, not paused.
    assert reports["lacare"].retried == 3 and not reports["lacare"].paused and sim.counters["outage"] == 2
    assert "token endpoint busy (503)" in (reports["lacare"].last_error or "")
    assert set(queued(secured, "lacare").values()) == {"pending"}


def test_an_expired_token_is_refreshed_once_and_the_same_batch_resent(secured: Station, sim: PlanSim) -> None:
    members(secured, 1, 2)
    w, wire = worker(secured)
    w.drain()
    first = dict(held(sim))
    sim.expire_tokens()  # the plan expires every token it issued
    members(secured, 3, 4)
    reports = w.drain()
    assert not reports["lacare"].paused and reports["lacare"].sent == 6
    assert wire.count("/oauth/token") == 2 and wire.count("/fhir/lacare", 401) == 1
    assert set(queued(secured).values()) == {"sent"}
    assert len(held(sim)) == 24 and sorted(held(sim).values()) == [1] * 24
    assert all(held(sim)[k] == 1 for k in first)


def test_a_second_401_after_a_refresh_pauses_only_that_plan(secured: Station, sim: PlanSim) -> None:
    members(secured, 1)
    sim.set_faults("expire_tokens=1")  # every token presented has expired, even a fresh one
    w, wire = worker(secured)
    reports = w.drain()
    assert reports["lacare"].paused and reports["bscpromise"].sent == 3
    assert wire.count("/oauth/token") == 2 and wire.count("/fhir/lacare", 401) == 2  # one refresh, one resend
    assert set(queued(secured, "lacare").values()) == {"paused"}
    assert reports["lacare"].last_error == f"credentials refused (401): check credential {OAUTH_NAME!r}"


def test_the_json_resend_after_a_refresh_keeps_its_idempotency_key(httpserver: HTTPServer) -> None:
    seen: list[tuple[str, str]] = []
    tokens = iter(["first-token", "second-token"])

    def token(request: Request) -> Response:
        body = {"access_token": next(tokens), "token_type": "Bearer", "expires_in": 3600}
        return Response(json.dumps(body), content_type="application/json")

    def batches(request: Request) -> Response:
        seen.append((request.headers["Idempotency-Key"], request.headers["Authorization"]))
        if len(seen) == 1:
            return Response("expired", status=401)
        results = [{"key": r["key"], "status": "created"} for r in json.loads(request.data)["records"]]
        return Response(json.dumps({"results": results}), content_type="application/json")

    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/json/p/batches", method="POST").respond_with_handler(batches)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    memory.set_password(SERVICE, OAUTH_NAME, OAUTH_SECRET)
    keyring.set_keyring(memory)
    try:
        plan = oauth_plan(httpserver.url_for("/json/p"), httpserver.url_for("/oauth/token"))
        session = requests.Session()
        adapter = JsonBatchAdapter(
            plan.api.base_url, "station-1", session=session, auth=auth_for(plan, session=session)
        )
        outcomes = adapter.send([claimed("k1"), claimed("k2")])
    finally:
        keyring.set_keyring(previous)
    assert [o.status.value for o in outcomes] == ["sent", "sent"]
    assert [auth for _, auth in seen] == ["Bearer first-token", "Bearer second-token"]
    assert seen[0][0] == seen[1][0]  # the same request, so the plan can recognise a replay


def oauth_plan(base_url: str, token_url: str) -> PlanConfig:
    api = ApiConfig(Adapter.JSON, base_url, AuthKind.OAUTH2, OAUTH_NAME, token_url=token_url, scope="system/*.write")
    return PlanConfig("p", {"en": "P"}, (), True, True, api)


def claimed(key: str) -> outbox.Claimed:
    return outbox.Claimed(1, key, "p", "visit", "r-" + key, '{"site": "s1"}', None, 0)


# --- credentials refused or missing -------------------------------------------------------


def test_wrong_secrets_pause_their_plans_until_fixed_and_resumed(
    secured: Station, sim: PlanSim, store_of_secrets: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    members(secured, 1, 2)
    store_of_secrets.set_password(SERVICE, KEY_NAME, "not-the-key")
    w, _ = worker(secured)
    reports = w.drain()
    assert reports["bscpromise"].paused and not reports["lacare"].paused and reports["lacare"].sent == 6
    status = plan_status(status_json(secured, capsys), "bscpromise")
    assert status["paused"] == 6 and status["paused_reason"].startswith("credentials refused (401)")
    assert KEY_NAME in status["paused_reason"]
    assert plan_status(status_json(secured, capsys), "lacare")["paused_reason"] is None

    store_of_secrets.set_password(SERVICE, OAUTH_NAME, json.dumps({"client_id": CLIENT_ID, "client_secret": "no"}))
    sim.expire_tokens()  # the plan rotated the client's secret: its tokens end with it
    members(secured, 3)
    reports = w.drain()
    assert reports["lacare"].paused
    assert (reports["lacare"].last_error or "").startswith("credentials refused by the token endpoint (401)")

    store_of_secrets.set_password(SERVICE, KEY_NAME, API_KEY)  # IT fixes both secrets: nothing else to do
    store_of_secrets.set_password(SERVICE, OAUTH_NAME, OAUTH_SECRET)
    w.drain()
    assert set(queued(secured).values()) == {"sent"}
    assert len(held(sim)) == 18 and sorted(held(sim).values()) == [1] * 18
    after = status_json(secured, capsys)
    assert all(p["paused_reason"] is None and p["failing_since"] is None for p in after["plans"])


def test_a_paused_plan_waits_quietly_until_its_secret_changes_a_probe_falls_due_or_a_restart(
    secured: Station, sim: PlanSim, store_of_secrets: MemoryKeyring, clock: ManualClock
) -> None:
    store_of_secrets.set_password(SERVICE, KEY_NAME, "not-the-key")
    members(secured, 1)
    w, wire = worker(secured)
    assert w.drain()["bscpromise"].paused
    refused = [c for c in wire.calls if c[0].startswith("/json/")]
    assert refused and all(status == 401 for _, status in refused)

    members(secured, 2)  # more records, same wrong secret: not one more request to that plan
    before = len(wire.calls)
    for _ in range(3):
        clock.advance(timedelta(minutes=5))
        assert w.drain()["bscpromise"].paused
    assert [c for c in wire.calls[before:] if c[0].startswith("/json/")] == []
    assert "pending" in queued(secured, "bscpromise").values()  # waiting, not lost

    clock.advance(PAUSE_PROBE)  # the plan may have fixed its side: one probe, refused again
    w.drain()
    assert [status for path, status in wire.calls[before:] if path.startswith("/json/")] == [401]

    restarted, wire2 = worker(secured)  # a restart tries once more
    restarted.drain()
    assert [status for path, status in wire2.calls if path.startswith("/json/")] == [401]

    store_of_secrets.set_password(SERVICE, KEY_NAME, API_KEY)  # IT fixes the secret: sent at the next pass
    restarted.drain()
    assert set(queued(secured, "bscpromise").values()) == {"sent"}
    assert all(n == 1 for (plan, _), n in held(sim).items() if plan == "bscpromise")


@pytest.mark.parametrize(
    ("secret", "expected"),
    [
        (None, f"credential {OAUTH_NAME!r} is missing from the OS credential store (crc-kiosk)"),
        ("not json", f"credential {OAUTH_NAME!r}: expected a JSON object with client_id and client_secret"),
        (json.dumps({"client_id": CLIENT_ID}), "expected a JSON object with client_id and client_secret"),
        (json.dumps([CLIENT_ID, CLIENT_SECRET]), "expected a JSON object with client_id and client_secret"),
    ],
)
def test_a_missing_or_malformed_credential_pauses_the_plan_and_names_it(
    secured: Station, sim: PlanSim, store_of_secrets: MemoryKeyring, secret: str | None, expected: str
) -> None:
    if secret is None:
        store_of_secrets.delete_password(SERVICE, OAUTH_NAME)
    else:
        store_of_secrets.set_password(SERVICE, OAUTH_NAME, secret)
    members(secured, 1)
    w, wire = worker(secured)
    reports = w.drain()
    assert reports["lacare"].paused and expected in (reports["lacare"].last_error or "")
    assert wire.count("/oauth/token") == 0  # nothing was sent without a usable secret
    assert set(queued(secured, "lacare").values()) == {"paused"}
    assert reports["bscpromise"].sent == 3
    assert read_health(secured.paths.sync_health_file)["lacare"].paused_reason == reports["lacare"].last_error


def test_no_usable_credential_store_is_one_clear_line(secured: Station) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture puts the previous one back
    members(secured, 1)
    w, _ = worker(secured)
    reports = w.drain()
    assert (
        reports["bscpromise"].last_error == f"credential {KEY_NAME!r}: this station has no usable OS credential store"
    )
    assert reports["bscpromise"].paused and reports["lacare"].paused


def test_no_secret_or_token_ever_shows_in_logs_reasons_health_or_status(
    secured: Station,
    sim: PlanSim,
    store_of_secrets: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # requests and urllib3 included
    members(secured, 1, 2)
    w, wire = worker(secured)
    w.drain()
    sim.expire_tokens()
    wrong_key = "wrong-key-also-secret-4d2a"
    store_of_secrets.set_password(SERVICE, KEY_NAME, wrong_key)
    wrong_client = json.dumps({"client_id": CLIENT_ID, "client_secret": "wrong-secret-also-secret-88"})
    store_of_secrets.set_password(SERVICE, OAUTH_NAME, wrong_client)
    members(secured, 3)
    w.drain()
    store_of_secrets.set_password(SERVICE, OAUTH_NAME, "{malformed " + CLIENT_SECRET)
    members(secured, 4)
    w.drain()
    assert len(wire.tokens) == 1
    said = "\n".join(
        [
            caplog.text,
            *reasons(secured),
            secured.paths.sync_health_file.read_text(encoding="utf-8"),
            json.dumps(status_json(secured, capsys)),
            repr(w.adapters),
            repr(services.station_status(secured)),
        ]
    )
    assert "credentials refused" in said and OAUTH_NAME in said  # what IT needs is there...
    for secret in (API_KEY, CLIENT_SECRET, wrong_key, "wrong-secret-also-secret-88", *wire.tokens):
        assert secret not in said  # ...and never a secret


def test_auth_for_reads_nothing_until_used(store_of_secrets: MemoryKeyring) -> None:
    store_of_secrets.secrets.clear()
    plan = oauth_plan("http://127.0.0.1:9/json/p", "http://127.0.0.1:9/oauth/token")
    auth = auth_for(plan)
    assert auth is not None and "lacare-oauth" in repr(auth)
    none = PlanConfig(
        "n", {"en": "N"}, (), True, True, ApiConfig(Adapter.FHIR, "http://127.0.0.1:9", AuthKind.NONE, None)
    )
    assert auth_for(none) is None
    with pytest.raises(CredentialError, match="is missing"):
        auth.refresh()
    key_plan = PlanConfig(
        "k", {"en": "K"}, (), True, True, ApiConfig(Adapter.JSON, "http://127.0.0.1:9", AuthKind.API_KEY, KEY_NAME)
    )
    key_auth = auth_for(key_plan)
    assert key_auth is not None and key_auth.refresh() is False


def test_a_network_failure_at_the_token_endpoint_is_retried_not_paused(store_of_secrets: MemoryKeyring) -> None:
    plan = oauth_plan("http://127.0.0.1:9/json/p", "http://127.0.0.1:9/oauth/token")  # nothing listens on port 9
    auth = auth_for(plan)
    with pytest.raises(BatchFailed) as failed:
        post_batch(requests.Session(), plan.api.base_url, {}, {}, 2.0, auth=auth)
    assert not failed.value.auth and failed.value.reason.startswith("token endpoint unreachable")


# --- clock skew ---------------------------------------------------------------------


def test_clock_skew_is_read_from_the_plans_date_header(
    secured: Station,
    sim: PlanSim,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The stand-in's `now` only stamps what it stores; its Date header is the handler's, shifted here.
    monkeypatch.setattr(
        sim_server._Handler,
        "date_time_string",
        lambda self, timestamp=None: format_datetime(datetime.now(UTC) + timedelta(seconds=300), usegmt=True),
    )
    clock.set(datetime.now(UTC))
    members(secured, 1)
    w, _ = worker(secured)
    with caplog.at_level(logging.WARNING, logger="sync.worker"):
        w.drain()
    skews = {p["plan"]: p["clock_skew_s"] for p in status_json(secured, capsys)["plans"]}
    assert skews.keys() == {"lacare", "bscpromise"}
    assert all(298 <= s <= 302 for s in skews.values()), skews
    assert len([m for m in caplog.messages if re.search(r"clock skew \+(299|300|301|302) s", m)]) == 2
    caplog.clear()
    members(secured, 2)
    with caplog.at_level(logging.WARNING, logger="sync.worker"):
        w.drain()
    assert not [m for m in caplog.messages if "clock skew" in m]  # once, not every batch

    monkeypatch.undo()
    clock.set(datetime.now(UTC))
    members(secured, 3)
    w.drain()
    assert all(abs(s) <= 2 for s in (p.clock_skew_s for p in services.station_status(secured).plans))  # type: ignore[arg-type]


# --- sync health ------------------------------------------------------------------


def test_failing_since_is_the_first_failure_and_a_success_clears_it(
    secured: Station, sim: PlanSim, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    members(secured, 1)
    w, _ = worker(secured)
    sim.set_outage(True)
    first_failure = clock.now()
    w.drain()
    clock.advance(timedelta(hours=2))
    all_due(secured, w)
    w.drain()  # still failing: "offline since" stays at the first failure
    doc = plan_status(status_json(secured, capsys), "bscpromise")
    assert doc["failing_since"] == first_failure.isoformat()
    assert doc["last_error"] == "plan busy (503)" and doc["paused_reason"] is None
    status = services.station_status(secured)
    assert status.failing_since == first_failure
    health = read_health(secured.paths.sync_health_file)["bscpromise"]
    assert health.last_attempt_at == clock.now() and health.last_ok_at is None

    sim.set_outage(False)
    clock.advance(timedelta(hours=2))
    all_due(secured, w)
    w.drain()
    for code in ("lacare", "bscpromise"):
        health = read_health(secured.paths.sync_health_file)[code]
        assert health.failing_since is None and health.last_error is None
        assert health.last_ok_at == clock.now() == health.last_attempt_at
    assert services.station_status(secured).failing_since is None


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[]",
        '{"plans": []}',
        '{"plans": {"p": {"failing_since": 7}}}',
        '{"plans": {"p": {"clock_skew_s": "far"}}}',
        '{"plans": {"p": {"last_ok_at": "yesterday"}}}',
    ],
)
def test_a_corrupt_health_file_reads_as_nothing_known(tmp_path: Path, content: str) -> None:
    path = tmp_path / "sync-health.json"
    path.write_text(content, encoding="utf-8")
    assert read_health(path) == {}
    assert read_health(tmp_path / "missing.json") == {}
    update_plan(path, "p", lambda h: h.failed(datetime(2026, 11, 23, 18, 42, tzinfo=UTC), "network: ConnectTimeout"))
    assert read_health(path)["p"].failing_since == datetime(2026, 11, 23, 18, 42, tzinfo=UTC)


def test_health_round_trips_and_is_replaced_in_one_step(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "sync-health.json"
    at = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
    plans = {
        "a": PlanHealth(at, at, None, None, None, -3.5),
        "b": PlanHealth(at, None, at, "x" * 500, "credentials refused (401)", None),
    }
    write_health(path, plans)
    back = read_health(path)
    assert back["a"] == plans["a"]
    assert back["b"].last_error == "x" * 200 and back["b"].paused_reason == "credentials refused (401)"
    assert [p.name for p in path.parent.iterdir()] == ["sync-health.json"]  # no temp file left behind
    # A write that cannot happen is logged, not raised: sync goes on.
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("", encoding="utf-8")
    assert update_plan(blocked / "h.json", "a", lambda h: h.succeeded(at, 1.0)).clock_skew_s == 1.0


def test_a_station_with_no_health_file_reports_nothing_known(station: Station) -> None:
    assert not station.paths.sync_health_file.exists()
    plans = services.station_status(station).plans
    assert plans and all(p.failing_since is None and p.clock_skew_s is None for p in plans)


def test_a_run_of_successes_is_written_every_few_seconds_and_on_flush(tmp_path: Path) -> None:
    path = tmp_path / "sync-health.json"
    ticks = [0.0]
    recorder = HealthRecorder(path, every_s=5.0, monotonic=lambda: ticks[0])
    at = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)

    def on_disk() -> PlanHealth:
        return read_health(path)["p"]

    recorder.succeeded("p", at, 0.4)
    recorder.succeeded("p", at + timedelta(seconds=1), 0.6)  # only the times moved: not written yet
    assert on_disk().last_ok_at == at
    ticks[0] = 6.0
    recorder.succeeded("p", at + timedelta(seconds=2), 0.5)  # a few seconds on: written
    assert on_disk().last_ok_at == at + timedelta(seconds=2)
    recorder.succeeded("p", at + timedelta(seconds=3), 9.0)  # the skew moved: written at once
    assert on_disk().clock_skew_s == 9.0
    recorder.succeeded("p", at + timedelta(seconds=4), 9.0)
    recorder.flush("p")  # the end of a drain writes what is left
    assert on_disk().last_ok_at == at + timedelta(seconds=4)
    recorder.succeeded("p", at + timedelta(seconds=5), 9.0)
    recorder.failed("p", at + timedelta(seconds=6), "network: ConnectionError")  # a failure: at once, after the success
    health = on_disk()
    assert health.last_ok_at == at + timedelta(seconds=5) and health.failing_since == at + timedelta(seconds=6)
    recorder.succeeded("p", at + timedelta(seconds=7), None)  # the first success after a failure: at once
    assert on_disk().failing_since is None and on_disk().clock_skew_s == 9.0
