"""Fidelity pages for supervision: one per delivered session (the facilitator record) and one per
group (the programme report). Each ends with a 'Reviewed in supervision on ____ by ____' line.

Built from cos_desktop.core.fidelity views, which come from the run events and the summary saved
when each session ended.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from cos_desktop.core.fidelity import GroupFidelity, SegmentDelivery, SessionFidelity
from cos_desktop.core.kinds import kind_label
from cos_desktop.core.programme_text import programme_text
from cos_desktop.core.plan import format_duration
from cos_desktop.core.report_views import difference_text, long_date, minutes_text
from cos_desktop.export import layout
from cos_desktop.export.layout import bullet, plain
from cos_desktop.export.outcomes import header_style, number_style, supervision_line, table
from cos_desktop.core import local_formats
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from cos_desktop.export.parent_pages import programme_name

DEFINITIONS = QT_TRANSLATE_NOOP(
    "Fidelity",
    "Skipped: never shown, or shown for under a quarter of its planned time. Shortened: at least two "
    "minutes (and 15% of its time) short of the plan. Delivered: the rest, including segments that ran over. "
    "Minutes are as planned before any change made during the session."
)
SHADE = {SegmentDelivery.SKIPPED: colors.HexColor("#f9d9a6"), SegmentDelivery.SHORTENED: colors.HexColor("#fbeccc")}


def counts_text(view: SessionFidelity) -> str:
    segments = len(view.segments)  # a plain name: the extraction tool reads no other count
    return translate("Fidelity", "%n segment(s): {delivered} delivered, {shortened} shortened, {skipped} skipped", "",
                     segments).format(
        delivered=view.count(SegmentDelivery.DELIVERED), shortened=view.count(SegmentDelivery.SHORTENED),
        skipped=view.count(SegmentDelivery.SKIPPED))


def pauses_text(view: SessionFidelity) -> str:
    if not view.pauses:
        return translate("Fidelity", "none planned")
    if not view.pauses_recorded:
        return translate("Fidelity", "{count} planned, not recorded").format(count=len(view.pauses))
    return translate("Fidelity", "{used} of {count} used").format(used=view.pauses_used, count=len(view.pauses))


def order_text(view: SessionFidelity) -> str:
    in_order = view.segments_in_order
    if in_order is None:
        return translate("Fidelity", "Not recorded (no timer events for this session).")
    if in_order:
        return translate("Fidelity", "Segments were shown in the planned order.")
    shown = ", ".join(str(p) for p in view.shown_order or ())
    late = ", ".join(str(p) for p in view.out_of_order)
    return translate("Fidelity", "Not in the planned order: shown {shown} (segment {early} came early).").format(
        shown=shown, early=late)


def _segment_table(view: SessionFidelity, styles: layout.Styles, width: float):
    cell, number = styles.cell, number_style(styles)
    header = ["#"] + [translate("Fidelity", h) for h in (
        QT_TRANSLATE_NOOP("Fidelity", "Segment"), QT_TRANSLATE_NOOP("Fidelity", "Kind"),
        QT_TRANSLATE_NOOP("Fidelity", "Planned"), QT_TRANSLATE_NOOP("Fidelity", "Actual"),
        QT_TRANSLATE_NOOP("Fidelity", "Difference"), QT_TRANSLATE_NOOP("Fidelity", "Delivery"))]
    rows = [[plain(h, cell, bold=True) for h in header]]
    extra = []
    for index, s in enumerate(view.segments, start=1):
        actual = s.actual_seconds if view.timed else None
        rows.append(
            [
                plain(str(s.position), cell),
                plain(programme_text(s.title), cell),
                plain(kind_label(s.kind), cell),
                plain(minutes_text(s.planned_seconds), number),
                plain(minutes_text(actual), number),
                plain(difference_text(None if actual is None else actual - s.planned_seconds), number),
                plain(s.delivery.label if view.timed else "-", cell, bold=s.delivery is not SegmentDelivery.DELIVERED),
            ]
        )
        if view.timed and s.delivery in SHADE:
            extra.append(("BACKGROUND", (0, index), (-1, index), SHADE[s.delivery]))
    actual_total = view.actual_seconds if view.timed else None
    rows.append(
        [
            plain("", cell),
            plain(translate("Fidelity", "Total (minutes)"), cell, bold=True),
            plain("", cell),
            plain(minutes_text(view.planned_seconds), number, bold=True),
            plain(minutes_text(actual_total), number, bold=True),
            plain(difference_text(None if actual_total is None else actual_total - view.planned_seconds), number),
            plain("", cell),
        ]
    )
    return table(rows, [width * f for f in (0.05, 0.34, 0.16, 0.1, 0.1, 0.12, 0.13)], extra=extra)


def _pause_lines(view: SessionFidelity, styles: layout.Styles, width: float) -> list:
    if not view.pauses:
        return [plain(translate("Fidelity", "This chapter's videos have no pause points."), styles.body)]
    cell = styles.cell
    rows = [[plain(translate("Fidelity", h), cell, bold=True) for h in (
        QT_TRANSLATE_NOOP("Fidelity", "Segment"), QT_TRANSLATE_NOOP("Fidelity", "At"),
        QT_TRANSLATE_NOOP("Fidelity", "Question"), QT_TRANSLATE_NOOP("Fidelity", "Used?"))]]
    for p in view.pauses:
        used = (translate("Fidelity", "Not recorded") if p.used is None
                else translate("Fidelity", "Used") if p.used else translate("Fidelity", "Skipped"))
        rows.append(
            [
                plain(f"{p.pause.segment_position}. {p.pause.segment_title}", cell),
                plain(format_duration(p.pause.at_ms // 1000), cell),
                plain(p.pause.prompt, cell),
                plain(used, cell, bold=p.used is False),
            ]
        )
    lines: list = [table(rows, [width * f for f in (0.3, 0.08, 0.47, 0.15)])]
    if not view.pauses_recorded:
        lines.append(plain(translate("Fidelity", "The session did not end normally, so the video's stops were not "
                                     "recorded."), styles.small))
    return lines


def session_fidelity_page(view: SessionFidelity, styles: layout.Styles, width: float) -> list:
    """The fidelity page of one delivered session, starting on a new page."""
    story: list = [
        PageBreak(),
        plain(translate("Fidelity", "Fidelity for supervision"), styles.title),
        plain(translate("Fidelity", "{group} · Chapter {number}: {title} · {date}").format(
            group=view.group_name, number=view.chapter_position, title=view.chapter_title, date=long_date(view.date)),
            styles.subtitle),
        plain(counts_text(view) + ".", styles.body),
    ]
    if not view.timed:
        story.append(plain(translate("Fidelity", "No timings were recorded for this session; the plan is shown."),
                           styles.body))
    story.append(_segment_table(view, styles, width))
    story.append(plain(translate("Fidelity", DEFINITIONS), styles.small))
    story.append(CondPageBreak(30 * mm))
    story.append(plain(translate("Fidelity", "Pause points in the videos"), styles.heading))
    story += _pause_lines(view, styles, width)
    story.append(plain(translate("Fidelity", "Order and timer"), styles.heading))
    if view.chapter_order_note:
        story.append(bullet(view.chapter_order_note, styles.bullet))
    story.append(bullet(order_text(view), styles.bullet))
    if view.shown_order is not None:
        paused, pauses = format_duration(view.timer_paused_seconds), view.timer_pauses
        story.append(bullet(
            translate("Fidelity", "The timer was paused %n time(s) ({duration} in all).", "", pauses).format(
                duration=paused) if view.timer_pauses
            else translate("Fidelity", "The timer was not paused."), styles.bullet,
        ))
    story.append(bullet(translate("Fidelity", "Changes to the timing made during the session: {count}.").format(
        count=view.adjustments), styles.bullet))
    return story + supervision_line(styles)


def _chapter_order_lines(view: GroupFidelity, styles: layout.Styles) -> list:
    order = view.order
    if not order.delivered:
        return [plain(translate("Fidelity", "No session has been delivered yet."), styles.body)]
    shown = ", ".join(str(p) for p in order.delivered)
    text = (translate("Fidelity", "Chapters delivered in order: {chapters}.") if order.in_order
            else translate("Fidelity", "Chapters NOT delivered in order: {chapters}."))
    lines = [plain(text.format(chapters=shown), styles.body)]
    if order.passed_over:
        missing = ", ".join(str(p) for p in order.passed_over)
        lines.append(plain(translate("Fidelity", "Not delivered although a later chapter was: {chapters}.").format(
            chapters=missing), styles.body))
    return lines


def group_fidelity_page(view: GroupFidelity, styles: layout.Styles, width: float) -> list:
    """The programme report's fidelity page: every delivered session in one table."""
    cell, number, head = styles.cell, number_style(styles), header_style(styles)
    story: list = [
        PageBreak(),
        plain(translate("Fidelity", "Fidelity for supervision"), styles.title),
        plain(f"{view.group_name} · {programme_name(view.programme_name)}", styles.subtitle),
    ]
    story += _chapter_order_lines(view, styles)
    if view.sessions:
        header = [QT_TRANSLATE_NOOP("Fidelity", "Chapter"), QT_TRANSLATE_NOOP("Fidelity", "Date"),
                  QT_TRANSLATE_NOOP("Fidelity", "Delivered"), QT_TRANSLATE_NOOP("Fidelity", "Shortened"),
                  QT_TRANSLATE_NOOP("Fidelity", "Skipped"), QT_TRANSLATE_NOOP("Fidelity", "Planned"),
                  QT_TRANSLATE_NOOP("Fidelity", "Actual"), QT_TRANSLATE_NOOP("Fidelity", "Pause points"),
                  QT_TRANSLATE_NOOP("Fidelity", "In plan order")]
        rows = [[plain(translate("Fidelity", h), head, bold=True) for h in header]]
        for s in view.sessions:
            in_order = s.segments_in_order
            rows.append(
                [
                    plain(f"{s.chapter_position}. {s.chapter_title}", cell),
                    plain(local_formats.medium_date(s.date), cell),
                    plain(str(s.count(SegmentDelivery.DELIVERED)) if s.timed else "-", number),
                    plain(str(s.count(SegmentDelivery.SHORTENED)) if s.timed else "-", number),
                    plain(str(s.count(SegmentDelivery.SKIPPED)) if s.timed else "-", number),
                    plain(minutes_text(s.planned_seconds), number),
                    plain(minutes_text(s.actual_seconds if s.timed else None), number),
                    plain(pauses_text(s), cell),
                    plain("-" if in_order is None else (translate("Fidelity", "Yes") if in_order
                                                        else translate("Fidelity", "No")), cell),
                ]
            )
        story.append(table(rows, [width * f for f in (0.2, 0.1, 0.12, 0.12, 0.1, 0.09, 0.07, 0.1, 0.1)]))
        story.append(plain(translate("Fidelity", "Segments per session and minutes; in plan order: the segments were "
                                     "shown in the planned order.") + " " + translate("Fidelity", DEFINITIONS),
                           styles.small))
        story.append(plain(translate("Fidelity", "Each session's own fidelity page is at the end of its facilitator "
                                     "record."), styles.small))
    return story + supervision_line(styles)


def facilitator_record_pages(view, styles: layout.Styles, width: float) -> list:
    """What the facilitator record adds at its end: the fidelity page of a delivered session."""
    fidelity = getattr(view, "fidelity", None)
    return session_fidelity_page(fidelity, styles, width) if fidelity is not None else []
