"""Video: how long from opening a video to Playing, against raw python-vlc on the same file in the
same run; and the app's peak memory while it plays a video in a live session.

    .venv/bin/python bench/video.py [runs]

Open-to-Playing: ours is the path a segment takes (Playback.open, which checks the file first,
then play() until the Playing event is delivered on our side); the baseline is python-vlc's
media_new_path + set_media + play until its Playing event. Both use a libvlc instance made
beforehand with the same options (dummy sound and picture outputs), and alternate, on the demo
clip. Medians; the ratio is ours / raw (goal <= 1.2).

Peak memory: a fresh process opens the main window with the demo group, starts chapter 1 as a
rehearsal, plays the demo clip in its video segment for a few seconds (drawn into the window
under X when DISPLAY is set, else with a dummy picture output), and reports its peak resident
memory (goal <= 300 MB).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OPTIONS = ["--aout=dummy", "--vout=dummy"]


def raw_open_to_playing(instance, path: str) -> float:
    import vlc

    playing = threading.Event()
    player = instance.media_player_new()
    player.event_manager().event_attach(vlc.EventType.MediaPlayerPlaying, lambda _e: playing.set())
    start = time.perf_counter()
    media = instance.media_new_path(path)
    player.set_media(media)
    player.play()
    playing.wait(10)
    elapsed = time.perf_counter() - start
    player.stop()
    player.release()
    media.release()
    return elapsed


def our_open_to_playing(playback, path: str) -> float:
    from cos_desktop.media.backend import Clip, PlaybackState

    backend = playback.backend
    arrived = threading.Event()
    backend._post = lambda _poll: arrived.set()  # the GUI thread would be woken the same way
    start = time.perf_counter()
    playback.open(path, Clip())
    playback.play()
    while backend.state is not PlaybackState.PLAYING:
        arrived.wait(10)
        arrived.clear()
        playback.tick()
    elapsed = time.perf_counter() - start
    playback.stop()
    return elapsed


def open_to_playing(runs: int, path: str) -> tuple[float, float]:
    import vlc

    from cos_desktop.media.playback import Playback
    from cos_desktop.media.vlc_backend import VlcBackend

    instance = vlc.Instance(["--quiet", *OPTIONS])
    backend = VlcBackend(embedded=False, options=OPTIONS)
    playback = Playback(backend)
    raw_open_to_playing(instance, path)  # warm the file cache and the plugins
    our_open_to_playing(playback, path)
    ours, raw = [], []
    for _ in range(runs):
        raw.append(raw_open_to_playing(instance, path))
        ours.append(our_open_to_playing(playback, path))
    backend.release()
    instance.release()
    return statistics.median(ours), statistics.median(raw)


CHILD = r"""
import os, resource, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from cos_desktop.app import make_application
from cos_desktop.media.backend import PlaybackState
from cos_desktop.ui.main_window import MainWindow
app = make_application()
win = MainWindow("sqlite:///" + os.path.join(os.environ["COS_DESKTOP_DATA_DIR"], "bench.sqlite3"), load_demo=True)
win.live_full_screen = False
win.show()
win.open_database()
run = win.current_group().sessions[0]
segment = next(s for s in run.chapter.segments if s.kind == "video")
live = win.open_live_session(chapter_id=run.chapter_id, run_id=None, start=True)
live.controller.jump(segment.position - 1)
def pump(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
pump(0.3)
live.video.controller.play()
pump(6)
state = live.video.controller.state
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"state {state.value} platform {app.platformName()} peak_kb {peak_kb}", flush=True)
live.close()
win.close_database()
os._exit(0)
"""


def peak_memory_mb() -> tuple[float, str]:
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, COS_DESKTOP_DATA_DIR=home, COS_DESKTOP_NONINTERACTIVE="1")
        env.setdefault("COS_DESKTOP_VLC_OPTIONS", "--aout=dummy")
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.setdefault("QT_QPA_PLATFORM", "xcb")
        done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], capture_output=True, text=True,
                              env=env, timeout=120)
        line = next((l for l in done.stdout.splitlines() if l.startswith("state")), "")
        if not line:
            raise SystemExit(f"the app did not report: {done.stderr[-2000:]}")
        parts = line.split()
        return int(parts[-1]) / 1024, f"video {parts[1]}, Qt platform {parts[3]}"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    from cos_desktop.core.paths import resource_path

    clip = str(resource_path("demo-clip.mp4"))
    ours, raw = open_to_playing(runs, clip)
    print(f"open to Playing, median of {runs} (demo clip, dummy outputs):")
    print(f"  raw python-vlc : {raw * 1000:7.1f} ms")
    print(f"  COS Desktop    : {ours * 1000:7.1f} ms")
    print(f"  ratio          : {ours / raw:7.2f}x  (goal <= 1.2x)")
    peak, how = peak_memory_mb()
    print(f"peak memory of the app playing a video in a live session: {peak:.0f} MB ({how}; goal <= 300 MB)")


if __name__ == "__main__":
    main()
