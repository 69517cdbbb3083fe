"""Measures and totals in the database (SQLite and PostgreSQL), and fidelity read from stored runs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cos_desktop.core.clock import FakeClock
from cos_desktop.core.fidelity import SegmentDelivery
from cos_desktop.core.run_summary import RunSummary
from cos_desktop.db import fidelity_queries, measures, records, run_store
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.db.models import MeasureScore, PausePoint
from cos_desktop.db.transactions import committed


@pytest.fixture
def demo(session):
    return load_demo_group(session)


def _stress(session, group) -> int:
    return committed(session, lambda: measures.add_measure(session, group.id, "Parenting stress", 36, 180, "lower"))


def test_totals_are_stored_range_checked_and_read_back_in_a_new_session(database):
    session = database.session()
    group = load_demo_group(session)
    group_id = group.id
    amira, ben = group.participants[0].id, group.participants[1].id
    stress = _stress(session, group)
    committed(session, lambda: measures.set_score(session, stress, amira, "pre", "120"))
    committed(session, lambda: measures.set_score(session, stress, amira, "post", "98,5"))
    committed(session, lambda: measures.set_score(session, stress, ben, "pre", 90))
    with pytest.raises(ValueError, match="200 is outside the range of Parenting stress: a total from 36 to 180"):
        committed(session, lambda: measures.set_score(session, stress, ben, "post", "200"))
    session.close()
    with database.session() as fresh:
        from cos_desktop.db.models import Group

        group = fresh.get(Group, group_id)
        grid = measures.score_grid(fresh, group.id)
        assert grid.score(stress, amira) == (120, 98.5) and grid.score(stress, ben) == (90, None)
        assert [m.scored for m in grid.measures] == [2]
        view = measures.outcomes_view(fresh, group)
        only = view.measures[0]
        assert only.n == 1 and only.mean_change == pytest.approx(-21.5) and only.improved == 1
        assert view.parent_count == 8


def test_clearing_both_totals_removes_the_line(session, demo):
    stress = _stress(session, demo)
    amira = demo.participants[0]
    committed(session, lambda: measures.set_score(session, stress, amira.id, "pre", "100"))
    committed(session, lambda: measures.set_score(session, stress, amira.id, "pre", ""))
    assert session.scalar(select(func.count()).select_from(MeasureScore)) == 0


def test_a_narrower_range_that_would_strand_a_total_is_refused(session, demo):
    stress = _stress(session, demo)
    committed(session, lambda: measures.set_score(session, stress, demo.participants[0].id, "pre", "150"))
    with pytest.raises(ValueError, match=r"1 total\(s\) already entered lie outside 36 to 140 \(Amira K. \(demo\): 150\)"):
        committed(session, lambda: measures.update_measure(session, stress, "Parenting stress", 36, 140, "lower"))
    committed(session, lambda: measures.update_measure(session, stress, "PSI-SF", 36, 180, "lower"))
    assert [m.name for m in measures.measures(session, demo.id)] == ["PSI-SF"]


def test_deleting_a_measure_takes_its_totals_only_when_done(session, demo):
    stress = _stress(session, demo)
    other = committed(session, lambda: measures.add_measure(session, demo.id, "Confidence", 0, 40, "higher"))
    for person in demo.participants[:3]:
        committed(session, lambda: measures.set_score(session, stress, person.id, "pre", "100"))
        committed(session, lambda: measures.set_score(session, other, person.id, "pre", "10"))
    assert [m.scored for m in measures.measures(session, demo.id)] == [3, 3]
    committed(session, lambda: measures.delete_measure(session, stress))
    assert [m.name for m in measures.measures(session, demo.id)] == ["Confidence"]
    assert session.scalar(select(func.count()).select_from(MeasureScore)) == 3


def test_a_score_for_a_parent_of_another_group_is_refused(session, demo):
    from cos_desktop.db import store

    other = store.create_group(session, name="Other", template=store.ensure_builtin_template(session),
                               first_date=dt.date(2026, 1, 5))
    stranger = store.add_participant(session, other, "Zed")
    session.commit()
    stress = _stress(session, demo)
    with pytest.raises(ValueError, match="not in this measure's group"):
        committed(session, lambda: measures.set_score(session, stress, stranger.id, "pre", "100"))


def test_erasing_a_parent_erases_their_totals(session, demo):
    stress = _stress(session, demo)
    amira = demo.participants[0]
    committed(session, lambda: measures.set_score(session, stress, amira.id, "pre", "100"))
    committed(session, lambda: records.erase_participant(session, records.erase_plan(session, amira)))
    assert session.scalar(select(func.count()).select_from(MeasureScore)) == 0


def test_fidelity_of_the_demo_session_delivered_before_this_page_existed(session, demo):
    view = fidelity_queries.run_fidelity(session, demo.sessions[0])
    assert view.timed and view.segments_in_order is True
    assert view.count(SegmentDelivery.DELIVERED) + view.count(SegmentDelivery.SHORTENED) == len(view.segments)
    group = fidelity_queries.group_fidelity(session, demo)
    assert len(group.sessions) == 1 and group.order.delivered == (1,) and group.order.in_order


def test_fidelity_of_a_session_run_live_and_one_cut_short(session, demo):
    run = demo.sessions[1]
    video = next(s for s in run.chapter.segments if s.kind == "video")
    video.pause_points.append(PausePoint(at_ms=30_000, prompt="What need did you see?"))
    video.pause_points.append(PausePoint(at_ms=60_000, prompt="And then?"))
    session.commit()
    clock = FakeClock()
    live = run_store.live_run_for(session, run, run.chapter, clock)
    live.start()
    for index in range(len(run.chapter.segments) - 1):
        clock.advance(run.chapter.segments[index].planned_seconds if index != 1 else 30)
        live.next()
    clock.advance(60)
    live.end()
    summary = live.summary()
    summary.pause_points_reached.extend(RunSummary.from_json(
        '{"pause_points_reached": [{"segment_position": %d, "at_ms": 30000, "prompt": "x"}]}' % video.position
    ).pause_points_reached)
    committed(session, lambda: run_store.save_summary(session, run, summary))
    view = fidelity_queries.run_fidelity(session, run)
    assert view.segments[1].delivery is SegmentDelivery.SKIPPED  # 30 s of its planned time
    assert [p.used for p in view.pauses] == [True, False]
    # An interrupted session (no summary saved): the timings come from the events, the stops are unknown.
    run.summary_json = ""
    session.commit()
    again = fidelity_queries.run_fidelity(session, run)
    assert again.segments[1].delivery is SegmentDelivery.SKIPPED and [p.used for p in again.pauses] == [None, None]


def test_fidelity_notices_chapters_out_of_order(session, demo):
    later = demo.sessions[2]
    later.status, later.started_at = "ended", dt.datetime.combine(later.date, dt.time(18, 30))
    session.commit()
    order = fidelity_queries.group_fidelity(session, demo).order
    assert order.delivered == (1, 3) and order.passed_over == (2,)
    second = demo.sessions[1]
    second.status, second.started_at = "ended", later.started_at + dt.timedelta(days=7)
    session.commit()
    order = fidelity_queries.group_fidelity(session, demo).order
    assert order.delivered == (1, 3, 2) and not order.in_order
    record = fidelity_queries.run_fidelity(session, second)
    assert record.chapter_order_note == "Chapter 2 was delivered after chapter 3, which comes later in the programme."


def test_an_empty_database_has_no_measures(db_url):
    db = open_database(db_url)
    try:
        with db.session() as session:
            from cos_desktop.db import store

            group = store.create_group(session, name="First", template=store.ensure_builtin_template(session),
                                       first_date=dt.date(2026, 1, 5))
            session.commit()
            assert measures.score_grid(session, group.id).measures == []
            view = measures.outcomes_view(session, group)
            assert view.measures == () and view.parent_count == 0
            assert fidelity_queries.group_fidelity(session, group).sessions == ()
    finally:
        db.dispose()


def test_undoing_a_group_deletion_brings_its_measures_and_totals_back(session, demo):
    stress = _stress(session, demo)
    amira = demo.participants[0].id
    committed(session, lambda: measures.set_score(session, stress, amira, "pre", "120"))
    group_id = demo.id
    snapshot = committed(session, lambda: records.delete_group(session, demo))
    assert session.scalar(select(func.count()).select_from(MeasureScore)) == 0
    committed(session, lambda: records.restore(session, snapshot))
    grid = measures.score_grid(session, group_id)
    assert [m.name for m in grid.measures] == ["Parenting stress"] and grid.score(stress, amira) == (120, None)


def test_a_parents_own_record_lists_their_totals(session, demo, tmp_path):
    stress = _stress(session, demo)
    amira = demo.participants[0]
    committed(session, lambda: measures.set_score(session, stress, amira.id, "pre", "120"))
    text = records.export_participant(session, amira, tmp_path / "amira.txt").read_text(encoding="utf-8")
    assert "Questionnaire totals (before and after the programme)" in text
    assert "Parenting stress (36 to 180): before 120, after -" in text
    record = records.participant_record(session, demo.participants[1])
    assert record["questionnaire_totals"] == []
