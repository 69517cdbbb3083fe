"""The kinds of segment a session plan is made of."""

from __future__ import annotations

from enum import StrEnum


class SegmentKind(StrEnum):
    CHECK_IN = "check-in"
    VIDEO = "video"
    REFLECTION = "reflection"
    DISCUSSION = "discussion"
    ACTIVITY = "activity"
    BREAK = "break"
    HANDOUT = "handout"
    CLOSING = "closing"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    SegmentKind.CHECK_IN: "Check-in",
    SegmentKind.VIDEO: "Video",
    SegmentKind.REFLECTION: "Reflection",
    SegmentKind.DISCUSSION: "Discussion",
    SegmentKind.ACTIVITY: "Activity",
    SegmentKind.BREAK: "Break",
    SegmentKind.HANDOUT: "Handout",
    SegmentKind.CLOSING: "Closing",
}


class Delivery(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"

    @property
    def default_session_minutes(self) -> int:
        return 90 if self is Delivery.GROUP else 60


class Visibility(StrEnum):
    PRIVATE = "private"
    SHAREABLE = "shareable"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"


class RunStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"
