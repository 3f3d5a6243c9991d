"""What the plan stand-in serves for pulls: site configurations, schedules and members (all synthetic).

Endpoints, under each plan's base (``/fhir/PLAN`` or ``/json/PLAN``), with that plan's own auth:

``GET .../sites/SITE/config``            ``{"site", "format": "toml", "text"}``
``GET .../sites/SITE/schedule?date=D``   ``{"site", "date", "classes": [...]}``
``GET /fhir/PLAN/Patient?identifier=S|ID`` a searchset Bundle (0 or 1 Patient)
``GET /json/PLAN/members/ID``            the member as JSON, or 404

Seeded with the demo site (its configuration minus [station], pointed at this stand-in, and its
daily schedule) and a few invented members who are not registered in the demo yet, so a
registration can be prefilled. Tests replace any of it with the ``set_*`` methods.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

from kiosk.paths import demo_config_file

if TYPE_CHECKING:
    from sync.plan_sim.faults import Roll
    from sync.plan_sim.server import PlanSim, _Reply

DEMO_BASE = "http://127.0.0.1:8765"  # the demo configuration's stand-in address


def member_system(plan: str) -> str:
    """The identifier system of a plan's member IDs (as ``sync.adapters.fhir`` sends them)."""
    return f"urn:crc-kiosk:member-id:{plan}"


@dataclass(frozen=True)
class SimMember:
    first_name: str
    last_name: str
    birth_date: str
    preferred_language: str


# Invented people, not in the demo's seeded data: typing their ID at the kiosk finds no one locally,
# and the lookup prefills the registration.
DEMO_MEMBERS: dict[str, dict[str, SimMember]] = {
    "lacare": {
        "LC10000009": SimMember("Rosa", "Ejemplo", "1990-06-15", "es"),
        "LC10000011": SimMember("Armen", "Nmush", "1968-10-03", "hy"),
    },
    "bscpromise": {
        "BSP200000010": SimMember("Tomás", "Muestra Prueba", "1975-02-28", "es"),
    },
}


def strip_station(text: str) -> str:
    """The TOML text without its [station] table (the station's identity is never served)."""
    out: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        header = re.match(r"\s*\[\s*([A-Za-z0-9_.-]+)\s*\]", line)
        if header and not line.lstrip().startswith("[["):
            skipping = header.group(1) == "station"
        elif line.lstrip().startswith("[["):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out)


@dataclass
class SimPulls:
    configs: dict[str, str] = field(default_factory=dict)  # site -> TOML text
    schedules: dict[str, Any] = field(default_factory=dict)  # site -> classes, every day
    dated: dict[tuple[str, str], Any] = field(default_factory=dict)  # (site, date) -> classes
    members: dict[str, dict[str, SimMember]] = field(default_factory=dict)  # plan -> member id -> member
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def demo(cls, base_url: str) -> SimPulls:
        """The demo site, its plans pointed at this stand-in (``base_url``), and the invented members."""
        text = demo_config_file().read_text(encoding="utf-8")
        data = tomllib.loads(text)
        site = data["site"]["code"]
        pulls = cls(members={plan: dict(people) for plan, people in DEMO_MEMBERS.items()})
        pulls.configs[site] = strip_station(text).replace(DEMO_BASE, base_url.rstrip("/"))
        pulls.schedules[site] = [dict(c) for c in data.get("schedule", [])]
        return pulls

    # --- what tests change --------------------------------------------------------------

    def set_site_config(self, site: str, text: str) -> None:
        with self._lock:
            self.configs[site] = text

    def set_schedule(self, site: str, classes: Any, day: date | None = None) -> None:
        """Serve ``classes`` (anything, malformed included) for one day, or every day when ``day`` is None."""
        with self._lock:
            if day is None:
                self.schedules[site] = classes
                self.dated = {k: v for k, v in self.dated.items() if k[0] != site}
            else:
                self.dated[(site, day.isoformat())] = classes

    def set_member(self, plan: str, member_id: str, member: SimMember | None) -> None:
        with self._lock:
            if member is None:
                self.members.get(plan, {}).pop(member_id, None)
            else:
                self.members.setdefault(plan, {})[member_id] = member

    # --- serving ------------------------------------------------------------------------

    def handle(self, sim: PlanSim, parts: list[str], query: str, headers: dict[str, str], roll: Roll) -> _Reply | None:
        """The answer to a pull GET, or None when ``parts`` is not a pull endpoint."""
        from sync.plan_sim.server import FHIR_JSON, _error, _fhir_error, _Reply

        if len(parts) < 3 or parts[0] not in ("fhir", "json"):
            return None
        kind, plan, rest = parts[0], parts[1], parts[2:]
        params = {k: v[0] for k, v in parse_qs(query).items()}
        is_site = len(rest) == 3 and rest[0] == "sites" and rest[2] in ("config", "schedule")
        is_member = (kind == "fhir" and rest == ["Patient"]) or (
            kind == "json" and len(rest) == 2 and rest[0] == "members"
        )
        if not (is_site or is_member):
            return None
        denied = self._authorize(sim, kind, plan, headers, roll)
        if denied is not None:
            return denied
        if is_site:
            site = unquote(rest[1])
            with self._lock:
                if rest[2] == "config":
                    text = self.configs.get(site)
                    if text is None:
                        return _error(404, "no such site")
                    return _Reply(200, {"site": site, "format": "toml", "text": text})
                day = params.get("date", "")
                try:
                    date.fromisoformat(day)
                except ValueError:
                    return _error(400, "date=YYYY-MM-DD is required")
                classes = self.dated.get((site, day), self.schedules.get(site))
            if classes is None:
                return _error(404, "no such site")
            return _Reply(200, {"site": site, "date": day, "classes": classes})
        if kind == "json":
            member_id = unquote(rest[1])
            with self._lock:
                member = self.members.get(plan, {}).get(member_id)
            if member is None:
                return _error(404, "no such member")
            return _Reply(200, {"member_id": member_id, "plan": plan, **asdict(member)})
        system, _, member_id = params.get("identifier", "").partition("|")
        if system != member_system(plan) or not member_id:
            return _fhir_error(400, "invalid", f"search by identifier={member_system(plan)}|<member id>")
        with self._lock:
            member = self.members.get(plan, {}).get(member_id)
        entries = [] if member is None else [_patient_entry(sim.url, plan, member_id, member)]
        bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}
        return _Reply(200, bundle, (), FHIR_JSON)

    @staticmethod
    def _authorize(sim: PlanSim, kind: str, plan: str, headers: dict[str, str], roll: Roll) -> _Reply | None:
        """The same credentials the plan's write endpoint asks for."""
        from sync.plan_sim.server import _error

        if kind == "fhir":
            return sim._check_bearer(plan, headers, roll)
        expected = sim.api_keys.get(plan)
        if expected is not None and not secrets.compare_digest(headers.get("x-api-key", ""), expected):
            return _error(401, "missing or wrong X-API-Key")
        return None


def _patient_entry(url: str, plan: str, member_id: str, member: SimMember) -> dict[str, Any]:
    patient_id = "m-" + hashlib.sha256(f"{plan}|{member_id}".encode()).hexdigest()[:16]
    return {
        "fullUrl": f"{url}/fhir/{plan}/Patient/{patient_id}",
        "resource": {
            "resourceType": "Patient",
            "id": patient_id,
            "identifier": [{"system": member_system(plan), "value": member_id}],
            "name": [{"family": member.last_name, "given": member.first_name.split()}],
            "birthDate": member.birth_date,
            "communication": [
                {
                    "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": member.preferred_language}]},
                    "preferred": True,
                }
            ],
        },
        "search": {"mode": "match"},
    }
