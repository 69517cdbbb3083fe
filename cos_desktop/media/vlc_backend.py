"""The libvlc backend (python-vlc), loaded only when first needed.

libvlc calls our event callbacks on its own threads. They only queue the event (and ask the GUI
thread to poll); every libvlc call happens on the thread that owns the backend.

libvlc reports the playing time in steps of about a quarter of a second, and keeps the last step
while paused, so the position is estimated between steps from a monotonic clock: that estimate is
what pause points and the position slider use.
"""

from __future__ import annotations

import logging
import os
import shlex
import sys
from pathlib import Path

from cos_desktop.media.backend import (
    Clip,
    MediaBackend,
    PlaybackState,
    Post,
    Problem,
    describe,
    format_ms,
)
from cos_desktop.core.disc import is_disc_link, parse_link
from cos_desktop.media.vlc_checks import VlcChecks, _now, local_path

log = logging.getLogger(__name__)

# An end this far before the clip's end means the file stopped early (libvlc reports no error).
EARLY_END_TOLERANCE_MS = 1500
# How long a playing video may show no decoded picture before it counts as undecodable.
DECODE_GRACE_S = 1.5
# How long opening may take before the location counts as unreachable.
OPENING_TIMEOUT_S = 20.0
# The estimate never runs further than this past libvlc's last reported time (a stalled stream).
EXTRAPOLATE_CAP_S = 0.75
# How often a local file is checked for still being there.
EXISTS_CHECK_S = 1.0

ENV_OPTIONS = "COS_DESKTOP_VLC_OPTIONS"
# The player call that hands libvlc each kind of native window.
_OUTPUT_SETTERS = {"xid": "set_xwindow", "hwnd": "set_hwnd", "nsobject": "set_nsobject"}


class BackendUnavailable(Exception):
    """libvlc is missing or would not start; the message says which."""


def default_options(embedded: bool) -> list[str]:
    options = ["--quiet", "--no-video-title-show", "--no-osd", "--no-snapshot-preview"]
    if embedded and sys.platform.startswith("linux"):
        options.append("--no-xlib")
    if not embedded:
        options.append("--vout=dummy")
    extra = os.environ.get(ENV_OPTIONS, "").strip()
    if extra:
        options.extend(shlex.split(extra))
    return options


class VlcBackend(VlcChecks, MediaBackend):
    """After release() the player is gone, and libvlc on a released player is a segfault (not an
    exception): every public call checks `_released` first and then does nothing."""

    name = "vlc"

    def __init__(self, post: Post | None = None, *, embedded: bool = True, options: list[str] | None = None):
        super().__init__(post)
        try:
            import vlc
        except (Exception, SystemExit) as exc:  # python-vlc exits when PYTHON_VLC_LIB_PATH is wrong
            detail = "" if isinstance(exc, SystemExit) else f" ({exc})"
            raise BackendUnavailable(f"libvlc is not installed or cannot be loaded{detail}.") from None
        self._vlc = vlc
        args = default_options(embedded) + list(options or [])
        try:
            self._instance = vlc.Instance(args)
        except (NameError, OSError, AttributeError) as exc:  # python-vlc found no libvlc
            raise BackendUnavailable(f"libvlc is not installed or cannot be loaded ({exc}).") from exc
        if self._instance is None:
            raise BackendUnavailable("libvlc is installed but would not start (its plugins may be missing).")
        self.options = args
        self._player = self._instance.media_player_new()
        self._probe_instance = None
        self._pending_check = None
        self._media = None
        self._generation = 0
        self._volume = 100
        self._muted = False
        self._output: tuple[str, int | None] = ("", None)
        self._reset_position(0)
        manager = self._player.event_manager()
        kinds = {
            vlc.EventType.MediaPlayerPlaying: "playing",
            vlc.EventType.MediaPlayerPaused: "paused",
            vlc.EventType.MediaPlayerEndReached: "end",
            vlc.EventType.MediaPlayerEncounteredError: "error",
        }
        self._callbacks = []
        for event_type, kind in kinds.items():
            callback = self._make_callback(kind)
            self._callbacks.append((event_type, callback))
            manager.event_attach(event_type, callback)

    def _make_callback(self, kind: str):
        def on_event(_event) -> None:  # a libvlc thread: queue only
            self._queue_from_any_thread((self._generation, kind))

        return on_event

    # ---- playing ------------------------------------------------------------------------
    def _reset_position(self, start_ms: int) -> None:
        self._anchor_ms = start_ms  # a position known at _anchor_time
        self._anchor_time = _now()
        self._last_raw: int | None = None
        self._paused_ms = start_ms
        self._last_estimate = start_ms
        self._pending_seek: int | None = None
        self._want_pause = False
        self._opened_at = 0.0
        self._played_s = 0.0
        self._playing_since: float | None = None
        self._decode_checked = False
        self._next_exists_check = 0.0
        self._deleted_warned = False

    def load(self, location: str, clip: Clip | None = None, *, expected_duration_ms: int | None = None) -> None:
        if self._released:
            return
        self._player.stop()
        self._generation += 1
        if self._media is not None:
            self._media.release()
            self._media = None
        self.location = location
        self.clip = clip or Clip()
        self.expected_duration_ms = expected_duration_ms
        self._forget_discs()  # a disc put in since the last load is looked for again
        self._reset_position(self.clip.start_ms)
        self._problem, self._message = None, ""
        self._set_state(PlaybackState.IDLE)

    def _start(self, from_ms: int | None = None) -> None:
        self._player.stop()
        self._generation += 1
        if self._media is not None:
            self._media.release()
        start = self.clip.start_ms if from_ms is None else from_ms
        self._media = self._new_media(self._instance, self.location, self.clip, start_ms=start)
        self._player.set_media(self._media)
        self._apply_output()
        self._reset_position(start)
        self._opened_at = _now()
        self._set_state(PlaybackState.OPENING)
        if self._player.play() == -1:
            self._fail_from_error()

    def play(self) -> None:
        if self._released:
            return
        if not self.location:
            self._set_state(PlaybackState.ERROR, Problem.NOT_LINKED, describe(Problem.NOT_LINKED))
            return
        state = self.state
        if state is PlaybackState.ERROR:
            return  # load() again (after Locate...) to try once more
        if state is PlaybackState.PAUSED:
            self._player.set_pause(0)
            self._anchor_ms, self._anchor_time = self._paused_ms, _now()
            self._last_raw = self._player.get_time()
            self._playing_since = _now()
            self._set_state(PlaybackState.PLAYING)
        elif state is PlaybackState.OPENING:
            self._want_pause = False
        elif state is not PlaybackState.PLAYING:
            pending = self._pending_seek
            self._start(pending)

    def pause(self) -> None:
        if self._released:
            return
        if self.state is PlaybackState.PLAYING:
            position = self.position_ms()
            self._player.set_pause(1)
            self._paused_ms = position
            self._stop_playing_clock()
            self._set_state(PlaybackState.PAUSED)
        elif self.state is PlaybackState.OPENING:
            self._want_pause = True

    def stop(self) -> None:
        if self._released:
            return
        self._player.stop()
        self._generation += 1
        self._reset_position(self.clip.start_ms)
        if self.state is not PlaybackState.ERROR:
            self._set_state(PlaybackState.IDLE)

    def _stop_playing_clock(self) -> None:
        if self._playing_since is not None:
            self._played_s += _now() - self._playing_since
            self._playing_since = None

    def seek(self, ms: int) -> None:
        if self._released:
            return
        end = self.clip_end_ms()
        target = max(self.clip.start_ms, int(ms))
        if end is not None:
            target = min(target, max(self.clip.start_ms, end - 100))
        state = self.state
        if state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
            self._player.set_time(target)
            self._anchor_ms, self._anchor_time = target, _now()
            self._last_raw = self._player.get_time()
            self._paused_ms = target
            self._last_estimate = target
        elif state is PlaybackState.OPENING:
            self._pending_seek = target
        else:
            self._pending_seek = target
            self._paused_ms = target
            self._last_estimate = target

    def position_ms(self) -> int:
        if self._released:
            return self._last_estimate
        state = self.state
        if state is PlaybackState.PAUSED:
            return self._paused_ms
        if state is PlaybackState.PLAYING:
            now = _now()
            raw = self._player.get_time()
            if raw != self._last_raw:
                self._last_raw = raw
                if raw is not None and raw >= 0:
                    self._anchor_ms, self._anchor_time = raw, now
            estimate = self._anchor_ms + int(min(now - self._anchor_time, EXTRAPOLATE_CAP_S) * 1000)
            end = self.clip_end_ms()
            if end is not None:
                estimate = min(estimate, end)
            self._last_estimate = estimate
            return estimate
        if state is PlaybackState.ENDED:
            return self._last_estimate
        if self._pending_seek is not None:
            return self._pending_seek
        return self._last_estimate if state is PlaybackState.ERROR else self.clip.start_ms

    def duration_ms(self) -> int | None:
        link = parse_link(self.location)
        if link is not None and link.title_length_ms:
            return link.title_length_ms  # the player's length changes if the reader runs on into the next title
        length = self._player.get_length() if self._media is not None and not self._released else 0
        if length and length > 0:
            return length
        return self.expected_duration_ms

    def set_volume(self, percent: int) -> None:
        if self._released:
            return
        self._volume = max(0, min(100, int(percent)))
        self._player.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        if self._released:
            return
        self._muted = bool(muted)
        self._player.audio_set_mute(self._muted)

    def muted(self) -> bool:
        return self._muted

    def set_output(self, kind: str, handle: int | None) -> None:
        if self._released:
            log.debug("set_output on a released player ignored")
            return
        self._output = (kind, handle)
        self._apply_output()

    def _apply_output(self) -> None:
        if self._released:
            return
        kind, handle = self._output
        setter = _OUTPUT_SETTERS.get(kind)
        if setter is not None:
            getattr(self._player, setter)(int(handle or 0))

    # ---- events and checks (GUI thread) --------------------------------------------------
    def poll(self) -> None:
        import queue

        if self._released:
            return  # an event queued by libvlc just before the player went
        while True:
            try:
                generation, kind = self._events.get_nowait()
            except queue.Empty:
                break
            if generation != self._generation:
                continue
            if kind == "playing":
                self._on_playing()
            elif kind == "end":
                self._on_end()
            elif kind == "error":
                self._fail_from_error()
        self._checks()

    def _on_playing(self) -> None:
        if self.state is not PlaybackState.OPENING:
            return
        self._player.audio_set_volume(self._volume)
        self._player.audio_set_mute(self._muted)
        self._anchor_time = _now()
        self._last_raw = self._player.get_time()
        self._playing_since = _now()
        self._set_state(PlaybackState.PLAYING)
        if self._want_pause:
            self._want_pause = False
            self.pause()

    def _stats(self):
        stats = self._vlc.MediaStats()
        if self._media is not None and self._media.get_stats(stats):
            return stats
        return None

    def _on_end(self) -> None:
        if self.state in (PlaybackState.ENDED, PlaybackState.ERROR, PlaybackState.IDLE):
            return
        raw = self._player.get_time()
        reached = max(self._last_estimate, raw if raw and raw > 0 else 0)
        self._stop_playing_clock()
        expected = self.clip_end_ms()
        length = self._player.get_length()
        name = self._display_name()
        if not length or length <= 0:
            self._last_estimate = reached
            self._set_state(PlaybackState.ERROR, Problem.DAMAGED, describe(Problem.DAMAGED, name=name))
            return
        if expected is not None and reached < expected - EARLY_END_TOLERANCE_MS:
            stats = self._stats()
            self._last_estimate = reached
            if stats is not None and stats.decoded_video == 0 and stats.decoded_audio == 0:
                self._set_state(PlaybackState.ERROR, Problem.UNSUPPORTED, describe(Problem.UNSUPPORTED, name=name))
            else:
                self._set_state(
                    PlaybackState.ERROR, Problem.TRUNCATED,
                    describe(Problem.TRUNCATED, name=name, stopped=format_ms(reached), length=format_ms(expected)),
                )
            return
        self._last_estimate = expected if expected is not None else reached
        self._set_state(PlaybackState.ENDED)

    def _display_name(self) -> str:
        link = parse_link(self.location)
        if link is not None:
            return link.display_name
        path = local_path(self.location)
        return path.name if path is not None else self.location

    def _playing_file(self) -> Path | None:
        """The file (or disc place) being played, to notice it going away; None for an address."""
        if is_disc_link(self.location):
            found = self._disc(self.location)
            return Path(found.place) if found is not None else None
        return local_path(self.location)

    def _fail_from_error(self) -> None:
        if self.state in (PlaybackState.ERROR, PlaybackState.IDLE) and self._media is None:
            return
        self._stop_playing_clock()
        name = self._display_name()
        if is_disc_link(self.location):
            self._forget_discs()
            problem = Problem.DAMAGED if self._disc(self.location) is not None else Problem.DISC_MISSING
            self._set_state(PlaybackState.ERROR, problem, describe(problem, name=name))
            return
        path = local_path(self.location)
        if path is None:
            problem = Problem.UNREACHABLE
        elif not path.exists():
            problem = Problem.MISSING
        elif path.is_file() and path.stat().st_size == 0:
            problem = Problem.EMPTY
        else:
            problem = Problem.NOT_A_VIDEO
        self._set_state(PlaybackState.ERROR, problem, describe(problem, name=name))

    def _checks(self) -> None:
        state = self.state
        now = _now()
        if state is PlaybackState.OPENING and self._opened_at and now - self._opened_at > OPENING_TIMEOUT_S:
            self._player.stop()
            self._generation += 1
            self._fail_from_error()
            return
        if state is not PlaybackState.PLAYING:
            return
        if self._left_the_title(self._player, self.location):
            self._player.set_pause(1)
            self._stop_playing_clock()
            self._last_estimate = self.clip_end_ms() or self._last_estimate
            self._set_state(PlaybackState.ENDED)
            return
        position = self.position_ms()
        if self.clip.end_ms is not None and position >= self.clip.end_ms + 400:
            # libvlc's stop-time should have ended it: stop here all the same.
            self._player.set_pause(1)
            self._stop_playing_clock()
            self._last_estimate = self.clip.end_ms
            self._set_state(PlaybackState.ENDED)
            return
        played = self._played_s + (now - self._playing_since if self._playing_since else 0)
        if not self._decode_checked and played >= DECODE_GRACE_S:
            self._decode_checked = True
            stats = self._stats()
            if stats is not None and self._player.video_get_track_count() > 0 and stats.decoded_video == 0:
                self._player.stop()
                self._generation += 1
                self._set_state(PlaybackState.ERROR, Problem.UNSUPPORTED,
                                describe(Problem.UNSUPPORTED, name=self._display_name()))
                return
        path = self._playing_file()
        if path is not None and not self._deleted_warned and now >= self._next_exists_check:
            self._next_exists_check = now + EXISTS_CHECK_S
            if not path.exists():
                self._deleted_warned = True
                self._warn(Problem.DELETED_WHILE_PLAYING,
                           describe(Problem.DELETED_WHILE_PLAYING, name=self._display_name()))

    def show_problem(self, problem: Problem, message: str = "") -> None:
        if not self._released and self.state in (PlaybackState.OPENING, PlaybackState.PLAYING, PlaybackState.PAUSED):
            self._player.stop()
            self._generation += 1
            self._stop_playing_clock()
        super().show_problem(problem, message)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        self._abandon_check()
        manager = self._player.event_manager()
        for event_type, callback in self._callbacks:
            try:
                manager.event_detach(event_type)
            except Exception:
                pass
        self._generation += 1
        self._player.stop()
        # Detach the native window before the player goes, so libvlc never draws into it again.
        setter = _OUTPUT_SETTERS.get(self._output[0])
        if setter is not None:
            getattr(self._player, setter)(0)
        self._output = ("", None)
        self._player.release()
        if self._media is not None:
            self._media.release()
            self._media = None
        self._instance.release()
        if self._probe_instance is not None:
            self._probe_instance.release()
        self._listeners.clear()
