"""The plan API stand-in: the server side of both adapters, on loopback, with fault injection.

Endpoints (``PLAN`` is the plan code, e.g. ``lacare``):

``POST /json/PLAN/batches``  JSON batches, ``Idempotency-Key`` header required; ``X-API-Key`` when configured.
``POST /fhir/PLAN``          FHIR R4 transaction Bundle with conditional create (``ifNoneExist``) on the
                             ``urn:crc-kiosk:key`` identifier; OAuth 2.0 bearer token when configured.
``POST /oauth/token``        OAuth 2.0 client credentials (form fields or HTTP Basic).
``GET  /health``             ``{"ok": true}``: for connectivity checks.
``GET  .../sites/..., .../Patient, .../members/...``  pulls: see ``sync/plan_sim/pulls.py``.

Everything accepted is committed to the sim's SQLite file before the answer is written.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import email.utils
import ipaddress
import json
import math
import secrets
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sync.plan_sim.faults import FaultDice, FaultSpec, Roll
from sync.plan_sim.pulls import SimPulls
from sync.plan_sim.store import SimStore, canonical_hash

KEY_SYSTEM = "urn:crc-kiosk:key"
FHIR_JSON = "application/fhir+json"
MAX_BODY = 64 * 1024 * 1024


class _Dropped(Exception):
    """Close the connection without an answer."""


@dataclass(frozen=True)
class _Reply:
    status: int
    body: Any
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json"


def _error(status: int, message: str, *headers: tuple[str, str]) -> _Reply:
    return _Reply(status, {"error": message}, headers)


def _outcome(code: str, message: str) -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": "error", "code": code, "diagnostics": message}],
    }


def _fhir_error(status: int, code: str, message: str, *headers: tuple[str, str]) -> _Reply:
    return _Reply(status, _outcome(code, message), headers, FHIR_JSON)


class PlanSim:
    """A plan API stand-in on loopback. ``with PlanSim(path) as sim: requests.post(sim.url + ...)``."""

    def __init__(
        self,
        db_path: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultSpec | None = None,
        *,
        api_keys: dict[str, str] | None = None,
        oauth_clients: dict[str, tuple[str, str]] | None = None,
        token_ttl_s: int = 3600,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError(f"the plan stand-in listens on loopback only, not {host!r}")
        self.db_path = Path(db_path)
        self.store = SimStore(self.db_path, now=now)
        self.now = now  # also the Date header's clock: a test can play a plan whose clock is off
        self.api_keys = dict(api_keys or {})
        self.oauth_clients = dict(oauth_clients or {})
        self.token_ttl_s = token_ttl_s
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[str, float]] = {}  # token -> (client_id, expires_at on clock)
        self.counters: Counter[str] = Counter()
        self._faults = FaultSpec()
        self._dice = FaultDice(self._faults)
        self._outage_until = 0.0
        self.set_faults(faults or FaultSpec())
        self._httpd = _Server((host, port), _Handler, self)
        self.pulls = SimPulls.demo(self.url)  # site configs, schedules, members: GETs (sync/plan_sim/pulls.py)
        self._thread: threading.Thread | None = None

    # --- lifecycle ------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = str(self._httpd.server_address[0])
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def fhir_base(self, plan: str) -> str:
        return f"{self.url}/fhir/{plan}"

    def json_batches_url(self, plan: str) -> str:
        return f"{self.url}/json/{plan}/batches"

    def start(self) -> PlanSim:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, args=(0.05,), name="plan-sim", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()`` from another thread (or Ctrl-C)."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()
            self.store.close()

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
            self._httpd.server_close()
            self.store.close()

    def __enter__(self) -> PlanSim:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- faults and tokens ----------------------------------------------------------

    @property
    def faults(self) -> FaultSpec:
        return self._faults

    def set_faults(self, spec: FaultSpec | str | None) -> None:
        """Apply a new fault spec now (a string is parsed); the outage window, if any, starts now."""
        if isinstance(spec, str):
            spec = FaultSpec.parse(spec)
        spec = spec or FaultSpec()
        with self._lock:
            self._faults = spec
            self._dice = FaultDice(spec)
            self._outage_until = self._clock() + spec.outage_s if spec.outage_s > 0 else 0.0

    def set_outage(self, on: bool, seconds: float = math.inf) -> None:
        """Pull the plug (every request answers 503) for ``seconds``, or plug it back in."""
        with self._lock:
            self._outage_until = self._clock() + seconds if on else 0.0

    @property
    def in_outage(self) -> bool:
        return self._clock() < self._outage_until

    def expire_tokens(self) -> None:
        """Every token issued so far has expired (clients must fetch a new one)."""
        with self._lock:
            self._tokens = {t: (client, -math.inf) for t, (client, _) in self._tokens.items()}

    def _roll(self) -> tuple[FaultSpec, Roll, bool]:
        with self._lock:
            return self._faults, self._dice.roll(), self._clock() < self._outage_until

    # --- data -------------------------------------------------------------------

    def dump(self) -> list[dict[str, Any]]:
        """One dict per record held: plan, key, type, received_at, times_received."""
        return self.store.dump()

    # --- handlers (called from the request threads) ------------------------------------

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes, roll: Roll) -> _Reply:
        parts = [p for p in urlsplit(path).path.split("/") if p]
        if method == "GET" and parts == ["health"]:
            return _Reply(200, {"ok": True})
        if method == "GET" and (pulled := self.pulls.handle(self, parts, urlsplit(path).query, headers, roll)):
            return pulled
        if method != "POST":
            return _error(405, "method not allowed")
        if parts == ["oauth", "token"]:
            return self._token(headers, body)
        if len(parts) == 3 and parts[0] == "json" and parts[2] == "batches":
            return self._json_batch(parts[1], headers, body)
        if len(parts) == 2 and parts[0] == "fhir":
            return self._fhir_transaction(parts[1], headers, body, roll)
        return _error(404, "no such endpoint")

    def _token(self, headers: dict[str, str], body: bytes) -> _Reply:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        client_id, secret = form.get("client_id"), form.get("client_secret")
        auth = headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            try:
                client_id, _, secret = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return _Reply(400, {"error": "invalid_request"})
        if form.get("grant_type") != "client_credentials":
            return _Reply(400, {"error": "unsupported_grant_type"})
        if not client_id or (client_id, secret) not in set(self.oauth_clients.values()):
            return _Reply(401, {"error": "invalid_client"}, (("WWW-Authenticate", 'Basic realm="plan-sim"'),))
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = (client_id, self._clock() + self.token_ttl_s)
        return _Reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": self.token_ttl_s})

    def _json_batch(self, plan: str, headers: dict[str, str], body: bytes) -> _Reply:
        expected = self.api_keys.get(plan)
        if expected is not None and not secrets.compare_digest(headers.get("x-api-key", ""), expected):
            return _error(401, "missing or wrong X-API-Key")
        idem = headers.get("idempotency-key", "").strip()
        if not idem:
            return _error(400, "the Idempotency-Key header is required")
        try:
            doc = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return _error(400, "the body is not JSON")
        if not isinstance(doc, dict) or not isinstance(doc.get("records"), list):
            return _error(400, 'expected {"records": [...]}')
        body_hash = canonical_hash(doc)
        with self.store.transaction() as tx:
            seen = tx.find_idempotent(plan, idem)
            if seen is not None:
                stored_hash, response, keys = seen
                if stored_hash != body_hash:
                    return _error(409, "this Idempotency-Key was used with a different body")
                tx.count_replay(plan, keys)
                return _Reply(200, response, (("Idempotent-Replayed", "true"),))
            # Each record is checked on its own; the valid ones are stored together, in their order.
            results: list[dict[str, str]] = [self._json_refusal(item) for item in doc["records"]]
            valid = [(i, item) for i, item in enumerate(doc["records"]) if not results[i]]
            outcomes = tx.accept_many(plan, [(item["key"], item["type"], item["payload"]) for _, item in valid])
            for (i, item), outcome in zip(valid, outcomes, strict=True):
                key = item["key"]
                if outcome.outcome == "conflict":
                    results[i] = {
                        "key": key,
                        "status": "conflict",
                        "reason": "this key already holds a different record",
                    }
                else:
                    results[i] = {"key": key, "status": outcome.outcome}
            accepted = [r["key"] for r in results if r["status"] in ("created", "duplicate")]
            response = {"results": results}
            tx.remember_idempotent(plan, idem, body_hash, response, accepted)
        return _Reply(200, response)

    @staticmethod
    def _json_refusal(item: Any) -> dict[str, str]:
        """Why this record cannot be stored; {} when it is well formed."""
        if not isinstance(item, dict):
            return {"key": "", "status": "rejected", "reason": "a record must be an object"}
        key, type_, payload = item.get("key"), item.get("type"), item.get("payload")
        missing = [n for n, v in (("key", key), ("type", type_)) if not isinstance(v, str) or not v]
        if not isinstance(payload, dict):
            missing.append("payload")
        if missing:
            shown = key if isinstance(key, str) else ""
            return {"key": shown, "status": "rejected", "reason": "missing or invalid: " + ", ".join(missing)}
        return {}

    def _check_bearer(self, plan: str, headers: dict[str, str], roll: Roll) -> _Reply | None:
        client = self.oauth_clients.get(plan)
        if client is None:
            return None
        auth = headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            challenge = 'Bearer realm="plan-sim"'
            return _fhir_error(401, "login", "a bearer token is required", ("WWW-Authenticate", challenge))
        token = auth[7:].strip()
        with self._lock:
            if roll.expire_token and token in self._tokens:
                self._tokens[token] = (self._tokens[token][0], -math.inf)
            issued_to, expires_at = self._tokens.get(token, ("", -math.inf))
            valid = issued_to == client[0] and self._clock() < expires_at
        if not valid:
            challenge = 'Bearer realm="plan-sim", error="invalid_token", error_description="expired or unknown token"'
            message = "the access token expired or is unknown"
            return _fhir_error(401, "expired", message, ("WWW-Authenticate", challenge))
        return None

    def _fhir_transaction(self, plan: str, headers: dict[str, str], body: bytes, roll: Roll) -> _Reply:
        denied = self._check_bearer(plan, headers, roll)
        if denied is not None:
            return denied
        try:
            bundle = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return _fhir_error(400, "structure", "the body is not JSON")
        try:
            entries = _parse_bundle(bundle)
        except ValueError as error:
            return _fhir_error(400, "invalid", str(error))
        out: list[dict[str, Any]] = []
        with self.store.transaction() as tx:
            outcomes = tx.accept_many(
                plan, [(key, resource_type, resource) for resource_type, key, resource in entries]
            )
            for (_, key, _), accepted in zip(entries, outcomes, strict=True):
                location = f"{accepted.stored_type}/{accepted.record_id}/_history/1"
                if accepted.outcome == "created":
                    out.append({"response": {"status": "201 Created", "location": location, "etag": 'W/"1"'}})
                elif accepted.outcome == "duplicate":
                    out.append({"response": {"status": "200 OK", "location": location, "etag": 'W/"1"'}})
                else:
                    message = f"identifier {KEY_SYSTEM}|{key} already names a different {accepted.stored_type}"
                    out.append({"response": {"status": "409 Conflict", "outcome": _outcome("conflict", message)}})
        response = {"resourceType": "Bundle", "type": "transaction-response", "entry": out}
        return _Reply(200, response, (), FHIR_JSON)


def _parse_bundle(bundle: Any) -> list[tuple[str, str, dict[str, Any]]]:
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise ValueError("expected a Bundle")
    if bundle.get("type") != "transaction":
        raise ValueError("expected a Bundle of type transaction")
    entries = bundle.get("entry", [])
    if not isinstance(entries, list):
        raise ValueError("Bundle.entry must be a list")
    parsed: list[tuple[str, str, dict[str, Any]]] = []
    for i, entry in enumerate(entries):
        where = f"Bundle.entry[{i}]"
        if not isinstance(entry, dict):
            raise ValueError(f"{where} must be an object")
        request, resource = entry.get("request"), entry.get("resource")
        if not isinstance(request, dict) or request.get("method") != "POST":
            raise ValueError(f"{where}.request.method must be POST")
        if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
            raise ValueError(f"{where}.resource is missing or has no resourceType")
        resource_type = resource["resourceType"]
        if request.get("url") != resource_type:
            raise ValueError(f"{where}.request.url must be {resource_type!r}")
        identifiers = resource.get("identifier")
        keys = [
            ident.get("value")
            for ident in (identifiers if isinstance(identifiers, list) else [])
            if isinstance(ident, dict) and ident.get("system") == KEY_SYSTEM
        ]
        if len(keys) != 1 or not isinstance(keys[0], str) or not keys[0]:
            raise ValueError(f"{where}.resource needs exactly one identifier with system {KEY_SYSTEM}")
        key = keys[0]
        if request.get("ifNoneExist") != f"identifier={KEY_SYSTEM}|{key}":
            raise ValueError(f"{where}.request.ifNoneExist must be 'identifier={KEY_SYSTEM}|{key}'")
        parsed.append((resource_type, key, resource))
    return parsed


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], sim: PlanSim) -> None:
        self.sim = sim
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "crc-kiosk-plan-sim/1"
    # The headers and the body go out in two writes: with Nagle's algorithm on, the body waited for the
    # client's delayed ACK (40 ms per keep-alive request; most of a drain's wall time).
    disable_nagle_algorithm = True
    server: _Server

    def date_time_string(self, timestamp: float | None = None) -> str:
        now = self.server.sim.now
        if timestamp is None and now is not None:
            return email.utils.format_datetime(now().astimezone(UTC), usegmt=True)
        return super().date_time_string(timestamp)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the sim is used by tests
        return

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        sim = self.server.sim
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY:
            self._send(_error(413, "request too large"))
            return
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        spec, roll, outage = sim._roll()
        sim.counters["requests"] += 1
        if outage:
            sim.counters["outage"] += 1
            self._send(_error(503, "the plan's API is unavailable (outage)"))
            return
        if spec.latency_s > 0:
            time.sleep(spec.latency_s)
        if roll.drop:
            sim.counters["dropped"] += 1
            self._drop()
            return
        if roll.too_many:
            sim.counters["429"] += 1
            self._send(_error(429, "too many requests", ("Retry-After", str(spec.retry_after_s))))
            return
        if roll.server_error is not None:
            sim.counters[str(roll.server_error)] += 1
            self._send(_error(roll.server_error, "internal error" if roll.server_error == 500 else "unavailable"))
            return
        reply = sim.handle(method, self.path, headers, body, roll)  # commits before returning
        if roll.lost_response and method == "POST":
            sim.counters["lost_response"] += 1
            self._drop()
            return
        sim.counters[f"status_{reply.status}"] += 1
        self._send(reply)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, reply: _Reply) -> None:
        data = json.dumps(reply.body).encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
