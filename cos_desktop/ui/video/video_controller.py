"""The Qt side of playing a segment's video: a backend on the GUI thread, ticked by a timer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cos_desktop.media.backend import Clip, Fix, MediaBackend, MediaEvent, PlaybackState, Problem, fixes_for
from cos_desktop.media.playback import Cue, Playback, clip_for

log = logging.getLogger(__name__)

TICK_MS = 40


class GuiPoster(QObject):
    """Runs callables on the GUI thread; `post` may be called from any thread."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, function) -> None:
        self._call.emit(function)

    def _run(self, function) -> None:
        try:
            function()
        except Exception:  # a failing poll must never take the window down
            log.exception("media event handling failed")


def make_backend(poster: GuiPoster, *, embedded: bool | None = None) -> MediaBackend:
    """The app's backend: libvlc when it loads (drawing into our window when it can), else the null one."""
    from PySide6.QtGui import QGuiApplication

    from cos_desktop.media import factory

    if embedded is None:
        # Without a screen (tests, scripts) VLC draws nowhere. Where our windows cannot host the
        # picture (Wayland without XWayland), VLC shows it in a window of its own.
        embedded = QGuiApplication.platformName() not in ("offscreen", "minimal")
    return factory.create_backend(poster.post, embedded=embedded)


class VideoController(QObject):
    """One segment's video at a time: open, play, pause, seek; pause points; problems."""

    stateChanged = Signal(str)  # a PlaybackState value
    positionChanged = Signal(int)  # milliseconds of the video
    problemChanged = Signal(str, str)  # Problem value ("" when none), message
    warningRaised = Signal(str, str)  # Problem value, message
    cueReached = Signal(object)  # the Cue the video paused at
    cueCleared = Signal()
    ended = Signal()
    opened = Signal()
    resumeChanged = Signal()  # a place to carry on from was offered, taken or dropped

    def __init__(self, backend: MediaBackend | None = None, parent: QObject | None = None, *, embedded: bool | None = None):
        super().__init__(parent)
        self._poster = GuiPoster(self)
        self.backend = backend if backend is not None else make_backend(self._poster, embedded=embedded)
        self.playback = Playback(self.backend)
        self.playback.on_event = self._on_event
        self.playback.on_cue = self._on_cue
        self.playback.on_warning = lambda problem, message: self.warningRaised.emit(problem.value, message)
        self.location = ""
        self.segment_id: int | None = None
        # Where this video was left (ms) when the facilitator paged away; Play carries on from there.
        self.resume_from: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._last_position = -1
        # The windows this player draws into; each is detached before the player is released.
        self._surfaces: list = []

    # ---- state ---------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self.backend.available

    @property
    def state(self) -> PlaybackState:
        return self.backend.state

    @property
    def problem(self) -> Problem | None:
        return self.backend.problem if self.backend.state is PlaybackState.ERROR else None

    @property
    def message(self) -> str:
        return self.backend.message if self.backend.state is PlaybackState.ERROR else ""

    def fixes(self) -> list[Fix]:
        problem = self.problem
        return fixes_for(problem, self.location) if problem is not None else []

    @property
    def clip(self) -> Clip:
        return self.backend.clip

    @property
    def current_cue(self) -> Cue | None:
        return self.playback.current_cue

    def position(self) -> int:
        return self.backend.position_ms()

    def duration(self) -> int | None:
        return self.backend.duration_ms()

    def clip_end(self) -> int | None:
        return self.backend.clip_end_ms()

    # ---- opening ---------------------------------------------------------------------------
    def open_segment(self, segment) -> None:
        """Open a SegmentPlan's linked video, its clip and its pause points."""
        item = segment.media_item
        self.segment_id = segment.id
        cues = [Cue(p.at_ms, p.prompt, p.id) for p in segment.pause_points]
        clip = clip_for(segment.clip_start_ms, segment.clip_end_ms)
        self.open(item.location if item is not None else "", clip, cues,
                  expected_duration_ms=item.duration_ms if item is not None else None,
                  name=item.title if item is not None else None)

    def open(self, location: str, clip: Clip | None = Clip(), cues=(), *, expected_duration_ms: int | None = None,
             name: str | None = None) -> None:
        self.location = location
        self.resume_from = None
        had_cue = self.playback.current_cue is not None
        self.playback.open(location, clip, cues, expected_duration_ms=expected_duration_ms, name=name)
        if had_cue:
            self.cueCleared.emit()
        self._emit_position(force=True)
        self._sync_timer()
        self.opened.emit()

    def reopen_at(self, position_ms: int, *, playing: bool) -> None:
        """Open the same video again at a position (after its picture moved to another window)."""
        cues = list(self.playback.cues)
        clip = self.backend.clip
        self.playback.open(self.location, clip, cues, expected_duration_ms=self.backend.expected_duration_ms)
        self.playback.seek(position_ms)
        if playing:
            self.playback.play()
        self._sync_timer()
        self._emit_position(force=True)
        self.opened.emit()

    def set_cues(self, cues) -> None:
        self.playback.set_cues(cues)

    def offer_resume(self, position_ms: int) -> None:
        """Coming back to a video left part way: Play carries on from there (Restart starts again)."""
        self.playback.seek(position_ms)
        self.resume_from = position_ms
        self._emit_position(force=True)
        self.resumeChanged.emit()

    def restart(self) -> None:
        self.resume_from = None
        self.seek(self.clip.start_ms)
        self.resumeChanged.emit()
        self.play()

    # ---- control ---------------------------------------------------------------------------
    def play(self) -> None:
        if self.playback.current_cue is not None:
            self.cueCleared.emit()
        self.playback.play()
        if self.resume_from is not None:
            self.resume_from = None
            self.resumeChanged.emit()
        self._sync_timer()

    def pause(self) -> None:
        self.playback.pause()

    def toggle(self) -> None:
        if self.state is PlaybackState.PLAYING:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        if self.playback.current_cue is not None:
            self.cueCleared.emit()
        self.playback.seek(ms)
        self._emit_position(force=True)

    def skip(self, delta_ms: int) -> None:
        self.seek(self.position() + delta_ms)

    def stop(self) -> None:
        self.playback.stop()
        self._sync_timer()

    def set_volume(self, percent: int) -> None:
        self.backend.set_volume(percent)

    def set_muted(self, muted: bool) -> None:
        self.backend.set_muted(muted)

    def attach(self, surface) -> bool:
        """Let the video draw into `surface` (a VideoSurface); False when this platform cannot embed."""
        if self.backend.released:
            return False
        if surface not in self._surfaces:
            self._surfaces.append(surface)
        return surface.attach(self.backend)

    def release(self) -> None:
        """The end of this player: windows detached first, then libvlc let go; safe to call twice."""
        self._timer.stop()
        if self.backend.released:
            return
        for surface in self._surfaces:
            if surface.backend is self.backend:
                surface.detach()
        self._surfaces.clear()
        self.playback.close()
        self.backend.release()

    # ---- the clock ---------------------------------------------------------------------------
    def tick(self) -> None:
        self.playback.tick()
        self._emit_position()
        self._sync_timer()

    def _sync_timer(self) -> None:
        active = self.backend.state in (PlaybackState.OPENING, PlaybackState.PLAYING) or self.playback.checking
        if active and not self._timer.isActive():
            self._timer.start()
        elif not active and self._timer.isActive():
            self._timer.stop()

    def _emit_position(self, force: bool = False) -> None:
        position = self.backend.position_ms()
        if force or position != self._last_position:
            self._last_position = position
            self.positionChanged.emit(position)

    def _on_event(self, event: MediaEvent) -> None:
        self.stateChanged.emit(event.state.value)
        if event.state is PlaybackState.ERROR:
            self.problemChanged.emit(event.problem.value if event.problem else "", event.message)
        elif event.state in (PlaybackState.IDLE, PlaybackState.OPENING):
            self.problemChanged.emit("", "")
        if event.state is PlaybackState.ENDED:
            self._emit_position(force=True)
            self.ended.emit()
        self._sync_timer()

    def _on_cue(self, cue: Cue) -> None:
        self._emit_position(force=True)
        self.cueReached.emit(cue)
