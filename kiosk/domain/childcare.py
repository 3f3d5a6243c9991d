"""Child care as plain data and rules: pickup codes, ages and bands, staff-to-child ratios, what screens see.

Nothing here touches the database; ``kiosk.childcare`` holds the use cases.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import NoReturn

from kiosk.config import ChildCareRoom
from kiosk.errors import InvalidInput, KioskError

# --- errors: each says what to do ---------------------------------------------------


class ChildCareError(KioskError):
    code = "child_care"


class NoChildCare(ChildCareError):
    code = "no_child_care"


class RoomFull(ChildCareError):
    """No place left in the room for this child at that time."""

    code = "room_full"


class RatioExceeded(ChildCareError):
    """Not enough child-care staff signed in to the room for one more child (or for a staff member to leave)."""

    code = "ratio_exceeded"


class NoRoomForAge(ChildCareError):
    code = "no_room_for_age"


class WrongPickupCode(ChildCareError):
    code = "wrong_pickup_code"


class PickupRefused(ChildCareError):
    """The person at the door is on the child's refused list: never handed over, code or not.

    The message names nobody (an error's text may reach a log); ``note``, the list's own note, is for
    the child-care screen to show beside it."""

    code = "pickup_refused"

    def __init__(self, message: str, note: str | None = None) -> None:
        super().__init__(message)
        self.note = note


class PickupNotAuthorized(ChildCareError):
    """The person is neither a guardian nor on the authorized list; a staff override with a reason may release."""

    code = "pickup_not_authorized"


class NotCheckedIn(ChildCareError):
    code = "not_checked_in"


# --- pickup codes -------------------------------------------------------------------

# No look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B) and no vowels (A, E, I, O, U), so few words can form at all;
# the denylist catches what digits standing for letters could still spell.
PICKUP_ALPHABET = "CDFGHJKMNPQRTVWXY34679"
PICKUP_CODE_LENGTH = 4  # 22**4 = 234,256 codes per site and day
_AS_LETTER = str.maketrans({"3": "E", "4": "A", "6": "G", "7": "T", "9": "G"})
DENYLIST: tuple[str, ...] = (
    "FCK",
    "FK",
    "FVK",
    "CNT",
    "KNT",
    "DCK",
    "DMN",
    "DAM",
    "FAG",
    "FGT",
    "NGR",
    "NGG",
    "NAZ",
    "KKK",
    "WTF",
    "KYS",
    "XXX",
    "HTLR",
    "PNS",
    "PSS",
    "TTY",
    "SHT",
    "CVM",
    "CUM",
    "JEW",
    "GAY",
    "HAG",
    "WHR",
    "PRN",
    "MF",
    "DTH",
    "DEAD",
    "HATE",
    "FAT",
    "GG",
    "666",
)  # fmt: skip  ("GG" is how 69 reads)
_DENY_WORDS = frozenset(DENYLIST)


def normalize_code(text: str) -> str:
    """What a staff member typed or a scanner read: case, spaces and dashes do not matter."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def is_clean(code: str) -> bool:
    """Only the alphabet's characters, and no denied word, as written or read with digits as letters."""
    if len(code) != PICKUP_CODE_LENGTH or any(ch not in PICKUP_ALPHABET for ch in code):
        return False
    readings = {code, code.translate(_AS_LETTER)}
    return not any(word in reading for reading in readings for word in _DENY_WORDS)


def new_pickup_code(taken: Callable[[str], bool], rng: random.Random | None = None, tries: int = 1000) -> str:
    """A clean code that ``taken`` says is free today. The unique index is the final word; this only avoids it."""
    pick = rng or random.SystemRandom()
    for _ in range(tries):
        code = "".join(pick.choice(PICKUP_ALPHABET) for _ in range(PICKUP_CODE_LENGTH))
        if is_clean(code) and not taken(code):
            return code
    raise ChildCareError("no free pickup code left for today; call IT")


# --- ages, bands and ratios -----------------------------------------------------------


def age_in_months(birth: date, on: date) -> int:
    months = (on.year - birth.year) * 12 + on.month - birth.month
    return months - 1 if on.day < birth.day else months


def staff_needed(room: ChildCareRoom, children_per_band: Mapping[str, int]) -> Fraction:
    """Staff the room needs: each band's children divided by its ratio, added up (1:4 and 1:10 -> 2 babies
    and 5 toddlers need one person). Exact fractions: no rounding lets a room slip over its ratio."""
    ratios = {b.code: b.ratio for b in room.bands}
    return sum((Fraction(n, ratios[code]) for code, n in children_per_band.items() if n), Fraction(0))


def ratio_ok(room: ChildCareRoom, children_per_band: Mapping[str, int], staff: int) -> bool:
    return staff_needed(room, children_per_band) <= staff


def ratio_advice(room: ChildCareRoom, children_per_band: Mapping[str, int], staff: int) -> str:
    people = math.ceil(staff_needed(room, children_per_band))
    return (
        f"{sum(children_per_band.values())} children in {room.code} need {people} child-care staff signed in "
        f"to the room; {staff} {'is' if staff == 1 else 'are'}: sign another staff member in, or send the "
        "parent to the front desk"
    )


# --- names ----------------------------------------------------------------------------


def name_key(name: str) -> str:
    """Names compared the way staff would: no accents, case, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(letters.casefold().split())


# --- what the screens and the CLI get -----------------------------------------------------


@dataclass(frozen=True)
class ChildSpec:
    """A child added at the kiosk or the desk."""

    first_name: str
    last_name: str
    birth_date: date


@dataclass(frozen=True)
class ChildChoice:
    """A returning child as the kiosk may show it: masked name and age only, never a flag."""

    child_id: str
    masked_name: str  # "Sofía G."
    age_years: int


@dataclass(frozen=True)
class SignupResult:
    """What the kiosk confirms: the code on the parent's slip and the child's label, the room and times."""

    signup_id: str
    child_id: str
    masked_name: str
    room_code: str
    room_names: dict[str, str]
    pickup_code: str
    starts_at: datetime
    ends_at: datetime
    class_session_id: str | None
    already: bool = False  # the child was already signed up for this time: the existing signup


@dataclass(frozen=True)
class SignupView:
    """One signup as child-care staff see it when a code is typed or scanned (no flags: see the roster)."""

    signup_id: str
    child_id: str
    child_name: str
    room_code: str
    pickup_code: str
    state: str  # "expected", "in" or "out"
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Handover:
    """A check-in or a check-out done."""

    signup_id: str
    child_name: str
    room_code: str
    at: datetime
    record_id: str


@dataclass(frozen=True)
class RosterChild:
    signup_id: str
    child_id: str
    first_name: str
    last_name: str
    age_months: int
    band_code: str
    pickup_code: str
    state: str  # "expected" or "in"
    checked_in_at: datetime | None
    ends_at: datetime
    flags: tuple[tuple[str, str], ...]  # (kind, text): staff only
    guardians: tuple[str, ...]
    authorized: tuple[str, ...]
    refused: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())  # "class_ending", "overdue"


@dataclass(frozen=True)
class Roster:
    room_code: str
    room_names: dict[str, str]
    capacity: int
    at: datetime
    staff: tuple[str, ...]  # display names of staff signed in to the room
    staff_needed: Fraction
    children: tuple[RosterChild, ...]

    @property
    def present(self) -> int:
        return sum(c.state == "in" for c in self.children)


def warnings_for(
    now: datetime, checked_in_at: datetime | None, ends_at: datetime, max_stay_s: float, warn_before_s: float
) -> tuple[str, ...]:
    """Overdue after the maximum stay or once the parent's class has ended; a warning shortly before it ends."""
    if checked_in_at is None:
        return ()
    if now >= ends_at or (now - checked_in_at).total_seconds() > max_stay_s:
        return ("overdue",)
    if (ends_at - now).total_seconds() <= warn_before_s:
        return ("class_ending",)
    return ()


def bands_count(bands: Collection[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for code in bands:
        counts[code] = counts.get(code, 0) + 1
    return counts


# --- what another station of the site tells the child-care room, and hears back -----------------
#
# A site's kiosks and front desks sign children up at the child-care station over the site link
# (``sync.site_link``): the room is the one writer of its roster, so it counts its own staff and
# children and hands out pickup codes unique per site and day. These are the wire forms: plain
# JSON objects, validated on the way in (a bad field is ``InvalidInput``, never a KeyError).


class ChildCareUnreachable(ChildCareError):
    """The child-care station could not be reached (or refused the link): nobody was signed up here."""

    code = "childcare_unreachable"


@dataclass(frozen=True)
class GuardianMembership:
    plan_code: str
    member_id: str
    consent: str  # "yes", "no" or "unknown"
    record_id: str  # the membership record's UUID where it was made


@dataclass(frozen=True)
class GuardianCard:
    """A parent as the child-care room needs them: who they are (to hand children over), their plans and
    consent (to route child-care records), and where the person record was made (so the room keeps that UUID).
    """

    person_id: str
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    phone: str | None
    preferred_language: str | None
    profile: str
    created_at: datetime
    local_date: date
    site_code: str
    station_id: str
    memberships: tuple[GuardianMembership, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_date": _day_out(self.birth_date),
            "phone": self.phone,
            "preferred_language": self.preferred_language,
            "profile": self.profile,
            "created_at": self.created_at.isoformat(),
            "local_date": self.local_date.isoformat(),
            "site_code": self.site_code,
            "station_id": self.station_id,
            "memberships": [
                {"plan_code": m.plan_code, "member_id": m.member_id, "consent": m.consent, "record_id": m.record_id}
                for m in self.memberships
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> GuardianCard:
        d = _object(data, "guardian")
        memberships = d.get("memberships", [])
        if not isinstance(memberships, list):
            raise InvalidInput("guardian.memberships: expected a list")
        return cls(
            person_id=_text(d, "person_id", 36),
            first_name=_maybe_text(d, "first_name", 100),
            last_name=_maybe_text(d, "last_name", 100),
            birth_date=_maybe_day_in(d, "birth_date"),
            phone=_maybe_text(d, "phone", 32),
            preferred_language=_maybe_text(d, "preferred_language", 16),
            profile=_text(d, "profile", 20),
            created_at=_instant_in(d, "created_at"),
            local_date=_day_in(d, "local_date"),
            site_code=_text(d, "site_code", 64),
            station_id=_text(d, "station_id", 64),
            memberships=tuple(
                GuardianMembership(
                    plan_code=_text(m, "plan_code", 32),
                    member_id=_text(m, "member_id", 64),
                    consent=_choice(m, "consent", ("yes", "no", "unknown")),
                    record_id=_text(m, "record_id", 36),
                )
                for m in (_object(item, "guardian.memberships[]") for item in memberships)
            ),
        )


def child_spec_to_json(spec: ChildSpec) -> dict[str, object]:
    return {"first_name": spec.first_name, "last_name": spec.last_name, "birth_date": spec.birth_date.isoformat()}


def child_spec_from_json(data: object) -> ChildSpec:
    d = _object(data, "child")
    return ChildSpec(_text(d, "first_name", 100), _text(d, "last_name", 100), _day_in(d, "birth_date"))


def child_choice_to_json(choice: ChildChoice) -> dict[str, object]:
    return {"child_id": choice.child_id, "masked_name": choice.masked_name, "age_years": choice.age_years}


def child_choice_from_json(data: object) -> ChildChoice:
    d = _object(data, "child")
    age = d.get("age_years")
    if not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 30:
        raise InvalidInput("child.age_years: expected a whole number of years")
    return ChildChoice(_text(d, "child_id", 36), _text(d, "masked_name", 200), age)


def signup_result_to_json(result: SignupResult) -> dict[str, object]:
    return {
        "signup_id": result.signup_id,
        "child_id": result.child_id,
        "masked_name": result.masked_name,
        "room_code": result.room_code,
        "room_names": dict(result.room_names),
        "pickup_code": result.pickup_code,
        "starts_at": result.starts_at.isoformat(),
        "ends_at": result.ends_at.isoformat(),
        "class_session_id": result.class_session_id,
        "already": result.already,
    }


def signup_result_from_json(data: object) -> SignupResult:
    d = _object(data, "signup")
    names = d.get("room_names")
    if not isinstance(names, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in names.items()):
        raise InvalidInput("signup.room_names: expected an object of texts")
    already = d.get("already", False)
    if not isinstance(already, bool):
        raise InvalidInput("signup.already: expected true or false")
    return SignupResult(
        signup_id=_text(d, "signup_id", 36),
        child_id=_text(d, "child_id", 36),
        masked_name=_text(d, "masked_name", 200),
        room_code=_text(d, "room_code", 64),
        room_names=dict(names),
        pickup_code=_text(d, "pickup_code", 16),
        starts_at=_instant_in(d, "starts_at"),
        ends_at=_instant_in(d, "ends_at"),
        class_session_id=_maybe_text(d, "class_session_id", 36),
        already=already,
    )


def _object(data: object, where: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise InvalidInput(f"{where}: expected an object")
    return data


def _text(d: dict[str, object], key: str, limit: int) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise InvalidInput(f"{key}: expected a text of at most {limit} characters")
    return value


def _maybe_text(d: dict[str, object], key: str, limit: int) -> str | None:
    return None if d.get(key) is None else _text(d, key, limit)


def _choice(d: dict[str, object], key: str, options: tuple[str, ...]) -> str:
    value = d.get(key)
    if value not in options:
        raise InvalidInput(f"{key}: expected one of {', '.join(options)}")
    return str(value)


def _day_out(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day_in(d: dict[str, object], key: str) -> date:
    value = d.get(key)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else _bad(key, "a date")
    except ValueError:
        return _bad(key, "a date")


def _maybe_day_in(d: dict[str, object], key: str) -> date | None:
    return None if d.get(key) is None else _day_in(d, key)


def _instant_in(d: dict[str, object], key: str) -> datetime:
    value = d.get(key)
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else None
        # An offset can push year 1 or 9999 past what datetime holds once in UTC.
        utc = when.astimezone(UTC) if when is not None and when.tzinfo is not None else None
    except (ValueError, OverflowError):
        utc = None
    if utc is None:
        raise InvalidInput(f"{key}: expected an instant with its UTC offset")
    return utc


def _bad(key: str, expected: str) -> NoReturn:
    raise InvalidInput(f"{key}: expected {expected}")
