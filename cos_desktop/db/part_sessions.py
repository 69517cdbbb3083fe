"""A group's sessions follow its chapters' parts: one session per part, each with its own date.

When a planner edit splits a chapter of a group's plan, the new part gets a session a week after
the part before it and the later planned sessions move a week later; joining parts takes that
session away again and moves the later planned sessions a week earlier (so Undo puts every date
back). A part's session that already has attendance, notes or a run is never taken away.
Writes flush; the caller finishes them with db.transactions.committed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core import parts as core_parts
from cos_desktop.core import plan_edit
from cos_desktop.core.fit import CannotFit
from cos_desktop.core.kinds import RunStatus
from cos_desktop.db.models import Curriculum, Group, SessionRun

WEEK = dt.timedelta(weeks=1)


class PartHasRecords(ValueError):
    """Joining would take away a part's session that already has records (str(error) says which)."""


def _has_records(run: SessionRun) -> bool:
    return run.status != RunStatus.PLANNED.value or bool(run.attendance or run.notes or run.events)


def _shift_later(group: Group, after: SessionRun, delta: dt.timedelta) -> None:
    for run in group.sessions:
        later = (run.chapter_position, run.part) > (after.chapter_position, after.part)
        if later and run.status == RunStatus.PLANNED.value:
            run.date = run.date + delta


def sync_sessions(session: Session, curriculum: Curriculum) -> None:
    """Give the group that owns this plan exactly one session per part of each chapter."""
    from cos_desktop.core.translation import translate

    if curriculum.is_template:
        return
    group = session.scalars(select(Group).where(Group.curriculum_id == curriculum.id)).first()
    if group is None:
        return
    for chapter in curriculum.chapters:
        count = chapter.part_count
        runs = sorted((r for r in group.sessions if r.chapter_id == chapter.id), key=lambda r: r.part)
        if not runs:
            continue  # a chapter the group never had a session for stays so
        for run in reversed(runs[count:]):
            if _has_records(run):
                raise PartHasRecords(translate(
                    "Parts", "Part {part} of chapter {n} already has attendance, notes or a timed run, so it "
                             "cannot be joined to the part before it.").format(part=run.part, n=chapter.position))
            _shift_later(group, run, -WEEK)
            group.sessions.remove(run)
            session.delete(run)
        for part in range(len(runs) + 1, count + 1):
            before = next(r for r in group.sessions if r.chapter_id == chapter.id and r.part == part - 1)
            _shift_later(group, before, WEEK)
            group.sessions.append(SessionRun(chapter=chapter, chapter_position=chapter.position, part=part,
                                             date=before.date + WEEK, status=RunStatus.PLANNED.value))
            session.flush()
    session.flush()
    session.expire(group, ["sessions"])


def split_every_chapter(session: Session, curriculum: Curriculum, parts: int, minutes: int) -> list[int]:
    """Split each chapter of a new group's plan into `parts` parts of about equal length, each fitted
    to `minutes`. Returns the positions of chapters whose parts could not be fitted (left as split)."""
    from cos_desktop.db import store

    snapshot = store.snapshot_curriculum(curriculum)
    unfitted = []
    for index, chapter in enumerate(snapshot["chapters"]):
        if core_parts.part_count(chapter) > 1:  # a programme already in parts is cut afresh
            snapshot = core_parts.join_all(snapshot, index)
            chapter = snapshot["chapters"][index]
        for row in cut_rows(chapter, parts):
            snapshot = core_parts.split_at(snapshot, index, row)
        try:
            snapshot, _ = plan_edit.fit_chapter(snapshot, index, minutes)
        except CannotFit:
            unfitted.append(chapter["position"])
            snapshot["chapters"][index]["target_minutes"] = minutes
    store.restore_curriculum(session, curriculum, snapshot)
    return unfitted


def cut_rows(chapter: dict, parts: int) -> list[int]:
    """Rows where parts 2..N start so the parts are as even in planned time as the segments allow."""
    segments = chapter["segments"]
    parts = min(parts, len(segments))
    total = sum(s["planned_seconds"] for s in segments) or 1
    starts = [0]
    running = 0
    for row in range(1, len(segments)):
        running += segments[row - 1]["planned_seconds"]
        wanted = total * len(starts) / parts
        remaining_rows, remaining_parts = len(segments) - row, parts - len(starts)
        if len(starts) < parts and (remaining_rows <= remaining_parts or
                                    abs(running - wanted) <= abs(running + segments[row]["planned_seconds"] - wanted)):
            starts.append(row)
    # Each cut moves later rows into the next part, so split from the last cut backwards.
    return sorted(starts[1:], reverse=True)
