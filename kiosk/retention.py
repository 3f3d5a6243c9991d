"""Retention: a station forgets who came once every destination has what it needs.

A person's records (visits, services, corrections, merges, child care of their children) are
purged from the station ``[privacy] retention_days`` after their last activity and after the
last confirmation of them, but only when every destination confirmed them: each outbox entry
of each record is ``sent``, and a visit or child-care signup that went to no plan is confirmed
once its day's de-identified counts were sent to every routed plan. Unsent, failed, rejected or
paused records are never purged, and neither is anyone linked to them (a merge, a child shared
with another guardian): people are purged a linked group at a time.

Purging keeps the reports true: visit and service rows stay, with their dates, services and
classes; the person behind them becomes an anonymous row under a new id (so a CRC pass still
in someone's pocket finds nobody) keeping only the preferred language and the plan memberships'
plan and consent, which the day report counts. Names, dates of birth, phones, CINs and member
IDs go, as do the search index, a child's flags and pickup list, free-text reasons, pickup
names and what the outbox still held of those records' payloads. One audit entry per purge
says how many (counts only).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, case, delete, func, insert, literal, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kiosk.clock import as_utc
from kiosk.domain import routing
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
    Correction,
    OutboxEntry,
    Person,
    PersonMerge,
    PersonMergeUndo,
    PersonSearchToken,
    PickupCode,
    PlanMembership,
    Visit,
    VisitService,
)

PURGED = "purged"  # Person.profile of an anonymous row left behind for the reports
PURGE_EVERY = timedelta(days=1)

Node = tuple[str, str]  # ("p", person id) or ("c", child id)
T = TypeVar("T")
SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    dry_run: bool
    people: int = 0  # people made anonymous (or who would be, on a dry run)
    visits: int = 0
    children: int = 0
    outbox_entries: int = 0  # sent entries whose remaining payload was dropped
    waiting_people: int = 0  # old enough, but some destination has not confirmed them yet

    def as_dict(self) -> dict[str, object]:
        return {
            "cutoff": self.cutoff.isoformat(),
            "dry_run": self.dry_run,
            "people": self.people,
            "visits": self.visits,
            "children": self.children,
            "outbox_entries": self.outbox_entries,
            "waiting_people": self.waiting_people,
        }


@dataclass
class _Node:
    latest: datetime  # the last activity or confirmation touching this person or child
    blocked: bool = False  # something of theirs is not confirmed by every destination
    purged: bool = False
    records: set[str] = field(default_factory=set)  # ids of their records that outbox entries may name


def purge(station: Station, *, dry_run: bool = False) -> PurgeReport:
    """Purge what is due now (see the module's note). Returns what was purged (or would be, on a dry run).

    What is due is found in a read snapshot; each chunk of people is then checked again and purged in its
    own short write transaction (a check-in never waits behind a long purge), with its own audit entry."""
    now = station.clock.now()
    cutoff = now - timedelta(days=station.config.privacy.retention_days)
    with station.store.read() as session:
        nodes, groups = _assess(session, station, cutoff)
    due, waiting = _split(nodes, groups, cutoff)
    if dry_run:
        with station.store.read() as session:
            return _tally(session, nodes, due, cutoff, waiting, dry_run=True)
    done = PurgeReport(cutoff, dry_run, waiting_people=waiting)
    for chunk in _chunks(due, CHUNK_GROUPS):
        with station.store.write() as session:
            # Anything new about these people since the snapshot (a check-in, a merge) shows up here.
            only = {n for g in chunk for n in g}
            fresh, regrouped = _assess(session, station, cutoff, only=only)
            still, _ = _split(fresh, regrouped, cutoff)
            still = [g for g in still if set(g) <= only]
            part = _tally(session, fresh, still, cutoff, 0, dry_run=False)
            if not (part.people or part.children):
                continue
            people = [n[1] for g in still for n in g if n[0] == "p" and not fresh[n].purged]
            children = [n[1] for g in still for n in g if n[0] == "c" and not fresh[n].purged]
            _anonymize_people(session, people)
            _anonymize_children(session, children)
            _drop_outbox_payloads(session, {r for g in still for n in g for r in fresh[n].records})
            audit.append(
                session,
                at=now,
                site_code=station.config.site.code,
                station_id=station.config.station.id,
                staff_id=None,
                action="retention.purge",
                record_type="people/visits/children",
                record_id=f"{part.people}/{part.visits}/{part.children}",
            )
        done = PurgeReport(
            cutoff,
            dry_run,
            done.people + part.people,
            done.visits + part.visits,
            done.children + part.children,
            done.outbox_entries + part.outbox_entries,
            waiting,
        )
    return done


CHUNK_GROUPS = 200  # people (with those linked to them) per write transaction: tens of milliseconds


def _split(nodes: dict[Node, _Node], groups: list[list[Node]], cutoff: datetime) -> tuple[list[list[Node]], int]:
    """The groups due now (old enough, all confirmed, not purged yet), and how many people wait on a plan."""
    due = [
        g
        for g in groups
        if all(not nodes[n].blocked and nodes[n].latest <= cutoff for n in g) and not all(nodes[n].purged for n in g)
    ]
    waiting = sum(
        1
        for g in groups
        if all(nodes[n].latest <= cutoff for n in g) and any(nodes[n].blocked for n in g)
        for n in g
        if n[0] == "p" and not nodes[n].purged
    )
    return due, waiting


def _tally(
    session: Session, nodes: dict[Node, _Node], due: list[list[Node]], cutoff: datetime, waiting: int, *, dry_run: bool
) -> PurgeReport:
    people = [n[1] for g in due for n in g if n[0] == "p" and not nodes[n].purged]
    children = sum(1 for g in due for n in g if n[0] == "c" and not nodes[n].purged)
    records = {r for g in due for n in g for r in nodes[n].records}
    return PurgeReport(
        cutoff,
        dry_run,
        len(people),
        _count_visits(session, people),
        children,
        _count_entries(session, records),
        waiting,
    )


# --- what is due -------------------------------------------------------------------------------


def _assess(
    session: Session, station: Station, cutoff: datetime, only: set[Node] | None = None
) -> tuple[dict[Node, _Node], list[list[Node]]]:
    """Every person and child with their latest activity and whether all of it is confirmed,
    grouped by the links that must be purged together (merges, guardians of one child).

    ``only``: look at these people and children alone (every row that names one of them)."""
    db = session.connection()
    nodes: dict[Node, _Node] = {}
    parent: dict[Node, Node] = {}
    people = sorted(n[1] for n in only if n[0] == "p") if only is not None else None
    kids = sorted(n[1] for n in only if n[0] == "c") if only is not None else None

    def about(stmt: SelectT, person_cols: tuple[Any, ...] = (), child_cols: tuple[Any, ...] = ()) -> SelectT:
        if only is None:
            return stmt
        conds = [c.in_(people) for c in person_cols] + [c.in_(kids) for c in child_cols]
        return stmt.where(or_(*conds)) if conds else stmt

    def touch(node: Node, when: datetime | None, record: str | None = None) -> _Node:
        item = nodes.get(node)
        at = as_utc(when) if when is not None else cutoff
        if item is None:
            item = nodes[node] = _Node(at)
            parent[node] = node
        elif at > item.latest:
            item.latest = at
        if record is not None:
            item.records.add(record)
        return item

    def find(node: Node) -> Node:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def link(a: Node, b: Node) -> None:
        parent[find(a)] = find(b)

    for pid, created, profile in db.execute(
        about(select(Person.id, Person.created_at, Person.profile), (Person.id,))
    ):
        touch(("p", pid), created, pid).purged = profile == PURGED
    for pid, created in db.execute(
        about(select(PlanMembership.person_id, PlanMembership.created_at), (PlanMembership.person_id,))
    ):
        touch(("p", pid), created)
    visit_owner: dict[str, str] = {}
    visit_day: dict[str, date] = {}
    for vid, pid, created, day in db.execute(
        about(select(Visit.id, Visit.person_id, Visit.created_at, Visit.local_date), (Visit.person_id,))
    ):
        touch(("p", pid), created, vid)
        visit_owner[vid] = pid
        visit_day[vid] = day
    for sid, pid, created in db.execute(
        about(
            select(VisitService.id, Visit.person_id, VisitService.created_at).join(
                Visit, Visit.id == VisitService.visit_id
            ),
            (Visit.person_id,),
        )
    ):
        touch(("p", pid), created, sid)
    for cid, pid, created in db.execute(
        about(
            select(Correction.id, Visit.person_id, Correction.created_at).join(Visit, Visit.id == Correction.visit_id),
            (Visit.person_id,),
        )
    ):
        touch(("p", pid), created, cid)
    for mid, keep, gone, created, undo_id, undone in db.execute(
        about(
            select(
                PersonMerge.id,
                PersonMerge.keep_id,
                PersonMerge.merge_id,
                PersonMerge.created_at,
                PersonMergeUndo.id,
                PersonMergeUndo.created_at,
            ).outerjoin(PersonMergeUndo, PersonMergeUndo.person_merge_id == PersonMerge.id),
            (PersonMerge.keep_id, PersonMerge.merge_id),
        )
    ):
        for pid in (keep, gone):
            touch(("p", pid), created, mid)
            if undo_id is not None:
                touch(("p", pid), undone, undo_id)
        link(("p", keep), ("p", gone))
    for gid, created in db.execute(
        about(select(PickupCode.guardian_id, PickupCode.created_at), (PickupCode.guardian_id,))
    ):
        touch(("p", gid), created)
    for kid, created, first, last in db.execute(
        about(select(Child.id, Child.created_at, Child.first_name, Child.last_name), (), (Child.id,))
    ):
        touch(("c", kid), created, kid).purged = not first and not last
    for about_child in (ChildFlag, ChildPickupRule):
        for kid, created in db.execute(
            about(select(about_child.child_id, about_child.created_at), (), (about_child.child_id,))
        ):
            touch(("c", kid), created)
    guardians = select(ChildGuardian.child_id, ChildGuardian.person_id, ChildGuardian.created_at)
    for kid, pid, created in db.execute(about(guardians, (ChildGuardian.person_id,), (ChildGuardian.child_id,))):
        touch(("c", kid), created)
        touch(("p", pid), created)
        link(("c", kid), ("p", pid))
    signup_child: dict[str, str] = {}
    signup_day: dict[str, date] = {}
    signups = select(
        ChildCareSignup.id,
        ChildCareSignup.child_id,
        ChildCareSignup.guardian_id,
        ChildCareSignup.created_at,
        ChildCareSignup.local_date,
    )
    for sid, kid, pid, created, day in db.execute(
        about(signups, (ChildCareSignup.guardian_id,), (ChildCareSignup.child_id,))
    ):
        touch(("c", kid), created, sid)
        touch(("p", pid), created)
        link(("c", kid), ("p", pid))
        signup_child[sid] = kid
        signup_day[sid] = day
    for handover in (ChildCareCheckIn, ChildCareCheckOut):
        for rid, kid, created in db.execute(
            about(
                select(handover.id, ChildCareSignup.child_id, handover.created_at).join(
                    ChildCareSignup, ChildCareSignup.id == handover.signup_id
                ),
                (),
                (ChildCareSignup.child_id,),
            )
        ):
            touch(("c", kid), created, rid)

    _confirmations(db, station, nodes, visit_day, signup_day, everything=only is None)
    groups: dict[Node, list[Node]] = {}
    for node in nodes:
        groups.setdefault(find(node), []).append(node)
    return nodes, list(groups.values())


def _confirmations(
    db: Connection,
    station: Station,
    nodes: dict[Node, _Node],
    visit_day: dict[str, date],
    signup_day: dict[str, date],
    *,
    everything: bool,
) -> None:
    """Mark nodes with an unconfirmed record as blocked; move ``latest`` to the last confirmation."""
    entries: dict[str, tuple[bool, datetime | None]] = {}  # record id -> (all sent, last sent_at)
    counts: dict[str, datetime | None] = {}  # daily counts key -> sent_at, for sent ones only
    columns = (OutboxEntry.record_id, OutboxEntry.key, OutboxEntry.state, OutboxEntry.sent_at)
    if everything:
        rows = list(db.execute(select(OutboxEntry.record_type, *columns)))
    else:  # the day counts (a few per day) and the entries of these nodes' records
        counted = select(OutboxEntry.record_type, *columns).where(OutboxEntry.record_type == "daily_counts")
        rows = list(db.execute(counted))
        records = sorted({r for item in nodes.values() for r in item.records})
        for chunk in _chunks(records, 500):
            rows += db.execute(select(OutboxEntry.record_type, *columns).where(OutboxEntry.record_id.in_(chunk)))
    for rtype, rid, key, state, sent_at in rows:
        if rtype == "daily_counts":
            if state == "sent":
                counts[key] = sent_at
            continue
        ok, last = entries.get(rid, (True, None))
        when = as_utc(sent_at) if sent_at is not None else None
        entries[rid] = (ok and state == "sent", max((t for t in (last, when) if t is not None), default=None))

    site, station_id = station.config.site.code, station.config.station.id
    plans = [p.code for p in station.config.plans if p.routing]

    def counts_sent(kind: str, day: date) -> tuple[bool, datetime | None]:
        """The day's de-identified counts reached every routed plan (no routed plan: nothing to wait for)."""
        times = [counts.get(routing.stable_key(kind, p, site, station_id, day.isoformat()), _MISSING) for p in plans]
        if any(t is _MISSING for t in times):
            return False, None
        sent = [as_utc(t) for t in times if isinstance(t, datetime)]
        return True, max(sent, default=None)

    for item in nodes.values():
        for rid in item.records:
            if rid in entries:
                ok, when = entries[rid]
            elif rid in visit_day:
                ok, when = counts_sent("counts", visit_day[rid])
            elif rid in signup_day:
                ok, when = counts_sent("childcare-counts", signup_day[rid])
            else:
                continue  # nothing of it leaves the station (a service merged into another's key, a merge)
            item.blocked = item.blocked or not ok
            if when is not None and when > item.latest:
                item.latest = when


_MISSING = datetime.min  # a sentinel no sent_at can be


def _count_visits(session: Session, people: list[str]) -> int:
    query = select(func.count()).select_from(Visit)
    return sum(session.execute(query.where(Visit.person_id.in_(chunk))).scalar_one() for chunk in _chunks(people, 500))


def _count_entries(session: Session, records: Iterable[str]) -> int:
    query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "sent")
    chunks = _chunks(sorted(records), 500)
    return sum(session.execute(query.where(OutboxEntry.record_id.in_(chunk))).scalar_one() for chunk in chunks)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- forgetting ---------------------------------------------------------------------------------


def _anonymize_people(session: Session, people: list[str]) -> None:
    """Each person becomes an anonymous row under a new id; everything that pointed at them follows.

    A statement per table for the whole chunk (``CASE old WHEN ... THEN new``), not one per person."""
    if not people:
        return
    db = session.connection()
    new_id = {old: str(uuid.uuid4()) for old in people}
    rows = db.execute(
        select(
            Person.id, Person.created_at, Person.local_date, Person.site_code, Person.station_id,
            Person.preferred_language,
        ).where(Person.id.in_(people))
    ).all()
    db.execute(
        insert(Person),
        [
            {
                "id": new_id[r.id],
                "created_at": as_utc(r.created_at),
                "local_date": r.local_date,
                "site_code": r.site_code,
                "station_id": r.station_id,
                "staff_id": None,
                "first_name": None,
                "last_name": None,
                "birth_date": None,
                "phone": None,
                "preferred_language": r.preferred_language,
                "medi_cal_cin": None,
                "profile": PURGED,
            }
            for r in rows
        ],
    )
    for column in (
        Visit.person_id,
        PlanMembership.person_id,
        ChildGuardian.person_id,
        PickupCode.guardian_id,
        ChildCareSignup.guardian_id,
        PersonMerge.keep_id,
        PersonMerge.merge_id,
    ):
        db.execute(
            update(column.class_).where(column.in_(people)).values({column.key: case(new_id, value=column)})
        )
    anonymous = list(new_id.values())
    # The member ID goes; the membership's own id keeps the (plan, member_id) pair unique.
    db.execute(
        update(PlanMembership)
        .where(PlanMembership.person_id.in_(anonymous))
        .values(member_id=literal(f"{PURGED}-") + PlanMembership.id)
    )
    visits = select(Visit.id).where(Visit.person_id.in_(anonymous))
    db.execute(update(Correction).where(Correction.visit_id.in_(visits)).values(reason=""))
    merges = select(PersonMerge.id).where(PersonMerge.keep_id.in_(anonymous) | PersonMerge.merge_id.in_(anonymous))
    db.execute(update(PersonMerge).where(PersonMerge.id.in_(merges)).values(reason=""))
    db.execute(update(PersonMergeUndo).where(PersonMergeUndo.person_merge_id.in_(merges)).values(reason=""))
    db.execute(delete(PersonSearchToken).where(PersonSearchToken.person_id.in_(people)))
    db.execute(delete(Person).where(Person.id.in_(people)))


def _anonymize_children(session: Session, children: list[str]) -> None:
    """Names, flags and pickup lists go; the birth year stays (the age bands of old reports)."""
    if not children:
        return
    db = session.connection()
    for kid, born in db.execute(select(Child.id, Child.birth_date).where(Child.id.in_(children))).all():
        blank = {"first_name": "", "last_name": "", "birth_date": date(born.year, 1, 1)}
        db.execute(update(Child).where(Child.id == kid).values(blank))
    db.execute(delete(ChildFlag).where(ChildFlag.child_id.in_(children)))
    db.execute(delete(ChildPickupRule).where(ChildPickupRule.child_id.in_(children)))
    signups = select(ChildCareSignup.id).where(ChildCareSignup.child_id.in_(children))
    db.execute(
        update(ChildCareCheckOut)
        .where(ChildCareCheckOut.signup_id.in_(signups))
        .values(pickup_by="", override_reason=None)
    )


def _drop_outbox_payloads(session: Session, records: set[str]) -> None:
    """Sent entries keep their key and state (a day's counts must not be queued twice), nothing else."""
    db = session.connection()
    for chunk in _chunks(sorted(records), 500):
        db.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id.in_(chunk), OutboxEntry.state == "sent")
            .values(payload={}, last_error=None)
        )


def due(last_run: datetime | None, now: datetime) -> bool:
    """Whether a daily purge is due (the sync runner's question)."""
    return last_run is None or now - last_run >= PURGE_EVERY
