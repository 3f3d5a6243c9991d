"""Finding people at the front desk: as-you-type search and the duplicate warning.

Both read the ``person_search`` token index (``kiosk.search.index``), so 100k people
answer in milliseconds (``tests/benchmarks/search.py``). Merged-away people never show;
the person they were merged into does (``kiosk.merge``).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kiosk import merge
from kiosk.clock import local_date
from kiosk.search.normalize import (
    Term,
    birth_token,
    fold,
    name_words,
    parse_query,
    phone_tokens,
    plain,
)
from kiosk.station import Station
from kiosk.store.models import Person, PlanMembership, Visit

__all__ = ["PersonHit", "search_people", "similar_people"]

# Index rows of the driving term read per query phase, at most. Matches are all found while some
# term of the query has fewer rows than this (it drives); two very common words may show only some.
SCAN_CAP = 8_000
NARROW_ENOUGH = 200  # a term with this few index rows drives without comparing the rest
_TOP = "\U0010ffff"  # sorts after every token that begins with a given prefix
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "di", "van", "von"})
_PARTICLES |= {"der", "den", "al", "el", "bin", "ibn", "ben", "abu"}


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    phone: str | None  # as stored; the UI masks as it needs
    member_ids: tuple[tuple[str, str], ...]  # (plan_code, member_id)
    cin: str | None
    last_visit_on: date | None
    score: float


def search_people(station: Station, query: str, *, limit: int = 25) -> list[PersonHit]:
    """People matching every word of ``query`` (name, phone, date of birth, member ID or CIN), best first.

    Words match the start of a name word, accents and case aside ("garc" finds García);
    two surnames match in any order; "de la Cruz" is found by "cruz" or "delacruz".
    """
    today = local_date(station.clock.now(), station.config.site.time_zone)
    terms = parse_query(query, today)
    if not terms or any(t.empty for t in terms) or limit < 1:
        return []
    with station.store.read() as session:
        conn = session.connection()
        driver = _driver(conn, terms)
        others = [t for t in terms if t is not driver]
        found = _candidates(conn, driver, others, limit * 2)
        tokens: dict[str, set[str]] = {pid: set() for pid in found}
        if found:
            for pid, token in conn.exec_driver_sql(
                f"SELECT person_id, token FROM person_search WHERE person_id IN ({','.join('?' * len(found))})",
                tuple(found),
            ):
                tokens[pid].add(token)
        return _hits(session, {pid: _match_score(terms, toks) for pid, toks in tokens.items()}, limit)


def similar_people(
    station: Station,
    first_name: str,
    last_name: str,
    birth_date: date | None,
    phone: str | None,
    *,
    limit: int = 5,
) -> list[PersonHit]:
    """People who may be this walk-in already: for the warning before a new registration is saved.

    Similar means the same date of birth or phone with a like name, the same date of birth and
    phone, or the same name where a date of birth is missing or close (day and month swapped,
    one part different).
    """
    firsts, lasts = name_words(first_name), name_words(last_name)
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    digits = digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    # A shared birth date or phone number weighs more than a shared name word.
    strong = [birth_token(birth_date)] if birth_date else []
    strong += [t for t in phone_tokens(digits) if len(t) == 11]  # the whole number
    weak = sorted({w for w in [*firsts, *lasts, *map(fold, lasts)] if w not in _PARTICLES} - set(strong))
    if not strong and not weak:
        return []
    with station.store.read() as session:
        conn = session.connection()
        every = [*strong, *weak]
        rows = conn.exec_driver_sql(
            f"SELECT person_id FROM person_search WHERE token IN ({','.join('?' * len(every))}) GROUP BY person_id "
            f"ORDER BY sum(CASE WHEN token IN ({','.join('?' * len(strong)) or 'NULL'}) THEN 3 ELSE 1 END) DESC "
            "LIMIT 200",
            (*every, *strong),
        ).all()
        ids = [r[0] for r in rows]
        people = session.execute(select(Person).where(Person.id.in_(ids))).scalars()
        scores = {p.id: _likeness(firsts, lasts, birth_date, digits, p) for p in people}
        return _hits(session, {pid: s for pid, s in scores.items() if s > 0}, limit)


# --- candidates ---------------------------------------------------------------------


def _range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + _TOP


def _any_of(alias: str, term: Term) -> tuple[str, list[str]]:
    """SQL for "this row's token matches the term", with its parameters."""
    parts: list[str] = []
    params: list[str] = []
    if term.exact:
        parts.append(f"{alias}.token IN ({','.join('?' * len(term.exact))})")
        params += sorted(term.exact)
    for p in term.prefixes:
        parts.append(f"({alias}.token >= ? AND {alias}.token < ?)")
        params += _range(p)
    return "(" + " OR ".join(parts) + ")", params


def _driver(conn: Connection, terms: Sequence[Term]) -> Term:
    """The term with the fewest index rows: its rows are read, the other terms only checked."""
    if len(terms) == 1:
        return terms[0]
    exact_only = [t for t in terms if not t.prefixes]  # a date of birth: a handful of people
    if exact_only:
        return exact_only[0]
    best, fewest = terms[0], SCAN_CAP + 1
    for term in sorted(terms, key=lambda t: -len(t.text)):  # longer words tend to be rarer: try them first
        rows = _breadth(conn, term, cap=fewest)  # never count past the best so far
        if rows < fewest:
            best, fewest = term, rows
        if fewest <= NARROW_ENOUGH:
            break
    return best


def _breadth(conn: Connection, term: Term, cap: int = SCAN_CAP) -> int:
    """How many index rows the term matches, counted up to ``cap``: the narrowest term drives."""
    cond, params = _any_of("d", term)
    row = conn.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM person_search d WHERE {cond} LIMIT {cap})", tuple(params)
    ).first()
    return int(row[0]) if row else 0


def _candidates(conn: Connection, driver: Term, others: Sequence[Term], want: int) -> list[str]:
    """Person ids matching every term: exact matches of the driving term first, then its prefixes."""
    filters: list[str] = []
    filter_params: list[str] = []
    for term in others:
        cond, params = _any_of("o", term)
        filters.append(f"EXISTS (SELECT 1 FROM person_search o WHERE o.person_id = d.person_id AND {cond})")
        filter_params += params
    phases: list[tuple[str, list[str]]] = []
    if driver.exact:
        phases.append(_any_of("d", Term(driver.text, driver.exact, ())))
    for p in driver.prefixes:
        # Tokens longer than the prefix only, when the exact phase already read the prefix itself.
        above = ">" if p in driver.exact else ">="
        phases.append((f"(d.token {above} ? AND d.token < ?)", list(_range(p))))
    found: list[str] = []
    for cond, params in phases:
        if len(found) >= want:
            break
        seen = f"AND d.person_id NOT IN ({','.join('?' * len(found))})" if found else ""
        # The driving term's rows are read up to SCAN_CAP: a query of two single letters stays quick,
        # and gives some of its matches, not all, until more is typed.
        rows = conn.exec_driver_sql(
            f"SELECT DISTINCT d.person_id FROM (SELECT person_id FROM person_search d WHERE {cond} LIMIT {SCAN_CAP}) d "
            f"WHERE {' AND '.join(['1', *filters])} {seen} LIMIT {want - len(found)}",
            (*params, *filter_params, *found),
        ).all()
        found += [r[0] for r in rows]
    return found


# --- scoring and hits ---------------------------------------------------------------


def _match_score(terms: Sequence[Term], tokens: set[str]) -> float:
    """1.0 when every term is a whole word of the person; less for folded spellings and prefixes."""
    total = 0.0
    for term in terms:
        best = 0.0
        plain_exact = term.prefixes[0] if term.prefixes else None
        for tok in term.exact:
            if tok in tokens:  # a date of birth, or the name as typed, is a full match; a folded spelling less
                best = max(best, 1.0 if tok == plain_exact or not tok.isalnum() or not term.prefixes else 0.9)
        for rank, prefix in enumerate(term.prefixes):
            for tok in tokens:
                if tok.startswith(prefix):
                    best = max(best, (0.5 if rank == 0 else 0.4) + 0.4 * len(prefix) / len(tok))
        total += best
    return round(total / len(terms), 3)


def _likeness(firsts: list[str], lasts: list[str], born: date | None, digits: str, person: Person) -> float:
    """How likely ``person`` is the walk-in; 0 when not similar enough to warn."""
    p_first, p_last = name_words(person.first_name), name_words(person.last_name)
    first = _words_alike(firsts[:1], p_first[:1])
    last = _words_alike([w for w in lasts if w not in _PARTICLES], [w for w in p_last if w not in _PARTICLES])
    name = (first + last) / 2
    same_born = born is not None and person.birth_date == born
    near_born = born is None or person.birth_date is None or _near(born, person.birth_date)
    same_phone = len(digits) == 10 and person.phone == digits
    similar = ((same_born or same_phone) and name >= 0.5) or (same_born and same_phone) or (name >= 0.9 and near_born)
    if not similar:
        return 0.0
    return round(0.5 * name + (0.3 if same_born else 0.15 if near_born else 0.0) + 0.2 * same_phone, 3)


def _words_alike(mine: list[str], theirs: list[str]) -> float:
    if not mine or not theirs:
        return 0.0
    a, b = {fold(w) for w in mine}, {fold(w) for w in theirs}
    if a == b:
        return 1.0
    close = any(
        x.startswith(y) or y.startswith(x) or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8 for x in a for y in b
    )
    return 0.7 if close else 0.0


def _near(a: date, b: date) -> bool:
    """Day and month swapped, or one of day, month, year different: a typo, not another person."""
    if a == b or (a.month, a.day, a.year) == (b.day, b.month, b.year):
        return True
    return sum(x != y for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day))) == 1


def _hits(session: Session, scores: dict[str, float], limit: int) -> list[PersonHit]:
    """The best ``limit`` people as hits: merged-away people give way to the person they were merged into."""
    best: dict[str, float] = {}
    for pid, keep in merge.survivors(session, scores).items():
        best[keep] = max(best.get(keep, 0.0), scores[pid])
    if not best:
        return []
    conn = session.connection()  # plain rows, no ORM objects: this runs on every keystroke
    groups = merge.merged_groups(session, best)
    owner = {member: pid for pid, group in groups.items() for member in group}
    everyone = list(owner)
    columns = (Person.id, Person.first_name, Person.last_name, Person.birth_date, Person.phone, Person.medi_cal_cin)
    people = {r.id: r for r in conn.execute(select(*columns).where(Person.id.in_(everyone)))}
    members: dict[str, list[tuple[str, str]]] = {pid: [] for pid in best}
    for person_id, plan_code, member_id in conn.execute(
        select(PlanMembership.person_id, PlanMembership.plan_code, PlanMembership.member_id)
        .where(PlanMembership.person_id.in_(everyone))
        .order_by(PlanMembership.created_at)
    ):
        members[owner[person_id]].append((plan_code, member_id))
    last: dict[str, date] = {}
    for person_id, day in conn.execute(
        select(Visit.person_id, func.max(Visit.local_date))
        .where(Visit.person_id.in_(everyone))
        .group_by(Visit.person_id)
    ):
        pid = owner[person_id]
        last[pid] = max(last.get(pid, day), day)
    hits = [
        PersonHit(
            person_id=pid,
            first_name=p.first_name,
            last_name=p.last_name,
            birth_date=p.birth_date,
            phone=p.phone,
            member_ids=tuple(dict.fromkeys(members[pid])),
            # The kept person's CIN, else one of the people merged into them.
            cin=next((people[m].medi_cal_cin for m in groups[pid] if m in people and people[m].medi_cal_cin), None),
            last_visit_on=last.get(pid),
            score=best[pid],
        )
        for pid in best
        if (p := people.get(pid)) is not None
    ]
    hits.sort(
        key=lambda h: (-h.score, -(h.last_visit_on or date.min).toordinal(), plain(h.last_name or ""), h.person_id)
    )
    return hits[:limit]
