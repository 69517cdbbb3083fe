"""The programme report's outcomes page: each measure's pre, post and change per parent, and what
they add up to (mean change with n; how many improved, stayed the same or worsened).

Builds reportlab flowables from cos_desktop.core.measures.OutcomesView; the programme report adds
them at its end with `programme_report_pages` (which also adds the group's fidelity page).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, Table

from cos_desktop.core.measures import MeasureOutcome, OutcomesView, format_change, format_score, mean_text
from cos_desktop.export import layout
from cos_desktop.export.layout import plain
from cos_desktop.export.parent_pages import programme_name
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

table = layout.data_table  # the fidelity pages use it from here too


def number_style(styles: layout.Styles) -> ParagraphStyle:
    return ParagraphStyle("number", parent=styles.cell, alignment=TA_RIGHT)


def header_style(styles: layout.Styles) -> ParagraphStyle:
    """Column headings a little smaller, so a word like 'Shortened' fits its column unbroken."""
    return ParagraphStyle("head", parent=styles.cell, fontSize=8, leading=10)


def supervision_line(styles: layout.Styles) -> list:
    """The line a supervisor signs: 'Reviewed in supervision on ____ by ____'."""
    return [
        Spacer(1, 8 * mm),
        plain(translate("Outcomes", "Reviewed in supervision on {date} by {name}").format(
            date="_" * 16, name="_" * 30), styles.body),
    ]


def _summary_table(view: OutcomesView, styles: layout.Styles, width: float) -> Table:
    cell, number, head = styles.cell, number_style(styles), header_style(styles)
    header = [QT_TRANSLATE_NOOP("Outcomes", "Measure"), QT_TRANSLATE_NOOP("Outcomes", "Range"),
              QT_TRANSLATE_NOOP("Outcomes", "Better"), QT_TRANSLATE_NOOP("Outcomes", "Pre"),
              QT_TRANSLATE_NOOP("Outcomes", "Post"), QT_TRANSLATE_NOOP("Outcomes", "Both"),
              QT_TRANSLATE_NOOP("Outcomes", "Mean change"), QT_TRANSLATE_NOOP("Outcomes", "Improved"),
              QT_TRANSLATE_NOOP("Outcomes", "Same"), QT_TRANSLATE_NOOP("Outcomes", "Worse")]
    rows = [[plain(translate("Outcomes", h), head, bold=True) for h in header]]
    for m in view.measures:
        rows.append(
            [
                plain(m.spec.name, cell),
                plain(m.spec.range_text, cell),
                plain(translate("Outcomes", "higher") if m.spec.direction.value == "higher"
                      else translate("Outcomes", "lower"), cell),
                plain(str(m.pre_count), number),
                plain(str(m.post_count), number),
                plain(str(m.n), number),
                plain(f"{_mean(m.mean_change)} (n = {m.n})", number),
                plain(str(m.improved), number),
                plain(str(m.stayed), number),
                plain(str(m.worsened), number),
            ]
        )
    fractions = (0.18, 0.1, 0.08, 0.07, 0.1, 0.08, 0.13, 0.1, 0.07, 0.09)  # room for 'Después', 'Ambos'
    return table(rows, [width * f for f in fractions])


def _measure_table(measure: MeasureOutcome, styles: layout.Styles, width: float) -> Table:
    cell, number = styles.cell, number_style(styles)
    rows = [[plain(translate("Outcomes", h), cell, bold=True) for h in (
        QT_TRANSLATE_NOOP("Outcomes", "Parent"), QT_TRANSLATE_NOOP("Outcomes", "Pre"),
        QT_TRANSLATE_NOOP("Outcomes", "Post"), QT_TRANSLATE_NOOP("Outcomes", "Change"),
        QT_TRANSLATE_NOOP("Outcomes", "Outcome"))]]
    for parent in measure.parents:
        result = parent.outcome
        rows.append(
            [
                plain(parent.name, cell),
                plain(format_score(parent.pre) or "-", number),
                plain(format_score(parent.post) or "-", number),
                plain(format_change(parent.change) or "-", number),
                plain(result.label if result is not None else translate("Outcomes", "Not both totals"), cell),
            ]
        )
    rows.append(
        [
            plain(translate("Outcomes", "Mean change (n = {n})").format(n=measure.n), cell, bold=True),
            plain("", cell),
            plain("", cell),
            plain(_mean(measure.mean_change), number, bold=True),
            plain(translate("Outcomes", "{improved} improved · {same} same · {worse} worse").format(
                improved=measure.improved, same=measure.stayed, worse=measure.worsened), cell),
        ]
    )
    return table(
        rows, [width * f for f in (0.40, 0.11, 0.11, 0.12, 0.26)],
        extra=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f5f7"))],
    )


def outcomes_page(view: OutcomesView, styles: layout.Styles, width: float) -> list:
    """The outcomes page, starting on a new page."""
    story: list = [
        PageBreak(),
        plain(translate("Outcomes", "Outcomes: pre and post measures"), styles.title),
        plain(f"{view.group_name} · {programme_name(view.programme_name)}", styles.subtitle),
    ]
    if not view.measures:
        story.append(plain(translate("Outcomes", "No pre/post measures were recorded for this group."), styles.body))
        return story
    story.append(_summary_table(view, styles, width))
    story.append(
        plain(
            translate("Outcomes", "Pre, Post: how many of the {count} parents have that total. Both: how many have "
                      "both, the n of the mean change. Change is post minus pre; improved or worse follows the "
                      "measure's direction. Only questionnaire totals are kept, never the answers to single "
                      "questions.").format(count=view.parent_count),
            styles.small,
        )
    )
    for measure in view.measures:
        story.append(CondPageBreak(40 * mm))
        heading = f"{measure.spec.name} ({measure.spec.range_text}, {measure.spec.direction.label.lower()})"
        story.append(plain(heading, styles.heading))
        story.append(_measure_table(measure, styles, width))
    return story


def _mean(value: float | None) -> str:
    """A mean change with the language's decimal mark (+2.4, +2,4)."""
    return mean_text(value).replace(".", translate("Documents", ".", "the decimal mark"))


def programme_report_pages(view, styles: layout.Styles, width: float) -> list:
    """What the programme report adds at its end: the outcomes page and the group's fidelity page."""
    from cos_desktop.export.fidelity import group_fidelity_page

    story: list = []
    if getattr(view, "outcomes", None) is not None:
        story += outcomes_page(view.outcomes, styles, width)
    if getattr(view, "fidelity", None) is not None:
        story += group_fidelity_page(view.fidelity, styles, width)
    return story
