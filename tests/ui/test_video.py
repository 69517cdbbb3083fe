"""Videos in the window: every bad input through the same controller and panel the app uses,
linking (dialog, drag-and-drop), Locate..., the preview with its pause points, and the check."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from cos_desktop.app import make_application
from cos_desktop.media.backend import Clip, PlaybackState
from cos_desktop.media.playback import Cue
from cos_desktop.ui.main_window import MainWindow
from cos_desktop.ui.video.video_controller import VideoController
from cos_desktop.ui.video.video_panel import VideoPanel


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A message box would wait for a click forever here: fail instead, unless a test answers it."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def panel(qtbot):
    make_application()
    controller = VideoController()
    assert controller.available, controller.backend.unavailable_reason
    widget = VideoPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    controller.release()


def play_until_settled(qtbot, controller, timeout=10_000):
    controller.play()
    qtbot.waitUntil(lambda: controller.state in (PlaybackState.ENDED, PlaybackState.ERROR), timeout=timeout)


def fix_names(panel):
    return [b.text() for b in panel.banner.fix_buttons()]


@pytest.mark.parametrize("name, words, fixes", [
    ("missing", "cannot be found", ["Locate..."]),
    ("empty", "empty (0 bytes)", ["Locate..."]),
    ("text", "not a video", ["Locate..."]),
    ("random", "damaged or incomplete", ["Locate..."]),
    ("truncated", "cut short", ["Locate..."]),
    ("unsupported", "cannot decode", ["Open in the system player", "Locate..."]),
    ("unreachable", "cannot be opened", ["Open in the web browser"]),
])
def test_each_bad_input_shows_a_clear_message_and_the_next_video_still_plays(panel, qtbot, clips, name, words, fixes):
    location = {
        "missing": str(clips.folder / "not-here.mp4"),
        "unreachable": "http://127.0.0.1:9/chapter-1.mp4",
    }.get(name) or str(getattr(clips, name))
    controller = panel.controller
    controller.open(location, Clip())
    play_until_settled(qtbot, controller)
    assert controller.state is PlaybackState.ERROR
    assert panel.banner.isVisible() and words in panel.banner.label.text()
    assert fix_names(panel) == fixes
    assert not panel.controls.play_button.isEnabled()
    # The session goes on: the next video opens and plays.
    controller.open(str(clips.good), Clip(0, 1000))
    assert not panel.banner.isVisible()
    play_until_settled(qtbot, controller)
    assert controller.state is PlaybackState.ENDED


def test_a_path_with_spaces_and_non_latin_letters_plays(panel, qtbot, clips):
    panel.controller.open(str(clips.unicode), Clip(2500, None))
    play_until_settled(qtbot, panel.controller)
    assert panel.controller.state is PlaybackState.ENDED
    assert not panel.banner.isVisible()


def test_a_clip_end_beyond_the_video_warns_and_plays_to_the_end(panel, qtbot, clips):
    panel.controller.open(str(clips.good), Clip(2500, 60_000))
    qtbot.waitUntil(lambda: "only 0:04 long" in panel.warning_label.text(), timeout=5000)
    assert panel.warning_label.isVisible()
    play_until_settled(qtbot, panel.controller)
    assert panel.controller.state is PlaybackState.ENDED
    assert panel.controls.time_label.text().endswith("/ 0:01")


def test_a_file_deleted_during_playback_is_reported_and_nothing_hangs(panel, qtbot, clips, tmp_path):
    copy = tmp_path / "borrowed.mp4"
    shutil.copyfile(clips.good, copy)
    panel.controller.open(str(copy), Clip())
    panel.controller.play()
    qtbot.waitUntil(lambda: panel.controller.state is PlaybackState.PLAYING, timeout=5000)
    copy.unlink()
    qtbot.waitUntil(lambda: "moved or deleted while playing" in panel.warning_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: panel.controller.state in (PlaybackState.ENDED, PlaybackState.ERROR), timeout=10_000)
    panel.controller.open(str(copy), Clip())
    assert "cannot be found" in panel.banner.label.text()


def test_pause_point_shows_its_prompt_and_the_next_press_continues(panel, qtbot, clips):
    controller = panel.controller
    controller.open(str(clips.good), Clip(), [Cue(1000, "What did the child need just then?")])
    with qtbot.waitSignal(controller.cueReached, timeout=5000):
        controller.play()
    assert controller.state is PlaybackState.PAUSED
    assert abs(controller.position() - 1000) <= 300
    assert panel.cue_prompt.isVisible()
    assert panel.cue_prompt.text.text() == "What did the child need just then?"
    assert panel.controls.play_button.text() == "Carry on (Space)"
    controller.toggle()  # what Space does
    assert not panel.cue_prompt.isVisible()
    qtbot.waitUntil(lambda: controller.position() > 1500, timeout=5000)


def test_controls_seek_and_show_the_clip_time(panel, qtbot, clips):
    controller = panel.controller
    controller.open(str(clips.good), Clip(1000, 4000))
    assert panel.controls.slider.minimum() == 1000 and panel.controls.slider.maximum() == 4000
    controller.play()
    qtbot.waitUntil(lambda: controller.state is PlaybackState.PLAYING, timeout=5000)
    panel.controls.play_button.click()
    assert controller.state is PlaybackState.PAUSED
    panel.controls.forward_button.click()  # +10 s: kept inside the clip
    assert controller.position() >= 3800
    panel.controls.back_button.click()
    assert controller.position() == 1000
    assert panel.controls.time_label.text() == "0:00 / 0:03"
    panel.controls.volume.setValue(30)
    panel.controls.mute_button.click()
    assert controller.backend.volume() == 30 and controller.backend.muted()


# ---- in the main window -------------------------------------------------------------------
@pytest.fixture
def window(qtbot, sqlite_url):
    make_application()
    win = MainWindow(sqlite_url, load_demo=True)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database()
    win.programme.select_chapter(2)  # the demo delivered chapter 1, whose videos stay as they were on the day
    yield win
    for dialog in (win.videos.preview_dialog, win.videos.preflight_dialog):
        if dialog is not None:
            dialog.close()
    win.close_database()


def select_segment(window, title_part):
    table = window.programme.segment_table
    for row in range(table.rowCount()):
        if title_part in table.item(row, 3).text():
            table.setCurrentCell(row, 0)
            return window.programme.current_segment()
    raise AssertionError(title_part)


def video_cell(window):
    table = window.programme.segment_table
    return table.item(table.currentRow(), 4)


def drop_file(window, path, row):
    table = window.programme.segment_table
    viewport = table.viewport()
    rect = table.visualRect(table.model().index(row, 3))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = rect.center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_dropping_a_file_on_a_segment_links_it(window, clips):
    segment = select_segment(window, "part 2")
    row = window.programme.segment_table.currentRow()
    assert video_cell(window).text() == "Not linked yet"
    assert drop_file(window, clips.unicode, row)
    window.session.expire_all()
    assert segment.media_item is not None and segment.media_item.location == str(clips.unicode)
    assert video_cell(window).text() == "Chapter 2 video, part 2"
    assert window.programme.segment_table.currentRow() == row


def test_missing_files_are_marked_and_locate_relinks_the_others_in_that_folder(window, clips, tmp_path, monkeypatch):
    folder = tmp_path / "videos"
    folder.mkdir()
    shutil.copyfile(clips.good, folder / "part1.mp4")
    shutil.copyfile(clips.gray, folder / "part2.mp4")
    first = select_segment(window, "part 1")
    assert window.videos.link_file(str(folder / "part1.mp4"))
    second = select_segment(window, "part 2")
    assert window.videos.link_file(str(folder / "part2.mp4"))
    moved = tmp_path / "moved"
    shutil.move(str(folder), str(moved))
    window.programme.refresh()
    select_segment(window, "part 1")
    assert video_cell(window).text().startswith("Missing: ")
    assert "Locate" in window.programme.details.toPlainText()
    assert window.videos.locate_action.isEnabled()
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.videos.locate(str(moved / "part1.mp4"))
    assert "part2.mp4" in asked[0]
    window.session.expire_all()
    assert first.media_item.location == str(moved / "part1.mp4")
    assert second.media_item.location == str(moved / "part2.mp4")
    assert not video_cell(window).text().startswith("Missing")


def test_preview_adds_edits_and_deletes_pause_points_with_undo(window, qtbot, clips):
    from cos_desktop.db.demo import demo_clip_copy

    segment = select_segment(window, "part 1")  # chapter 2's first video: the demo clip linked to it
    assert window.videos.link_file(str(demo_clip_copy()))
    dialog = window.videos.preview()
    controller = dialog.controller
    controller.play()
    qtbot.waitUntil(lambda: controller.state is PlaybackState.PLAYING, timeout=5000)
    controller.pause()
    controller.seek(4000)
    assert dialog.add_pause_point(prompt="")
    dialog.points.closePersistentEditor(dialog.points.item(0, 1))
    dialog.points.item(0, 1).setText("What might the child be feeling?")
    window.session.expire_all()
    assert [(p.at_ms, p.prompt) for p in segment.pause_points] == [(4000, "What might the child be feeling?")]
    assert not dialog.add_pause_point(4500)  # too close to the first
    assert dialog.add_pause_point(9000, "And the parent?")
    assert dialog.points.rowCount() == 2
    dialog.points.setCurrentCell(0, 0)
    dialog.delete_selected()
    assert [p.at_ms for p in segment.pause_points] == [9000]
    window.undo_stack.undo()
    assert [p.at_ms for p in segment.pause_points] == [4000, 9000]
    assert dialog.points.rowCount() == 2
    assert [c.at_ms for c in controller.playback.cues] == [4000, 9000]
    dialog.set_clip(2000, 12000)
    assert (segment.clip_start_ms, segment.clip_end_ms) == (2000, 12000)
    assert controller.clip == Clip(2000, 12000)
    window.undo_stack.undo()
    assert (segment.clip_start_ms, segment.clip_end_ms) == (None, None)  # the whole video, as linked
    dialog.close()
    window.undo_stack.undo()  # still works with the preview closed
    assert [p.at_ms for p in segment.pause_points] == [4000]


def test_check_this_session_lists_problems_with_their_fixes(window, qtbot, clips):
    select_segment(window, "part 2")
    assert window.videos.link_file(str(clips.truncated))
    dialog = window.videos.check_session()
    assert "Not ready" in dialog.summary.text()
    texts = [w.text() for w in dialog.findChildren(type(dialog.summary))]
    assert any("cut short" in t for t in texts)
    assert dialog.fix_buttons(__import__("cos_desktop.media.backend", fromlist=["Fix"]).Fix.LOCATE)
    window.videos.locate(str(clips.good))
    dialog.show_report(window.videos.run_check())
    assert "Ready" in dialog.summary.text() and "Not ready" not in dialog.summary.text()


def test_without_libvlc_the_app_starts_and_a_video_segment_says_how_to_install_vlc(qtbot, sqlite_url, monkeypatch):
    from cos_desktop.media import factory

    def no_vlc(*args, **kwargs):
        raise OSError("libvlc.so.5: cannot open shared object file")

    monkeypatch.setattr(factory, "create_vlc_backend", no_vlc)
    make_application()
    win = MainWindow(sqlite_url, load_demo=True)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database()
    try:
        win.programme.chapter_list.setCurrentRow(0)  # the demo clip's chapter
        select_segment(win, "part 1")
        dialog = win.videos.preview()
        banner = dialog.panel.banner
        assert banner.isVisible() and "Videos need VLC" in banner.label.text()
        assert [b.text() for b in banner.fix_buttons()] == ["How to install VLC", "Open in the system player"]
        assert not dialog.panel.controls.play_button.isEnabled()
        dialog.close()
    finally:
        win.close_database()


def test_on_a_wayland_desktop_the_app_uses_xwayland_so_video_can_draw_into_its_windows(monkeypatch):
    from cos_desktop.app import prefer_x11_for_video

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    prefer_x11_for_video()
    assert __import__("os").environ["QT_QPA_PLATFORM"] == "xcb"
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")  # the user's own choice wins
    prefer_x11_for_video()
    assert __import__("os").environ["QT_QPA_PLATFORM"] == "wayland"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY")  # no XWayland: stay on Wayland
    prefer_x11_for_video()
    assert "QT_QPA_PLATFORM" not in __import__("os").environ
