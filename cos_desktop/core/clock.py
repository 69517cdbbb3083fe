"""Clocks for the live session: a real one for the room, a fake one for tests and benchmarks.

A clock gives two readings at once:
- `monotonic_ns`: never goes backwards and keeps counting while the laptop sleeps
  (CLOCK_BOOTTIME on Linux, CLOCK_MONOTONIC on macOS, the performance counter on Windows).
  It is only comparable within one running copy of the app.
- `wall`: the calendar time in UTC (naive, like every timestamp in the database). It is used to
  bridge the gap when the app was closed or crashed, and to show times of day.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Stamp:
    """One reading of a clock: both times taken together."""

    wall: dt.datetime  # UTC, naive
    monotonic_ns: int


class Clock(Protocol):
    def now(self) -> Stamp: ...


def _monotonic_source():
    """The best monotonic clock that also counts sleep on this platform."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        clock_id = time.CLOCK_BOOTTIME
        return lambda: time.clock_gettime_ns(clock_id)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        # On macOS CLOCK_MONOTONIC keeps counting while the machine sleeps.
        clock_id = time.CLOCK_MONOTONIC
        return lambda: time.clock_gettime_ns(clock_id)
    return time.monotonic_ns  # Windows: QueryPerformanceCounter, which counts sleep


class RealClock:
    """The computer's clocks."""

    def __init__(self) -> None:
        self._monotonic = _monotonic_source()

    def now(self) -> Stamp:
        return Stamp(wall=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), monotonic_ns=self._monotonic())


class FakeClock:
    """A clock that moves only when told to: a two-hour session runs in milliseconds."""

    def __init__(self, wall: dt.datetime | None = None, monotonic_ns: int = 1_000_000_000_000) -> None:
        self.wall = wall or dt.datetime(2026, 3, 5, 18, 30)
        self.monotonic_ns = monotonic_ns

    def now(self) -> Stamp:
        return Stamp(self.wall, self.monotonic_ns)

    def advance(self, seconds: float = 0, *, ns: int = 0) -> None:
        """Time passes (also used for a laptop asleep: both clocks move)."""
        step = ns + round(seconds * 1_000_000_000)
        self.monotonic_ns += step
        self.wall += dt.timedelta(microseconds=step // 1000)

    def restart_process(self, monotonic_ns: int = 5_000_000_000) -> None:
        """The app starts again (after a crash or a reboot): the monotonic clock has a new origin."""
        self.monotonic_ns = monotonic_ns


def local_time(wall_utc: dt.datetime) -> dt.datetime:
    """A UTC timestamp from the database as the facilitator's local time (naive)."""
    return wall_utc.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def utc_from_local(local: dt.datetime) -> dt.datetime:
    """A naive local time as naive UTC."""
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)
