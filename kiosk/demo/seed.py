"""The demo site: synthetic people, today's classes and a few visits.

Everyone here is invented. Member IDs follow the demo plans' invented formats.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk import services, staff
from kiosk.clock import Clock, ManualClock, SystemClock
from kiosk.config import load_config
from kiosk.domain.people import MembershipInput, PersonSummary, Registration
from kiosk.errors import ConfigError
from kiosk.paths import StationPaths, demo_config_file, ensure_writable_dir
from kiosk.station import Station, open_station


@dataclass(frozen=True)
class DemoPerson:
    first: str
    last: str
    born: date
    language: str
    memberships: tuple[MembershipInput, ...] = ()
    cin: str | None = None
    phone: str | None = None


DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson(
        "María Guadalupe",
        "García López",
        date(1986, 3, 14),
        "es",
        (MembershipInput("lacare", "LC10000001", "yes"),),
        phone="(213) 555-0101",
    ),
    DemoPerson(
        "Anahit",
        "Petrosyan",
        date(1979, 11, 2),
        "hy",
        (MembershipInput("lacare", "LC10000002", "yes"), MembershipInput("bscpromise", "BSP200000002", "yes")),
    ),
    DemoPerson("Samir", "Haddad", date(1992, 7, 30), "ar", (MembershipInput("bscpromise", "BSP200000003", "yes"),)),
    DemoPerson("Lan", "Nguyễn", date(1958, 1, 9), "vi", (MembershipInput("lacare", "LC10000004", "no"),)),
    DemoPerson("José", "de la Cruz", date(2001, 5, 21), "es", cin="90000005A"),
    DemoPerson("Wei", "Chen", date(1970, 9, 17), "zh-Hans"),
    DemoPerson(
        "Sarah",
        "Johnson",
        date(1995, 12, 1),
        "en",
        (MembershipInput("lacare", "LC10000007", "yes"),),
        phone="323-555-0107",
    ),
    DemoPerson("Dariush", "Karimi", date(1964, 4, 4), "fa", (MembershipInput("bscpromise", "BSP200000008", "yes"),)),
)

# Visits already made today when the demo starts: (person index, minutes ago, services)
DEMO_VISITS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (5, 95, ("food-income",)),
    (7, 70, ("screening", "care-manager")),
    (3, 40, ("telehealth",)),
)


# One invented staff member per role. Demo-only PINs, listed in the README: never use them on a real station.
DEMO_STAFF: tuple[tuple[str, staff.StaffRole, str], ...] = (
    ("Alex Demo", staff.StaffRole.FRONT_DESK, "2468"),
    ("Casey Demo", staff.StaffRole.CHILD_CARE, "1357"),
    ("Morgan Demo", staff.StaffRole.SUPERVISOR, "8642"),
    ("Jordan Demo", staff.StaffRole.IT, "9753"),
)


# Children of demo parents (person index, first, last, born, flags, authorized pickups). Invented, like everyone here.
DEMO_CHILDREN: tuple[tuple[int, str, str, date, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    (0, "Sofía", "García López", date(2022, 4, 18), (("allergy", "peanuts (demo)"),), ("Carmen López",)),
    (0, "Mateo", "García López", date(2025, 2, 7), (), ("Carmen López",)),
    (6, "Ava", "Johnson", date(2021, 9, 30), (("medical", "asthma: inhaler in bag (demo)"),), ()),
)


def _seed_child_care(station: Station, people: list[PersonSummary]) -> None:
    from kiosk import childcare
    from kiosk.domain.childcare import ChildSpec

    carer = next(m for m in staff.list_staff(station) if m.role is staff.StaffRole.CHILD_CARE)
    for index, first, last, born, flags, authorized in DEMO_CHILDREN:
        child_id = childcare.add_child(station, people[index].person_id, ChildSpec(first, last, born))
        for kind, text in flags:
            childcare.add_flag(station, child_id, kind, text, staff_id=carer.id)
        for name in authorized:
            childcare.set_pickup_rule(station, child_id, name, "authorized", staff_id=carer.id)


def _staff_the_room(station: Station) -> None:
    """The demo's child-care staff member is in the first room today, so the kiosk can sign children up."""
    if station.config.child_care is None:
        return
    carer = next((m for m in staff.list_staff(station) if m.role is staff.StaffRole.CHILD_CARE), None)
    if carer is not None:
        staff.sign_in_to_room(station, carer.id, station.config.child_care.rooms[0].code)


# How long the demo's child care lasts when no class of today is still to come (within the maximum stay).
DEMO_CARE_WINDOW = timedelta(minutes=90)


def _sign_up_today(station: Station) -> None:
    """At a child-care station, today the first demo parent's two children are signed up together (one pickup
    code): the older one is in the room, the younger expected, so the station shows real rows. Once a day.
    Other modes leave the room empty (their demos and tests count its places themselves)."""
    from kiosk import childcare
    from kiosk.config import StationMode
    from kiosk.scanning import classify

    if station.config.child_care is None or station.config.station.mode is not StationMode.CHILD_CARE:
        return
    parent = services.lookup(station, classify(DEMO_PEOPLE[0].memberships[0].member_id, station.config))
    carer = next((m for m in staff.list_staff(station) if m.role is staff.StaffRole.CHILD_CARE), None)
    if parent is None or carer is None or childcare.signups_of_guardian(station, parent.person_id):
        return
    parent_id = parent.person_id
    children = [c.child_id for c in childcare.returning_children(station, parent_id)][:2]
    if not children:
        return
    now = station.clock.now()
    later = [c for c in services.todays_classes(station) if c["ends_at"] > now + timedelta(minutes=20)]
    if later:
        signed = childcare.sign_up_children(station, parent_id, str(later[0]["id"]), children)
    else:
        signed = childcare.sign_up_children(station, parent_id, None, children, window=(now, now + DEMO_CARE_WINDOW))
    childcare.check_in_child(station, signup_id=signed[0].signup_id, staff_id=carer.id)


def install_demo_config(paths: StationPaths) -> None:
    """Put the demo configuration in the data dir, never over a real station's."""
    ensure_writable_dir(paths.data_dir)
    demo = load_config(demo_config_file())
    if paths.config_file.exists():
        try:
            current = load_config(paths.config_file)
        except ConfigError:
            current = None
        if current is None or current.site.code != demo.site.code:
            raise ConfigError(
                f"{paths.data_dir} holds a real station's configuration; use another --data-dir for the demo"
            )
        return
    shutil.copyfile(demo_config_file(), paths.config_file)


def seed_demo(paths: StationPaths, clock: Clock | None = None) -> Station:
    """Seed the demo site into ``paths`` (idempotent) and return it open."""
    install_demo_config(paths)
    clock = clock or SystemClock()
    station = open_station(paths, clock)
    try:
        if not staff.list_staff(station, include_inactive=True):  # demo dirs made before staff accounts too
            for name, role, pin in DEMO_STAFF:
                staff.add_staff(station, name, role, pin)
        if services.lookup_any_person(station):
            services.todays_classes(station)  # a new day on an old demo dir: make today's classes
            _staff_the_room(station)
            _sign_up_today(station)
            return station
        now = clock.now()
        people = [
            services.register(
                station,
                Registration(
                    first_name=p.first,
                    last_name=p.last,
                    birth_date=p.born,
                    phone=p.phone,
                    preferred_language=p.language,
                    medi_cal_cin=p.cin,
                    memberships=p.memberships,
                ),
            )
            for p in DEMO_PEOPLE
        ]
        services.todays_classes(station)
        for index, minutes_ago, wanted in DEMO_VISITS:
            past = Station(paths, station.config, station.store, ManualClock(now - timedelta(minutes=minutes_ago)))
            services.check_in(past, person_id=people[index].person_id, services=wanted, identified_by="lookup")
        if station.config.child_care is not None:
            _seed_child_care(station, people)
            _staff_the_room(station)
            _sign_up_today(station)
    except BaseException:
        station.close()
        raise
    return station
