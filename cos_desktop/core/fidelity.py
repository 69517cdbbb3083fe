"""Fidelity for supervision: what was delivered, worked out from what the app recorded at the time.

A session's fidelity comes from its run events and its saved summary (planned and actual time per
segment, the pause points the video stopped at), so it is as true for a session delivered months
ago as for tonight's. Nothing here is typed in after the fact.

Words used on the page:
- a segment was *skipped* when it was never shown, or shown for less than a quarter of its time;
- *shortened* when it ran at least two minutes (and 15% of its time) short of its plan;
- *delivered* otherwise (running over counts as delivered: the minutes say by how much).

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cos_desktop.core.live_run import NS, EventKind, EventRecord, replay
from cos_desktop.core.run_summary import PausePointReached, SegmentOutcome
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

SHORT_BY_SECONDS = 120
SHORT_FRACTION = 0.15
SKIPPED_FRACTION = 0.25


class SegmentDelivery(StrEnum):
    DELIVERED = "delivered"
    SHORTENED = "shortened"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        return translate("Delivery", _DELIVERY_LABELS[self.value])


_DELIVERY_LABELS = {"delivered": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
                    "shortened": QT_TRANSLATE_NOOP("Delivery", "Shortened"),
                    "skipped": QT_TRANSLATE_NOOP("Delivery", "Skipped")}


def classify(planned_seconds: int, actual_seconds: int, shown: bool = True) -> SegmentDelivery:
    """Delivered, shortened or skipped, by the rules in this module's docstring."""
    if not shown or actual_seconds < planned_seconds * SKIPPED_FRACTION:
        return SegmentDelivery.SKIPPED
    short_by = planned_seconds - actual_seconds
    if short_by >= max(SHORT_BY_SECONDS, planned_seconds * SHORT_FRACTION):
        return SegmentDelivery.SHORTENED
    return SegmentDelivery.DELIVERED


@dataclass(frozen=True)
class SegmentFidelity:
    position: int
    title: str
    kind: str
    planned_seconds: int
    actual_seconds: int
    delivery: SegmentDelivery


@dataclass(frozen=True)
class PlannedPause:
    """A pause point in the plan: where the video stops for a question."""

    segment_position: int
    segment_title: str
    at_ms: int
    prompt: str


@dataclass(frozen=True)
class PauseFidelity:
    pause: PlannedPause
    used: bool | None  # None: this session's pause points were not recorded


@dataclass(frozen=True)
class SessionFidelity:
    group_name: str
    chapter_position: int
    chapter_title: str
    date: dt.date
    facilitators: str
    segments: tuple[SegmentFidelity, ...]
    pauses: tuple[PauseFidelity, ...]
    shown_order: tuple[int, ...] | None  # segment positions in the order first shown; None without events
    timer_pauses: int = 0
    timer_paused_seconds: int = 0
    adjustments: int = 0  # nudges and rebalances made live
    timed: bool = True  # False: no timings were recorded (the plan is shown)
    chapter_order_note: str = ""  # where this chapter came in the order the group's chapters were delivered

    def count(self, which: SegmentDelivery) -> int:
        return sum(1 for s in self.segments if s.delivery is which)

    @property
    def planned_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.segments)

    @property
    def actual_seconds(self) -> int:
        return sum(s.actual_seconds for s in self.segments)

    @property
    def pauses_recorded(self) -> bool:
        return all(p.used is not None for p in self.pauses)

    @property
    def pauses_used(self) -> int:
        return sum(1 for p in self.pauses if p.used)

    @property
    def segments_in_order(self) -> bool | None:
        if self.shown_order is None:
            return None
        return list(self.shown_order) == sorted(self.shown_order)

    @property
    def out_of_order(self) -> tuple[int, ...]:
        """Segments first shown before one that comes earlier in the plan."""
        if self.shown_order is None:
            return ()
        late = []
        for i, position in enumerate(self.shown_order):
            if any(later < position for later in self.shown_order[i + 1:]):
                late.append(position)
        return tuple(late)


def shown_order(events: Iterable[EventRecord], positions: Sequence[int]) -> tuple[int, ...] | None:
    """Segment positions in the order they were first shown; None when nothing was recorded."""
    events = sorted(events, key=lambda e: e.seq)
    if not events:
        return None
    moves = (EventKind.START, EventKind.NEXT, EventKind.PREVIOUS, EventKind.JUMP)
    seen: list[int] = []
    for event in events:
        index = event.segment_index if event.kind != EventKind.START else (event.segment_index or 0)
        if event.kind in moves and index is not None and 0 <= index < len(positions):
            if positions[index] not in seen:
                seen.append(positions[index])
    return tuple(seen)


def timer_pauses(events: Iterable[EventRecord], segment_count: int) -> tuple[int, int]:
    """(how many times the timer was paused, for how many seconds in all)."""
    events = list(events)
    line = replay([0] * segment_count, events)
    return sum(1 for e in events if e.kind == EventKind.PAUSE), line.paused_ns // NS


def pause_fidelity(
    planned: Sequence[PlannedPause], reached: Iterable[PausePointReached] | None
) -> tuple[PauseFidelity, ...]:
    """Each planned pause point, used (the video stopped there) or skipped; unknown when not recorded."""
    if reached is None:
        return tuple(PauseFidelity(p, None) for p in planned)
    stops = {(r.segment_position, r.at_ms) for r in reached}
    return tuple(PauseFidelity(p, (p.segment_position, p.at_ms) in stops) for p in planned)


def session_fidelity(
    heading: tuple[str, int, str, dt.date, str],
    outcomes: Sequence[SegmentOutcome] | None,
    plan: Sequence[SegmentOutcome],
    events: Sequence[EventRecord],
    planned_pauses: Sequence[PlannedPause],
    reached: Iterable[PausePointReached] | None,
    adjustments: int = 0,
) -> SessionFidelity:
    """One delivered session. `heading` is (group, chapter position, chapter title, date, facilitators);
    `outcomes` the recorded planned/actual time per segment (None when nothing was timed), `plan`
    the chapter's segments as planned (actual 0), `reached` the pause points the video stopped at
    (None when the session's pause points were not recorded)."""
    timed = bool(outcomes)
    rows = outcomes if timed else plan
    segments = tuple(
        SegmentFidelity(
            s.position, s.title, s.kind, s.planned_seconds, s.actual_seconds,
            classify(s.planned_seconds, s.actual_seconds, s.covered) if timed else SegmentDelivery.DELIVERED,
        )
        for s in rows
    )
    pauses, paused = timer_pauses(events, len(rows))
    group, position, title, date, facilitators = heading
    return SessionFidelity(
        group_name=group, chapter_position=position, chapter_title=title, date=date, facilitators=facilitators,
        segments=segments,
        pauses=pause_fidelity(planned_pauses, reached),
        shown_order=shown_order(events, [s.position for s in rows]),
        timer_pauses=pauses, timer_paused_seconds=paused, adjustments=adjustments, timed=timed,
    )


@dataclass(frozen=True)
class ChapterOrder:
    """The order a group's chapters were delivered in."""

    delivered: tuple[int, ...]  # chapter positions in the order they were delivered
    all_positions: tuple[int, ...]

    @property
    def in_order(self) -> bool:
        return list(self.delivered) == sorted(self.delivered)

    @property
    def passed_over(self) -> tuple[int, ...]:
        """Chapters not delivered although a later chapter was."""
        if not self.delivered:
            return ()
        last = max(self.delivered)
        return tuple(p for p in self.all_positions if p < last and p not in self.delivered)

    def note_for(self, position: int) -> str:
        """One delivered chapter's place in the order: in programme order, or what it came before or after."""
        if position not in self.delivered:
            return ""
        before = self.delivered[: self.delivered.index(position)]
        later_first = sorted(p for p in before if p > position)
        earlier_missing = [p for p in self.all_positions if p < position and p not in before]
        # One whole sentence for each case (none, one or several chapters on either side).
        case = (min(len(later_first), 2), min(len(earlier_missing), 2))
        return translate("Fidelity", _ORDER_NOTES[case]).format(
            chapter=position, later=_chapters(later_first), earlier=_chapters(earlier_missing))


_ORDER_NOTES = {
    (0, 0): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered in programme order."),
    (1, 0): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which comes later in the "
                                          "programme."),
    (2, 0): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which come later in the "
                                          "programme."),
    (0, 1): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered before {earlier}, which comes earlier."),
    (0, 2): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered before {earlier}, which come earlier."),
    (1, 1): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which comes later in the "
                                          "programme and before {earlier}, which comes earlier."),
    (1, 2): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which comes later in the "
                                          "programme and before {earlier}, which come earlier."),
    (2, 1): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which come later in the "
                                          "programme and before {earlier}, which comes earlier."),
    (2, 2): QT_TRANSLATE_NOOP("Fidelity", "Chapter {chapter} was delivered after {later}, which come later in the "
                                          "programme and before {earlier}, which come earlier."),
}


def _chapters(positions) -> str:
    numbers = [str(p) for p in positions]
    if len(numbers) <= 1:
        return translate("Fidelity", "chapter {number}").format(number="".join(numbers))
    return translate(
        "Fidelity", "chapters {numbers} and {last}").format(numbers=", ".join(numbers[:-1]), last=numbers[-1])


def chapter_order(delivered: Iterable[tuple[int, dt.datetime | dt.date]], all_positions: Iterable[int]) -> ChapterOrder:
    """From (chapter position, when it was delivered) pairs; dates sort before times on the same day."""
    def key(item):
        position, when = item
        stamp = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time.min)
        return stamp, position

    return ChapterOrder(tuple(p for p, _ in sorted(delivered, key=key)), tuple(sorted(all_positions)))


@dataclass(frozen=True)
class GroupFidelity:
    group_name: str
    programme_name: str
    facilitators: str
    sessions: tuple[SessionFidelity, ...]
    order: ChapterOrder
