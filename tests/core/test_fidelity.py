"""Fidelity from recorded run events: delivered / shortened / skipped, pause points used, order shown."""

from __future__ import annotations

import datetime as dt

from cos_desktop.core.fidelity import (
    PlannedPause,
    SegmentDelivery,
    chapter_order,
    classify,
    session_fidelity,
    shown_order,
)
from cos_desktop.core.live_run import EventRecord, LiveRun, PlannedSegment
from cos_desktop.core.clock import FakeClock
from cos_desktop.core.run_summary import PausePointReached, SegmentOutcome

HEADING = ("Tuesday group", 3, "Being with", dt.date(2026, 2, 3), "Sam")


def test_classify_by_the_rules_on_the_page():
    assert classify(600, 600) is SegmentDelivery.DELIVERED
    assert classify(600, 900) is SegmentDelivery.DELIVERED  # ran over: the minutes say by how much
    assert classify(600, 541) is SegmentDelivery.DELIVERED  # a minute short is not "shortened"
    assert classify(600, 480) is SegmentDelivery.SHORTENED  # two minutes and 20% short
    assert classify(3600, 3400) is SegmentDelivery.DELIVERED  # 200 s short of an hour is under 15%
    assert classify(600, 149) is SegmentDelivery.SKIPPED  # under a quarter of its time
    assert classify(600, 600, shown=False) is SegmentDelivery.SKIPPED
    assert classify(0, 0) is SegmentDelivery.DELIVERED


def _live_session():
    """A real LiveRun driven through a session: jumps ahead, pauses, comes back, skips one segment."""
    clock = FakeClock()
    segments = [PlannedSegment(i + 1, f"Segment {i + 1}", "video" if i == 1 else "discussion", 600) for i in range(4)]
    live = LiveRun(segments, clock)
    live.start()
    clock.advance(600)
    live.jump(2)  # segment 3 before segment 2
    clock.advance(300)
    live.pause()
    clock.advance(120)
    live.resume()
    clock.advance(100)
    live.previous()  # back to segment 2
    clock.advance(590)
    live.end()  # segment 4 never shown
    return live, segments


def test_a_session_replayed_from_its_events():
    live, segments = _live_session()
    summary = live.summary()
    plan = [SegmentOutcome(s.position, s.title, s.kind, s.planned_seconds, 0) for s in segments]
    pauses = [PlannedPause(2, "Segment 2", 30_000, "What did you notice?"), PlannedPause(2, "Segment 2", 90_000, "And?")]
    view = session_fidelity(HEADING, summary.segments, plan, live.events, pauses, [PausePointReached(2, 30_000, "x")])
    assert [s.delivery for s in view.segments] == [
        SegmentDelivery.DELIVERED, SegmentDelivery.DELIVERED, SegmentDelivery.SHORTENED, SegmentDelivery.SKIPPED,
    ]
    assert [s.actual_seconds for s in view.segments] == [600, 590, 400, 0]
    assert view.planned_seconds == 2400 and view.actual_seconds == 1590
    assert view.shown_order == (1, 3, 2) and view.segments_in_order is False and view.out_of_order == (3,)
    assert (view.timer_pauses, view.timer_paused_seconds) == (1, 120)
    assert [p.used for p in view.pauses] == [True, False] and view.pauses_used == 1 and view.pauses_recorded


def test_a_session_without_events_or_recorded_stops_says_so():
    plan = [SegmentOutcome(1, "Welcome", "check-in", 600, 0)]
    view = session_fidelity(HEADING, None, plan, [], [PlannedPause(1, "Welcome", 5000, "?")], None)
    assert view.timed is False and view.shown_order is None and view.segments_in_order is None
    assert [p.used for p in view.pauses] == [None] and not view.pauses_recorded
    assert view.segments[0].delivery is SegmentDelivery.DELIVERED


def test_shown_order_ignores_moves_outside_the_plan():
    stamp = dt.datetime(2026, 2, 3, 18, 30)
    events = [EventRecord(0, "start", None, stamp, 0), EventRecord(1, "jump", 7, stamp, 1), EventRecord(2, "next", 1, stamp, 2)]
    assert shown_order(events, [1, 2]) == (1, 2)
    assert shown_order([], [1, 2]) is None


def test_chapters_in_order_and_chapters_passed_over():
    day = dt.date(2026, 1, 5)
    in_order = chapter_order([(1, day), (2, day + dt.timedelta(7)), (3, day + dt.timedelta(14))], range(1, 9))
    assert in_order.in_order and in_order.passed_over == ()
    swapped = chapter_order(
        [(1, day), (3, dt.datetime(2026, 1, 12, 18, 30)), (2, day + dt.timedelta(14))], range(1, 9)
    )
    assert swapped.delivered == (1, 3, 2) and not swapped.in_order
    gap = chapter_order([(1, day), (4, day + dt.timedelta(7))], range(1, 9))
    assert gap.in_order and gap.passed_over == (2, 3)
    assert chapter_order([], range(1, 9)).passed_over == ()


def test_each_chapter_says_where_it_came_in_the_order():
    day = dt.date(2026, 1, 5)
    order = chapter_order([(1, day), (3, day + dt.timedelta(7)), (2, day + dt.timedelta(14)), (5, day + dt.timedelta(21))],
                          range(1, 9))
    assert order.note_for(1) == "Chapter 1 was delivered in programme order."
    assert order.note_for(3) == "Chapter 3 was delivered before chapter 2, which comes earlier."
    assert order.note_for(2) == "Chapter 2 was delivered after chapter 3, which comes later in the programme."
    assert order.note_for(5) == "Chapter 5 was delivered before chapter 4, which comes earlier."
    assert order.note_for(6) == ""
    late = chapter_order([(4, day), (3, day + dt.timedelta(7))], range(1, 9))
    assert late.note_for(3) == ("Chapter 3 was delivered after chapter 4, which comes later in the programme and "
                                "before chapters 1 and 2, which come earlier.")
