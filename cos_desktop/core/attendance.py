"""A group's attendance across its chapters: who came, who missed which chapter.

Plain data, built by cos_desktop.db.records.attendance_grid and shown by the attendance grid,
the programme report and the certificates. A chapter counts as missed by a parent when it has
been delivered and they were absent, excused or not marked; late counts as attended. Marks on a
session not yet delivered (a check-in made early) are shown but never counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cos_desktop.core.kinds import AttendanceStatus

ATTENDED = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value})

# One letter per status for compact grids (shown with the word as well, never colour alone).
STATUS_LETTERS = {"present": "P", "late": "L", "absent": "A", "excused": "E"}
STATUS_LABELS = {status.value: status.label for status in AttendanceStatus}


@dataclass(frozen=True)
class GridColumn:
    run_id: int
    chapter_position: int
    chapter_title: str
    date: dt.date
    delivered: bool
    part: int = 1  # a chapter in parts has a column per part
    part_count: int = 1


@dataclass(frozen=True)
class GridRow:
    participant_id: int
    name: str


@dataclass
class AttendanceGrid:
    columns: list[GridColumn]
    rows: list[GridRow]
    marks: dict[tuple[int, int], str] = field(default_factory=dict)  # (participant id, run id) -> status

    def status(self, participant_id: int, run_id: int) -> str | None:
        return self.marks.get((participant_id, run_id))

    def missed(self, participant_id: int, column: GridColumn) -> bool:
        return column.delivered and self.status(participant_id, column.run_id) not in ATTENDED

    def missed_chapters(self, participant_id: int) -> list[int]:
        return [c.chapter_position for c in self.columns if self.missed(participant_id, c)]

    def attended_count(self, participant_id: int) -> int:
        """Delivered chapters the parent came to: a mark on a session not yet delivered does not count."""
        return sum(1 for c in self.columns if c.delivered and self.status(participant_id, c.run_id) in ATTENDED)

    def counted_status(self, participant_id: int, column: GridColumn) -> str:
        """The mark as reports and certificates count it: "" for a session not yet delivered."""
        return (self.status(participant_id, column.run_id) or "") if column.delivered else ""

    def present_count(self, column: GridColumn) -> int:
        return sum(1 for r in self.rows if self.status(r.participant_id, column.run_id) in ATTENDED)
