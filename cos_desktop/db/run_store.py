"""Live runs in the database: the plan a run follows, its events, interrupted runs, summaries."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core.clock import Clock, RealClock, utc_from_local
from cos_desktop.core.kinds import RunStatus
from cos_desktop.core.live_run import EventKind, EventRecord, LiveRun, PlannedSegment, replay
from cos_desktop.core.plan import format_duration
from cos_desktop.core.run_summary import RunSummary
from cos_desktop.db.models import ChapterPlan, Group, RunEvent, SessionRun

log = logging.getLogger(__name__)

# A group's planned end counts from its scheduled start only when the session starts near it.
SCHEDULE_WINDOW = dt.timedelta(hours=2)


def planned_segments(chapter: ChapterPlan) -> list[PlannedSegment]:
    return [
        PlannedSegment(
            position=s.position,
            title=s.title,
            kind=s.kind,
            planned_seconds=s.planned_seconds,
            facilitator_prompt=s.facilitator_prompt,
            segment_id=s.id,
        )
        for s in chapter.segments
    ]


def event_records(run: SessionRun) -> list[EventRecord]:
    return [
        EventRecord(e.seq, e.kind, e.segment_index, e.wall_time, e.monotonic_ns, e.value, e.payload or "")
        for e in run.events
    ]


class RunRecorder:
    """Writes each event of a live run to the database and commits at once."""

    def __init__(self, session: Session, run: SessionRun):
        self.session = session
        self.run = run

    def __call__(self, event: EventRecord) -> None:
        run = self.run
        try:
            run.events.append(
                RunEvent(
                    seq=event.seq,
                    kind=event.kind,
                    segment_index=event.segment_index,
                    value=event.value,
                    payload=event.payload,
                    wall_time=event.wall_time,
                    monotonic_ns=event.monotonic_ns,
                )
            )
            if event.kind == EventKind.START:
                run.status = RunStatus.RUNNING.value
                run.started_at = event.wall_time
            elif event.kind == EventKind.END:
                run.status = RunStatus.ENDED.value
                run.ended_at = event.wall_time
            self.session.commit()
        except Exception:
            self.session.rollback()
            log.exception("could not save a run event")
            raise


def planned_end(run: SessionRun | None, chapter: ChapterPlan, start_utc: dt.datetime | None) -> dt.datetime | None:
    """When the session should end (UTC): the group's start time plus the plan, if it started near it.

    None lets the live run count the plan from the moment it started (rehearsals, late changes).
    """
    if run is None or start_utc is None:
        return None
    group: Group = run.group
    scheduled_local = dt.datetime.combine(run.date, group.start_time)
    try:
        scheduled = utc_from_local(scheduled_local)
    except (OverflowError, OSError, ValueError):
        return None
    if abs(start_utc - scheduled) > SCHEDULE_WINDOW:
        return None
    return scheduled + dt.timedelta(seconds=chapter.planned_seconds)


def live_run_for(session: Session | None, run: SessionRun | None, chapter: ChapterPlan, clock: Clock) -> LiveRun:
    """A LiveRun over a group's session (recording every event) or a rehearsal (run=None, records nothing)."""
    events = event_records(run) if run is not None else []
    recorder = RunRecorder(session, run) if run is not None and session is not None else None
    start = events[0].wall_time if events else clock.now().wall
    live = LiveRun(planned_segments(chapter), clock, events=events, record=recorder)
    live.planned_end = planned_end(run, chapter, start)
    if run is not None:
        # The first event fixes the start: recompute the planned end from it.
        live.event_recorded.append(lambda e: _refresh_planned_end(live, run, chapter, e))
    return live


def _refresh_planned_end(live: LiveRun, run: SessionRun, chapter: ChapterPlan, event: EventRecord) -> None:
    if event.kind == EventKind.START:
        live.planned_end = planned_end(run, chapter, event.wall_time)


def interrupted_runs(session: Session) -> list[SessionRun]:
    """Sessions that were started and never ended (the app was closed or crashed mid-session)."""
    return list(
        session.scalars(
            select(SessionRun).where(SessionRun.status == RunStatus.RUNNING.value).order_by(SessionRun.started_at.desc())
        )
    )


@dataclass(frozen=True)
class ResumeOffer:
    run_id: int
    group_name: str
    chapter_position: int
    segment_position: int
    segment_title: str
    elapsed_seconds: float  # in the current segment, counting the time the app was closed
    paused: bool

    @property
    def text(self) -> str:
        return (
            f"Resume chapter {self.chapter_position}, segment {self.segment_position} "
            f"({format_duration(int(self.elapsed_seconds))} elapsed)"
        )


def resume_offer(run: SessionRun, clock: Clock | None = None) -> ResumeOffer:
    clock = clock or RealClock()
    segments = planned_segments(run.plan)
    line = replay(
        [s.planned_seconds for s in segments], event_records(run), clock.now(), now_in_last_epoch=False
    )
    current = line.current if segments else 0
    segment = segments[current] if segments else None
    return ResumeOffer(
        run_id=run.id,
        group_name=run.group.name,
        chapter_position=run.chapter_position,
        segment_position=segment.position if segment else 0,
        segment_title=segment.title if segment else "",
        elapsed_seconds=(line.elapsed_ns[current] / 1e9) if segments else 0.0,
        paused=line.state.value == "paused",
    )


def save_summary(session: Session, run: SessionRun, summary: RunSummary) -> bool:
    """Store the summary with its run; False (logged, rolled back) when the database refuses."""
    from cos_desktop.db.transactions import NotSaved, committed

    def write() -> None:
        run.summary_json = summary.to_json()

    try:
        committed(session, write)
        return True
    except NotSaved:
        return False


def summary_of(run: SessionRun) -> RunSummary | None:
    """The saved summary of a delivered session, or one worked out from its events."""
    saved = RunSummary.from_json(run.summary_json)
    if saved is not None:
        return saved
    if not run.events:
        return None
    live = LiveRun(planned_segments(run.plan), RealClock(), events=event_records(run))
    return live.summary()
