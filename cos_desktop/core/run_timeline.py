"""A run's recorded events and their replay: how long each segment really took.

Plain Python (no Qt, no database). Within one running copy of the app the monotonic stamps are
used; across a restart a `reopen` event starts a new epoch and the gap is measured by the wall
clock. Repeated nudges of one segment are one adjustment ("10 -> 32 min").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cos_desktop.core.clock import Stamp
from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.run_summary import Adjustment

NS = 1_000_000_000


class EventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"  # the timer runs again after a pause
    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    NUDGE = "nudge"  # value: seconds added to (or taken from) a segment's time
    REBALANCE = "rebalance"  # payload: {"planned": {index: seconds}, "description": ...}
    REOPEN = "reopen"  # the app started again on an unfinished session (a new clock epoch)
    END = "end"


class RunState(StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class EventRecord:
    """One run event as the core sees it (the database row without its ids)."""

    seq: int
    kind: str
    segment_index: int | None
    wall_time: dt.datetime
    monotonic_ns: int
    value: int | None = None
    payload: str = ""

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.wall_time, self.monotonic_ns)


def _gap_ns(earlier: Stamp, later: Stamp, same_epoch: bool) -> int:
    """Time between two readings: monotonic within one epoch, wall clock across a restart."""
    if same_epoch:
        gap = later.monotonic_ns - earlier.monotonic_ns
        if gap >= 0:
            return gap
    delta = later.wall - earlier.wall
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return max(0, micros * 1000)


@dataclass
class Timeline:
    """The state of a run after replaying its events up to a moment."""

    segment_count: int
    state: RunState = RunState.NOT_STARTED
    current: int = 0
    elapsed_ns: list[int] = field(default_factory=list)
    planned_seconds: list[int] = field(default_factory=list)  # after nudges and rebalances
    visited: list[bool] = field(default_factory=list)
    paused_ns: int = 0
    started_wall: dt.datetime | None = None
    ended_wall: dt.datetime | None = None
    adjustments: list[Adjustment] = field(default_factory=list)
    last_stamp: Stamp | None = None

    @property
    def total_elapsed_ns(self) -> int:
        return sum(self.elapsed_ns)

    def remaining_ns(self, index: int | None = None) -> int:
        index = self.current if index is None else index
        return self.planned_seconds[index] * NS - self.elapsed_ns[index]


def replay(
    planned_seconds: Sequence[int],
    events: Iterable[EventRecord],
    now: Stamp | None = None,
    *,
    now_in_last_epoch: bool = True,
    positions: Sequence[int] | None = None,
) -> Timeline:
    """Replay events in order; with `now`, count the time since the last event as well.

    `now_in_last_epoch` says whether `now` comes from the same running copy of the app as the
    last event (monotonic clock comparable) or not (a restart: use the wall clock).
    """
    count = len(planned_seconds)
    line = Timeline(
        segment_count=count,
        elapsed_ns=[0] * count,
        planned_seconds=list(planned_seconds),
        visited=[False] * count,
    )
    positions = list(positions) if positions is not None else list(range(1, count + 1))

    def advance(to: Stamp, same_epoch: bool) -> None:
        if line.last_stamp is None:
            return
        gap = _gap_ns(line.last_stamp, to, same_epoch)
        if line.state is RunState.RUNNING and count:
            line.elapsed_ns[line.current] += gap
        elif line.state is RunState.PAUSED:
            line.paused_ns += gap

    def go_to(index: int | None) -> None:
        if index is not None and 0 <= index < count:
            line.current = index
            line.visited[index] = True

    for event in sorted(events, key=lambda e: e.seq):
        kind = event.kind
        advance(event.stamp, same_epoch=kind != EventKind.REOPEN)
        line.last_stamp = event.stamp
        if kind == EventKind.START:
            line.state = RunState.RUNNING
            line.started_wall = event.wall_time
            go_to(event.segment_index or 0)
        elif kind == EventKind.PAUSE and line.state is RunState.RUNNING:
            line.state = RunState.PAUSED
        elif kind == EventKind.RESUME and line.state is RunState.PAUSED:
            line.state = RunState.RUNNING
        elif kind in (EventKind.NEXT, EventKind.PREVIOUS, EventKind.JUMP):
            go_to(event.segment_index)
        elif kind == EventKind.NUDGE and event.segment_index is not None and 0 <= event.segment_index < count:
            _nudge(line, event.segment_index, event.value or 0, positions[event.segment_index])
        elif kind == EventKind.REBALANCE:
            data = json.loads(event.payload or "{}")
            changed = 0
            for key, seconds in data.get("planned", {}).items():
                index = int(key)
                if 0 <= index < count:
                    changed += int(seconds) - line.planned_seconds[index]
                    line.planned_seconds[index] = max(0, int(seconds))
            line.adjustments.append(
                Adjustment("rebalance", positions[line.current] if count else 0, changed, data.get("description", ""))
            )
        elif kind == EventKind.END:
            line.state = RunState.ENDED
            line.ended_wall = event.wall_time
    if now is not None:
        advance(now, same_epoch=now_in_last_epoch)
    return line


def _nudge(line: Timeline, index: int, seconds: int, position: int) -> None:
    """Change one segment's time; every nudge of that segment is one line: "10 -> 32 min"."""
    before = line.planned_seconds[index]
    after = max(0, before + seconds)
    line.planned_seconds[index] = after
    earlier = next((a for a in line.adjustments if a.kind == "nudge" and a.segment_position == position), None)
    if earlier is None:
        earlier = Adjustment("nudge", position, 0, before_seconds=before)
        line.adjustments.append(earlier)
    earlier.seconds = after - (earlier.before_seconds if earlier.before_seconds is not None else before)
    earlier.after_seconds = after
    earlier.description = f"{whole_minutes(earlier.before_seconds)} -> {whole_minutes(after)} min"
