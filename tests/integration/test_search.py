"""People search and the duplicate warning, against a real station database (invented people only)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk import merge, search, services
from kiosk.clock import ManualClock
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning import classify
from kiosk.station import Station

PEOPLE = {
    "maria": Registration(
        "María Guadalupe",
        "García López",
        date(1985, 3, 14),
        phone="(213) 555-0101",
        preferred_language="es",
        memberships=(MembershipInput("lacare", "LC10000001", "yes"),),
    ),
    "gabriel": Registration("Gabriel", "García", date(1990, 6, 1), preferred_language="es"),
    "lopez": Registration("Rosa", "López Ortega", date(1972, 1, 20), preferred_language="es"),
    "jose": Registration("José", "de la Cruz", date(2001, 5, 21), preferred_language="es", medi_cal_cin="90000005A"),
    "lan": Registration("Lan", "Nguyễn", date(1958, 1, 9), phone="323-555-0107", preferred_language="vi"),
    "anahit": Registration("Anahit", "Petrosyan", date(1979, 11, 2), preferred_language="hy"),
    "sam": Registration("Samir", "Abdel-Rahman", date(1992, 7, 30), preferred_language="ar"),
    "ann": Registration("Ann", "O'Brien", date(1966, 2, 2)),
}


@pytest.fixture
def ids(station: Station) -> dict[str, str]:
    return {key: services.register(station, form).person_id for key, form in PEOPLE.items()}


def found(station: Station, query: str) -> list[str]:
    return [h.person_id for h in search.search_people(station, query)]


def names(station: Station, ids: dict[str, str], query: str) -> set[str]:
    by_id = {v: k for k, v in ids.items()}
    return {by_id[pid] for pid in found(station, query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("García López", {"maria"}),
        ("Lopez Garcia", {"maria"}),
        ("garcia lopez maria", {"maria"}),
        ("garcia", {"maria", "gabriel"}),
        ("GARC", {"maria", "gabriel"}),
        ("lopez", {"maria", "lopez"}),
        ("garcía-lópez", {"maria"}),
        ("garcialopez", {"maria"}),
        ("maria guadalupe", {"maria"}),
        ("guada garc", {"maria"}),
        ("cruz", {"jose"}),
        ("de la cruz", {"jose"}),
        ("delacruz", {"jose"}),
        ("DE LA CRUZ JOSE", {"jose"}),
        ("nguyen", {"lan"}),
        ("Nguyễn lan", {"lan"}),
        ("nguy", {"lan"}),
        ("petrosian", {"anahit"}),
        ("Петросян", {"anahit"}),
        ("abdel rahman", {"sam"}),
        ("abdelrahman", {"sam"}),
        ("rahman", {"sam"}),
        ("obrien", {"ann"}),
        ("o'brien", {"ann"}),
    ],
)
def test_names_are_found_however_they_are_typed(
    station: Station, ids: dict[str, str], query: str, expected: set[str]
) -> None:
    assert names(station, ids, query) == expected


@pytest.mark.parametrize("query", ["3/14/1985", "03/14/1985", "1985-03-14", "03141985", "3-14-85"])
def test_a_date_of_birth_in_any_usual_form(station: Station, ids: dict[str, str], query: str) -> None:
    assert found(station, query) == [ids["maria"]]


@pytest.mark.parametrize("query", ["2135550101", "(213) 555-0101", "213-555-0101", "+1 213 555 0101", "5550101"])
def test_a_phone_number_whole_or_its_end(station: Station, ids: dict[str, str], query: str) -> None:
    assert found(station, query) == [ids["maria"]]


def test_a_phone_number_is_found_by_its_last_four_digits_or_as_its_local_part_is_typed(
    station: Station, ids: dict[str, str]
) -> None:
    assert found(station, "0107") == [ids["lan"]]
    assert set(found(station, "555-01")) == {ids["maria"], ids["lan"]}
    assert found(station, "555-0107") == [ids["lan"]]
    assert found(station, "213-555") == [ids["maria"]]


@pytest.mark.parametrize("query", ["LC10000001", "lc1000000", "LC 1000 0001"])
def test_a_member_id_whole_or_started(station: Station, ids: dict[str, str], query: str) -> None:
    assert found(station, query.replace(" ", "")) == [ids["maria"]]


def test_a_cin_finds_its_person(station: Station, ids: dict[str, str]) -> None:
    assert found(station, "90000005a") == [ids["jose"]]
    assert found(station, "9000000") == [ids["jose"]]


def test_name_and_date_of_birth_together_narrow_the_result(station: Station, ids: dict[str, str]) -> None:
    assert found(station, "garcia 6/1/1990") == [ids["gabriel"]]
    assert found(station, "garcia 1/1/1990") == []


def test_a_whole_word_ranks_before_a_prefix_and_hits_carry_what_the_desk_shows(
    station: Station, ids: dict[str, str], clock: ManualClock
) -> None:
    services.register(station, Registration("Ana", "Garcilaso", date(1999, 9, 9)))
    services.check_in(station, scan=classify("LC10000001", station.config), services=["screening"])
    hits = search.search_people(station, "garci")
    assert len(hits) == 3 and all(0 < h.score < 1 for h in hits)
    exact = search.search_people(station, "garcia")
    assert exact[0].score == 1.0
    maria = next(h for h in exact if h.person_id == ids["maria"])
    assert maria.first_name == "María Guadalupe" and maria.last_name == "García López"
    assert maria.birth_date == date(1985, 3, 14) and maria.phone == "2135550101"
    assert maria.member_ids == (("lacare", "LC10000001"),)
    assert maria.last_visit_on == date(2026, 11, 23)
    assert exact[0].person_id == ids["maria"]  # the recent visitor first among equals
    assert search.search_people(station, "garcia", limit=1) == [exact[0]]


@pytest.mark.parametrize("query", ["", "   ", "--", "12", "zzz", "x" * 500, "'; DROP TABLE person; --", "%", "_"])
def test_queries_that_match_nothing_give_nothing(station: Station, ids: dict[str, str], query: str) -> None:
    assert search.search_people(station, query) == []


def test_people_first_seen_by_a_scan_are_found_by_their_member_id(station: Station) -> None:
    result = services.check_in(station, scan=classify("BSP299999999", station.config), services=["visiting"])
    assert found(station, "bsp2999") == [result.person_id]


def test_merged_people_give_way_to_the_person_they_were_merged_into(
    station: Station, ids: dict[str, str], clock: ManualClock
) -> None:
    dup = services.register(station, Registration("Lan", "Nguyen", date(1958, 1, 9), phone="3235550999")).person_id
    assert set(found(station, "nguyen")) == {ids["lan"], dup}
    record = merge.merge_people(station, ids["lan"], dup, staff_id="s1", reason="registered twice")
    assert found(station, "nguyen") == [ids["lan"]]
    assert found(station, "3235550999") == [ids["lan"]]  # the merged person's phone finds the kept one
    merge.undo_merge(station, record, staff_id="s1", reason="two people after all")
    assert set(found(station, "nguyen")) == {ids["lan"], dup}


def test_the_merged_person_s_ids_and_visits_show_on_the_kept_one(station: Station, clock: ManualClock) -> None:
    walk_in = services.register(station, Registration("Rosa", "Ortega", date(1980, 2, 3))).person_id
    scanned = services.check_in(station, scan=classify("LC10000009", station.config), services=["visiting"])
    merge.merge_people(station, walk_in, scanned.person_id, staff_id="s1", reason="same visitor")
    (hit,) = search.search_people(station, "LC10000009")
    assert hit.person_id == walk_in and hit.member_ids == (("lacare", "LC10000009"),)
    assert hit.last_visit_on == date(2026, 11, 23)


# --- the duplicate warning -------------------------------------------------------


def similar(station: Station, ids: dict[str, str], *args: object) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[h.person_id] for h in search.similar_people(station, *args)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "last", "born", "phone", "expected"),
    [
        ("Maria", "Garcia", date(1985, 3, 14), None, ["maria"]),  # one surname, no accents
        ("María", "López García", date(1985, 3, 14), None, ["maria"]),  # surnames swapped
        ("Marya", "Garsia", date(1985, 3, 14), None, ["maria"]),  # misspelt, same birthday
        ("M", "Somebody", date(1985, 3, 14), "213 555 0101", ["maria"]),  # same birthday and phone
        ("M", "Somebody", date(1985, 3, 14), "+1 (213) 555-0101", ["maria"]),
        ("Maria", "Garcia", date(1990, 1, 1), "2135550101", ["maria"]),  # same phone, like name, birthday wrong
        ("Pedro", "Somebody", date(1990, 1, 1), "2135550101", []),  # a shared phone alone is a household
        ("Maria", "Garcia Lopez", date(1985, 3, 15), None, ["maria"]),  # a day off
        ("Maria", "Garcia Lopez", date(1985, 3, 14) + timedelta(days=400), None, []),  # another Maria
        ("Lan", "Nguyen", None, None, ["lan"]),
        ("Jose", "Cruz", date(2001, 5, 21), None, ["jose"]),
        ("Pedro", "Garcia", date(1970, 1, 1), None, []),
        ("Anahit", "Petrosian", date(1979, 2, 11), None, ["anahit"]),  # day and month swapped
    ],
)
def test_similar_people_warn_before_a_duplicate_is_saved(
    station: Station,
    ids: dict[str, str],
    first: str,
    last: str,
    born: date | None,
    phone: str | None,
    expected: list[str],
) -> None:
    assert similar(station, ids, first, last, born, phone) == expected


def test_the_duplicate_warning_leaves_out_merged_people(station: Station, ids: dict[str, str]) -> None:
    dup = services.register(station, Registration("Gabriel", "Garcia", date(1990, 6, 1))).person_id
    assert {h.person_id for h in search.similar_people(station, "Gabriel", "García", date(1990, 6, 1), None)} == {
        ids["gabriel"],
        dup,
    }
    merge.merge_people(station, ids["gabriel"], dup, staff_id="s1", reason="registered twice")
    hits = search.similar_people(station, "Gabriel", "García", date(1990, 6, 1), None)
    assert [h.person_id for h in hits] == [ids["gabriel"]]


def test_the_index_follows_a_person_changed_later_in_the_same_transaction(station: Station) -> None:
    from kiosk.store.models import Person, PlanMembership

    scanned = services.check_in(station, scan=classify("LC10000042", station.config), services=["visiting"])
    assert found(station, "Ortega") == []
    with station.store.write() as session:  # staff complete a profile known only by its card
        person = session.get(Person, scanned.person_id)
        assert person is not None
        person.first_name, person.last_name, person.profile = "Rosa", "Ortega Ruiz", "complete"
        session.add(
            PlanMembership(
                id="m-bsp-1",
                created_at=person.created_at,
                local_date=person.local_date,
                site_code=person.site_code,
                station_id=person.station_id,
                staff_id=None,
                person_id=person.id,
                plan_code="bscpromise",
                member_id="BSP200000042",
                consent="yes",
            )
        )
    assert found(station, "ortega") == [scanned.person_id]
    assert found(station, "bsp20000004") == [scanned.person_id]
    assert found(station, "LC10000042") == [scanned.person_id]


def test_a_whole_date_of_birth_or_member_id_is_a_full_match(station: Station, ids: dict[str, str]) -> None:
    assert [h.score for h in search.search_people(station, "03141985")] == [1.0]
    assert [h.score for h in search.search_people(station, "nguyen 1/9/1958")] == [1.0]
    services.register(station, Registration("Vahe", "Hovannisian", date(1970, 4, 4)))
    (hit,) = search.search_people(station, "hovhannisyan")  # another spelling: found, ranked below a whole word
    assert hit.last_name == "Hovannisian" and hit.score == 0.9
