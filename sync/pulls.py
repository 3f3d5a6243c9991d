"""Pulls from the plan side: the site's configuration, today's schedule, and member lookups.

Wire shapes (``BASE`` is the plan's ``api.base_url``; both kinds of plan serve the first two):

``GET BASE/sites/SITE/config``               ``{"site": SITE, "format": "toml", "text": "<TOML>"}``: the site
                                             configuration without its [station] table.
``GET BASE/sites/SITE/schedule?date=D``      ``{"site": SITE, "date": D, "classes": [...]}``, each class shaped
                                             like a [[schedule]] table (code, name per locale, room, start,
                                             end, capacity); see ``kiosk.schedule``.
``GET BASE/Patient?identifier=SYS|ID``       FHIR plans: a standard search, answered by a searchset Bundle.
``GET BASE/members/ID``                      JSON plans: the member as JSON, or 404.

Which plan serves the site is the [pulls] table's ``source``; member lookups are asked only of
plans with ``member_lookup = true``. A member lookup never raises for network trouble and never
blocks for long: it answers None. Logs name the plan and the outcome, never who was looked up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

import requests
import requests.auth

from kiosk.clock import local_date
from kiosk.config import SUPPORTED_LOCALES, Adapter, Config, PlanConfig
from kiosk.domain.people import clean_name
from kiosk.errors import InvalidInput, KioskError
from kiosk.schedule import ScheduleChange, apply_pulled_schedule
from kiosk.station import Station, store_pulled_config
from sync.adapters.fhir import member_system
from sync.auth import CredentialError, TokenUnavailable, auth_for

log = logging.getLogger(__name__)

PULL_TIMEOUT_S = 5.0
LOOKUP_TIMEOUT_S = 1.5
SCHEDULE_EVERY = timedelta(minutes=15)
CONFIG_EVERY = timedelta(hours=1)
FHIR_JSON = "application/fhir+json"
BCP47 = "urn:ietf:bcp:47"


class PullFailed(KioskError):
    """The plan side could not be asked, or answered something unusable; tried again later."""

    code = "pull_failed"


@dataclass(frozen=True)
class MemberPrefill:
    """What a plan knows of a member, to prefill a registration the visitor or staff then confirm."""

    plan_code: str
    member_id: str
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    preferred_language: str | None


def source_plan(config: Config) -> PlanConfig | None:
    """The plan whose API serves this site's configuration and schedule, if the site pulls."""
    return config.plan(config.pulls.source) if config.pulls else None


def plan_auth(plan: PlanConfig, session: requests.Session | None = None) -> requests.auth.AuthBase | None:
    """The plan's credentials as configured; PullFailed when they cannot be set up."""
    try:
        return auth_for(plan, session=session)
    except CredentialError as error:
        raise PullFailed(str(error)) from None


def _get(
    session: requests.Session,
    url: str,
    *,
    auth: requests.auth.AuthBase | None,
    timeout_s: float,
    params: dict[str, str] | None = None,
    accept: str = "application/json",
    missing_ok: bool = False,
) -> Any:
    """GET a JSON answer; None for 404 when ``missing_ok``; PullFailed with a reason free of personal data."""
    try:
        response = session.get(url, params=params, auth=auth, timeout=timeout_s, headers={"Accept": accept})
    except requests.RequestException as error:
        raise PullFailed(f"network: {type(error).__name__}") from None
    except CredentialError as error:
        raise PullFailed(str(error)) from None
    except TokenUnavailable as error:
        raise PullFailed(f"token: {error.reason}") from None
    if response.status_code in (401, 403):
        raise PullFailed(f"credentials refused ({response.status_code})")
    if response.status_code == 404 and missing_ok:
        return None
    if response.status_code != 200:
        raise PullFailed(f"the plan answered {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise PullFailed("unreadable answer from the plan (not JSON)") from None


def _site_url(plan: PlanConfig, site_code: str, what: str) -> str:
    return f"{plan.api.base_url}/sites/{quote(site_code, safe='')}/{what}"


def fetch_schedule(
    plan: PlanConfig,
    site_code: str,
    day: date,
    *,
    auth: requests.auth.AuthBase | None,
    session: requests.Session | None = None,
    timeout_s: float = PULL_TIMEOUT_S,
) -> Any:
    """The plan's schedule for the site and day, as sent (``kiosk.schedule`` validates it)."""
    return _get(
        session or requests.Session(),
        _site_url(plan, site_code, "schedule"),
        auth=auth,
        timeout_s=timeout_s,
        params={"date": day.isoformat()},
    )


def fetch_site_config(
    plan: PlanConfig,
    site_code: str,
    *,
    auth: requests.auth.AuthBase | None,
    session: requests.Session | None = None,
    timeout_s: float = PULL_TIMEOUT_S,
) -> str:
    """The site configuration's TOML text as the plan serves it (not yet validated)."""
    doc = _get(session or requests.Session(), _site_url(plan, site_code, "config"), auth=auth, timeout_s=timeout_s)
    if not isinstance(doc, dict) or doc.get("site") != site_code:
        raise PullFailed(f"the plan's site configuration is not for site {site_code!r}")
    if doc.get("format") != "toml" or not isinstance(doc.get("text"), str):
        raise PullFailed('the plan\'s site configuration is not {"format": "toml", "text": ...}')
    return str(doc["text"])


def pull_schedule(
    station: Station,
    *,
    auth: requests.auth.AuthBase | None,
    session: requests.Session | None = None,
    day: date | None = None,
) -> ScheduleChange:
    """Fetch the day's schedule and apply it; PullFailed (network) or ScheduleRejected (malformed)."""
    plan = source_plan(station.config)
    if plan is None:
        raise PullFailed("this site pulls nothing: its configuration has no [pulls] table")
    day = day or local_date(station.clock.now(), station.config.site.time_zone)
    data = fetch_schedule(plan, station.config.site.code, day, auth=auth, session=session)
    return apply_pulled_schedule(station, data, day)


def pull_site_config(
    station: Station, *, auth: requests.auth.AuthBase | None, session: requests.Session | None = None
) -> bool:
    """Fetch the site configuration and keep it for the next start when valid.

    True when the kept copy changed. PullFailed (network) or ConfigError (invalid: refused,
    the last good copy stays)."""
    plan = source_plan(station.config)
    if plan is None:
        raise PullFailed("this site pulls nothing: its configuration has no [pulls] table")
    text = fetch_site_config(plan, station.config.site.code, auth=auth, session=session)
    return store_pulled_config(station.paths, text)


# --- member lookup --------------------------------------------------------------------


def lookup_member(
    config: Config,
    plan_code: str,
    member_id: str,
    *,
    auth: requests.auth.AuthBase | None,
    timeout_s: float = LOOKUP_TIMEOUT_S,
    session: requests.Session | None = None,
    today: date | None = None,
) -> MemberPrefill | None:
    """Ask the plan who ``member_id`` is; None when not found, not enabled, slow or unreachable.

    Only an answer about exactly this member ID counts: anything else (several matches, another ID)
    is None, so a registration is never prefilled with someone else's data.
    """
    try:
        plan = config.plan(plan_code)
    except KeyError:
        return None
    if not plan.member_lookup or not plan.matches(member_id):
        return None
    session = session or requests.Session()
    try:
        if plan.api.adapter is Adapter.FHIR:
            bundle = _get(
                session,
                f"{plan.api.base_url}/Patient",
                auth=auth,
                timeout_s=timeout_s,
                params={"identifier": f"{member_system(plan_code)}|{member_id}"},
                accept=FHIR_JSON,
            )
            found = _from_bundle(bundle, plan_code, member_id, today)
        else:
            url = f"{plan.api.base_url}/members/{quote(member_id, safe='')}"
            doc = _get(session, url, auth=auth, timeout_s=timeout_s, missing_ok=True)
            found = None if doc is None else _from_member_json(doc, plan_code, member_id, today)
    except PullFailed as error:
        log.info("member lookup at %s: no answer (%s)", plan_code, error)
        return None
    log.info("member lookup at %s: %s", plan_code, "found" if found else "not found")
    return found


class MemberLookups:
    """Member lookups for the app (called off the GUI thread): each plan's auth is made once and
    reused, so an OAuth token outlives one lookup. Never raises for the plan's faults: None."""

    def __init__(self, config: Config, *, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or requests.Session()
        self._auth: dict[str, requests.auth.AuthBase | None] = {}

    def enabled(self, plan_code: str) -> bool:
        return any(p.code == plan_code and p.member_lookup for p in self.config.plans)

    def lookup(self, plan_code: str, member_id: str) -> MemberPrefill | None:
        if not self.enabled(plan_code):
            return None
        if plan_code not in self._auth:
            try:
                self._auth[plan_code] = plan_auth(self.config.plan(plan_code), self.session)
            except PullFailed as error:
                log.info("member lookup at %s: no answer (%s)", plan_code, error)
                return None
        return lookup_member(self.config, plan_code, member_id, auth=self._auth[plan_code], session=self.session)


def _from_bundle(bundle: Any, plan_code: str, member_id: str, today: date | None) -> MemberPrefill | None:
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle" or bundle.get("type") != "searchset":
        raise PullFailed("unreadable answer from the plan (expected a searchset Bundle)")
    patients: list[dict[str, Any]] = []
    for entry in map(_dict, _list(bundle.get("entry"))):
        resource = _dict(entry.get("resource"))
        if resource.get("resourceType") == "Patient" and _dict(entry.get("search")).get("mode", "match") == "match":
            patients.append(resource)
    if len(patients) != 1:
        return None  # none, or ambiguous: prefill nothing
    patient = patients[0]
    system = member_system(plan_code)
    if not any(
        _dict(i).get("system") == system and _dict(i).get("value") == member_id
        for i in _list(patient.get("identifier"))
    ):
        return None
    name = _dict((_list(patient.get("name")) or [None])[0])
    given = [g for g in _list(name.get("given")) if isinstance(g, str)]
    language = None
    for comm in map(_dict, _list(patient.get("communication"))):
        codings = map(_dict, _list(_dict(comm.get("language")).get("coding")))
        codes = [c.get("code") for c in codings if c.get("system") == BCP47]
        if codes and (language is None or comm.get("preferred") is True):
            language = codes[0]
    return MemberPrefill(
        plan_code=plan_code,
        member_id=member_id,
        first_name=_name(" ".join(given)),
        last_name=_name(name.get("family")),
        birth_date=_birth_date(patient.get("birthDate"), today),
        preferred_language=_language(language),
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _from_member_json(doc: Any, plan_code: str, member_id: str, today: date | None) -> MemberPrefill | None:
    if not isinstance(doc, dict):
        raise PullFailed("unreadable answer from the plan (expected a member object)")
    if doc.get("member_id") != member_id:
        return None
    return MemberPrefill(
        plan_code=plan_code,
        member_id=member_id,
        first_name=_name(doc.get("first_name")),
        last_name=_name(doc.get("last_name")),
        birth_date=_birth_date(doc.get("birth_date"), today),
        preferred_language=_language(doc.get("preferred_language")),
    )


def _name(value: Any) -> str | None:
    """A name fit for the registration form, or None (the visitor types it)."""
    if not isinstance(value, str):
        return None
    try:
        return clean_name(value, "name")
    except InvalidInput:
        return None


def _birth_date(value: Any, today: date | None) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return None
    today = today or date.today()
    return born if born <= today and today.year - born.year <= 120 else None


def _language(value: Any) -> str | None:
    return value if isinstance(value, str) and value in SUPPORTED_LOCALES else None


# --- when the app's sync thread pulls ----------------------------------------------------------


class Puller:
    """The schedule at start, every 15 minutes and when the site's date changes; the site configuration
    at start and hourly. A failure is logged and tried again at the next interval, never raised."""

    def __init__(self, station: Station, *, session: requests.Session | None = None) -> None:
        self.station = station
        self.session = session or requests.Session()
        self.plan = source_plan(station.config)
        self._auth: requests.auth.AuthBase | None = None
        self._auth_ready = False
        self._next_schedule: datetime | None = None  # None: due now
        self._schedule_day: date | None = None
        self._next_config: datetime | None = None

    def _today(self, now: datetime) -> date:
        return local_date(now, self.station.config.site.time_zone)

    def _plan_auth(self, plan: PlanConfig) -> requests.auth.AuthBase | None:
        if not self._auth_ready:  # made once: an OAuth token is then reused across pulls
            self._auth = plan_auth(plan, self.session)
            self._auth_ready = True
        return self._auth

    def run_due(self) -> list[str]:
        """Pull whatever is due now; returns one line per pull made (for logs), never raises for the plan's faults."""
        if self.plan is None:
            return []
        now = self.station.clock.now()
        today = self._today(now)
        schedule_due = self._next_schedule is None or now >= self._next_schedule or today != self._schedule_day
        config_due = self._next_config is None or now >= self._next_config
        # The next attempts are set before this one runs: a failure waits for its interval, never loops.
        if schedule_due:
            self._next_schedule, self._schedule_day = now + SCHEDULE_EVERY, today
        if config_due:
            self._next_config = now + CONFIG_EVERY
        done: list[str] = []
        if schedule_due:
            done.append(self._quietly("schedule", lambda auth: self._schedule(auth, today)))
        if config_due:
            done.append(self._quietly("site configuration", self._site_config))
        return done

    def _schedule(self, auth: requests.auth.AuthBase | None, day: date) -> str:
        return pull_schedule(self.station, auth=auth, session=self.session, day=day).summary()

    def _site_config(self, auth: requests.auth.AuthBase | None) -> str:
        changed = pull_site_config(self.station, auth=auth, session=self.session)
        return "site configuration: " + ("updated, used at next start" if changed else "no change")

    def _quietly(self, what: str, pull: Callable[[requests.auth.AuthBase | None], str]) -> str:
        assert self.plan is not None
        try:
            line = pull(self._plan_auth(self.plan))
        except KioskError as error:  # PullFailed, ScheduleRejected, ConfigError, DataDirUnwritable
            line = f"{what} not pulled from {self.plan.code}: {error}"
            log.warning("%s", line)
            return line
        except Exception as error:  # a bug must not stop the sync thread; the type only (no data)
            line = f"{what} not pulled from {self.plan.code}: internal error ({type(error).__name__})"
            log.error("%s", line)
            return line
        log.info("pulled from %s: %s", self.plan.code, line)
        return line

    def seconds_until_due(self) -> float | None:
        """How long until the next pull is due (None: this site pulls nothing)."""
        if self.plan is None:
            return None
        now = self.station.clock.now()
        times = [t for t in (self._next_schedule, self._next_config) if t is not None]
        if len(times) < 2:
            return 0.0
        midnight = datetime.combine(
            self._today(now) + timedelta(days=1), datetime.min.time(), self.station.config.site.time_zone
        )
        return max(0.5, (min([*times, midnight]) - now).total_seconds())
