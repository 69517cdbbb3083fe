"""CSV files for a funder's spreadsheet: the outcomes (one line per parent and measure) and the
attendance (one line per parent, one column per chapter).

Written as UTF-8 with a byte order mark, so spreadsheet programs read names in any script
(Arabic, Chinese, accented Latin) correctly, and with CRLF line ends as the CSV standard has them.
A text cell that a spreadsheet would run as a formula (it starts with = + - or @) gets a leading
apostrophe, so a name can never become a formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from cos_desktop.core.kinds import AttendanceStatus
from cos_desktop.core.measures import OutcomesView, format_score
from cos_desktop.core.report_views import ProgrammeReportView

ENCODING = "utf-8-sig"  # UTF-8 with the byte order mark spreadsheet programs look for
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

OUTCOMES_HEADER = [
    "Group", "Parent", "Measure", "Lowest total", "Highest total", "Better when", "Pre", "Post", "Change", "Outcome",
]


def safe_text(value: str) -> str:
    """Text as a spreadsheet shows it, never as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def outcomes_rows(view: OutcomesView) -> list[list[str]]:
    rows = [list(OUTCOMES_HEADER)]
    for measure in view.measures:
        spec = measure.spec
        better = "higher" if spec.direction.value == "higher" else "lower"
        for parent in measure.parents:
            result = parent.outcome
            rows.append([
                safe_text(view.group_name), safe_text(parent.name), safe_text(spec.name),
                format_score(spec.low), format_score(spec.high), better,
                format_score(parent.pre), format_score(parent.post),
                format_score(parent.change),
                result.value if result is not None else "",
            ])
    return rows


def _status_word(status: str) -> str:
    try:
        return AttendanceStatus(status).label
    except ValueError:
        return status


def _session_heading(c) -> str:
    """'Chapter 3 (2026-01-19)', or 'Chapter 3 part 1 of 2 (2026-01-19)' for a chapter in parts."""
    if c.part_count > 1:
        return f"Chapter {c.position} part {c.part} of {c.part_count} ({c.date.isoformat()})"
    return f"Chapter {c.position} ({c.date.isoformat()})"


def attendance_rows(view: ProgrammeReportView) -> list[list[str]]:
    header = ["Group", "Parent"] + [_session_heading(c) for c in view.chapters]
    rows = [header + ["Attended", "Delivered sessions"]]
    delivered = len(view.delivered)
    for parent in view.parents:
        rows.append(
            [safe_text(view.group_name), safe_text(parent.name)]
            + [_status_word(s) for s in parent.statuses]
            + [str(parent.attended), str(delivered)]
        )
    return rows


def write_rows(rows: Iterable[Sequence[str]], out: str | os.PathLike) -> int:
    """Write the rows (a file is written beside the target and then put in place); returns data lines."""
    target = Path(out)
    partial = target.with_name(target.name + ".part")
    count = -1
    try:
        with open(partial, "w", encoding=ENCODING, newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            for row in rows:
                writer.writerow(row)
                count += 1
        partial.replace(target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return max(count, 0)


def write_outcomes_csv(view: OutcomesView, out) -> int:
    return write_rows(outcomes_rows(view), out)


def write_attendance_csv(view: ProgrammeReportView, out) -> int:
    return write_rows(attendance_rows(view), out)
