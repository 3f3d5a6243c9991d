"""Benchmark: front-desk people search on 100k people, against a plain LIKE query in the same run.

What it measures
    Wall time (``time.perf_counter_ns``) of ``kiosk.search.search_people(station, q)`` (limit 25,
    the whole call: parsing, the index query, merges, and building the hits with memberships and
    last visits) over a mix of queries as staff type them, each made from a random stored person:
    one surname, both surnames in either order, first name and a surname prefix, a 2-4 letter
    prefix, a name typed without accents, a transliteration variant, a particle name ("de la cruz",
    "delacruz"), a phone number whole or its last 4 digits, a date of birth in three formats, a
    member ID whole or started. ``found`` is the share of queries whose person is in the 25 hits
    (common names have more namesakes than that; ``found_full_name_at_most_25_namesakes`` is the
    recall where the name narrows to 25 or fewer, which must be 1.0).

Baseline, in the same run and on the same database
    ``SELECT id FROM person WHERE first_name LIKE '%q%' OR last_name LIKE '%q%' LIMIT 25`` for the
    same query text on a raw ``sqlite3`` connection (what a search box without an index does; it
    misses accents, reordered surnames, phones, dates and IDs: its ``found`` says how much).

The people
    Invented from name parts of the center's communities (Spanish with two surnames and particles,
    Armenian, Vietnamese, Arabic and Farsi transliterations, Korean, Chinese, Tagalog, Russian,
    English), with invented syllable surnames mixed in so the index sees rare names too; half hold
    a plan member ID, a tenth a Medi-Cal CIN, most a phone. Rows are written with raw executemany,
    then the index is built by ``kiosk.search.index.rebuild`` (its time is reported).

Run
    .venv/bin/python tests/benchmarks/search.py            # 100k people, 600 queries (about a minute)
    .venv/bin/python tests/benchmarks/search.py --quick    # 10k people, 200 queries

It prints one JSON line on stdout (progress goes to stderr).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk import search
from kiosk.clock import ManualClock
from kiosk.errors import StoreError
from kiosk.paths import StationPaths, demo_config_file
from kiosk.search import index
from kiosk.search.normalize import fold, plain
from kiosk.station import Station, open_station
from kiosk.store.engine import open_connection

GOAL_P95_MS = 50.0
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)

SPANISH_FIRST = ["María", "José", "Juan", "Guadalupe", "Jesús", "Ana", "Luis", "Sofía", "Andrés", "Inés", "Raúl"]
SPANISH_LAST = ["García", "López", "Hernández", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez"]
SPANISH_LAST += ["Flores", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez", "Ruiz"]
PARTICLE_LAST = ["de la Cruz", "del Río", "de León", "de los Santos", "de la Torre", "dela Peña"]
ARMENIAN_FIRST = ["Anahit", "Armen", "Narek", "Lilit", "Gohar", "Tigran", "Hasmik", "Vahe", "Siranush"]
ARMENIAN_ROOT = ["Petros", "Hovhannis", "Sargs", "Grigor", "Khachatr", "Harutyun", "Avetis", "Vardan", "Gevorg"]
VIET_FIRST = ["Lan", "Minh", "Hương", "Thảo", "Dũng", "Tuấn", "Linh", "Phương", "Quang"]
VIET_MIDDLE = ["Thị", "Văn", "Ngọc", "Đức", "Hữu"]
VIET_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
ARABIC_FIRST = ["Mohammed", "Muhammad", "Ahmed", "Fatima", "Layla", "Omar", "Youssef", "Yusuf", "Samir", "Nour"]
ARABIC_LAST = ["Abdel-Rahman", "Al-Hassan", "El Masri", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh"]
FARSI_FIRST = ["Dariush", "Shirin", "Parisa", "Reza", "Navid", "Maryam"]
FARSI_LAST = ["Hosseini", "Mohammadi", "Karimi", "Rahimi", "Tehrani", "Jafari"]
EAST_ASIAN = [("Wei", "Chen"), ("Li", "Wang"), ("Jun", "Zhang"), ("Min-jun", "Kim"), ("Ji-woo", "Park"), ("Soo", "Lee")]
TAGALOG_FIRST = ["Maricel", "Jocelyn", "Rodel", "Jericho", "Liza"]
TAGALOG_LAST = ["Santos", "Reyes", "Bautista", "Villanueva", "Dela Cruz", "Mendoza"]
RUSSIAN = [("Ivan", "Ivanov"), ("Olga", "Ivanova"), ("Dmitri", "Petrov"), ("Yelena", "Smirnova")]
ENGLISH_FIRST = ["Sarah", "Michael", "Jennifer", "David", "Ashley", "James", "Brittany"]
ENGLISH_LAST = ["Johnson", "Smith", "Williams", "Brown", "Jones", "Miller", "O'Brien", "Taylor"]
SYLLABLES = ["ka", "lo", "mi", "ra", "te", "zu", "no", "vi", "sha", "ren", "dor", "bel", "qui", "xan", "yo", "pe"]


def log(message: str) -> None:
    print(f"[search] {message}", file=sys.stderr, flush=True)


def percentiles(samples_ns: Sequence[int]) -> dict[str, float]:
    """p50, p95 (nearest rank) and max, in milliseconds."""
    ordered = sorted(samples_ns)

    def rank(p: float) -> float:
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] / 1e6

    return {"p50": round(rank(50), 3), "p95": round(rank(95), 3), "max": round(ordered[-1] / 1e6, 3)}


@dataclass(frozen=True)
class Made:
    id: str
    first: str
    last: str
    born: date
    phone: str | None
    member_id: str | None
    culture: str


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_name(rng: random.Random) -> tuple[str, str, str]:
    """(first, last, culture): invented combinations, never a real person's record."""
    roll = rng.random()
    if roll < 0.35:
        last = f"{rng.choice(SPANISH_LAST)} {rng.choice(SPANISH_LAST)}" if rng.random() < 0.7 else invented(rng)
        if rng.random() < 0.1:
            last = rng.choice(PARTICLE_LAST)
        first = rng.choice(SPANISH_FIRST) + (f" {rng.choice(SPANISH_FIRST)}" if rng.random() < 0.3 else "")
        return first, last, "spanish"
    if roll < 0.47:
        return rng.choice(ARMENIAN_FIRST), rng.choice(ARMENIAN_ROOT) + rng.choice(["yan", "ian"]), "armenian"
    if roll < 0.59:
        first = f"{rng.choice(VIET_MIDDLE)} {rng.choice(VIET_FIRST)}" if rng.random() < 0.5 else rng.choice(VIET_FIRST)
        return first, rng.choice(VIET_LAST), "vietnamese"
    if roll < 0.69:
        return rng.choice(ARABIC_FIRST), rng.choice(ARABIC_LAST), "arabic"
    if roll < 0.74:
        return rng.choice(FARSI_FIRST), rng.choice(FARSI_LAST), "farsi"
    if roll < 0.80:
        return (*rng.choice(EAST_ASIAN), "east_asian")
    if roll < 0.85:
        return rng.choice(TAGALOG_FIRST), rng.choice(TAGALOG_LAST), "tagalog"
    if roll < 0.88:
        return (*rng.choice(RUSSIAN), "russian")
    if roll < 0.95:
        return rng.choice(ENGLISH_FIRST), rng.choice(ENGLISH_LAST), "english"
    return invented(rng), invented(rng), "invented"


def fill(station: Station, people: int, rng: random.Random) -> list[Made]:
    made: list[Made] = []
    persons: list[tuple[object, ...]] = []
    members: list[tuple[object, ...]] = []
    site, station_id = station.config.site.code, station.config.station.id
    at = "2026-01-05 18:00:00.000000"
    for n in range(people):
        first, last, culture = make_name(rng)
        born = date(1935 + rng.randrange(88), 1 + rng.randrange(12), 1 + rng.randrange(28))
        phone = f"{rng.choice(['213', '323', '310', '626', '818'])}555{rng.randrange(10_000):04d}"
        phone_or_none = phone if rng.random() < 0.8 else None
        member = f"LC{20_000_000 + n:08d}" if rng.random() < 0.5 else None
        cin = f"{90_000_000 + n:08d}{rng.choice('ABCDEFGH')}" if rng.random() < 0.1 else None
        pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        made.append(Made(pid, first, last, born, phone_or_none, member, culture))
        persons.append((pid, first, last, born.isoformat(), phone_or_none, "en", cin, "complete", at, "2026-01-05"))
        if member:
            members.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), pid, member, at))
    con = open_connection(station.paths.database)
    con.execute("PRAGMA synchronous=OFF")
    con.executemany(
        "INSERT INTO person (id, first_name, last_name, birth_date, phone, preferred_language, medi_cal_cin, "
        f"profile, created_at, local_date, site_code, station_id, staff_id) VALUES (?,?,?,?,?,?,?,?,?,?,'{site}',"
        f"'{station_id}',NULL)",
        persons,
    )
    con.executemany(
        "INSERT INTO plan_membership (id, person_id, plan_code, member_id, consent, created_at, local_date, "
        f"site_code, station_id, staff_id) VALUES (?,?,'lacare',?,'yes',?,'2026-01-05','{site}','{station_id}',NULL)",
        members,
    )
    con.commit()
    con.close()
    return made


def strip_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


QueryMaker = Callable[[Made, random.Random], str | None]
KINDS: dict[str, QueryMaker] = {
    "one_surname": lambda p, r: p.last.split()[-1],
    "surnames_swapped": lambda p, r: " ".join(reversed(p.last.split())) if " " in p.last else None,
    "first_and_surname_prefix": lambda p, r: f"{p.first.split()[0]} {p.last.split()[0][:4]}",
    "prefix_2_to_4": lambda p, r: p.last.replace("-", " ").split()[0][: r.randint(2, 4)],
    "no_accents_lower": lambda p, r: strip_accents(f"{p.first} {p.last}").lower(),
    "transliteration": lambda p, r: f"{p.first} {p.last.replace('yan', 'ian')}" if p.last.endswith("yan") else None,
    "particles_joined": lambda p, r: p.last.replace(" ", "").lower() if " " in p.last else None,
    "phone": lambda p, r: f"({p.phone[:3]}) {p.phone[3:6]}-{p.phone[6:]}" if p.phone else None,
    "phone_last_4": lambda p, r: p.phone[-4:] if p.phone else None,
    "birth_date": lambda p, r: r.choice(
        [f"{p.born.month}/{p.born.day}/{p.born.year}", p.born.isoformat(), p.born.strftime("%m%d%Y")]
    ),
    "name_and_birth_date": lambda p, r: f"{p.last.split()[0]} {p.born.month}/{p.born.day}/{p.born.year}",
    "member_id": lambda p, r: p.member_id[: r.choice([9, 10])] if p.member_id else None,
}


def make_queries(made: Sequence[Made], count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, query, person id), round robin over the kinds."""
    out: list[tuple[str, str, str]] = []
    kinds = list(KINDS.items())
    while len(out) < count:
        kind, maker = kinds[len(out) % len(kinds)]
        for _ in range(50):
            person = rng.choice(made)
            q = maker(person, rng)
            if q:
                out.append((kind, q, person.id))
                break
        else:
            out.append((kind, "garcia", made[0].id))
    return out


def run(people: int, queries: int, where: Path | None, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    tmp = Path(tempfile.mkdtemp(prefix="crc-search-", dir=where))
    os.environ["CRC_KIOSK_KEY_DIR"] = str(tmp / "keys")  # never this machine's own key store
    try:
        data = tmp / "station"
        data.mkdir()
        shutil.copyfile(demo_config_file(), data / "station.toml")
        paths = StationPaths.resolve(data)
        station = open_station(paths, ManualClock(NOW))
        try:
            t0 = time.perf_counter()
            made = fill(station, people, rng)
            log(f"{people} people written in {time.perf_counter() - t0:.1f} s")
            t0 = time.perf_counter()
            with station.store.write() as session:
                rows = index.rebuild(session.connection())
            build_s = time.perf_counter() - t0
            log(f"index: {rows} tokens in {build_s:.1f} s")
            station.store.checkpoint()
            with station.store.read() as session:
                conn = session.connection()
                conn.exec_driver_sql("ANALYZE")
            mix = make_queries(made, queries, rng)
            raw = open_connection(paths.database)
            for _, q, _ in mix[:20]:  # warm both paths' caches alike
                search.search_people(station, q)
                raw.execute(LIKE, (f"%{q}%", f"%{q}%")).fetchall()
            ours: list[int] = []
            like: list[int] = []
            by_kind: dict[str, list[int]] = {}
            found = like_found = 0
            found_by_kind: dict[str, int] = {}
            # Full-name queries of a name at most 25 people share: these must all find their person.
            namesakes = Counter(fold(plain(p.first + p.last)) for p in made)
            person_of = {p.id: p for p in made}
            unambiguous = [0, 0]
            for kind, q, pid in mix:  # alternate, so both see the same machine load
                t = time.perf_counter_ns()
                hits = search.search_people(station, q)
                ours.append(time.perf_counter_ns() - t)
                by_kind.setdefault(kind, []).append(ours[-1])
                hit = pid in {h.person_id for h in hits}
                found += hit
                found_by_kind[kind] = found_by_kind.get(kind, 0) + hit
                target = person_of[pid]
                if kind in FULL_NAME_KINDS and namesakes[fold(plain(target.first + target.last))] <= 25:
                    unambiguous[0] += hit
                    unambiguous[1] += 1
                t = time.perf_counter_ns()
                rows_like = raw.execute(LIKE, (f"%{q}%", f"%{q}%")).fetchall()
                like.append(time.perf_counter_ns() - t)
                like_found += pid in {r[0] for r in rows_like}
            raw.close()
            try:  # the index's size on disk: SQLCipher's build may lack the dbstat table
                with station.store.read() as session:
                    pages = (
                        session.connection()
                        .exec_driver_sql("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%person_search%'")
                        .scalar()
                    )
            except StoreError:
                pages = None
        finally:
            station.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    p = percentiles(ours)
    return {
        "benchmark": "search",
        "people": people,
        "queries": len(mix),
        "search_ms": p,
        "like_baseline_ms": percentiles(like),
        "found": round(found / len(mix), 3),
        "like_found": round(like_found / len(mix), 3),
        "p95_ms_by_kind": {k: percentiles(v)["p95"] for k, v in by_kind.items()},
        # Common names have more than 25 holders: "found" counts only the person the query was made from.
        "found_by_kind": {k: round(found_by_kind.get(k, 0) / len(v), 2) for k, v in by_kind.items()},
        "found_full_name_at_most_25_namesakes": {
            "queries": unambiguous[1],
            "found": round(unambiguous[0] / unambiguous[1], 3) if unambiguous[1] else None,
        },
        "goal": {
            "p95_ms": GOAL_P95_MS,
            "people": 100_000,
            "met": p["p95"] < GOAL_P95_MS if people >= 100_000 else None,
        },
        "index_tokens": rows,
        "index_mb": None if pages is None else round(pages / 1e6, 1),
        "index_build_s": round(build_s, 2),
        "cpus": os.cpu_count(),
        "load_avg_1m_at_end": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


FULL_NAME_KINDS = ("no_accents_lower", "transliteration")
LIKE = "SELECT id FROM person WHERE first_name LIKE ? OR last_name LIKE ? LIMIT 25"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="10k people, 200 queries (a smoke check)")
    parser.add_argument("--people", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temp station (default: system temp)")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    people, queries = (10_000, 200) if args.quick else (100_000, 600)
    print(json.dumps(run(args.people or people, queries, args.dir, args.seed)), flush=True)


if __name__ == "__main__":
    main()
