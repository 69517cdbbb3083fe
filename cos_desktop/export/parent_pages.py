"""The documents parents take home: parent summary, catch-up sheet, tonight's print pack and
certificates. Each builder takes parent-safe views (cos_desktop.core.report_views), writes a
PDF to `out` (a path or a binary file) and returns its page count. No Qt, no database."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from cos_desktop import APP_NAME
from cos_desktop.core.report_views import CertificateView, ParentSummaryView, PrintPack, ServiceDetails, long_date
from cos_desktop.export import layout
from cos_desktop.export.layout import Furniture, bullet, plain
from cos_desktop.core import local_formats
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

WRITE_IN = "_" * 28  # a line to write a name on by hand
BUILTIN_PROGRAMME = QT_TRANSLATE_NOOP("Documents", "Circle of Security Parenting")


def programme_name(name: str, with_count: bool = True) -> str:
    """A programme's name as printed: the built-in programme's in the chosen language, any other as
    written; 'Circle of Security Parenting (8 chapters)' loses its count when with_count is False."""
    found = re.fullmatch(r"(.*?)\s*\((\d+) chapters?\)", name)
    base, count = (found.group(1), int(found.group(2))) if found else (name, None)
    if base != BUILTIN_PROGRAMME:
        return name if with_count else base
    base = translate("Documents", BUILTIN_PROGRAMME)
    if count is None or not with_count:
        return base
    return translate("Documents", "{programme} (%n chapter(s))", "", count).format(programme=base)


def service_or_default(service: ServiceDetails | None) -> ServiceDetails:
    return service if service is not None else ServiceDetails()


def footer(service: ServiceDetails, kind: str) -> str:
    """'Riverside Family Centre · Parent summary · Prepared on 2 February 2026'."""
    return translate("Documents", "{service} · {document} · Prepared on {date}").format(
        service=service.name or APP_NAME, document=kind, date=long_date(service.prepared, service.date_style))


def _time_text(view_time) -> str:
    return local_formats.clock_time(view_time) if view_time is not None else ""


# ---- parent summary and catch-up sheet -------------------------------------------------------------
def _greeting(view: ParentSummaryView, styles: layout.Styles) -> list:
    if view.write_in_name:
        return [plain(translate("Documents", "Dear parent, {name}").format(name=WRITE_IN), styles.subtitle)]
    if view.addressee:
        text = translate("Documents", "Dear {name},") if view.catch_up else translate("Documents", "For {name}")
        return [plain(text.format(name=view.addressee), styles.subtitle)]
    return []


def _heading_lines(view: ParentSummaryView, styles: layout.Styles, service: ServiceDetails) -> list:
    story = _greeting(view, styles)
    story.append(plain(view.group_name, styles.title))
    story.append(plain(chapter_heading(view.chapter_position, view.chapter_title), styles.heading))
    story.append(plain(long_date(view.date, service.date_style), styles.subtitle))
    if not view.delivered:
        story.append(plain(translate("Documents", "Planned, not yet delivered: this is what the group plans to explore "
                                     "at this session."),
                           ParagraphStyle("planned", parent=styles.body, textColor=layout.CONFIDENTIAL_RED)))
    if view.catch_up:
        story.append(plain(translate("Documents", "We missed you at this session. Here is what the group explored, so "
                                     "you can join in easily next time."), styles.body))
    return story


def _next_time(view: ParentSummaryView, styles: layout.Styles, service: ServiceDetails) -> list:
    story = [plain(translate("Documents", "Next time"), styles.heading)]
    nxt = view.next_session
    if nxt is None:
        last = (translate(
            "Documents", "This was the last session of the programme.") if view.catch_up or not view.delivered
                else translate("Documents", "This was the last session of the programme. Thank you for coming."))
        story.append(plain(last, styles.body))
        return story
    when = long_date(nxt.date, service.date_style)
    if nxt.start_time:
        when = translate("Documents", "{date} at {time}").format(date=when, time=_time_text(nxt.start_time))
    story.append(plain(chapter_heading(nxt.chapter_position, nxt.chapter_title), styles.body))
    story.append(plain(when, styles.body))
    if nxt.venue:
        story.append(plain(nxt.venue, styles.body))
    return story


def parent_story(view: ParentSummaryView, styles: layout.Styles, service: ServiceDetails) -> list:
    # Emphasis by size and colour only: one embedded font keeps the page quick to build.
    story = _heading_lines(view, styles, service)
    if view.explored:
        story.append(plain(translate("Documents", "What we explored") if view.delivered
                           else translate("Documents", "What we will explore"), styles.heading))
        story.append(plain(view.explored, styles.body))
    if view.takeaways:
        story.append(plain(translate("Documents", "Ideas to take home"), styles.heading))
        story.extend(bullet(t, styles.bullet) for t in view.takeaways)
    if view.shared_notes:
        story.append(plain(translate("Documents", "From our group"), styles.heading))
        story.extend(plain(note, styles.body) for note in view.shared_notes)
    if view.notice_this_week:
        story.append(plain(translate("Documents", "Something to notice this week"), styles.heading))
        story.append(plain(view.notice_this_week, styles.body))
    story += _next_time(view, styles, service)
    contact = view.contact or view.facilitators or service.contact
    if contact:
        story.append(Spacer(1, 4 * mm))
        story.append(plain(translate("Documents", "Questions? Contact {contact}").format(contact=contact), styles.body))
    if service.contact and contact != service.contact:
        story.append(plain(f"{service.name}: {service.contact}" if service.name else service.contact, styles.small))
    return story


def _pages(views: Sequence[ParentSummaryView], service: ServiceDetails) -> list:
    styles = layout.make_styles(scale=1.12)
    story: list = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story.append(layout.OnePageWhereItFits(parent_story(view, styles, service)))
    return story


def chapter_heading(position: int, title: str) -> str:
    return translate("Documents", "Chapter {number}: {title}").format(number=position, title=title)


def _title(kind: str, view) -> str:
    return f"{kind} - {view.group_name} - {chapter_heading(view.chapter_position, view.chapter_title)}"


def build_parent_summary(views: Sequence[ParentSummaryView], out, *, paper: str = "A4", service=None) -> int:
    """The parent summary: one page per view (the group's, or one per named parent)."""
    if not views:
        raise ValueError(translate("Documents", "There is no page to print."))
    service = service_or_default(service)
    kind = translate("Documents", "Catch-up sheet") if views[0].catch_up else translate("Documents", "Parent summary")
    return layout.build(
        out, _pages(views, service), paper=paper, title=_title(kind, views[0]),
        subject=translate("Documents", "{document} for parents").format(document=kind), author=service.name,
        lang=service.language,
        furniture=Furniture(footer=footer(service, kind), logo=service.logo),
    )


def build_catch_up(views: Sequence[ParentSummaryView], out, *, paper: str = "A4", service=None) -> int:
    """Catch-up sheets: the chapter's parent summary, for each parent who missed it."""
    return build_parent_summary(views, out, paper=paper, service=service)


def build_print_pack(pack: PrintPack, out, *, paper: str = "A4", service=None) -> int:
    """Tonight's print pack: every parent's page in one PDF, in the pack's order (by name)."""
    if not pack.pages:
        raise ValueError(translate("Documents", "There is no page to print."))
    service = service_or_default(service)
    return layout.build(
        out, _pages([page.view for page in pack.pages], service), paper=paper,
        title=translate("Documents", "Print pack") + f" - {pack.group_name} - "
        + chapter_heading(pack.chapter_position, pack.chapter_title),
        subject=translate("Documents", "Parent summaries and catch-up sheets"), author=service.name,
        lang=service.language,
        furniture=Furniture(footer=footer(service, translate("Documents", "For parents")), logo=service.logo),
    )


# ---- certificates ------------------------------------------------------------------------------------------
def signers(facilitators: str) -> list[str]:
    """'Sam Example and Jo Sample (demo)' -> ['Sam Example', 'Jo Sample']: one signature line each."""
    bare = re.sub(r"\s*\([^)]*\)", "", facilitators)
    names = [n.strip() for n in re.split(r",|;|&|\band\b|\+", bare) if n.strip()]
    return names or [translate("Documents", "Facilitator")]


def _signature_table(view: CertificateView, line: ParagraphStyle, small: ParagraphStyle, width: float) -> Table:
    people = signers(view.facilitators)
    cells = [[plain("_" * 24, line) for _ in people], [plain(p, line) for p in people],
             [plain(translate("Documents", "Facilitator"), small) for _ in people]]
    table = Table(cells, colWidths=[width / len(people)] * len(people))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               layout.table_font()]))
    return table


def _certificate(view: CertificateView, styles: layout.Styles, width: float, service: ServiceDetails) -> list:
    base = styles.centre

    def centred(size, leading, colour=layout.INK, space=4 * mm):
        return ParagraphStyle(f"c{size}", parent=base, fontSize=size, leading=leading, textColor=colour, spaceAfter=space)

    sessions = view.chapters_total  # a plain name: the extraction tool reads no other count
    big, name_style = centred(30, 38, layout.ACCENT, 10 * mm), centred(26, 34, space=8 * mm)
    line, small = centred(14, 20), centred(11, 15, layout.MUTED)
    return [
        Spacer(1, 30 * mm),
        plain(translate("Documents", "Certificate of completion"), big),
        plain(translate("Documents", "This certificate is presented to"), line),
        Spacer(1, 4 * mm),
        plain(view.name or WRITE_IN, name_style, bold=True),
        plain(translate("Documents", "for taking part in"), line),
        plain(programme_name(view.programme_name, with_count=False), line, bold=True),
        plain(translate("Documents", "with {group}, {service}").format(group=view.group_name, service=service.name)
              if service.name else translate("Documents", "with {group}").format(group=view.group_name), line),
        plain(translate("Documents", "attending {count} of %n session(s)", "", sessions).format(count=view.attended),
              line),
        plain(translate("Documents", "from {first} to {last}").format(
            first=long_date(view.first_date, service.date_style), last=long_date(view.last_date, service.date_style)),
            line),
        Spacer(1, 24 * mm),
        _signature_table(view, line, small, width),
        Spacer(1, 6 * mm),
        plain(translate("Documents", "Prepared on {date}").format(date=long_date(service.prepared, service.date_style)),
              small),
    ]


def build_certificates(views: Sequence[CertificateView], out, *, paper: str = "A4", service=None) -> int:
    if not views:
        raise ValueError(translate("Documents", "There is no certificate to print."))
    service = service_or_default(service)
    styles = layout.make_styles()
    width = layout.page_size(paper)[0] - 2 * layout.MARGIN - 12 * mm
    story: list = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story += _certificate(view, styles, width, service)
    return layout.build(
        out, story, paper=paper,
        title=translate("Documents", "Certificates of completion - {group}").format(group=views[0].group_name),
        subject=translate("Documents", "Certificates of completion"), author=service.name, lang=service.language,
        furniture=Furniture(border=True, logo=service.logo),
    )
