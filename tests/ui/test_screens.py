"""Screens plugged in or removed mid-session: the projector moves or becomes a window, and the
presenter keeps going."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QGuiApplication

from cos_desktop.app import make_application
from cos_desktop.core.clock import FakeClock
from cos_desktop.db import store
from cos_desktop.ui.main_window import MainWindow
from tests.conftest import ROOT


def test_screen_signals_mid_session_do_not_stop_the_presenter(qtbot, sqlite_url):
    from PySide6.QtCore import QSettings

    from cos_desktop.ui.preferences import PROJECTOR_SCREEN

    make_application()
    QSettings().remove(PROJECTOR_SCREEN.key)  # no screen chosen yet
    window = MainWindow(sqlite_url)
    window.live_full_screen = False
    qtbot.addWidget(window)
    window.show()
    assert window.open_database()
    window.load_demo_group()
    run = store.next_session(window.current_group())
    clock = FakeClock()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock, start=True)
    app = QGuiApplication.instance()
    screen = app.primaryScreen()
    app.screenAdded.emit(screen)
    app.screenRemoved.emit(screen)
    qtbot.wait(20)
    assert live.projector.isVisible() and not live.projector.isFullScreen()  # one screen: a movable window
    clock.advance(60)
    assert live.controller.next()
    assert live.projector.segment_label.text() == live.controller.segments[1].title
    live.close()
    app.screenAdded.emit(screen)  # after the session: nothing listens, nothing breaks
    window.close_database()


TWO_SCREEN_SCRIPT = textwrap.dedent(
    """
    import json, sys, tempfile
    from PySide6.QtGui import QGuiApplication
    from cos_desktop.app import make_application
    from cos_desktop.core.clock import FakeClock
    from cos_desktop.db import store
    from cos_desktop.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow("sqlite:///" + tempfile.mkdtemp() + "/two.sqlite3")
    window.show()
    window.open_database()
    window.load_demo_group()
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock(), start=True)

    def settle():
        for _ in range(20):
            app.processEvents()

    def where():
        p = live.projector
        return {"screen": QGuiApplication.screens().index(p.screen()) if p.screen() in QGuiApplication.screens() else -1,
                "full": p.isFullScreen(), "visible": p.isVisible(), "width": p.width()}

    settle()
    screens = QGuiApplication.screens()
    result = {"screens": len(screens), "start": where(),
              "presenter_screen": screens.index(live.presenter.screen())}
    primary, second = screens[0], screens[1]
    real_screens = QGuiApplication.screens
    QGuiApplication.screens = staticmethod(lambda: [primary])  # the projector is unplugged
    app.screenRemoved.emit(second)
    settle()
    result["unplugged"] = where()
    result["moved_on"] = live.controller.next()
    QGuiApplication.screens = real_screens  # plugged in again
    app.screenAdded.emit(second)
    settle()
    result["replugged"] = where()
    result["segment"] = live.controller.snapshot().current
    print(json.dumps(result))
    live.close()
    window.close_database()
    """
)


@pytest.mark.xvfb
def test_two_screens_projector_moves_when_unplugged_and_comes_back(tmp_path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-screen", "1", "1280x720x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        script = tmp_path / "two_screens.py"
        script.write_text(TWO_SCREEN_SCRIPT, encoding="utf-8")
        env = dict(os.environ, DISPLAY=":" + display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, str(script)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    finally:
        server.terminate()
        server.wait(10)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == 2 and result["presenter_screen"] == 0
    assert result["start"] == {"screen": 1, "full": True, "visible": True, "width": 1280}
    assert result["unplugged"]["screen"] == 0 and not result["unplugged"]["full"] and result["unplugged"]["visible"]
    assert result["moved_on"] is True
    assert result["replugged"] == {"screen": 1, "full": True, "visible": True, "width": 1280}
    assert result["segment"] == 1


@pytest.mark.parametrize("physical, scale", [((1366, 768), "1"), ((1920, 1080), "1"), ((1920, 1080), "1.5"),
                                             ((1920, 1080), "2")])
def test_every_countdown_fits_its_box_on_common_laptops_and_scalings(physical, scale, tmp_path):
    """1366x768 (the commonest cheap laptop) and 1920x1080 at 100, 150 and 200 % (QT_SCALE_FACTOR),
    with a 1024x768 projector: "mm:ss", "h:mm:ss" and "+mm:ss" lie inside their boxes."""
    width, height = (round(physical[0] / float(scale)), round(physical[1] / float(scale)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    result = subprocess.run([sys.executable, "-m", "tests.ui.fit_check", str(width), str(height), str(tmp_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-4000:]
    checks = json.loads(result.stdout.strip().splitlines()[-1])
    clipped = [c for c in checks if not c["fits"]]
    assert not clipped, clipped
    assert (tmp_path / f"presenter-{width}x{height}.png").exists()
