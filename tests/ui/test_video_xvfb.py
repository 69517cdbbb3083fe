"""Video drawn into our own native window under a real X server (run under xvfb-run, xcb)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from cos_desktop.app import make_application
from cos_desktop.media.backend import Clip, PlaybackState
from cos_desktop.media.playback import Cue
from cos_desktop.ui.video.video_controller import VideoController
from cos_desktop.ui.video.video_panel import VideoPanel

pytestmark = pytest.mark.xvfb


@pytest.fixture
def panel(qtbot):
    make_application()
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs the xcb platform (QT_QPA_PLATFORM=xcb under xvfb-run)")
    controller = VideoController()
    assert controller.available, controller.backend.unavailable_reason
    widget = VideoPanel(controller)
    widget.resize(480, 420)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    controller.release()


def grab(surface):
    return surface.screen().grabWindow(surface.winId()).toImage()


def colours(image, step=4):
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_the_picture_really_shows_in_the_window(panel, qtbot, clips):
    assert panel.surface is not None and panel.surface.attach(panel.controller.backend)
    before = colours(grab(panel.surface))
    assert len(before) == 1  # black before playing
    panel.controller.open(str(clips.good), Clip(), [Cue(1500, "Look at the colours")])
    with qtbot.waitSignal(panel.controller.cueReached, timeout=8000):
        panel.controller.play()
    qtbot.wait(300)
    seen = colours(grab(panel.surface))
    assert len(seen) > 8, f"the video window shows {len(seen)} colour(s)"


def test_the_paused_frame_is_within_0_3_seconds_of_the_pause_point(panel, qtbot, clips):
    """The grey clip's frame N has luma 16 + 2N, so the picture itself tells the time shown."""
    for at_ms in (1400, 3100):
        panel.controller.open(str(clips.gray), Clip(), [Cue(at_ms, "Stop here")])
        with qtbot.waitSignal(panel.controller.cueReached, timeout=8000):
            panel.controller.play()
        qtbot.wait(400)  # the picture settles
        assert panel.controller.state is PlaybackState.PAUSED
        image = grab(panel.surface)
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        frame = round(centre.green() * 219 / 255 / 2)
        shown_ms = frame * 40
        assert abs(shown_ms - at_ms) <= 300, f"paused on the frame at {shown_ms} ms for a pause point at {at_ms} ms"
