"""People as the screens and the CLI see them, and the rules for registering one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from kiosk.config import SUPPORTED_LOCALES
from kiosk.errors import InvalidInput

CONSENT_VALUES = ("yes", "no", "unknown")


@dataclass(frozen=True)
class MembershipInfo:
    plan_code: str
    masked_member_id: str
    consent: str


@dataclass(frozen=True)
class PersonSummary:
    """Privacy-safe: a greeting name and masked IDs only."""

    person_id: str
    greeting_name: str  # "Maria G.", or "" when only a membership is known
    profile: str
    preferred_language: str | None
    memberships: tuple[MembershipInfo, ...] = field(default=())


@dataclass(frozen=True)
class MembershipInput:
    plan_code: str
    member_id: str
    consent: str = "unknown"


@dataclass(frozen=True)
class Registration:
    first_name: str
    last_name: str
    birth_date: date
    phone: str | None = None
    preferred_language: str = "en"
    medi_cal_cin: str | None = None
    memberships: tuple[MembershipInput, ...] = field(default=())


def greeting_name(first: str | None, last: str | None) -> str:
    """ "Maria G.": the first given name and the first letter of the last name."""
    first = (first or "").strip()
    last = (last or "").strip()
    if not first:
        return ""
    given = first.split()[0]
    return f"{given} {last[0].upper()}." if last else given


def clean_name(value: str, field_name: str) -> str:
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    if not value:
        raise InvalidInput(f"{field_name} is required")
    if len(value) > 100:
        raise InvalidInput(f"{field_name} is too long (100 characters at most)")
    if any(unicodedata.category(ch).startswith(("C", "S")) and ch not in "'" for ch in value):
        raise InvalidInput(f"{field_name} has characters that are not letters")
    return value


def clean_phone(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise InvalidInput("phone number must have 10 digits")
    return digits


def check_birth_date(value: date, today: date) -> date:
    if value > today:
        raise InvalidInput("date of birth is in the future")
    if today.year - value.year > 120:
        raise InvalidInput("date of birth is more than 120 years ago")
    return value


def check_language(value: str) -> str:
    if value not in SUPPORTED_LOCALES:
        raise InvalidInput(f"preferred language must be one of {', '.join(SUPPORTED_LOCALES)}")
    return value


def check_consent(value: str) -> str:
    if value not in CONSENT_VALUES:
        raise InvalidInput(f"consent must be one of {', '.join(CONSENT_VALUES)}")
    return value
