"""Times in programme files: milliseconds in the app, `m:ss` text in the file, and files whose times are 1000x off.

Inside the app every clip bound and pause point is a whole number of milliseconds, named `_ms`.
A programme file writes them as `m:ss` (or `h:mm:ss`), with `.mmm` only when the time is not a
whole second, under the keys `clip_start`, `clip_end` and `at`; a plain number in a file is seconds
(YAML reads an unquoted 1:30 as the number 90). COS Desktop 1.0 wrote milliseconds where
seconds belong, so its files hold times 1000 times too large: `suspect_times` finds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DAY_MS = 24 * 3600 * 1000
# The keys of a file's times, and the names the app uses for them.
FILE_KEYS = {"clip_start": "clip_start_ms", "clip_end": "clip_end_ms", "at": "at_ms"}
_TEXT = re.compile(r"(\d{1,4})(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,3}))?")
HELP = "must be a time like 1:30 (minutes:seconds) or 1:02:30, or a number of seconds"


def ms_from_file(value: Any) -> int:
    """A time as a file holds it ('1:30', '1:02:03.250', or seconds as a number) in milliseconds."""
    if isinstance(value, bool):
        raise ValueError(HELP)
    if isinstance(value, int):
        seconds_ms = value * 1000
    elif isinstance(value, float) and value >= 0:
        seconds_ms = round(value * 1000)
    elif isinstance(value, str) and (match := _TEXT.fullmatch(value.strip())) and ":" in value:
        parts = [int(p) for p in match.groups()[:3] if p is not None]
        seconds = 0
        for part in parts:
            seconds = seconds * 60 + part
        if any(p >= 60 for p in parts[1:]):
            raise ValueError(HELP)
        fraction = match.group(4) or ""
        seconds_ms = seconds * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)
    else:
        raise ValueError(HELP)
    if seconds_ms < 0:
        raise ValueError(HELP)
    return seconds_ms


def ms_to_file(ms: int) -> str:
    """Milliseconds as a file writes them: m:ss or h:mm:ss, with .mmm only when needed; reads back the same."""
    seconds, millis = divmod(int(ms), 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{text}.{millis:03d}" if millis else text


def _videos(data: Any):
    """(where, video dict) for each video of plain file data, skipping anything malformed."""
    chapters = data.get("chapters") if isinstance(data, dict) else None
    for c, chapter in enumerate(chapters if isinstance(chapters, list) else []):
        segments = chapter.get("segments") if isinstance(chapter, dict) else None
        for s, segment in enumerate(segments if isinstance(segments, list) else []):
            video = segment.get("video") if isinstance(segment, dict) else None
            if isinstance(video, dict):
                yield f"chapter {c + 1}, segment {s + 1}", video


def times_from_file(data: Any) -> list[str]:
    """Turn a file's times into milliseconds in place (`clip_start` -> `clip_start_ms`, ...); returns problems."""
    problems: list[str] = []

    def convert(holder: dict, where: str) -> None:
        for file_key, ms_key in FILE_KEYS.items():
            if file_key in holder:
                value = holder.pop(file_key)
                try:
                    holder[ms_key] = ms_from_file(value)
                except ValueError as exc:
                    problems.append(f"{where}, {file_key}: {exc}")

    for where, video in _videos(data):
        convert(video, f"{where}, video")
        points = video.get("pause_points")
        for p, point in enumerate(points if isinstance(points, list) else []):
            if isinstance(point, dict):
                convert(point, f"{where}, video, pause point {p + 1}")
    return problems


def _to_file_keys(holder: dict) -> None:
    items = list(holder.items())
    holder.clear()
    file_keys = {ms_key: file_key for file_key, ms_key in FILE_KEYS.items()}
    for key, value in items:  # same order, file names and text
        holder[file_keys.get(key, key)] = ms_to_file(value) if key in file_keys else value


def times_to_file(video: dict) -> None:
    """The reverse of times_from_file for one dumped video (in place)."""
    _to_file_keys(video)
    for point in video.get("pause_points", []):
        _to_file_keys(point)


@dataclass(frozen=True)
class SuspectTime:
    """A time in a file that cannot be right, and what it was meant to be."""

    where: str
    written_ms: int
    corrected_ms: int


def suspect_times(data: Any, durations: dict[str, int] | None = None) -> list[SuspectTime]:
    """Times (already in ms) beyond 24 hours, or beyond their video's known length: COS Desktop 1.0's 1000x times.

    `durations` maps a video's file location (as the file names it) to its length in ms.
    When any time is suspect, every time of the file is offered corrected, as 1.0 wrote them all the same way.
    """
    durations = durations or {}
    found, everything = False, []
    for where, video in _videos(data):
        length = durations.get(str(video.get("location") or ""))
        times = [(f"{where}, {key.removesuffix('_ms')}", video.get(key)) for key in ("clip_start_ms", "clip_end_ms")]
        points = video.get("pause_points") if isinstance(video.get("pause_points"), list) else []
        times += [(f"{where}, pause point {i + 1}", p.get("at_ms")) for i, p in enumerate(points) if isinstance(p, dict)]
        for label, ms in times:
            if not isinstance(ms, int):
                continue
            everything.append(SuspectTime(label, ms, ms // 1000))
            if ms > DAY_MS or (length is not None and ms > length):
                found = True
    return everything if found else []


def correct_times(data: Any) -> None:
    """Divide every time by 1000 (in place): what a COS Desktop 1.0 file meant."""
    for _where, video in _videos(data):
        for key in ("clip_start_ms", "clip_end_ms"):
            if isinstance(video.get(key), int):
                video[key] //= 1000
        for point in video.get("pause_points") or []:
            if isinstance(point, dict) and isinstance(point.get("at_ms"), int):
                point["at_ms"] //= 1000
