"""A scripted attacker at a station's sign-in, against kiosk.staff with a clock the test moves.

Lockouts grow (5, 10, 20, then 30 minutes for every further five wrong PINs), a right PIN is refused
while the station is locked, and walking the 4-digit PINs takes days, not minutes. The full walk
replaces argon2 with a cheap stand-in (10,000 real hashes would take minutes); the throttle under
test is the same code, and one test keeps the real hash to show the lockout holds with it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from collections.abc import Iterator
from datetime import timedelta

import pytest

from kiosk import staff
from kiosk.clock import ManualClock
from kiosk.paths import StationPaths
from kiosk.station import Station, open_station
from kiosk.store import audit

MINUTE = timedelta(minutes=1)


def valid_four_digit_pins() -> list[str]:
    pins = []
    for n in range(10_000):
        with contextlib.suppress(staff.PinRefused):
            pins.append(staff.check_pin_policy(f"{n:04d}"))
    return pins


def cheap_hash(secret: bytes, salt: bytes, time_cost: int, memory_cost: int, parallelism: int, hash_len: int,
               type: object) -> bytes:
    """The shape of an encoded argon2id hash, without its cost."""
    digest = hashlib.sha256(salt + secret).digest()[:hash_len]
    b64 = [base64.b64encode(v).decode("ascii").rstrip("=") for v in (salt, digest)]
    return f"$argon2id$v=19$m={memory_cost},t={time_cost},p={parallelism}${b64[0]}${b64[1]}".encode("ascii")


@pytest.fixture
def fast_station(paths: StationPaths, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Station]:
    monkeypatch.setattr(staff, "hash_secret", cheap_hash)
    st = open_station(paths, clock, synchronous="OFF")  # thousands of tries: no fsync per try
    yield st
    st.close()


class Attacker:
    """Tries PINs in order; when locked out, waits exactly until the lock ends (the best it can do)."""

    def __init__(self, station: Station, clock: ManualClock) -> None:
        self.station, self.clock = station, clock
        self.tries = 0
        self.lockouts: list[timedelta] = []

    def attempt(self, pin: str) -> staff.StaffMember | None:
        self.tries += 1
        try:
            return staff.verify_pin(self.station, pin)
        except staff.StaffLockedOut as locked:  # this wrong PIN was the one too many
            self.lockouts.append(locked.until - self.clock.now())
            self.clock.set(locked.until)
            return None


def test_lockouts_grow_5_10_20_then_30_minutes(fast_station: Station, clock: ManualClock) -> None:
    staff.add_staff(fast_station, "Alex Target", "front_desk", "8305")
    attacker = Attacker(fast_station, clock)
    for pin in ("1111", "1112", "1113", "1114", "1115") * 6:
        assert attacker.attempt(pin) is None
    assert attacker.lockouts == [5 * MINUTE, 10 * MINUTE, 20 * MINUTE, 30 * MINUTE, 30 * MINUTE, 30 * MINUTE]
    assert attacker.tries == 30
    assert attacker.attempt("8305") is not None  # the lock is over: the right PIN works, and resets the count
    for pin in ("1111", "1112", "1113", "1114", "1115"):
        attacker.attempt(pin)
    assert attacker.lockouts[-1] == 5 * MINUTE


def test_walking_every_four_digit_pin_takes_days(fast_station: Station, clock: ManualClock) -> None:
    pins = valid_four_digit_pins()
    assert 9_800 < len(pins) < 10_000  # the policy refuses only 1111-style, 1234-style and 1212-style PINs
    target = pins[len(pins) // 2]  # the middle of the attacker's order: an average victim
    staff.add_staff(fast_station, "Alex Target", "front_desk", target)
    start = clock.now()
    attacker = Attacker(fast_station, clock)
    found = next(m for pin in pins if (m := attacker.attempt(pin)) is not None)
    spent = clock.now() - start
    assert found.display_name == "Alex Target" and attacker.tries == len(pins) // 2 + 1
    # Five tries per 30 minutes once the lockouts are at their longest.
    assert spent > timedelta(days=20)
    assert abs(spent - (attacker.tries // staff.MAX_FAILURES) * 30 * MINUTE) < timedelta(hours=1)
    print(f"\nbrute force: {attacker.tries} tries, {len(attacker.lockouts)} lockouts, {spent} of waiting")

    # A site with 20 active staff: any of their PINs opens a session. The expected number of tries before
    # the first hit among N PINs with k of them in use is (N + 1) / (k + 1).
    tries_20 = (len(pins) + 1) / 21
    expected_20 = timedelta(minutes=30) * (tries_20 / staff.MAX_FAILURES)
    assert expected_20 > timedelta(days=1.9)


def test_the_right_pin_is_refused_during_a_lockout_with_the_real_hash(station: Station, clock: ManualClock) -> None:
    member = staff.add_staff(station, "Alex Target", "front_desk", "8305")
    for pin in ("1111", "1112", "1113", "1114"):
        assert staff.verify_pin(station, pin) is None
    with pytest.raises(staff.StaffLockedOut) as locked:
        staff.verify_pin(station, "1115")
    assert locked.value.until == clock.now() + 5 * MINUTE
    clock.advance(4 * MINUTE)
    with pytest.raises(staff.StaffLockedOut):
        staff.verify_pin(station, "8305")  # right PIN, refused unchecked
    clock.advance(MINUTE)
    signed_in = staff.verify_pin(station, "8305")
    assert signed_in is not None and signed_in.id == member.id
    with station.store.read() as s:
        assert audit.verify(s).ok


def test_a_restart_does_not_reset_the_count(paths: StationPaths, clock: ManualClock,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staff, "hash_secret", cheap_hash)
    first = open_station(paths, clock)
    staff.add_staff(first, "Alex Target", "front_desk", "8305")
    for pin in ("1111", "1112", "1113"):
        staff.verify_pin(first, pin)
    first.close()
    again = open_station(paths, clock)
    try:
        staff.verify_pin(again, "1114")
        with pytest.raises(staff.StaffLockedOut):
            staff.verify_pin(again, "1115")
    finally:
        again.close()
