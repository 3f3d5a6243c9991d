"""SQLAlchemy 2 typed models. Every record is immutable once written: changes
are new records (corrections, memberships) that point at the old ones.

Each record carries a station-made UUID, the UTC instant, the site's local
date, the site and station, and the staff member where one acted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC text."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), date: Date(), dict[str, Any]: JSON()}


class RecordMixin:
    """The columns every station-made record has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime]
    local_date: Mapped[date]
    site_code: Mapped[str] = mapped_column(String(64))
    station_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str | None] = mapped_column(String(64))


class Person(RecordMixin, Base):
    __tablename__ = "person"

    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(32))
    preferred_language: Mapped[str | None] = mapped_column(String(16))
    medi_cal_cin: Mapped[str | None] = mapped_column(String(9), index=True)
    # "complete", or "membership_only" for someone known only by a scanned ID,
    # whom staff complete later.
    profile: Mapped[str] = mapped_column(String(20))

    memberships: Mapped[list[PlanMembership]] = relationship(back_populates="person")


class PlanMembership(RecordMixin, Base):
    __tablename__ = "plan_membership"
    __table_args__ = (UniqueConstraint("plan_code", "member_id"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    plan_code: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str] = mapped_column(String(64))
    # "yes", "no" or "unknown": consent to share visit data with this plan.
    consent: Mapped[str] = mapped_column(String(8))

    person: Mapped[Person] = relationship(back_populates="memberships")


class ClassSession(RecordMixin, Base):
    __tablename__ = "class_session"
    __table_args__ = (UniqueConstraint("site_code", "local_date", "code"),)

    code: Mapped[str] = mapped_column(String(64))
    names: Mapped[dict[str, Any]]
    room: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # "plan", "file", "site", "demo"


class Visit(RecordMixin, Base):
    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_person_site_time", "person_id", "site_code", "created_at"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    # "scan", "typed", "lookup" or "registration"
    identified_by: Mapped[str] = mapped_column(String(16))

    services: Mapped[list[VisitService]] = relationship(back_populates="visit", order_by="VisitService.created_at")


class VisitService(RecordMixin, Base):
    __tablename__ = "visit_service"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(32))
    class_session_id: Mapped[str | None] = mapped_column(ForeignKey("class_session.id"), index=True)
    # The correction that added this service, if a correction did.
    correction_id: Mapped[str | None] = mapped_column(String(36))

    visit: Mapped[Visit] = relationship(back_populates="services")


class Correction(RecordMixin, Base):
    """A void or a correction of a visit: a new record pointing at the old one."""

    __tablename__ = "correction"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # "void" or "correct"
    reason: Mapped[str] = mapped_column(Text)


class ServiceRemoval(Base):
    """A visit service taken away by a correction or a void (the row itself stays)."""

    __tablename__ = "service_removal"

    correction_id: Mapped[str] = mapped_column(ForeignKey("correction.id"), primary_key=True)
    visit_service_id: Mapped[str] = mapped_column(ForeignKey("visit_service.id"), primary_key=True, index=True)


class OutboxEntry(Base):
    """One record for one destination plan, frozen at write time."""

    __tablename__ = "outbox_entry"
    __table_args__ = (
        Index("ix_outbox_plan_state_next", "plan_code", "state", "next_attempt_at"),
        # The worker takes due entries of a plan in order: without it, each claim scanned the sent history.
        Index("ix_outbox_plan_state_seq", "plan_code", "state", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Stable across retries and stations: the idempotency key the plan sees.
    key: Mapped[str] = mapped_column(String(200), unique=True)
    plan_code: Mapped[str] = mapped_column(String(32))
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    depends_on: Mapped[str | None] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(16))  # pending, in_flight, sent, rejected, paused
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who did what, when, where. No health data; each entry chains the previous hash."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime]
    site_code: Mapped[str] = mapped_column(String(64))
    station_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    record_type: Mapped[str | None] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(String(36))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class StaffMember(Base):
    """A staff account of the site. Not an immutable record: a PIN change or a
    deactivation updates the row, and the audit trail keeps the history."""

    __tablename__ = "staff_member"
    __table_args__ = (
        # PINs of a site share one salt, so a PIN in use by an active member has exactly this hash:
        # the database itself refuses a second member with the same PIN.
        Index("ix_staff_member_active_pin", "site_code", "pin_hash", unique=True, sqlite_where=text("active = 1")),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))  # kiosk.staff.StaffRole
    active: Mapped[bool] = mapped_column(Boolean)
    pin_hash: Mapped[str] = mapped_column(String(200))  # an encoded argon2id hash
    created_at: Mapped[datetime]
    pin_set_at: Mapped[datetime]
    deactivated_at: Mapped[datetime | None]


class PinThrottle(Base):
    """Failed PIN tries in a row at one station. A wrong PIN matches nobody, so the
    count belongs to the station, not to a member; kept here so a restart keeps it."""

    __tablename__ = "pin_throttle"

    site_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    lockouts: Mapped[int] = mapped_column(Integer)  # lockouts since the last good PIN: each one lasts longer
    locked_until: Mapped[datetime | None]


class PersonSearchToken(Base):
    """The people-search index: normalized tokens of a person's name, phone, birth date and IDs.

    Not a record: derived from ``person`` and ``plan_membership`` rows in the same transaction
    that writes them (``kiosk.search.index``), and rebuilt from them at will.
    """

    __tablename__ = "person_search"
    __table_args__ = (
        # Reverse lookup: a candidate's other tokens (AND of query words) and re-indexing a person.
        Index("ix_person_search_person_token", "person_id", "token"),
        {"sqlite_with_rowid": False},
    )

    token: Mapped[str] = mapped_column(String(120), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class PersonMerge(RecordMixin, Base):
    """Staff merged ``merge_id`` into ``keep_id``: from now on the kept person stands for both.

    Neither person row changes; lookups follow active merges (``kiosk.merge``).
    """

    __tablename__ = "person_merge"

    keep_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    merge_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)


class PersonMergeUndo(RecordMixin, Base):
    """A merge taken back: a new record pointing at it (the merge record itself stays)."""

    __tablename__ = "person_merge_undo"

    person_merge_id: Mapped[str] = mapped_column(ForeignKey("person_merge.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)


# --- child care (0005) ------------------------------------------------------------------


class Child(RecordMixin, Base):
    """A child who may be left in child care: only what staff need to know who they are."""

    __tablename__ = "child"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date]


class ChildGuardian(RecordMixin, Base):
    """A guardian (a person) of a child; a child may have several."""

    __tablename__ = "child_guardian"
    __table_args__ = (UniqueConstraint("child_id", "person_id"),)

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class ChildFlag(RecordMixin, Base):
    """An allergy or medical note: shown to child-care staff only, never on a kiosk, never synced."""

    __tablename__ = "child_flag"

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "allergy" or "medical"
    text: Mapped[str] = mapped_column(Text)


class ChildPickupRule(RecordMixin, Base):
    """Someone who may, or must never, pick a child up. The latest rule for a name stands."""

    __tablename__ = "child_pickup_rule"

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # the name folded for comparison
    rule: Mapped[str] = mapped_column(String(16))  # "authorized" or "refused"
    note: Mapped[str | None] = mapped_column(Text)


class PickupCode(RecordMixin, Base):
    """A pickup code handed out: one per signing-up of children together, unique per site and day."""

    __tablename__ = "pickup_code"
    __table_args__ = (UniqueConstraint("site_code", "local_date", "code"),)

    code: Mapped[str] = mapped_column(String(8))
    guardian_id: Mapped[str] = mapped_column(ForeignKey("person.id"))


class ChildCareSignup(RecordMixin, Base):
    """A child signed up for child care during a class session (or a time window)."""

    __tablename__ = "childcare_signup"
    __table_args__ = (Index("ix_childcare_signup_room_day", "site_code", "room_code", "local_date"),)

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), index=True)
    guardian_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    pickup_code_id: Mapped[str] = mapped_column(ForeignKey("pickup_code.id"), index=True)
    class_session_id: Mapped[str | None] = mapped_column(ForeignKey("class_session.id"))
    room_code: Mapped[str] = mapped_column(String(64))
    band_code: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]


class ChildCareCheckIn(RecordMixin, Base):
    __tablename__ = "childcare_check_in"

    signup_id: Mapped[str] = mapped_column(ForeignKey("childcare_signup.id"), unique=True)


class ChildCareCheckOut(RecordMixin, Base):
    """A child handed over: to whom, and, when staff released the child without the code, why."""

    __tablename__ = "childcare_check_out"

    signup_id: Mapped[str] = mapped_column(ForeignKey("childcare_signup.id"), unique=True)
    pickup_by: Mapped[str] = mapped_column(String(200))
    override_reason: Mapped[str | None] = mapped_column(Text)


class StaffInRoom(RecordMixin, Base):
    """A child-care staff member signing in to a room ("in") or out of it ("out"). The latest of the day stands."""

    __tablename__ = "staff_in_room"
    __table_args__ = (Index("ix_staff_in_room_day", "site_code", "local_date", "staff_member_id"),)

    staff_member_id: Mapped[str] = mapped_column(ForeignKey("staff_member.id"))
    room_code: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
