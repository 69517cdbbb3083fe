"""The media backend interface (Qt-free) and the words it uses to describe problems.

A backend plays one video at a time into one window. Its events (state changes, the end, errors)
are queued from whatever thread the player library uses and handed to listeners only from
`poll()`, which the GUI thread calls; a `post` function, when given, asks the GUI thread to call
`poll()` soon after an event arrives, so nothing waits for the next tick.
"""

from __future__ import annotations

import queue
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from cos_desktop.core.translation import translate
from cos_desktop.core.media_links import is_address  # noqa: F401 (used here and by the players)

Post = Callable[[Callable[[], None]], None]


class PlaybackState(StrEnum):
    IDLE = "idle"  # nothing loaded
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"  # reached the end of the clip (or of the video)
    ERROR = "error"


class Problem(StrEnum):
    """Why a video cannot be shown (or is shown with a caveat)."""

    NOT_LINKED = "not-linked"
    MISSING = "missing"
    EMPTY = "empty"
    NOT_A_VIDEO = "not-a-video"
    DAMAGED = "damaged"
    TRUNCATED = "truncated"
    UNSUPPORTED = "unsupported"
    NO_VIDEO_TRACK = "no-video-track"
    NO_AUDIO_TRACK = "no-audio-track"
    CLIP_OUTSIDE = "clip-outside"
    DELETED_WHILE_PLAYING = "deleted-while-playing"
    UNREACHABLE = "unreachable"
    NO_PLAYER = "no-player"
    DISC_MISSING = "disc-missing"  # the linked DVD is in no drive, and its copy is not where it was


class Fix(StrEnum):
    """The way forward offered with a problem."""

    LOCATE = "locate"  # Locate... (pick the file again)
    LINK = "link"  # link a video to the segment
    EDIT_CLIP = "edit-clip"
    OPEN_IN_BROWSER = "open-in-browser"
    OPEN_IN_SYSTEM_PLAYER = "open-in-system-player"
    INSTALL_VLC = "install-vlc"
    PICK_SCREEN = "pick-screen"
    CHECK_AGAIN = "check-again"  # look again (after putting the disc in)


# Problems after which the video can still be shown (with a word of warning).
WARNINGS = frozenset({Problem.NO_AUDIO_TRACK, Problem.CLIP_OUTSIDE, Problem.DELETED_WHILE_PLAYING, Problem.NOT_LINKED})


@dataclass(frozen=True)
class Clip:
    """The part of a video a segment shows, in milliseconds of the video; end None = to the end."""

    start_ms: int = 0
    end_ms: int | None = None

    def __post_init__(self) -> None:
        if self.start_ms < 0 or (self.end_ms is not None and self.end_ms <= self.start_ms):
            raise ValueError("A clip must end after it starts.")


@dataclass(frozen=True)
class MediaEvent:
    state: PlaybackState
    problem: Problem | None = None
    message: str = ""


@dataclass
class MediaInfo:
    """What a check of one location found."""

    location: str
    duration_ms: int | None = None
    video_tracks: int = 0
    audio_tracks: int = 0
    problems: list[Problem] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)

    @property
    def playable(self) -> bool:
        return all(p in WARNINGS for p in self.problems)


def format_ms(ms: int | None) -> str:
    if ms is None:
        return "?"
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def install_vlc_text(platform: str | None = None) -> str:
    """How to install VLC on this computer, in plain words."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return ("Videos need VLC media player. Download it from videolan.org (choose the 64-bit "
                "Windows installer), install it, then restart COS Desktop.")
    if platform == "darwin":
        return ("Videos need VLC media player. Download it from videolan.org, drag it into "
                "Applications, then restart COS Desktop.")
    return ("Videos need VLC. Install it from your software centre, or in a terminal: "
            "'sudo apt install vlc' (Debian, Ubuntu, Mint) or 'sudo dnf install vlc' (Fedora), "
            "then restart COS Desktop.")


def describe(problem: Problem, **details: str) -> str:
    """A plain sentence for a problem; details fill in names, times and reasons."""
    if problem is Problem.DISC_MISSING:
        return translate("Media", "Insert the disc \u201c{name}\u201d. If it is copied to this computer, use "
                         "Locate... to find the copy.").format(name=details.get("name") or "DVD")
    d = {"name": "this video", "length": "?", "end": "?", "stopped": "?", "start": "?"} | {
        k: v for k, v in details.items() if v is not None
    }
    d["where"] = f" (it stops at {d['stopped']} of {d['length']})" if d["stopped"] != "?" else ""
    texts = {
        Problem.NOT_LINKED: "No video is linked to this segment yet. Link your copy of the video.",
        Problem.MISSING: "The video file cannot be found: {name}. It may have been moved, renamed or be on a "
        "drive that is not plugged in. Use Locate... to find it.",
        Problem.EMPTY: "The video file is empty (0 bytes): {name}. Copy it again, then use Locate...",
        Problem.NOT_A_VIDEO: "This file is not a video that can be played: {name}. Use Locate... to pick the "
        "right file.",
        Problem.DAMAGED: "This video file is damaged or incomplete: {name}. Copy it again from the original, "
        "then use Locate...",
        Problem.TRUNCATED: "This video file is cut short{where}: {name}. The copy is probably incomplete; copy "
        "it again from the original, then use Locate...",
        Problem.UNSUPPORTED: "This video uses a format that VLC cannot decode: {name}. Convert it to MP4 "
        "(H.264), or try opening it in the system player.",
        Problem.NO_VIDEO_TRACK: "This file has sound but no picture: {name}.",
        Problem.NO_AUDIO_TRACK: "This video has no sound track: {name}.",
        Problem.CLIP_OUTSIDE: "The clip is set to {start}-{end}, but the video is only {length} long. It "
        "will stop at the end of the video; check the clip times.",
        Problem.DELETED_WHILE_PLAYING: "The video file was moved or deleted while playing: {name}. The "
        "session goes on; use Locate... before showing it again.",
        Problem.UNREACHABLE: "This address cannot be opened (no internet, or the page is not a video): "
        "{name}. You can open it in the web browser instead.",
        Problem.NO_PLAYER: install_vlc_text(),
    }
    return texts[problem].format(**d)


def fixes_for(problem: Problem, location: str = "") -> list[Fix]:
    if problem is Problem.NO_PLAYER:
        return [Fix.INSTALL_VLC, Fix.OPEN_IN_SYSTEM_PLAYER] if location else [Fix.INSTALL_VLC]
    if problem is Problem.NOT_LINKED:
        return [Fix.LINK]
    if problem is Problem.DISC_MISSING:
        return [Fix.CHECK_AGAIN, Fix.LOCATE]
    if problem is Problem.UNREACHABLE or (location and is_address(location)):
        return [Fix.OPEN_IN_BROWSER]
    if problem is Problem.CLIP_OUTSIDE:
        return [Fix.EDIT_CLIP]
    if problem is Problem.UNSUPPORTED:
        return [Fix.OPEN_IN_SYSTEM_PLAYER, Fix.LOCATE]
    if problem in (Problem.NO_AUDIO_TRACK,):
        return []
    return [Fix.LOCATE]


class MediaBackend(ABC):
    """Plays one location (a file path or an address) into one window.

    Positions are milliseconds of the video (not of the clip). Listeners receive MediaEvents, only
    from `poll()`, which must be called on the GUI thread.
    """

    name = "media"

    def __init__(self, post: Post | None = None):
        self._post = post
        self._events: queue.SimpleQueue = queue.SimpleQueue()
        self._listeners: list[Callable[[MediaEvent], None]] = []
        self._state = PlaybackState.IDLE
        self._problem: Problem | None = None
        self._message = ""
        self.location = ""
        self.clip = Clip()
        # The length known before playing (from a check or the library), until the player knows better.
        self.expected_duration_ms: int | None = None
        self._released = False

    # ---- availability -----------------------------------------------------------------
    @property
    def available(self) -> bool:
        return True

    @property
    def unavailable_reason(self) -> str:
        return ""

    @property
    def released(self) -> bool:
        """True once release() ran: the player is gone and nothing may touch it."""
        return self._released

    # ---- events -----------------------------------------------------------------------
    def add_listener(self, listener: Callable[[MediaEvent], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[MediaEvent], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _queue_from_any_thread(self, item) -> None:
        """Called from a player thread: queue only, never call the player library here."""
        self._events.put(item)
        if self._post is not None:
            self._post(self.poll)

    def _set_state(self, state: PlaybackState, problem: Problem | None = None, message: str = "") -> None:
        """GUI thread only: change state and tell listeners."""
        if state == self._state and problem is None:
            return
        self._state = state
        if problem is not None or state is not PlaybackState.ERROR:
            self._problem, self._message = problem, message
        event = MediaEvent(state, problem, message)
        for listener in list(self._listeners):
            listener(event)

    def _warn(self, problem: Problem, message: str) -> None:
        """Tell listeners about a problem that does not stop playback."""
        self._problem, self._message = problem, message
        event = MediaEvent(self._state, problem, message)
        for listener in list(self._listeners):
            listener(event)

    @property
    def state(self) -> PlaybackState:
        return self._state

    @property
    def problem(self) -> Problem | None:
        return self._problem

    @property
    def message(self) -> str:
        return self._message

    def show_problem(self, problem: Problem, message: str = "") -> None:
        """Report a problem found before playing (by a check): the video does not start."""
        self._set_state(PlaybackState.ERROR, problem, message or describe(problem))

    # ---- control ----------------------------------------------------------------------
    @abstractmethod
    def probe(self, location: str, *, decode: bool = False, timeout_ms: int = 3000) -> MediaInfo:
        """Check a location without showing it: exists, parses, tracks, length (and decodes, when asked)."""

    def begin_check(self, location: str, timeout_ms: int = 3000) -> MediaInfo:
        """Start checking a location: what the file alone tells comes back now; the rest (tracks,
        length) from `check_result()` once ready, so opening never waits for the player."""
        self._checked = self.probe(location, timeout_ms=timeout_ms)
        return MediaInfo(location=location, problems=list(self._checked.problems), details=dict(self._checked.details))

    def check_result(self) -> MediaInfo | None:
        """The finished check started by `begin_check` (once), or None while it is still running."""
        result, self._checked = getattr(self, "_checked", None), None
        return result

    @abstractmethod
    def load(self, location: str, clip: Clip | None = None, *, expected_duration_ms: int | None = None) -> None:
        """Prepare a location; playback starts with play()."""

    @abstractmethod
    def play(self) -> None: ...

    @abstractmethod
    def pause(self) -> None: ...

    def toggle(self) -> None:
        if self.state is PlaybackState.PLAYING:
            self.pause()
        else:
            self.play()

    @abstractmethod
    def stop(self) -> None:
        """Stop and forget the position; the location stays loaded."""

    @abstractmethod
    def seek(self, ms: int) -> None:
        """Go to a time of the video, kept inside the clip."""

    def skip(self, delta_ms: int) -> None:
        self.seek(self.position_ms() + delta_ms)

    @abstractmethod
    def position_ms(self) -> int: ...

    @abstractmethod
    def duration_ms(self) -> int | None: ...

    @abstractmethod
    def set_volume(self, percent: int) -> None: ...

    @abstractmethod
    def volume(self) -> int: ...

    @abstractmethod
    def set_muted(self, muted: bool) -> None: ...

    @abstractmethod
    def muted(self) -> bool: ...

    @abstractmethod
    def set_output(self, kind: str, handle: int | None) -> None:
        """Draw into a native window: kind 'xid' (X11), 'hwnd' (Windows) or 'nsobject' (macOS); None = none."""

    def poll(self) -> None:
        """GUI thread: deliver queued events and run the checks that need a clock."""

    @abstractmethod
    def release(self) -> None: ...

    def clip_end_ms(self) -> int | None:
        """Where this clip ends: its end point, or the video's end."""
        duration = self.duration_ms()
        if self.clip.end_ms is None:
            return duration
        if duration:
            return min(self.clip.end_ms, duration)
        return self.clip.end_ms
