"""A whole chapter run by a facilitator's keys alone, two screens, real libvlc, a window manager."""

from __future__ import annotations

import pytest

from tests.journeys.conftest import explain

pytestmark = pytest.mark.xvfb


def test_a_whole_chapter_by_clicker_keys_with_a_note_typed_mid_segment(journey):
    result = journey("chapter_by_clicker")
    assert result.returncode == 0, explain(result)
    for name in ("presenter-note-open", "presenter-pause-point", "projector-video", "summary-after-clicker-chapter"):
        assert (result.out / f"{name}.png").exists()
