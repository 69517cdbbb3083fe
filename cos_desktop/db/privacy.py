"""One parent's data: everything held about them as a file they can read, and erasing them for good."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cos_desktop.core.translation import translate
from cos_desktop.core.kinds import AttendanceStatus
from cos_desktop.db import audit
from cos_desktop.db.measures import participant_totals, participant_totals_lines
from cos_desktop.db.models import Attendance, ChapterPlan, Note, NoteTag, Participant, SegmentPlan, SessionRun


A_PARENT = "a parent"
ANOTHER_PARENT = "another parent"


def name_pattern(name: str) -> re.Pattern:
    """A parent's name in a note's text, as typed or as an @-mention, not inside a longer word."""
    return re.compile(r"(?<![\w@])@?" + re.escape(name) + r"(?!\w)")


def name_forms(name: str, others: list[str]) -> list[str]:
    """How a note may name a parent: in full ("Ben T. (demo)"), without the bracket ("Ben T."), and by
    first name ("Ben") when it has 3 letters or more and no other parent of the group shares it."""
    forms = [name, re.sub(r"\s*\([^)]*\)\s*$", "", name)]
    first = name.split()[0] if name.split() else ""
    if len(first.rstrip(".")) >= 3 and all((o.split() or [""])[0] != first for o in others):
        forms.append(first)
    return [f for f in dict.fromkeys(forms) if f.strip()]


def without_names(text_: str, names, replacement: str) -> str:
    for name in sorted({n for n in names if n.strip()}, key=len, reverse=True):  # "Ben T." before "Ben"
        text_ = name_pattern(name).sub(replacement, text_)
    return text_


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
    notes_renamed: tuple[tuple[int, str], ...] = ()  # (note id, preview): their name becomes "a parent"

    def lines(self) -> list[str]:
        """The confirmation, one line per thing that goes."""
        lines = [translate(
            "Privacy", "The parent {name} of {group_name}, with their name and children's ages.").format(
                name=self.name, group_name=self.group_name)]
        for position, date, status in self.attendance:
            lines.append(translate("Privacy", "Attendance, chapter {chapter} ({date}): {status}.").format(
                chapter=position, date=date, status=_status(status).lower()))
        for _id, preview in self.notes_deleted:
            lines.append(translate("Privacy", "Note (about them only), deleted: “{preview}”").format(preview=preview))
        renamed = {note_id for note_id, _ in self.notes_renamed}
        for note_id, preview in self.notes_untagged:
            if note_id in renamed:
                text = translate("Privacy", "Note about them and others, kept without their name; their name in it "
                                 "becomes “{A_PARENT}”: “{preview}”")
            else:
                text = translate("Privacy", "Note about them and others, kept without their name: “{preview}”")
            lines.append(text.format(A_PARENT=A_PARENT, preview=preview))
        untagged = {note_id for note_id, _ in self.notes_untagged}
        for note_id, preview in self.notes_renamed:
            if note_id not in untagged:
                lines.append(translate(
                    "Privacy", "Their name in this note becomes “{A_PARENT}”: “{preview}”").format(
                        A_PARENT=A_PARENT, preview=preview))
        return lines


def _forms_of(participant: Participant) -> list[str]:
    others = [p.display_name for p in participant.group.participants if p.id != participant.id]
    return name_forms(participant.display_name, others)


class ErasePlanChanged(ValueError):
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
    deleted = tuple((i, _preview(t)) for i, t in tagged if tag_counts.get(i, 0) == 1)
    group_notes = session.execute(
        select(Note.id, Note.text).join(SessionRun, SessionRun.id == Note.run_id)
        .where(SessionRun.group_id == participant.group_id).order_by(Note.id)
    ).all()
    gone = {i for i, _ in deleted}
    forms = _forms_of(participant)
    return ErasePlan(
        participant_id=participant.id,
        name=participant.display_name,
        group_name=participant.group.name,
        attendance=tuple((p, d.isoformat(), s) for p, d, s in attendance),
        notes_deleted=deleted,
        notes_untagged=tuple((i, _preview(t)) for i, t in tagged if tag_counts.get(i, 0) > 1),
        notes_renamed=tuple((i, _preview(t)) for i, t in group_notes
                            if i not in gone and without_names(t, forms, A_PARENT) != t),
    )


def erase_participant(session: Session, plan: ErasePlan) -> None:
    """Erase one parent exactly as confirmed: attendance and tags go, notes about only them are deleted.

    Raises ErasePlanChanged (and changes nothing) if their records differ from the confirmed plan.
    """
    participant = session.get(Participant, plan.participant_id)
    if participant is None:
        raise ErasePlanChanged(translate("Privacy", "This parent has already been erased."))
    if erase_plan(session, participant) != plan:
        raise ErasePlanChanged(translate(
            "Privacy", "This parent's records changed since you confirmed. Please check the list again."))
    note_ids = [i for i, _ in plan.notes_deleted]
    session.execute(delete(Attendance).where(Attendance.participant_id == participant.id))
    session.execute(delete(NoteTag).where(NoteTag.participant_id == participant.id))
    if note_ids:
        session.execute(delete(Note).where(Note.id.in_(note_ids)))
    for note_id, _preview_text in plan.notes_renamed:  # mentions become "a parent"; the search index follows
        note = session.get(Note, note_id)
        note.text = without_names(note.text, _forms_of(participant), A_PARENT)
    group = participant.group
    audit.record(session, "erase", f"parent #{participant.id} of group #{group.id}", group_id=group.id,
                 participant_id=participant.id)
    session.delete(participant)
    session.flush()
    if participant in group.participants:
        group.participants.remove(participant)
    _compact_search_index(session)
    session.expire_all()


def _compact_search_index(session: Session) -> None:
    """SQLite's full-text index only marks removed words as gone; merging drops them from the file's index."""
    from sqlalchemy import text

    from cos_desktop.db.search import FTS_TABLE

    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


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
    # A parent's own record never names another parent (notes about several parents mention them).
    mine = set(_forms_of(participant))
    others = [form for p in group.participants if p.id != participant.id for form in _forms_of(p) if form not in mine]
    notes = [(without_names(t, others, ANOTHER_PARENT), *rest) for t, *rest in notes]
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
        "audit": audit.about_parent(session, participant.id),
    }


def _status(status: str) -> str:
    try:
        return AttendanceStatus(status).label
    except ValueError:
        return status


def _visibility(visibility: str) -> str:
    if visibility == "shareable":
        return translate("Privacy", "shareable")
    return translate("Privacy", "private") if visibility == "private" else visibility


def participant_record_text(record: dict) -> str:
    """The record as a plain-language text a parent can read."""
    lines = [
        translate("Privacy", "What COS Desktop holds about {name}").format(name=record["name"]),
        "",
        translate("Privacy", "Name: {name}").format(name=record["name"]),
        translate("Privacy", "Children's ages: {ages}").format(
            ages=record["children_ages"] or translate("Privacy", "(none recorded)")),
        translate(
            "Privacy", "May be named in printed material: yes") if record["consent_to_be_named_in_printed_material"]
        else translate("Privacy", "May be named in printed material: no"),
        translate("Privacy", "Group: {group}").format(group=record["group"]["name"]),
    ]
    if record["group"]["venue"]:
        lines.append(translate("Privacy", "Venue: {venue}").format(venue=record["group"]["venue"]))
    if record["group"]["facilitators"]:
        lines.append(translate("Privacy", "Facilitators: {names}").format(names=record["group"]["facilitators"]))
    lines += ["", translate("Privacy", "Attendance")]
    if not record["attendance"]:
        lines.append("  " + translate("Privacy", "(none recorded)"))
    for row in record["attendance"]:
        lines.append("  " + translate("Privacy", "Chapter {chapter}, {date} ({title}): {status}").format(
            chapter=row["chapter"], date=row["date"], title=row["title"], status=_status(row["status"])))
    lines += ["", translate("Privacy", "Notes written about you")]
    if not record["notes"]:
        lines.append("  " + translate("Privacy", "(none)"))
    for row in record["notes"]:
        line = (translate("Privacy", "Chapter {chapter}, {date}, {segment} ({visibility}):") if row["segment"]
                else translate("Privacy", "Chapter {chapter}, {date} ({visibility}):"))
        lines.append("  " + line.format(chapter=row["chapter"], date=row["date"], segment=row["segment"],
                                        visibility=_visibility(row["visibility"])))
        lines.extend("    " + line for line in row["text"].splitlines() or [""])
    lines += ["", translate(
        "Privacy", "Questionnaire totals (before and after the programme)")] + participant_totals_lines(
        record.get("questionnaire_totals", []))
    lines += ["", translate("Privacy", "Who exported or printed your details, and when")]
    lines += [f"  {row['when']} {row['who']}: {row['what']} ({row['subject']})" for row in record["audit"]] or [
        "  " + translate("Privacy", "(nobody)")]
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
    audit.record(session, "export", f"everything held about parent #{participant.id}",
                 group_id=participant.group_id, participant_id=participant.id)
    return path
