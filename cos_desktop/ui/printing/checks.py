"""What the facilitator sees before a parent document is made: each name the app took out,
the parents in tonight's pack, parents with no shareable notes, and letters no font on this
computer can print."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from cos_desktop.core.report_views import PrintPack, summarise_replacements


def locale_date_style() -> str:
    """dmy, mdy or ymd: the order the user's locale writes dates in."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    order = sorted((pattern.find(c), c) for c in "dmy" if pattern.find(c) >= 0)
    style = "".join(c for _i, c in order)
    return style if style in ("dmy", "mdy", "ymd") else "dmy"


def pack_status(pack, pages: int) -> str:
    """'8 pages: 6 summary sheets, 2 catch-up sheets'."""
    if not isinstance(pack, PrintPack):
        return ""
    summaries, catch_ups = pack.summaries, pack.catch_ups  # plain names: the extraction tool skips a.b counts
    return QCoreApplication.translate("PrintChecks", "{pages}: {summaries}, {catch_ups}").format(
        pages=QCoreApplication.translate("PrintChecks", "%n page(s)", "", pages),
        summaries=QCoreApplication.translate("PrintChecks", "%n summary sheet(s)", "", summaries),
        catch_ups=QCoreApplication.translate("PrintChecks", "%n catch-up sheet(s)", "", catch_ups),
    )


def _pack_lines(pack: PrintPack) -> list[str]:
    lines = [QCoreApplication.translate("PrintChecks", "In this order:")]
    for page in pack.pages:
        named = bool(page.view.addressee)
        if page.catch_up:
            line = (QCoreApplication.translate("PrintChecks", "• {reader}: catch-up sheet") if named else
                    QCoreApplication.translate("PrintChecks", "• {reader}: catch-up sheet (not named on the page)"))
        else:
            line = (QCoreApplication.translate("PrintChecks", "• {reader}: summary") if named else
                    QCoreApplication.translate("PrintChecks", "• {reader}: summary (not named on the page)"))
        lines.append(line.format(reader=page.reader))
    return lines


def checks_text(kind: str, views, found: list) -> str:
    lines: list[str] = []
    if isinstance(views, PrintPack):
        lines += _pack_lines(views)
    pages = [p.view for p in views.pages] if isinstance(views, PrintPack) else views if isinstance(views, list) else []
    if kind in ("parent-summary", "catch-up", "print-pack") and pages and not any(v.shared_notes for v in pages):
        lines.append(QCoreApplication.translate(
            "PrintChecks", "No shareable notes for this session: the pages carry the chapter's ideas only."))
    replacements = summarise_replacements(found)
    if replacements:
        lines.append(QCoreApplication.translate("PrintChecks", "Names taken out of the parents' pages:"))
        for r in replacements:
            line = QCoreApplication.translate(
                "PrintChecks", "• “{found}” ({name}) → “{replaced}” ({n} times)")
            if r.count == 1:
                line = QCoreApplication.translate(
                    "PrintChecks", "• “{found}” ({name}) → “{replaced}”")
            lines.append(line.format(found=r.found, name=r.name, replaced=r.replaced_with, n=r.count))
    return "\n".join(lines)


def document_text(*items) -> str:
    """Every text in the views a document is built from (names, notes, titles), one per line."""
    texts: list[str] = []

    def walk(item) -> None:
        if isinstance(item, str):
            texts.append(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            for field in dataclasses.fields(item):
                walk(getattr(item, field.name))
        elif isinstance(item, (list, tuple, set, frozenset)):
            for member in item:
                walk(member)
        elif isinstance(item, dict):
            for key, value in item.items():
                walk(key)
                walk(value)

    walk(items)
    return "\n".join(texts)


def missing_scripts_of(views, service=None) -> list[str]:
    """The scripts in the document that no font on this computer can print, named in words."""
    from cos_desktop.export.fonts import missing_scripts

    return missing_scripts(document_text(views, service))


# Script names as export/fonts gives them (its own labels, or the first word of a letter's Unicode
# name), so they can be shown in the chosen language.
SCRIPT_NAMES = (
    QT_TRANSLATE_NOOP("Scripts", "Arabic"), QT_TRANSLATE_NOOP("Scripts", "Hebrew"),
    QT_TRANSLATE_NOOP("Scripts", "Chinese, Japanese and Korean"), QT_TRANSLATE_NOOP("Scripts", "emoji"),
    QT_TRANSLATE_NOOP("Scripts", "symbols"), QT_TRANSLATE_NOOP("Scripts", "Thai"),
    QT_TRANSLATE_NOOP("Scripts", "Devanagari"), QT_TRANSLATE_NOOP("Scripts", "Bengali"),
    QT_TRANSLATE_NOOP("Scripts", "Tamil"), QT_TRANSLATE_NOOP("Scripts", "Telugu"),
    QT_TRANSLATE_NOOP("Scripts", "Gujarati"), QT_TRANSLATE_NOOP("Scripts", "Gurmukhi"),
    QT_TRANSLATE_NOOP("Scripts", "Kannada"), QT_TRANSLATE_NOOP("Scripts", "Malayalam"),
    QT_TRANSLATE_NOOP("Scripts", "Sinhala"), QT_TRANSLATE_NOOP("Scripts", "Khmer"),
    QT_TRANSLATE_NOOP("Scripts", "Lao"), QT_TRANSLATE_NOOP("Scripts", "Myanmar"),
    QT_TRANSLATE_NOOP("Scripts", "Tibetan"), QT_TRANSLATE_NOOP("Scripts", "Georgian"),
    QT_TRANSLATE_NOOP("Scripts", "Armenian"), QT_TRANSLATE_NOOP("Scripts", "Ethiopic"),
    QT_TRANSLATE_NOOP("Scripts", "Syriac"), QT_TRANSLATE_NOOP("Scripts", "Thaana"),
)


def font_warning(scripts: list[str]) -> str:
    if not scripts:
        return ""
    scripts = [QCoreApplication.translate("Scripts", name) for name in scripts]
    return QCoreApplication.translate(
        "PrintChecks", "No font on this computer can print {scripts}: those letters will come out as empty boxes. "
        "You can still save or print the document; installing a font for {scripts} puts them right.").format(
        scripts=QLocale().createSeparatedList(scripts))


def font_warning_label() -> QLabel:
    label = QLabel()
    label.setObjectName("exportFontWarning")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold")  # a warning the facilitator must not miss; not colour alone
    label.setAccessibleName(QCoreApplication.translate("PrintChecks", "Letters that cannot be printed"))
    label.hide()
    return label
