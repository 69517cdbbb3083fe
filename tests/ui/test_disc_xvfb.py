"""A DVD title drawn into our own native window under a real X server (run under xvfb-run, xcb)."""

from __future__ import annotations

import pytest

from cos_desktop.core.disc import link_for
from cos_desktop.media.backend import Clip, PlaybackState
from cos_desktop.media.disc_reader import read_disc
from cos_desktop.media.playback import Cue
from tests.ui.test_video_xvfb import grab, panel  # noqa: F401 (the native panel fixture)

pytestmark = pytest.mark.xvfb


def shown_ms(surface) -> int:
    """Title 2's frame N has grey level 16 + 2N: the picture itself tells the time shown."""
    image = grab(surface)
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    return round(centre.green() * 219 / 255 / 2) * 40


def test_a_disc_clip_pauses_on_the_frame_of_its_pause_point(panel, qtbot, test_disc, tmp_path):
    assert panel.surface.attach(panel.controller.backend)
    location = link_for(read_disc(test_disc.copy_iso(tmp_path)), 2).location()
    panel.controller.open(location, Clip(1000, 2800), [Cue(2000, "What does the child need?")])
    with qtbot.waitSignal(panel.controller.cueReached, timeout=10_000):
        panel.controller.play()
    qtbot.wait(400)  # the picture settles
    assert panel.controller.state is PlaybackState.PAUSED
    assert panel.cue_prompt.isVisible()
    frame_ms = shown_ms(panel.surface)
    grab(panel.surface).save(str(tmp_path / "disc-paused.png"))
    assert abs(frame_ms - 2000) <= 300, f"paused on the frame at {frame_ms} ms for a pause point at 2000 ms"
