"""A chapter in parts: its segments split into 2 or more parts, each delivered as a session of its own.

Works on the plain snapshots of core.plan_edit. Each segment carries "part" (1, 2...); along a
chapter the parts never go down and none is empty, so part N is simply "the segments marked N".
A chapter that is not split has every segment in part 1.
"""

from __future__ import annotations

import copy
from typing import Any

Snapshot = dict[str, Any]
Chapter = dict[str, Any]

MAX_PARTS = 4


class EmptyPart(ValueError):
    """An edit would leave a part with no segments (str(error) says so in plain words)."""


def part_of(segment: dict[str, Any]) -> int:
    return int(segment.get("part") or 1)


def part_count(chapter: Chapter) -> int:
    return max((part_of(s) for s in chapter["segments"]), default=1)


def part_start_offsets(segments: list[tuple[int, int]]) -> list[int]:
    """Seconds from its session's start at which each (part, seconds) segment begins: each part
    is a session, so each part starts again at zero."""
    offsets, totals = [], {}
    for part, seconds in segments:
        offsets.append(totals.get(part, 0))
        totals[part] = totals.get(part, 0) + seconds
    return offsets


def part_seconds(chapter: Chapter, part: int) -> int:
    return sum(s["planned_seconds"] for s in chapter["segments"] if part_of(s) == part)


def starts_part(chapter: Chapter, row: int) -> bool:
    """Whether the segment at `row` is the first of a part after the first (where a join is offered)."""
    segments = chapter["segments"]
    return 0 < row < len(segments) and part_of(segments[row]) != part_of(segments[row - 1])


def can_split_at(chapter: Chapter, row: int) -> bool:
    """A new part may start at `row` only if both sides keep a segment: never at a part's first segment."""
    segments = chapter["segments"]
    return (0 < row < len(segments) and part_of(segments[row]) == part_of(segments[row - 1])
            and part_count(chapter) < MAX_PARTS)


def check_parts(chapter: Chapter, count: int | None = None) -> None:
    """Raise EmptyPart when a part has no segments (or the parts are out of order). With `count`,
    the chapter must still have that many parts (an edit never makes a part vanish on its own)."""
    from cos_desktop.core.translation import translate

    expected, missing = 0, None  # the first segment must be in part 1
    for part in (part_of(s) for s in chapter["segments"]):
        if part == expected + 1:
            expected = part
        elif part != expected:
            missing = expected + 1 if part > expected else expected
            break
    if missing is None and count is not None and expected < count:
        missing = expected + 1
    if missing is not None:
        raise EmptyPart(translate("Parts", "Part {part} of chapter {n} would have no segments. Every part needs "
                                           "at least one segment: join it to the part before instead.")
                        .format(part=missing, n=chapter.get("position", "")))


def split_at(snapshot: Snapshot, chapter: int, row: int) -> Snapshot:
    """The plan with a new part starting at segment `row` of the chapter (later parts move up one).

    Each part is a session, so the chapter's length becomes the length of each part."""
    from cos_desktop.core.translation import translate

    data = snapshot["chapters"][chapter]
    if not can_split_at(data, row):
        if part_count(data) >= MAX_PARTS and 0 < row < len(data["segments"]):
            raise ValueError(translate("Parts", "A chapter can have at most {n} parts.").format(n=MAX_PARTS))
        raise EmptyPart(translate("Parts", "A new part cannot start here: the part before it would have no "
                                           "segments. Choose a later segment."))
    after = copy.deepcopy(snapshot)
    target = after["chapters"][chapter]
    before_parts = part_count(target)
    for segment in target["segments"][row:]:
        segment["part"] = part_of(segment) + 1
    target["target_minutes"] = _per_part(target["target_minutes"], before_parts, before_parts + 1)
    return after


def join_at(snapshot: Snapshot, chapter: int, row: int) -> Snapshot:
    """The plan with the part starting at `row` joined to the part before it."""
    from cos_desktop.core.translation import translate

    data = snapshot["chapters"][chapter]
    if not starts_part(data, row):
        raise ValueError(translate("Parts", "This segment does not start a part, so there is nothing to join."))
    after = copy.deepcopy(snapshot)
    target = after["chapters"][chapter]
    before_parts = part_count(target)
    for segment in target["segments"][row:]:
        segment["part"] = part_of(segment) - 1
    target["target_minutes"] = _per_part(target["target_minutes"], before_parts, before_parts - 1)
    return after


def join_all(snapshot: Snapshot, chapter: int) -> Snapshot:
    after = copy.deepcopy(snapshot)
    target = after["chapters"][chapter]
    parts = part_count(target)
    for segment in target["segments"]:
        segment["part"] = 1
    target["target_minutes"] = _per_part(target["target_minutes"], parts, 1)
    return after


def _per_part(minutes: int, parts_before: int, parts_after: int) -> int:
    """A chapter's length shared out again over its new number of parts (whole minutes, 10 at least)."""
    return max(10, int(minutes * parts_before / parts_after + 0.5))


def session_title(position: int, part: int, count: int) -> str:
    """'Chapter 3' or 'Chapter 3, part 1 of 2': the one wording of a session everywhere."""
    from cos_desktop.core.translation import translate

    if count <= 1:
        return translate("Parts", "Chapter {n}").format(n=position)
    return translate("Parts", "Chapter {n}, part {part} of {count}").format(n=position, part=part, count=count)


def short_label(position: int, part: int, count: int) -> str:
    """'3' or '3.1' for narrow columns."""
    return str(position) if count <= 1 else f"{position}.{part}"
