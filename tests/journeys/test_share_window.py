"""Online delivery: the projector shared as a window in a video call, on a real X server with a window manager."""

from __future__ import annotations

import pytest

from tests.journeys.conftest import explain

pytestmark = pytest.mark.xvfb


def test_an_online_session_in_a_shared_window_with_a_picture_a_long_message_and_a_video(journey):
    result = journey("share_window")
    assert result.returncode == 0, explain(result)
    for name in ("share-picture", "presenter-picture", "share-long-message", "presenter-message", "share-video",
                 "projector-message"):
        assert (result.out / f"{name}.png").exists()
