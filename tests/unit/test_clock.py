from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.clock import ManualClock, local_date

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (datetime(2026, 11, 24, 7, 59, tzinfo=UTC), date(2026, 11, 23)),  # 23:59 PST
        (datetime(2026, 11, 24, 8, 0, tzinfo=UTC), date(2026, 11, 24)),  # 00:00 PST
        (datetime(2026, 7, 1, 6, 59, tzinfo=UTC), date(2026, 6, 30)),  # 23:59 PDT
        (datetime(2026, 7, 1, 7, 0, tzinfo=UTC), date(2026, 7, 1)),  # 00:00 PDT
        # DST starts 2026-03-08 at 02:00 local, ends 2026-11-01 at 02:00 local.
        (datetime(2026, 3, 8, 9, 59, tzinfo=UTC), date(2026, 3, 8)),
        (datetime(2026, 11, 1, 8, 30, tzinfo=UTC), date(2026, 11, 1)),  # 01:30 PST, the second one
        (datetime(2026, 11, 1, 7, 59, tzinfo=UTC), date(2026, 11, 1)),  # 00:59 PDT
        (datetime(2026, 11, 2, 7, 59, tzinfo=UTC), date(2026, 11, 1)),  # 23:59 PST
    ],
)
def test_local_date_follows_los_angeles_across_midnight_and_dst(instant: datetime, expected: date) -> None:
    assert local_date(instant, LA) == expected


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError):
        local_date(datetime(2026, 1, 1, 12, 0), LA)
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 1, 1))


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))
    assert clock.now() == clock.now()
    clock.advance(timedelta(minutes=5))
    assert clock.now() == datetime(2026, 1, 1, 12, 5, tzinfo=UTC)
