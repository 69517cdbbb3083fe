"""What the printed documents show, as plain frozen data (Qt-free, database-free).

Parent-facing documents (the parent summary and the catch-up sheet) are built from
ParentSummaryView only. That type has no field for a private note, for the attendance list or
for any parent's name other than the one parent a page is addressed to, so a builder that
receives it cannot print them by accident. It is filled by a query that never reads private
notes (cos_desktop.db.report_queries.parent_summary_view).

The facilitator record, programme report and certificates have their own types.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.attendance import ATTENDED

if TYPE_CHECKING:  # the pages added at the end of the records (core/measures.py, core/fidelity.py)
    from cos_desktop.core.fidelity import GroupFidelity, SessionFidelity
    from cos_desktop.core.measures import OutcomesView


# ---- parent-facing --------------------------------------------------------------------------
@dataclass(frozen=True)
class NextSession:
    chapter_position: int
    chapter_title: str
    date: dt.date
    start_time: dt.time | None
    venue: str


@dataclass(frozen=True)
class ParentSummaryView:
    """One session told to parents: shareable text only, at most one parent's name (the reader's)."""

    group_name: str
    chapter_position: int
    chapter_title: str
    date: dt.date
    explored: str
    takeaways: tuple[str, ...]
    shared_notes: tuple[str, ...]
    notice_this_week: str
    next_session: NextSession | None
    contact: str
    facilitators: str
    addressee: str | None = None  # the parent this page is for (only a parent who consented)
    catch_up: bool = False  # addressed to a parent who missed this chapter


# ---- facilitator-facing ---------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceLine:
    name: str
    status: str  # present / late / absent / excused / "" when not marked


@dataclass(frozen=True)
class TimelineRow:
    position: int
    title: str
    kind: str
    planned_seconds: int
    actual_seconds: int | None
    covered: bool = True

    @property
    def difference_seconds(self) -> int | None:
        if self.actual_seconds is None:
            return None
        return self.actual_seconds - self.planned_seconds


@dataclass(frozen=True)
class PausePointLine:
    segment_title: str
    at_ms: int
    prompt: str


@dataclass(frozen=True)
class AdjustmentLine:
    segment_title: str
    kind: str
    seconds: int
    description: str


@dataclass(frozen=True)
class NoteLine:
    text: str
    private: bool
    segment_title: str
    about: tuple[str, ...]  # names of the parents the note is tagged with


@dataclass(frozen=True)
class FacilitatorRecordView:
    group_name: str
    chapter_position: int
    chapter_title: str
    date: dt.date
    status: str
    facilitators: str
    venue: str
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    attendance: tuple[AttendanceLine, ...]
    timeline: tuple[TimelineRow, ...]
    pause_points: tuple[PausePointLine, ...]
    adjustments: tuple[AdjustmentLine, ...]
    notes: tuple[NoteLine, ...]
    fidelity: SessionFidelity | None = None  # the fidelity page, for a delivered session

    @property
    def has_actuals(self) -> bool:
        return any(row.actual_seconds is not None for row in self.timeline)

    @property
    def planned_total_seconds(self) -> int:
        return sum(row.planned_seconds for row in self.timeline)

    @property
    def actual_total_seconds(self) -> int | None:
        if not self.has_actuals:
            return None
        return sum(row.actual_seconds or 0 for row in self.timeline)


@dataclass(frozen=True)
class ChapterRow:
    position: int
    title: str
    date: dt.date
    status: str
    planned_seconds: int
    actual_seconds: int | None


@dataclass(frozen=True)
class ParentRow:
    name: str
    statuses: tuple[str, ...]  # one per chapter, in chapter order; "" when not marked

    @property
    def attended(self) -> int:
        return sum(1 for status in self.statuses if status in ATTENDED)


@dataclass(frozen=True)
class ProgrammeReportView:
    group_name: str
    programme_name: str
    facilitators: str
    venue: str
    chapters: tuple[ChapterRow, ...]
    parents: tuple[ParentRow, ...]
    outcomes: OutcomesView | None = None  # the outcomes page
    fidelity: GroupFidelity | None = None  # the fidelity page

    @property
    def delivered(self) -> tuple[ChapterRow, ...]:
        return tuple(c for c in self.chapters if c.status == "ended")

    @property
    def planned_total_seconds(self) -> int:
        return sum(c.planned_seconds for c in self.delivered)

    @property
    def actual_total_seconds(self) -> int:
        return sum(c.actual_seconds or 0 for c in self.delivered)


@dataclass(frozen=True)
class CertificateView:
    name: str
    group_name: str
    programme_name: str
    first_date: dt.date
    last_date: dt.date
    facilitators: str
    attended: int
    chapters_total: int


# ---- helpers --------------------------------------------------------------------------------
def name_patterns(names: Iterable[str]) -> list[str]:
    """The ways a parent may be written in a note: the full name, and the first name alone."""
    found: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        found.add(name)
        first = re.split(r"[\s(]", name, maxsplit=1)[0].strip(" .,;:")
        if len(first) >= 2:
            found.add(first)
    # Longest first, so "Amira K." is replaced before "Amira".
    return sorted(found, key=len, reverse=True)


def redact_names(text: str, names: Iterable[str], replacement: str = "a parent") -> str:
    """Replace every mention of these names (whole words, any case) with a neutral phrase."""
    patterns = name_patterns(names)
    if not patterns or not text:
        return text
    alternatives = "|".join(re.escape(p) for p in patterns)
    return re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", replacement, text, flags=re.IGNORECASE)


def long_date(day: dt.date) -> str:
    """'Monday 2 February 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def minutes_text(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    return f"{whole_minutes(seconds)}"


def difference_text(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    minutes = whole_minutes(seconds)
    if minutes == 0:
        return "0"
    return f"{minutes:+d}"
