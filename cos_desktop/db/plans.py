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


@dataclass(frozen=True)
class MediaChoice:
    """One linked video as the planner's video list shows it."""

    id: int
    title: str
    location: str
    needs_locating: bool


def restore_plan(session: Session, curriculum_id: int, snapshot: dict) -> dict | None:
    """Make a saved plan match `snapshot`; returns the plan as saved (new segments have ids), or None if gone.

    Raises store.PlanLocked (a ValueError) when the snapshot would change a delivered chapter.
    """
    curriculum = session.get(Curriculum, curriculum_id)
    if curriculum is None:
        return None
    store.restore_curriculum(session, curriculum, snapshot)
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
