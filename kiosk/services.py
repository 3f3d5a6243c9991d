"""Use cases of a station, each one short transaction: check in, register,
look up, void, correct; plus what the screens and reports read.

Nothing here knows about Qt or the network. Time comes from ``station.clock``.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, insert, literal_column, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk import merge
from kiosk.clock import as_utc, local_date
from kiosk.config import Config
from kiosk.domain import routing
from kiosk.domain.people import (
    MembershipInfo,
    PersonSummary,
    Registration,
    check_birth_date,
    check_consent,
    check_language,
    clean_name,
    clean_phone,
    greeting_name,
)
from kiosk.domain.status import PlanQueue, StationStatus
from kiosk.domain.visits import (
    IDENTIFIED_BY,
    CheckInResult,
    OutboxInfo,
    ServiceLine,
    ServiceSpec,
    VisitState,
    parse_service,
    same_visit,
)
from kiosk.errors import ClassFull, InvalidInput, KioskError, NotFound, ScanRejected
from kiosk.scanning import IdKind, ScanResult, mask_id, passes
from kiosk.scanning.passes import PassClaims, PassMembership
from kiosk.search import index as search_index
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import (
    ClassSession,
    Correction,
    OutboxEntry,
    Person,
    PlanMembership,
    ServiceRemoval,
    Visit,
    VisitService,
)
from kiosk.sync_health import PlanHealth, read_health

log = logging.getLogger(__name__)

WAITING_STATES = ("pending", "in_flight", "paused")

search_index.install()  # people are indexed in the transaction that writes them, whichever use case does


def _new_id() -> str:
    return str(uuid.uuid4())


class RecordContext:
    """What every record of one unit of work shares: instant, local date, site, station, staff."""

    def __init__(self, station: Station, staff_id: str | None) -> None:
        self.station = station
        self.config: Config = station.config
        self.now = station.clock.now()
        self.day = local_date(self.now, station.config.site.time_zone)
        self.staff_id = staff_id

    def record(self) -> dict[str, Any]:
        return {
            "id": _new_id(),
            "created_at": self.now,
            "local_date": self.day,
            "site_code": self.config.site.code,
            "station_id": self.config.station.id,
            "staff_id": self.staff_id,
        }

    def audit(self, session: Session, action: str, record_type: str, record_id: str) -> None:
        audit.append(
            session,
            at=self.now,
            site_code=self.config.site.code,
            station_id=self.config.station.id,
            staff_id=self.staff_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
        )


# --- people -----------------------------------------------------------------


def _by_membership(session: Session, plan_code: str | None, member_id: str) -> Person | None:
    return session.execute(
        select(Person)
        .join(PlanMembership)
        .where(PlanMembership.plan_code == plan_code, PlanMembership.member_id == member_id)
    ).scalar()


def _by_cin(session: Session, cin: str) -> Person | None:
    return session.execute(
        select(Person).where(Person.medi_cal_cin == cin).order_by(Person.created_at).limit(1)
    ).scalar()


def _surviving(session: Session, person: Person | None) -> Person | None:
    """The person who stands for this one now: a merged-away person's card finds the kept one."""
    if person is None:
        return None
    keep = merge.surviving_id(session, person.id)
    return person if keep == person.id else session.get(Person, keep)


def _find_person(session: Session, scan: ScanResult) -> Person | None:
    if scan.kind is IdKind.PLAN_MEMBER:
        return _surviving(session, _by_membership(session, scan.plan_code, scan.identifier))
    if scan.kind is IdKind.MEDI_CAL_BIC:
        return _surviving(session, _by_cin(session, scan.identifier))
    if scan.kind is IdKind.CRC_PASS and scan.claims is not None:
        return _find_pass_holder(session, scan.claims)
    raise ScanRejected(scan.kind.value, "this kind of card cannot be used to check in yet")


def _summary(person: Person) -> PersonSummary:
    return PersonSummary(
        person_id=person.id,
        greeting_name=greeting_name(person.first_name, person.last_name),
        profile=person.profile,
        preferred_language=person.preferred_language,
        memberships=tuple(MembershipInfo(m.plan_code, mask_id(m.member_id), m.consent) for m in person.memberships),
    )


def lookup(station: Station, scan: ScanResult) -> PersonSummary | None:
    """Who this card belongs to, privacy-safe, or None when not known here."""
    with station.store.read() as session:
        person = _find_person(session, scan)
        return _summary(person) if person else None


def register(station: Station, form: Registration, *, staff_id: str | None = None) -> PersonSummary:
    """A new person with a complete profile (walk-in or kiosk self-registration)."""
    ctx = RecordContext(station, staff_id)
    first = clean_name(form.first_name, "first name")
    last = clean_name(form.last_name, "last name")
    birth = check_birth_date(form.birth_date, ctx.day)
    phone = clean_phone(form.phone)
    language = check_language(form.preferred_language)
    cin = form.medi_cal_cin.strip().upper() if form.medi_cal_cin else None
    if cin is not None and not (len(cin) == 9 and cin[:8].isdigit() and cin[8].isalpha()):
        raise InvalidInput("a Medi-Cal CIN is 8 digits and a letter")
    members = []
    for m in form.memberships:
        try:
            plan = ctx.config.plan(m.plan_code)
        except KeyError:
            raise InvalidInput(f"unknown plan {m.plan_code!r}") from None
        member_id = m.member_id.strip().upper().replace(" ", "").replace("-", "")
        if not plan.matches(member_id):
            raise InvalidInput(f"that is not a valid {plan.name('en')} member ID")
        members.append((plan.code, member_id, check_consent(m.consent)))

    with station.store.write() as session:
        for plan_code, member_id, _ in members:
            if _by_membership(session, plan_code, member_id) is not None:
                raise InvalidInput("that member ID already belongs to someone registered here; look them up")
        person = Person(
            **ctx.record(),
            first_name=first,
            last_name=last,
            birth_date=birth,
            phone=phone,
            preferred_language=language,
            medi_cal_cin=cin,
            profile="complete",
        )
        session.add(person)
        for plan_code, member_id, consent in members:
            session.add(
                PlanMembership(
                    **ctx.record(),
                    person_id=person.id,
                    plan_code=plan_code,
                    member_id=member_id,
                    consent=consent,
                )
            )
        ctx.audit(session, "person.register", "person", person.id)
        session.flush()
        session.refresh(person)
        return _summary(person)


def _find_pass_holder(session: Session, claims: PassClaims) -> Person | None:
    """By the pass's person id, else by a membership it carries, else by its CIN."""
    person = session.get(Person, claims.person_id)
    for m in claims.memberships:
        if person is not None:
            break
        person = _by_membership(session, m.plan_code, m.member_id)
    if person is None and claims.medi_cal_cin:
        person = _by_cin(session, claims.medi_cal_cin)
    return _surviving(session, person)


def _person_from_pass(session: Session, ctx: RecordContext, claims: PassClaims) -> tuple[Person, bool]:
    """The pass holder: known here by id, membership or CIN, or new here under the pass's own id.

    Person ids are station-made UUIDs that travel in the pass, so every station
    that meets the holder files their visits under the same person.
    """
    person = _find_pass_holder(session, claims)
    if person is not None:
        return person, False
    record = ctx.record()
    record["id"] = claims.person_id
    person = Person(
        **record,
        first_name=None,
        last_name=None,
        birth_date=None,
        phone=None,
        preferred_language=None,
        medi_cal_cin=claims.medi_cal_cin,
        profile="pass_only",
    )
    session.add(person)
    for m in claims.memberships:
        if m.plan_code in {p.code for p in ctx.config.plans}:
            session.add(
                PlanMembership(
                    **ctx.record(), person_id=person.id, plan_code=m.plan_code, member_id=m.member_id, consent=m.consent
                )
            )
    ctx.audit(session, "person.create_from_pass", "person", person.id)
    session.flush()
    return person, True


def issue_pass(station: Station, person_id: str) -> str:
    """A CRC pass for this person (the text to put in a QR code)."""
    with station.store.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("no such person at this station")
        return _issue_pass(session, RecordContext(station, None), person)


def _issue_pass(session: Session, ctx: RecordContext, person: Person) -> str:
    """The pass, made inside the caller's write transaction (one disk flush with the caller's records)."""
    claims = PassClaims(
        person_id=person.id,
        greeting_name=greeting_name(person.first_name, person.last_name),
        medi_cal_cin=person.medi_cal_cin,
        memberships=tuple(PassMembership(p, m, c) for p, m, c in memberships_of(session, person.id)),
    )
    token = passes.issue(claims, ctx.station.pass_keyring(), ctx.now)
    ctx.audit(session, "person.issue_pass", "person", person.id)
    return token


def _person_from_scan(session: Session, ctx: RecordContext, scan: ScanResult) -> tuple[Person, bool]:
    """The scanned person, or a new one known only by this ID, for staff to complete later."""
    if scan.kind is IdKind.CRC_PASS and scan.claims is not None:
        return _person_from_pass(session, ctx, scan.claims)
    person = _find_person(session, scan)
    if person is not None:
        return person, False
    person = Person(
        **ctx.record(),
        first_name=None,
        last_name=None,
        birth_date=None,
        phone=None,
        preferred_language=None,
        medi_cal_cin=scan.identifier if scan.kind is IdKind.MEDI_CAL_BIC else None,
        profile="membership_only",
    )
    session.add(person)
    if scan.kind is IdKind.PLAN_MEMBER and scan.plan_code:
        session.add(
            PlanMembership(
                **ctx.record(),
                person_id=person.id,
                plan_code=scan.plan_code,
                member_id=scan.identifier,
                consent="unknown",
            )
        )
    ctx.audit(session, "person.create_from_scan", "person", person.id)
    session.flush()
    return person, True


# --- schedule ---------------------------------------------------------------


def ensure_schedule(session: Session, config: Config, day: date, at: datetime) -> None:
    """Today's classes from the site's schedule, made once per day when none came from elsewhere."""
    exists = session.execute(
        select(ClassSession.id)
        .where(ClassSession.site_code == config.site.code, ClassSession.local_date == day)
        .limit(1)
    ).first()
    if exists or not config.schedule:
        return
    tz = config.site.time_zone
    for c in config.schedule:
        session.add(
            ClassSession(
                id=_new_id(),
                created_at=at,
                local_date=day,
                site_code=config.site.code,
                station_id=config.station.id,
                staff_id=None,
                code=c.code,
                names=dict(c.names),
                room=c.room,
                starts_at=datetime.combine(day, c.start, tz),
                ends_at=datetime.combine(day, c.end, tz),
                capacity=c.capacity,
                source="site",
            )
        )
    session.flush()


def _attendance(session: Session, class_session_id: str) -> int:
    removed = select(ServiceRemoval.visit_service_id)
    return int(
        session.execute(
            select(func.count(VisitService.id)).where(
                VisitService.class_session_id == class_session_id, VisitService.id.not_in(removed)
            )
        ).scalar_one()
    )


def todays_classes(station: Station, day: date | None = None) -> list[dict[str, Any]]:
    """Today's classes with attendance against capacity (plain data for screens and the CLI)."""
    ctx = RecordContext(station, None)
    day = day or ctx.day
    query = (
        select(ClassSession)
        .where(ClassSession.site_code == ctx.config.site.code, ClassSession.local_date == day)
        .order_by(ClassSession.starts_at)
    )
    with station.store.read() as session:  # the usual case: the day's schedule is there already
        rows = _classes_with_attendance(session, query)
    if not rows and ctx.config.schedule:
        with station.store.write() as session:  # the first look of the day makes it (a disk flush, once)
            ensure_schedule(session, ctx.config, day, ctx.now)
        with station.store.read() as session:
            rows = _classes_with_attendance(session, query)
    return rows


def _classes_with_attendance(session: Session, query: Select[Any]) -> list[dict[str, Any]]:
    sessions: Sequence[ClassSession] = session.scalars(query).all()
    removed = select(ServiceRemoval.visit_service_id)
    counts: dict[str, int] = {str(class_id): int(n) for class_id, n in session.execute(
        # One query for all the day's classes (the kiosk asks at every scan).
        select(VisitService.class_session_id, func.count(VisitService.id))
        .where(VisitService.class_session_id.in_([s.id for s in sessions]), VisitService.id.not_in(removed))
        .group_by(VisitService.class_session_id)
    )} if sessions else {}
    return [
        {
            "id": s.id,
            "code": s.code,
            "names": dict(s.names),
            "room": s.room,
            "starts_at": as_utc(s.starts_at),
            "ends_at": as_utc(s.ends_at),
            "capacity": s.capacity,
            "attendance": (n := counts.get(s.id, 0)),
            "full": n >= s.capacity,
        }
        for s in sessions
    ]


# --- visits -----------------------------------------------------------------


def _effective_services(session: Session, visit_id: str) -> list[VisitService]:
    removed = select(ServiceRemoval.visit_service_id)
    return list(
        session.execute(
            select(VisitService)
            .where(VisitService.visit_id == visit_id, VisitService.id.not_in(removed))
            # rowid keeps insertion order where two rows share an instant.
            .order_by(VisitService.created_at, literal_column("visit_service.rowid"))
        ).scalars()
    )


def _is_voided(session: Session, visit_id: str) -> bool:
    voids = select(Correction.id).where(Correction.visit_id == visit_id, Correction.action == "void")
    return session.execute(voids.limit(1)).first() is not None


def _open_visit(session: Session, ctx: RecordContext, person_id: str) -> Visit | None:
    window = ctx.config.rules.duplicate_visit_window
    candidates = session.execute(
        select(Visit)
        .where(
            Visit.person_id.in_(merge.merged_group(session, person_id)),  # a merged person's visit is theirs
            Visit.site_code == ctx.config.site.code,
            Visit.created_at > ctx.now - window,
            Visit.created_at <= ctx.now,
        )
        .order_by(Visit.created_at.desc())
    ).scalars()
    for visit in candidates:
        if same_visit(as_utc(visit.created_at), ctx.now, window) and not _is_voided(session, visit.id):
            return visit
    return None


def _class_codes(session: Session, services: Sequence[VisitService]) -> dict[str, str]:
    ids = [s.class_session_id for s in services if s.class_session_id]
    if not ids:
        return {}
    rows = session.execute(select(ClassSession.id, ClassSession.code).where(ClassSession.id.in_(ids)))
    return {row.id: row.code for row in rows}


def _lines(session: Session, config: Config, services: Sequence[VisitService]) -> tuple[ServiceLine, ...]:
    codes = _class_codes(session, services)
    lines = []
    for s in services:
        cfg = config.service(s.service_code)
        label = cfg.name("en") if cfg else s.service_code
        class_code = codes.get(s.class_session_id) if s.class_session_id else None
        lines.append(ServiceLine(s.id, s.service_code, class_code, label))
    return tuple(lines)


def _resolve_classes(session: Session, ctx: RecordContext, specs: Sequence[ServiceSpec]) -> dict[str, ClassSession]:
    wanted = {s.class_code for s in specs if s.class_code}
    if not wanted:
        return {}
    ensure_schedule(session, ctx.config, ctx.day, ctx.now)
    found = {
        c.code: c
        for c in session.execute(
            select(ClassSession).where(
                ClassSession.site_code == ctx.config.site.code,
                ClassSession.local_date == ctx.day,
                ClassSession.code.in_(wanted),
            )
        ).scalars()
    }
    missing = sorted(wanted - found.keys())
    if missing:
        raise NotFound(f"no class {missing[0]!r} on today's schedule")
    return found


def memberships_of(session: Session, person_id: str) -> list[tuple[str, str, str]]:
    """The person's plan memberships, with those of everyone merged into them."""
    group = merge.merged_group(session, person_id)
    rows = session.connection().execute(
        select(PlanMembership.plan_code, PlanMembership.member_id, PlanMembership.consent)
        .where(PlanMembership.person_id.in_(group))
        .order_by(PlanMembership.created_at)
    )
    return [(r.plan_code, r.member_id, r.consent) for r in rows]


def patient_payload(base: dict[str, Any], person: Person) -> dict[str, Any]:
    """What a plan receives about a person. One shape for every record type that queues the patient:
    the key is the same, so whichever queues it first is what the plan keeps."""
    return {
        **base,
        "person_id": person.id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "birth_date": person.birth_date.isoformat() if person.birth_date else None,
        "phone": person.phone,
        "preferred_language": person.preferred_language,
        "medi_cal_cin": person.medi_cal_cin,
        "profile": person.profile,
    }


@dataclass(frozen=True)
class PendingEntry:
    """An outbox entry to write unless its key is already queued."""

    plan_code: str
    key: str
    record_type: str
    record_id: str
    payload: dict[str, Any]
    depends_on: str | None


def enqueue(session: Session, ctx: RecordContext, pending: Sequence[PendingEntry]) -> list[OutboxInfo]:
    """Queue the entries whose keys are new (the plan must see each record once), in one statement:
    INSERT ... ON CONFLICT(key) DO NOTHING RETURNING the keys that went in."""
    unique = list(dict((p.key, p) for p in pending).values())
    if not unique:
        return []
    rows = [
        {
            "key": p.key,
            "plan_code": p.plan_code,
            "record_type": p.record_type,
            "record_id": p.record_id,
            "depends_on": p.depends_on,
            "payload": p.payload,
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": ctx.now,
            "lease_until": None,
            "last_error": None,
            "created_at": ctx.now,
            "sent_at": None,
        }
        for p in unique
    ]
    stmt = sqlite_insert(OutboxEntry).on_conflict_do_nothing(index_elements=["key"]).returning(OutboxEntry.key)
    fresh = set(session.connection().execute(stmt, rows).scalars())
    return [OutboxInfo(p.plan_code, p.record_type, p.key) for p in unique if p.key in fresh]


def _route_visit(
    session: Session,
    ctx: RecordContext,
    person: Person,
    visit: Visit,
    new_services: Sequence[tuple[VisitService, str | None]],
) -> list[OutboxInfo]:
    """Outbox entries for each plan this person's records go to, in the visit's own transaction."""
    pending: list[PendingEntry] = []
    site = ctx.config.site.code
    visit_day = visit.local_date
    for dest in routing.destinations(ctx.config, memberships_of(session, person.id)):
        pkey = routing.patient_key(dest)
        vkey = routing.visit_key(dest, site, visit_day)
        base = {"plan": dest.plan_code, "member_id": dest.member_id, "site": site, "station": ctx.config.station.id}
        patient = patient_payload(base, person)
        visit_payload = {
            **base,
            "visit_key": vkey,
            "patient_key": pkey,
            "local_date": visit_day.isoformat(),
            "started_at": as_utc(visit.created_at).isoformat(),
            "identified_by": visit.identified_by,
        }
        entries: list[tuple[str, str, str, dict[str, Any], str | None]] = [
            (pkey, "patient", person.id, patient, None),
            (vkey, "visit", visit.id, visit_payload, pkey),
        ]
        for service, class_code in new_services:
            skey = routing.service_key(vkey, service.service_code, class_code)
            entries.append(
                (
                    skey,
                    "visit_service",
                    service.id,
                    {
                        **base,
                        "visit_key": vkey,
                        "service_code": service.service_code,
                        "class_code": class_code,
                        "at": as_utc(service.created_at).isoformat(),
                        "local_date": visit_day.isoformat(),
                    },
                    vkey,
                )
            )
        pending += [
            PendingEntry(dest.plan_code, key, rtype, rid, payload, dep) for key, rtype, rid, payload, dep in entries
        ]
    return enqueue(session, ctx, pending)


def _insert(session: Session, record: Visit | VisitService) -> None:
    """Write an immutable record with one Core INSERT: no unit-of-work bookkeeping on the check-in path."""
    table = type(record).__table__
    session.connection().execute(insert(type(record)), [{c.key: getattr(record, c.key) for c in table.columns}])


def check_in(
    station: Station,
    *,
    scan: ScanResult | None = None,
    person_id: str | None = None,
    services: Sequence[str] = (),
    identified_by: str | None = None,
    staff_id: str | None = None,
    with_pass: bool = False,
) -> CheckInResult:
    """Check a person in (by scan, typed ID or person id) for the given services.

    The same person at the same site inside the duplicate window is the same
    visit: new services are added to it and ``new_visit`` is False.
    ``with_pass`` also issues the visitor's CRC pass in the same transaction;
    a pass that cannot be made leaves ``pass_token`` None and the check-in stands.
    """
    if (scan is None) == (person_id is None):
        raise InvalidInput("check in by a scan or by a person, not both or neither")
    how = identified_by or ("scan" if scan else "lookup")
    if how not in IDENTIFIED_BY:
        raise InvalidInput(f"identified_by must be one of {', '.join(IDENTIFIED_BY)}")
    ctx = RecordContext(station, staff_id)
    specs = list(dict.fromkeys(parse_service(s, ctx.config) for s in services))

    with station.store.write() as session:
        if scan is not None:
            person, new_person = _person_from_scan(session, ctx, scan)
        else:
            found = _surviving(session, session.get(Person, person_id))
            if found is None:
                raise NotFound("no such person at this station")
            person, new_person = found, False
        classes = _resolve_classes(session, ctx, specs)

        visit = _open_visit(session, ctx, person.id)
        new_visit = visit is None
        if visit is None:
            visit = Visit(**ctx.record(), person_id=person.id, identified_by=how)
            _insert(session, visit)
            ctx.audit(session, "visit.check_in", "visit", visit.id)
            current: list[VisitService] = []
        else:
            current = _effective_services(session, visit.id)
            ctx.audit(session, "visit.add_services", "visit", visit.id)
        have = {(s.service_code, s.class_session_id) for s in current}

        added: list[tuple[VisitService, str | None]] = []
        already: list[str] = []
        for spec in specs:
            cls = classes.get(spec.class_code) if spec.class_code else None
            if (spec.service_code, cls.id if cls else None) in have:
                already.append(str(spec))
                continue
            if cls is not None and _attendance(session, cls.id) >= cls.capacity:
                raise ClassFull(f"the class {cls.code} is full")
            row = VisitService(
                **ctx.record(),
                visit_id=visit.id,
                service_code=spec.service_code,
                class_session_id=cls.id if cls else None,
                correction_id=None,
            )
            _insert(session, row)
            added.append((row, spec.class_code))

        outbox = _route_visit(session, ctx, person, visit, added)
        lines = _lines(session, ctx.config, [*current, *(row for row, _ in added)])
        masked = scan.masked if scan else None
        token: str | None = None
        if with_pass:
            try:
                with session.begin_nested():  # a failed pass takes back only its own audit entry
                    token = _issue_pass(session, ctx, person)
            except KioskError as error:
                log.warning("no CRC pass with the check-in: %s", error.code)
        return CheckInResult(
            visit_id=visit.id,
            person_id=person.id,
            new_visit=new_visit,
            new_person=new_person,
            # Someone known here only from their pass is greeted as the pass says.
            greeting_name=greeting_name(person.first_name, person.last_name)
            or (scan.claims.greeting_name if scan is not None and scan.claims is not None else ""),
            masked_id=masked,
            services=lines,
            added=tuple(str(s) for s in (ServiceSpec(r.service_code, c) for r, c in added)),
            already=tuple(already),
            outbox=tuple(outbox),
            pass_token=token,
        )


def _visit_state(session: Session, config: Config, visit: Visit, correction_id: str | None) -> VisitState:
    return VisitState(
        visit_id=visit.id,
        person_id=visit.person_id,
        local_date=visit.local_date,
        voided=_is_voided(session, visit.id),
        services=_lines(session, config, _effective_services(session, visit.id)),
        correction_id=correction_id,
    )


def visit_state(station: Station, visit_id: str) -> VisitState:
    with station.store.read() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound("no such visit at this station")
        return _visit_state(session, station.config, visit, None)


def correct(
    station: Station,
    visit_id: str,
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    reason: str,
    staff_id: str | None = None,
    void: bool = False,
) -> VisitState:
    """A correction (or a void) of a visit: a new record pointing at it; nothing is edited in place."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("a reason is required")
    ctx = RecordContext(station, staff_id)
    add_specs = [parse_service(s, ctx.config) for s in add]
    remove_specs = {str(parse_service(s, ctx.config)) for s in remove}
    if not void and not add_specs and not remove_specs:
        raise InvalidInput("a correction must add or remove at least one service")
    with station.store.write() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound("no such visit at this station")
        if _is_voided(session, visit.id):
            raise InvalidInput("this visit is already void")
        current = _effective_services(session, visit.id)
        lines = {line.visit_service_id: line for line in _lines(session, ctx.config, current)}
        if void:
            to_remove = current
        else:
            to_remove = [s for s in current if lines[s.id].spec in remove_specs]
            unknown = remove_specs - {lines[s.id].spec for s in to_remove}
            if unknown:
                raise NotFound(f"the visit has no service {sorted(unknown)[0]!r}")
        correction = Correction(**ctx.record(), visit_id=visit.id, action="void" if void else "correct", reason=reason)
        session.add(correction)
        session.flush()
        for s in to_remove:
            session.add(ServiceRemoval(correction_id=correction.id, visit_service_id=s.id))
        classes = _resolve_classes(session, ctx, add_specs)
        have = {lines[s.id].spec for s in current if s not in to_remove}
        added: list[tuple[VisitService, str | None]] = []
        for spec in add_specs:
            if str(spec) in have:
                continue
            cls = classes.get(spec.class_code) if spec.class_code else None
            row = VisitService(
                **ctx.record(),
                visit_id=visit.id,
                service_code=spec.service_code,
                class_session_id=cls.id if cls else None,
                correction_id=correction.id,
            )
            session.add(row)
            added.append((row, spec.class_code))
        session.flush()
        ctx.audit(session, "visit.void" if void else "visit.correct", "correction", correction.id)

        person = session.get(Person, visit.person_id)
        assert person is not None
        _route_visit(session, ctx, person, visit, added)
        # Tell each plan which services no longer stand.
        voids: list[PendingEntry] = []
        for dest in routing.destinations(ctx.config, memberships_of(session, person.id)):
            vkey = routing.visit_key(dest, ctx.config.site.code, visit.local_date)
            for s in to_remove:
                skey = routing.service_key(vkey, s.service_code, lines[s.id].class_code)
                payload = {
                    "plan": dest.plan_code,
                    "member_id": dest.member_id,
                    "service_key": skey,
                    "visit_key": vkey,
                    "reason": "entered-in-error",
                    "at": ctx.now.isoformat(),
                }
                voids.append(
                    PendingEntry(
                        dest.plan_code,
                        routing.service_void_key(skey),
                        "visit_service_void",
                        correction.id,
                        payload,
                        skey,
                    )
                )
        enqueue(session, ctx, voids)
        return _visit_state(session, ctx.config, visit, correction.id)


def void(station: Station, visit_id: str, *, reason: str, staff_id: str | None = None) -> VisitState:
    return correct(station, visit_id, reason=reason, staff_id=staff_id, void=True)


# --- status and reports -------------------------------------------------------


def station_status(station: Station) -> StationStatus:
    """Database health, the sync queue per plan (counts only) and each plan's sync health."""
    now = station.clock.now()
    try:
        with station.store.read() as session:
            rows = session.execute(
                select(
                    OutboxEntry.plan_code,
                    OutboxEntry.state,
                    func.count(),
                    func.min(OutboxEntry.created_at),
                    func.max(OutboxEntry.sent_at),
                ).group_by(OutboxEntry.plan_code, OutboxEntry.state)
            ).all()
    except KioskError as error:
        return StationStatus(False, str(error), (), now)
    by_plan: dict[str, dict[str, int]] = {p.code: {} for p in station.config.plans}
    oldest: dict[str, datetime] = {}
    last_sent: dict[str, datetime] = {}
    for plan_code, state, count, first, sent in rows:
        by_plan.setdefault(plan_code, {})[state] = int(count)
        if state in WAITING_STATES and first is not None:
            first = as_utc(first)
            oldest[plan_code] = min(oldest.get(plan_code, first), first)
        if state == "sent" and sent is not None:
            last_sent[plan_code] = as_utc(sent)
    health = read_health(station.paths.sync_health_file)
    plans = tuple(
        _plan_queue(code, counts, oldest.get(code), last_sent.get(code), health.get(code, PlanHealth()))
        for code, counts in by_plan.items()
    )
    return StationStatus(True, "database OK", plans, now)


def _plan_queue(
    code: str, counts: dict[str, int], oldest: datetime | None, last_sent: datetime | None, health: PlanHealth
) -> PlanQueue:
    return PlanQueue(
        code,
        counts,
        oldest,
        last_sent,
        failing_since=health.failing_since,
        last_error=health.last_error,
        paused_reason=health.paused_reason,
        clock_skew_s=health.clock_skew_s,
    )


def day_counts(station: Station, first: date, last: date) -> list[dict[str, Any]]:
    """De-identified counts of visits per day by service, class, plan, hour and language."""
    if last < first:
        raise InvalidInput("the end date is before the start date")
    if (last - first) > timedelta(days=366):
        raise InvalidInput("a report covers at most one year")
    tz = station.config.site.time_zone
    rows: list[dict[str, Any]] = []
    with station.store.read() as session:
        voided = select(Correction.visit_id).where(Correction.action == "void")
        visits = session.execute(
            select(Visit.id, Visit.local_date, Visit.created_at, Person.preferred_language, Visit.person_id)
            .join(Person, Person.id == Visit.person_id)
            .where(
                Visit.site_code == station.config.site.code,
                Visit.local_date >= first,
                Visit.local_date <= last,
                Visit.id.not_in(voided),
            )
        ).all()
        plans_of: dict[str, set[str]] = {}
        for plan_code, pid in session.execute(select(PlanMembership.plan_code, PlanMembership.person_id)):
            plans_of.setdefault(pid, set()).add(plan_code)
        removed = select(ServiceRemoval.visit_service_id)
        svc_rows = session.execute(
            select(VisitService.visit_id, VisitService.service_code, ClassSession.code)
            .outerjoin(ClassSession, ClassSession.id == VisitService.class_session_id)
            .join(Visit, Visit.id == VisitService.visit_id)
            .where(Visit.local_date >= first, Visit.local_date <= last, VisitService.id.not_in(removed))
        ).all()
    counts: dict[tuple[str, str, str], int] = {}

    def bump(day: date, dim: str, value: str) -> None:
        k = (day.isoformat(), dim, value)
        counts[k] = counts.get(k, 0) + 1

    day_of: dict[str, date] = {}
    for v in visits:
        day_of[v.id] = v.local_date
        bump(v.local_date, "all", "visits")
        bump(v.local_date, "hour", f"{as_utc(v.created_at).astimezone(tz).hour:02d}")
        bump(v.local_date, "language", v.preferred_language or "unknown")
        for plan in sorted(plans_of.get(v.person_id, {"none"})):
            bump(v.local_date, "plan", plan)
    for s in svc_rows:
        if s.visit_id in day_of:
            bump(day_of[s.visit_id], "service", s.service_code)
            if s.code:
                bump(day_of[s.visit_id], "class", s.code)
    site = station.config.site.code
    for (day_s, dim, value), n in sorted(counts.items()):
        rows.append({"date": day_s, "site": site, "dimension": dim, "value": value, "count": n})
    return rows


def lookup_any_person(station: Station) -> bool:
    """Whether this station knows anyone yet (used to seed the demo once)."""
    with station.store.read() as session:
        return session.execute(select(Person.id).limit(1)).first() is not None


def idle_tick(station: Station) -> StationStatus:
    """What the app runs on its database lane every few seconds: fold the WAL into the
    database (cheap, and off the check-in path), then report the station's status."""
    with contextlib.suppress(KioskError):  # station_status reports the database's state
        station.store.checkpoint()
    return station_status(station)


COUNTS_LOOKBACK_DAYS = 30


def enqueue_unrouted_counts(station: Station) -> int:
    """Queue, for each finished local day, the de-identified counts of visits whose people go to no plan.

    People with no plan, or who did not consent, leave the center only as these numbers: per site,
    station, day and service. Each routed plan gets them once a day is over (days of the last
    month not yet queued). Returns how many entries were queued.
    """
    ctx = RecordContext(station, None)
    site, station_id = ctx.config.site.code, ctx.config.station.id
    plans = [p.code for p in ctx.config.plans if p.routing]
    days = [ctx.day - timedelta(days=n) for n in range(1, COUNTS_LOOKBACK_DAYS + 1)]
    keys = {(p, d): routing.stable_key("counts", p, site, station_id, d.isoformat()) for p in plans for d in days}
    with station.store.write() as session:
        queued = set(session.execute(select(OutboxEntry.key).where(OutboxEntry.key.in_(list(keys.values())))).scalars())
        todo = sorted({d for (p, d), k in keys.items() if k not in queued})
        if todo:  # only days this station was open (had any visit)
            open_days = select(Visit.local_date).where(Visit.site_code == site, Visit.local_date.in_(todo))
            todo = sorted(set(session.execute(open_days.distinct()).scalars()))
        if not todo:
            return 0
        removed = select(ServiceRemoval.visit_service_id)
        voided = select(Correction.visit_id).where(Correction.action == "void")
        rows = session.execute(
            select(Visit.local_date, Visit.person_id, VisitService.service_code)
            .join(VisitService, VisitService.visit_id == Visit.id)
            .where(
                Visit.site_code == site,
                Visit.local_date.in_(todo),
                Visit.id.not_in(voided),
                VisitService.id.not_in(removed),
            )
        ).all()
        routed: dict[str, bool] = {}
        counts: dict[date, dict[str, int]] = {d: {} for d in todo}
        for day, person_id, service in rows:
            if person_id not in routed:
                routed[person_id] = bool(routing.destinations(ctx.config, memberships_of(session, person_id)))
            if not routed[person_id]:
                counts[day][service] = counts[day].get(service, 0) + 1
        pending = [
            PendingEntry(
                p,
                keys[(p, d)],
                "daily_counts",
                str(uuid.uuid5(uuid.NAMESPACE_URL, keys[(p, d)])),
                {"site": site, "station": station_id, "local_date": d.isoformat(), "counts": counts[d]},
                None,
            )
            for d in todo
            for p in plans
            if keys[(p, d)] not in queued
        ]
        return len(enqueue(session, ctx, pending))


# --- front desk: who is here, one person's day, today's classes by hand ----------------


def people_in_building(station: Station) -> list[dict[str, Any]]:
    """Today's visits not voided and still inside the visit window, newest first (for staff only)."""
    ctx = RecordContext(station, None)
    since = ctx.now - ctx.config.rules.duplicate_visit_window
    voided = select(Correction.visit_id).where(Correction.action == "void")
    with station.store.read() as session:
        rows = session.execute(
            select(Visit.id, Visit.person_id, Visit.created_at, Person.first_name, Person.last_name)
            .join(Person, Person.id == Visit.person_id)
            .where(
                Visit.site_code == ctx.config.site.code,
                Visit.local_date == ctx.day,
                Visit.created_at > since,
                Visit.id.not_in(voided),
            )
            .order_by(Visit.created_at.desc())
        ).all()
        return [
            {
                "visit_id": r.id,
                "person_id": r.person_id,
                "name": " ".join(n for n in (r.first_name, r.last_name) if n),
                "since": as_utc(r.created_at),
                "services": tuple(
                    line.label for line in _lines(session, ctx.config, _effective_services(session, r.id))
                ),
            }
            for r in rows
        ]


def person_today(station: Station, person_id: str) -> dict[str, Any]:
    """One person as front-desk staff see them: full name, DOB, masked IDs, today's visit (or None)."""
    ctx = RecordContext(station, None)
    with station.store.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("no such person at this station")
        visit = _open_visit(session, ctx, person.id)
        last = session.execute(
            select(func.max(Visit.local_date)).where(Visit.person_id == person.id, Visit.local_date < ctx.day)
        ).scalar()
        return {
            "person_id": person.id,
            "first_name": person.first_name or "",
            "last_name": person.last_name or "",
            "birth_date": person.birth_date,
            "phone": person.phone,
            "preferred_language": person.preferred_language,
            "member_ids": tuple((m.plan_code, mask_id(m.member_id)) for m in person.memberships),
            "cin": mask_id(person.medi_cal_cin) if person.medi_cal_cin else None,
            "last_visit_on": last,
            "visit": _visit_state(session, ctx.config, visit, None) if visit is not None else None,
        }


def save_todays_class(
    station: Station,
    code: str,
    *,
    name: str,
    room: str,
    start: time,
    end: time,
    capacity: int,
    staff_id: str | None = None,
) -> dict[str, Any]:
    """Add a class to today's schedule, or change one, when no schedule came from the plan side.

    Changing a class keeps its id, so check-ins already made for it stay with it; both are audited.
    """
    ctx = RecordContext(station, staff_id)
    code = "-".join(code.strip().upper().split())
    if not code or len(code) > 64:
        raise InvalidInput("a class needs a short code, e.g. YOGA-PM")
    name = " ".join(name.split())
    room = " ".join(room.split())
    if not name or not room:
        raise InvalidInput("a class needs a name and a room")
    if end <= start:
        raise InvalidInput("a class must end after it starts")
    if not 1 <= capacity <= 500:
        raise InvalidInput("capacity must be between 1 and 500")
    tz = ctx.config.site.time_zone
    starts_at, ends_at = datetime.combine(ctx.day, start, tz), datetime.combine(ctx.day, end, tz)
    with station.store.write() as session:
        ensure_schedule(session, ctx.config, ctx.day, ctx.now)
        today = select(ClassSession).where(
            ClassSession.site_code == ctx.config.site.code, ClassSession.local_date == ctx.day
        )
        if session.execute(today.where(ClassSession.source == "plan").limit(1)).first() is not None:
            raise InvalidInput("today's schedule came from the plan; change it there")
        row = session.execute(today.where(ClassSession.code == code)).scalar()
        if row is None:
            row = ClassSession(
                **ctx.record(), code=code, names={"en": name}, room=room, starts_at=starts_at, ends_at=ends_at,
                capacity=capacity, source="staff",
            )
            session.add(row)
            action = "class.add"
        else:
            if capacity < _attendance(session, row.id):
                raise InvalidInput("more people are already signed up than that capacity")
            row.names = {**row.names, "en": name}
            row.room, row.starts_at, row.ends_at, row.capacity = room, starts_at, ends_at, capacity
            action = "class.change"
        session.flush()
        ctx.audit(session, action, "class_session", row.id)
        return {"id": row.id, "code": row.code, "action": action}
