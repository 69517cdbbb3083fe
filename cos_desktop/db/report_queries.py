"""Queries that turn the database into the plain views the printed documents are built from.

parent_summary_view reads shareable notes with a query of their own (visibility = shareable in
the SQL) and never touches SessionRun.notes, so private text never enters a parent's document.
Other parents' names are taken out of the shareable text before it reaches the view.
"""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core.attendance import ATTENDED
from cos_desktop.core.kinds import AttendanceStatus, RunStatus, SegmentKind, Visibility
from cos_desktop.core.programme_text import programme_text
from cos_desktop.core.translation import translate
from cos_desktop.core.report_views import (
    AdjustmentLine,
    AttendanceLine,
    AuditLine,
    CertificateView,
    ChapterRow,
    FacilitatorRecordView,
    NextSession,
    NoteLine,
    PackPage,
    ParentRow,
    ParentSummaryView,
    PausePointLine,
    PrintPack,
    ProgrammeReportView,
    TimelineRow,
    redact_names,
)
from cos_desktop.db import audit, fidelity_queries, records, run_store, store
from cos_desktop.db.models import Group, Note, NoteTag, Participant, SessionRun
from cos_desktop.db.settings import certificate_threshold
from cos_desktop.db.report_lookup import (  # noqa: F401 (part of this module's API)
    ReportLookupError, find_group, find_participant, find_run)


MISSED = frozenset({AttendanceStatus.ABSENT.value, AttendanceStatus.EXCUSED.value})


def missed_by(session: Session, run: SessionRun) -> list[Participant]:
    """Parents marked absent or excused at a delivered session, by name (a catch-up sheet each)."""
    if run.status != RunStatus.ENDED.value:
        return []
    marks = records.attendance_for_run(session, run)
    return sorted((p for p in run.group.participants if marks.get(p.id) in MISSED), key=_by_name)


def attended(session: Session, run: SessionRun) -> list[Participant]:
    """Parents marked present or late, by name."""
    marks = records.attendance_for_run(session, run)
    return sorted((p for p in run.group.participants if marks.get(p.id) in ATTENDED), key=_by_name)


def _by_name(participant: Participant) -> str:
    return participant.display_name.casefold()


def check_catch_up(session: Session, run: SessionRun, participant: Participant) -> None:
    """A catch-up sheet is only for a parent absent or excused: ReportLookupError otherwise."""
    if run.status != RunStatus.ENDED.value:
        raise ReportLookupError(translate(
            "Reports", "Chapter {chapter} has not been delivered yet, so there is nothing to catch up on.")
            .format(chapter=run.chapter_position))
    status = records.attendance_for_run(session, run).get(participant.id)
    if status in MISSED:
        return
    if status is None:
        raise ReportLookupError(translate(
            "Reports", 'Attendance for "{name}" at chapter {chapter} is not marked. Mark them absent or excused '
            "first: catch-up sheets are for parents who missed the session.").format(
                name=participant.display_name, chapter=run.chapter_position))
    raise ReportLookupError(translate(
        "Reports", '"{name}" was {status} at chapter {chapter}, so there is nothing to catch up on: '
        "catch-up sheets are for parents who were absent or excused.").format(
            name=participant.display_name, status=AttendanceStatus(status).label.lower(), chapter=run.chapter_position))


# ---- plain choices for the print dialog ------------------------------------------------------------
@dataclass(frozen=True)
class ChapterChoice:
    run_id: int
    position: int
    title: str
    date: dt.date
    status: str  # planned / running / ended
    part: int = 1
    part_count: int = 1


@dataclass(frozen=True)
class ParentChoice:
    name: str
    consent_named: bool


@dataclass(frozen=True)
class DialogChoices:
    chapters: tuple[ChapterChoice, ...]
    parents: tuple[ParentChoice, ...]
    default_run_id: int | None  # the last delivered chapter, else the next one


def dialog_choices(session: Session, group_id: int) -> DialogChoices:
    group = session.get(Group, group_id)
    if group is None:
        return DialogChoices((), (), None)
    chapters = tuple(ChapterChoice(r.id, r.chapter_position, r.plan.title, r.date, r.status, r.part, r.part_count)
                     for r in group.sessions)
    delivered = [c for c in chapters if c.status == RunStatus.ENDED.value]
    upcoming = store.next_session(group)
    default = delivered[-1].run_id if delivered else upcoming.id if upcoming else (chapters[0].run_id if chapters else None)
    parents = tuple(ParentChoice(p.display_name, p.consent_named) for p in group.participants)
    return DialogChoices(chapters, parents, default)


def missed_names(session: Session, run_id: int) -> list[str]:
    """The parents absent or excused at a session, by name: those a catch-up sheet is for."""
    run = session.get(SessionRun, run_id)
    return [p.display_name for p in missed_by(session, run)] if run is not None else []


# ---- parent-facing ------------------------------------------------------------------------------
def _group_names(session: Session, group_id: int) -> dict[int, str]:
    rows = session.execute(select(Participant.id, Participant.display_name).where(Participant.group_id == group_id))
    return {pid: name for pid, name in rows}


def _shareable_note_texts(session: Session, run_id: int, addressee_id: int | None) -> list[str]:
    """Shareable notes only, selected in SQL. A note tagged with parents is included only on
    the page of the one parent it is about; an untagged note goes to everyone."""
    shareable = (Note.run_id == run_id, Note.visibility == Visibility.SHAREABLE.value)
    notes = session.execute(select(Note.id, Note.text).where(*shareable).order_by(Note.id)).all()
    tags: dict[int, set[int]] = {}
    for note_id, participant_id in session.execute(
        select(NoteTag.note_id, NoteTag.participant_id).join(Note, Note.id == NoteTag.note_id).where(*shareable)
    ):
        tags.setdefault(note_id, set()).add(participant_id)
    texts = []
    for note_id, text in notes:
        tagged = tags.get(note_id, set())
        if tagged and tagged != {addressee_id}:
            continue
        if text.strip():
            texts.append(text)
    return texts


def _covered_takeaways(run: SessionRun, *, came: bool = True) -> tuple[str, ...]:
    """The take-aways of the segments covered. For a parent who was not there (a catch-up sheet)
    or a session not yet held, the closing's words to those who came ("Thank you for coming")
    are left out."""
    summary = run_store.summary_of(run)
    covered = None
    if summary is not None and summary.segments:
        covered = {s.position for s in summary.segments if s.covered}
    return tuple(
        programme_text(segment.parent_takeaway.strip())
        for segment in run.segments
        if segment.parent_takeaway.strip() and (covered is None or segment.position in covered)
        and (came or segment.kind != SegmentKind.CLOSING.value)
    )


def session_title(run: SessionRun) -> str:
    """The chapter's title (the built-in programme's in the chosen language), with the part for a chapter in parts."""
    title = programme_text(run.chapter.title)
    if run.part_count <= 1:
        return title
    return translate("Parts", "{title}, part {part} of {count}").format(title=title, part=run.part, count=run.part_count)


def _next_session(run: SessionRun) -> NextSession | None:
    group = run.group
    later = [r for r in group.sessions if (r.chapter_position, r.part) > (run.chapter_position, run.part)]
    if not later:
        return None
    nxt = later[0]
    return NextSession(nxt.chapter_position, session_title(nxt), nxt.date, group.start_time, group.venue)


def parent_summary_view(
    session: Session, run: SessionRun, addressee: Participant | None = None, *, catch_up: bool = False,
    found: list | None = None,
) -> ParentSummaryView:
    """The parent-safe view of one session, for the whole group or for one parent. The page is
    headed with the parent's name only when they agreed to be named. Every name taken out of
    the text is appended to `found` (for the facilitator to see, never for the page)."""
    group = run.group
    names = _group_names(session, group.id)
    # A parent's own name stays on their own page only if they agreed to be named.
    keep = addressee.id if addressee is not None and addressee.consent_named else None
    others = [name for pid, name in names.items() if pid != keep]

    def safe(text: str) -> str:
        return redact_names(text, others, found=found)

    chapter = run.chapter
    named = keep is not None
    return ParentSummaryView(
        group_name=group.name,
        chapter_position=run.chapter_position,
        chapter_title=session_title(run),  # with the part, for a chapter in parts
        date=run.date,
        explored=safe(programme_text(chapter.parent_summary.strip())),
        takeaways=tuple(safe(t) for t in _covered_takeaways(
            run, came=not catch_up and run.status == RunStatus.ENDED.value)),
        shared_notes=tuple(safe(t) for t in _shareable_note_texts(session, run.id, addressee.id if addressee else None)),
        notice_this_week=safe(programme_text(chapter.notice_this_week.strip())),
        next_session=_next_session(run),
        contact=safe(group.contact.strip()),
        facilitators=safe(group.facilitators.strip()),
        addressee=addressee.display_name if named else None,
        catch_up=catch_up,
        delivered=run.status == RunStatus.ENDED.value,
        write_in_name=addressee is not None and not named,
    )


def parent_summary_views(session: Session, run: SessionRun, *, per_parent: bool = False,
                         found: list | None = None) -> list[ParentSummaryView]:
    """One page for the group, or one per parent who came and agreed to be named."""
    if not per_parent:
        return [parent_summary_view(session, run, found=found)]
    readers = [p for p in attended(session, run) if p.consent_named]
    return [parent_summary_view(session, run, p, found=found) for p in readers]


def catch_up_views(session: Session, run: SessionRun, participant: Participant | None = None,
                   found: list | None = None) -> list[ParentSummaryView]:
    """A catch-up sheet for one parent (absent or excused), or for every parent who missed the chapter."""
    if participant is not None:
        check_catch_up(session, run, participant)
    readers = [participant] if participant is not None else missed_by(session, run)
    return [parent_summary_view(session, run, p, catch_up=True, found=found) for p in readers]


def print_pack(session: Session, run: SessionRun, found: list | None = None) -> PrintPack:
    """Tonight's pack: a summary for each parent who came, a catch-up sheet for each parent
    absent or excused; ordered by name, so each parent's pages are together."""
    if run.status != RunStatus.ENDED.value:
        raise ReportLookupError(translate(
            "Reports", "Chapter {chapter} has not been delivered yet: the print pack is made after the session.")
            .format(chapter=run.chapter_position))
    came = {p.id for p in attended(session, run)}
    readers = sorted(attended(session, run) + missed_by(session, run), key=_by_name)
    if not came:
        raise ReportLookupError(translate(
            "Reports", "Nobody is marked as having come to chapter {chapter} yet. Mark attendance first "
            "(the Attendance page), then make the print pack.").format(chapter=run.chapter_position))
    pages = tuple(
        PackPage(p.display_name, p.id not in came, parent_summary_view(session, run, p, catch_up=p.id not in came,
                                                                       found=found))
        for p in readers
    )
    return PrintPack(run.group.name, run.chapter_position, session_title(run), pages)


# ---- facilitator-facing ---------------------------------------------------------------------------
def _chapter_parts(session: Session, run: SessionRun) -> dict[int, tuple[int, int]]:
    """{parent id: (parts of this chapter attended so far, parts)} for a chapter in parts; {} otherwise.
    A part counts once it has been delivered and the parent was present or late."""
    if run.part_count <= 1:
        return {}
    came = {p.id: 0 for p in run.group.participants}
    for part in (r for r in run.group.sessions if r.chapter_id == run.chapter_id and r.status == RunStatus.ENDED.value):
        for participant_id, status in records.attendance_for_run(session, part).items():
            if status in ATTENDED and participant_id in came:
                came[participant_id] += 1
    return {pid: (n, run.part_count) for pid, n in came.items()}


def facilitator_record_view(session: Session, run: SessionRun) -> FacilitatorRecordView:
    group = run.group
    segments = {s.position: s for s in run.segments}
    marks = {a.participant_id: a.status for a in run.attendance}
    rollup = _chapter_parts(session, run)
    attendance = tuple(AttendanceLine(p.display_name, marks.get(p.id, ""), rollup.get(p.id))
                       for p in group.participants)

    summary = run_store.summary_of(run)
    if summary is not None and summary.segments:
        timeline = tuple(
            TimelineRow(s.position, programme_text(s.title), s.kind, s.planned_seconds, s.actual_seconds, s.covered)
            for s in summary.segments
        )
    else:
        timeline = tuple(TimelineRow(s.position, programme_text(s.title), s.kind, s.planned_seconds, None)
                         for s in run.segments)

    def segment_title(position: int) -> str:
        segment = segments.get(position)
        return f"{position}. {programme_text(segment.title)}" if segment is not None else str(position)

    pause_points = tuple(
        PausePointLine(segment_title(p.segment_position), p.at_ms, p.prompt) for p in (summary.pause_points_reached if summary else [])
    )
    adjustments = tuple(
        AdjustmentLine(segment_title(a.segment_position), a.kind, a.seconds, a.description)
        for a in (summary.adjustments if summary else [])
    )
    notes = tuple(
        NoteLine(
            text=note.text,
            private=note.visibility != Visibility.SHAREABLE.value,
            segment_title=f"{note.segment.position}. {programme_text(note.segment.title)}" if note.segment is not None
            else "",
            about=tuple(p.display_name for p in note.tagged),
        )
        # In the order of the session: by segment (whole-session notes first), then as written.
        for note in sorted(run.notes, key=lambda n: (n.segment.position if n.segment is not None else 0, n.id or 0))
    )
    return FacilitatorRecordView(
        group_name=group.name,
        chapter_position=run.chapter_position,
        chapter_title=session_title(run),  # with the part, for a chapter in parts
        date=run.date,
        status=run.status,
        facilitators=group.facilitators,
        venue=group.venue,
        started_at=run.started_at,
        ended_at=run.ended_at,
        attendance=attendance,
        timeline=timeline,
        pause_points=pause_points,
        adjustments=adjustments,
        notes=notes,
        fidelity=fidelity_queries.run_fidelity(session, run) if run.status == RunStatus.ENDED.value else None,
        audit=_audit_lines(session, group),
    )


def _audit_lines(session: Session, group: Group) -> tuple[AuditLine, ...]:
    """The group's audit trail in local time (the table keeps UTC; a naive time from SQLite is UTC)."""
    def local(at: dt.datetime) -> dt.datetime:
        aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.timezone.utc)
        return aware.astimezone().replace(tzinfo=None)

    return tuple(AuditLine(local(e.at), e.actor, e.action, e.subject) for e in audit.for_group_record(session, group.id))


def programme_report_view(session: Session, group: Group) -> ProgrammeReportView:
    chapters = []
    for run in group.sessions:
        summary = run_store.summary_of(run)
        delivered = run.status == RunStatus.ENDED.value
        planned = summary.planned_total_seconds if summary and summary.segments else run.plan.planned_seconds
        actual = summary.actual_total_seconds if summary and summary.segments and delivered else None
        chapters.append(ChapterRow(run.chapter_position, programme_text(run.chapter.title), run.date, run.status,
                                   planned, actual, run.part, run.part_count))
    grid = records.attendance_grid(session, group)
    positions = tuple(c.chapter_position for c in grid.columns)  # parts roll up by chapter
    parents = tuple(
        ParentRow(row.name, tuple(grid.counted_status(row.participant_id, c) for c in grid.columns), positions)
        for row in grid.rows
    )
    return ProgrammeReportView(
        group_name=group.name,
        programme_name=group.curriculum.name,
        facilitators=group.facilitators,
        venue=group.venue,
        chapters=tuple(chapters),
        parents=parents,
        certificate_threshold=certificate_threshold(session),
        **fidelity_queries.programme_report_extras(session, group),
    )


def certificate_views(session: Session, group: Group, threshold: int, only: str | None = None) -> list[CertificateView]:
    """A certificate for every parent (or the one named `only`) who attended at least `threshold`
    chapters. The name is printed only for a parent who agreed to be named; otherwise the
    certificate has a line to write the name on by hand."""
    report = programme_report_view(session, group)
    delivered = [c for c in report.chapters if c.status == RunStatus.ENDED.value] or list(report.chapters)
    first = delivered[0].date if delivered else group.first_date
    last = delivered[-1].date if delivered else group.first_date
    consent = {p.display_name: p.consent_named for p in group.participants}
    return [
        CertificateView(
            name=row.name if consent.get(row.name, False) else "",
            group_name=group.name,
            programme_name=group.curriculum.name,
            first_date=first,
            last_date=last,
            facilitators=group.facilitators,
            attended=row.attended,
            chapters_total=len({c.position for c in report.chapters}),
        )
        for row in report.parents
        if row.attended >= threshold and (only is None or row.name == only)
    ]


def _certificates(session: Session, group: Group, participant: str | None) -> list[CertificateView]:
    threshold = certificate_threshold(session)
    wanted = find_participant(group, participant).display_name if participant else None
    views = certificate_views(session, group, threshold, only=wanted)
    if wanted and not views:
        raise ReportLookupError(translate(
            "Reports", '"{name}" has not attended %n chapter(s) yet, so has no certificate.', "", threshold)
            .format(name=wanted))
    if not views:
        raise ReportLookupError(translate(
            "Reports", 'Nobody in "{group}" has attended %n chapter(s) yet, so there is no certificate to print.', "",
            threshold).format(group=group.name))
    return views


# ---- one entry point for the command line and the app -------------------------------------------
def document_views(
    session: Session,
    kind: str,
    group_name: str,
    *,
    chapter: int | None = None,
    part: int | None = None,
    participant: str | None = None,
    per_parent: bool = False,
    found: list | None = None,
):
    """What the builder for `kind` needs, looked up by names; ReportLookupError when something
    does not exist or there is nothing to print. Names taken out of parent pages are appended to
    `found` as (NameMatch, replacement) pairs."""
    group = find_group(session, group_name)
    if kind == "programme-report":
        return programme_report_view(session, group)
    if kind == "certificates":
        return _certificates(session, group, participant)
    run = find_run(group, chapter, part)
    if kind == "facilitator-record":
        return facilitator_record_view(session, run)
    if kind == "print-pack":
        return print_pack(session, run, found=found)
    if kind == "parent-summary":
        if participant:
            person = find_participant(group, participant)
            if not person.consent_named:
                raise ReportLookupError(translate(
                    "Reports", '"{name}" has not agreed to be named on printed pages. Print the group summary instead.'
                ).format(name=person.display_name))
            return [parent_summary_view(session, run, person, found=found)]
        if per_parent and run.status != RunStatus.ENDED.value:
            raise ReportLookupError(translate(
                "Reports", "Chapter {chapter} has not been delivered yet, so nobody has come to it. "
                "The group summary shows it marked \u201cplanned, not yet delivered\u201d.").format(
                    chapter=run.chapter_position))
        views = parent_summary_views(session, run, per_parent=per_parent, found=found)
        if not views:
            raise ReportLookupError(translate(
                "Reports", "No parent who came to this session has agreed to be named on printed pages."))
        return views
    if kind == "catch-up":
        person = find_participant(group, participant) if participant else None
        views = catch_up_views(session, run, person, found=found)
        if not views:
            raise ReportLookupError(translate(
                "Reports", "Nobody missed chapter {chapter} (or it has not been delivered yet). "
                "Name a parent with --participant.").format(chapter=run.chapter_position))
        return views
    raise ReportLookupError(translate("Reports", "Unknown document: {kind}.").format(kind=kind))
