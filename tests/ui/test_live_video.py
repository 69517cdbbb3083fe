"""Videos in a live session (offscreen Qt, real libvlc with dummy outputs, a fake session clock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cos_desktop.core.clock import FakeClock
from cos_desktop.core.live_run import RunState
from cos_desktop.db.models import PausePoint
from cos_desktop.media.backend import PlaybackState
from cos_desktop.ui.live.live_video import LiveVideo
from cos_desktop.ui.live.projector_window import ProjectorWindow
from cos_desktop.ui.video.video_panel import VideoPanel

PROMPT = "What did the child need just then?"


@pytest.fixture
def window(main_window_factory, monkeypatch):
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: pytest.fail(f"message box: {a[1:3]}"))
    return main_window_factory(demo=True)


def open_on_video(window, qtbot, *, clip_end_ms=2500, pause_at_ms=1000, projector=False, monkeypatch=None):
    """A rehearsal of the demo chapter 1, started and moved to its first (linked) video segment."""
    group = window.current_group()
    run = group.sessions[0]
    segment = next(s for s in run.chapter.segments if s.kind == "video")
    segment.clip_start_ms, segment.clip_end_ms = 0, clip_end_ms
    segment.pause_points = [PausePoint(at_ms=pause_at_ms, prompt=PROMPT)] if pause_at_ms else []
    window.session.commit()
    if monkeypatch is not None:
        monkeypatch.setattr(LiveVideo, "projector_mode", lambda self: projector)
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=None, clock=FakeClock(), start=True)
    live.controller.jump(segment.position - 1)
    qtbot.wait(10)  # the panel is placed, then the picture attached
    return live, segment


def press(qtbot, live, key):
    qtbot.keyClick(live.presenter, key)


def test_space_plays_the_video_and_the_clicker_still_steps_segments(window, qtbot, monkeypatch):
    live, segment = open_on_video(window, qtbot, pause_at_ms=None, monkeypatch=monkeypatch)
    video = live.video
    panel = live.presenter.content_widget
    assert isinstance(panel, VideoPanel) and panel.surface is not None  # one screen: the picture is here
    assert panel.controls.full_screen_button is not None
    press(qtbot, live, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: video.controller.state is PlaybackState.PLAYING, timeout=5000)
    assert live.controller.snapshot().state is RunState.RUNNING  # Space did not pause the session
    press(qtbot, live, Qt.Key.Key_Space)
    assert video.controller.state is PlaybackState.PAUSED
    press(qtbot, live, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == segment.position  # the next segment
    assert live.presenter.content_widget is None and video.controller.state is PlaybackState.IDLE
    press(qtbot, live, Qt.Key.Key_Space)  # not a video segment: Space pauses the session again
    assert live.controller.snapshot().state is RunState.PAUSED


def test_a_pause_point_stops_the_video_shows_the_prompt_only_on_the_laptop_and_the_next_key_continues(
        window, qtbot, monkeypatch):
    live, segment = open_on_video(window, qtbot, projector=True, monkeypatch=monkeypatch)
    video = live.video
    panel = live.presenter.content_widget
    assert panel.surface is None  # with a projector the laptop keeps only the controls
    with qtbot.waitSignal(video.controller.cueReached, timeout=5000):
        press(qtbot, live, Qt.Key.Key_Space)
    assert video.controller.state is PlaybackState.PAUSED
    assert abs(video.controller.position() - 1000) <= 300
    assert panel.cue_prompt.isVisible() and panel.cue_prompt.text.text() == PROMPT
    assert live.projector.pages.currentIndex() == ProjectorWindow.VIDEO_PAGE
    assert not any(PROMPT in text for text in live.projector.visible_texts())
    press(qtbot, live, Qt.Key.Key_PageDown)  # the next key press carries the video on...
    assert video.controller.state is PlaybackState.PLAYING
    assert live.controller.snapshot().current == segment.position - 1  # ...instead of stepping
    assert not panel.cue_prompt.isVisible()
    # At the clip's end the projector shows the segment's title, never the desktop.
    qtbot.waitUntil(lambda: video.controller.state is PlaybackState.ENDED, timeout=8000)
    assert live.projector.pages.currentIndex() == ProjectorWindow.SEGMENT_PAGE
    assert live.projector.segment_label.text() == segment.title
    live.controller.end()
    assert [(p.segment_position, p.at_ms, p.prompt) for p in live.summary.pause_points_reached] == [
        (segment.position, 1000, PROMPT)]


def test_a_missing_video_says_so_on_the_segment_and_the_session_goes_on(window, qtbot, monkeypatch, tmp_path):
    group = window.current_group()
    segment = next(s for s in group.sessions[0].chapter.segments if s.kind == "video")
    segment.media_item.location = str(tmp_path / "gone.mp4")
    window.session.commit()
    live, _ = open_on_video(window, qtbot, monkeypatch=monkeypatch)
    panel = live.presenter.content_widget
    assert panel.banner.isVisible() and "cannot be found" in panel.banner.label.text()
    assert [b.text() for b in panel.banner.fix_buttons()] == ["Locate..."]
    press(qtbot, live, Qt.Key.Key_Space)  # nothing to play: Space pauses the session as usual
    assert live.controller.snapshot().state is RunState.PAUSED
    press(qtbot, live, Qt.Key.Key_Space)
    press(qtbot, live, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == segment.position


def test_one_screen_full_screen_toggle_and_back_on_a_pause_point(window, qtbot, monkeypatch):
    live, _ = open_on_video(window, qtbot, monkeypatch=monkeypatch)
    video = live.video
    panel = live.presenter.content_widget
    panel.controls.full_screen_button.click()
    assert video.full_screen_window is not None and video.full_screen_window.isVisible()
    with qtbot.waitSignal(video.controller.cueReached, timeout=5000):
        video.controller.play()
    assert not video.full_screen_window.isVisible()  # the question shows on the presenter
    assert panel.cue_prompt.isVisible()


def test_unplugging_the_projector_mid_video_moves_the_video_to_the_laptop(window, qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    mode = {"projector": True}
    monkeypatch.setattr(LiveVideo, "projector_mode", lambda self: mode["projector"])
    live, _ = open_on_video(window, qtbot, clip_end_ms=4000, pause_at_ms=None)
    video = live.video
    assert live.presenter.content_widget.surface is None
    video.controller.play()
    qtbot.waitUntil(lambda: video.controller.position() > 800, timeout=5000)
    assert live.projector.pages.currentIndex() == ProjectorWindow.VIDEO_PAGE
    mode["projector"] = False
    QGuiApplication.instance().screenRemoved.emit(QGuiApplication.primaryScreen())
    qtbot.waitUntil(lambda: live.presenter.content_widget is not None
                    and live.presenter.content_widget.surface is not None
                    and video._surface is live.presenter.content_widget.surface, timeout=3000)
    assert live.projector.pages.currentIndex() == ProjectorWindow.SEGMENT_PAGE
    qtbot.waitUntil(lambda: video.controller.state is PlaybackState.PLAYING, timeout=3000)
    assert video.controller.position() >= 700  # carried on from where it was, not from the start


def test_the_presenter_checks_the_chapters_videos_before_starting(window, qtbot, monkeypatch, tmp_path):
    group = window.current_group()
    run = group.sessions[0]
    segment = next(s for s in run.chapter.segments if s.kind == "video")
    segment.media_item.location = str(tmp_path / "moved away.mp4")
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=None, clock=FakeClock())
    tabs = live.presenter.side_tabs
    check = live.video.check_view
    assert tabs.currentIndex() == live.video.check_tab
    assert tabs.tabText(live.video.check_tab) == "Videos (1 to fix)"
    assert "cannot be found" in "\n".join(label.text() for label in check.findChildren(type(check.summary)))
    answers = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: answers.append(a) or QMessageBox.StandardButton.No)
    import shutil

    from cos_desktop.core.paths import resource_path

    shutil.copyfile(resource_path("demo-clip.mp4"), tmp_path / "found.mp4")
    monkeypatch.setattr("cos_desktop.ui.planning.video_links.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "found.mp4"), ""))
    check.fix_buttons(__import__("cos_desktop.media.backend", fromlist=["Fix"]).Fix.LOCATE)[0].click()
    assert tabs.tabText(live.video.check_tab) == "Videos"
    assert segment.media_item.location == str(tmp_path / "found.mp4")


@pytest.mark.parametrize("projector", [True, False])
def test_a_video_keeps_its_place_when_the_facilitator_pages_away_and_back(window, qtbot, monkeypatch, projector):
    live, segment = open_on_video(window, qtbot, clip_end_ms=None, pause_at_ms=None, projector=projector,
                                  monkeypatch=monkeypatch)
    video = live.video.controller
    press(qtbot, live, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: video.state is PlaybackState.PLAYING and video.position() > 1200, timeout=8000)
    press(qtbot, live, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: video.state is PlaybackState.IDLE, timeout=3000)  # stopped once the room moved on
    press(qtbot, live, Qt.Key.Key_PageUp)
    panel = live.presenter.content_widget
    left = video.resume_from
    assert left is not None and left > 1000
    assert panel.controls.play_button.text().startswith("Continue from 0:0")
    assert panel.controls.restart_button.isVisible()
    press(qtbot, live, Qt.Key.Key_Space)  # carries on from there
    qtbot.waitUntil(lambda: video.state is PlaybackState.PLAYING, timeout=5000)
    assert video.position() >= left - 300
    assert panel.controls.play_button.text() == "Pause (Space)"
    press(qtbot, live, Qt.Key.Key_Space)
    assert panel.controls.play_button.text() == "Carry on (Space)" and panel.controls.restart_button.isVisible()
    qtbot.mouseClick(panel.controls.restart_button, Qt.MouseButton.LeftButton)  # or from the start
    qtbot.waitUntil(lambda: video.state is PlaybackState.PLAYING, timeout=5000)
    assert video.position() < left
