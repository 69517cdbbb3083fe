"""Shared page layout for every document: paper size, styles, page numbers, headers.

Every piece of user text goes through `text()` (escaped, with per-character font fallback);
labels written here go through it too, so nothing reaches reportlab's markup parser raw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate, Paragraph

from cos_desktop import APP_NAME
from cos_desktop.core.text_direction import starts_right_to_left
from cos_desktop.core.translation import translate
from cos_desktop.export import bidi, fonts

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#2f6f8f")
RULE = colors.HexColor("#9aa5b1")
CONFIDENTIAL_RED = colors.HexColor("#a61b1b")


def page_size(paper: str):
    return PAPER.get(paper, A4)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    centre: ParagraphStyle


def make_styles(scale: float = 1.0) -> Styles:
    """Parent documents use scale > 1 (large, clear type); records use 1."""
    base = fonts.font_set().base

    def style(name, size, leading=None, **kw):
        return ParagraphStyle(
            name, fontName=base, bulletFontName=base, fontSize=size * scale, leading=(leading or size * 1.3) * scale,
            textColor=kw.pop("textColor", INK), **kw,
        )

    return Styles(
        title=style("title", 20, 25, spaceAfter=2 * mm, textColor=ACCENT),
        subtitle=style("subtitle", 12, 16, spaceAfter=4 * mm, textColor=MUTED),
        heading=style("heading", 13, 17, spaceBefore=4 * mm, spaceAfter=1.5 * mm, textColor=ACCENT),
        body=style("body", 11, 15, spaceAfter=2 * mm, allowWidows=0, allowOrphans=0),  # no line left alone
        bullet=style("bullet", 11, 15, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=1.2 * mm),
        small=style("small", 8.5, 11, textColor=MUTED),
        cell=style("cell", 9, 11.5),
        cell_bold=style("cell_bold", 9, 11.5),
        centre=style("centre", 12, 16, alignment=TA_CENTER),
    )


def table_font() -> tuple:
    """A table's own font (its default, Helvetica, would be declared in the PDF but not embedded)."""
    return ("FONTNAME", (0, 0), (-1, -1), fonts.font_set().base)


DATA_TABLE_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf1")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def data_table(rows, widths, *, extra=(), repeat: int = 1):
    """A table of data as every document draws it: ruled, a shaded heading row repeated on each page."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    table.setStyle(TableStyle(DATA_TABLE_STYLE + [table_font()] + list(extra)))
    return table


def text(value: str) -> str:
    """User (or label) text as safe reportlab markup."""
    return fonts.markup(value)


def plain(value: str, style: ParagraphStyle, *, bold: bool = False, bullet: str | None = None):
    """A paragraph of one piece of text, right-to-left aware."""
    if fonts.has_rtl(value):
        return RtlParagraph([(w, bold) for w in value.split()], style, bullet=bullet)
    markup = text(value)
    return Paragraph(f"<b>{markup}</b>" if bold else markup, style, bulletText=bullet)


def labelled(label: str, value: str, style: ParagraphStyle, *, bullet: str | None = None):
    """'Label value' with the label in bold, right-to-left aware."""
    if fonts.has_rtl(value):
        words = [(w, True) for w in label.split()] + [(w, False) for w in value.split()]
        return RtlParagraph(words, style, bullet=bullet, base_rtl=starts_right_to_left(value) and not label.strip())
    return Paragraph(f"<b>{text(label)}</b> {text(value)}", style, bulletText=bullet)


def bullet(value: str, style: ParagraphStyle):
    return plain(value, style, bullet="•")


class RtlParagraph(Flowable):
    """A paragraph with Arabic or Hebrew in it: lines broken here, words put in visual order
    (cos_desktop.export.bidi), then each line drawn as a one-line Paragraph whose words
    reportlab shapes with HarfBuzz (joined letters, each word read right to left)."""

    def __init__(self, words, style: ParagraphStyle, *, bullet: str | None = None, base_rtl: bool | None = None,
                 lines: list | None = None):
        super().__init__()
        self.words = [(w, b) for w, b in words if w]
        self.style = style
        self.bullet = bullet
        self.base_rtl = bidi.paragraph_is_rtl(" ".join(w for w, _ in self.words)) if base_rtl is None else base_rtl
        alignment = style.alignment
        if self.base_rtl and alignment == TA_LEFT:
            alignment = TA_RIGHT
        self.line_style = ParagraphStyle(
            style.name + "-rtl", parent=style, shaping=1, alignment=alignment, spaceBefore=0, spaceAfter=0,
            firstLineIndent=0,
        )
        self._lines = lines  # the lines of a part after a split, else made (again) in wrap()
        self._prepared = lines is not None
        self._width = None

    def getPlainText(self, identify=None) -> str:  # noqa: N802 (reportlab name)
        return " ".join(w for w, _ in self.words)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    def _break(self, width: float) -> list[list]:
        size = self.style.fontSize
        space = fonts.text_width(" ", size)
        available = width - self.style.leftIndent - self.style.rightIndent
        lines: list[list] = [[]]
        used = 0.0
        for word, bold in self.words:
            w = fonts.text_width(word, size, bold=bold)
            if lines[-1] and used + space + w > available:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + w
            lines[-1].append((word, bold))
        return lines

    def _make_lines(self, width: float) -> list:
        made = []
        for index, line in enumerate(self._break(width)):
            ordered = bidi.visual_order(line, self.base_rtl, text_of=lambda item: item[0])
            parts = []
            for word, bold in ordered:
                markup = text(bidi.mixed_word_visual(word) or word)
                parts.append(f"<b>{markup}</b>" if bold else markup)
            bullet_text = self.bullet if index == 0 else None
            made.append(Paragraph(" ".join(parts), self.line_style, bulletText=bullet_text))
        return made

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab names)
        if not self._prepared and (self._lines is None or self._width != availWidth):
            self._lines = self._make_lines(availWidth)
            self._width = availWidth
        self._heights = [line.wrap(availWidth, availHeight)[1] for line in self._lines]
        self.width = availWidth
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for height in self._heights:
            if used + height > availHeight + 1e-6:
                break
            used += height
            count += 1
        if count == 0:
            # One very long word taller than the space left: let its line split itself.
            parts = self._lines[0].split(availWidth, availHeight)
            if len(parts) < 2:
                return []
            return self._parts([parts[0]], parts[1:] + self._lines[1:])
        if count == len(self._lines):
            return [self]
        return self._parts(self._lines[:count], self._lines[count:])

    def _parts(self, first_lines: list, rest_lines: list) -> list:
        first = RtlParagraph(self.words, self.style, base_rtl=self.base_rtl, lines=first_lines)
        rest = RtlParagraph(self.words, self.style, base_rtl=self.base_rtl, lines=rest_lines)
        first.style = ParagraphStyle(self.style.name + "-first", parent=self.style, spaceAfter=0)
        rest.style = ParagraphStyle(self.style.name + "-rest", parent=self.style, spaceBefore=0)
        return [first, rest]

    def draw(self) -> None:
        y = self.height
        for line, height in zip(self._lines, self._heights):
            y -= height
            line.drawOn(self.canv, 0, y)


class OnePageWhereItFits(KeepInFrame):
    """Its content on one page, shrunk a little if needed (to no less than `min_scale` of its
    size); content longer than that flows across pages at full size instead."""

    def __init__(self, content, min_scale: float = 0.8):
        super().__init__(0, 0, content, mode="shrink")
        self.min_scale = min_scale
        self._flow = False

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab names)
        width, height = super().wrap(availWidth, availHeight)
        if getattr(self, "_scale", 1.0) > 1 / self.min_scale:
            self._flow = True
            return availWidth, availHeight + 1  # too tall: the frame asks split() for the parts
        return width, height

    def split(self, availWidth, availHeight):  # noqa: N803
        if self._flow:
            return list(self._content)
        return super().split(availWidth, availHeight)


# ---- page furniture ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """What goes on every page: a footer line and, for confidential documents, a marking."""

    footer: str = ""
    confidential: str = ""  # e.g. "CONFIDENTIAL: facilitator record"
    border: bool = False  # certificates: a border, and nothing printed inside it at the foot
    header: str = ""  # what every page is about (e.g. the group and session of a record), above the footer
    logo: str = ""  # an image file drawn top right of every page (the service's logo)


def canvas_maker(furniture: Furniture):
    """A canvas that waits until the end to number the pages 'Page X of Y'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Start in the embedded font: the default (Helvetica) would be declared but not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.font_set().base
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furnish(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furnish(self, number: int, total: int) -> None:
            width, height = self._pagesize
            base = fonts.font_set().base
            self.saveState()
            self.setFont(base, 8.5)
            self.setFillColor(MUTED)
            if not furniture.border:
                self.drawRightString(width - MARGIN, MARGIN / 2, translate(
                    "Documents", "Page {number} of {total}").format(
                    number=number, total=total))
                if furniture.footer:
                    _draw_line(self, furniture.footer, MARGIN, MARGIN / 2, width - 2 * MARGIN - 60)
            if furniture.header:  # a second line at the foot: the top holds the confidential marking
                _draw_line(self, furniture.header, MARGIN, MARGIN / 2 + 11, width - 2 * MARGIN)
            if furniture.logo:
                _draw_logo(self, furniture.logo, width - MARGIN, height - MARGIN / 2 + 2)
            if furniture.confidential:
                bold = fonts.BASE_BOLD if base == fonts.BASE else "Helvetica-Bold"
                self.setFont(bold if bold in _registered() else base, 10)
                self.setFillColor(CONFIDENTIAL_RED)
                self.drawCentredString(width / 2, height - MARGIN / 2 - 3, furniture.confidential)
            if furniture.border:
                self.setStrokeColor(ACCENT)
                self.setLineWidth(3)
                self.rect(MARGIN / 2, MARGIN / 2 + 10, width - MARGIN, height - MARGIN - 10)
                self.setLineWidth(0.8)
                self.rect(MARGIN / 2 + 6, MARGIN / 2 + 16, width - MARGIN - 12, height - MARGIN - 22)
            self.restoreState()

    return NumberedCanvas


def _draw_line(canvas: Canvas, value: str, x: float, y: float, width: float) -> None:
    """One line of user text (a group's or service's name) with font fallback and right-to-left
    shaping, like the body text; drawn with its baseline at y, made smaller to stay on one line."""
    for size in (8.5, 7.5, 6.5, 6):
        style = ParagraphStyle("furniture", fontName=fonts.font_set().base, fontSize=size, leading=size * 1.2,
                               textColor=MUTED)
        line = plain(value, style)
        _w, h = line.wrap(width, 40)
        if h <= style.leading * 1.01:
            break
    line.drawOn(canvas, x, y - size * 0.25 - (h - style.leading))


def _draw_logo(canvas: Canvas, path: str, right: float, top: float) -> None:
    """The logo, at most 12 mm high, its top right corner at (right, top); a missing or broken
    image file is skipped (the document matters more than the logo)."""
    try:
        from reportlab.lib.utils import ImageReader

        image = ImageReader(path)
        w, h = image.getSize()
        height = 12 * mm
        width = height * w / h if h else height
        canvas.drawImage(image, right - width, top - height, width, height, mask="auto")
    except Exception:  # noqa: BLE001 (any unreadable image)
        import logging

        logging.getLogger(__name__).warning("the service logo %s could not be drawn", path)


def _registered() -> set[str]:
    from reportlab.pdfbase import pdfmetrics

    return set(pdfmetrics.getRegisteredFontNames()) | {"Helvetica-Bold"}


def build(out, story: Sequence, *, paper: str, title: str, furniture: Furniture, subject: str = "",
          author: str = "", lang: str = "en") -> int:
    """Lay out the story on pages of the paper size; returns the number of pages. `title`,
    `subject`, `author` (the service) and `lang` go into the PDF's document information."""
    size = page_size(paper)
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        subject=subject,
        author=author or APP_NAME,
        creator=APP_NAME,
        lang=lang,
    )
    frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=canvas_maker(furniture))
    return doc.page
