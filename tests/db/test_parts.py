"""Chapters in parts on SQLite and PostgreSQL: sessions follow the parts, dates move, records are
kept, the report rolls parts up by chapter, and an older database upgrades with one part each."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from cos_desktop.core import parts
from cos_desktop.core.kinds import AttendanceStatus, RunStatus
from cos_desktop.db import part_sessions, plans, records, store
from cos_desktop.db import report_queries as rq
from cos_desktop.db.engine import open_database, run_migrations
from cos_desktop.db.transactions import committed
from tests.export.pdfread import body_text

MONDAY = dt.date(2026, 1, 5)


def make_group(session, name="Tuesday", **extra):
    template = store.ensure_builtin_template(session)
    return committed(session, lambda: store.create_group(session, name=name, template=template, first_date=MONDAY,
                                                         **extra))


def schedule(group):
    return [(r.chapter_position, r.part, r.date) for r in group.sessions]


def test_an_online_group_has_every_chapter_in_two_60_minute_parts_and_16_weekly_dates(session):
    group = make_group(session, session_minutes=60, parts=2)
    assert len(group.sessions) == 16
    assert [(r.chapter_position, r.part) for r in group.sessions][:4] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert [r.date for r in group.sessions] == [MONDAY + dt.timedelta(weeks=i) for i in range(16)]
    for chapter in group.curriculum.chapters:
        assert chapter.part_count == 2
        for run in (r for r in group.sessions if r.chapter_id == chapter.id):
            assert sum(s.planned_seconds for s in run.segments) == 60 * 60  # each part fitted to 60 minutes
            assert run.segments  # never a part with no segments


def test_splitting_a_chapter_adds_a_session_a_week_later_and_undo_puts_every_date_back(session):
    group = make_group(session)
    before = store.snapshot_curriculum(group.curriculum)
    dates = schedule(group)
    split = parts.split_at(before, 2, 4)
    committed(session, lambda: plans.restore_plan(session, group.curriculum_id, split))
    session.refresh(group)
    assert len(group.sessions) == 9
    new = schedule(group)
    assert new[2] == (3, 1, dates[2][2])
    assert new[3] == (3, 2, dates[2][2] + dt.timedelta(weeks=1))
    assert [d for _c, _p, d in new[4:]] == [d + dt.timedelta(weeks=1) for _c, _p, d in dates[3:]]
    committed(session, lambda: plans.restore_plan(session, group.curriculum_id, before))  # what Undo does
    session.refresh(group)
    assert schedule(group) == dates


def test_a_part_with_records_is_not_joined_away(session):
    group = make_group(session)
    parent = committed(session, lambda: records.add_participant(session, group, "Ana"))
    snapshot = store.snapshot_curriculum(group.curriculum)
    split = parts.split_at(snapshot, 0, 4)
    committed(session, lambda: plans.restore_plan(session, group.curriculum_id, split))
    session.refresh(group)
    second = group.sessions[1]
    committed(session, lambda: records.set_attendance(session, second, parent, AttendanceStatus.PRESENT))
    with pytest.raises(part_sessions.PartHasRecords, match="Part 2 of chapter 1 already has attendance"):
        committed(session, lambda: plans.restore_plan(session, group.curriculum_id, snapshot))
    session.refresh(group)
    assert len(group.sessions) == 9


def test_a_plan_with_an_empty_part_is_refused_before_it_reaches_the_database(session):
    group = make_group(session)
    snapshot = store.snapshot_curriculum(group.curriculum)
    for segment in snapshot["chapters"][0]["segments"]:
        segment["part"] = 2  # part 1 left with nothing
    with pytest.raises(parts.EmptyPart, match="Part 1 of chapter 1 would have no segments"):
        committed(session, lambda: plans.restore_plan(session, group.curriculum_id, snapshot))
    session.refresh(group)
    assert len(group.sessions) == 8


def test_moving_a_part_date_with_the_later_ones_keeps_the_order(session):
    group = make_group(session, session_minutes=60, parts=2)
    run = group.sessions[3]  # chapter 2, part 2
    committed(session, lambda: records.move_session(session, run, run.date + dt.timedelta(weeks=1), shift_later=True))
    session.refresh(group)
    dates = [r.date for r in group.sessions]
    assert dates[:3] == [MONDAY + dt.timedelta(weeks=i) for i in range(3)]
    assert dates[3:] == [MONDAY + dt.timedelta(weeks=i + 1) for i in range(3, 16)]


def deliver(session, run, marks):
    for parent, status in marks.items():
        records.set_attendance(session, run, parent, status)
    run.status = RunStatus.ENDED.value
    session.commit()


def test_the_programme_report_counts_by_part_and_rolls_up_by_chapter(session, tmp_path):
    from cos_desktop.export.documents import build_programme_report

    group = make_group(session, session_minutes=60, parts=2)
    ana = committed(session, lambda: records.add_participant(session, group, "Ana"))
    ben = committed(session, lambda: records.add_participant(session, group, "Ben"))
    present, absent, late = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.LATE
    for run, marks in zip(group.sessions[:4], ({ana: present, ben: present}, {ana: late, ben: absent},
                                               {ana: present, ben: present}, {ana: present, ben: present})):
        deliver(session, run, marks)
    report = rq.programme_report_view(session, group)
    rows = {p.name: p for p in report.parents}
    assert rows["Ana"].parts_by_chapter()[1] == (2, 2)
    assert rows["Ben"].parts_by_chapter()[1] == (1, 2)
    assert rows["Ana"].attended == 2 and rows["Ben"].attended == 1  # Ben missed part 2 of chapter 1
    assert [(c.position, c.part, c.part_count) for c in report.chapters][:2] == [(1, 1, 2), (1, 2, 2)]

    pdf = tmp_path / "report.pdf"
    build_programme_report(report, str(pdf))
    words = " ".join(body_text(pdf).split())
    assert "1. Welcome to the Circle, part 2 of 2" in words or ", part 2 of 2" in words
    assert "counts as attended when the parent came (present or late) to every part of it" in words
    assert "Ana: attended 2 of 2 parts of chapter 1; attended 2 of 2 parts of chapter 2" in words
    assert "Ben: attended 1 of 2 parts of chapter 1; attended 2 of 2 parts of chapter 2" in words
    assert "2 of 8" in words and "1 of 8" in words  # completion counts chapters, not sessions


def test_the_facilitator_record_names_the_part_and_rolls_up_the_chapter(session, tmp_path):
    from cos_desktop.export.documents import build_facilitator_record

    group = make_group(session, session_minutes=60, parts=2)
    ana = committed(session, lambda: records.add_participant(session, group, "Ana"))
    ben = committed(session, lambda: records.add_participant(session, group, "Ben"))
    deliver(session, group.sessions[0], {ana: AttendanceStatus.PRESENT, ben: AttendanceStatus.ABSENT})
    deliver(session, group.sessions[1], {ana: AttendanceStatus.LATE, ben: AttendanceStatus.PRESENT})
    view = rq.facilitator_record_view(session, group.sessions[1])
    assert view.chapter_title.endswith(", part 2 of 2")
    assert [(a.name, a.status, a.chapter_parts) for a in view.attendance] == [
        ("Ana", "late", (2, 2)), ("Ben", "present", (1, 2))]
    pdf = tmp_path / "record.pdf"
    build_facilitator_record(view, str(pdf))
    words = " ".join(body_text(pdf).split())
    assert "Chapter 1 so far" in words and "2 of 2 parts" in words and "1 of 2 parts" in words


def test_an_older_database_upgrades_with_every_session_as_one_part(db_url):
    engine = create_engine(db_url)
    run_migrations(engine, "0005_agency_audit")
    stamp = {"t": dt.datetime(2025, 1, 1)}
    with engine.begin() as conn:  # plain SQL, as the schema before parts had it
        conn.execute(text("INSERT INTO curriculum (id, name, description, is_template, builtin, created_at, updated_at) "
                          "VALUES (1, 'P', '', false, false, :t, :t)"), stamp)
        conn.execute(text("INSERT INTO chapter_plan (id, curriculum_id, position, title, parent_summary, "
                          "notice_this_week, target_minutes) VALUES (1, 1, 1, 'Welcome', '', '', 90), "
                          "(2, 1, 2, 'Needs', '', '', 90)"))
        conn.execute(text("INSERT INTO segment_plan (id, chapter_id, position, title, kind, planned_seconds, "
                          "facilitator_prompt, parent_takeaway, video_title, optional_link_title, "
                          "optional_link_location) VALUES (1, 1, 1, 'Hello', 'check-in', 5400, '', '', '', '', ''), "
                          "(2, 2, 1, 'Talk', 'discussion', 5400, '', '', '', '', '')"))
        conn.execute(text("INSERT INTO group_ (id, name, delivery, session_minutes, weekday, start_time, first_date, "
                          "venue, facilitators, contact, archived, is_demo, curriculum_id, created_at) VALUES "
                          "(1, 'Old group', 'group', 90, 0, '18:30:00', '2025-01-06', '', '', '', false, false, 1, :t)"),
                     stamp)
        conn.execute(text("INSERT INTO participant (id, group_id, display_name, child_ages, consent_named, created_at) "
                          "VALUES (1, 1, 'Ana', '', false, :t)"), stamp)
        conn.execute(text("INSERT INTO session_run (id, group_id, chapter_id, chapter_position, date, status, "
                          "summary_json) VALUES (1, 1, 1, 1, '2025-01-06', 'ended', ''), "
                          "(2, 1, 2, 2, '2025-01-13', 'planned', '')"))
        conn.execute(text("INSERT INTO attendance (run_id, participant_id, status, updated_at) "
                          "VALUES (1, 1, 'present', :t)"), stamp)
        conn.execute(text("INSERT INTO note (run_id, text, visibility, created_at, updated_at) VALUES "
                          "(1, 'Kept through the upgrade.', 'private', :t, :t)"), stamp)
    engine.dispose()
    db = open_database(db_url)
    with db.session() as s:
        group = store.group_by_name(s, "Old group")
        assert [(r.chapter_position, r.part, r.part_count) for r in group.sessions] == [(1, 1, 1), (2, 1, 1)]
        assert [n.text for n in group.sessions[0].notes] == ["Kept through the upgrade."]
        assert records.attendance_for_run(s, group.sessions[0]) == {1: "present"}
        assert [seg.part for c in group.curriculum.chapters for seg in c.segments] == [1, 1]
        assert group.sessions[0].segments == group.curriculum.chapters[0].segments
    db.dispose()


def test_a_parents_summary_of_part_1_names_the_part_and_points_to_part_2(session):
    group = make_group(session, session_minutes=60, parts=2)
    ana = committed(session, lambda: records.add_participant(session, group, "Ana", consent_named=True))
    first = group.sessions[0]
    deliver(session, first, {ana: AttendanceStatus.PRESENT})
    view = rq.parent_summary_view(session, first, ana)
    assert view.chapter_title.endswith(", part 1 of 2")
    assert view.next_session.chapter_position == 1 and view.next_session.chapter_title.endswith(", part 2 of 2")
    choices = rq.dialog_choices(session, group.id)
    assert [c.title.rsplit(", ", 1)[-1] for c in choices.chapters[:2]] == ["part 1 of 2", "part 2 of 2"]


def test_a_programme_already_in_parts_makes_an_online_group_of_exactly_two_parts_each(session):
    template = store.ensure_builtin_template(session)
    mine = committed(session, lambda: store.save_as_new_programme(session, template, "Three parts"))
    snapshot = store.snapshot_curriculum(mine)
    for index in range(len(snapshot["chapters"])):
        snapshot = parts.split_at(parts.split_at(snapshot, index, 5), index, 2)
    committed(session, lambda: plans.restore_plan(session, mine.id, snapshot))
    assert {c.part_count for c in mine.chapters} == {3}
    group = committed(session, lambda: store.create_group(session, name="From parts", template=mine,
                                                          first_date=MONDAY, session_minutes=60, parts=2))
    assert len(group.sessions) == 16 and {c.part_count for c in group.curriculum.chapters} == {2}
    kept = committed(session, lambda: store.create_group(session, name="As planned", template=mine, first_date=MONDAY))
    assert len(kept.sessions) == 24  # without the online choice, the programme's own parts are kept


def test_the_attendance_csv_names_each_part(session):
    from cos_desktop.export.csv_export import attendance_rows

    group = make_group(session, session_minutes=60, parts=2)
    committed(session, lambda: records.add_participant(session, group, "Ana"))
    header = attendance_rows(rq.programme_report_view(session, group))[0]
    assert header[2:4] == ["Chapter 1 part 1 of 2 (2026-01-05)", "Chapter 1 part 2 of 2 (2026-01-12)"]
