"""The backend used when libvlc is missing or fails to start: it plays nothing and says why."""

from __future__ import annotations

from cos_desktop.core.translation import translate
from cos_desktop.media.backend import Clip, MediaBackend, MediaInfo, PlaybackState, Post, Problem, describe


class NullBackend(MediaBackend):
    name = "none"

    def __init__(self, reason: str = "", post: Post | None = None):
        super().__init__(post)
        self._reason = reason or translate("Media", "VLC could not be loaded.")
        self._volume = 100
        self._muted = False

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def probe(self, location: str, *, decode: bool = False, timeout_ms: int = 3000) -> MediaInfo:
        return MediaInfo(location=location, problems=[Problem.NO_PLAYER], details={"reason": self._reason})

    def load(self, location: str, clip: Clip | None = None, *, expected_duration_ms: int | None = None) -> None:
        self.location = location
        self.clip = clip or Clip()
        self.expected_duration_ms = expected_duration_ms
        self._set_state(PlaybackState.ERROR, Problem.NO_PLAYER, describe(Problem.NO_PLAYER))

    def play(self) -> None:
        if self.location:
            self._set_state(PlaybackState.ERROR, Problem.NO_PLAYER, describe(Problem.NO_PLAYER))

    def pause(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def seek(self, ms: int) -> None:
        pass

    def position_ms(self) -> int:
        return self.clip.start_ms

    def duration_ms(self) -> int | None:
        return None

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)

    def muted(self) -> bool:
        return self._muted

    def set_output(self, kind: str, handle: int | None) -> None:
        pass

    def release(self) -> None:
        self._released = True
        self._listeners.clear()
