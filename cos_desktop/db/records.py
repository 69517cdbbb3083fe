"""What a facilitator records about a group: its details and schedule, parents, attendance, notes.

The privacy operations on one parent (export, erase) are in db.privacy, and the snapshots that let a
deleted group or note come back (undo) in db.snapshots; their names are offered here too.

Functions change the session and flush; the caller finishes them with db.transactions.committed.
"""

from __future__ import annotations

from collections import Counter

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cos_desktop.core.text_rules import field_label
from cos_desktop.core.translation import translate
from cos_desktop.core.attendance import AttendanceGrid, GridColumn, GridRow
from cos_desktop.core.kinds import AttendanceStatus, Delivery, RunStatus, Visibility
from cos_desktop.core.plan import shift_from
from cos_desktop.db.models import Attendance, ChapterPlan, Group, Note, Participant, SegmentPlan, SessionRun

NAME_MAX = 200  # the length of name columns
TEXT_FIELD_MAX = 300  # venue, facilitators, contact


def clean_text(value: str) -> str:
    """Text as typed, less NUL characters (PostgreSQL cannot store them)."""
    return value.replace("\x00", "")


def clean_name(value: str, what: str = "A parent") -> str:
    name = " ".join(clean_text(value).split())
    if not name:
        needs = (translate("Records", "A group needs a name (a first name or initials is enough).") if what == "A group"
                 else translate("Records", "A parent needs a name (a first name or initials is enough)."))
        raise ValueError(needs)
    if len(name) > NAME_MAX:
        raise ValueError(translate(
            "Records", "That name is too long: keep it under {NAME_MAX} characters.").format(NAME_MAX=NAME_MAX))
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
            raise ValueError(translate("Records", "A session lasts from 10 to 600 minutes."))
        group.session_minutes = minutes
    if "start_time" in changes:
        group.start_time = changes["start_time"]
    for name in ("venue", "facilitators", "contact"):
        if name in changes:
            value = " ".join(clean_text(changes[name]).split())
            if len(value) > TEXT_FIELD_MAX:
                raise ValueError(translate("Records", "Keep {field} under {limit} characters.").format(
                    field=field_label(name), limit=TEXT_FIELD_MAX))
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
    runs = sorted(group.sessions, key=lambda r: (r.chapter_position, r.part or 1))
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
        select(SessionRun.id, SessionRun.chapter_position, ChapterPlan.title, SessionRun.date, SessionRun.status,
               SessionRun.part)
        .join(ChapterPlan, ChapterPlan.id == SessionRun.chapter_id)
        .where(SessionRun.group_id == group.id)
        .order_by(SessionRun.chapter_position, SessionRun.part)
    ).all()
    parts = Counter(r[1] for r in runs)  # sessions per chapter: a chapter in parts has one per part
    columns = [GridColumn(r[0], r[1], r[2], r[3], r[4] == RunStatus.ENDED.value, r[5], parts[r[1]]) for r in runs]
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
        raise ValueError(translate("Records", "A note can only be tagged to parents of its own group."))
    note.tagged = sorted(chosen, key=lambda p: p.id)
    session.flush()


def save_note(session: Session, note_id: int | None, *, run_id: int, segment_id: int | None, text: str,
              visibility: str, tag_ids: Iterable[int]) -> int:
    """Store what a note editor shows; a note deleted meanwhile comes back as a new one. Returns its id."""
    note = session.get(Note, note_id) if note_id is not None else None
    tagged = [p for p in (session.get(Participant, i) for i in tag_ids) if p is not None]
    if note is None:
        run = session.get(SessionRun, run_id)
        segment = session.get(SegmentPlan, segment_id) if segment_id else None
        note = add_note(session, run, text=text, segment=segment, visibility=visibility, tagged=tagged)
    else:
        set_note_text(session, note, text)
        if note.visibility != visibility:
            set_visibility(session, note, visibility)
        if tuple(p.id for p in note.tagged) != tuple(p.id for p in tagged):
            set_tags(session, note, tagged)
    return note.id


def drop_emptied_note(session: Session, note_id: int) -> None:
    """A note whose words were all deleted in its editor is not kept: it has nothing to read and
    would be counted."""
    note = session.get(Note, note_id)
    if note is not None:
        delete_note(session, note)


def notes_by_segment(session: Session, run: SessionRun) -> list[tuple[SegmentPlan | None, list[Note]]]:
    """A session's notes grouped by the segment they were written in, in the session's order.

    Notes not tied to a segment come first.
    """
    notes = session.scalars(select(Note).where(Note.run_id == run.id).order_by(Note.id)).all()
    groups: list[tuple[SegmentPlan | None, list[Note]]] = []
    loose = [n for n in notes if n.segment_id is None]
    if loose:
        groups.append((None, loose))
    for segment in run.segments:
        mine = [n for n in notes if n.segment_id == segment.id]
        if mine:
            groups.append((segment, mine))
    return groups


def is_blank(note: Note) -> bool:
    return not note.text.strip() and not note.tagged


def note_counts(session: Session, run_ids: list[int]) -> dict[int, int]:
    """How many notes each of these sessions has (sessions without notes are left out)."""
    if not run_ids:
        return {}
    return dict(session.execute(
        select(Note.run_id, func.count()).where(Note.run_id.in_(run_ids)).group_by(Note.run_id)).all())


# The undo snapshots and the privacy operations, by the names callers have always used.
from cos_desktop.db.snapshots import (  # noqa: E402,F401
    Snapshot, delete_group, delete_note, restore, snapshot_group, snapshot_note,
)
from cos_desktop.db.privacy import (  # noqa: E402,F401
    ErasePlan, ErasePlanChanged, erase_participant, erase_plan, export_participant, participant_record,
    participant_record_text,
)
