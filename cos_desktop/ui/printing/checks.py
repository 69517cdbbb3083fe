"""What the facilitator sees before a parent document is made: each name the app took out,
the parents in tonight's pack, and parents with no shareable notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cos_desktop.core.report_views import PrintPack, summarise_replacements


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintChecks", text)


def _count(n: int, one: str, many: str) -> str:
    return _tr(one) if n == 1 else _tr(many).format(n=n)


def locale_date_style() -> str:
    """dmy, mdy or ymd: the order the user's locale writes dates in."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    order = sorted((pattern.find(c), c) for c in "dmy" if pattern.find(c) >= 0)
    style = "".join(c for _i, c in order)
    return style if style in ("dmy", "mdy", "ymd") else "dmy"


def pack_status(pack, pages: int) -> str:
    """'8 pages: 6 summaries, 2 catch-up sheets'."""
    if not isinstance(pack, PrintPack):
        return ""
    return _tr("{pages}: {summaries}, {catch_ups}").format(
        pages=_count(pages, "1 page", "{n} pages"),
        summaries=_count(pack.summaries, "1 summary", "{n} summaries"),
        catch_ups=_count(pack.catch_ups, "1 catch-up sheet", "{n} catch-up sheets"),
    )


def _pack_lines(pack: PrintPack) -> list[str]:
    lines = [_tr("In this order:")]
    for page in pack.pages:
        what = _tr("catch-up sheet") if page.catch_up else _tr("summary")
        named = "" if page.view.addressee else _tr(" (not named on the page)")
        lines.append(f"• {page.reader}: {what}{named}")
    return lines


def checks_text(kind: str, views, found: list) -> str:
    lines: list[str] = []
    if isinstance(views, PrintPack):
        lines += _pack_lines(views)
    pages = [p.view for p in views.pages] if isinstance(views, PrintPack) else views if isinstance(views, list) else []
    if kind in ("parent-summary", "catch-up", "print-pack") and pages and not any(v.shared_notes for v in pages):
        lines.append(_tr("No shareable notes for this session: the pages carry the chapter's ideas only."))
    replacements = summarise_replacements(found)
    if replacements:
        lines.append(_tr("Names taken out of the parents' pages:"))
        for r in replacements:
            times = "" if r.count == 1 else _tr(" ({n} times)").format(n=r.count)
            lines.append(f"• \u201c{r.found}\u201d ({r.name}) \u2192 \u201c{r.replaced_with}\u201d{times}")
    return "\n".join(lines)
