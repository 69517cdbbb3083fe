"""Rows as they were before a delete, so undo can put a group or a note back with its ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cos_desktop.db.measures import MEASURE_MODELS, measure_snapshot_rows
from cos_desktop.db.models import (
    Attendance,
    ChapterPlan,
    Curriculum,
    Group,
    Note,
    NoteTag,
    Participant,
    PausePoint,
    RunEvent,
    SegmentPlan,
    SessionRun,
)


@dataclass
class Snapshot:
    """Rows as they were, table by table in the order they can be inserted again."""

    tables: list[tuple[str, list[dict]]] = field(default_factory=list)

    def rows(self, table: str) -> list[dict]:
        for name, rows in self.tables:
            if name == table:
                return rows
        return []


def _rows(session: Session, model, condition) -> list[dict]:
    table = model.__table__
    result = session.execute(select(table).where(condition))
    return [dict(row._mapping) for row in result]


def snapshot_note(session: Session, note: Note) -> Snapshot:
    session.flush()
    return Snapshot([
        ("note", _rows(session, Note, Note.id == note.id)),
        ("note_tag", _rows(session, NoteTag, NoteTag.note_id == note.id)),
    ])


def snapshot_group(session: Session, group: Group) -> Snapshot:
    """Everything that goes when a group is deleted: its programme copy, parents, sessions and records."""
    session.flush()
    run_ids = select(SessionRun.id).where(SessionRun.group_id == group.id)
    chapter_ids = select(ChapterPlan.id).where(ChapterPlan.curriculum_id == group.curriculum_id)
    segment_ids = select(SegmentPlan.id).where(SegmentPlan.chapter_id.in_(chapter_ids))
    note_ids = select(Note.id).where(Note.run_id.in_(run_ids))
    return Snapshot([
        ("curriculum", _rows(session, Curriculum, Curriculum.id == group.curriculum_id)),
        ("chapter_plan", _rows(session, ChapterPlan, ChapterPlan.id.in_(chapter_ids))),
        ("segment_plan", _rows(session, SegmentPlan, SegmentPlan.id.in_(segment_ids))),
        ("pause_point", _rows(session, PausePoint, PausePoint.segment_id.in_(segment_ids))),
        ("group_", _rows(session, Group, Group.id == group.id)),
        ("participant", _rows(session, Participant, Participant.group_id == group.id)),
        ("session_run", _rows(session, SessionRun, SessionRun.id.in_(run_ids))),
        ("run_event", _rows(session, RunEvent, RunEvent.run_id.in_(run_ids))),
        ("note", _rows(session, Note, Note.id.in_(note_ids))),
        ("note_tag", _rows(session, NoteTag, NoteTag.note_id.in_(note_ids))),
        ("attendance", _rows(session, Attendance, Attendance.run_id.in_(run_ids))),
        *measure_snapshot_rows(session, group.id, _rows),  # pre/post measures and totals (db/measures.py)
    ])


_MODELS = {m.__table__.name: m for m in (Curriculum, ChapterPlan, SegmentPlan, PausePoint, Group, Participant,
                                          SessionRun, RunEvent, Note, NoteTag, Attendance, *MEASURE_MODELS)}


def restore(session: Session, snapshot: Snapshot) -> None:
    """Put the rows of a snapshot back, with their original ids (undo of a delete)."""
    for table, rows in snapshot.tables:
        if rows:
            session.execute(insert(_MODELS[table].__table__), rows)
    session.flush()
    session.expire_all()


def delete_note(session: Session, note: Note) -> Snapshot:
    """Delete a note (and its tags); the returned snapshot brings it back with restore()."""
    snapshot = snapshot_note(session, note)
    run = note.run
    session.delete(note)
    session.flush()
    if note in run.notes:
        run.notes.remove(note)
    return snapshot


def delete_group(session: Session, group: Group) -> Snapshot:
    """Delete a group with all it holds; the returned snapshot brings it back with restore()."""
    snapshot = snapshot_group(session, group)
    session.delete(group)
    session.flush()
    return snapshot


