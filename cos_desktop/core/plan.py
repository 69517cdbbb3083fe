"""Plan arithmetic: start times of segments, totals, and the weekly schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from cos_desktop.core.translation import translate

CHAPTER_COUNT = 8


def whole_minutes(seconds: int | float) -> int:
    """Minutes rounded half up (14 min 30 s is 15): the one rounding rule of the app and every PDF."""
    return int((int(round(seconds)) + 30) // 60)


def start_offsets(durations_seconds: Iterable[int]) -> list[int]:
    """Seconds from the session start at which each segment begins."""
    offsets, total = [], 0
    for seconds in durations_seconds:
        offsets.append(total)
        total += seconds
    return offsets


def format_clock(start: dt.time | None, offset_seconds: int) -> str:
    """'18:40' from a start time, or '0:10' counted from zero with no start time."""
    if start is None:
        minutes = offset_seconds // 60
        return f"{minutes // 60}:{minutes % 60:02d}"
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(seconds=offset_seconds)
    return moment.strftime("%H:%M")


def format_duration(seconds: int) -> str:
    """'12:05' (minutes:seconds) for a duration; '1:02:05' past an hour."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def length_difference_text(total_seconds: int, target_minutes: int) -> str:
    """'5 min over', '3 min under' or 'on time' against a target length."""
    difference = whole_minutes(total_seconds) - target_minutes
    over, under = difference, -difference
    if difference > 0:
        return translate("Plan", "%n min over", "", over)
    if difference < 0:
        return translate("Plan", "%n min under", "", under)
    return translate("Plan", "on time")


def weekly_dates(first: dt.date, count: int = CHAPTER_COUNT) -> list[dt.date]:
    return [first + dt.timedelta(weeks=i) for i in range(count)]


def shift_from(dates: Sequence[dt.date], index: int, new_date: dt.date, shift_later: bool) -> list[dt.date]:
    """Move one session's date; with shift_later, every later session moves by the same amount."""
    moved = list(dates)
    delta = new_date - moved[index]
    moved[index] = new_date
    if shift_later:
        for i in range(index + 1, len(moved)):
            moved[i] = moved[i] + delta
    return moved


def next_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
