"""The five printed documents. Each builder takes plain views and writes a PDF to `out`
(a path or a binary file object) and returns its page count. No Qt, no database."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from cos_desktop import APP_NAME
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.plan import format_duration
from cos_desktop.core.report_views import (
    CertificateView,
    FacilitatorRecordView,
    ParentSummaryView,
    ProgrammeReportView,
    difference_text,
    long_date,
    minutes_text,
)
from cos_desktop.export import layout
from cos_desktop.export.layout import Furniture, bullet, labelled, plain

STATUS_WORDS = {"present": "Present", "late": "Late", "absent": "Absent", "excused": "Excused", "": "Not marked"}
GRID_MARKS = {"present": "✓", "late": "L", "absent": "A", "excused": "E", "": ""}
RUN_STATUS_WORDS = {"planned": "Planned", "running": "In progress", "ended": "Delivered"}

_TABLE_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.4, layout.RULE),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf1")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _kind_label(kind: str) -> str:
    try:
        return SegmentKind(kind).label
    except ValueError:
        return kind


def _table(rows, widths, *, extra=(), repeat=1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    table.setStyle(TableStyle(_TABLE_STYLE + list(extra)))
    return table


def _frame_width(paper: str) -> float:
    return layout.page_size(paper)[0] - 2 * layout.MARGIN


def _time_text(view_time) -> str:
    return view_time.strftime("%H:%M") if view_time is not None else ""


# ---- parent summary and catch-up sheet -------------------------------------------------------------
def _parent_story(view: ParentSummaryView, styles: layout.Styles) -> list:
    # Emphasis by size and colour only: one embedded font keeps the page quick to build.
    story: list = []
    if view.addressee:
        heading = f"A catch-up sheet for {view.addressee}" if view.catch_up else f"For {view.addressee}"
        story.append(plain(heading, styles.subtitle))
    story.append(plain(view.group_name, styles.title))
    story.append(plain(f"Chapter {view.chapter_position}: {view.chapter_title}", styles.heading))
    story.append(plain(long_date(view.date), styles.subtitle))
    if view.catch_up:
        story.append(
            plain(
                "We missed you at this session. Here is what the group explored, so you can join in "
                "easily next time.",
                styles.body,
            )
        )
    if view.explored:
        story.append(plain("What we explored", styles.heading))
        story.append(plain(view.explored, styles.body))
    if view.takeaways:
        story.append(plain("Ideas to take home", styles.heading))
        story.extend(bullet(t, styles.bullet) for t in view.takeaways)
    if view.shared_notes:
        story.append(plain("From our group", styles.heading))
        story.extend(plain(note, styles.body) for note in view.shared_notes)
    if view.notice_this_week:
        story.append(plain("Something to notice this week", styles.heading))
        story.append(plain(view.notice_this_week, styles.body))
    story.append(plain("Next time", styles.heading))
    nxt = view.next_session
    if nxt is None:
        story.append(plain("This was the last session of the programme. Thank you for coming.", styles.body))
    else:
        when = long_date(nxt.date) + (f" at {_time_text(nxt.start_time)}" if nxt.start_time else "")
        story.append(plain(f"Chapter {nxt.chapter_position}: {nxt.chapter_title}", styles.body))
        story.append(plain(when, styles.body))
        if nxt.venue:
            story.append(plain(nxt.venue, styles.body))
    contact = view.contact or view.facilitators
    if contact:
        story.append(Spacer(1, 4 * mm))
        story.append(plain(f"Questions? Contact {contact}", styles.body))
    return story


def build_parent_summary(views: Sequence[ParentSummaryView], out, *, paper: str = "A4") -> int:
    """The parent summary: one page per view (the group's, or one per named parent)."""
    if not views:
        raise ValueError("There is no page to print.")
    styles = layout.make_styles(scale=1.12)
    story: list = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story.append(layout.OnePageWhereItFits(_parent_story(view, styles)))
    kind = "Catch-up sheet" if views[0].catch_up else "Parent summary"
    return layout.build(out, story, paper=paper, title=kind, furniture=Furniture(footer=f"{APP_NAME} · {kind}"))


def build_catch_up(views: Sequence[ParentSummaryView], out, *, paper: str = "A4") -> int:
    """Catch-up sheets: the chapter's parent summary, addressed to each parent who missed it."""
    return build_parent_summary(views, out, paper=paper)


# ---- facilitator record ------------------------------------------------------------------------------
def build_facilitator_record(view: FacilitatorRecordView, out, *, paper: str = "A4") -> int:
    styles = layout.make_styles()
    width = _frame_width(paper)
    cell, small = styles.cell, styles.small
    story: list = [
        plain("Facilitator record", styles.title),
        plain(f"{view.group_name} · Chapter {view.chapter_position}: {view.chapter_title}", styles.subtitle),
    ]
    details = [
        ("Date:", long_date(view.date)),
        ("Status:", RUN_STATUS_WORDS.get(view.status, view.status)),
        ("Facilitators:", view.facilitators or "-"),
        ("Venue:", view.venue or "-"),
    ]
    if view.started_at is not None:
        span = view.started_at.strftime("%H:%M")
        if view.ended_at is not None:
            span += " to " + view.ended_at.strftime("%H:%M")
        details.append(("Time:", span))
    story.extend(labelled(label, value, styles.body) for label, value in details)

    story.append(plain("Attendance", styles.heading))
    rows = [[plain("Parent", cell, bold=True), plain("Attendance", cell, bold=True)]]
    rows += [[plain(a.name, cell), plain(STATUS_WORDS.get(a.status, a.status), cell)] for a in view.attendance]
    if view.attendance:
        story.append(_table(rows, [width * 0.6, width * 0.25]))
        counts = {}
        for a in view.attendance:
            counts[a.status] = counts.get(a.status, 0) + 1
        summary = ", ".join(f"{STATUS_WORDS.get(k, k)}: {n}" for k, n in counts.items())
        story.append(plain(summary, small))
    else:
        story.append(plain("No parents in this group yet.", styles.body))

    story.append(plain("Timeline: planned and actual minutes", styles.heading))
    header = ["#", "Segment", "Kind", "Planned", "Actual", "Difference"]
    rows = [[plain(h, cell, bold=True) for h in header]]
    for row in view.timeline:
        title = row.title + ("" if row.covered else " (not covered)")
        rows.append(
            [
                plain(str(row.position), cell),
                plain(title, cell),
                plain(_kind_label(row.kind), cell),
                plain(minutes_text(row.planned_seconds), cell),
                plain(minutes_text(row.actual_seconds), cell),
                plain(difference_text(row.difference_seconds), cell),
            ]
        )
    actual_total = view.actual_total_seconds
    rows.append(
        [
            plain("", cell),
            plain("Total (minutes)", cell, bold=True),
            plain("", cell),
            plain(minutes_text(view.planned_total_seconds), cell, bold=True),
            plain(minutes_text(actual_total), cell, bold=True),
            plain(difference_text(None if actual_total is None else actual_total - view.planned_total_seconds), cell, bold=True),
        ]
    )
    story.append(
        _table(
            rows,
            [width * f for f in (0.06, 0.44, 0.14, 0.11, 0.12, 0.13)],
            extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f5f7"))],
        )
    )
    if not view.has_actuals:
        story.append(plain("No timings were recorded for this session; the plan is shown.", small))

    story.append(plain("Pause points reached", styles.heading))
    if view.pause_points:
        for p in view.pause_points:
            at = format_duration(p.at_ms // 1000)
            story.append(bullet(f"{p.segment_title}, at {at}: {p.prompt}", styles.bullet))
    else:
        story.append(plain("None recorded.", styles.body))

    story.append(plain("Adjustments made during the session", styles.heading))
    if view.adjustments:
        for a in view.adjustments:
            minutes = difference_text(a.seconds)
            line = f"{a.segment_title}: {a.kind} {minutes} min" + (f". {a.description}" if a.description else "")
            story.append(bullet(line, styles.bullet))
    else:
        story.append(plain("None recorded.", styles.body))

    story.append(CondPageBreak(18 * mm))
    story.append(plain("Notes", styles.heading))
    if not view.notes:
        story.append(plain("No notes.", styles.body))
    private_label = ParagraphStyle("private", parent=styles.small, textColor=layout.CONFIDENTIAL_RED)
    for note in view.notes:
        label = "PRIVATE" if note.private else "Shareable"
        where = [note.segment_title] if note.segment_title else []
        if note.about:
            where.append("about " + ", ".join(note.about))
        heading = labelled(label, " · ".join(where), private_label if note.private else styles.small)
        story.append(KeepTogether([heading, plain(note.text[:400], styles.body)]) if len(note.text) <= 400 else heading)
        if len(note.text) > 400:
            story.append(plain(note.text, styles.body))
    from cos_desktop.export.fidelity import facilitator_record_pages  # the session's fidelity page
    story += facilitator_record_pages(view, styles, width)
    return layout.build(
        out,
        story,
        paper=paper,
        title="Facilitator record (confidential)",
        furniture=Furniture(
            footer=f"{APP_NAME} · Facilitator record · keep securely",
            confidential="CONFIDENTIAL: facilitator record, not for parents",
        ),
    )


# ---- programme report ------------------------------------------------------------------------------------
def build_programme_report(view: ProgrammeReportView, out, *, paper: str = "A4") -> int:
    styles = layout.make_styles()
    width = _frame_width(paper)
    cell = styles.cell
    story: list = [
        plain("Programme report", styles.title),
        plain(f"{view.group_name} · {view.programme_name}", styles.subtitle),
    ]
    if view.facilitators:
        story.append(labelled("Facilitators:", view.facilitators, styles.body))
    if view.venue:
        story.append(labelled("Venue:", view.venue, styles.body))

    delivered = view.delivered
    story.append(plain("Sessions", styles.heading))
    header = ["Chapter", "Date", "Status", "Planned", "Actual", "Difference"]
    rows = [[plain(h, cell, bold=True) for h in header]]
    for c in view.chapters:
        difference = None if c.actual_seconds is None else c.actual_seconds - c.planned_seconds
        rows.append(
            [
                plain(f"{c.position}. {c.title}", cell),
                plain(c.date.strftime("%a %d %b %Y"), cell),
                plain(RUN_STATUS_WORDS.get(c.status, c.status), cell),
                plain(minutes_text(c.planned_seconds), cell),
                plain(minutes_text(c.actual_seconds), cell),
                plain(difference_text(difference), cell),
            ]
        )
    timed = [c for c in delivered if c.actual_seconds is not None]
    planned_timed = sum(c.planned_seconds for c in timed)
    actual_timed = sum(c.actual_seconds or 0 for c in timed)
    rows.append(
        [
            plain(f"Delivered: {len(delivered)} of {len(view.chapters)}", cell, bold=True),
            plain("", cell),
            plain("", cell),
            plain(minutes_text(planned_timed) if timed else "-", cell, bold=True),
            plain(minutes_text(actual_timed) if timed else "-", cell, bold=True),
            plain(difference_text(actual_timed - planned_timed) if timed else "-", cell, bold=True),
        ]
    )
    story.append(
        _table(
            rows,
            [width * f for f in (0.36, 0.18, 0.12, 0.11, 0.10, 0.13)],
            extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f5f7"))],
        )
    )
    story.append(plain("Minutes per session; totals count the sessions with recorded timings.", styles.small))

    story.append(plain("Attendance", styles.heading))
    count = len(view.chapters)
    centre = ParagraphStyle("grid", parent=cell, alignment=TA_CENTER)
    name_width = width * 0.34
    mark_width = (width - name_width - width * 0.12) / max(count, 1)
    rows = [[plain("Parent", cell, bold=True)] + [plain(str(c.position), centre, bold=True) for c in view.chapters]
            + [plain("Attended", centre, bold=True)]]
    for parent in view.parents:
        rows.append(
            [plain(parent.name, cell)]
            + [plain(GRID_MARKS.get(s, s[:1].upper()), centre) for s in parent.statuses]
            + [plain(f"{parent.attended} of {len(delivered)}", centre)]
        )
    if view.parents:
        story.append(_table(rows, [name_width] + [mark_width] * count + [width * 0.12]))
        story.append(plain("✓ present · L late · A absent · E excused · blank: not marked or not yet held", styles.small))
        per_session = [
            sum(1 for p in view.parents if p.statuses[i] in ("present", "late"))
            for i, c in enumerate(view.chapters)
            if c.status == "ended"
        ]
        if per_session:
            average = sum(per_session) / len(per_session)
            story.append(
                plain(
                    f"On average {average:.1f} of {len(view.parents)} parents came to each delivered session.",
                    styles.body,
                )
            )
    else:
        story.append(plain("No parents in this group yet.", styles.body))
    from cos_desktop.export.outcomes import programme_report_pages  # outcomes and fidelity pages
    story += programme_report_pages(view, styles, width)
    return layout.build(
        out, story, paper=paper, title="Programme report",
        furniture=Furniture(footer=f"{APP_NAME} · Programme report · contains personal data"),
    )


# ---- certificates ------------------------------------------------------------------------------------------
def build_certificates(views: Sequence[CertificateView], out, *, paper: str = "A4") -> int:
    if not views:
        raise ValueError("There is no certificate to print.")
    styles = layout.make_styles()
    base = styles.centre

    def centred(size, leading, colour=layout.INK, space=4 * mm):
        return ParagraphStyle(f"c{size}", parent=base, fontSize=size, leading=leading, textColor=colour, spaceAfter=space)

    big, name_style, line, small = centred(30, 38, layout.ACCENT, 10 * mm), centred(26, 34, space=8 * mm), centred(14, 20), centred(11, 15, layout.MUTED)
    story: list = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story += [
            Spacer(1, 35 * mm),
            plain("Certificate of completion", big),
            plain("This certificate is presented to", line),
            Spacer(1, 4 * mm),
            plain(view.name, name_style, bold=True),
            plain("for taking part in", line),
            plain(re.sub(r"\s*\(\d+ chapters?\)$", "", view.programme_name), line, bold=True),
            plain(f"with {view.group_name}", line),
            plain(f"attending {view.attended} of {view.chapters_total} sessions", line),
            plain(f"from {long_date(view.first_date)} to {long_date(view.last_date)}", line),
            Spacer(1, 30 * mm),
            plain("_______________________________", line),
            plain(view.facilitators or "Facilitator", line),
            plain("Facilitator", small),
        ]
    return layout.build(
        out, story, paper=paper, title="Certificates of completion", furniture=Furniture(border=True)
    )


BUILDERS = {
    "parent-summary": build_parent_summary,
    "catch-up": build_catch_up,
    "facilitator-record": build_facilitator_record,
    "programme-report": build_programme_report,
    "certificates": build_certificates,
}
