"""One screen, a real X server: the window shared in a video call plays the video (in a child
process, so a native crash in libvlc fails this test instead of ending the run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QGuiApplication

from cos_desktop.app import make_application
from tests.conftest import ROOT

pytestmark = pytest.mark.xvfb

SCRIPT = textwrap.dedent(
    """
    import json, sys, tempfile
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from cos_desktop.app import make_application
    from cos_desktop.core.clock import FakeClock
    from cos_desktop.db.models import MediaItem
    from cos_desktop.ui import preferences
    from cos_desktop.ui.main_window import MainWindow

    def settle(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def key(k):
        QTest.keyClick(QApplication.focusWidget() or live.presenter, k)
        settle(60)

    app = make_application()
    preferences.write(preferences.PROJECTOR_SHARED_WINDOW, True)
    window = MainWindow("sqlite:///" + tempfile.mkdtemp() + "/one.sqlite3")
    window.show()
    window.open_database()
    window.load_demo_group()
    run = window.current_group().sessions[0]
    video_at = next(i for i, s in enumerate(run.chapter.segments) if s.kind == "video")
    segment = run.chapter.segments[video_at]
    segment.media_item = MediaItem(title="clip", location=sys.argv[1])
    segment.clip_start_ms, segment.clip_end_ms = 0, None
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=None, clock=FakeClock())
    settle(300)
    live.presenter.activateWindow()
    settle(200)
    key(Qt.Key.Key_F5)
    for _ in range(video_at):
        key(Qt.Key.Key_PageDown)
    settle(300)
    key(Qt.Key.Key_Space)
    for _ in range(100):
        if live.video.controller.state.value == "playing":
            break
        settle(50)
    settle(1200)
    shared = live.projector
    shared.raise_()
    settle(300)
    surface = live.video.projector_surface
    image = surface.screen().grabWindow(int(surface.winId())).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)}
    result = {"screens": len(QGuiApplication.screens()), "state": live.video.controller.state.value,
              "page": shared.pages.currentIndex(), "video_page": shared.VIDEO_PAGE,
              "size": [shared.width(), shared.height()], "full": shared.isFullScreen(),
              "presenter_full": live.presenter.isFullScreen(), "colours": len(colours),
              "laptop_picture": live.presenter.content_widget.surface is not None}
    key(Qt.Key.Key_Space)
    live.close()
    window.close_database()
    print(json.dumps(result))
    """
)


def test_one_screen_the_video_plays_in_the_shared_window(tmp_path, clips):
    make_application()
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs the xcb platform (QT_QPA_PLATFORM=xcb under xvfb-run)")
    script = tmp_path / "one_screen_share.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "COS_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(script), str(clips.good)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == 1
    assert result["state"] == "playing" and result["page"] == result["video_page"]
    assert result["size"] == [1280, 720] and not result["full"] and not result["presenter_full"]
    assert result["colours"] > 8, "the shared window shows no moving picture"
    assert not result["laptop_picture"]  # the laptop keeps the controls, the picture is in the shared window
