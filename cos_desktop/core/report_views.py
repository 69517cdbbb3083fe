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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cos_desktop.core.attendance import ATTENDED
from cos_desktop.core.name_match import redact_names  # noqa: F401 (the redaction rule, used with these views)
from cos_desktop.core.plan import whole_minutes

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
    catch_up: bool = False  # for a parent who missed this chapter
    delivered: bool = True  # False: a planned chapter, printed as "planned, not yet delivered"
    write_in_name: bool = False  # for one parent not named: "Dear parent" and a line to write on


@dataclass(frozen=True)
class PackPage:
    """One parent's part of tonight's print pack. `reader` is for ordering and the confirm list
    only; the page itself shows `view` (named only with consent)."""

    reader: str
    catch_up: bool
    view: ParentSummaryView


@dataclass(frozen=True)
class PrintPack:
    """Tonight's print pack: a summary for each parent who came, a catch-up sheet for each
    parent absent or excused, ordered by name."""

    group_name: str
    chapter_position: int
    chapter_title: str
    pages: tuple[PackPage, ...]

    @property
    def summaries(self) -> int:
        return sum(1 for p in self.pages if not p.catch_up)

    @property
    def catch_ups(self) -> int:
        return sum(1 for p in self.pages if p.catch_up)


@dataclass(frozen=True)
class Replacement:
    """A name taken out of text bound for a parent page (shown to the facilitator, never printed)."""

    found: str
    name: str
    replaced_with: str
    count: int = 1


def summarise_replacements(found) -> tuple[Replacement, ...]:
    """(NameMatch, words) pairs from redact_names, counted once per distinct text."""
    counts: dict[tuple[str, str, str], int] = {}
    for match, words in found:
        key = (match.found, match.name, words)
        counts[key] = counts.get(key, 0) + 1
    return tuple(Replacement(f, n, w, c) for (f, n, w), c in counts.items())


# ---- facilitator-facing ---------------------------------------------------------------------
@dataclass(frozen=True)
class AttendanceLine:
    name: str
    status: str  # present / late / absent / excused / "" when not marked
    chapter_parts: tuple[int, int] | None = None  # a chapter in parts: (parts attended so far, parts)


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
class AuditLine:
    """One entry of the group's audit trail: parents are named by number only."""

    at: dt.datetime
    actor: str
    action: str  # export / print / erase / restore
    subject: str


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
    audit: tuple[AuditLine, ...] = ()  # who exported, printed, erased or restored what for this group

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
    """One session of the programme: a chapter, or one part of a chapter delivered in parts."""

    position: int
    title: str
    date: dt.date
    status: str
    planned_seconds: int
    actual_seconds: int | None
    part: int = 1
    part_count: int = 1


@dataclass(frozen=True)
class ParentRow:
    name: str
    statuses: tuple[str, ...]  # one per session, in order; "" when not marked or not yet delivered
    positions: tuple[int, ...] = ()  # the chapter of each session (several sessions for a chapter in parts)

    @property
    def attended(self) -> int:
        """Chapters attended. A chapter delivered in parts counts as attended when the parent came
        (present or late) to every one of its parts: a parent who missed a part has missed some of
        the chapter, which the roll-up ("1 of 2 parts") shows and a catch-up can cover."""
        if not self.positions:
            return sum(1 for status in self.statuses if status in ATTENDED)
        return sum(1 for came, total in self.parts_by_chapter().values() if came == total)

    def parts_by_chapter(self) -> dict[int, tuple[int, int]]:
        """{chapter position: (parts attended, parts)}; a part not yet delivered is not attended."""
        rollup: dict[int, tuple[int, int]] = {}
        for position, status in zip(self.positions, self.statuses):
            came, total = rollup.get(position, (0, 0))
            rollup[position] = (came + (status in ATTENDED), total + 1)
        return rollup


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
    certificate_threshold: int = 0  # chapters needed for a certificate (0: not shown)

    def contact_seconds(self, parent: ParentRow) -> int:
        """The time this parent spent in delivered sessions (actual time, or planned when untimed)."""
        return sum(
            (c.actual_seconds if c.actual_seconds is not None else c.planned_seconds)
            for c, status in zip(self.chapters, parent.statuses)
            if c.status == "ended" and status in ATTENDED
        )

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
# ---- the service that hands the documents out ------------------------------------------------
DATE_STYLES = ("dmy", "mdy", "ymd")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class ServiceDetails:
    """Who hands the documents out (Settings), and how dates are written on them."""

    name: str = ""  # e.g. "Riverside Family Centre"; empty: the app's name
    contact: str = ""  # e.g. "01632 960 123 · hello@riverside.example"
    logo: str = ""  # an image file, or empty
    prepared_on: dt.date | None = None  # None: today
    date_style: str = "dmy"  # dmy: 2 February 2026, mdy: February 2, 2026, ymd: 2026-02-02
    language: str = "en"

    @property
    def prepared(self) -> dt.date:
        return self.prepared_on or dt.date.today()


def long_date(day: dt.date, style: str = "dmy") -> str:
    """The same date format on every document: 'Monday 2 February 2026' (dmy),
    'Monday, February 2, 2026' (mdy) or '2026-02-02 (Monday)' (ymd)."""
    weekday, month = _DAYS[day.weekday()], _MONTHS[day.month - 1]
    if style == "mdy":
        return f"{weekday}, {month} {day.day}, {day.year}"
    if style == "ymd":
        return f"{day.isoformat()} ({weekday})"
    return f"{weekday} {day.day} {month} {day.year}"


def short_date(day: dt.date, style: str = "dmy") -> str:
    """For tables: '2 Feb 2026', 'Feb 2, 2026' or '2026-02-02'."""
    month = _MONTHS[day.month - 1][:3]
    if style == "mdy":
        return f"{month} {day.day}, {day.year}"
    if style == "ymd":
        return day.isoformat()
    return f"{day.day} {month} {day.year}"


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
