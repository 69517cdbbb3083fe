"""What a delivered session looked like: planned vs actual time per segment.

Saved as JSON with the session run when it ends (SessionRun.summary_json), shown again from
the group's history and printed in the facilitator record and the programme report.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class SegmentOutcome:
    position: int
    title: str
    kind: str
    planned_seconds: int  # the plan as it stood at the end (after nudges and rebalances)
    actual_seconds: int
    covered: bool = True
    original_seconds: int | None = None  # the plan as written, when it was changed during the session

    @property
    def difference_seconds(self) -> int:
        return self.actual_seconds - self.planned_seconds

    @property
    def changed(self) -> bool:
        return self.original_seconds is not None and self.original_seconds != self.planned_seconds


@dataclass
class Adjustment:
    """A change made live: a nudge (+/- minutes) or a rebalance of remaining segments."""

    kind: str
    segment_position: int
    seconds: int
    description: str = ""
    # A nudge's time before the first and after the last press ("10 -> 32 min").
    before_seconds: int | None = None
    after_seconds: int | None = None


@dataclass
class PausePointReached:
    segment_position: int
    at_ms: int
    prompt: str


@dataclass
class RunSummary:
    segments: list[SegmentOutcome] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)
    pause_points_reached: list[PausePointReached] = field(default_factory=list)

    @property
    def planned_total_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.segments)

    @property
    def original_total_seconds(self) -> int:
        return sum(s.original_seconds if s.original_seconds is not None else s.planned_seconds for s in self.segments)

    @property
    def actual_total_seconds(self) -> int:
        return sum(s.actual_seconds for s in self.segments)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "RunSummary | None":
        if not text:
            return None
        data = json.loads(text)
        return cls(
            segments=[SegmentOutcome(**s) for s in data.get("segments", [])],
            adjustments=[Adjustment(**a) for a in data.get("adjustments", [])],
            pause_points_reached=[PausePointReached(**p) for p in data.get("pause_points_reached", [])],
        )
