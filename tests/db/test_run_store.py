"""Live runs in a real database (SQLite, and PostgreSQL in CI): events, resume, summaries."""

from __future__ import annotations

import datetime as dt

from cos_desktop.core.clock import FakeClock
from cos_desktop.core.run_summary import RunSummary
from cos_desktop.db import run_store, store
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.models import SessionRun

MIN = 60


def test_every_event_is_committed_and_a_restart_resumes_with_the_closed_time(database):
    clock = FakeClock(wall=dt.datetime(2026, 3, 12, 18, 31))
    with database.session() as session:
        group = load_demo_group(session, today=dt.date(2026, 3, 12))
        run = store.next_session(group)
        run_id = run.id
        live = run_store.live_run_for(session, run, run.chapter, clock)
        live.start()
        clock.advance(8 * MIN)
        live.next()
        clock.advance(4 * MIN + 12.5)
        live.nudge(MIN)
    # The app dies here: nothing else is written. 3 minutes later it starts again.
    clock.advance(3 * MIN)
    clock.restart_process(monotonic_ns=7)
    with database.session() as session:
        run = session.get(SessionRun, run_id)
        assert run.status == "running" and [e.kind for e in run.events] == ["start", "next", "nudge"]
        assert [r.id for r in run_store.interrupted_runs(session)] == [run_id]
        offer = run_store.resume_offer(run, clock)
        assert offer.chapter_position == 2 and offer.segment_position == 2
        assert offer.elapsed_seconds == 7 * MIN + 12.5
        assert offer.text == "Resume chapter 2, segment 2 (7:12 elapsed)"
        live = run_store.live_run_for(session, run, run.chapter, clock)
        live.reopen()
        clock.advance(MIN)
        assert live.snapshot().elapsed_ns == (8 * MIN + 12.5) * 10**9
        live.end()
        run_store.save_summary(session, run, live.summary())
    with database.session() as session:
        run = session.get(SessionRun, run_id)
        assert run.status == "ended" and run.ended_at is not None
        summary = RunSummary.from_json(run.summary_json)
        assert [s.actual_seconds for s in summary.segments[:2]] == [8 * MIN, 8 * MIN + 12]
        assert summary.adjustments[0].kind == "nudge"
        assert run_store.summary_of(run).segments[1].actual_seconds == 8 * MIN + 12
        assert run_store.interrupted_runs(session) == []


def test_planned_end_counts_from_the_groups_start_time(database):
    with database.session() as session:
        group = load_demo_group(session, today=dt.date(2026, 3, 12))
        run = store.next_session(group)
        from cos_desktop.core.clock import utc_from_local

        scheduled = utc_from_local(dt.datetime.combine(run.date, group.start_time))
        late_start = scheduled + dt.timedelta(minutes=9)
        end = run_store.planned_end(run, run.chapter, late_start)
        assert end == scheduled + dt.timedelta(seconds=run.chapter.planned_seconds)
        # A session run on another day is timed from its own start.
        assert run_store.planned_end(run, run.chapter, scheduled + dt.timedelta(days=3)) is None


def test_demo_history_replays_to_its_saved_summary(database):
    with database.session() as session:
        group = load_demo_group(session)
        delivered = group.sessions[0]
        delivered_summary = RunSummary.from_json(delivered.summary_json)
        live = run_store.live_run_for(None, delivered, delivered.chapter, FakeClock())
        replayed = live.summary()
        assert [s.actual_seconds for s in replayed.segments] == [s.actual_seconds for s in delivered_summary.segments]
