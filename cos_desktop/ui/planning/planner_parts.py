"""The planner's parts: split a chapter into parts at the chosen segment and join them back.

Each part is a session of its own, so each part shows its own total and its times start again
from the session's start. A split that would leave a part empty is never offered (the button is
off on a part's first segment).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem

from cos_desktop.core import parts
from cos_desktop.core.plan import length_difference_text, whole_minutes


class PlannerParts:
    """Mixed into PlannerView: the split and join buttons and the parts' totals."""

    def _build_part_buttons(self, row: QHBoxLayout) -> None:
        self.split_button = QPushButton(self.tr("Split i&nto parts here"))
        self.split_button.setObjectName("splitPartButton")
        self.split_button.setToolTip(self.tr("Start a new part, delivered as a session of its own, at this segment"))
        self.split_button.clicked.connect(lambda: self.split_here())
        self.join_button = QPushButton(self.tr("&Join to the part before"))
        self.join_button.setObjectName("joinPartButton")
        self.join_button.clicked.connect(lambda: self.join_here())
        row.addWidget(self.split_button)
        row.addWidget(self.join_button)

    def _chapter_data(self) -> dict | None:
        from cos_desktop.db import store

        curriculum, index = self.curriculum(), self.chapter_list.currentRow()
        if curriculum is None or not 0 <= index < len(curriculum.chapters):
            return None
        return store.snapshot_curriculum(curriculum)["chapters"][index]

    def split_here(self) -> None:
        chapter, row = self._rows()
        self.edit(self.tr("Split a chapter into parts"), lambda s: parts.split_at(s, chapter, row),
                  select_after=(chapter, row))

    def join_here(self) -> None:
        chapter, row = self._rows()
        self.edit(self.tr("Join parts"), lambda s: parts.join_at(s, chapter, row), select_after=(chapter, row))

    def _update_part_buttons(self) -> None:
        data = self._chapter_data()
        row = self.table.currentRow()
        locked = data is None or data["id"] in self._locked
        self.split_button.setEnabled(not locked and parts.can_split_at(data, row))
        self.join_button.setEnabled(not locked and parts.starts_part(data, row))

    def _part_offsets(self, chapter) -> list[int]:
        """Seconds from its session's start at which each segment begins: each part starts at zero."""
        return parts.part_start_offsets([(s.part or 1, s.planned_seconds) for s in chapter.segments])

    def _mark_parts(self, chapter) -> None:
        mark_parts(self.table, chapter, self.tr("Part {part}"))

    def _parts_total_text(self, chapter) -> str:
        return parts_total_text(chapter, self.tr("Part {part}: {minutes} min ({difference})"), self.tr)

    def _parts_off_target(self, chapter) -> int:
        """The largest difference from the target of any part, in minutes (for the total's colour)."""
        target = chapter.target_minutes
        differences = [whole_minutes(sum(s.planned_seconds for s in chapter.segments if (s.part or 1) == p)) - target
                       for p in range(1, chapter.part_count + 1)]
        return max(differences, key=abs)


def mark_parts(table, chapter, label: str) -> None:
    """'Part 1', 'Part 2'... beside the first segment of each part; no header for a chapter in one part.
    `label` is the translated "Part {part}"."""
    count = chapter.part_count
    table.verticalHeader().setVisible(count > 1)
    seen = set()
    for row, segment in enumerate(chapter.segments):
        part = segment.part or 1
        table.setVerticalHeaderItem(row, QTableWidgetItem(label.format(part=part) if count > 1 and part not in seen
                                                          else ""))
        seen.add(part)


def parts_total_text(chapter, line: str, tr) -> str:
    """'Part 1: 60 min (on time) · Part 2: 58 min (2 min under)' against the length of a part.
    `line` is the translated "Part {part}: {minutes} min ({difference})"; `tr` translates the difference."""
    target = chapter.target_minutes
    pieces = []
    for part in range(1, chapter.part_count + 1):
        seconds = sum(s.planned_seconds for s in chapter.segments if (s.part or 1) == part)
        pieces.append(line.format(part=part, minutes=whole_minutes(seconds),
                                  difference=length_difference_text(seconds, target)))
    return " · ".join(pieces)
