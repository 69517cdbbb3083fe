"""The kinds and statuses the records use, with the one label each shows, in the chosen language."""

from __future__ import annotations

from enum import StrEnum

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate


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
        return translate("Kinds", _LABELS[self])


_LABELS = {
    SegmentKind.CHECK_IN: QT_TRANSLATE_NOOP("Kinds", "Check-in"),
    SegmentKind.VIDEO: QT_TRANSLATE_NOOP("Kinds", "Video"),
    SegmentKind.REFLECTION: QT_TRANSLATE_NOOP("Kinds", "Reflection"),
    SegmentKind.DISCUSSION: QT_TRANSLATE_NOOP("Kinds", "Discussion"),
    SegmentKind.ACTIVITY: QT_TRANSLATE_NOOP("Kinds", "Activity"),
    SegmentKind.BREAK: QT_TRANSLATE_NOOP("Kinds", "Break"),
    SegmentKind.HANDOUT: QT_TRANSLATE_NOOP("Kinds", "Handout"),
    SegmentKind.CLOSING: QT_TRANSLATE_NOOP("Kinds", "Closing"),
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
        return translate("Kinds", _ATTENDANCE_LABELS[self])


_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Kinds", "Present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("Kinds", "Late"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Kinds", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Kinds", "Excused"),
}


class RunStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return translate("Kinds", _RUN_STATUS_LABELS[self])


_RUN_STATUS_LABELS = {RunStatus.PLANNED: QT_TRANSLATE_NOOP("Kinds", "Planned"), RunStatus.RUNNING: QT_TRANSLATE_NOOP("Kinds", "In progress"), RunStatus.ENDED: QT_TRANSLATE_NOOP("Kinds", "Delivered")}


def run_status_label(status: str) -> str:
    try:
        return RunStatus(status).label
    except ValueError:
        return status
