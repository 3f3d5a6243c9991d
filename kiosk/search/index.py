"""Keeps ``person_search`` in step with people and their memberships, in the same transaction.

A flush that adds or changes a ``Person`` or a ``PlanMembership`` re-indexes those people
before the transaction commits, whichever use case wrote them (registration, a first scan,
a pass, a later profile completion). ``services`` calls ``install()`` when it loads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import delete, event, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from kiosk.search.normalize import person_tokens
from kiosk.store.models import Person, PersonSearchToken, PlanMembership

_BATCH = 500  # people per statement: stays under SQLite's bound-parameter limit


def index_people(conn: Connection, person_ids: Collection[str]) -> int:
    """Rebuild the tokens of these people from their rows; returns the tokens written."""
    written = 0
    ids = list(person_ids)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        people = conn.execute(
            select(
                Person.id, Person.first_name, Person.last_name, Person.birth_date, Person.phone, Person.medi_cal_cin
            ).where(Person.id.in_(chunk))
        ).all()
        member_ids: dict[str, list[str]] = {}
        for pid, member_id in conn.execute(
            select(PlanMembership.person_id, PlanMembership.member_id).where(PlanMembership.person_id.in_(chunk))
        ):
            member_ids.setdefault(pid, []).append(member_id)
        rows = [
            {"token": token, "person_id": p.id}
            for p in people
            for token in person_tokens(
                p.first_name,
                p.last_name,
                p.birth_date,
                p.phone,
                [*member_ids.get(p.id, ()), *([p.medi_cal_cin] if p.medi_cal_cin else [])],
            )
        ]
        conn.execute(delete(PersonSearchToken).where(PersonSearchToken.person_id.in_(chunk)))
        if rows:
            conn.execute(insert(PersonSearchToken), rows)
        written += len(rows)
    return written


def rebuild(conn: Connection) -> int:
    """Index everyone (the migration that adds the index, a repair)."""
    ids = list(conn.execute(select(Person.id)).scalars())
    return index_people(conn, ids)


def _touched_people(objects: Iterable[Any]) -> set[str]:
    ids: set[str] = set()
    for obj in objects:
        if isinstance(obj, Person):
            ids.add(obj.id)
        elif isinstance(obj, PlanMembership):
            ids.add(obj.person_id)
    return ids


def _reindex_after_flush(session: Session, _flush: UOWTransaction) -> None:
    # Runs inside the flush's transaction: a person is never saved without their tokens.
    ids = _touched_people([*session.new, *session.dirty])
    if ids:
        index_people(session.connection(), ids)


def install() -> None:
    """Hook the index into every ORM flush (idempotent)."""
    if not event.contains(Session, "after_flush", _reindex_after_flush):
        event.listen(Session, "after_flush", _reindex_after_flush)
