"""The pre-flight check: is everything ready to run this chapter? (Qt-free)

Every linked video of the chapter must exist, parse, have a picture (and, ideally, sound), decode,
and hold its clip; libvlc must be available; the projector screen should be connected. A missing
projector is only a warning (one-to-one sessions run without one); a missing or broken video, or
no libvlc, is a failure. Each problem comes with its fix.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from cos_desktop.core.disc import parse_link
from cos_desktop.core.kinds import is_video_segment
from cos_desktop.core.translation import translate
from cos_desktop.media.backend import (
    WARNINGS,
    Fix,
    MediaBackend,
    Problem,
    describe,
    fixes_for,
    format_ms,
    install_vlc_text,
    is_address,
)


class LinkedVideo(Protocol):
    id: int
    location: str | None
    duration_ms: int | None


class PausePointLike(Protocol):
    at_ms: int


class SegmentLike(Protocol):
    """What the check reads of a segment: the planner's rows carry these fields."""
    id: int
    position: int
    title: str
    kind: str
    media_item: LinkedVideo | None
    clip_start_ms: int | None
    clip_end_ms: int | None
    pause_points: Sequence[PausePointLike]


class ChapterLike(Protocol):
    position: int
    title: str
    segments: Sequence[SegmentLike]


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILURE = "failure"


FIX_LABELS = {
    Fix.LOCATE: "Locate...",
    Fix.LINK: "Link a video...",
    Fix.EDIT_CLIP: "Edit the clip times",
    Fix.OPEN_IN_BROWSER: "Open in the web browser",
    Fix.OPEN_IN_SYSTEM_PLAYER: "Open in the system player",
    Fix.INSTALL_VLC: "Install VLC",
    Fix.PICK_SCREEN: "Pick another screen",
    Fix.CHECK_AGAIN: "Check again",
}


@dataclass
class Finding:
    severity: Severity
    subject: str
    message: str
    fixes: list[Fix] = field(default_factory=list)
    segment_id: int | None = None
    media_item_id: int | None = None

    def line(self) -> str:
        label = {Severity.OK: "OK     ", Severity.WARNING: "WARNING", Severity.FAILURE: "PROBLEM"}[self.severity]
        fix = f"  Fix: {', '.join(FIX_LABELS[f] for f in self.fixes)}" if self.fixes else ""
        return f"{label}  {self.subject}: {self.message}{fix}"


@dataclass
class PreflightReport:
    chapter_title: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.FAILURE]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def ready(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        if self.failures:
            n = len(self.failures)
            return f"Not ready: {n} problem{'s' if n != 1 else ''} to fix before the session."
        if self.warnings:
            n = len(self.warnings)
            return f"Ready, with {n} thing{'s' if n != 1 else ''} to look at."
        return "Ready: every video and screen checked."

    def text(self) -> str:
        return "\n".join([f"Checking: {self.chapter_title}", *(f.line() for f in self.findings), self.summary()])


def _segment_subject(segment: SegmentLike) -> str:
    return f"Segment {segment.position}, {segment.title}"


def _video_name(location: str) -> str:
    link = parse_link(location)
    if link is not None:
        return translate("Media", "the disc \u201c{name}\u201d, title {title}").format(
            name=link.display_name, title=link.title)
    return os.path.basename(location) if not is_address(location) else location


def check_video_segment(segment: SegmentLike, backend: MediaBackend, *, decode: bool = True) -> list[Finding]:
    subject = _segment_subject(segment)
    item = segment.media_item
    if item is None or not item.location:
        return [Finding(Severity.WARNING, subject, describe(Problem.NOT_LINKED), [Fix.LINK], segment.id)]
    if not backend.available:
        return []  # reported once, as the player's own finding
    location = item.location
    info = backend.probe(location, decode=decode)
    name = _video_name(location)
    findings = []
    duration = info.duration_ms or item.duration_ms
    start, end = segment.clip_start_ms or 0, segment.clip_end_ms
    details = {"name": name, "length": format_ms(duration), "start": format_ms(start),
               "end": format_ms(end) if end is not None else "the end"}
    fatal = [p for p in info.problems if p not in WARNINGS]
    for problem in fatal[:1]:
        words = details | ({"name": info.details.get("name", name)} if problem is Problem.DISC_MISSING else {})
        findings.append(Finding(Severity.FAILURE, subject, describe(problem, **words), fixes_for(problem, location),
                                segment.id, item.id))
    if fatal:
        return findings
    if end is not None and end <= start:
        findings.append(Finding(Severity.FAILURE, subject, "The clip's end is not after its start.",
                                [Fix.EDIT_CLIP], segment.id, item.id))
    elif duration and start >= duration:
        findings.append(Finding(Severity.FAILURE, subject, describe(Problem.CLIP_OUTSIDE, **details),
                                [Fix.EDIT_CLIP], segment.id, item.id))
    elif duration and end is not None and end > duration + 500:
        findings.append(Finding(Severity.FAILURE, subject, describe(Problem.CLIP_OUTSIDE, **details),
                                [Fix.EDIT_CLIP], segment.id, item.id))
    for problem in info.problems:
        if problem in WARNINGS:
            findings.append(Finding(Severity.WARNING, subject, describe(problem, **details), fixes_for(problem, location),
                                    segment.id, item.id))
    outside = [p for p in segment.pause_points if p.at_ms < start or (end is not None and p.at_ms >= end)
               or (duration and p.at_ms >= duration)]
    if outside:
        times = ", ".join(format_ms(p.at_ms) for p in outside)
        findings.append(Finding(Severity.WARNING, subject, f"Pause points outside the clip will be skipped: {times}.",
                                [Fix.EDIT_CLIP], segment.id, item.id))
    if not findings:
        what = "address answers" if is_address(location) else "video is ready"
        clip = f"{format_ms(start)}-{format_ms(end if end is not None else duration)}"
        findings.append(Finding(Severity.OK, subject, f"The {what} ({name}, clip {clip}).", [], segment.id, item.id))
    return findings


def check_chapter(chapter: ChapterLike, backend: MediaBackend, *, screens: Sequence[str] | None,
                  projector_screen: str | None = None, decode: bool = True) -> PreflightReport:
    """Check one chapter. `screens` are the connected screens' names (None: could not tell)."""
    report = PreflightReport(chapter_title=f"Chapter {chapter.position}: {chapter.title}")
    videos = [s for s in chapter.segments if is_video_segment(s.kind, s.media_item is not None)]
    linked = [s for s in videos if s.media_item is not None and s.media_item.location]
    if backend.available:
        report.findings.append(Finding(Severity.OK, "Video player", "VLC is available."))
    elif linked:
        report.findings.append(Finding(Severity.FAILURE, "Video player",
                                       f"VLC cannot be used ({backend.unavailable_reason}). {install_vlc_text()}",
                                       [Fix.INSTALL_VLC]))
    else:
        report.findings.append(Finding(Severity.WARNING, "Video player",
                                       f"VLC cannot be used ({backend.unavailable_reason}).", [Fix.INSTALL_VLC]))
    for segment in videos:
        report.findings.extend(check_video_segment(segment, backend, decode=decode))
    report.findings.append(_screen_finding(screens, projector_screen))
    return report


def _screen_finding(screens: Sequence[str] | None, projector_screen: str | None) -> Finding:
    subject = "Projector"
    if screens is None:
        return Finding(Severity.WARNING, subject, "Could not look for screens (no display here).", [Fix.PICK_SCREEN])
    if len(screens) < 2:
        return Finding(Severity.WARNING, subject,
                       "No second screen is connected. Plug in the projector, or run the session on this screen "
                       "(fine for one-to-one sessions).", [Fix.PICK_SCREEN])
    if projector_screen and projector_screen not in screens:
        return Finding(Severity.WARNING, subject,
                       f"The projector screen you chose ({projector_screen}) is not connected; another screen "
                       f"will be used.", [Fix.PICK_SCREEN])
    name = projector_screen or screens[1]
    return Finding(Severity.OK, subject, f"A second screen is connected ({name}).")
