"""Staff accounts and PIN sign-in, Qt-free.

At a shared station the PIN alone says who signs in, so a PIN is unique among
a site's active staff. Design: every PIN of a site is hashed with argon2id and
one salt shared by the site (kept in the encoded hashes themselves). A sign-in
then costs one argon2 computation whatever the number of staff, the database
finds the member by the hash, and a unique index refuses a PIN already in use.
Hashing each member with their own salt would cost one argon2 per member per
try (20 staff at these parameters: 2 to 4 s on a 2-core station) and buy little:
a 4 to 8 digit PIN falls to an offline search either way. What protects PINs is the lockout here
and the encryption of the database at rest.

Wrong PINs are counted per station (a wrong PIN matches nobody), in the
database so a restart does not reset them: ``MAX_FAILURES`` in a row lock the
station's sign-in for ``LOCK_WINDOW``, doubling with each lockout until a good
PIN, up to ``MAX_LOCK_WINDOW``. Every sign-in, failure, lockout and account
change is an audit entry, which never holds a PIN or a hash.
"""

from __future__ import annotations

import base64
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from argon2 import extract_parameters
from argon2.low_level import Type, hash_secret
from sqlalchemy import literal_column, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import local_date
from kiosk.domain.people import clean_name
from kiosk.errors import InvalidInput, KioskError, NotFound
from kiosk.station import Station
from kiosk.store import audit
from kiosk.store.models import PinThrottle, StaffInRoom
from kiosk.store.models import StaffMember as StaffRow

PIN_PATTERN = re.compile(r"[0-9]{4,8}")
MAX_FAILURES = 5
LOCK_WINDOW = timedelta(minutes=5)
MAX_LOCK_WINDOW = timedelta(minutes=30)

# argon2id, 64 MiB, 2 passes, 2 lanes: about 0.1 s on a 2-core station, paid once per try.
TIME_COST = 2
MEMORY_KIB = 64 * 1024
PARALLELISM = 2
HASH_LEN = 32
SALT_LEN = 16


class StaffRole(StrEnum):
    FRONT_DESK = "front_desk"
    CHILD_CARE = "child_care"
    SUPERVISOR = "supervisor"  # manages staff accounts on the station
    IT = "it"  # installs and locks down stations, leaves the kiosk screen


class PinRefused(InvalidInput):
    """A new PIN that the policy refuses. ``reason``: "format", "trivial" or "in_use"."""

    code = "pin_refused"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class StaffLockedOut(KioskError):
    """Too many wrong PINs in a row at this station; no PIN is checked until ``until`` (UTC)."""

    code = "staff_locked_out"

    def __init__(self, until: datetime, local_time: str) -> None:
        super().__init__(f"too many wrong PINs at this station; try again after {local_time}")
        self.until = until


class NotPermitted(KioskError):
    """A staff member asked for what their role (or being themself) does not allow.

    ``reason``: "role" (not an active member of a role that may), "self" (one's own account) or
    "last_of_role" (the site's last active supervisor or IT member: nobody would be left to manage accounts).
    """

    code = "not_permitted"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class StaffMember:
    """A staff account as the rest of the app sees it: never the PIN hash."""

    id: str
    display_name: str
    role: StaffRole
    active: bool
    created_at: datetime
    pin_set_at: datetime


# --- the PIN policy -------------------------------------------------------------


def check_pin_policy(pin: str) -> str:
    """Return the PIN if it may be chosen; raise ``PinRefused`` saying what to change."""
    if not PIN_PATTERN.fullmatch(pin):
        raise PinRefused("format", "a PIN is 4 to 8 digits (0-9)")
    if len(set(pin)) == 1:
        raise PinRefused("trivial", "a PIN of one repeated digit is too easy to guess; choose another")
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if steps in ({1}, {-1}):
        raise PinRefused("trivial", "a PIN of consecutive digits is too easy to guess; choose another")
    for size in range(2, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            raise PinRefused("trivial", "a PIN that repeats a pattern is too easy to guess; choose another")
    return pin


# --- hashing ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Scheme:
    """How a PIN is hashed: argon2id parameters and salt (an encoded hash minus its digest)."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int
    hash_len: int

    @classmethod
    def current(cls, salt: bytes) -> _Scheme:
        return cls(salt, TIME_COST, MEMORY_KIB, PARALLELISM, HASH_LEN)

    @classmethod
    def of(cls, encoded: str) -> _Scheme:
        params = extract_parameters(encoded)
        salt_b64 = encoded.split("$")[4]
        salt = base64.b64decode(salt_b64 + "=" * (-len(salt_b64) % 4))
        return cls(salt, params.time_cost, params.memory_cost, params.parallelism, params.hash_len)

    @property
    def is_current(self) -> bool:
        return self == _Scheme.current(self.salt)

    def hash(self, pin: str) -> str:
        encoded = hash_secret(
            pin.encode("utf-8"), self.salt, self.time_cost, self.memory_kib, self.parallelism, self.hash_len, Type.ID
        )
        return encoded.decode("ascii")


def _active_schemes(session: Session, site_code: str) -> set[_Scheme]:
    """Normally one: the site's salt and today's parameters."""
    rows = session.execute(
        select(StaffRow.pin_hash).where(StaffRow.site_code == site_code, StaffRow.active.is_(True)).distinct()
    ).scalars()
    return {_Scheme.of(h) for h in rows}


def _site_scheme(session: Session, site_code: str) -> _Scheme:
    """The scheme a new PIN of this site is hashed with: the site's salt, or a new one for its first member."""
    rows = session.execute(
        select(StaffRow.pin_hash).where(StaffRow.site_code == site_code).order_by(StaffRow.created_at.desc())
    ).scalars()
    for encoded in rows:
        scheme = _Scheme.of(encoded)
        if scheme.is_current:
            return scheme
    return _Scheme.current(os.urandom(SALT_LEN))


def _hashes(pin: str, schemes: Iterable[_Scheme], known: dict[_Scheme, str]) -> dict[_Scheme, str]:
    for scheme in schemes:
        if scheme not in known:
            known[scheme] = scheme.hash(pin)
    return known


# --- accounts ---------------------------------------------------------------------


def _public(row: StaffRow) -> StaffMember:
    return StaffMember(
        id=row.id,
        display_name=row.display_name,
        role=StaffRole(row.role),
        active=row.active,
        created_at=row.created_at,
        pin_set_at=row.pin_set_at,
    )


def _role(value: str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise InvalidInput(f"unknown role {value!r}; expected one of {', '.join(r.value for r in StaffRole)}") from None


def _audit(
    session: Session, station: Station, at: datetime, action: str, staff_id: str | None, member_id: str | None
) -> None:
    audit.append(
        session,
        at=at,
        site_code=station.config.site.code,
        station_id=station.config.station.id,
        staff_id=staff_id,
        action=action,
        record_type="staff_member" if member_id else None,
        record_id=member_id,
    )


# Who may manage staff accounts on a station. The CLI and provisioning pass no ``by``: they act as IT.
MANAGER_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.IT})


def _check_role(session: Session, station: Station, staff_id: str, roles: frozenset[StaffRole]) -> StaffRow:
    row = session.get(StaffRow, staff_id)
    if row is None or row.site_code != station.config.site.code or not row.active or StaffRole(row.role) not in roles:
        allowed = " or ".join(sorted(r.value for r in roles))
        raise NotPermitted("role", f"only an active {allowed} staff member may do this")
    return row


def require_role(station: Station, staff_id: str, roles: frozenset[StaffRole] = MANAGER_ROLES) -> StaffMember:
    """The active member ``staff_id`` if their role is one of ``roles``; ``NotPermitted`` otherwise."""
    with station.store.read() as session:
        return _public(_check_role(session, station, staff_id, roles))


def _pin_hash_for(station: Station, pin: str, *, exclude: str | None = None) -> str:
    """Hash a new PIN with the site's scheme after checking no other active member has it."""
    check_pin_policy(pin)
    site = station.config.site.code
    with station.store.read() as session:
        scheme = _site_scheme(session, site)
        schemes = _active_schemes(session, site) | {scheme}
    hashes = _hashes(pin, schemes, {})  # argon2 outside any transaction
    with station.store.read() as session:
        hashes = _hashes(pin, _active_schemes(session, site), hashes)
        holder = session.execute(
            select(StaffRow.id).where(
                StaffRow.site_code == site, StaffRow.active.is_(True), StaffRow.pin_hash.in_(hashes.values())
            )
        ).scalar()
    if holder is not None and holder != exclude:
        raise PinRefused("in_use", "another staff member already has that PIN; choose another")
    return hashes[scheme]


def _flush_or_in_use(session: Session) -> None:
    # The unique index catches a PIN taken by another station or process since the check.
    try:
        session.flush()
    except IntegrityError:
        raise PinRefused("in_use", "another staff member already has that PIN; choose another") from None


def add_staff(station: Station, name: str, role: str, pin: str, *, by: str | None = None) -> StaffMember:
    """A new active staff member of the station's site; ``by`` is the staff member who added them
    (a supervisor or IT: checked before the PIN, so nobody else learns whether a PIN is taken)."""
    if by is not None:
        require_role(station, by)
    display_name = clean_name(name, "name")
    staff_role = _role(role)
    pin_hash = _pin_hash_for(station, pin)
    now = station.clock.now()
    row = StaffRow(
        id=str(uuid.uuid4()),
        site_code=station.config.site.code,
        display_name=display_name,
        role=staff_role.value,
        active=True,
        pin_hash=pin_hash,
        created_at=now,
        pin_set_at=now,
        deactivated_at=None,
    )
    with station.store.write() as session:
        if by is not None:
            _check_role(session, station, by, MANAGER_ROLES)  # not deactivated meanwhile
        session.add(row)
        _flush_or_in_use(session)
        _audit(session, station, now, "staff.add", by, row.id)
    return _public(row)


def _row_of(session: Session, station: Station, staff_id: str) -> StaffRow:
    row = session.get(StaffRow, staff_id)
    if row is None or row.site_code != station.config.site.code:
        raise NotFound(f"no staff member {staff_id} at this site")
    return row


def set_pin(station: Station, staff_id: str, pin: str, *, by: str | None = None) -> StaffMember:
    """Give an active member a new PIN (``by``: who did it, the member or a supervisor or IT)."""
    if by is not None and by != staff_id:
        require_role(station, by)
    with station.store.read() as session:
        if not _row_of(session, station, staff_id).active:
            raise InvalidInput("that staff member is deactivated")
    pin_hash = _pin_hash_for(station, pin, exclude=staff_id)
    now = station.clock.now()
    with station.store.write() as session:
        row = _row_of(session, station, staff_id)
        if not row.active:
            raise InvalidInput("that staff member is deactivated")
        row.pin_hash = pin_hash
        row.pin_set_at = now
        _flush_or_in_use(session)
        _audit(session, station, now, "staff.set_pin", by, row.id)
        return _public(row)


def deactivate(station: Station, staff_id: str, *, by: str | None = None) -> StaffMember:
    """The member can no longer sign in; their PIN becomes free. Deactivating twice changes nothing.

    From the station (``by`` given): only a supervisor or IT, never their own account, and never the site's
    last active member of a managing role (add the successor first)."""
    now = station.clock.now()
    with station.store.write() as session:
        if by is not None:
            _check_role(session, station, by, MANAGER_ROLES)
            if by == staff_id:
                raise NotPermitted("self", "a staff member cannot deactivate their own account")
        row = _row_of(session, station, staff_id)
        if by is not None and row.active and StaffRole(row.role) in MANAGER_ROLES:
            others = session.execute(
                select(StaffRow.id).where(
                    StaffRow.site_code == row.site_code,
                    StaffRow.active.is_(True),
                    StaffRow.role == row.role,
                    StaffRow.id != row.id,
                )
            ).first()
            if others is None:
                raise NotPermitted("last_of_role", f"this is the last active {row.role} member; add another first")
        if row.active:
            row.active = False
            row.deactivated_at = now
            _audit(session, station, now, "staff.deactivate", by, row.id)
        return _public(row)


def list_staff(station: Station, *, include_inactive: bool = False) -> list[StaffMember]:
    query = select(StaffRow).where(StaffRow.site_code == station.config.site.code)
    if not include_inactive:
        query = query.where(StaffRow.active.is_(True))
    with station.store.read() as session:
        rows = session.execute(query.order_by(StaffRow.display_name, StaffRow.created_at)).scalars().all()
        return [_public(r) for r in rows]


# --- sign-in ----------------------------------------------------------------------


def _lock_of(throttle: PinThrottle | None, now: datetime) -> datetime | None:
    if throttle is None or throttle.locked_until is None or throttle.locked_until <= now:
        return None
    return throttle.locked_until


def _locked_out(station: Station, until: datetime) -> StaffLockedOut:
    return StaffLockedOut(until, until.astimezone(station.config.site.time_zone).strftime("%H:%M"))


def verify_pin(station: Station, pin: str) -> StaffMember | None:
    """The active member whose PIN this is, or None; ``StaffLockedOut`` while the station is locked.

    The try that reaches ``MAX_FAILURES`` wrong PINs in a row raises ``StaffLockedOut`` itself.
    """
    site, station_id = station.config.site.code, station.config.station.id
    with station.store.read() as session:
        until = _lock_of(session.get(PinThrottle, (site, station_id)), station.clock.now())
        if until is not None:
            raise _locked_out(station, until)  # not even a good PIN is checked
        schemes = _active_schemes(session, site) or {_Scheme.current(bytes(SALT_LEN))}  # the same work with no staff
    hashes = _hashes(pin, schemes, {})
    now = station.clock.now()
    member: StaffMember | None = None
    lock: StaffLockedOut | None = None
    with station.store.write() as session:
        throttle = session.get(PinThrottle, (site, station_id))
        if throttle is None:
            throttle = PinThrottle(site_code=site, station_id=station_id, failures=0, lockouts=0, locked_until=None)
            session.add(throttle)
        until = _lock_of(throttle, now)
        if until is not None:  # another try locked the station meanwhile
            raise _locked_out(station, until)
        hashes = _hashes(pin, _active_schemes(session, site), hashes)
        row = session.execute(
            select(StaffRow).where(
                StaffRow.site_code == site, StaffRow.active.is_(True), StaffRow.pin_hash.in_(hashes.values())
            )
        ).scalar()
        if row is not None:
            throttle.failures = throttle.lockouts = 0
            throttle.locked_until = None
            _audit(session, station, now, "staff.sign_in", row.id, row.id)
            member = _public(row)
        else:
            throttle.failures += 1
            _audit(session, station, now, "staff.sign_in_failed", None, None)
            if throttle.failures >= MAX_FAILURES:
                throttle.failures = 0
                throttle.lockouts += 1
                window = min(LOCK_WINDOW * 2 ** min(throttle.lockouts - 1, 16), MAX_LOCK_WINDOW)
                throttle.locked_until = now + window
                _audit(session, station, now, "staff.lock_out", None, None)
                lock = _locked_out(station, throttle.locked_until)
    if lock is not None:
        raise lock
    return member


# --- child-care staff signed in to a room -------------------------------------------------

ROOM_ROLES = frozenset({StaffRole.CHILD_CARE, StaffRole.SUPERVISOR})


def rooms_of_staff(session: Session, site_code: str, day: date) -> dict[str, str]:
    """Who is signed in to which child-care room today: each member's latest record of the day stands,
    so a sign-out forgotten yesterday never counts as a person in the room."""
    rows = session.execute(
        select(StaffInRoom.staff_member_id, StaffInRoom.room_code, StaffInRoom.action)
        .where(StaffInRoom.site_code == site_code, StaffInRoom.local_date == day)
        .order_by(StaffInRoom.created_at, literal_column("staff_in_room.rowid"))
    ).all()
    where: dict[str, str] = {}
    for member, room, action in rows:
        if action == "in":
            where[member] = room
        else:
            where.pop(member, None)
    return where


def staff_in_room(session: Session, site_code: str, day: date, room_code: str) -> list[str]:
    return [m for m, r in rooms_of_staff(session, site_code, day).items() if r == room_code]


def _room_record(
    station: Station, now: datetime, member_id: str, room_code: str, action: str, by: str | None
) -> StaffInRoom:
    return StaffInRoom(
        id=str(uuid.uuid4()),
        created_at=now,
        local_date=local_date(now, station.config.site.time_zone),
        site_code=station.config.site.code,
        station_id=station.config.station.id,
        staff_id=by or member_id,
        staff_member_id=member_id,
        room_code=room_code,
        action=action,
    )


def sign_in_to_room(station: Station, staff_member_id: str, room_code: str, *, by: str | None = None) -> None:
    """A child-care staff member now counts for the room's ratio. Moving from another room leaves that one,
    which the ratio there must allow."""
    from kiosk import childcare  # it reads staff rooms from here; imported late to keep the two apart

    now = station.clock.now()
    day = local_date(now, station.config.site.time_zone)
    site = station.config.site.code
    childcare.room_config(station.config, room_code)
    with station.store.write() as session:
        row = _row_of(session, station, staff_member_id)
        if not row.active:
            raise InvalidInput("that staff member is deactivated")
        if StaffRole(row.role) not in ROOM_ROLES:
            raise InvalidInput("only child-care staff or a supervisor count for a child-care room")
        current = rooms_of_staff(session, site, day).get(staff_member_id)
        if current == room_code:
            return
        if current is not None:
            childcare.check_staff_may_leave(session, station.config, day, current)
            session.add(_room_record(station, now, staff_member_id, current, "out", by))
        record = _room_record(station, now, staff_member_id, room_code, "in", by)
        session.add(record)
        session.flush()
        _audit_room(session, station, now, "childcare.staff_in", by or staff_member_id, record.id)


def sign_out_of_room(station: Station, staff_member_id: str, *, by: str | None = None) -> None:
    """The member leaves their room; refused (``RatioExceeded``) while the children there need them."""
    from kiosk import childcare

    now = station.clock.now()
    day = local_date(now, station.config.site.time_zone)
    with station.store.write() as session:
        current = rooms_of_staff(session, station.config.site.code, day).get(staff_member_id)
        if current is None:
            return
        childcare.check_staff_may_leave(session, station.config, day, current)
        record = _room_record(station, now, staff_member_id, current, "out", by)
        session.add(record)
        session.flush()
        _audit_room(session, station, now, "childcare.staff_out", by or staff_member_id, record.id)


def _audit_room(session: Session, station: Station, at: datetime, action: str, by: str, record_id: str) -> None:
    audit.append(
        session,
        at=at,
        site_code=station.config.site.code,
        station_id=station.config.station.id,
        staff_id=by,
        action=action,
        record_type="staff_in_room",
        record_id=record_id,
    )
