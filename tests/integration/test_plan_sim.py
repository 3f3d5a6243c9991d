"""The plan API stand-in (sync.plan_sim): idempotency, both wire formats, auth and every fault, on loopback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.cli import main
from sync.plan_sim import KEY_SYSTEM, FaultSpec, FaultSpecError, PlanSim

EXE = shutil.which("crc-kiosk") or str(Path(sys.executable).with_name("crc-kiosk"))
T = 5  # seconds: every request in here is bounded


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PlanSim]:
    with PlanSim(
        tmp_path / "plan-sim.db",
        api_keys={"secured": "k3y"},
        oauth_clients={"oauthplan": ("station-1", "s3cret")},
    ) as running:
        yield running


def batch(*records: dict[str, Any]) -> dict[str, Any]:
    return {"records": list(records)}


def rec(key: str, **payload: Any) -> dict[str, Any]:
    return {"key": key, "type": "visit", "payload": payload or {"site": "s1"}}


def post_json(sim: PlanSim, plan: str, body: Any, idem: str | None = "b-1", **headers: str) -> requests.Response:
    if idem is not None:
        headers["Idempotency-Key"] = idem
    return requests.post(sim.json_batches_url(plan), json=body, headers=headers, timeout=T)


def entry(key: str, resource_type: str = "Encounter", **extra: Any) -> dict[str, Any]:
    resource = {"resourceType": resource_type, "identifier": [{"system": KEY_SYSTEM, "value": key}], **extra}
    return {
        "resource": resource,
        "request": {"method": "POST", "url": resource_type, "ifNoneExist": f"identifier={KEY_SYSTEM}|{key}"},
    }


def bundle(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "transaction", "entry": list(entries)}


def times(sim: PlanSim) -> dict[str, int]:
    return {r["key"]: r["times_received"] for r in sim.dump()}


# --- JSON batches ------------------------------------------------------------------


def test_json_batch_created_then_duplicates_are_counted(sim: PlanSim) -> None:
    first = post_json(sim, "p", batch(rec("v1"), rec("v2")), idem="a")
    assert first.status_code == 200
    assert first.json() == {"results": [{"key": "v1", "status": "created"}, {"key": "v2", "status": "created"}]}
    again = post_json(sim, "p", batch(rec("v1")), idem="b")  # same record in a new batch
    assert again.json()["results"] == [{"key": "v1", "status": "duplicate"}]
    assert times(sim) == {"v1": 2, "v2": 1}


def test_replayed_idempotency_key_returns_the_original_answer(sim: PlanSim) -> None:
    body = batch(rec("v1"), rec("v2"))
    first = post_json(sim, "p", body, idem="same")
    replay = post_json(sim, "p", body, idem="same")
    assert replay.status_code == 200 and replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert times(sim) == {"v1": 2, "v2": 2}
    other = post_json(sim, "p", batch(rec("v3")), idem="same")
    assert other.status_code == 409
    assert "v3" not in times(sim)


def test_same_key_other_payload_is_the_same_record_and_the_first_version_stands(sim: PlanSim) -> None:
    # Two stations of a site send the same visit (same key) with their own details: one visit.
    post_json(sim, "p", batch(rec("v1", site="s1")), idem="a")
    answer = post_json(sim, "p", batch(rec("v1", site="s2"), rec("v2")), idem="b")
    assert answer.status_code == 200
    first, second = answer.json()["results"]
    assert first == {"key": "v1", "status": "duplicate"}
    assert second == {"key": "v2", "status": "created"}
    assert times(sim) == {"v1": 2, "v2": 1}
    assert sim.store.payload("p", "v1") == {"site": "s1"}


def test_malformed_records_are_rejected_one_by_one(sim: PlanSim) -> None:
    answer = post_json(sim, "p", batch({"key": "x", "type": "visit"}, {"type": "visit", "payload": {}}, rec("ok")))
    statuses = [r["status"] for r in answer.json()["results"]]
    assert statuses == ["rejected", "rejected", "created"]
    assert "payload" in answer.json()["results"][0]["reason"]
    assert list(times(sim)) == ["ok"]


def test_json_batch_needs_an_idempotency_key_and_a_records_list(sim: PlanSim) -> None:
    assert post_json(sim, "p", batch(rec("v1")), idem=None).status_code == 400
    assert post_json(sim, "p", {"nope": []}).status_code == 400
    assert sim.dump() == []


def test_plans_are_separate(sim: PlanSim) -> None:
    post_json(sim, "a", batch(rec("v1")), idem="x")
    post_json(sim, "b", batch(rec("v1", other=1)), idem="x")
    assert sorted((r["plan"], r["key"]) for r in sim.dump()) == [("a", "v1"), ("b", "v1")]


def test_api_key_is_required_when_configured(sim: PlanSim) -> None:
    assert post_json(sim, "secured", batch(rec("v1"))).status_code == 401
    assert post_json(sim, "secured", batch(rec("v1")), **{"X-API-Key": "wrong"}).status_code == 401
    assert post_json(sim, "secured", batch(rec("v1")), **{"X-API-Key": "k3y"}).status_code == 200
    assert times(sim) == {"v1": 1}


# --- FHIR ----------------------------------------------------------------------


def post_fhir(sim: PlanSim, plan: str, body: Any, token: str | None = None) -> requests.Response:
    headers = {"Content-Type": "application/fhir+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(sim.fhir_base(plan), data=json.dumps(body), headers=headers, timeout=T)


def test_fhir_conditional_create(sim: PlanSim) -> None:
    first = post_fhir(sim, "f", bundle(entry("p1", "Patient"), entry("v1", status="finished")))
    assert first.status_code == 200
    doc = first.json()
    assert doc["resourceType"] == "Bundle" and doc["type"] == "transaction-response"
    assert [e["response"]["status"] for e in doc["entry"]] == ["201 Created", "201 Created"]
    assert doc["entry"][0]["response"]["location"].startswith("Patient/")
    # ifNoneExist: an existing identifier is "200 OK", whatever the new version says (first stands);
    # the same key on another resource type is a conflict.
    again = post_fhir(
        sim, "f", bundle(entry("p1", "Patient"), entry("v1", status="other"), entry("v2"), entry("p1", "Encounter"))
    )
    statuses = [e["response"]["status"] for e in again.json()["entry"]]
    assert statuses == ["200 OK", "200 OK", "201 Created", "409 Conflict"]
    assert again.json()["entry"][3]["response"]["outcome"]["resourceType"] == "OperationOutcome"
    assert times(sim) == {"p1": 2, "v1": 2, "v2": 1}
    assert {r["key"]: r["type"] for r in sim.dump()} == {"p1": "Patient", "v1": "Encounter", "v2": "Encounter"}


def test_one_bundle_naming_a_key_twice_stores_it_once_and_answers_its_stored_id(sim: PlanSim) -> None:
    # A batch is stored with one lookup and one multi-row insert: what an earlier entry of the same
    # batch created counts as held for the entries after it.
    doc = post_fhir(
        sim, "f", bundle(entry("p1", "Patient"), entry("v1"), entry("p1", "Patient"), entry("p1", "Encounter"))
    ).json()
    answers = [e["response"] for e in doc["entry"]]
    assert [a["status"] for a in answers] == ["201 Created", "201 Created", "200 OK", "409 Conflict"]
    assert answers[2]["location"] == answers[0]["location"]
    later = post_fhir(sim, "f", bundle(entry("v2"))).json()["entry"][0]["response"]
    ids = [int(a["location"].split("/")[1]) for a in (answers[0], answers[1], later)]
    assert ids == sorted(set(ids))  # ids are the stored rows', never reused
    assert times(sim) == {"p1": 2, "v1": 1, "v2": 1}


def test_json_batch_results_keep_the_order_of_its_records(sim: PlanSim) -> None:
    body = batch(rec("a", name="Peña"), {"key": "bad", "type": "visit"}, rec("a", name="other"), rec("b"))
    results = post_json(sim, "p", body).json()["results"]
    assert [(r["key"], r["status"]) for r in results] == [
        ("a", "created"),
        ("bad", "rejected"),
        ("a", "duplicate"),
        ("b", "created"),
    ]
    assert times(sim) == {"a": 2, "b": 1}
    assert sim.store.payload("p", "a") == {"name": "Peña"}


@pytest.mark.parametrize(
    "body",
    [
        {"resourceType": "Bundle", "type": "batch", "entry": []},
        {"resourceType": "Patient"},
        bundle({"request": {"method": "POST", "url": "Encounter"}, "resource": {"resourceType": "Encounter"}}),
        bundle({**entry("v1"), "request": {"method": "POST", "url": "Encounter"}}),  # no ifNoneExist
    ],
)
def test_fhir_malformed_bundle_is_400_with_an_operation_outcome(sim: PlanSim, body: Any) -> None:
    answer = post_fhir(sim, "f", body)
    assert answer.status_code == 400
    assert answer.json()["resourceType"] == "OperationOutcome"
    assert sim.dump() == []


def token(sim: PlanSim, client_id: str = "station-1", secret: str = "s3cret") -> requests.Response:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return requests.post(f"{sim.url}/oauth/token", data=form, timeout=T)


def test_oauth_client_credentials_guard_the_fhir_endpoint(sim: PlanSim) -> None:
    assert token(sim, secret="wrong").status_code == 401
    issued = token(sim).json()
    assert issued["token_type"] == "Bearer" and issued["expires_in"] > 0
    denied = post_fhir(sim, "oauthplan", bundle(entry("v1")))
    assert denied.status_code == 401 and denied.headers["WWW-Authenticate"].startswith("Bearer")
    assert post_fhir(sim, "oauthplan", bundle(entry("v1")), token="made-up").status_code == 401
    assert post_fhir(sim, "oauthplan", bundle(entry("v1")), token=issued["access_token"]).status_code == 200
    basic = requests.post(
        f"{sim.url}/oauth/token", data={"grant_type": "client_credentials"}, auth=("station-1", "s3cret"), timeout=T
    )
    assert basic.status_code == 200


def test_expired_tokens(sim: PlanSim) -> None:
    old = token(sim).json()["access_token"]
    sim.expire_tokens()
    expired = post_fhir(sim, "oauthplan", bundle(entry("v1")), token=old)
    assert expired.status_code == 401 and "invalid_token" in expired.headers["WWW-Authenticate"]
    fresh = token(sim).json()["access_token"]
    assert post_fhir(sim, "oauthplan", bundle(entry("v1")), token=fresh).status_code == 200
    sim.set_faults("expire_tokens=1")
    assert post_fhir(sim, "oauthplan", bundle(entry("v2")), token=fresh).status_code == 401
    assert post_fhir(sim, "oauthplan", bundle(entry("v2")), token=token(sim).json()["access_token"]).status_code == 401
    assert list(times(sim)) == ["v1"]


# --- faults -------------------------------------------------------------------------


def test_fault_spec_syntax() -> None:
    spec = FaultSpec.parse(
        "latency=200ms,5xx=0.2,429=0.1:retry_after=3,drop=0.05,lost_response=0.1,expire_tokens=1,outage=60s,seed=7"
    )
    assert (spec.latency_s, spec.p_5xx, spec.p_429, spec.retry_after_s) == (0.2, 0.2, 0.1, 3)
    assert (spec.p_drop, spec.p_lost_response, spec.p_expire_tokens, spec.outage_s, spec.seed) == (
        0.05,
        0.1,
        1.0,
        60.0,
        7,
    )
    assert FaultSpec.parse("outage=1d").outage_s == 86400
    assert FaultSpec.parse("") == FaultSpec()
    for bad in ("5xx=2", "latency=fast", "nonsense=1", "drop", "429=0.1:wait=3", "seed=x", "drop=0.1,drop=0.2"):
        with pytest.raises(FaultSpecError):
            FaultSpec.parse(bad)


def test_latency(sim: PlanSim) -> None:
    sim.set_faults("latency=300ms")
    answer = requests.get(f"{sim.url}/health", timeout=T)
    assert answer.status_code == 200 and answer.elapsed.total_seconds() >= 0.3


def test_server_errors_store_nothing(sim: PlanSim) -> None:
    sim.set_faults("5xx=1")
    answer = post_json(sim, "p", batch(rec("v1")))
    assert answer.status_code in (500, 503)
    assert sim.dump() == []


def test_too_many_requests_says_when_to_retry(sim: PlanSim) -> None:
    sim.set_faults("429=1:retry_after=7")
    answer = post_json(sim, "p", batch(rec("v1")))
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "7"
    assert sim.dump() == []


def test_dropped_connection_stores_nothing(sim: PlanSim) -> None:
    sim.set_faults("drop=1")
    with pytest.raises(requests.ConnectionError):
        post_json(sim, "p", batch(rec("v1")))
    assert sim.dump() == [] and sim.counters["dropped"] == 1


def test_lost_response_after_the_commit_stores_the_data(sim: PlanSim) -> None:
    sim.set_faults("lost_response=1")
    with pytest.raises(requests.ConnectionError):
        post_json(sim, "p", batch(rec("v1")), idem="k")
    with pytest.raises(requests.ConnectionError):
        post_fhir(sim, "f", bundle(entry("e1")))
    assert times(sim) == {"v1": 1, "e1": 1}
    sim.set_faults(None)  # the client retries the same batch: the original answer, counted as a replay
    retry = post_json(sim, "p", batch(rec("v1")), idem="k")
    assert retry.json()["results"] == [{"key": "v1", "status": "created"}]
    assert post_fhir(sim, "f", bundle(entry("e1"))).json()["entry"][0]["response"]["status"] == "200 OK"
    assert times(sim) == {"v1": 2, "e1": 2}


def test_outage_for_a_while_or_until_plugged_back(sim: PlanSim) -> None:
    sim.set_faults("outage=1d")
    assert post_json(sim, "p", batch(rec("v1"))).status_code == 503
    assert requests.get(f"{sim.url}/health", timeout=T).status_code == 503
    sim.set_outage(False)
    assert post_json(sim, "p", batch(rec("v1"))).status_code == 200
    sim.set_outage(True)
    assert post_json(sim, "p", batch(rec("v2")), idem="2").status_code == 503
    sim.set_outage(False)
    assert times(sim) == {"v1": 1}
    sim.set_faults("outage=50ms")
    assert sim.in_outage
    sim.set_faults(FaultSpec(outage_s=0))
    assert not sim.in_outage


def test_seeded_faults_are_reproducible(tmp_path: Path) -> None:
    def run(seed: int) -> list[int]:
        with PlanSim(
            tmp_path / f"s{seed}-{len(list(tmp_path.iterdir()))}.db",
            faults=FaultSpec.parse(f"5xx=0.3,429=0.3,seed={seed}"),
        ) as s:
            return [requests.get(f"{s.url}/health", timeout=T).status_code for _ in range(20)]

    first, again = run(7), run(7)
    assert first == again
    assert {200, 429} <= set(first) and set(first) & {500, 503}


def test_dump_lists_every_record(sim: PlanSim) -> None:
    post_json(sim, "p", batch(rec("v1")), idem="a")
    post_fhir(sim, "f", bundle(entry("e1")))
    rows = sim.dump()
    assert [set(r) for r in rows] == [{"plan", "key", "type", "received_at", "times_received"}] * 2
    assert [(r["plan"], r["key"], r["type"]) for r in rows] == [("p", "v1", "visit"), ("f", "e1", "Encounter")]


def test_only_loopback(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        PlanSim(tmp_path / "x.db", host="::")


# --- command line -----------------------------------------------------------------


def test_cli_dump_prints_one_json_line_per_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with PlanSim(tmp_path / "plan-sim.db") as s:
        post_json(s, "p", batch(rec("v1"), rec("v2")))
    assert main(["plan-sim", "--data-dir", str(tmp_path), "--dump"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["plan"], r["key"], r["times_received"]) for r in lines] == [("p", "v1", 1), ("p", "v2", 1)]


def test_cli_bad_faults_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan-sim", "--data-dir", str(tmp_path), "--faults", "5xx=lots"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "5xx" in err


def test_cli_serves_until_interrupted(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CRC_KIOSK_DATA_DIR"}
    proc = subprocess.Popen(
        [EXE, "plan-sim", "--data-dir", str(tmp_path), "--port", "0", "--faults", "seed=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # As from a terminal: a shell's background job ignores SIGINT, and a child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split()[3]
        assert url.startswith("http://127.0.0.1:")
        answer = requests.post(
            f"{url}/json/p/batches", json=batch(rec("v1")), headers={"Idempotency-Key": "1"}, timeout=T
        )
        assert answer.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:  # read both pipes while it stops: a full stderr pipe must not hold it up
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"plan-sim did not stop on Ctrl-C within 30 s; it said: {err[-800:]}") from None
    assert proc.returncode in (0, 130), err[-800:]
    dumped = subprocess.run(
        [EXE, "plan-sim", "--data-dir", str(tmp_path), "--dump"], capture_output=True, text=True, env=env, timeout=60
    )
    assert dumped.returncode == 0 and json.loads(dumped.stdout)["key"] == "v1"
