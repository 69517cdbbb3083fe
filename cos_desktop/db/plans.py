"""The planner's reads and writes: plans as plain snapshots, programmes made and removed, video choices.

Writes flush; the caller finishes them with db.transactions.committed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.db import store
from cos_desktop.db.models import Curriculum, Group, MediaItem
from cos_desktop.core import local_formats


@dataclass(frozen=True)
class MediaChoice:
    """One linked video as the planner's video list shows it."""

    id: int
    title: str
    location: str
    needs_locating: bool


def delivered_on(session: Session, chapter_id: int | None) -> dt.date | None:
    """The date a group delivered (or is delivering) this chapter of its plan; None while it may change."""
    from cos_desktop.db.models import SessionRun

    if chapter_id is None:
        return None
    return session.scalars(select(SessionRun.date).where(
        SessionRun.chapter_id == chapter_id, SessionRun.status.in_(store.LOCKED_STATUSES))).first()


def locked_reason(position: int, date: dt.date) -> str:
    return (f"Chapter {position} was delivered on {local_formats.day_month_year(date)}, so its plan, videos, clips and "
            f"pause points stay as they were on the day.")


def check_editable(session: Session, segment) -> None:
    """Raise store.PlanLocked (a ValueError, with the reason) when the segment's chapter has been delivered."""
    chapter = segment.chapter
    date = delivered_on(session, chapter.id if chapter is not None else None)
    if date is not None:
        raise store.PlanLocked(locked_reason(chapter.position, date))


def restore_plan(session: Session, curriculum_id: int, snapshot: dict) -> dict | None:
    """Make a saved plan match `snapshot`; returns the plan as saved (new segments have ids), or None if gone.

    Raises store.PlanLocked (a ValueError) when the snapshot would change a delivered chapter.
    """
    from cos_desktop.core.parts import check_parts
    from cos_desktop.db.part_sessions import sync_sessions

    curriculum = session.get(Curriculum, curriculum_id)
    if curriculum is None:
        return None
    for chapter in snapshot["chapters"]:
        check_parts(chapter)  # a part with no segments never reaches the database
    store.restore_curriculum(session, curriculum, snapshot)
    sync_sessions(session, curriculum)  # one session per part, each with its own date
    return store.snapshot_curriculum(curriculum)


def remove_programme(session: Session, curriculum_id: int) -> dict | None:
    """Delete a programme; the returned snapshot brings it back with recreate_programme (undo)."""
    curriculum = session.get(Curriculum, curriculum_id)
    if curriculum is None:
        return None
    snapshot = store.snapshot_curriculum(curriculum)
    snapshot["is_template"] = curriculum.is_template
    session.delete(curriculum)
    session.flush()
    return snapshot


def recreate_programme(session: Session, snapshot: dict) -> int:
    curriculum = Curriculum(id=snapshot["id"], name=snapshot["name"], description=snapshot["description"],
                            is_template=snapshot.get("is_template", True), builtin=False)
    session.add(curriculum)
    store.restore_curriculum(session, curriculum, snapshot)
    return curriculum.id


def media_item_for_file(session: Session, path: str | Path) -> int:
    """The id of the video linked to this file, adding it to the library first if it is new."""
    from cos_desktop.db import media_library as library

    location = str(Path(path).resolve())
    item = session.scalars(select(MediaItem).where(MediaItem.location == location)).first()
    if item is None:
        item = MediaItem(title=library.title_from_path(Path(location))[:200], location=location)
        try:
            library.refresh_file_facts(item)
        except OSError:
            pass  # an unreadable file is still linked; the check before a session reports it
        session.add(item)
        session.flush()
    return item.id


def media_choices(session: Session) -> list[MediaChoice]:
    from cos_desktop.db.media_library import LinkStatus, status_of

    return [
        MediaChoice(item.id, item.title, item.location,
                    store.media_needs_locating(item) or status_of(item) is LinkStatus.MISSING)
        for item in session.scalars(select(MediaItem).order_by(MediaItem.title, MediaItem.id))
    ]


def group_start_time(session: Session, curriculum_id: int | None) -> dt.time | None:
    """A group's plan is timed from the group's start time; a programme template has none."""
    if curriculum_id is None:
        return None
    group = session.scalars(select(Group).where(Group.curriculum_id == curriculum_id)).first()
    return group.start_time if group is not None else None


def group_names(session: Session) -> list[tuple[int, str]]:
    return [(g.id, g.name) for g in store.groups(session)]


def known_durations(session: Session) -> dict[str, int]:
    """The length (ms) of each video the library has measured, by its file name and by its full location."""
    lengths: dict[str, int] = {}
    for location, duration in session.execute(
            select(MediaItem.location, MediaItem.duration_ms).where(MediaItem.duration_ms.is_not(None))):
        lengths[location] = duration
        lengths.setdefault(Path(location).name, duration)
    return lengths


# What a group's own video set-up is made of: kept when it takes another programme.
VIDEO_FIELDS = ("media_item_id", "video_title", "clip_start_ms", "clip_end_ms", "pause_points",
                "optional_link_title", "optional_link_location")


def _has_video_setup(segment: dict) -> bool:
    return segment["media_item_id"] is not None or bool(segment["pause_points"]) \
        or segment["clip_start_ms"] is not None or segment["clip_end_ms"] is not None


def _video_segments(segments: list[dict]) -> list[dict]:
    from cos_desktop.core.kinds import is_video_segment

    return [s for s in segments if is_video_segment(s["kind"], s["media_item_id"] is not None)]


def adopted_snapshot(session: Session, group: Group, template: Curriculum) -> tuple[dict, list[int], list[int]]:
    """The group's plan with every chapter not yet delivered taken from the template.

    Returns the new snapshot, the chapter positions taken from the template, and those kept
    (delivered, running, or missing from the template). Segment ids are reused in order, so
    notes already attached to an undelivered chapter's segments stay attached. The group's own
    video links, clips and pause points stay: the n-th video segment of a chapter keeps the
    set-up of the group's n-th video segment (see kept_video_setups).
    """
    snapshot = store.snapshot_curriculum(group.curriculum)
    locked = store.locked_chapter_ids(session, group.curriculum)
    source = {c["position"]: c for c in store.snapshot_curriculum(template)["chapters"]}
    adopted, kept = [], []
    for chapter in snapshot["chapters"]:
        theirs = source.get(chapter["position"])
        if chapter["id"] in locked or theirs is None:
            kept.append(chapter["position"])
            continue
        for key in ("title", "parent_summary", "notice_this_week", "target_minutes"):
            chapter[key] = theirs[key]
        old_ids = [s["id"] for s in chapter["segments"]]
        own_videos = [s for s in _video_segments(chapter["segments"]) if _has_video_setup(s)]
        segments = []
        for index, segment in enumerate(theirs["segments"]):
            segment = dict(segment, id=old_ids[index] if index < len(old_ids) else None)
            segment["pause_points"] = [list(p) for p in segment["pause_points"]]
            segments.append(segment)
        for own, new in zip(own_videos, _video_segments(segments)):
            for key in VIDEO_FIELDS:
                new[key] = [list(p) for p in own[key]] if key == "pause_points" else own[key]
        chapter["segments"] = segments
        adopted.append(chapter["position"])
    return snapshot, adopted, kept


def video_setups_on_adopting(session: Session, group: Group, template: Curriculum) -> tuple[list[int], list[int]]:
    """Chapters whose own video set-up the group keeps, and those where some of it would go
    (the programme has fewer video segments there), when it takes the programme."""
    _after, taken, _kept = adopted_snapshot(session, group, template)
    theirs = {c["position"]: c for c in store.snapshot_curriculum(template)["chapters"]}
    kept, lost = [], []
    for chapter in store.snapshot_curriculum(group.curriculum)["chapters"]:
        if chapter["position"] not in taken:
            continue
        own = [s for s in _video_segments(chapter["segments"]) if _has_video_setup(s)]
        if own:
            kept.append(chapter["position"])
        if len(own) > len(_video_segments(theirs[chapter["position"]]["segments"])):
            lost.append(chapter["position"])
    return kept, lost
