"""Merging two records of one person, as a record that can be undone.

Staff find that one visitor was registered twice and merge the duplicate (``merge_id``)
into the person to keep (``keep_id``). Nothing is edited: a ``person_merge`` record says
so, and an undo is a ``person_merge_undo`` record pointing at it. While a merge stands,
every lookup follows it: a card, pass or CIN of the merged person finds the kept one, a
check-in of either lands on the kept person, the merged person's visits count as theirs
(the "already checked in" window) and search shows only the kept person. Merges chain
(A into B, then B into C) and never form a loop (a merged person cannot take part in
another merge until the first is undone).

What the plans see: nothing new in this increment. Records already queued or sent keep
their keys (a plan's visit key is its member ID, site and day, so a kept person with the
same membership lands on the same visit). After a merge, new records of the kept person go
to the plans of the memberships of both people; no merge message is sent, and
the plan still holds the merged person's Patient as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidInput, NotFound
from kiosk.station import Station
from kiosk.store.models import Person, PersonMerge, PersonMergeUndo

MAX_CHAIN = 64  # merges in a row; far beyond any real case, a guard against a damaged file


def _links(session: Session, side: str, person_ids: Collection[str]) -> list[tuple[str, str]]:
    """Active merges (merge_id, keep_id) whose ``side`` column is one of ``person_ids``.

    Plain SQL: this runs on every check-in, where a compiled ORM statement costs more than the query.
    """
    if not person_ids:
        return []
    column = {"merge": "merge_id", "keep": "keep_id"}[side]
    marks = ",".join("?" * len(person_ids))
    rows = session.connection().exec_driver_sql(
        f"SELECT m.merge_id, m.keep_id FROM person_merge m WHERE m.{column} IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM person_merge_undo u WHERE u.person_merge_id = m.id)",
        tuple(person_ids),
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def surviving_id(session: Session, person_id: str) -> str:
    """The person who stands for ``person_id`` now (itself when not merged away)."""
    return survivors(session, [person_id])[person_id]


def survivors(session: Session, person_ids: Iterable[str]) -> dict[str, str]:
    """``surviving_id`` for many people at once (search results)."""
    result = {pid: pid for pid in person_ids}
    pending = set(result)
    for _ in range(MAX_CHAIN):
        step = dict(_links(session, "merge", pending))
        if not step:
            break
        for pid, now in result.items():
            if now in step:
                result[pid] = step[now]
        pending = set(step.values())
    return result


def merged_group(session: Session, keep_id: str) -> list[str]:
    """The kept person first, then everyone merged into them (directly or along a chain)."""
    return merged_groups(session, [keep_id])[keep_id]


def merged_groups(session: Session, keep_ids: Iterable[str]) -> dict[str, list[str]]:
    """``merged_group`` for many people at once (search results)."""
    groups = {pid: [pid] for pid in keep_ids}
    owner = {pid: pid for pid in groups}
    frontier = list(groups)
    for _ in range(MAX_CHAIN):
        if not frontier:
            break
        found = _links(session, "keep", frontier)
        frontier = []
        for merged, keep in found:
            if merged not in owner:
                owner[merged] = owner[keep]
                groups[owner[keep]].append(merged)
                frontier.append(merged)
    return groups


def resolve_person(station: Station, person_id: str) -> str:
    """The surviving person for ``person_id``, following merges; NotFound when nobody has that id."""
    with station.store.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("no such person at this station")
        return surviving_id(session, person_id)


def merge_people(station: Station, keep_id: str, merge_id: str, *, staff_id: str, reason: str) -> str:
    """Merge ``merge_id`` into ``keep_id``; returns the merge record's id."""
    from kiosk.services import RecordContext  # services imports this module to follow merges

    reason = _reason(reason)
    if keep_id == merge_id:
        raise InvalidInput("a person cannot be merged with themself; choose two different people")
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        for pid in (keep_id, merge_id):
            if session.get(Person, pid) is None:
                raise NotFound("no such person at this station")
        if surviving_id(session, merge_id) != merge_id:
            raise InvalidInput("the person to merge was already merged into someone else; undo that merge first")
        if surviving_id(session, keep_id) != keep_id:
            raise InvalidInput("the person to keep was merged into someone else; merge into that person instead")
        record = PersonMerge(**ctx.record(), keep_id=keep_id, merge_id=merge_id, reason=reason)
        session.add(record)
        session.flush()
        ctx.audit(session, "person.merge", "person_merge", record.id)
        return record.id


def undo_merge(station: Station, merge_id: str, *, staff_id: str, reason: str) -> None:
    """Take a merge back (``merge_id`` is the merge record's id): both people stand alone again."""
    from kiosk.services import RecordContext

    reason = _reason(reason)
    ctx = RecordContext(station, staff_id)
    with station.store.write() as session:
        record = session.get(PersonMerge, merge_id)
        if record is None:
            raise NotFound("no such merge at this station")
        done = session.execute(select(PersonMergeUndo.id).where(PersonMergeUndo.person_merge_id == merge_id)).first()
        if done is not None:
            raise InvalidInput("this merge was already undone")
        undo = PersonMergeUndo(**ctx.record(), person_merge_id=merge_id, reason=reason)
        session.add(undo)
        session.flush()
        ctx.audit(session, "person.merge_undo", "person_merge_undo", undo.id)


def merges_into(station: Station, keep_id: str) -> list[str]:
    """The active merges into ``keep_id`` (merge record ids), newest first: what staff may still undo."""
    with station.store.read() as session:
        rows = session.execute(
            select(PersonMerge.id)
            .where(PersonMerge.keep_id == keep_id,
                   PersonMerge.id.not_in(select(PersonMergeUndo.person_merge_id)))
            .order_by(PersonMerge.created_at.desc())
        ).scalars().all()
    return [str(r) for r in rows]


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("a reason is required")
    return reason
