"""The live session: a timeline of run events, its replay, and the state machine that writes it.

The timer never lies: the time spent in each segment is derived from the recorded events
(each stamped by a wall clock and a monotonic clock) and the current clock reading, never by
counting repaint ticks. Within one running copy of the app the monotonic stamps are used; across
a restart (the app was closed, crashed or the laptop lost power) a `reopen` event starts a new
epoch and the gap is measured by the wall clock, so the time the group kept going while the app
was closed counts in the segment that was running.

Everything here is plain Python: no Qt, no database. The database layer persists each event as
it happens through the `record` callable given to `LiveRun`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cos_desktop.core.clock import Clock, Stamp
from cos_desktop.core.run_summary import RunSummary, SegmentOutcome
# The timeline's names are imported from here too (the live run is where people look for them).
from cos_desktop.core.run_timeline import NS, EventKind, EventRecord, RunState, Timeline, replay  # noqa: F401

NEAR_END_SECONDS = 120
MIN_SEGMENT_SECONDS = 60  # a nudge never takes a segment below one minute


class TimerState(StrEnum):
    OK = "ok"
    NEAR_END = "near-end"
    OVER = "over"


@dataclass(frozen=True)
class PlannedSegment:
    """What the live run needs to know about one segment of the plan."""

    position: int
    title: str
    kind: str
    planned_seconds: int
    facilitator_prompt: str = ""
    segment_id: int | None = None

    @property
    def flexible(self) -> bool:
        """A segment the rebalance may shorten: anything but a video block."""
        return self.kind != "video"


def countdown_seconds(remaining_ns: int) -> int:
    """The whole seconds a countdown shows: rounded up while time is left, down once over.

    10.2 s left shows 0:11 until exactly 10 s are left; 0.4 s over still shows 0:00 (never "+0:00"
    before a full second has passed). Negative means over.
    """
    if remaining_ns >= 0:
        return -(-remaining_ns // NS)
    return -((-remaining_ns) // NS)


def format_countdown(remaining_ns: int) -> str:
    """'12:05' while time is left; '+1:20' once over."""
    seconds = countdown_seconds(remaining_ns)
    if seconds < 0:
        return "+" + _mm_ss(-seconds)
    return _mm_ss(seconds)


def _mm_ss(seconds: int) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def ns_to_next_display_change(remaining_ns: int) -> int:
    """Nanoseconds until the countdown's text next changes (both counting down and over)."""
    if remaining_ns > 0:
        part = remaining_ns % NS
        return part if part else NS
    over = -remaining_ns
    return NS - (over % NS)


@dataclass(frozen=True)
class RebalanceProposal:
    """New times for the remaining flexible segments so the session finishes on time."""

    changes: dict[int, tuple[int, int]]  # index -> (seconds now, seconds proposed)
    over_seconds: int  # how far the projection runs past the planned end
    saved_seconds: int
    on_time: bool  # False when even the shortest times cannot make up the difference

    @property
    def planned(self) -> dict[int, int]:
        return {index: new for index, (_old, new) in self.changes.items()}


@dataclass(frozen=True)
class RunSnapshot:
    """Everything a screen needs to show the run at one moment."""

    state: RunState
    current: int
    segment: PlannedSegment | None
    next_segment: PlannedSegment | None
    elapsed_ns: int  # in the current segment
    planned_ns: int  # the current segment's time after adjustments
    remaining_ns: int
    timer_state: TimerState
    session_elapsed_ns: int
    session_planned_seconds: int  # the plan after adjustments
    template_planned_seconds: int  # the plan as written
    actual_seconds: list[int]
    planned_seconds: list[int]  # per segment, after adjustments
    visited: list[bool]
    now_wall: dt.datetime
    projected_finish: dt.datetime | None  # UTC
    planned_end: dt.datetime | None  # UTC
    started_wall: dt.datetime | None

    @property
    def countdown_text(self) -> str:
        return format_countdown(self.remaining_ns)

    @property
    def progress(self) -> float:
        """0..1 of the current segment's time used."""
        if self.planned_ns <= 0:
            return 1.0
        return max(0.0, min(1.0, self.elapsed_ns / self.planned_ns))

    @property
    def projected_over_seconds(self) -> int:
        if self.projected_finish is None or self.planned_end is None:
            return 0
        return int((self.projected_finish - self.planned_end).total_seconds())

    @property
    def break_until(self) -> dt.datetime | None:
        """During a break: when the group is due back (UTC)."""
        if self.segment is None or self.segment.kind != "break" or self.state is RunState.ENDED:
            return None
        return self.now_wall + dt.timedelta(microseconds=max(0, self.remaining_ns) // 1000)


Listener = Callable[..., None]


class LiveRun:
    """The state machine of a live session; every change is one recorded event.

    Listeners (plain callables) in `segment_changed` (index), `state_changed` (RunState),
    `plan_changed` () and `event_recorded` (EventRecord) are called after each change.
    `record` persists an event; if it raises, the event is kept and saved with the next one,
    and `save_failed` listeners hear about it (the session goes on).
    """

    def __init__(
        self,
        segments: Sequence[PlannedSegment],
        clock: Clock,
        *,
        events: Iterable[EventRecord] = (),
        record: Callable[[EventRecord], None] | None = None,
        planned_end: dt.datetime | None = None,
        near_end_seconds: int = NEAR_END_SECONDS,
    ) -> None:
        self.segments = list(segments)
        self.clock = clock
        self.events: list[EventRecord] = sorted(events, key=lambda e: e.seq)
        self.record = record
        self.planned_end = planned_end
        self.near_end_seconds = near_end_seconds
        # Events from an earlier run of the app: the first action opens a new epoch.
        self._epoch_open = not self.events
        self._unsaved: list[EventRecord] = []
        self.segment_changed: list[Listener] = []
        self.state_changed: list[Listener] = []
        self.plan_changed: list[Listener] = []
        self.event_recorded: list[Listener] = []
        self.save_failed: list[Listener] = []

    # ---- reading -----------------------------------------------------------------------
    @property
    def template_seconds(self) -> list[int]:
        return [s.planned_seconds for s in self.segments]

    def timeline(self, now: Stamp | None = None) -> Timeline:
        return replay(
            self.template_seconds,
            self.events,
            now,
            now_in_last_epoch=self._epoch_open,
            positions=[s.position for s in self.segments],
        )

    @property
    def state(self) -> RunState:
        return self.timeline().state

    @property
    def current(self) -> int:
        return self.timeline().current

    @property
    def started(self) -> bool:
        return bool(self.events)

    @property
    def ended(self) -> bool:
        return self.state is RunState.ENDED

    @property
    def unsaved_count(self) -> int:
        return len(self._unsaved)

    def snapshot(self, now: Stamp | None = None) -> RunSnapshot:
        now = now or self.clock.now()
        line = self.timeline(None if not self.events else now)
        count = len(self.segments)
        current = line.current if count else 0
        segment = self.segments[current] if count else None
        next_segment = self.segments[current + 1] if current + 1 < count else None
        elapsed = line.elapsed_ns[current] if count else 0
        planned = line.planned_seconds[current] * NS if count else 0
        remaining = planned - elapsed
        if remaining < 0:
            timer_state = TimerState.OVER
        elif remaining <= self.near_end_seconds * NS:
            timer_state = TimerState.NEAR_END
        else:
            timer_state = TimerState.OK
        projected = None
        if line.state in (RunState.RUNNING, RunState.PAUSED):
            ahead = max(0, remaining) + sum(line.planned_seconds[current + 1:]) * NS
            projected = now.wall + dt.timedelta(microseconds=ahead // 1000)
        elif line.state is RunState.ENDED:
            projected = line.ended_wall
        planned_end = self.planned_end
        if planned_end is None and line.started_wall is not None:
            planned_end = line.started_wall + dt.timedelta(seconds=sum(self.template_seconds))
        return RunSnapshot(
            state=line.state,
            current=current,
            segment=segment,
            next_segment=next_segment,
            elapsed_ns=elapsed,
            planned_ns=planned,
            remaining_ns=remaining,
            timer_state=timer_state,
            session_elapsed_ns=line.total_elapsed_ns,
            session_planned_seconds=sum(line.planned_seconds),
            template_planned_seconds=sum(self.template_seconds),
            actual_seconds=[ns // NS for ns in line.elapsed_ns],
            planned_seconds=list(line.planned_seconds),
            visited=list(line.visited),
            now_wall=now.wall,
            projected_finish=projected,
            planned_end=planned_end,
            started_wall=line.started_wall,
        )

    def summary(self, now: Stamp | None = None) -> RunSummary:
        """Actual time against the plan as adjusted during the session (the original beside it), and the changes."""
        line = self.timeline(now or (self.clock.now() if self.events else None))
        outcomes = [
            SegmentOutcome(
                position=s.position,
                title=s.title,
                kind=s.kind,
                planned_seconds=line.planned_seconds[i],
                actual_seconds=round(line.elapsed_ns[i] / NS),
                covered=line.visited[i],
                original_seconds=s.planned_seconds if line.planned_seconds[i] != s.planned_seconds else None,
            )
            for i, s in enumerate(self.segments)
        ]
        return RunSummary(segments=outcomes, adjustments=list(line.adjustments))

    # ---- actions -----------------------------------------------------------------------
    def start(self, index: int = 0) -> bool:
        if self.events or not self.segments:
            return False
        self._emit(EventKind.START, index)
        return True

    def reopen(self) -> bool:
        """The app started again on this unfinished run: open a new clock epoch."""
        if self._epoch_open:
            return False
        self._epoch_open = True
        if self.ended:
            return False
        self._emit(EventKind.REOPEN, self.current)
        return True

    def pause(self) -> bool:
        return self.state is RunState.RUNNING and self._emit(EventKind.PAUSE, self.current)

    def resume(self) -> bool:
        return self.state is RunState.PAUSED and self._emit(EventKind.RESUME, self.current)

    def toggle_pause(self) -> bool:
        state = self.state
        if state is RunState.RUNNING:
            return self.pause()
        if state is RunState.PAUSED:
            return self.resume()
        return False

    def next(self) -> bool:
        return self._move(EventKind.NEXT, self.current + 1)

    def previous(self) -> bool:
        return self._move(EventKind.PREVIOUS, self.current - 1)

    def jump(self, index: int) -> bool:
        return self._move(EventKind.JUMP, index)

    def nudge(self, seconds: int, index: int | None = None) -> bool:
        if not self._live():
            return False
        index = self.current if index is None else index
        if not 0 <= index < len(self.segments):
            return False
        # A segment keeps at least a minute: "-" on a 1-minute segment does nothing.
        planned = self.timeline().planned_seconds[index]
        seconds = max(int(seconds), MIN_SEGMENT_SECONDS - planned) if planned >= MIN_SEGMENT_SECONDS else max(0, int(seconds))
        if seconds == 0:
            return False
        return self._emit(EventKind.NUDGE, index, value=seconds)

    def set_planned(self, planned: dict[int, int], description: str = "") -> bool:
        """Change the time of several segments at once (a rebalance, or undoing one)."""
        if not self._live() or not planned:
            return False
        payload = json.dumps({"planned": {str(i): int(s) for i, s in planned.items()}, "description": description})
        return self._emit(EventKind.REBALANCE, self.current, payload=payload)

    def end(self) -> bool:
        if not self._live():
            return False
        return self._emit(EventKind.END, self.current)

    # ---- rebalance -------------------------------------------------------------------
    def rebalance_proposal(self, now: Stamp | None = None, step_seconds: int = 60) -> RebalanceProposal | None:
        """Shorten the flexible segments still to come so the session ends by the planned end.

        Minutes come off one at a time from the segment that has kept most of its time
        (so cuts are spread in proportion), never below one minute. None when on time.
        """
        snap = self.snapshot(now)
        over = snap.projected_over_seconds
        if snap.state not in (RunState.RUNNING, RunState.PAUSED) or over <= 0:
            return None
        indexes = [i for i in range(snap.current + 1, len(self.segments)) if self.segments[i].flexible]
        before = {i: snap.planned_seconds[i] for i in indexes}
        after = dict(before)
        needed = math.ceil(over / step_seconds) * step_seconds
        saved = 0
        while saved < needed:
            candidates = [i for i in indexes if after[i] - step_seconds >= step_seconds]
            if not candidates:
                break
            pick = max(candidates, key=lambda i: (after[i] / before[i], after[i], -i))
            after[pick] -= step_seconds
            saved += step_seconds
        changes = {i: (before[i], after[i]) for i in indexes if after[i] != before[i]}
        if not changes:
            return RebalanceProposal({}, over, 0, False)
        return RebalanceProposal(changes, over, saved, saved >= over)

    # ---- internals ---------------------------------------------------------------------
    def _live(self) -> bool:
        return bool(self.events) and not self.ended

    def _move(self, kind: EventKind, index: int) -> bool:
        if not self._live() or not 0 <= index < len(self.segments) or index == self.current:
            return False
        return self._emit(kind, index)

    def _emit(self, kind: EventKind, index: int | None, *, value: int | None = None, payload: str = "") -> bool:
        if kind is not EventKind.REOPEN and not self._epoch_open:
            self.reopen()
        before = self.timeline()
        stamp = self.clock.now()
        seq = self.events[-1].seq + 1 if self.events else 0
        event = EventRecord(seq, kind.value, index, stamp.wall, stamp.monotonic_ns, value, payload)
        self.events.append(event)
        self._save(event)
        after = self.timeline()
        for listener in list(self.event_recorded):
            listener(event)
        if after.state is not before.state:
            for listener in list(self.state_changed):
                listener(after.state)
        if after.current != before.current or kind is EventKind.START:
            for listener in list(self.segment_changed):
                listener(after.current)
        if kind in (EventKind.NUDGE, EventKind.REBALANCE):
            for listener in list(self.plan_changed):
                listener()
        return True

    def _save(self, event: EventRecord) -> None:
        if self.record is None:
            return
        self._unsaved.append(event)
        try:
            while self._unsaved:
                self.record(self._unsaved[0])
                self._unsaved.pop(0)
        except Exception as exc:  # a full or read-only disk must not stop the session
            for listener in list(self.save_failed):
                listener(exc)
