"""Real libvlc (dummy sound and picture outputs) on generated clips, without Qt."""

from __future__ import annotations

import time

import pytest

from cos_desktop.media.backend import Clip, PlaybackState, Problem
from cos_desktop.media.factory import create_backend
from cos_desktop.media.null_backend import NullBackend
from cos_desktop.media.playback import Cue, Playback
from cos_desktop.media.vlc_backend import VlcBackend

# libvlc reports time in ~250 ms steps; positions are compared with this tolerance.
TOLERANCE_MS = 300


@pytest.fixture
def backend():
    b = create_backend(embedded=False, options=["--aout=dummy", "--vout=dummy"])
    assert isinstance(b, VlcBackend), b.unavailable_reason
    yield b
    b.release()


@pytest.fixture
def playback(backend):
    p = Playback(backend)
    p.events = []
    p.cues_hit = []
    p.on_event = p.events.append
    p.on_cue = p.cues_hit.append
    yield p
    p.close()


def run_until(playback: Playback, condition, timeout: float = 10.0, sample=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        playback.tick()
        if sample is not None:
            sample(playback.backend)
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out; state {playback.backend.state}, message {playback.backend.message!r}")


def states(playback):
    return [e.state for e in playback.events]


def test_plays_a_clip_to_its_end_and_reports_the_end(playback, clips):
    assert playback.open(str(clips.good), Clip()).problems == []  # the file alone looks fine
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED)
    info = playback.info  # the full check finished while it played
    assert not playback.checking
    assert info.problems == [] and info.video_tracks == 1 and info.audio_tracks == 1
    assert abs(info.duration_ms - clips.GOOD_MS) < 100
    assert PlaybackState.PLAYING in states(playback)
    assert states(playback)[-1] is PlaybackState.ENDED
    assert abs(playback.backend.position_ms() - clips.GOOD_MS) <= TOLERANCE_MS


def test_pause_holds_the_position_and_play_resumes(playback, clips):
    playback.open(str(clips.good), Clip())
    playback.play()
    run_until(playback, lambda: playback.backend.position_ms() >= 1000)
    playback.pause()
    assert playback.backend.state is PlaybackState.PAUSED
    held = playback.backend.position_ms()
    time.sleep(0.5)
    playback.tick()
    assert playback.backend.position_ms() == held
    assert playback.backend._player.get_time() <= held  # libvlc itself has not moved on
    playback.play()
    run_until(playback, lambda: playback.backend.position_ms() >= held + 500)
    assert playback.backend.state is PlaybackState.PLAYING


def test_seek_moves_within_the_clip(playback, clips):
    playback.open(str(clips.good), Clip())
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.PLAYING)
    playback.pause()
    playback.seek(3000)
    assert abs(playback.backend.position_ms() - 3000) <= TOLERANCE_MS
    playback.play()
    run_until(playback, lambda: playback.backend._player.get_time() >= 3000, timeout=3)
    playback.seek(-5000)  # before the start: kept at the start
    assert playback.backend.position_ms() <= TOLERANCE_MS
    playback.seek(60_000)  # past the end: kept inside the clip
    assert playback.backend.position_ms() <= clips.GOOD_MS


def test_clip_plays_only_between_its_start_and_end(playback, clips):
    playback.open(str(clips.good), Clip(1500, 2800))
    seen = []
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED,
              sample=lambda b: b.state is PlaybackState.PLAYING and seen.append(b._player.get_time()))
    real = [t for t in seen if t > 0]
    assert real, "libvlc never reported a time"
    assert min(real) >= 1500 - TOLERANCE_MS
    assert max(real) <= 2800 + TOLERANCE_MS
    assert abs(playback.backend.position_ms() - 2800) <= TOLERANCE_MS
    # Playing again starts the clip from its start.
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.PLAYING)
    assert playback.backend.position_ms() < 2000


def test_pause_points_stop_the_video_within_0_3_seconds_and_play_continues(playback, clips):
    cues = [Cue(1200, "What do you notice?"), Cue(2600, "What might the child need?")]
    playback.open(str(clips.good), Clip(), cues)
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.PAUSED)
    assert playback.cues_hit == [cues[0]]
    assert playback.current_cue == cues[0]
    assert abs(playback.backend.position_ms() - 1200) <= TOLERANCE_MS
    time.sleep(0.4)
    playback.tick()
    assert playback.backend.state is PlaybackState.PAUSED  # stays paused until asked
    assert playback.backend._player.get_time() <= 1200 + TOLERANCE_MS
    playback.play()
    run_until(playback, lambda: len(playback.cues_hit) == 2)
    assert abs(playback.backend.position_ms() - 2600) <= TOLERANCE_MS
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED)
    assert len(playback.cues_hit) == 2


def test_seeking_back_before_a_pause_point_arms_it_again(playback, clips):
    cue = Cue(1000, "Again?")
    playback.open(str(clips.good), Clip(), [cue])
    playback.play()
    run_until(playback, lambda: playback.cues_hit == [cue])
    playback.seek(200)
    playback.play()
    run_until(playback, lambda: len(playback.cues_hit) == 2)
    assert abs(playback.backend.position_ms() - 1000) <= TOLERANCE_MS


def test_volume_and_mute_carry_over_to_the_next_video(playback, clips):
    # (libvlc's dummy sound output has no volume of its own to read back.)
    playback.open(str(clips.good), Clip())
    playback.backend.set_volume(140)
    assert playback.backend.volume() == 100  # kept within 0-100
    playback.backend.set_volume(40)
    playback.backend.set_muted(True)
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.PLAYING)
    playback.open(str(clips.silent), Clip())
    assert playback.backend.volume() == 40 and playback.backend.muted()


def test_a_file_cut_short_is_caught_even_when_libvlc_just_ends_early(backend, clips):
    """libvlc gives no error for a truncated file, only an early end: the backend notices."""
    events = []
    backend.add_listener(events.append)
    backend.load(str(clips.truncated), Clip())  # straight to the player, no check first
    backend.play()
    deadline = time.monotonic() + 8
    while backend.state not in (PlaybackState.ENDED, PlaybackState.ERROR) and time.monotonic() < deadline:
        backend.poll()
        time.sleep(0.01)
    assert backend.state is PlaybackState.ERROR
    assert backend.problem is Problem.TRUNCATED
    assert "cut short" in backend.message and "truncated.mp4" in backend.message


def test_a_broken_libvlc_gives_the_null_backend_with_the_reason(monkeypatch):
    from cos_desktop.media import factory

    def broken(*args, **kwargs):
        raise OSError("libvlc.so.5: cannot open shared object file")

    monkeypatch.setattr(factory, "create_vlc_backend", broken)
    backend = factory.create_backend()
    assert isinstance(backend, NullBackend) and not backend.available
    assert "libvlc.so.5" in backend.unavailable_reason
    playback = Playback(backend)
    playback.open("/videos/chapter1.mp4", Clip())
    assert backend.state is PlaybackState.ERROR and backend.problem is Problem.NO_PLAYER
    assert "VLC" in backend.message and "install" in backend.message.lower()
