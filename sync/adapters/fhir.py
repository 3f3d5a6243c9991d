"""FHIR R4: one transaction Bundle per batch, each entry a conditional create.

Every resource carries the outbox key as an identifier (``urn:crc-kiosk:key``)
and is POSTed with ``ifNoneExist`` on it, so a retried batch creates nothing
twice. References between records of different batches are conditional
references on the same identifier. Records are immutable here too: a voided
service is a new Encounter marked entered-in-error, part of the one it voids.

Mapping: patient -> Patient (+ a Coverage for the plan membership), visit ->
Encounter, visit_service -> Encounter part of the visit, with the service as
its serviceType; child care: see ``_child_care``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import requests

from sync.adapters.base import BatchFailed, Outcome, Status, post_batch, server_date
from sync.auth import PlanAuth
from sync.outbox import Claimed

KEY_SYSTEM = "urn:crc-kiosk:key"
SERVICE_SYSTEM = "urn:crc-kiosk:service"
SITE_SYSTEM = "urn:crc-kiosk:site"


def member_system(plan_code: str) -> str:
    return f"urn:crc-kiosk:member-id:{plan_code}"


def _key_id(key: str) -> list[dict[str, str]]:
    return [{"system": KEY_SYSTEM, "value": key}]


def _ref(resource_type: str, key: str) -> dict[str, str]:
    return {"reference": f"{resource_type}?identifier={KEY_SYSTEM}|{key}"}


def resources_for(entry: Claimed) -> list[dict[str, Any]]:
    """The FHIR resources one outbox entry becomes (plain JSON dicts)."""
    p = entry.payload
    if entry.record_type == "patient":
        patient: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": [*_key_id(entry.key), {"system": member_system(p["plan"]), "value": p["member_id"]}],
        }
        if p.get("last_name") or p.get("first_name"):
            patient["name"] = [
                {"family": p.get("last_name") or "", "given": [p["first_name"]] if p.get("first_name") else []}
            ]
        if p.get("birth_date"):
            patient["birthDate"] = p["birth_date"]
        if p.get("phone"):
            patient["telecom"] = [{"system": "phone", "value": p["phone"]}]
        if p.get("preferred_language"):
            patient["communication"] = [
                {
                    "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p["preferred_language"]}]},
                    "preferred": True,
                }
            ]
        coverage = {
            "resourceType": "Coverage",
            "identifier": _key_id(entry.key + ":coverage"),
            "status": "active",
            "subscriberId": p["member_id"],
            "beneficiary": _ref("Patient", entry.key),
            "payor": [{"display": p["plan"]}],
        }
        return [patient, coverage]
    if entry.record_type == "visit":
        return [
            {
                "resourceType": "Encounter",
                "identifier": _key_id(entry.key),
                "status": "arrived",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                "subject": _ref("Patient", p["patient_key"]),
                "period": {"start": p["started_at"]},
                "serviceProvider": {"identifier": {"system": SITE_SYSTEM, "value": p["site"]}},
            }
        ]
    if entry.record_type == "visit_service":
        service: dict[str, Any] = {
            "resourceType": "Encounter",
            "identifier": _key_id(entry.key),
            "status": "arrived",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "serviceType": {"coding": [{"system": SERVICE_SYSTEM, "code": p["service_code"]}]},
            "partOf": _ref("Encounter", p["visit_key"]),
            "period": {"start": p["at"]},
        }
        if p.get("class_code"):
            service["serviceType"]["text"] = f"class {p['class_code']}"
        return [service]
    if entry.record_type == "visit_service_void":
        return [
            {
                "resourceType": "Encounter",
                "identifier": _key_id(entry.key),
                "status": "entered-in-error",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                "partOf": _ref("Encounter", p["service_key"]),
            }
        ]
    if entry.record_type == "daily_counts":
        # Visits of people who go to no plan, as numbers only: one group per service.
        return [
            {
                "resourceType": "MeasureReport",
                "identifier": _key_id(entry.key),
                "status": "complete",
                "type": "summary",
                "measure": "urn:crc-kiosk:measure:unrouted-visits-per-service",
                "period": {"start": p["local_date"], "end": p["local_date"]},
                "reporter": {"identifier": {"system": SITE_SYSTEM, "value": p["site"]}},
                "group": [
                    {
                        "code": {"coding": [{"system": SERVICE_SYSTEM, "code": service}]},
                        "population": [{"count": count}],
                    }
                    for service, count in sorted(p["counts"].items())
                ],
            }
        ]
    if entry.record_type in CHILD_CARE_TYPES:
        return _child_care(entry)
    raise ValueError(f"no FHIR mapping for record type {entry.record_type!r}")


# Child care. The guardian is the Patient (the plan's member who consented); the child is a RelatedPerson of
# that Patient (relationship CHILD), since the child may be no member at all; the signup is an Appointment
# with both as participants; the check-in is an Encounter for that appointment with the child as participant,
# and the check-out a new "finished" Encounter part of it (records are never updated in place). Flags, pickup
# codes and who picked the child up stay at the center.
CHILD_CARE_TYPES = frozenset({"related_person", "childcare_signup", "childcare_check_in", "childcare_check_out"})
CHILD_CARE_SERVICE = {"coding": [{"system": SERVICE_SYSTEM, "code": "child-care"}], "text": "child care"}
PARTICIPATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
_AMBULATORY = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"}


def _child_participant(child_key: str) -> dict[str, Any]:
    return {
        "type": [{"coding": [{"system": PARTICIPATION_SYSTEM, "code": "PART"}]}],
        "individual": _ref("RelatedPerson", child_key),
    }


def _child_care(entry: Claimed) -> list[dict[str, Any]]:
    p = entry.payload
    if entry.record_type == "related_person":
        return [
            {
                "resourceType": "RelatedPerson",
                "identifier": _key_id(entry.key),
                "patient": _ref("Patient", p["patient_key"]),
                "relationship": [
                    {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "CHILD"}]}
                ],
                "name": [{"family": p["last_name"], "given": [p["first_name"]]}],
                "birthDate": p["birth_date"],
            }
        ]
    if entry.record_type == "childcare_signup":
        appointment: dict[str, Any] = {
            "resourceType": "Appointment",
            "identifier": _key_id(entry.key),
            "status": "booked",
            "serviceType": [CHILD_CARE_SERVICE],
            "start": p["starts_at"],
            "end": p["ends_at"],
            "participant": [
                {"actor": _ref("RelatedPerson", p["child_key"]), "status": "accepted"},
                {"actor": _ref("Patient", p["patient_key"]), "status": "accepted"},
            ],
        }
        if p.get("class_code"):
            appointment["comment"] = f"during class {p['class_code']}"
        return [appointment]
    if entry.record_type == "childcare_check_in":
        return [
            {
                "resourceType": "Encounter",
                "identifier": _key_id(entry.key),
                "status": "arrived",
                "class": _AMBULATORY,
                "serviceType": CHILD_CARE_SERVICE,
                "subject": _ref("Patient", p["patient_key"]),
                "participant": [_child_participant(p["child_key"])],
                "appointment": [_ref("Appointment", p["signup_key"])],
                "period": {"start": p["at"]},
                "serviceProvider": {"identifier": {"system": SITE_SYSTEM, "value": p["site"]}},
            }
        ]
    return [
        {
            "resourceType": "Encounter",
            "identifier": _key_id(entry.key),
            "status": "finished",
            "class": _AMBULATORY,
            "serviceType": CHILD_CARE_SERVICE,
            "subject": _ref("Patient", p["patient_key"]),
            "participant": [_child_participant(p["child_key"])],
            "partOf": _ref("Encounter", p["check_in_key"]),
            "period": {"end": p["at"]},
        }
    ]


def transaction_bundle(batch: Sequence[Claimed]) -> tuple[dict[str, Any], list[int]]:
    """The Bundle, and for each of its entries the outbox seq it came from."""
    entries: list[dict[str, Any]] = []
    owners: list[int] = []
    for claimed in batch:
        for resource in resources_for(claimed):
            key = resource["identifier"][0]["value"]
            entries.append(
                {
                    "resource": resource,
                    "request": {
                        "method": "POST",
                        "url": resource["resourceType"],
                        "ifNoneExist": f"identifier={KEY_SYSTEM}|{key}",
                    },
                }
            )
            owners.append(claimed.seq)
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}, owners


class FhirAdapter:
    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        auth: PlanAuth | None = None,
        timeout_s: float = 15.0,
    ) -> None:
        self.url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.auth = auth
        self.server_date: datetime | None = None
        self.timeout_s = timeout_s

    def send(self, batch: Sequence[Claimed]) -> list[Outcome]:
        bundle, owners = transaction_bundle(batch)
        headers = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
        response = post_batch(self.session, self.url, bundle, headers, self.timeout_s, auth=self.auth)
        self.server_date = server_date(response)
        if response.status_code != 200:
            # A transaction is all or nothing: one bad record refuses the whole bundle. Halve the batch
            # until the record the plan refuses stands alone, so the rest of the queue goes on.
            if len(batch) == 1:
                return [Outcome(batch[0].seq, Status.REJECTED, f"refused ({response.status_code})")]
            middle = len(batch) // 2
            return self.send(batch[:middle]) + self.send(batch[middle:])
        try:
            answers = [e["response"]["status"] for e in response.json()["entry"]]
        except (ValueError, KeyError, TypeError):
            raise BatchFailed("unreadable answer from the plan") from None
        if len(answers) != len(owners):
            raise BatchFailed("the plan's answer does not match the bundle")
        # An outbox entry is sent when every resource it became was created or already there.
        failed: dict[int, str] = {}
        for seq, status in zip(owners, answers, strict=True):
            if not str(status).startswith(("200", "201")):
                failed.setdefault(seq, str(status))
        return [
            Outcome(c.seq, Status.REJECTED, failed[c.seq]) if c.seq in failed else Outcome(c.seq, Status.SENT)
            for c in batch
        ]
