"""Fidelity views from what is already stored: each session's run events and saved summary.

Nothing is added to a session when it is delivered, so these views are as true for sessions
delivered before this page existed as for new ones. Reads only.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from cos_desktop.core.fidelity import (
    ChapterOrder,
    GroupFidelity,
    PlannedPause,
    SessionFidelity,
    chapter_order,
    session_fidelity,
)
from cos_desktop.core.kinds import RunStatus
from cos_desktop.core.run_summary import RunSummary, SegmentOutcome
from cos_desktop.db import run_store
from cos_desktop.db.measures import outcomes_view
from cos_desktop.db.models import Group, SessionRun


def _planned_pauses(run: SessionRun) -> list[PlannedPause]:
    return [
        PlannedPause(segment.position, segment.title, pause.at_ms, pause.prompt)
        for segment in run.segments
        for pause in segment.pause_points
    ]


def _chapter_order(group: Group) -> ChapterOrder:
    return chapter_order(
        ((run.chapter_position, run.started_at or run.date) for run in delivered_runs(group)),
        (run.chapter_position for run in group.sessions),
    )


def run_fidelity(session: Session, run: SessionRun, order: ChapterOrder | None = None) -> SessionFidelity:
    """One session: segments delivered, shortened or skipped; pause points used; the order shown."""
    summary = run_store.summary_of(run)
    # The video's stops are kept in the summary saved when the session ended; a session that never
    # ended normally (the app was closed mid-session) has its timings from the events but no stops.
    saved = RunSummary.from_json(run.summary_json)
    reached = saved.pause_points_reached if saved is not None else None
    plan = [SegmentOutcome(s.position, s.title, s.kind, s.planned_seconds, 0) for s in run.segments]
    group = run.group
    order = order or _chapter_order(group)
    view = session_fidelity(
        (group.name, run.chapter_position, run.plan.title, run.date, group.facilitators),
        summary.segments if summary is not None else None,
        plan,
        run_store.event_records(run),
        _planned_pauses(run),
        reached,
        adjustments=len(summary.adjustments) if summary is not None else 0,
    )
    return replace(view, chapter_order_note=order.note_for(run.chapter_position))


def delivered_runs(group: Group) -> list[SessionRun]:
    return [run for run in group.sessions if run.status == RunStatus.ENDED.value]


def group_fidelity(session: Session, group: Group) -> GroupFidelity:
    """Every delivered session of a group, and the order its chapters were delivered in."""
    order = _chapter_order(group)
    sessions = tuple(run_fidelity(session, run, order) for run in delivered_runs(group))
    return GroupFidelity(group.name, group.curriculum.name, group.facilitators, sessions, order)


def programme_report_extras(session: Session, group: Group) -> dict:
    """The outcomes and fidelity views the programme report adds at its end."""
    return {"outcomes": outcomes_view(session, group), "fidelity": group_fidelity(session, group)}
