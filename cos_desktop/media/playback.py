"""One segment's video: check it, play its clip, and stop at its pause points (Qt-free).

The GUI calls `tick()` often (every few tens of milliseconds); each tick delivers the backend's
queued events and pauses the video when it reaches the next pause point.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cos_desktop.media.backend import (
    WARNINGS,
    Clip,
    MediaBackend,
    MediaEvent,
    MediaInfo,
    PlaybackState,
    Problem,
    describe,
    format_ms,
)

# A pause point fires this much before its time, so the tick's granularity lands it on time.
CUE_LEAD_MS = 20


@dataclass(frozen=True)
class Cue:
    """A pause point: a time of the video and the question to ask there."""

    at_ms: int
    prompt: str
    key: object = None


def clip_for(start_ms: int | None, end_ms: int | None) -> Clip | None:
    """The clip of a segment, or None when its times make no sense (end not after start)."""
    start = max(0, start_ms or 0)
    if end_ms is not None and end_ms <= start:
        return None
    return Clip(start, end_ms)


class Playback:
    def __init__(self, backend: MediaBackend):
        self.backend = backend
        self.cues: list[Cue] = []
        self.current_cue: Cue | None = None
        self.info: MediaInfo | None = None
        self.warnings: list[tuple[Problem, str]] = []
        self.checking = False  # a check of the opened location is still running
        self._details: dict[str, str] = {}
        self._expected: int | None = None
        self._next_cue = 0
        self.on_event: Callable[[MediaEvent], None] | None = None
        self.on_cue: Callable[[Cue], None] | None = None
        self.on_warning: Callable[[Problem, str], None] | None = None
        backend.add_listener(self._event)

    # ---- opening -------------------------------------------------------------------------
    def open(self, location: str, clip: Clip | None, cues: Iterable[Cue] = (), *,
             expected_duration_ms: int | None = None, name: str | None = None) -> MediaInfo:
        """Load a location and check it; problems that stop it show as the backend's error state."""
        self.current_cue = None
        self.warnings = []
        name = name or (os.path.basename(location) if location and "://" not in location else location)
        self.backend.load(location, clip or Clip(), expected_duration_ms=expected_duration_ms)
        if not self.backend.available:
            self.info = MediaInfo(location=location, problems=[Problem.NO_PLAYER])
            self.backend.show_problem(Problem.NO_PLAYER, describe(Problem.NO_PLAYER))
            return self.info
        if clip is None:
            self.info = MediaInfo(location=location, problems=[Problem.CLIP_OUTSIDE])
            self.backend.show_problem(Problem.CLIP_OUTSIDE, "The clip's end is not after its start. Check the clip times.")
            return self.info
        self._details = {"name": name, "start": format_ms(clip.start_ms),
                         "end": format_ms(clip.end_ms) if clip.end_ms is not None else "the end"}
        self._expected = expected_duration_ms
        info = self.backend.begin_check(location, timeout_ms=3000)
        self.info = info
        self.checking = True
        self._judge(info, final=False)
        self.set_cues(cues)
        return info

    def _judge(self, info: MediaInfo, *, final: bool) -> None:
        """Show what a check found: the first problem that stops the video, and every warning."""
        if final:
            self.checking = False
        clip = self.backend.clip
        duration = info.duration_ms or self._expected
        if info.duration_ms:
            self.backend.expected_duration_ms = info.duration_ms
        elif self._expected:
            self.backend.expected_duration_ms = self._expected
        details = dict(self._details, length=format_ms(duration))
        fatal = [p for p in info.problems if p not in WARNINGS]
        if fatal == [Problem.MISSING] and self.backend.state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
            fatal = []  # deleted while it plays: the backend warns, and the open file plays on
        if not fatal and duration and clip.start_ms >= duration:
            fatal = [Problem.CLIP_OUTSIDE]
            info.problems.append(Problem.CLIP_OUTSIDE)
        if fatal:
            self.checking = False
            if fatal[0] is Problem.DISC_MISSING:  # the disc is asked for by its own name, not the video's
                details["name"] = info.details.get("name") or details["name"]
            if self.backend.state is not PlaybackState.ERROR:
                self.backend.show_problem(fatal[0], describe(fatal[0], **details))
            return
        if duration and clip.end_ms is not None and clip.end_ms > duration + 500 \
                and Problem.CLIP_OUTSIDE not in info.problems:
            info.problems.append(Problem.CLIP_OUTSIDE)
        warned = {p for p, _ in self.warnings}
        for problem in info.problems:
            if problem in WARNINGS and problem not in warned:
                self._warn(problem, describe(problem, **details))

    # ---- pause points ----------------------------------------------------------------------
    def set_cues(self, cues: Iterable[Cue]) -> None:
        clip = self.backend.clip
        end = clip.end_ms
        self.cues = sorted((c for c in cues if c.at_ms >= clip.start_ms and (end is None or c.at_ms < end)),
                           key=lambda c: c.at_ms)
        self._rearm(self.backend.position_ms(), inclusive=self.backend.state is PlaybackState.IDLE)

    def _rearm(self, position_ms: int, *, inclusive: bool) -> None:
        """Arm the first pause point after a position (or at it, when inclusive)."""
        self._next_cue = next(
            (i for i, c in enumerate(self.cues) if c.at_ms > position_ms or (inclusive and c.at_ms == position_ms)),
            len(self.cues),
        )

    @property
    def next_cue(self) -> Cue | None:
        return self.cues[self._next_cue] if self._next_cue < len(self.cues) else None

    # ---- control ---------------------------------------------------------------------------
    def play(self) -> None:
        self.current_cue = None
        if self.backend.state in (PlaybackState.ENDED, PlaybackState.IDLE):
            self._rearm(self.backend.position_ms() if self.backend.state is PlaybackState.IDLE
                        else self.backend.clip.start_ms, inclusive=True)
        self.backend.play()

    def pause(self) -> None:
        self.backend.pause()

    def toggle(self) -> None:
        if self.backend.state is PlaybackState.PLAYING:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        self.current_cue = None
        self.backend.seek(ms)
        self._rearm(self.backend.position_ms(), inclusive=False)

    def skip(self, delta_ms: int) -> None:
        self.seek(self.backend.position_ms() + delta_ms)

    def stop(self) -> None:
        self.current_cue = None
        self.backend.stop()
        self._next_cue = 0

    def close(self) -> None:
        self.backend.remove_listener(self._event)
        self.backend.stop()

    # ---- the clock ---------------------------------------------------------------------------
    def tick(self) -> None:
        before = self.backend.state
        self.backend.poll()
        if self.checking and self.backend.state is before:  # a state change gets a tick to itself
            result = self.backend.check_result()
            if result is not None:
                self.info = result
                self._judge(result, final=True)
        if self.backend.state is not PlaybackState.PLAYING:
            return
        cue = self.next_cue
        if cue is None:
            return
        position = self.backend.position_ms()
        if position >= cue.at_ms - CUE_LEAD_MS:
            self.backend.pause()
            self._next_cue += 1
            self.current_cue = cue
            if self.on_cue is not None:
                self.on_cue(cue)

    # ---- events --------------------------------------------------------------------------------
    def _event(self, event: MediaEvent) -> None:
        if event.problem is not None and event.problem in WARNINGS and event.state is not PlaybackState.ERROR:
            self._warn(event.problem, event.message)
            return
        if event.state is PlaybackState.ENDED:
            self.current_cue = None
        if self.on_event is not None:
            self.on_event(event)

    def _warn(self, problem: Problem, message: str) -> None:
        self.warnings.append((problem, message))
        if self.on_warning is not None:
            self.on_warning(problem, message)
