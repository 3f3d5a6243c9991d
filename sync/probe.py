"""``crc-kiosk doctor``'s look at the plans: can each be reached, does it take our credentials, is our clock right.

One authenticated GET per plan (today's schedule of this site, which both kinds of
plan serve), after fetching a fresh token for OAuth plans, so a refused secret is
found now rather than at the next batch. The clock is compared with each answer's
``Date`` header. Nothing is sent or changed.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from datetime import UTC, datetime

import requests

from kiosk.clock import local_date
from kiosk.config import Config, PlanConfig
from kiosk.doctor import Finding, Level
from sync.auth import CredentialError, PlanAuth, TokenUnavailable, auth_for

CLOCK_WARN_S = 60.0
CLOCK_FAIL_S = 300.0  # records carry the station's time; five minutes off puts visits in the wrong hour's counts


def probe_plans(config: Config, now: Callable[[], datetime], *, timeout_s: float = 5.0) -> list[Finding]:
    findings: list[Finding] = []
    skews: list[tuple[str, float]] = []
    for plan in config.plans:
        finding, skew = _probe(config, plan, now, timeout_s)
        findings.append(finding)
        if skew is not None:
            skews.append((plan.code, skew))
    findings.append(_clock(skews))
    return findings


def _probe(
    config: Config, plan: PlanConfig, now: Callable[[], datetime], timeout_s: float
) -> tuple[Finding, float | None]:
    name = f"plan {plan.code}"
    session = requests.Session()
    try:
        auth = auth_for(plan, session=session)
        if auth is not None:
            auth.refresh()  # OAuth: a new token now; an API key: read afresh from the store
        day = local_date(now(), config.site.time_zone).isoformat()
        url = f"{plan.api.base_url}/sites/{config.site.code}/schedule?date={day}"
        started = time.monotonic()
        response = session.get(url, auth=auth, timeout=timeout_s)
    except CredentialError as error:
        return Finding(name, Level.FAIL, str(error)), None
    except TokenUnavailable as error:
        return Finding(name, Level.FAIL, f"cannot get a token: {error.reason}"), None
    except requests.RequestException as error:
        return Finding(name, Level.FAIL, f"unreachable ({_why(error)}): check the network"), None
    finally:
        session.close()
    ms = (time.monotonic() - started) * 1000
    skew = _skew(response.headers.get("Date"), now())
    status = response.status_code
    if status in (401, 403):
        return Finding(name, Level.FAIL, f"reachable, but credentials refused ({status}): {_which(auth)}"), skew
    if status == 429 or status >= 500:
        return Finding(name, Level.WARN, f"reachable, but busy or failing ({status})"), skew
    creds = "credentials accepted" if auth is not None else "no credentials configured"
    return Finding(name, Level.OK, f"reachable in {ms:.0f} ms, {creds}"), skew


def _which(auth: PlanAuth | None) -> str:
    return f"check credential {auth.credential!r}" if auth is not None else "the plan expects credentials"


def _why(error: requests.RequestException) -> str:
    if isinstance(error, requests.Timeout):
        return "no answer in time"
    if isinstance(error, requests.ConnectionError):
        return "connection refused or no route"
    return type(error).__name__


def _skew(header: str | None, local: datetime) -> float | None:
    if not header:
        return None
    try:
        server = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    if server.tzinfo is None:
        server = server.replace(tzinfo=UTC)
    return (server - local).total_seconds()


def _clock(skews: list[tuple[str, float]]) -> Finding:
    if not skews:
        return Finding("clock", Level.SKIP, "no plan answered with its time")
    plan, skew = max(skews, key=lambda item: abs(item[1]))
    off = abs(skew)
    direction = "behind" if skew > 0 else "ahead of"
    if off > CLOCK_FAIL_S:
        detail = f"this station is {off / 60:.0f} min {direction} plan {plan}'s: set the time"
        return Finding("clock", Level.FAIL, detail)
    if off > CLOCK_WARN_S:
        return Finding("clock", Level.WARN, f"this station is {off:.0f} s {direction} plan {plan}'s")
    return Finding("clock", Level.OK, f"within {max(1.0, off):.0f} s of the plans' servers")


def check_credential_store(config: Config) -> Finding:
    """Where the station keeps its secrets, and whether every plan that needs a credential has one there."""
    from kiosk import keystore
    from sync.auth import CredentialError, read_secret

    needed = [p for p in config.plans if p.api.credential]
    try:
        where = keystore.describe()
    except Exception as error:  # a broken store is a finding, not a crash
        return Finding("credential store", Level.FAIL, f"cannot be used ({type(error).__name__})")
    missing = []
    for plan in needed:
        assert plan.api.credential is not None
        try:
            read_secret(plan.api.credential)
        except CredentialError:
            missing.append(plan.code)
    if missing:
        return Finding("credential store", Level.FAIL,
                       f"{where}: no credential for plan(s) {', '.join(missing)} (provision the station again)")
    if not needed:
        return Finding("credential store", Level.SKIP, f"{where} (no plan needs a credential)")
    return Finding("credential store", Level.OK, where)


