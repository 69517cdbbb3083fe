"""Edits to a curriculum plan, as pure functions on its plain-data snapshot.

A snapshot is what `store.snapshot_curriculum` returns: plain dicts and lists (no database
objects), so an edit is `after = edit(before, ...)`, undo restores `before`, redo restores
`after`, and the same edit is tested here without a database or a screen.

Segment fields: id (None for a segment not saved yet), position, title, kind, planned_seconds,
facilitator_prompt, parent_takeaway, media_item_id, video_title, clip_start_ms, clip_end_ms,
optional_link_title, optional_link_location, pause_points ([at_ms, prompt] pairs), part (core.parts).
"""

from __future__ import annotations

import copy
from typing import Any

from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.fit import (
    DEFAULT_BREAK_MINUTES,
    DEFAULT_MINIMUM_MINUTES,
    CannotFit,
    FitItem,
    FitResult,
    fit_segments,
)
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.parts import check_parts, part_count, part_of

Snapshot = dict[str, Any]

SEGMENT_FIELDS = (
    "title", "kind", "planned_seconds", "facilitator_prompt", "parent_takeaway", "media_item_id", "video_title",
    "clip_start_ms", "clip_end_ms", "optional_link_title", "optional_link_location", "pause_points",
)
CHAPTER_FIELDS = ("title", "parent_summary", "notice_this_week", "target_minutes")
MIN_MINUTES, MAX_MINUTES = 1, 240


def new_segment(title: str = "New segment", kind: str = SegmentKind.DISCUSSION.value, minutes: int = 10) -> dict[str, Any]:
    return {
        "id": None, "position": 0, "title": title, "kind": kind, "planned_seconds": minutes * 60,
        "facilitator_prompt": "", "parent_takeaway": "", "media_item_id": None, "video_title": "",
        "clip_start_ms": None, "clip_end_ms": None, "optional_link_title": "", "optional_link_location": "",
        "pause_points": [], "part": 1,
    }


def _renumber(chapter: dict[str, Any]) -> None:
    for index, segment in enumerate(chapter["segments"], start=1):
        segment["position"] = index


def _copy(snapshot: Snapshot) -> Snapshot:
    return copy.deepcopy(snapshot)


def add_segment(snapshot: Snapshot, chapter: int, at: int, segment: dict[str, Any] | None = None) -> Snapshot:
    if len(snapshot["chapters"][chapter]["segments"]) >= MAX_SEGMENTS:
        raise ValueError(f"A chapter can have at most {MAX_SEGMENTS} segments.")
    after = _copy(snapshot)
    segments = after["chapters"][chapter]["segments"]
    at = max(0, min(at, len(segments)))
    segment = segment or new_segment()
    if segments:  # a new segment joins the part of the row it follows (the first part at the top)
        segment["part"] = part_of(segments[at - 1]) if at > 0 else 1
    segments.insert(at, segment)
    _renumber(after["chapters"][chapter])
    return after


def remove_segment(snapshot: Snapshot, chapter: int, index: int) -> Snapshot:
    after = _copy(snapshot)
    segments = after["chapters"][chapter]["segments"]
    if len(segments) <= 1:
        raise ValueError("A chapter needs at least one segment.")
    del segments[index]
    check_parts(after["chapters"][chapter], part_count(snapshot["chapters"][chapter]))  # the last segment of a part goes only when the part is joined
    _renumber(after["chapters"][chapter])
    return after


def duplicate_segment(snapshot: Snapshot, chapter: int, index: int) -> Snapshot:
    original = copy.deepcopy(snapshot["chapters"][chapter]["segments"][index])
    original["id"] = None
    return add_segment(snapshot, chapter, index + 1, original)


def move_segment(snapshot: Snapshot, chapter: int, source: int, destination: int) -> Snapshot:
    after = _copy(snapshot)
    segments = after["chapters"][chapter]["segments"]
    destination = max(0, min(destination, len(segments) - 1))
    moved = segments.pop(source)
    segments.insert(destination, moved)
    if part_count(after["chapters"][chapter]) > 1 and destination != source:
        # Moved down, it joins the part of the row now above it; moved up, the part of the row below it.
        neighbour = segments[destination - 1] if destination > source else segments[destination + 1]
        moved["part"] = part_of(neighbour)
        check_parts(after["chapters"][chapter], part_count(snapshot["chapters"][chapter]))
    _renumber(after["chapters"][chapter])
    return after


def set_segment_field(snapshot: Snapshot, chapter: int, index: int, field: str, value: Any) -> Snapshot:
    if field not in SEGMENT_FIELDS:
        raise KeyError(field)
    if field == "planned_seconds" and not (MIN_MINUTES * 60 <= int(value) <= MAX_MINUTES * 60):
        raise ValueError(f"A segment lasts from {MIN_MINUTES} to {MAX_MINUTES} minutes.")
    after = _copy(snapshot)
    after["chapters"][chapter]["segments"][index][field] = value
    return after


def set_chapter_field(snapshot: Snapshot, chapter: int, field: str, value: Any) -> Snapshot:
    if field not in CHAPTER_FIELDS:
        raise KeyError(field)
    after = _copy(snapshot)
    after["chapters"][chapter][field] = value
    return after


def segment_minutes(segment: dict[str, Any]) -> int:
    return max(1, whole_minutes(segment["planned_seconds"]))


def chapter_seconds(chapter: dict[str, Any]) -> int:
    return sum(s["planned_seconds"] for s in chapter["segments"])


def fit_chapter(
    snapshot: Snapshot,
    chapter: int,
    target: int,
    *,
    minimum: int = DEFAULT_MINIMUM_MINUTES,
    break_minutes: int = DEFAULT_BREAK_MINUTES,
    break_title: str = "Break",
) -> tuple[Snapshot, tuple[FitResult, ...]]:
    """The plan with one chapter fitted to `target` minutes, each of its parts to `target` when it is
    in parts (raises CannotFit with the reason). One result per part."""
    after = _copy(snapshot)
    result = _fit_in_place(after, chapter, target, minimum, break_minutes, break_title)
    return after, result


def _fit_in_place(snapshot: Snapshot, chapter: int, target: int, minimum: int, break_minutes: int,
                  break_title: str) -> tuple[FitResult, ...]:
    """Each part is a session, so each part is fitted to the target; every part is checked before
    anything changes."""
    from cos_desktop.core.translation import translate

    fitted_chapter = snapshot["chapters"][chapter]
    segments = fitted_chapter["segments"]
    parts = part_count(fitted_chapter)
    results = []
    for part in range(1, parts + 1):
        items = [FitItem(key=i, title=s["title"], kind=s["kind"], minutes=segment_minutes(s))
                 for i, s in enumerate(segments) if part_of(s) == part]
        try:
            results.append(fit_segments(items, target, minimum=minimum, break_minutes=break_minutes,
                                        break_title=break_title))
        except CannotFit as exc:
            if parts == 1:
                raise
            raise CannotFit(translate("Parts", "Part {part}: {reason}").format(part=part, reason=exc.reason)) from exc
    fitted = []
    for part, result in enumerate(results, start=1):
        for item in result.items:
            if item.key is None:
                segment = new_segment(item.title, SegmentKind.BREAK.value, item.minutes)
                segment["part"] = part
            else:
                segment = segments[item.key]
                if not (item.is_video or item.is_break):
                    segment["planned_seconds"] = item.minutes * 60
            fitted.append(segment)
    fitted_chapter["segments"] = fitted
    fitted_chapter["target_minutes"] = target
    _renumber(fitted_chapter)
    return tuple(results)


def chapter_differs(before: Snapshot, after: Snapshot, chapter_id: int) -> bool:
    """Whether an edit touches the chapter with this id (used to protect delivered chapters)."""
    def find(snap: Snapshot):
        return next((c for c in snap["chapters"] if c["id"] == chapter_id), None)

    return find(before) != find(after)


def fit_chapters(
    snapshot: Snapshot,
    chapters: list[int],
    target: int,
    *,
    minimum: int = DEFAULT_MINIMUM_MINUTES,
    break_minutes: int = DEFAULT_BREAK_MINUTES,
    break_title: str = "Break",
) -> tuple[Snapshot, dict[int, tuple[FitResult, ...] | str]]:
    """Fit several chapters at once. Returns the new plan and, per chapter, its result or the reason
    it cannot be fitted; chapters that cannot be fitted are left as they were."""
    after = _copy(snapshot)
    outcomes: dict[int, tuple[FitResult, ...] | str] = {}
    for index in chapters:
        try:
            outcomes[index] = _fit_in_place(after, index, target, minimum, break_minutes, break_title)
        except CannotFit as exc:  # checked before anything changes, so the chapter stays as it was
            outcomes[index] = exc.reason
    return after, outcomes


# ---- chapters (programmes only: a group's chapters are tied to its sessions) ------------------

MAX_CHAPTERS = 20
MAX_SEGMENTS = 40


def _renumber_chapters(snapshot: Snapshot) -> None:
    for index, chapter in enumerate(snapshot["chapters"], start=1):
        chapter["position"] = index


def new_chapter(title: str = "New chapter", target_minutes: int = 90) -> dict[str, Any]:
    return {
        "id": None, "position": 0, "title": title, "parent_summary": "", "notice_this_week": "",
        "target_minutes": target_minutes, "segments": [new_segment("Check-in", SegmentKind.CHECK_IN.value, target_minutes)],
    }


def add_chapter(snapshot: Snapshot, at: int, chapter: dict[str, Any] | None = None) -> Snapshot:
    if len(snapshot["chapters"]) >= MAX_CHAPTERS:
        raise ValueError(f"A programme can have at most {MAX_CHAPTERS} chapters.")
    after = _copy(snapshot)
    after["chapters"].insert(max(0, min(at, len(after["chapters"]))), chapter or new_chapter())
    _renumber_chapters(after)
    return after


def duplicate_chapter(snapshot: Snapshot, index: int) -> Snapshot:
    chapter = copy.deepcopy(snapshot["chapters"][index])
    chapter["id"] = None
    for segment in chapter["segments"]:
        segment["id"] = None
    return add_chapter(snapshot, index + 1, chapter)


def remove_chapter(snapshot: Snapshot, index: int) -> Snapshot:
    if len(snapshot["chapters"]) <= 1:
        raise ValueError("A programme needs at least one chapter.")
    after = _copy(snapshot)
    del after["chapters"][index]
    _renumber_chapters(after)
    return after


def move_chapter(snapshot: Snapshot, source: int, destination: int) -> Snapshot:
    after = _copy(snapshot)
    chapters = after["chapters"]
    destination = max(0, min(destination, len(chapters) - 1))
    chapters.insert(destination, chapters.pop(source))
    _renumber_chapters(after)
    return after
