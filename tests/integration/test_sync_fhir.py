"""The FHIR adapter: every resource it makes is valid FHIR R4 (checked by fhir.resources, not our code)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kiosk import services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning import classify
from kiosk.station import Station
from sync import outbox
from sync.adapters.base import Status
from sync.adapters.fhir import KEY_SYSTEM, FhirAdapter, transaction_bundle


def checked_in(station: Station) -> None:
    person = services.register(
        station,
        Registration(
            "Rosa",
            "Ortega Ruiz",
            __import__("datetime").date(1980, 2, 3),
            phone="213-555-0199",
            memberships=(MembershipInput("lacare", "LC10000001", "yes"),),
        ),
    )
    services.check_in(station, person_id=person.person_id, services=["screening", "class:ZUMBA-AM"])
    visit = services.check_in(station, scan=classify("LC10000001", station.config), services=["telehealth"])
    services.correct(station, visit.visit_id, remove=["telehealth"], reason="wrong button")


def test_every_resource_is_valid_fhir_r4_and_conditional(station: Station, clock: ManualClock) -> None:
    checked_in(station)
    batch = outbox.claim(station.store, "lacare", clock.now() + timedelta(hours=1))
    assert {c.record_type for c in batch} == {"patient", "visit", "visit_service", "visit_service_void"}
    bundle, owners = transaction_bundle(batch)
    parsed = Bundle.model_validate(bundle)  # raises on anything that is not valid FHIR
    assert parsed.type == "transaction" and len(owners) == len(bundle["entry"])
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("Coverage") == 1 and kinds.count("Encounter") == 5
    for entry in bundle["entry"]:
        key = entry["resource"]["identifier"][0]
        assert key["system"] == KEY_SYSTEM
        assert entry["request"] == {
            "method": "POST",
            "url": entry["resource"]["resourceType"],
            "ifNoneExist": f"identifier={KEY_SYSTEM}|{key['value']}",
        }
    void = next(e["resource"] for e in bundle["entry"] if e["resource"].get("status") == "entered-in-error")
    assert void["partOf"]["reference"].startswith(f"Encounter?identifier={KEY_SYSTEM}|service-")


@pytest.fixture
def fhir_plan(httpserver: HTTPServer) -> list[dict[str, object]]:
    seen: list[dict[str, object]] = []

    def handler(request: Request) -> Response:
        bundle = json.loads(request.data)
        seen.append(bundle)
        refuse = any(e["resource"].get("birthDate") == "1980-02-03" for e in bundle["entry"])
        if refuse:  # an all-or-nothing transaction: one bad record refuses the bundle
            return Response(json.dumps({"resourceType": "OperationOutcome"}), status=422)
        entries = [{"response": {"status": "201 Created"}} for _ in bundle["entry"]]
        return Response(json.dumps({"resourceType": "Bundle", "type": "transaction-response", "entry": entries}))

    httpserver.expect_request("/fhir/lacare", method="POST").respond_with_handler(handler)
    return seen


def test_a_refused_transaction_is_halved_until_the_bad_record_stands_alone(
    station: Station, clock: ManualClock, httpserver: HTTPServer, fhir_plan: list[dict[str, object]]
) -> None:
    checked_in(station)
    batch = outbox.claim(station.store, "lacare", clock.now() + timedelta(hours=1))
    outcomes = FhirAdapter(httpserver.url_for("/fhir/lacare"), timeout_s=5).send(batch)
    by_type = {c.record_type: o.status for c, o in zip(batch, outcomes, strict=True)}
    assert by_type["patient"] is Status.REJECTED and "422" in next(o.reason for o in outcomes if o.reason)
    assert sum(o.status is Status.SENT for o in outcomes) == len(batch) - 1
    assert len(fhir_plan) <= 2 * len(batch)  # bounded: a bisection, not one request per record
