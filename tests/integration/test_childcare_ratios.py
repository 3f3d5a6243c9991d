"""Random sequences of signups, check-ins, check-outs and staff moving in and out of rooms: no room ever holds
more children than its capacity, or more than its signed-in staff may look after per age band. And the core
refuses only what would break a limit: a check-in that fits always goes through."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from kiosk import childcare, services, staff
from kiosk.clock import ManualClock
from kiosk.domain.childcare import ChildCareError, ChildSpec, RatioExceeded, RoomFull
from kiosk.domain.people import Registration
from kiosk.errors import InvalidInput
from kiosk.paths import StationPaths, demo_config_file
from kiosk.station import Station, open_station

# Small rooms and tight ratios so the limits bite within a few steps.
CHILD_CARE = """
[child_care]
max_stay_minutes = 120

[[child_care.rooms]]
code = "SMALL"
name = "Small room"
capacity = 5
bands = [{ code = "baby", from_months = 0, to_months = 24, ratio = 2 },
         { code = "big", from_months = 24, to_months = 156, ratio = 3 }]

[[child_care.rooms]]
code = "LARGE"
name = "Large room"
capacity = 7
bands = [{ code = "big", from_months = 36, to_months = 156, ratio = 4 }]
"""
RATIOS = {"SMALL": {"baby": 2, "big": 3}, "LARGE": {"big": 4}}
CAPACITY = {"SMALL": 5, "LARGE": 7}
BIRTHS = {"baby": date(2025, 6, 1), "toddler": date(2024, 1, 1), "big": date(2020, 1, 1)}
PINS = ("4826", "5937", "6048")


def _site_config() -> str:
    text = demo_config_file().read_text(encoding="utf-8")
    return text[: text.index("[child_care]")] + CHILD_CARE


class ChildCareRooms(RuleBasedStateMachine):
    signups = Bundle("signups")

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="cc-ratios-"))
        (self.tmp / "station.toml").write_text(_site_config(), encoding="utf-8")
        self.station: Station = open_station(
            StationPaths.resolve(self.tmp), ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
        )
        self.guardian = services.register(self.station, Registration("Rosa", "Ortega", date(1988, 2, 3))).person_id
        self.nutrition = next(c["id"] for c in services.todays_classes(self.station) if c["code"] == "NUTRITION")
        self.staff = [
            staff.add_staff(self.station, f"Carer {n} Demo", "child_care", pin).id for n, pin in enumerate(PINS)
        ]
        self.kids = 0
        self.checked_in = 0

    def teardown(self) -> None:
        self.station.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- what is in the rooms, read independently of the code under test -------------------

    def _room(self, room: str) -> tuple[list[tuple[str, str]], int]:
        roster = childcare.room_roster(self.station, room)
        return [(c.band_code, c.state) for c in roster.children], len(roster.staff)

    @staticmethod
    def _needed(room: str, bands: list[str]) -> Fraction:
        return sum((Fraction(1, RATIOS[room][b]) for b in bands), Fraction(0))

    # --- rules -------------------------------------------------------------------------------

    @rule(target=signups, ages=st.lists(st.sampled_from(sorted(BIRTHS)), min_size=1, max_size=3))
    def sign_up(self, ages: list[str]) -> list[str]:
        specs = []
        for age in ages:
            self.kids += 1
            specs.append(ChildSpec(f"Kid{self.kids}", "Demo", BIRTHS[age]))
        try:
            done = childcare.sign_up_children(self.station, self.guardian, self.nutrition, specs)
        except (RoomFull, RatioExceeded):
            return []
        return [s.signup_id for s in done]

    @rule(signup=signups)
    def check_in(self, signup: list[str]) -> None:
        if not signup:
            return
        found = self._find(signup[0])
        if found is None:  # picked up already
            return
        room, band, state = found
        children, crew = self._room(room)
        present = [b for b, st_ in children if st_ == "in"]
        try:
            childcare.check_in_child(self.station, signup_id=signup[0], staff_id=self.staff[0])
        except (RoomFull, RatioExceeded):
            fits = len(present) + 1 <= CAPACITY[room] and self._needed(room, [*present, band]) <= crew
            assert state == "expected" and not fits, "a check-in that fits was refused"
            return
        except InvalidInput:
            assert state == "in"
            return
        assert state == "expected"
        self.checked_in += 1

    @rule(signup=consumes(signups))
    def check_out(self, signup: list[str]) -> None:
        if not signup:
            return
        with contextlib.suppress(ChildCareError):  # nobody of that code in the room yet
            childcare.check_out_child(self.station, self._code(signup[0]), self.staff[0], pickup_by="Rosa Ortega")

    @rule(member=st.integers(0, len(PINS) - 1), room=st.sampled_from(sorted(CAPACITY)))
    def staff_in(self, member: int, room: str) -> None:
        with contextlib.suppress(RatioExceeded):  # leaving the room they were in would leave it short
            staff.sign_in_to_room(self.station, self.staff[member], room)

    @rule(member=st.integers(0, len(PINS) - 1))
    def staff_out(self, member: int) -> None:
        before = {room: self._room(room) for room in CAPACITY}
        try:
            staff.sign_out_of_room(self.station, self.staff[member])
        except RatioExceeded:
            # Refused only where the children in the room need every one of its staff.
            assert any(
                self._needed(room, [b for b, state in kids if state == "in"]) > crew - 1
                for room, (kids, crew) in before.items()
            ), "a staff member was kept in a room that did not need them"

    def _find(self, signup_id: str) -> tuple[str, str, str] | None:
        """(room, band, state) of a signup not picked up yet."""
        for room in CAPACITY:
            for c in childcare.room_roster(self.station, room).children:
                if c.signup_id == signup_id:
                    return room, c.band_code, c.state
        return None

    def _code(self, signup_id: str) -> str:
        for room in CAPACITY:
            for c in childcare.room_roster(self.station, room).children:
                if c.signup_id == signup_id:
                    return c.pickup_code
        return "CCCC"  # picked up already: a code that matches nobody in a room

    # --- the limits --------------------------------------------------------------------------

    @invariant()
    def no_room_over_its_limits(self) -> None:
        for room in CAPACITY:
            children, crew = self._room(room)
            present = [b for b, state in children if state == "in"]
            assert len(children) <= CAPACITY[room]  # signed up for the (overlapping) class, or in the room
            assert len(present) <= CAPACITY[room]
            assert self._needed(room, present) <= crew, f"{room}: {present} with {crew} staff"


ChildCareRooms.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestChildCareRooms = ChildCareRooms.TestCase
