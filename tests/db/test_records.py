"""Groups, schedule, parents, attendance and notes on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import func, select

from cos_desktop.core.kinds import AttendanceStatus, Visibility
from cos_desktop.db import records, store
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.models import Attendance, Group, Note, NoteTag, Participant, SessionRun

HOSTILE = [
    "مرحبا، كيف حال طفلك؟",  # Arabic
    "שלום, הילד ישן טוב יותר",  # Hebrew
    "孩子最近睡眠不好，晚上常常醒来。",  # Chinese
    "Mixed עברית and English and 中文 😀👨‍👩‍👧",
    "<b>bold</b> & <i>friends</i>",
    "<img src='file:///etc/passwd'/> AT&T &amp; &lt;",
    "'; DROP TABLE note; --",
    '"quoted" \\ backslash \t tab',
    "line one\nline two\r\nline three",
    "x" * 10_000,
    "e\u0301 (combining) and \u200f right-to-left mark",
]


def make_group(session, name="Tuesday group", first=dt.date(2026, 3, 3)):
    template = store.ensure_builtin_template(session)
    group = store.create_group(session, name=name, template=template, first_date=first)
    session.commit()
    return group


def fresh(database):
    """A second, independent session: what a restarted app would read."""
    return database.session()


def test_group_list_edit_and_archive(session):
    a = make_group(session, "Bravo")
    b = make_group(session, "Alpha")
    records.add_participant(session, a, "Nadia")
    session.commit()
    rows = records.group_list(session)
    assert [r.name for r in rows] == ["Alpha", "Bravo"]
    assert rows[1].parent_count == 1 and rows[1].next_date == dt.date(2026, 3, 3)
    records.update_group(session, b, name="  Alpha ✨ <b>  ", venue="Room 2", session_minutes=120, delivery="individual")
    records.set_archived(session, a)
    session.commit()
    assert [r.name for r in records.group_list(session)] == ["Alpha ✨ <b>"]
    assert {r.name for r in records.group_list(session, include_archived=True)} == {"Alpha ✨ <b>", "Bravo"}
    with pytest.raises(ValueError):
        records.update_group(session, b, name="   ")


def test_moving_a_holiday_shifts_every_later_session(session):
    group = make_group(session)
    runs = group.sessions
    before = [r.date for r in runs]
    changed = records.move_session(session, runs[3], before[3] + dt.timedelta(weeks=1), shift_later=True)
    session.commit()
    assert [r.date for r in runs] == before[:3] + [d + dt.timedelta(weeks=1) for d in before[3:]]
    assert len(changed) == 5
    records.move_session(session, runs[0], before[0] - dt.timedelta(days=1), shift_later=False)
    session.commit()
    assert runs[0].date == before[0] - dt.timedelta(days=1) and runs[1].date == before[1]
    assert group.first_date == runs[0].date and group.weekday == runs[0].date.weekday()


def test_parents_add_rename_remove_with_same_names_and_bad_names(database):
    with database.session() as session:
        group = make_group(session)
        first = records.add_participant(session, group, "Sam", child_ages="2")
        second = records.add_participant(session, group, "Sam")
        session.commit()
        with pytest.raises(ValueError):
            records.add_participant(session, group, "   ")
        with pytest.raises(ValueError):
            records.rename_participant(session, first, "")
        with pytest.raises(ValueError):
            records.add_participant(session, group, "n" * 201)
        records.rename_participant(session, second, "Sam B.")
        session.commit()
        records.erase_participant(session, records.erase_plan(session, first))
        session.commit()
        group_id = group.id
    with fresh(database) as session:
        names = session.scalars(select(Participant.display_name).where(Participant.group_id == group_id)).all()
        assert names == ["Sam B."]


def test_attendance_grid_of_the_demo_group(session):
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    grid = records.attendance_grid(session, group)
    assert [c.chapter_position for c in grid.columns] == list(range(1, 9))
    assert [c.delivered for c in grid.columns] == [True] + [False] * 7
    names = [r.name for r in grid.rows]
    assert names[0] == "Amira K. (demo)" and len(names) == 8
    first = grid.columns[0]
    statuses = [grid.status(r.participant_id, first.run_id) for r in grid.rows]
    assert statuses == ["present"] * 5 + ["late", "absent", "excused"]
    missed = {r.name for r in grid.rows if grid.missed(r.participant_id, first)}
    assert missed == {"Gwen L. (demo)", "Hiro N. (demo)"}
    assert grid.present_count(first) == 6
    # Chapters not yet delivered are not "missed".
    assert grid.missed_chapters(grid.rows[6].participant_id) == [1]


def test_marks_on_sessions_not_yet_delivered_never_count(session):
    """Gwen was absent and Hiro excused at the only delivered session; early check-ins for chapter 2 change nothing."""
    from cos_desktop.db.report_queries import certificate_views, programme_report_view

    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    gwen, hiro = group.participants[6], group.participants[7]
    for parent in (gwen, hiro):
        records.set_attendance(session, group.sessions[1], parent, AttendanceStatus.PRESENT)
    session.commit()
    grid = records.attendance_grid(session, group)
    assert grid.status(gwen.id, group.sessions[1].id) == "present"  # shown...
    assert grid.attended_count(gwen.id) == grid.attended_count(hiro.id) == 0  # ...never counted
    report = programme_report_view(session, group)
    rows = {row.name: row for row in report.parents}
    assert rows[gwen.display_name].attended == rows[hiro.display_name].attended == 0
    assert rows["Amira K. (demo)"].attended == 1 == grid.attended_count(group.participants[0].id)
    named = {view.name for view in certificate_views(session, group, threshold=1)}
    assert gwen.display_name not in named and hiro.display_name not in named and len(named) == 6


def test_mark_all_present_keeps_marks_already_made(session):
    group = make_group(session)
    parents = [records.add_participant(session, group, n) for n in ("A", "B", "C")]
    run = group.sessions[1]
    records.set_attendance(session, run, parents[0], AttendanceStatus.LATE)
    assert records.mark_all_present(session, run) == 2
    session.commit()
    assert records.attendance_for_run(session, run) == {parents[0].id: "late", parents[1].id: "present", parents[2].id: "present"}
    records.set_attendance(session, run, parents[1], None)
    records.set_attendance(session, run, parents[2], "excused")
    session.commit()
    assert records.attendance_for_run(session, run) == {parents[0].id: "late", parents[2].id: "excused"}


def test_notes_by_segment_tags_and_visibility(database):
    with database.session() as session:
        group = make_group(session)
        amy, ben = records.add_participant(session, group, "Amy"), records.add_participant(session, group, "Ben")
        run = group.sessions[0]
        segments = run.chapter.segments
        late = records.add_note(session, run, text="second segment", segment=segments[1])
        early = records.add_note(session, run, text="first segment", segment=segments[0], tagged=[amy])
        records.add_note(session, run, text="no segment")
        assert late.visibility == "private"  # the default
        records.set_visibility(session, early, Visibility.SHAREABLE)
        records.set_tags(session, late, [ben, amy, ben])
        other = make_group(session, "Other")
        stranger = records.add_participant(session, other, "Stranger")
        with pytest.raises(ValueError):
            records.set_tags(session, late, [stranger])
        session.commit()
        run_id = run.id
    with fresh(database) as session:
        run = session.get(SessionRun, run_id)
        grouped = records.notes_by_segment(session, run)
        assert [(seg.position if seg else None, [n.text for n in notes]) for seg, notes in grouped] == [
            (None, ["no segment"]), (1, ["first segment"]), (2, ["second segment"])
        ]
        assert [p.display_name for p in grouped[2][1][0].tagged] == ["Amy", "Ben"]
        assert grouped[1][1][0].visibility == "shareable"


def test_hostile_text_round_trips_unchanged(database):
    with database.session() as session:
        group = make_group(session)
        run = group.sessions[0]
        ids = [records.add_note(session, run, text=t).id for t in HOSTILE]
        names = [t for t in HOSTILE if len(t) <= 200 and "\n" not in t and "\t" not in t]
        people = [records.add_participant(session, group, n).id for n in names]
        records.update_group(session, group, name=HOSTILE[3], venue=HOSTILE[5])
        session.commit()
        group_id = group.id
    with fresh(database) as session:
        assert [session.get(Note, i).text for i in ids] == HOSTILE
        assert [session.get(Participant, i).display_name for i in people] == names
        group = session.get(Group, group_id)
        assert (group.name, group.venue) == (HOSTILE[3], HOSTILE[5])


def test_search_finds_words_by_stem_and_filters_by_group_and_parent(session):
    a, b = make_group(session, "Monday"), make_group(session, "Friday")
    amy = records.add_participant(session, a, "Amy")
    records.add_note(session, a.sessions[0], text="Amy says bedtime is a battle; the baby is not sleeping.", tagged=[amy])
    records.add_note(session, a.sessions[2], text="Talked about sleep and naps.")
    records.add_note(session, b.sessions[1], text="Sleepless nights for everyone this week.")
    records.add_note(session, b.sessions[1], text="Shark Music came up twice & <b>loudly</b>.")
    records.add_note(session, b.sessions[3], text="孩子最近睡眠不好。 Hebrew: הילד ישן")
    session.commit()

    def texts(query, **filters):
        return sorted(h.text for h in records_search(session, query, **filters))

    assert len(texts("sleep")) == 3  # sleep, sleeping, sleepless
    assert texts("sleep", group_id=b.id) == ["Sleepless nights for everyone this week."]
    assert texts("sleep", participant_id=amy.id) == ["Amy says bedtime is a battle; the baby is not sleeping."]
    assert texts("shark music") == ["Shark Music came up twice & <b>loudly</b>."]
    assert texts("breakfast") == []
    assert texts("music breakfast") == []  # every word must match
    assert texts("睡眠") == ["孩子最近睡眠不好。 Hebrew: הילד ישן"]
    assert texts("ישן") == ["孩子最近睡眠不好。 Hebrew: הילד ישן"]
    for hostile in ('"', "AND OR NOT", "sleep*", "NEAR(", "'; DROP TABLE note; --", "<b>", "", "   "):
        records_search(session, hostile)  # never an error
    hit = records_search(session, "battle")[0]
    assert (hit.group_name, hit.chapter_position, hit.date) == ("Monday", 1, dt.date(2026, 3, 3))
    # An edited note is found by its new words only; a deleted one is gone.
    note = session.scalars(select(Note).where(Note.text.startswith("Talked"))).one()
    records.set_note_text(session, note, "Talked about biting.")
    session.commit()
    assert len(texts("sleep")) == 2 and texts("biting") == ["Talked about biting."]
    records.delete_note(session, note)
    session.commit()
    assert texts("biting") == []


def records_search(session, query, **filters):
    from cos_desktop.db.search import search_notes

    return search_notes(session, query, **filters)


def _counts(session):
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model))
        for model in (Participant, Attendance, Note, NoteTag)
    }


def test_export_and_erase_one_parent_leave_everyone_else_untouched(database, tmp_path):
    import json

    with database.session() as session:
        group = load_demo_group(session, today=dt.date(2026, 5, 12))
        amira, ben, chloe = group.participants[:3]
        run = group.sessions[0]
        only_amira = records.add_note(session, run, text="Amira: worried about <sleep> & naps", tagged=[amira])
        shared = records.add_note(session, run, text="Amira and Chloé both mentioned nursery", tagged=[amira, chloe])
        session.commit()

        def others():
            rows = session.execute(
                select(Participant.display_name, Attendance.status).outerjoin(Attendance)
                .where(Participant.id != amira.id).order_by(Participant.id, Attendance.run_id)
            ).all()
            tags = session.execute(select(NoteTag.note_id, NoteTag.participant_id)
                                   .where(NoteTag.participant_id != amira.id).order_by(NoteTag.note_id)).all()
            notes = session.execute(select(Note.id, Note.text).where(Note.id != only_amira.id).order_by(Note.id)).all()
            return rows, tags, notes

        before = others()
        counts = _counts(session)
        path = records.export_participant(session, amira, tmp_path / "amira.json")
        assert os.stat(path).st_mode & 0o777 == 0o600  # owner-only, like the database
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["name"] == "Amira K. (demo)"
        assert [a["status"] for a in data["attendance"]] == ["present"]
        # her own record names no other parent: Chloé becomes "another parent"
        assert sorted(n["text"] for n in data["notes"]) == sorted(
            [only_amira.text, "Amira and another parent both mentioned nursery"])
        text_file = records.export_participant(session, amira, tmp_path / "amira.txt").read_text(encoding="utf-8")
        assert "Amira: worried about <sleep> & naps" in text_file and "Ben T." not in text_file
        assert _counts(session) == counts  # exporting changes nothing

        plan = records.erase_plan(session, amira)
        lines = plan.lines()
        assert lines[0].startswith("The parent Amira K. (demo) of Demo group")
        assert any("chapter 1" in line and "present" in line for line in lines)
        assert [i for i, _ in plan.notes_deleted] == [only_amira.id]
        assert [i for i, _ in plan.notes_untagged] == [shared.id]
        assert [i for i, _ in plan.notes_renamed] == [shared.id]  # "Amira and Chloé..." names her
        assert len(lines) == 4 and "their name in it becomes “a parent”" in lines[3]

        # A change after the confirmation was shown makes the erase refuse.
        records.add_note(session, group.sessions[1], text="new", tagged=[amira])
        session.commit()
        with pytest.raises(records.ErasePlanChanged):
            records.erase_participant(session, plan)
        session.rollback()
        amira_id, shared_id, only_id = amira.id, shared.id, only_amira.id
        plan = records.erase_plan(session, amira)
        records.erase_participant(session, plan)
        session.commit()
    with fresh(database) as session:
        assert session.get(Participant, amira_id) is None
        assert session.get(Note, only_id) is None
        assert session.get(Note, shared_id).text == "a parent and Chloé both mentioned nursery"
        assert [p.display_name for p in session.get(Note, shared_id).tagged] == ["Chloé R. (demo)"]
        assert not session.scalars(select(Attendance).where(Attendance.participant_id == amira_id)).all()
        rows = session.execute(
            select(Participant.display_name, Attendance.status).outerjoin(Attendance)
            .where(Participant.id != amira_id).order_by(Participant.id, Attendance.run_id)
        ).all()
        assert rows == before[0]
        tags = session.execute(select(NoteTag.note_id, NoteTag.participant_id).order_by(NoteTag.note_id)).all()
        assert tags == before[1]
        notes = session.execute(select(Note.id, Note.text).order_by(Note.id)).all()
        expected = [(i, "a parent and Chloé both mentioned nursery" if i == shared_id else t) for i, t in before[2]]
        assert [n for n in notes if n[1] != "new"] == expected


def test_erasing_a_parent_removes_their_name_from_every_note_the_index_and_other_exports(database, tmp_path):
    """Mentions in other parents' notes become "a parent"; search and every export stop naming them."""
    import json

    from cos_desktop.db.search import search_notes

    with database.session() as session:
        group = load_demo_group(session, today=dt.date(2026, 5, 12))
        by_name = {p.display_name: p for p in group.participants}
        ben, farah, gwen = by_name["Ben T. (demo)"], by_name["Farah S. (demo)"], by_name["Gwen L. (demo)"]
        run = group.sessions[0]
        about_gwen = records.add_note(session, run, text="Gwen said @Ben T. (demo) and @Farah S. helped her",
                                      tagged=[gwen])
        records.add_note(session, run, text="Ben T. was quiet today; Farah S. (demo) listened", tagged=[farah])
        session.commit()
        assert search_notes(session, "Farah", group_id=group.id)
        gwen_export = json.loads(records.export_participant(session, gwen, tmp_path / "gwen.json").read_text("utf-8"))
        texts = " ".join(n["text"] for n in gwen_export["notes"])
        assert "Ben" not in texts and "Farah" not in texts and "another parent" in texts  # never another parent's name

        records.erase_participant(session, records.erase_plan(session, farah))
        session.commit()
        gwen_id, note_id = gwen.id, about_gwen.id
    with fresh(database) as session:
        assert session.get(Note, note_id).text == "Gwen said @Ben T. (demo) and a parent helped her"
        every_text = " ".join(session.scalars(select(Note.text)))
        assert "Farah" not in every_text
        assert search_notes(session, "Farah") == []
        assert search_notes(session, "Fara") == []
        export = records.export_participant(session, session.get(Participant, gwen_id), tmp_path / "g.txt")
        assert "Farah" not in export.read_text(encoding="utf-8")


def test_deleted_group_and_note_come_back_with_everything(database):
    with database.session() as session:
        group = load_demo_group(session, today=dt.date(2026, 5, 12))
        group_id = group.id
        note = group.sessions[0].notes[2]
        note_text, note_tags = note.text, [p.id for p in note.tagged]
        note_snapshot = records.delete_note(session, note)
        session.commit()
        assert records_search(session, "quieter") == []
        records.restore(session, note_snapshot)
        session.commit()
        restored = session.get(Note, note_snapshot.rows("note")[0]["id"])
        assert (restored.text, [p.id for p in restored.tagged]) == (note_text, note_tags)
        assert len(records_search(session, "quieter")) == 1

        counts = _counts(session)
        grid = records.attendance_grid(session, group)
        snapshot = records.delete_group(session, group)
        session.commit()
        assert session.get(Group, group_id) is None
        assert _counts(session) == {k: 0 for k in counts}
        records.restore(session, snapshot)
        session.commit()
    with fresh(database) as session:
        group = session.get(Group, group_id)
        assert group.name == "Demo group" and len(group.participants) == 8
        assert _counts(session) == counts
        assert records.attendance_grid(session, group) == grid
        assert len(group.curriculum.chapters) == 8
        assert len(records_search(session, "toddlers")) == 1
        # New rows after an undo get fresh ids (the sequences were not reset).
        records.add_note(session, group.sessions[1], text="after undo")
        session.commit()
