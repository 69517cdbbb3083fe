"""The live run's timing truth, on a fake clock: exact seconds, whatever happens in the room."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cos_desktop.core.clock import FakeClock
from cos_desktop.core.live_run import (
    LiveRun,
    PlannedSegment,
    RunState,
    TimerState,
    format_countdown,
    ns_to_next_display_change,
    replay,
)
from cos_desktop.core.public_view import Screen, public_view

MIN = 60


def segments(*minutes_and_kinds):
    return [
        PlannedSegment(position=i + 1, title=f"Segment {i + 1}", kind=kind, planned_seconds=m * MIN)
        for i, (m, kind) in enumerate(minutes_and_kinds)
    ]


PLAN = segments((10, "check-in"), (20, "video"), (15, "discussion"), (10, "break"), (25, "reflection"), (20, "video"), (20, "closing"))


def test_scripted_two_hour_run_gives_exact_times_per_segment():
    clock = FakeClock()
    saved = []
    run = LiveRun(PLAN, clock, record=saved.append)
    run.start()
    clock.advance(9 * MIN + 30)
    run.pause()
    clock.advance(5 * MIN)  # a fire alarm: paused time counts nowhere
    run.resume()
    clock.advance(2 * MIN)  # segment 1: 11:30 in all
    run.next()
    clock.advance(12 * MIN)
    # The laptop sleeps for 7 minutes while the video block runs: the sleep counts.
    clock.advance(7 * MIN)
    run.next()
    clock.advance(3 * MIN)
    run.jump(4)  # skip ahead to the reflection
    clock.advance(10 * MIN)
    run.nudge(+MIN)
    run.nudge(+MIN)
    run.nudge(-MIN)
    run.jump(2)  # back to the discussion: its time adds up
    clock.advance(14 * MIN)
    run.next()  # the break
    clock.advance(11 * MIN + 15)
    run.next()
    clock.advance(16 * MIN + 45)
    run.next()  # the second video
    clock.advance(21 * MIN)
    run.next()
    clock.advance(19 * MIN + 1)
    run.end()
    clock.advance(30 * MIN)  # time after the end counts nowhere

    summary = run.summary()
    actual = [s.actual_seconds for s in summary.segments]
    assert actual == [690, 19 * MIN, 17 * MIN, 675, 26 * MIN + 45, 21 * MIN, 19 * MIN + 1]
    assert summary.actual_total_seconds == 690 + 1140 + 1020 + 675 + 1605 + 1260 + 1141
    # Three presses on one segment are one change, and the summary compares with the changed plan.
    nudges = [a for a in summary.adjustments if a.kind == "nudge"]
    assert [(a.seconds, a.before_seconds, a.after_seconds) for a in nudges] == [(60, 25 * MIN, 26 * MIN)]
    assert nudges[0].description == "25 -> 26 min"
    assert summary.segments[4].planned_seconds == 26 * MIN and summary.segments[4].original_seconds == 25 * MIN
    assert all(s.covered for s in summary.segments)
    assert run.state is RunState.ENDED
    assert len(saved) == len(run.events)  # every event went to the recorder as it happened


def test_replay_of_saved_events_matches_the_live_run():
    clock = FakeClock()
    run = LiveRun(PLAN, clock)
    run.start()
    clock.advance(ns=123_456_789)
    run.next()
    clock.advance(ns=987_654_321_000)
    snap = run.snapshot()
    again = replay([s.planned_seconds for s in PLAN], run.events, clock.now())
    assert again.elapsed_ns[:2] == [123_456_789, 987_654_321_000]
    assert snap.elapsed_ns == 987_654_321_000


def test_time_while_the_app_was_closed_counts_in_the_current_segment():
    clock = FakeClock()
    first = LiveRun(PLAN, clock)
    first.start()
    clock.advance(4 * MIN)
    first.next()
    clock.advance(3 * MIN)
    # The app is killed here; 6 minutes pass; it starts again with a new monotonic origin.
    clock.advance(6 * MIN)
    clock.restart_process(monotonic_ns=42)
    second = LiveRun(PLAN, clock, events=first.events)
    assert second.snapshot().elapsed_ns == 9 * MIN * 10**9  # offered before reopening: wall clock
    second.reopen()
    clock.advance(MIN)
    snap = second.snapshot()
    assert snap.current == 1 and snap.elapsed_ns == 10 * MIN * 10**9
    assert second.summary().segments[0].actual_seconds == 4 * MIN


def test_a_paused_session_stays_paused_across_a_restart():
    clock = FakeClock()
    first = LiveRun(PLAN, clock)
    first.start()
    clock.advance(2 * MIN)
    first.pause()
    clock.advance(20 * MIN)
    clock.restart_process()
    second = LiveRun(PLAN, clock, events=first.events)
    second.reopen()
    assert second.state is RunState.PAUSED
    assert second.snapshot().elapsed_ns == 2 * MIN * 10**9


def test_countdown_turns_near_end_then_over():
    clock = FakeClock()
    run = LiveRun(PLAN, clock)
    run.start()
    assert run.snapshot().timer_state is TimerState.OK
    assert run.snapshot().countdown_text == "10:00"
    clock.advance(8 * MIN)
    assert run.snapshot().timer_state is TimerState.NEAR_END
    assert run.snapshot().countdown_text == "2:00"
    clock.advance(2 * MIN + 80)
    assert run.snapshot().timer_state is TimerState.OVER
    assert run.snapshot().countdown_text == "+1:20"


def test_countdown_text_and_next_change():
    assert format_countdown(10_200_000_000) == "0:11"
    assert format_countdown(10_000_000_000) == "0:10"
    assert format_countdown(-400_000_000) == "0:00"
    assert format_countdown(-1_000_000_000) == "+0:01"
    assert ns_to_next_display_change(10_200_000_000) == 200_000_000
    assert ns_to_next_display_change(10_000_000_000) == 1_000_000_000
    assert ns_to_next_display_change(-400_000_000) == 600_000_000


def test_projected_finish_and_rebalance_of_flexible_segments():
    clock = FakeClock(wall=dt.datetime(2026, 3, 5, 18, 30))
    run = LiveRun(PLAN, clock)  # planned 120 minutes: ends 20:30
    run.start()
    clock.advance(22 * MIN)  # 12 minutes over in the check-in
    snap = run.snapshot()
    assert snap.planned_end == dt.datetime(2026, 3, 5, 20, 30)
    assert snap.projected_finish == dt.datetime(2026, 3, 5, 20, 42)
    proposal = run.rebalance_proposal()
    assert proposal is not None and proposal.on_time and proposal.saved_seconds == 12 * MIN
    # Videos (index 1 and 5) are never shortened.
    assert set(proposal.changes) <= {2, 3, 4, 6}
    assert all(new >= MIN for _old, new in proposal.changes.values())
    run.set_planned(proposal.planned, "Rebalanced to finish on time")
    assert run.snapshot().projected_finish == dt.datetime(2026, 3, 5, 20, 30)
    assert run.rebalance_proposal() is None
    # Undo: the old times come back as another recorded change.
    run.set_planned({i: old for i, (old, _new) in proposal.changes.items()}, "Undo rebalance")
    assert run.snapshot().projected_finish == dt.datetime(2026, 3, 5, 20, 42)
    # The written plan is unchanged: the summary still compares against it.
    assert [s.planned_seconds for s in run.summary().segments] == [s.planned_seconds for s in PLAN]


def test_rebalance_says_when_it_cannot_make_up_the_time():
    clock = FakeClock()
    run = LiveRun(segments((10, "check-in"), (20, "video"), (3, "closing")), clock)
    run.start()
    clock.advance(40 * MIN)
    proposal = run.rebalance_proposal()
    assert proposal is not None and not proposal.on_time
    assert proposal.changes == {2: (3 * MIN, MIN)}


def test_listeners_hear_segment_and_state_changes():
    clock = FakeClock()
    run = LiveRun(PLAN, clock)
    segments_seen, states = [], []
    run.segment_changed.append(segments_seen.append)
    run.state_changed.append(states.append)
    run.start()
    run.next()
    run.toggle_pause()
    run.toggle_pause()
    run.previous()
    run.end()
    assert segments_seen == [0, 1, 0]
    assert states == [RunState.RUNNING, RunState.PAUSED, RunState.RUNNING, RunState.ENDED]
    assert not run.next()  # nothing moves after the end


def test_a_failing_save_keeps_the_event_and_retries():
    clock = FakeClock()
    saved, failures = [], []
    broken = {"on": True}

    def record(event):
        if broken["on"]:
            raise OSError("disk full")
        saved.append(event.kind)

    run = LiveRun(PLAN, clock, record=record)
    run.save_failed.append(failures.append)
    run.start()
    assert failures and run.unsaved_count == 1
    broken["on"] = False
    run.next()
    assert saved == ["start", "next"] and run.unsaved_count == 0


def test_break_shows_return_time_on_the_public_view():
    clock = FakeClock(wall=dt.datetime(2026, 3, 5, 19, 30))
    run = LiveRun(segments((5, "discussion"), (15, "break"), (5, "closing")), clock)
    run.start()
    run.next()
    clock.advance(10)
    view = public_view(run.snapshot(), chapter_title="Being-With", chapter_position=3, to_local=lambda t: t)
    assert view.back_at == "19:45"
    assert view.segment_title == "Segment 2" and view.chapter_heading == "Chapter 3: Being-With"
    blank = public_view(run.snapshot(), chapter_title="x", chapter_position=1, screen=Screen.BLANK)
    assert blank.screen is Screen.BLANK


def test_real_clock_counts_sleep_on_linux():
    import sys
    import time

    from cos_desktop.core.clock import RealClock

    clock = RealClock()
    if sys.platform.startswith("linux"):
        before = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
        reading = clock.now().monotonic_ns
        after = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
        assert before <= reading <= after
    first, second = clock.now(), clock.now()
    assert second.monotonic_ns >= first.monotonic_ns

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["next", "previous", "jump", "pause", "resume", "nudge", "sleep", "restart"]),
        st.integers(min_value=0, max_value=6),
        st.integers(min_value=0, max_value=900_000_000_000),  # up to 15 minutes, in ns
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(ACTIONS)
def test_any_script_gives_exact_times_against_a_simple_model(script):
    clock = FakeClock()
    run = LiveRun(PLAN, clock)
    run.start()
    expected = [0] * len(PLAN)
    current, paused = 0, False
    for action, index, wait_ns in script:
        wait_ns -= wait_ns % 1000  # the wall clock keeps microseconds
        clock.advance(ns=wait_ns)
        if not paused:
            expected[current] += wait_ns
        if action == "restart":
            clock.restart_process(monotonic_ns=index)
            run = LiveRun(PLAN, clock, events=run.events)
            run.reopen()
        elif action == "sleep":
            clock.advance(ns=wait_ns)  # the lid closed for as long again
            if not paused:
                expected[current] += wait_ns
        elif action == "next" and run.next():
            current += 1
        elif action == "previous" and run.previous():
            current -= 1
        elif action == "jump" and run.jump(index):
            current = index
        elif action == "pause" and run.pause():
            paused = True
        elif action == "resume" and run.resume():
            paused = False
        elif action == "nudge":
            run.nudge(60 if index % 2 else -60)
    assert run.timeline(clock.now()).elapsed_ns == expected
    assert run.snapshot().current == current


def test_a_segment_cannot_be_nudged_below_one_minute():
    clock = FakeClock()
    run = LiveRun([PlannedSegment(1, "Welcome", "check-in", 2 * MIN), PlannedSegment(2, "Talk", "discussion", 30)], clock)
    run.start()
    assert run.nudge(-MIN)
    assert not run.nudge(-MIN)  # already one minute: "-" does nothing
    assert run.snapshot().planned_ns == MIN * 1_000_000_000
    run.next()
    assert not run.nudge(-MIN)  # planned under a minute: it never shrinks further
    assert run.nudge(+MIN)  # but it can grow
    assert run.snapshot().planned_ns == 90 * 1_000_000_000
    summary = run.summary()
    assert [a.description for a in summary.adjustments] == ["2 -> 1 min", "1 -> 2 min"]
