"""Nothing crashes: every live window and dialog opened and closed, in a child process."""

from __future__ import annotations

import pytest

from tests.journeys.conftest import explain

pytestmark = pytest.mark.xvfb


def test_every_live_window_opens_and_closes_three_ways_without_a_crash(journey):
    result = journey("every_live_window")
    assert result.returncode == 0, explain(result)
    assert (result.out / "summary.png").exists()


def test_an_error_in_a_slot_is_logged_told_calmly_and_the_session_goes_on(journey):
    result = journey("slot_error", extra_env={"COS_DESKTOP_NONINTERACTIVE": "0"})
    assert result.returncode == 0, explain(result)


def test_bad_input_mid_session_gives_a_message_never_a_crash_or_a_lost_note(journey):
    result = journey("bad_input")
    assert result.returncode == 0, explain(result)


def test_the_questions_asked_at_the_laptop_close_every_way_without_a_crash(journey):
    result = journey("interactive_dialogs", extra_env={"COS_DESKTOP_NONINTERACTIVE": "0"})
    assert result.returncode == 0, explain(result)
