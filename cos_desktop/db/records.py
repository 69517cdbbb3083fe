"""What a facilitator records about a group: its details and schedule, parents, attendance, notes.

Also the privacy operations on one parent (export everything held about them, erase them) and
the snapshots that let a deleted group or note come back (undo).

Functions change the session and flush; the caller commits (the UI commits after every edit).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from cos_desktop.core.attendance import AttendanceGrid, GridColumn, GridRow, STATUS_LABELS
from cos_desktop.core.kinds import AttendanceStatus, Delivery, RunStatus, Visibility
from cos_desktop.core.plan import shift_from
from cos_desktop.db.measures import MEASURE_MODELS, measure_snapshot_rows, participant_totals, participant_totals_lines
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

NAME_MAX = 200  # the length of name columns
TEXT_FIELD_MAX = 300  # venue, facilitators, contact


def clean_text(value: str) -> str:
    """Text as typed, less NUL characters (PostgreSQL cannot store them)."""
    return value.replace("\x00", "")


def clean_name(value: str, what: str = "A parent") -> str:
    name = " ".join(clean_text(value).split())
    if not name:
        raise ValueError(f"{what} needs a name (a first name or initials is enough).")
    if len(name) > NAME_MAX:
        raise ValueError(f"That name is too long: keep it under {NAME_MAX} characters.")
    return name


# ---- groups ----------------------------------------------------------------------------------

class GroupRow(NamedTuple):
    """One line of the group list (a named tuple: the list is built often and must be cheap)."""

    id: int
    name: str
    delivery: str
    archived: bool
    parent_count: int
    next_date: dt.date | None


_GROUP_LIST_QUERIES: dict[bool, object] = {}


def group_list_query(include_archived: bool = False):
    """The group list's statement, built once (building it costs more than running it)."""
    if include_archived not in _GROUP_LIST_QUERIES:
        _GROUP_LIST_QUERIES[include_archived] = _build_group_list_query(include_archived)
    return _GROUP_LIST_QUERIES[include_archived]


def _build_group_list_query(include_archived: bool):
    parents = select(func.count(Participant.id)).where(Participant.group_id == Group.id).scalar_subquery()
    next_date = (
        select(func.min(SessionRun.date))
        .where(SessionRun.group_id == Group.id, SessionRun.status != RunStatus.ENDED.value)
        .scalar_subquery()
    )
    query = select(Group.id, Group.name, Group.delivery, Group.archived, parents, next_date).order_by(Group.name, Group.id)
    if not include_archived:
        query = query.where(Group.archived.is_(False))
    return query


def group_list(session: Session, *, include_archived: bool = False) -> list[GroupRow]:
    """Every group (archived ones only when asked), by name: what the group picker shows."""
    return list(map(GroupRow._make, session.execute(group_list_query(include_archived))))


GROUP_FIELDS = ("name", "delivery", "session_minutes", "start_time", "venue", "facilitators", "contact")


def update_group(session: Session, group: Group, **changes) -> None:
    """Change a group's details; the weekday follows the dates (see move_session)."""
    unknown = set(changes) - set(GROUP_FIELDS)
    if unknown:
        raise TypeError(f"unknown group fields: {sorted(unknown)}")
    if "name" in changes:
        group.name = clean_name(changes["name"], "A group")
    if "delivery" in changes:
        group.delivery = Delivery(changes["delivery"]).value
    if "session_minutes" in changes:
        minutes = int(changes["session_minutes"])
        if not 10 <= minutes <= 600:
            raise ValueError("A session lasts from 10 to 600 minutes.")
        group.session_minutes = minutes
    if "start_time" in changes:
        group.start_time = changes["start_time"]
    for name in ("venue", "facilitators", "contact"):
        if name in changes:
            value = " ".join(clean_text(changes[name]).split())
            if len(value) > TEXT_FIELD_MAX:
                raise ValueError(f"Keep the {name} under {TEXT_FIELD_MAX} characters.")
            setattr(group, name, value)
    session.flush()


def set_archived(session: Session, group: Group, archived: bool = True) -> None:
    """Archived groups leave the group list but keep all their records."""
    group.archived = archived
    session.flush()


def move_session(session: Session, run: SessionRun, new_date: dt.date, *, shift_later: bool) -> list[SessionRun]:
    """Give one session a new date; with shift_later every later session moves by the same amount.

    Returns the sessions whose date changed.
    """
    group = run.group
    runs = sorted(group.sessions, key=lambda r: r.chapter_position)
    index = runs.index(run)
    new_dates = shift_from([r.date for r in runs], index, new_date, shift_later)
    changed = [r for r, d in zip(runs, new_dates) if r.date != d]
    for r, d in zip(runs, new_dates):
        r.date = d
    group.first_date = runs[0].date
    group.weekday = runs[0].date.weekday()
    session.flush()
    return changed


# ---- parents ---------------------------------------------------------------------------------

def add_participant(session: Session, group: Group, display_name: str, *, child_ages: str = "",
                    consent_named: bool = False) -> Participant:
    """A new parent; two parents may share a name (the list shows both)."""
    participant = Participant(
        display_name=clean_name(display_name), child_ages=" ".join(clean_text(child_ages).split())[:NAME_MAX],
        consent_named=consent_named,
    )
    group.participants.append(participant)
    session.flush()
    return participant


def update_participant(session: Session, participant: Participant, *, display_name: str | None = None,
                       child_ages: str | None = None, consent_named: bool | None = None) -> None:
    if display_name is not None:
        participant.display_name = clean_name(display_name)
    if child_ages is not None:
        participant.child_ages = " ".join(clean_text(child_ages).split())[:NAME_MAX]
    if consent_named is not None:
        participant.consent_named = consent_named
    session.flush()


def rename_participant(session: Session, participant: Participant, display_name: str) -> None:
    update_participant(session, participant, display_name=display_name)


# ---- attendance ------------------------------------------------------------------------------

def set_attendance(session: Session, run: SessionRun, participant: Participant,
                   status: AttendanceStatus | str | None) -> None:
    """Mark one parent for one session; None clears the mark."""
    existing = session.get(Attendance, (run.id, participant.id))
    if status is None:
        if existing is not None:
            session.delete(existing)
            if existing in run.attendance:
                run.attendance.remove(existing)
        session.flush()
        return
    value = AttendanceStatus(status).value
    if existing is None:
        run.attendance.append(Attendance(participant=participant, status=value))
    else:
        existing.status = value
    session.flush()


def mark_all_present(session: Session, run: SessionRun) -> int:
    """Every parent not yet marked for this session becomes present; marks already made stay.

    Returns how many were marked.
    """
    marked = {a.participant_id for a in run.attendance}
    count = 0
    for participant in run.group.participants:
        if participant.id not in marked:
            run.attendance.append(Attendance(participant=participant, status=AttendanceStatus.PRESENT.value))
            count += 1
    session.flush()
    return count


def attendance_for_run(session: Session, run: SessionRun) -> dict[int, str]:
    rows = session.execute(select(Attendance.participant_id, Attendance.status).where(Attendance.run_id == run.id))
    return dict(rows.all())


def attendance_grid(session: Session, group: Group) -> AttendanceGrid:
    runs = session.execute(
        select(SessionRun.id, SessionRun.chapter_position, ChapterPlan.title, SessionRun.date, SessionRun.status)
        .join(ChapterPlan, ChapterPlan.id == SessionRun.chapter_id)
        .where(SessionRun.group_id == group.id)
        .order_by(SessionRun.chapter_position)
    ).all()
    columns = [GridColumn(r[0], r[1], r[2], r[3], r[4] == RunStatus.ENDED.value) for r in runs]
    people = session.execute(
        select(Participant.id, Participant.display_name).where(Participant.group_id == group.id).order_by(Participant.id)
    ).all()
    marks = session.execute(
        select(Attendance.participant_id, Attendance.run_id, Attendance.status)
        .join(SessionRun, SessionRun.id == Attendance.run_id)
        .where(SessionRun.group_id == group.id)
    ).all()
    return AttendanceGrid(
        columns=columns, rows=[GridRow(p[0], p[1]) for p in people], marks={(m[0], m[1]): m[2] for m in marks}
    )


# ---- notes -----------------------------------------------------------------------------------

def add_note(session: Session, run: SessionRun, *, text: str = "", segment: SegmentPlan | None = None,
             visibility: Visibility | str = Visibility.PRIVATE, tagged: Iterable[Participant] = ()) -> Note:
    """A new note of a session, private unless asked otherwise."""
    note = Note(text=clean_text(text), segment=segment, visibility=Visibility(visibility).value, tagged=list(tagged))
    run.notes.append(note)
    session.flush()
    return note


def set_note_text(session: Session, note: Note, text: str) -> None:
    note.text = clean_text(text)
    session.flush()


def set_visibility(session: Session, note: Note, visibility: Visibility | str) -> None:
    note.visibility = Visibility(visibility).value
    session.flush()


def set_tags(session: Session, note: Note, participants: Iterable[Participant]) -> None:
    """Tag a note to exactly these parents (of the note's group)."""
    chosen = list(dict.fromkeys(participants))
    group_id = note.run.group_id
    if any(p.group_id != group_id for p in chosen):
        raise ValueError("A note can only be tagged to parents of its own group.")
    note.tagged = sorted(chosen, key=lambda p: p.id)
    session.flush()


def notes_by_segment(session: Session, run: SessionRun) -> list[tuple[SegmentPlan | None, list[Note]]]:
    """A session's notes grouped by the segment they were written in, in the session's order.

    Notes not tied to a segment come first.
    """
    notes = session.scalars(select(Note).where(Note.run_id == run.id).order_by(Note.id)).all()
    groups: list[tuple[SegmentPlan | None, list[Note]]] = []
    loose = [n for n in notes if n.segment_id is None]
    if loose:
        groups.append((None, loose))
    for segment in run.chapter.segments:
        mine = [n for n in notes if n.segment_id == segment.id]
        if mine:
            groups.append((segment, mine))
    return groups


def is_blank(note: Note) -> bool:
    return not note.text.strip() and not note.tagged


# ---- snapshots: what undo brings back --------------------------------------------------------

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


# ---- privacy: one parent's data --------------------------------------------------------------

def _preview(text_: str, length: int = 60) -> str:
    flat = " ".join(text_.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


@dataclass(frozen=True)
class ErasePlan:
    """Exactly what erasing one parent removes; shown for confirmation and checked again on erase."""

    participant_id: int
    name: str
    group_name: str
    attendance: tuple[tuple[int, str, str], ...]  # (chapter position, date, status)
    notes_deleted: tuple[tuple[int, str], ...]  # (note id, preview): tagged to this parent only
    notes_untagged: tuple[tuple[int, str], ...]  # (note id, preview): tagged to others as well

    def lines(self) -> list[str]:
        """The confirmation, one line per thing that goes."""
        lines = [f"The parent {self.name} of {self.group_name}, with their name and children's ages."]
        for position, date, status in self.attendance:
            lines.append(f"Attendance, chapter {position} ({date}): {STATUS_LABELS.get(status, status).lower()}.")
        for _id, preview in self.notes_deleted:
            lines.append(f"Note (about them only), deleted: “{preview}”")
        for _id, preview in self.notes_untagged:
            lines.append(f"Note about them and others, kept without their name: “{preview}”")
        return lines


class ErasePlanChanged(Exception):
    """The parent's records changed after the confirmation was shown; show it again."""


def erase_plan(session: Session, participant: Participant) -> ErasePlan:
    session.flush()
    attendance = session.execute(
        select(SessionRun.chapter_position, SessionRun.date, Attendance.status)
        .join(SessionRun, SessionRun.id == Attendance.run_id)
        .where(Attendance.participant_id == participant.id)
        .order_by(SessionRun.chapter_position)
    ).all()
    tagged = session.execute(
        select(Note.id, Note.text).join(NoteTag, NoteTag.note_id == Note.id)
        .where(NoteTag.participant_id == participant.id).order_by(Note.id)
    ).all()
    tag_counts = dict(session.execute(
        select(NoteTag.note_id, func.count()).where(NoteTag.note_id.in_([n[0] for n in tagged]))
        .group_by(NoteTag.note_id)
    ).all()) if tagged else {}
    return ErasePlan(
        participant_id=participant.id,
        name=participant.display_name,
        group_name=participant.group.name,
        attendance=tuple((p, d.isoformat(), s) for p, d, s in attendance),
        notes_deleted=tuple((i, _preview(t)) for i, t in tagged if tag_counts.get(i, 0) == 1),
        notes_untagged=tuple((i, _preview(t)) for i, t in tagged if tag_counts.get(i, 0) > 1),
    )


def erase_participant(session: Session, plan: ErasePlan) -> None:
    """Erase one parent exactly as confirmed: attendance and tags go, notes about only them are deleted.

    Raises ErasePlanChanged (and changes nothing) if their records differ from the confirmed plan.
    """
    participant = session.get(Participant, plan.participant_id)
    if participant is None:
        raise ErasePlanChanged("This parent has already been erased.")
    if erase_plan(session, participant) != plan:
        raise ErasePlanChanged("This parent's records changed since you confirmed. Please check the list again.")
    note_ids = [i for i, _ in plan.notes_deleted]
    session.execute(delete(Attendance).where(Attendance.participant_id == participant.id))
    session.execute(delete(NoteTag).where(NoteTag.participant_id == participant.id))
    if note_ids:
        session.execute(delete(Note).where(Note.id.in_(note_ids)))
    group = participant.group
    session.delete(participant)
    session.flush()
    if participant in group.participants:
        group.participants.remove(participant)
    session.expire_all()


def participant_record(session: Session, participant: Participant) -> dict:
    """Everything held about one parent: their details, attendance, and the notes tagged to them."""
    session.flush()
    group = participant.group
    attendance = session.execute(
        select(SessionRun.chapter_position, ChapterPlan.title, SessionRun.date, Attendance.status)
        .join(SessionRun, SessionRun.id == Attendance.run_id)
        .join(ChapterPlan, ChapterPlan.id == SessionRun.chapter_id)
        .where(Attendance.participant_id == participant.id)
        .order_by(SessionRun.chapter_position)
    ).all()
    notes = session.execute(
        select(Note.text, Note.visibility, Note.created_at, SessionRun.chapter_position, SessionRun.date,
               SegmentPlan.title)
        .join(NoteTag, NoteTag.note_id == Note.id)
        .join(SessionRun, SessionRun.id == Note.run_id)
        .outerjoin(SegmentPlan, SegmentPlan.id == Note.segment_id)
        .where(NoteTag.participant_id == participant.id)
        .order_by(SessionRun.chapter_position, Note.id)
    ).all()
    return {
        "name": participant.display_name,
        "children_ages": participant.child_ages,
        "consent_to_be_named_in_printed_material": participant.consent_named,
        "added_on": participant.created_at.date().isoformat(),
        "group": {"name": group.name, "venue": group.venue, "facilitators": group.facilitators},
        "attendance": [
            {"chapter": p, "title": t, "date": d.isoformat(), "status": s} for p, t, d, s in attendance
        ],
        "notes": [
            {"chapter": p, "date": d.isoformat(), "segment": seg or "", "visibility": v,
             "written": c.isoformat(timespec="minutes"), "text": t}
            for t, v, c, p, d, seg in notes
        ],
        "questionnaire_totals": participant_totals(session, participant.id),
    }


def participant_record_text(record: dict) -> str:
    """The record as a plain-language text a parent can read."""
    lines = [
        f"What COS Desktop holds about {record['name']}",
        "",
        f"Name: {record['name']}",
        f"Children's ages: {record['children_ages'] or '(none recorded)'}",
        "May be named in printed material: " + ("yes" if record["consent_to_be_named_in_printed_material"] else "no"),
        f"Group: {record['group']['name']}",
    ]
    if record["group"]["venue"]:
        lines.append(f"Venue: {record['group']['venue']}")
    if record["group"]["facilitators"]:
        lines.append(f"Facilitators: {record['group']['facilitators']}")
    lines += ["", "Attendance"]
    if not record["attendance"]:
        lines.append("  (none recorded)")
    for row in record["attendance"]:
        lines.append(f"  Chapter {row['chapter']}, {row['date']} ({row['title']}): {STATUS_LABELS.get(row['status'], row['status'])}")
    lines += ["", "Notes written about you"]
    if not record["notes"]:
        lines.append("  (none)")
    for row in record["notes"]:
        where = f", {row['segment']}" if row["segment"] else ""
        lines.append(f"  Chapter {row['chapter']}, {row['date']}{where} ({row['visibility']}):")
        lines.extend("    " + line for line in row["text"].splitlines() or [""])
    lines += ["", "Questionnaire totals (before and after the programme)"] + participant_totals_lines(
        record.get("questionnaire_totals", []))
    return "\n".join(lines) + "\n"


def export_participant(session: Session, participant: Participant, path: Path) -> Path:
    """Write everything held about one parent to `path`: JSON for a .json name, else plain text (UTF-8)."""
    record = participant_record(session, participant)
    path = Path(path)
    if path.suffix.lower() == ".json":
        content = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    else:
        content = participant_record_text(record)
    # Owner-only, like the database: the file holds one parent's sensitive data.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.chmod(path, 0o600)
    return path
