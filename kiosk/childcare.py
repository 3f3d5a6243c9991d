"""Child care use cases, each one short transaction: sign children up, check them in and out, the room's roster.

Records are immutable: a check-in and a check-out are records of their own, pointing at the signup; an
override is a check-out with the reason and the staff member. Capacity and staff-to-child ratios are checked
inside the writing transaction (``BEGIN IMMEDIATE``), so two stations can never both take the last place.

Kiosk-facing results (``returning_children``, ``sign_up_children``) carry masked names and never a flag;
``room_roster`` and the check-in/out functions are for child-care staff.

At a site with a site link the child-care station is the one writer: other stations send the parent as a
``GuardianCard`` (``guardian_card``) and the room answers ``children_for_card`` and ``sign_up_for_card``.

Sync: each record goes to the guardian's plans the guardian consented to share with, in the record's own
transaction, keyed by what every station agrees on (guardian's member ID, the child's name and birth date,
site, day, class), never by station-made ids.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import merge, services, staff
from kiosk.clock import as_utc
from kiosk.config import ChildCareConfig, ChildCareRoom, Config
from kiosk.domain import routing
from kiosk.domain.childcare import (
    ChildChoice,
    ChildSpec,
    GuardianCard,
    GuardianMembership,
    Handover,
    NoChildCare,
    NoRoomForAge,
    NotCheckedIn,
    PickupNotAuthorized,
    PickupRefused,
    RatioExceeded,
    RoomFull,
    Roster,
    RosterChild,
    SignupResult,
    SignupView,
    WrongPickupCode,
    age_in_months,
    bands_count,
    name_key,
    new_pickup_code,
    normalize_code,
    ratio_advice,
    ratio_ok,
    staff_needed,
    warnings_for,
)
from kiosk.domain.people import check_birth_date, clean_name, greeting_name
from kiosk.errors import InvalidInput, NotFound
from kiosk.services import PendingEntry, RecordContext, enqueue, ensure_schedule, memberships_of, patient_payload
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import (
    Child,
    ChildCareCheckIn,
    ChildCareCheckOut,
    ChildCareSignup,
    ChildFlag,
    ChildGuardian,
    ChildPickupRule,
    ClassSession,
    OutboxEntry,
    Person,
    PickupCode,
    PlanMembership,
    StaffMember,
)

FLAG_KINDS = ("allergy", "medical")
PICKUP_RULES = ("authorized", "refused")
MAX_CHILD_AGE_YEARS = 18
# A place in the room is held from this long before the parent's class starts (drop-off), to its end.
CLASS_LEAD = timedelta(minutes=30)


def child_care_config(config: Config) -> ChildCareConfig:
    if config.child_care is None:
        raise NoChildCare("this site offers no child care (no [child_care] in its configuration)")
    return config.child_care


def room_config(config: Config, room_code: str) -> ChildCareRoom:
    room = child_care_config(config).room(room_code)
    if room is None:
        known = ", ".join(r.code for r in child_care_config(config).rooms)
        raise NotFound(f"no child-care room {room_code!r}; this site has: {known}")
    return room


# --- reading the room ----------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """A signup that holds a place in its room: signed up for an overlapping time, or in the room now."""

    signup_id: str
    band_code: str
    checked_in: bool


def _places(session: Session, site: str, day: date, room_code: str) -> list[tuple[ChildCareSignup, bool]]:
    """Today's signups of the room not checked out yet, with whether each child is in the room."""
    rows = session.execute(
        select(ChildCareSignup, ChildCareCheckIn.id)
        .outerjoin(ChildCareCheckIn, ChildCareCheckIn.signup_id == ChildCareSignup.id)
        .outerjoin(ChildCareCheckOut, ChildCareCheckOut.signup_id == ChildCareSignup.id)
        .where(
            ChildCareSignup.site_code == site,
            ChildCareSignup.room_code == room_code,
            ChildCareSignup.local_date == day,
            ChildCareCheckOut.id.is_(None),
        )
    ).all()
    return [(signup, checkin is not None) for signup, checkin in rows]


def _present(session: Session, site: str, day: date, room_code: str) -> list[_Place]:
    return [_Place(s.id, s.band_code, True) for s, inside in _places(session, site, day, room_code) if inside]


def _holding(session: Session, site: str, day: date, room_code: str, start: datetime, end: datetime) -> list[_Place]:
    """Children in the room now, and those signed up for a time overlapping [start, end)."""
    return [
        _Place(s.id, s.band_code, inside)
        for s, inside in _places(session, site, day, room_code)
        if inside or (as_utc(s.starts_at) < end and as_utc(s.ends_at) > start)
    ]


def _staff_count(session: Session, site: str, day: date, room_code: str) -> int:
    return len(staff.staff_in_room(session, site, day, room_code))


def _check_room(
    session: Session, site: str, day: date, room: ChildCareRoom, places: list[_Place], new_bands: list[str], what: str
) -> None:
    """Raise RoomFull or RatioExceeded unless ``new_bands`` more children fit with the staff signed in now."""
    if len(places) + len(new_bands) > room.capacity:
        free = max(0, room.capacity - len(places))
        raise RoomFull(
            f"{room.name('en')} is full for {what} ({room.capacity} places, {free} free); "
            "the front desk can offer another time"
        )
    bands = bands_count([p.band_code for p in places] + new_bands)
    crew = _staff_count(session, site, day, room.code)
    if not ratio_ok(room, bands, crew):
        raise RatioExceeded(ratio_advice(room, bands, crew))


def check_staff_may_leave(session: Session, config: Config, day: date, room_code: str) -> None:
    """Called by ``kiosk.staff`` before a staff member leaves a room: the children there must not need them."""
    room = room_config(config, room_code)
    site = config.site.code
    bands = bands_count([p.band_code for p in _present(session, site, day, room_code)])
    crew = _staff_count(session, site, day, room_code)
    if not ratio_ok(room, bands, crew - 1):
        needed = staff_needed(room, bands)
        raise RatioExceeded(
            f"{sum(bands.values())} children in {room.code} need {math.ceil(needed)} child-care staff: "
            "sign another staff member in, or check children out, before leaving the room"
        )


# --- children and guardians ---------------------------------------------------------------


def _guardian(session: Session, person_id: str) -> Person:
    person = session.get(Person, merge.surviving_id(session, person_id))
    if person is None:
        raise NotFound("no such person at this station")
    return person


def _children_of(session: Session, person_id: str) -> list[Child]:
    group = merge.merged_group(session, person_id)
    return list(
        session.execute(
            select(Child)
            .join(ChildGuardian, ChildGuardian.child_id == Child.id)
            .where(ChildGuardian.person_id.in_(group))
            .distinct()
            .order_by(Child.birth_date, Child.first_name)
        ).scalars()
    )


def _new_child(
    session: Session, ctx: RecordContext, guardian_id: str, spec: ChildSpec, child_id: str | None = None
) -> Child:
    """The guardian's child for this spec, added unless known. ``child_id`` (derived from a link request)
    lets a retried request find the child it added the first time."""
    first = clean_name(spec.first_name, "the child's first name")
    last = clean_name(spec.last_name, "the child's last name")
    born = check_birth_date(spec.birth_date, ctx.day)
    if age_in_months(born, ctx.day) >= MAX_CHILD_AGE_YEARS * 12:
        raise InvalidInput("child care is for children under 18")
    mine = _children_of(session, guardian_id)
    if child_id is not None and session.get(Child, child_id) is not None:
        for child in mine:
            if child.id == child_id:
                return child
        raise InvalidInput("that request id was already used for another guardian's request")
    # The same child entered again by the same guardian is the same child.
    for child in mine:
        if (name_key(child.first_name), name_key(child.last_name), child.birth_date) == (
            name_key(first),
            name_key(last),
            born,
        ):
            return child
    record = ctx.record()
    if child_id is not None:
        record["id"] = child_id
    child = Child(**record, first_name=first, last_name=last, birth_date=born)
    session.add(child)
    session.add(ChildGuardian(**ctx.record(), child_id=child.id, person_id=guardian_id))
    session.flush()
    ctx.audit(session, "childcare.child_add", "child", child.id)
    return child


def add_child(station: Station, guardian_person_id: str, spec: ChildSpec, *, staff_id: str | None = None) -> str:
    """A child of this guardian (the same name and birth date again is the same child). Returns its id."""
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        guardian = _guardian(session, guardian_person_id)
        return _new_child(session, ctx, guardian.id, spec).id


def add_guardian(station: Station, child_id: str, person_id: str, *, staff_id: str) -> None:
    """Another guardian of a child (staff only)."""
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        child = _child(session, child_id)
        guardian = _guardian(session, person_id)
        exists = session.execute(
            select(ChildGuardian.id).where(ChildGuardian.child_id == child.id, ChildGuardian.person_id == guardian.id)
        ).first()
        if exists is None:
            link = ChildGuardian(**ctx.record(), child_id=child.id, person_id=guardian.id)
            session.add(link)
            session.flush()
            ctx.audit(session, "childcare.guardian_add", "child_guardian", link.id)


def _child(session: Session, child_id: str) -> Child:
    child = session.get(Child, child_id)
    if child is None:
        raise NotFound("no such child at this station")
    return child


def add_flag(station: Station, child_id: str, kind: str, text: str, *, staff_id: str) -> str:
    """An allergy or medical note, for child-care staff's eyes only."""
    if kind not in FLAG_KINDS:
        raise InvalidInput(f"a flag is one of {', '.join(FLAG_KINDS)}")
    text = " ".join(text.split())
    if not text or len(text) > 500:
        raise InvalidInput("say what the flag is, in at most 500 characters")
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        flag = ChildFlag(**ctx.record(), child_id=_child(session, child_id).id, kind=kind, text=text)
        session.add(flag)
        session.flush()
        ctx.audit(session, "childcare.flag_add", "child_flag", flag.id)  # the audit never holds the text
        return flag.id


def set_pickup_rule(
    station: Station, child_id: str, name: str, rule: str, *, staff_id: str, note: str | None = None
) -> str:
    """Put a person on the child's authorized or refused list; a later rule for the same name replaces it."""
    if rule not in PICKUP_RULES:
        raise InvalidInput(f"a pickup rule is one of {', '.join(PICKUP_RULES)}")
    clean = clean_name(name, "the person's name")
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        row = ChildPickupRule(
            **ctx.record(),
            child_id=_child(session, child_id).id,
            name=clean,
            name_key=name_key(clean),
            rule=rule,
            note=" ".join(note.split()) if note else None,
        )
        session.add(row)
        session.flush()
        ctx.audit(session, f"childcare.pickup_{rule}", "child_pickup_rule", row.id)
        return row.id


@dataclass(frozen=True)
class _PickupLists:
    guardians: tuple[str, ...]
    authorized: dict[str, str]  # name_key -> name as written
    refused: dict[str, tuple[str, str | None]]  # name_key -> (name, note)


def _pickup_lists(session: Session, child_id: str) -> _PickupLists:
    guardians = session.execute(
        select(Person.first_name, Person.last_name)
        .join(ChildGuardian, ChildGuardian.person_id == Person.id)
        .where(ChildGuardian.child_id == child_id)
    ).all()
    names = tuple(" ".join(n for n in (g.first_name, g.last_name) if n) for g in guardians)
    latest: dict[str, ChildPickupRule] = {}
    for row in session.execute(
        select(ChildPickupRule).where(ChildPickupRule.child_id == child_id).order_by(ChildPickupRule.created_at)
    ).scalars():
        latest[row.name_key] = row
    return _PickupLists(
        guardians=tuple(n for n in names if n),
        authorized={k: r.name for k, r in latest.items() if r.rule == "authorized"},
        refused={k: (r.name, r.note) for k, r in latest.items() if r.rule == "refused"},
    )


def _flags(session: Session, child_id: str) -> tuple[tuple[str, str], ...]:
    rows = session.execute(
        select(ChildFlag.kind, ChildFlag.text).where(ChildFlag.child_id == child_id).order_by(ChildFlag.created_at)
    ).all()
    return tuple((r.kind, r.text) for r in rows)


# --- the kiosk ---------------------------------------------------------------------------


def returning_children(station: Station, guardian_person_id: str) -> list[ChildChoice]:
    """The guardian's children known here, masked ("Sofía G."), for the kiosk to offer. Never a flag."""
    day = RecordContext(station, None).day
    with station.store.read() as session:
        return _choices(session, _guardian(session, guardian_person_id).id, day)


def _choices(session: Session, guardian_id: str, day: date) -> list[ChildChoice]:
    return [
        ChildChoice(c.id, greeting_name(c.first_name, c.last_name), age_in_months(c.birth_date, day) // 12)
        for c in _children_of(session, guardian_id)
    ]


def _window(
    session: Session, ctx: RecordContext, class_session_id: str | None, window: tuple[datetime, datetime] | None
) -> tuple[datetime, datetime, ClassSession | None]:
    if (class_session_id is None) == (window is None):
        raise InvalidInput("sign children up for a class session or for a time window, not both or neither")
    cfg = child_care_config(ctx.config)
    if class_session_id is not None:
        ensure_schedule(session, ctx.config, ctx.day, ctx.now)
        cls = session.get(ClassSession, class_session_id)
        if cls is None or cls.site_code != ctx.config.site.code or cls.local_date != ctx.day:
            raise NotFound("that class is not on today's schedule")
        end = as_utc(cls.ends_at)
        if end <= ctx.now:
            raise InvalidInput("that class is over")
        return max(ctx.now, as_utc(cls.starts_at) - CLASS_LEAD), end, cls
    assert window is not None
    start, end = (as_utc(w) for w in window)
    if end <= start or end <= ctx.now:
        raise InvalidInput("the time window must end after it starts, and after now")
    if end - start > cfg.max_stay:
        raise InvalidInput(f"child care is for at most {int(cfg.max_stay.total_seconds() // 60)} minutes")
    if start.astimezone(ctx.config.site.time_zone).date() != ctx.day:
        raise InvalidInput("child care is signed up for today only")
    return start, end, None


def _choose_room(
    session: Session, ctx: RecordContext, child: Child, start: datetime, end: datetime, taking: dict[str, list[str]]
) -> tuple[ChildCareRoom, str]:
    """The first room whose age bands take the child and that has a place and the staff for one more."""
    months = age_in_months(child.birth_date, ctx.day)
    fitting = [(room, band) for room in child_care_config(ctx.config).rooms if (band := room.band_for(months))]
    if not fitting:
        raise NoRoomForAge(f"no child-care room here takes a child of {months} months; the front desk can help")
    refusal: RoomFull | RatioExceeded | None = None
    site = ctx.config.site.code
    for room, band in fitting:
        places = _holding(session, site, ctx.day, room.code, start, end)
        try:
            _check_room(session, site, ctx.day, room, places, [*taking.get(room.code, []), band.code], "that time")
        except (RoomFull, RatioExceeded) as error:
            refusal = refusal or error
            continue
        return room, band.code
    assert refusal is not None
    raise refusal


def _existing_signup(
    session: Session, child_id: str, day: date, start: datetime, end: datetime
) -> ChildCareSignup | None:
    """The child's signup of today for an overlapping time, not picked up yet."""
    for signup, _inside in _signup_rows(session, child_id, day):
        if as_utc(signup.starts_at) < end and as_utc(signup.ends_at) > start:
            return signup
    return None


def _signup_rows(session: Session, child_id: str, day: date) -> list[tuple[ChildCareSignup, bool]]:
    rows = session.execute(
        select(ChildCareSignup, ChildCareCheckIn.id)
        .outerjoin(ChildCareCheckIn, ChildCareCheckIn.signup_id == ChildCareSignup.id)
        .outerjoin(ChildCareCheckOut, ChildCareCheckOut.signup_id == ChildCareSignup.id)
        .where(ChildCareSignup.child_id == child_id, ChildCareSignup.local_date == day, ChildCareCheckOut.id.is_(None))
    ).all()
    return [(s, c is not None) for s, c in rows]


def _code_of(session: Session, pickup_code_id: str) -> str:
    return session.execute(select(PickupCode.code).where(PickupCode.id == pickup_code_id)).scalar_one()


def _allocate_code(session: Session, ctx: RecordContext, guardian_id: str, code_id: str | None) -> PickupCode:
    site = ctx.config.site.code

    def taken(code: str) -> bool:
        found = session.execute(
            select(PickupCode.id).where(
                PickupCode.site_code == site, PickupCode.local_date == ctx.day, PickupCode.code == code
            )
        ).first()
        return found is not None

    # The write transaction holds the database's write lock, so a code free here is still free at the
    # insert; the unique index on (site, day, code) stands behind that.
    record = ctx.record()
    if code_id is not None:
        record["id"] = code_id
    row = PickupCode(**record, code=new_pickup_code(taken), guardian_id=guardian_id)
    session.add(row)
    session.flush()
    return row


def sign_up_children(
    station: Station,
    guardian_person_id: str,
    class_session_id: str | None,
    children: Sequence[ChildSpec | str],
    *,
    window: tuple[datetime, datetime] | None = None,
    staff_id: str | None = None,
) -> list[SignupResult]:
    """Sign the guardian's children up for child care during a class (or a time window), all or none.

    Children signed up together share one pickup code: the parent's slip and each child's label carry it.
    A child already signed up for an overlapping time keeps that signup (``already``). ``RoomFull``,
    ``RatioExceeded`` or ``NoRoomForAge`` say why nobody was signed up.
    """
    if not children:
        raise InvalidInput("choose at least one child")
    ctx = RecordContext(station, staff_id)
    child_care_config(ctx.config)
    with station.store.write() as session:
        guardian = _guardian(session, guardian_person_id)
        start, end, cls = _window(session, ctx, class_session_id, window)
        return _sign_up(session, ctx, guardian, (start, end, cls), children, None)


def _sign_up(
    session: Session,
    ctx: RecordContext,
    guardian: Person,
    span: tuple[datetime, datetime, ClassSession | None],
    children: Sequence[ChildSpec | str],
    request_id: str | None,
) -> list[SignupResult]:
    """The signup itself, inside the caller's write transaction: local (``sign_up_children``) or asked for
    over the site link (``sign_up_for_card``, where ``request_id`` makes a retried request find its records)."""
    start, end, cls = span
    known = {c.id: c for c in _children_of(session, guardian.id)}
    wanted: list[Child] = []
    for index, item in enumerate(children):
        if isinstance(item, str):
            if item not in known:
                raise NotFound("that child is not one of this guardian's children")
            wanted.append(known[item])
        else:
            child_id = _derived_id(request_id, str(index)) if request_id else None
            wanted.append(_new_child(session, ctx, guardian.id, item, child_id))
    results: list[SignupResult] = []
    taking: dict[str, list[str]] = {}
    new: list[tuple[Child, ChildCareRoom, str]] = []
    for child in dict((c.id, c) for c in wanted).values():
        earlier = session.get(ChildCareSignup, _derived_id(request_id, f"signup:{child.id}")) if request_id else None
        existing = earlier or _existing_signup(session, child.id, ctx.day, start, end)
        if existing is not None:
            results.append(_result(session, ctx.config, existing, child, already=True))
            continue
        room, band = _choose_room(session, ctx, child, start, end, taking)
        taking.setdefault(room.code, []).append(band)
        new.append((child, room, band))
    if new:
        code = _allocate_code(session, ctx, guardian.id, _derived_id(request_id, "code") if request_id else None)
        for child, room, band in new:
            record = ctx.record()
            if request_id:
                record["id"] = _derived_id(request_id, f"signup:{child.id}")
            signup = ChildCareSignup(
                **record,
                child_id=child.id,
                guardian_id=guardian.id,
                pickup_code_id=code.id,
                class_session_id=cls.id if cls else None,
                room_code=room.code,
                band_code=band,
                starts_at=start,
                ends_at=end,
            )
            session.add(signup)
            session.flush()
            ctx.audit(session, "childcare.signup", "childcare_signup", signup.id)
            _route(session, ctx, "signup", signup, signup.id)
            results.append(_result(session, ctx.config, signup, child, code=code.code))
    return results


def _result(
    session: Session,
    config: Config,
    signup: ChildCareSignup,
    child: Child,
    *,
    already: bool = False,
    code: str | None = None,
) -> SignupResult:
    room = room_config(config, signup.room_code)
    return SignupResult(
        signup_id=signup.id,
        child_id=child.id,
        masked_name=greeting_name(child.first_name, child.last_name),
        room_code=room.code,
        room_names=dict(room.names),
        pickup_code=code or _code_of(session, signup.pickup_code_id),
        starts_at=as_utc(signup.starts_at),
        ends_at=as_utc(signup.ends_at),
        class_session_id=signup.class_session_id,
        already=already,
    )


# --- the site link: other stations of the site ask the child-care station -------------------------
#
# The child-care station is the one writer of its room's records. A kiosk or front desk sends the parent
# as a ``GuardianCard`` (``guardian_card``); the room finds that person here (by UUID, else by a plan
# membership) or adopts them under the card's own UUIDs, then signs up exactly as ``sign_up_children``.

# Ids of records a link request makes are derived from its request id, so a retried request finds them.
_LINK_NAMESPACE = uuid.UUID("6f0c9a52-3d47-4c1e-9b8e-2a7d51c0e4f3")


def _derived_id(request_id: str, part: str) -> str:
    return str(uuid.uuid5(_LINK_NAMESPACE, f"{request_id}:{part}"))


def guardian_card(station: Station, person_id: str) -> GuardianCard:
    """The person as this station knows them (after merges), with every plan membership, to send to the room."""
    with station.store.read() as session:
        person = _guardian(session, person_id)
        rows = session.execute(
            select(PlanMembership)
            .where(PlanMembership.person_id.in_(merge.merged_group(session, person.id)))
            .order_by(PlanMembership.created_at)
        ).scalars()
        return GuardianCard(
            person_id=person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            birth_date=person.birth_date,
            phone=person.phone,
            preferred_language=person.preferred_language,
            profile=person.profile,
            created_at=as_utc(person.created_at),
            local_date=person.local_date,
            site_code=person.site_code,
            station_id=person.station_id,
            memberships=tuple(GuardianMembership(m.plan_code, m.member_id, m.consent, m.id) for m in rows),
        )


def _check_card(ctx: RecordContext, card: GuardianCard) -> None:
    if card.site_code != ctx.config.site.code:
        raise InvalidInput("that guardian was registered at another site; register them here")
    # The room may insert these ids as its own records' keys: only the canonical form stations make.
    if not all(_is_uuid(text) for text in (card.person_id, *(m.record_id for m in card.memberships))):
        raise InvalidInput("guardian: record ids must be UUIDs")


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _card_person(session: Session, card: GuardianCard) -> Person | None:
    """The card's person here: the same UUID, else whoever holds one of its memberships (merges followed)."""
    person = session.get(Person, card.person_id)
    for m in card.memberships:
        if person is not None:
            break
        person = session.execute(
            select(Person)
            .join(PlanMembership, PlanMembership.person_id == Person.id)
            .where(PlanMembership.plan_code == m.plan_code, PlanMembership.member_id == m.member_id)
        ).scalar()
    if person is None:
        return None
    keep = merge.surviving_id(session, person.id)
    return person if keep == person.id else session.get(Person, keep)


def _adopt_memberships(session: Session, ctx: RecordContext, card: GuardianCard, person_id: str) -> int:
    """The card's memberships this station does not know yet, kept under their own UUIDs and origin, so
    child-care records route to the plans the guardian consented to. Returns how many were added."""
    plans = {p.code for p in ctx.config.plans}
    added = 0
    for m in card.memberships:
        held = session.execute(
            select(PlanMembership.id).where(
                PlanMembership.plan_code == m.plan_code, PlanMembership.member_id == m.member_id
            )
        ).first()
        if m.plan_code not in plans or held is not None or session.get(PlanMembership, m.record_id) is not None:
            continue
        session.add(
            PlanMembership(
                **_origin(card, m.record_id),
                person_id=person_id,
                plan_code=m.plan_code,
                member_id=m.member_id,
                consent=m.consent,
            )
        )
        added += 1
    return added


def _origin(card: GuardianCard, record_id: str) -> dict[str, Any]:
    """Record columns saying where the card's records were made (not here): their station syncs them."""
    return {
        "id": record_id,
        "created_at": as_utc(card.created_at),
        "local_date": card.local_date,
        "site_code": card.site_code,
        "station_id": card.station_id,
        "staff_id": None,
    }


def _card_guardian(session: Session, ctx: RecordContext, card: GuardianCard) -> Person:
    """The card's person here, or adopted from the card in the caller's transaction. No outbox entries for
    the person: the station that made it sends it (and the signup's own entries carry the patient key)."""
    person = _card_person(session, card)
    if person is None:
        person = Person(
            **_origin(card, card.person_id),
            first_name=card.first_name,
            last_name=card.last_name,
            birth_date=card.birth_date,
            phone=card.phone,
            preferred_language=card.preferred_language,
            medi_cal_cin=None,
            profile=card.profile,
        )
        session.add(person)
        session.flush()
        ctx.audit(session, "childcare.guardian_adopt", "person", person.id)
    if _adopt_memberships(session, ctx, card, person.id):
        session.flush()
        ctx.audit(session, "childcare.guardian_memberships_adopt", "person", person.id)
    return person


def children_for_card(station: Station, card: GuardianCard) -> list[ChildChoice]:
    """The card's children known in this room, masked, for the kiosk to offer (read-only; unknown -> [])."""
    ctx = RecordContext(station, None)
    child_care_config(ctx.config)
    _check_card(ctx, card)
    with station.store.read() as session:
        person = _card_person(session, card)
        return [] if person is None else _choices(session, person.id, ctx.day)


def _class_id_by_code(session: Session, ctx: RecordContext, class_code: str) -> str:
    """Today's session of that scheduled class here (class session UUIDs differ from station to station)."""
    ensure_schedule(session, ctx.config, ctx.day, ctx.now)
    found = session.execute(
        select(ClassSession.id).where(
            ClassSession.site_code == ctx.config.site.code,
            ClassSession.local_date == ctx.day,
            ClassSession.code == class_code,
        )
    ).scalar()
    if found is None:
        raise NotFound("that class is not on today's schedule")
    return found


def sign_up_for_card(
    station: Station,
    card: GuardianCard,
    *,
    class_code: str | None,
    window: tuple[datetime, datetime] | None,
    children: Sequence[ChildSpec | str],
    request_id: str,
) -> list[SignupResult]:
    """``sign_up_children`` for a parent at another station of the site, here at the child-care station.

    The guardian is found or adopted in the same transaction as the signup. A retried request (the same
    ``request_id``) adds no child and no signup: it answers with the signups the first one made.
    """
    request_id = request_id.strip()
    if not request_id or len(request_id) > 64:
        raise InvalidInput("a site-link request needs a request id of at most 64 characters")
    if not children:
        raise InvalidInput("choose at least one child")
    if (class_code is None) == (window is None):
        raise InvalidInput("sign children up for a class session or for a time window, not both or neither")
    ctx = RecordContext(station, None)
    child_care_config(ctx.config)
    _check_card(ctx, card)
    with station.store.write() as session:
        guardian = _card_guardian(session, ctx, card)
        class_id = _class_id_by_code(session, ctx, class_code) if class_code is not None else None
        span = _window(session, ctx, class_id, window)
        return _sign_up(session, ctx, guardian, span, children, request_id)


# --- the child-care room -------------------------------------------------------------------


def _by_code(session: Session, ctx: RecordContext, code: str) -> list[ChildCareSignup]:
    return list(
        session.execute(
            select(ChildCareSignup)
            .join(PickupCode, PickupCode.id == ChildCareSignup.pickup_code_id)
            .where(
                PickupCode.site_code == ctx.config.site.code,
                PickupCode.local_date == ctx.day,
                PickupCode.code == normalize_code(code),
            )
            .order_by(ChildCareSignup.created_at)
        ).scalars()
    )


def _state(session: Session, signup_id: str) -> str:
    if session.execute(select(ChildCareCheckOut.id).where(ChildCareCheckOut.signup_id == signup_id)).first():
        return "out"
    if session.execute(select(ChildCareCheckIn.id).where(ChildCareCheckIn.signup_id == signup_id)).first():
        return "in"
    return "expected"


def _full_name(child: Child) -> str:
    return f"{child.first_name} {child.last_name}"


@contextmanager
def _refusals_audited(station: Station, ctx: RecordContext) -> Iterator[None]:
    """A wrong code or a refused person is recorded (who tried, where, when), though the refused
    transaction itself wrote nothing."""
    try:
        yield
    except (WrongPickupCode, PickupRefused) as error:
        with station.store.write() as session:
            audit.append(
                session,
                at=ctx.now,
                site_code=ctx.config.site.code,
                station_id=ctx.config.station.id,
                staff_id=ctx.staff_id,
                action=f"childcare.{error.code}",
            )
        raise


def find_signup_by_code(station: Station, code: str) -> list[SignupView]:
    """Today's signups carrying this pickup code (the children signed up together), for staff."""
    ctx = RecordContext(station, None)
    with station.store.read() as session:
        views = []
        for s in _by_code(session, ctx, code):
            child = _child(session, s.child_id)
            views.append(
                SignupView(
                    s.id,
                    child.id,
                    _full_name(child),
                    s.room_code,
                    _code_of(session, s.pickup_code_id),
                    _state(session, s.id),
                    as_utc(s.starts_at),
                    as_utc(s.ends_at),
                )
            )
        return views


def signups_for_code(station: Station, code: str, *, staff_id: str) -> list[SignupView]:
    """``find_signup_by_code`` for the room's screen: a code matching nobody is refused and audited like a
    wrong code at check-out (``WrongPickupCode``, whose message names no one), so guessing codes leaves a trail."""
    found = find_signup_by_code(station, code)
    if not found:
        ctx = RecordContext(station, staff_id)
        with _refusals_audited(station, ctx):
            raise WrongPickupCode("no child is signed up with that code today; check the code on the slip")
    return found


def check_in_child(
    station: Station, *, signup_id: str | None = None, code: str | None = None, staff_id: str
) -> list[Handover]:
    """Check a signed-up child in (by signup), or every child of a pickup code not yet in the room.

    Capacity and the ratio are checked against the children in the room and the staff signed in to it now.
    """
    if (signup_id is None) == (code is None):
        raise InvalidInput("check in by a signup or by a pickup code")
    ctx = RecordContext(station, staff_id)
    with _refusals_audited(station, ctx):
        return _check_in(station, ctx, signup_id, code)


def _check_in(station: Station, ctx: RecordContext, signup_id: str | None, code: str | None) -> list[Handover]:
    site = ctx.config.site.code
    with station.store.write() as session:
        if signup_id is not None:
            signup = session.get(ChildCareSignup, signup_id)
            if signup is None or signup.site_code != site:
                raise NotFound("no such child-care signup")
            if signup.local_date != ctx.day:  # the room's count is of today's signups
                raise InvalidInput("that signup was for another day; sign the child up for today")
            signups = [signup]
        else:
            assert code is not None
            signups = _by_code(session, ctx, code)
            if not signups:
                raise WrongPickupCode("no child is signed up with that code today; check the code on the slip")
        todo = [s for s in signups if _state(session, s.id) == "expected"]
        if not todo:
            raise InvalidInput("already checked in (or picked up)")
        done: list[Handover] = []
        by_room: dict[str, list[ChildCareSignup]] = {}
        for s in todo:
            by_room.setdefault(s.room_code, []).append(s)
        for room_code, group in by_room.items():
            room = room_config(ctx.config, room_code)
            places = _present(session, site, ctx.day, room_code)
            _check_room(session, site, ctx.day, room, places, [s.band_code for s in group], "now")
        for s in todo:
            record = ChildCareCheckIn(**ctx.record(), signup_id=s.id)
            session.add(record)
            session.flush()
            ctx.audit(session, "childcare.check_in", "childcare_check_in", record.id)
            _route(session, ctx, "check_in", s, record.id)
            done.append(Handover(s.id, _full_name(_child(session, s.child_id)), s.room_code, ctx.now, record.id))
        return done


def _check_pickup(lists: _PickupLists, pickup_by: str, *, override: bool) -> str:
    person = clean_name(pickup_by, "the name of the person picking up")
    key = name_key(person)
    if key in lists.refused:
        # Messages name nobody and quote no note: an error's text may reach a log or a terminal.
        _, note = lists.refused[key]
        raise PickupRefused(
            "this person is on this child's refused list: do not hand the child over; call a supervisor", note
        )
    if not override and key not in lists.authorized and key not in {name_key(g) for g in lists.guardians}:
        raise PickupNotAuthorized(
            "this person is not a guardian or on the authorized list; a staff override with a reason is needed"
        )
    return person


def _check_out(
    session: Session, ctx: RecordContext, signup: ChildCareSignup, pickup_by: str, reason: str | None
) -> Handover:
    state = _state(session, signup.id)
    if state != "in":
        raise NotCheckedIn("that child is not in the room" + (" (already picked up)" if state == "out" else ""))
    person = _check_pickup(_pickup_lists(session, signup.child_id), pickup_by, override=reason is not None)
    record = ChildCareCheckOut(**ctx.record(), signup_id=signup.id, pickup_by=person, override_reason=reason)
    session.add(record)
    session.flush()
    ctx.audit(
        session, "childcare.override_check_out" if reason else "childcare.check_out", "childcare_check_out", record.id
    )
    _route(session, ctx, "check_out", signup, record.id)
    return Handover(signup.id, _full_name(_child(session, signup.child_id)), signup.room_code, ctx.now, record.id)


def check_out_child(
    station: Station, code: str, staff_id: str, *, pickup_by: str, signup_ids: Sequence[str] | None = None
) -> list[Handover]:
    """Hand children over against their pickup code: all of the code's children in the room, or those named.

    A wrong code is refused (and audited); a refused person is never handed a child, code or not.
    """
    ctx = RecordContext(station, staff_id)
    with _refusals_audited(station, ctx), station.store.write() as session:
        signups = [s for s in _by_code(session, ctx, code) if _state(session, s.id) == "in"]
        if signup_ids is not None:
            signups = [s for s in signups if s.id in set(signup_ids)]
        if not signups:
            raise WrongPickupCode("that code does not match a child in the room: ask for the slip, or use an override")
        lists_ok = [_check_pickup(_pickup_lists(session, s.child_id), pickup_by, override=False) for s in signups]
        assert len(lists_ok) == len(signups)  # all or none: every child's lists pass before any is released
        return [_check_out(session, ctx, s, pickup_by, None) for s in signups]


def override_check_out(station: Station, signup_id: str, staff_id: str, *, pickup_by: str, reason: str) -> Handover:
    """Release a child without the code (a lost slip): the reason and the staff member are recorded.

    Still refused for anyone on the child's refused list.
    """
    reason = " ".join(reason.split())
    if len(reason) < 5:
        raise InvalidInput("an override needs a reason (what happened, how the person was identified)")
    ctx = RecordContext(station, staff_id)
    with _refusals_audited(station, ctx), station.store.write() as session:
        signup = session.get(ChildCareSignup, signup_id)
        if signup is None or signup.site_code != ctx.config.site.code:
            raise NotFound("no such child-care signup")
        return _check_out(session, ctx, signup, pickup_by, reason)


def room_roster(station: Station, room_code: str, now: datetime | None = None) -> Roster:
    """The room as child-care staff see it: who is expected and who is in, with flags, who may pick each
    child up, and warnings computed from the clock (the parent's class ending soon, overdue)."""
    ctx = RecordContext(station, None)
    at = as_utc(now) if now is not None else ctx.now
    room = room_config(ctx.config, room_code)
    cfg = child_care_config(ctx.config)
    site = ctx.config.site.code
    with station.store.read() as session:
        checkins = dict(
            session.execute(
                select(ChildCareCheckIn.signup_id, ChildCareCheckIn.created_at)
                .join(ChildCareSignup, ChildCareSignup.id == ChildCareCheckIn.signup_id)
                .where(
                    ChildCareSignup.site_code == site,
                    ChildCareSignup.room_code == room_code,
                    ChildCareSignup.local_date == ctx.day,
                )
            ).all()
        )
        kids: list[RosterChild] = []
        present_bands: list[str] = []
        for signup, inside in sorted(_places(session, site, ctx.day, room_code), key=lambda p: as_utc(p[0].starts_at)):
            child = _child(session, signup.child_id)
            lists = _pickup_lists(session, child.id)
            checked_in_at = as_utc(checkins[signup.id]) if inside else None
            if inside:
                present_bands.append(signup.band_code)
            kids.append(
                RosterChild(
                    signup_id=signup.id,
                    child_id=child.id,
                    first_name=child.first_name,
                    last_name=child.last_name,
                    age_months=age_in_months(child.birth_date, ctx.day),
                    band_code=signup.band_code,
                    pickup_code=_code_of(session, signup.pickup_code_id),
                    state="in" if inside else "expected",
                    checked_in_at=checked_in_at,
                    ends_at=as_utc(signup.ends_at),
                    flags=_flags(session, child.id),
                    guardians=lists.guardians,
                    authorized=tuple(lists.authorized.values()),
                    refused=tuple(name for name, _ in lists.refused.values()),
                    warnings=warnings_for(
                        at,
                        checked_in_at,
                        as_utc(signup.ends_at),
                        cfg.max_stay.total_seconds(),
                        cfg.warn_before_class_end.total_seconds(),
                    ),
                )
            )
        crew_ids = staff.staff_in_room(session, site, ctx.day, room_code)
        crew = tuple(session.execute(select(StaffMember.display_name).where(StaffMember.id.in_(crew_ids))).scalars())
        return Roster(
            room_code=room.code,
            room_names=dict(room.names),
            capacity=room.capacity,
            at=at,
            staff=tuple(sorted(crew)),
            staff_needed=staff_needed(room, bands_count(present_bands)),
            children=tuple(kids),
        )


@dataclass(frozen=True)
class PickedUp:
    """A child handed over today: for the room's "picked up" list (who took the child, and whether by override)."""

    signup_id: str
    child_name: str
    checked_in_at: datetime | None
    picked_up_at: datetime
    pickup_by: str
    override: bool


def picked_up_today(station: Station, room_code: str) -> list[PickedUp]:
    """Today's check-outs of the room, earliest first (the roster holds only children not yet picked up)."""
    ctx = RecordContext(station, None)
    room_config(ctx.config, room_code)
    with station.store.read() as session:
        rows = session.execute(
            select(ChildCareSignup, ChildCareCheckOut, ChildCareCheckIn.created_at)
            .join(ChildCareCheckOut, ChildCareCheckOut.signup_id == ChildCareSignup.id)
            .outerjoin(ChildCareCheckIn, ChildCareCheckIn.signup_id == ChildCareSignup.id)
            .where(
                ChildCareSignup.site_code == ctx.config.site.code,
                ChildCareSignup.room_code == room_code,
                ChildCareSignup.local_date == ctx.day,
            )
            .order_by(ChildCareCheckOut.created_at)
        ).all()
        return [
            PickedUp(
                signup.id,
                _full_name(_child(session, signup.child_id)),
                as_utc(checked_in) if checked_in is not None else None,
                as_utc(out.created_at),
                out.pickup_by,
                out.override_reason is not None,
            )
            for signup, out, checked_in in rows
        ]


def signups_of_guardian(station: Station, guardian_person_id: str) -> list[SignupView]:
    """Today's signups of a guardian (their pass or card scanned at the room), like ``find_signup_by_code``."""
    ctx = RecordContext(station, None)
    with station.store.read() as session:
        group = merge.merged_group(session, merge.surviving_id(session, guardian_person_id))
        signups = session.execute(
            select(ChildCareSignup)
            .where(
                ChildCareSignup.site_code == ctx.config.site.code,
                ChildCareSignup.local_date == ctx.day,
                ChildCareSignup.guardian_id.in_(group),
            )
            .order_by(ChildCareSignup.created_at)
        ).scalars()
        return [
            SignupView(
                s.id,
                s.child_id,
                _full_name(_child(session, s.child_id)),
                s.room_code,
                _code_of(session, s.pickup_code_id),
                _state(session, s.id),
                as_utc(s.starts_at),
                as_utc(s.ends_at),
            )
            for s in signups
        ]


# --- sync ------------------------------------------------------------------------------------


def child_key(dest: routing.Destination, child: Child) -> str:
    """The child as the plan knows it, under this guardian: the same from any station that enters the child."""
    return routing.stable_key(
        "child",
        dest.plan_code,
        dest.member_id,
        name_key(child.first_name),
        name_key(child.last_name),
        child.birth_date.isoformat(),
    )


def signup_key(ckey: str, site: str, day: date, class_code: str | None, start: datetime) -> str:
    return routing.stable_key("childcare", ckey, site, day.isoformat(), class_code or as_utc(start).isoformat())


def _route(session: Session, ctx: RecordContext, event: str, signup: ChildCareSignup, record_id: str) -> None:
    """Outbox entries for the guardian's consented plans, in this record's transaction; nothing otherwise."""
    guardian = session.get(Person, signup.guardian_id)
    child = session.get(Child, signup.child_id)
    assert guardian is not None and child is not None
    cls = session.get(ClassSession, signup.class_session_id) if signup.class_session_id else None
    site = signup.site_code
    pending: list[PendingEntry] = []
    for dest in routing.destinations(ctx.config, memberships_of(session, guardian.id)):
        base: dict[str, Any] = {
            "plan": dest.plan_code,
            "member_id": dest.member_id,
            "site": site,
            "station": ctx.config.station.id,
        }
        pkey = routing.patient_key(dest)
        ckey = child_key(dest, child)
        skey = signup_key(ckey, site, signup.local_date, cls.code if cls else None, signup.starts_at)
        refs = {**base, "patient_key": pkey, "child_key": ckey, "signup_key": skey}
        if event == "signup":
            pending += [
                PendingEntry(dest.plan_code, pkey, "patient", guardian.id, patient_payload(base, guardian), None),
                PendingEntry(
                    dest.plan_code,
                    ckey,
                    "related_person",
                    child.id,
                    {
                        **base,
                        "patient_key": pkey,
                        "first_name": child.first_name,
                        "last_name": child.last_name,
                        "birth_date": child.birth_date.isoformat(),
                        "relationship": "CHILD",
                    },
                    pkey,
                ),
                PendingEntry(
                    dest.plan_code,
                    skey,
                    "childcare_signup",
                    record_id,
                    {
                        **refs,
                        "local_date": signup.local_date.isoformat(),
                        "starts_at": as_utc(signup.starts_at).isoformat(),
                        "ends_at": as_utc(signup.ends_at).isoformat(),
                        "class_code": cls.code if cls else None,
                        "room_code": signup.room_code,
                    },
                    ckey,
                ),
            ]
        elif event == "check_in":
            key = routing.stable_key("childcare-in", skey)
            pending.append(
                PendingEntry(
                    dest.plan_code, key, "childcare_check_in", record_id, {**refs, "at": ctx.now.isoformat()}, skey
                )
            )
        else:
            key = routing.stable_key("childcare-out", skey)
            pending.append(
                PendingEntry(
                    dest.plan_code,
                    key,
                    "childcare_check_out",
                    record_id,
                    {
                        **refs,
                        "check_in_key": routing.stable_key("childcare-in", skey),
                        "at": ctx.now.isoformat(),
                    },
                    routing.stable_key("childcare-in", skey),
                )
            )
    enqueue(session, ctx, pending)


def enqueue_unrouted_counts(station: Station) -> int:
    """Queue, for each finished day, how many children of guardians who go to no plan were signed up and
    checked in here: numbers only, per site, station and day, sent to each routed plan once (like visits'
    ``services.enqueue_unrouted_counts``, as a ``daily_counts`` record of its own key). Returns entries queued."""
    ctx = RecordContext(station, None)
    site, station_id = ctx.config.site.code, ctx.config.station.id
    plans = [p.code for p in ctx.config.plans if p.routing]
    days = [ctx.day - timedelta(days=n) for n in range(1, services.COUNTS_LOOKBACK_DAYS + 1)]
    keys = {
        (p, d): routing.stable_key("childcare-counts", p, site, station_id, d.isoformat()) for p in plans for d in days
    }
    with station.store.write() as session:
        queued = set(session.execute(select(OutboxEntry.key).where(OutboxEntry.key.in_(list(keys.values())))).scalars())
        todo = sorted({d for (p, d), k in keys.items() if k not in queued})
        if not todo:
            return 0
        rows = session.execute(
            select(ChildCareSignup.local_date, ChildCareSignup.guardian_id, ChildCareCheckIn.id)
            .outerjoin(ChildCareCheckIn, ChildCareCheckIn.signup_id == ChildCareSignup.id)
            .where(ChildCareSignup.site_code == site, ChildCareSignup.local_date.in_(todo))
        ).all()
        routed: dict[str, bool] = {}
        counts: dict[date, dict[str, int]] = {}
        for day, guardian_id, checked_in in rows:
            if guardian_id not in routed:
                routed[guardian_id] = bool(routing.destinations(ctx.config, memberships_of(session, guardian_id)))
            if routed[guardian_id]:
                continue  # already sent to the guardian's plan as records
            day_counts = counts.setdefault(day, {})
            day_counts["child-care"] = day_counts.get("child-care", 0) + 1
            if checked_in is not None:
                day_counts["child-care-checked-in"] = day_counts.get("child-care-checked-in", 0) + 1
        pending = [
            PendingEntry(
                p,
                keys[(p, d)],
                "daily_counts",
                str(uuid.uuid5(uuid.NAMESPACE_URL, keys[(p, d)])),
                {"site": site, "station": station_id, "local_date": d.isoformat(), "counts": counts[d]},
                None,
            )
            for d in sorted(counts)
            for p in plans
            if keys[(p, d)] not in queued
        ]
        return len(enqueue(session, ctx, pending))
