"""The facilitator's documents: the facilitator record and the programme report (the parents'
documents are in parent_pages.py). Each builder takes plain views, writes a PDF to `out` (a path
or a binary file object) and returns its page count. No Qt, no database."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from cos_desktop.core.kinds import AttendanceStatus, kind_label, run_status_label
from cos_desktop.core.plan import format_duration
from cos_desktop.core.translation import translate
from cos_desktop.core.report_views import (
    FacilitatorRecordView,
    ProgrammeReportView,
    ServiceDetails,
    difference_text,
    long_date,
    minutes_text,
    short_date,
)
from cos_desktop.export import layout
from cos_desktop.export.layout import Furniture, bullet, labelled, plain
from cos_desktop.export.parent_pages import (  # noqa: F401 (build_parent_summary also here)
    build_parent_summary, footer, programme_name, service_or_default)
from cos_desktop.core import local_formats
from cos_desktop.core.translation import QT_TRANSLATE_NOOP

def status_word(status: str) -> str:
    if not status:
        return translate("Documents", "Not marked")
    try:
        return AttendanceStatus(status).label
    except ValueError:
        return status


# One letter per mark, explained under the grid in the same language.
GRID_MARKS = {"present": "✓", "late": QT_TRANSLATE_NOOP("Documents", "L"), "absent": QT_TRANSLATE_NOOP("Documents", "A"),
              "excused": QT_TRANSLATE_NOOP("Documents", "E"), "": ""}


def grid_mark(status: str) -> str:
    if status in ("late", "absent", "excused"):
        return translate("Documents", GRID_MARKS[status])
    return GRID_MARKS.get(status, status[:1].upper())

def _frame_width(paper: str) -> float:
    return layout.page_size(paper)[0] - 2 * layout.MARGIN


def _decimal(value: float) -> str:
    """One decimal place, with the language's decimal mark (1.5, 1,5)."""
    return f"{value:.1f}".replace(".", translate("Documents", ".", "the decimal mark"))


def _hours(seconds: int) -> str:
    return _decimal(seconds / 3600)


# ---- facilitator record ------------------------------------------------------------------------------
def _record_details(view: FacilitatorRecordView, styles: layout.Styles, service: ServiceDetails) -> list:
    details = [
        (translate("Documents", "Date:"), long_date(view.date, service.date_style)),
        (translate("Documents", "Status:"), run_status_label(view.status)),
        (translate("Documents", "Facilitators:"), view.facilitators or "-"),
        (translate("Documents", "Venue:"), view.venue or "-"),
    ]
    if view.started_at is not None:
        span = local_formats.clock_time(view.started_at)
        if view.ended_at is not None:
            span = translate("Documents", "{start} to {end}").format(
                start=span, end=local_formats.clock_time(view.ended_at))
        details.append((translate("Documents", "Time:"), span))
    return [labelled(label, value, styles.body) for label, value in details]


def _record_attendance(view: FacilitatorRecordView, styles: layout.Styles, width: float) -> list:
    cell = styles.cell
    story: list = [plain(translate("Documents", "Attendance"), styles.heading)]
    if not view.attendance:
        return story + [plain(translate("Documents", "No parents in this group yet."), styles.body)]
    rows = [[plain(translate("Documents", "Parent"), cell, bold=True),
             plain(translate("Documents", "Attendance"), cell, bold=True)]]
    rows += [[plain(a.name, cell), plain(status_word(a.status), cell)] for a in view.attendance]
    widths = [width * 0.6, width * 0.25]
    if any(a.chapter_parts for a in view.attendance):  # a chapter in parts: its parts attended so far
        rows[0].append(plain(translate("Documents", "Chapter {n} so far").format(n=view.chapter_position), cell,
                             bold=True))
        for row, a in zip(rows[1:], view.attendance):
            came, total = a.chapter_parts or (0, 0)
            row.append(plain(translate("Documents", "{came} of {total} parts").format(came=came, total=total), cell))
        widths = [width * 0.45, width * 0.25, width * 0.25]
    story.append(layout.data_table(rows, widths))
    counts: dict[str, int] = {}
    for a in view.attendance:
        counts[a.status] = counts.get(a.status, 0) + 1
    story.append(plain(", ".join(f"{status_word(k)}: {n}" for k, n in counts.items()), styles.small))
    return story


def _record_timeline(view: FacilitatorRecordView, styles: layout.Styles, width: float) -> list:
    cell = styles.cell
    header = ["#", translate("Documents", "Segment"), translate("Documents", "Kind"), translate("Documents", "Planned"),
              translate("Documents", "Actual"), translate("Documents", "Difference")]
    rows = [[plain(h, cell, bold=True) for h in header]]
    for row in view.timeline:
        title = row.title if row.covered else translate(
            "Documents", "{segment} (not covered)").format(segment=row.title)
        values = [str(row.position), title, kind_label(row.kind), minutes_text(row.planned_seconds),
                  minutes_text(row.actual_seconds), difference_text(row.difference_seconds)]
        rows.append([plain(v, cell) for v in values])
    actual = view.actual_total_seconds
    totals = ["", translate(
        "Documents", "Total (minutes)"), "", minutes_text(view.planned_total_seconds), minutes_text(actual),
              difference_text(None if actual is None else actual - view.planned_total_seconds)]
    rows.append([plain(v, cell, bold=True) for v in totals])
    story: list = [plain(translate(
        "Documents", "Timeline: planned and actual minutes"), styles.heading), layout.data_table(
        rows, [width * f for f in (0.06, 0.44, 0.14, 0.11, 0.12, 0.13)],
        extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f5f7"))],
    )]
    if not view.has_actuals:
        story.append(plain(translate("Documents", "No timings were recorded for this session; the plan is shown."),
                           styles.small))
    return story


def _record_events(view: FacilitatorRecordView, styles: layout.Styles) -> list:
    story: list = [plain(translate("Documents", "Pause points reached"), styles.heading)]
    for p in view.pause_points:
        story.append(bullet(translate("Documents", "{segment}, at {time}: {question}").format(
            segment=p.segment_title, time=format_duration(p.at_ms // 1000), question=p.prompt), styles.bullet))
    if not view.pause_points:
        story.append(plain(translate("Documents", "None recorded."), styles.body))
    story.append(plain(translate("Documents", "Adjustments made during the session"), styles.heading))
    for a in view.adjustments:
        line = translate("Documents", "{segment}: {change} {minutes} min").format(
            segment=a.segment_title, change=translate("Documents", ADJUSTMENT_WORDS[a.kind]) if a.kind in ADJUSTMENT_WORDS
            else a.kind, minutes=difference_text(a.seconds))
        story.append(bullet(line + (f". {a.description}" if a.description else ""), styles.bullet))
    if not view.adjustments:
        story.append(plain(translate("Documents", "None recorded."), styles.body))
    return story


def _record_notes(view: FacilitatorRecordView, styles: layout.Styles) -> list:
    story: list = [CondPageBreak(18 * mm), plain(translate("Documents", "Notes"), styles.heading)]
    if not view.notes:
        story.append(plain(translate("Documents", "No notes."), styles.body))
    private_label = ParagraphStyle("private", parent=styles.small, textColor=layout.CONFIDENTIAL_RED, keepWithNext=1)
    shared_label = ParagraphStyle("shared", parent=styles.small, keepWithNext=1)
    # No single line of a note left alone at the foot or the top of a page.
    body = ParagraphStyle("note", parent=styles.body, allowOrphans=0, allowWidows=0)
    for note in view.notes:
        label = translate("Documents", "PRIVATE") if note.private else translate("Documents", "Shareable")
        where = [note.segment_title] if note.segment_title else [translate("Documents", "Whole session")]
        if note.about:
            where.append(translate("Documents", "about {names}").format(names=", ".join(note.about)))
        heading = labelled(label, " · ".join(where), private_label if note.private else shared_label)
        text = plain(note.text, body)
        story.append(KeepTogether([heading, text]) if len(note.text) <= 400 else heading)
        if len(note.text) > 400:
            story.append(text)
    return story


ADJUSTMENT_WORDS = {"nudge": QT_TRANSLATE_NOOP("Documents", "nudge"),
                    "rebalance": QT_TRANSLATE_NOOP("Documents", "rebalance")}
AUDIT_WORDS = {"export": QT_TRANSLATE_NOOP("Documents", "Exported"), "print": QT_TRANSLATE_NOOP("Documents", "Printed"),
               "erase": QT_TRANSLATE_NOOP("Documents", "Erased"), "restore": QT_TRANSLATE_NOOP("Documents", "Restored")}


_AUDIT_SUBJECT = re.compile(r"(?P<document>.+?) of group #(?P<group>\d+)(?:, chapter (?P<chapter>\d+))?"
                            r"(?:, for parent #(?P<parent>\d+))?")
_AUDIT_SUBJECTS = {  # the audit trail keeps English subjects (db/audit.py); shown in the chosen language
    (False, False): QT_TRANSLATE_NOOP("Documents", "{document} of group #{group}"),
    (True, False): QT_TRANSLATE_NOOP("Documents", "{document} of group #{group}, chapter {chapter}"),
    (False, True): QT_TRANSLATE_NOOP("Documents", "{document} of group #{group}, for parent #{parent}"),
    (True, True): QT_TRANSLATE_NOOP("Documents", "{document} of group #{group}, chapter {chapter}, for parent #{parent}"),
}


def audit_subject(subject: str) -> str:
    """'Parent summary of group #3, chapter 2' as the audit trail keeps it, in the chosen language."""
    found = _AUDIT_SUBJECT.fullmatch(subject)
    restored = re.fullmatch(r"the whole database, from the backup (?P<backup>.+)", subject)
    if restored is not None:
        return translate("Documents", "The whole database, from the backup {backup}").format(backup=restored["backup"])
    held = re.fullmatch(r"(?i)everything held about parent #(\d+)", subject)
    if held is not None:
        return translate("Documents", "Everything held about parent #{number}").format(number=held[1])
    if found is None:
        return subject[:1].upper() + subject[1:]
    text = translate("Documents", _AUDIT_SUBJECTS[(found["chapter"] is not None, found["parent"] is not None)])
    erased = re.fullmatch(r"(?i)parent #(\d+)", found["document"])
    document = (translate("Documents", "Parent #{number}").format(number=erased[1]) if erased
                else translate("Documents", found["document"]))
    return text.format(document=document, group=found["group"], chapter=found["chapter"], parent=found["parent"])


def _record_audit(view: FacilitatorRecordView, styles: layout.Styles, width: float, date_style: str) -> list:
    """Who exported, printed, erased or restored what for this group, and when (parents by number only)."""
    story: list = [CondPageBreak(18 * mm), plain(translate("Documents", "Audit trail"), styles.heading)]
    if not view.audit:
        return story + [plain(translate(
            "Documents", "Nothing exported, printed, erased or restored for this group yet."),
                              styles.body)]
    rows = [[plain(translate("Documents", h), styles.small) for h in (
        QT_TRANSLATE_NOOP("Documents", "When"), QT_TRANSLATE_NOOP("Documents", "Who"),
        QT_TRANSLATE_NOOP("Documents", "What"), QT_TRANSLATE_NOOP("Documents", "About"))]]
    for line in view.audit:
        when = f"{short_date(line.at.date(), date_style)} {line.at:%H:%M}"
        rows.append([plain(when, styles.small), plain(line.actor or "-", styles.small),
                     plain(translate("Documents", AUDIT_WORDS[line.action]) if line.action in AUDIT_WORDS
                           else line.action, styles.small),
                     plain(audit_subject(line.subject), styles.small)])
    return story + [layout.data_table(rows, [0.2 * width, 0.16 * width, 0.12 * width, 0.52 * width])]


def build_facilitator_record(view: FacilitatorRecordView, out, *, paper: str = "A4", service=None) -> int:
    service = service_or_default(service)
    styles = layout.make_styles()
    width = _frame_width(paper)
    session = translate("Documents", "{group} · Chapter {number}: {title}").format(
        group=view.group_name, number=view.chapter_position, title=view.chapter_title)
    story: list = [plain(translate("Documents", "Facilitator record"), styles.title), plain(session, styles.subtitle)]
    story += _record_details(view, styles, service)
    story += _record_attendance(view, styles, width)
    story += _record_timeline(view, styles, width)
    story += _record_events(view, styles)
    story += _record_notes(view, styles)
    story += _record_audit(view, styles, width, service.date_style)
    from cos_desktop.export.fidelity import facilitator_record_pages  # the session's fidelity page

    story += facilitator_record_pages(view, styles, width)
    return layout.build(
        out, story, paper=paper, title=translate("Documents", "Facilitator record - {session}").format(session=session),
        subject=translate("Documents", "Facilitator record (confidential)"),
        author=service.name, lang=service.language,
        furniture=Furniture(
            footer=footer(service, translate("Documents", "Facilitator record · keep securely")),
            confidential=translate("Documents", "CONFIDENTIAL: facilitator record, not for parents"),
            header=f"{session} · {short_date(view.date, service.date_style)}",
        ),
    )


# ---- programme report ------------------------------------------------------------------------------------
def _report_sessions(view: ProgrammeReportView, styles: layout.Styles, width: float, service: ServiceDetails) -> list:
    cell = styles.cell
    header = [translate("Documents", h) for h in (
        QT_TRANSLATE_NOOP("Documents", "Chapter"), QT_TRANSLATE_NOOP("Documents", "Date"),
        QT_TRANSLATE_NOOP("Documents", "Status"), QT_TRANSLATE_NOOP("Documents", "Planned"),
        QT_TRANSLATE_NOOP("Documents", "Actual"), QT_TRANSLATE_NOOP("Documents", "Difference"),
        QT_TRANSLATE_NOOP("Documents", "Came"))]
    rows = [[plain(h, cell, bold=True) for h in header]]
    for index, c in enumerate(view.chapters):
        difference = None if c.actual_seconds is None else c.actual_seconds - c.planned_seconds
        came = sum(1 for p in view.parents if p.statuses[index] in ("present", "late")) if c.status == "ended" else None
        values = [_session_name(c), short_date(c.date, service.date_style),
                  run_status_label(c.status), minutes_text(c.planned_seconds),
                  minutes_text(c.actual_seconds), difference_text(difference),
                  "-" if came is None else translate("Documents", "{count} of {total}").format(
                      count=came, total=len(view.parents))]
        rows.append([plain(v, cell) for v in values])
    delivered = view.delivered
    timed = [c for c in delivered if c.actual_seconds is not None]
    planned_timed = sum(c.planned_seconds for c in timed)
    actual_timed = sum(c.actual_seconds or 0 for c in timed)
    totals = [translate(
        "Documents", "Delivered: {count} of {total}").format(count=len(delivered), total=len(view.chapters)),
              "", "",
              minutes_text(planned_timed) if timed else "-", minutes_text(actual_timed) if timed else "-",
              difference_text(actual_timed - planned_timed) if timed else "-", ""]
    rows.append([plain(v, cell, bold=True) for v in totals])
    return [plain(translate("Documents", "Sessions"), styles.heading), layout.data_table(
        rows, [width * f for f in (0.31, 0.14, 0.11, 0.1, 0.09, 0.12, 0.13)],
        extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f5f7"))],
    ), plain(translate("Documents", "Minutes per session; totals count the sessions with recorded timings. "
                       "\u201cCame\u201d: parents present or late (retention across the programme)."), styles.small)]


def _session_name(c) -> str:
    """'3. Title', or '3. Title, part 1 of 2' for one part of a chapter delivered in parts."""
    if c.part_count <= 1:
        return f"{c.position}. {c.title}"
    return translate("Documents", "{n}. {title}, part {part} of {count}").format(
        n=c.position, title=c.title, part=c.part, count=c.part_count)


def _report_parts(view: ProgrammeReportView, styles: layout.Styles) -> list:
    """Chapters delivered in parts: each parent's parts attended, rolled up by chapter, and the rule."""
    held = {c.position for c in view.chapters if c.status == "ended"}
    split = sorted({c.position for c in view.chapters if c.part_count > 1 and c.position in held})
    if not split or not view.parents:
        return []
    story = [plain(translate("Documents", "Chapters in parts"), styles.heading),
             plain(translate("Documents", "A chapter delivered in parts counts as attended when the parent came "
                                          "(present or late) to every part of it. Chapters with a part held so "
                                          "far are listed; a part not yet held counts as not attended."),
                   styles.small)]
    for parent in view.parents:
        rollup = parent.parts_by_chapter()
        pieces = [translate("Documents", "attended {came} of {total} parts of chapter {n}").format(
            came=rollup[n][0], total=rollup[n][1], n=n) for n in split if n in rollup]
        story.append(labelled(parent.name + ":", "; ".join(pieces), styles.body))
    return story


def _report_grid(view: ProgrammeReportView, styles: layout.Styles, width: float) -> list:
    cell = styles.cell
    # One column per chapter; a chapter in parts shows one mark per part in its cell ("✓A").
    positions = list(dict.fromkeys(c.position for c in view.chapters))
    columns = [[i for i, c in enumerate(view.chapters) if c.position == n] for n in positions]
    count, chapters = len(columns), len(positions)
    centre = ParagraphStyle("grid", parent=cell, alignment=TA_CENTER)
    name_width, tail = width * 0.24, width * 0.36
    mark_width = (width - name_width - tail) / max(count, 1)
    header = [plain(translate("Documents", "Parent"), cell, bold=True)] + [plain(str(n), centre, bold=True)
                                                                          for n in positions]
    header += [plain(translate("Documents", h), centre, bold=True) for h in (
        QT_TRANSLATE_NOOP("Documents", "Completion"), QT_TRANSLATE_NOOP("Documents", "Hours"),
        QT_TRANSLATE_NOOP("Documents", "Certificate"))]
    rows = [header]
    for parent in view.parents:
        due = view.certificate_threshold and parent.attended >= view.certificate_threshold
        rows.append(
            [plain(parent.name, cell)]
            + [plain("".join(grid_mark(parent.statuses[i]) for i in column), centre) for column in columns]
            + [plain(translate(
                "Documents", "{count} of {total}").format(count=parent.attended, total=chapters), centre),
               plain(_hours(view.contact_seconds(parent)), centre),
               plain(translate("Documents", "Due") if due else "-", centre)]
        )
    return [layout.data_table(rows, [name_width] + [mark_width] * count + [tail * 0.38, tail * 0.27, tail * 0.35])]


def _report_attendance(view: ProgrammeReportView, styles: layout.Styles, width: float) -> list:
    story: list = [plain(translate("Documents", "Attendance"), styles.heading)]
    if not view.parents:
        return story + [plain(translate("Documents", "No parents in this group yet."), styles.body)]
    story += _report_grid(view, styles, width)
    story.append(plain(translate(
        "Documents", "✓ present · L late · A absent · E excused · blank: not marked or not yet "
                                 "held. Completion: chapters attended of the programme's chapters. Hours: contact "
                                 "hours attended."), styles.small))
    if any(c.part_count > 1 for c in view.chapters):
        story.append(plain(translate("Documents", "A chapter delivered in parts has one mark per part, in order."),
                           styles.small))
    due = sum(1 for p in view.parents if view.certificate_threshold and p.attended >= view.certificate_threshold)
    lines = [translate("Documents", "Contact hours delivered: {hours}.").format(
        hours=_hours(view.actual_total_seconds or view.planned_total_seconds))]
    threshold = view.certificate_threshold
    if threshold:
        lines.append(translate(
            "Documents", "Certificates due: {due} of {total} parents (at least %n chapter(s) attended).",
                               "", threshold).format(due=due, total=len(view.parents)))
    per_session = [sum(1 for p in view.parents if p.statuses[i] in ("present", "late"))
                   for i, c in enumerate(view.chapters) if c.status == "ended"]
    if per_session:
        lines.append(translate("Documents", "On average {average} of {total} parents came to each delivered session.")
                     .format(average=_decimal(sum(per_session) / len(per_session)), total=len(view.parents)))
    story += [plain(line, styles.body) for line in lines]
    return story


def build_programme_report(view: ProgrammeReportView, out, *, paper: str = "A4", service=None) -> int:
    service = service_or_default(service)
    styles = layout.make_styles()
    width = _frame_width(paper)
    as_of = long_date(service.prepared, service.date_style)
    story: list = [
        plain(translate("Documents", "Programme report"), styles.title),
        plain(f"{view.group_name} · {programme_name(view.programme_name)}", styles.subtitle),
        labelled(translate("Documents", "As of:"), as_of, styles.body),
    ]
    if view.facilitators:
        story.append(labelled(translate("Documents", "Facilitators:"), view.facilitators, styles.body))
    if view.venue:
        story.append(labelled(translate("Documents", "Venue:"), view.venue, styles.body))
    story += _report_sessions(view, styles, width, service)
    story += _report_attendance(view, styles, width)
    story += _report_parts(view, styles)
    from cos_desktop.export.outcomes import programme_report_pages  # outcomes and fidelity pages

    story += programme_report_pages(view, styles, width)
    return layout.build(
        out, story, paper=paper, title=translate(
            "Documents", "Programme report - {group}").format(group=view.group_name),
        subject=translate("Documents", "Programme report"), author=service.name, lang=service.language,
        furniture=Furniture(footer=footer(service, translate("Documents", "Programme report · contains personal data")),
                            header=translate("Documents", "{group} · as of {date}").format(
                                group=view.group_name, date=short_date(service.prepared, service.date_style))),
    )
