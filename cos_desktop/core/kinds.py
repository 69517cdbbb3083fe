"""The kinds and statuses the records use, with the one label each shows (translated in ui/)."""

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


def kind_label(kind: str) -> str:
    """A segment kind's label; a kind this version does not know shows as stored."""
    try:
        return SegmentKind(kind).label
    except ValueError:
        return kind


def is_video_segment(kind: str, has_media: bool) -> bool:
    """A segment plays video when it is of the video kind or has a video linked to it."""
    return kind == SegmentKind.VIDEO.value or has_media


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

    @property
    def label(self) -> str:
        return _ATTENDANCE_LABELS[self]


_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.LATE: "Late",
    AttendanceStatus.ABSENT: "Absent",
    AttendanceStatus.EXCUSED: "Excused",
}


class RunStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return _RUN_STATUS_LABELS[self]


_RUN_STATUS_LABELS = {RunStatus.PLANNED: "Planned", RunStatus.RUNNING: "In progress", RunStatus.ENDED: "Delivered"}


def run_status_label(status: str) -> str:
    try:
        return RunStatus(status).label
    except ValueError:
        return status
