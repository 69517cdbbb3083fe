"""The journeys, each a function of the database URL, run by driver.py in a child process."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.journeys.driver import (
    button_named,
    click,
    click_item,
    close_three_ways,
    close_window,
    on_modal,
    open_main_window,
    press,
    settle,
    shoot,
    wait_until,
)

WAYS = ("button", "esc", "close")


def _visible_top(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def _start_dialog_closed(window, how: str) -> None:
    def close(dialog) -> None:
        if how == "button":
            click(button_named(dialog, "Cancel"))
        elif how == "esc":
            press(Qt.Key.Key_Escape)
        else:
            close_window(dialog)

    on_modal(close)
    press(Qt.Key.Key_F5)  # Session > Start session... on the main window
    assert window.live_session is None, f"the start dialog closed by {how} opened a session"


def _open_presenter(window):
    on_modal(lambda dialog: click(button_named(dialog, "Open presenter")))
    press(Qt.Key.Key_F5)
    wait_until(lambda: window.live_session is not None and window.live_session.presenter.isVisible(),
               what="the presenter")
    live = window.live_session
    wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter to take the focus")
    return live


def _select_video_segment(window, chapter_row: int):
    """Clicks on the programme: the chapter, then its first video segment."""
    programme = window.programme
    window.tabs.setCurrentWidget(programme)
    chapters = programme.chapter_list
    click_item(chapters, chapters.visualItemRect(chapters.item(chapter_row)))
    table = programme.segment_table
    chapter = programme.current_chapter()
    row = next(i for i, s in enumerate(chapter.segments) if s.kind == "video" and s.media_item is not None)
    click_item(table, table.visualItemRect(table.item(row, 3)))
    return row


def every_live_window(url: str) -> None:
    """Open every live window and dialog, and close each by its button, Esc and the window's close."""
    window = open_main_window(url)
    for how in WAYS:
        _start_dialog_closed(window, how)
    live = _open_presenter(window)
    presenter = live.presenter
    shoot(presenter, "presenter-before-start")
    for how in WAYS:
        close_three_ways(lambda: (press(Qt.Key.Key_F1), presenter._help)[1], how, "Close")
        presenter.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is presenter, 5, "the presenter back")
    press(Qt.Key.Key_F5)
    press(Qt.Key.Key_PageDown)  # the first video: its panel and the projector's picture
    settle(400)
    press(Qt.Key.Key_Space)
    settle(800)
    press(Qt.Key.Key_PageDown)
    # End from the button: the question, then "End now"; the summary opens by itself.
    click(presenter.end_button)
    click(button_named(presenter, "End now"))
    wait_until(lambda: _visible_top("sessionSummary") is not None or window.last_summary_dialog is not None,
               what="the summary")
    summary = window.last_summary_dialog
    wait_until(summary.isVisible, what="the summary to show")
    shoot(summary, "summary")
    click(button_named(summary, "Close"))
    # The presenter's Close presenter button, then the group's saved summary three ways.
    click(presenter.end_button)
    wait_until(lambda: window.live_session is None, what="the presenter to close")
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, 5, "the main window back")
    for how in WAYS:
        def open_summary():
            from PySide6.QtTest import QTest

            bar = window.tabs.tabBar()
            click_at(bar, bar.tabRect(window.tabs.indexOf(window.group_page)).center())
            schedule = window.schedule
            row = next(i for i, run in enumerate(window.current_group().sessions) if run.summary_json)
            QTest.mouseClick(schedule.viewport(), Qt.MouseButton.LeftButton,
                             pos=schedule.visualItemRect(schedule.item(row, 0)).center())
            before = window.last_summary_dialog
            action = next(a for a in window.session_menu.actions() if a.objectName() == "sessionSummary")
            action.trigger()  # Session > Session summary
            assert window.last_summary_dialog is not before, f"no summary for row {row}"
            return window.last_summary_dialog
        close_three_ways(open_summary, how, "Close")
        window.activateWindow()
    # The presenter closed by the window's close, mid-session (a rehearsal of the same chapter).
    live = _open_presenter(window)
    press(Qt.Key.Key_F5)
    close_window(live.presenter)
    wait_until(lambda: window.live_session is None, what="the session to close with its presenter")
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, 5, "the main window back")
    # Check this session (Ctrl+Shift+K) three ways.
    _select_video_segment(window, 1)
    for how in WAYS:
        def open_check():
            press_shortcut(window, "ctrl+shift+k")
            return window.videos.preflight_dialog
        close_three_ways(open_check, how, "Close")
        window.activateWindow()
    # Preview and pause points three ways, then once while playing.
    preview_button = window.findChild(type(presenter.end_button), "previewVideoButton")
    for how in (*WAYS, "playing"):
        def open_preview():
            click(preview_button)
            return window.videos.preview_dialog
        if how == "playing":
            dialog = open_preview()
            wait_until(dialog.isVisible, what="the preview")
            dialog.activateWindow()
            settle(200)
            press(Qt.Key.Key_Space)
            wait_until(lambda: dialog.controller.state.value == "playing", what="the preview to play")
            settle(500)
            shoot(dialog, "preview-playing")
            click(button_named(dialog, "Close"))
            settle(400)
        else:
            close_three_ways(open_preview, how, "Close")
        window.activateWindow()
    # Bad input: the app closed with the preview open and playing.
    dialog = (click(preview_button), window.videos.preview_dialog)[1]
    wait_until(dialog.isVisible, what="the preview")
    dialog.activateWindow()
    settle(200)
    press(Qt.Key.Key_Space)
    settle(600)
    close_window(window)
    settle(500)


def click_at(widget, pos) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    settle(100)


def press_shortcut(window, sequence: str) -> None:
    """A menu shortcut typed on the keyboard (through the X server), e.g. "ctrl+shift+k"."""
    import subprocess

    subprocess.run(["xdotool", "key", "--clearmodifiers", sequence], check=True, timeout=10)
    settle(300)


def slot_error(url: str) -> None:
    """An exception in a slot: logged with its traceback, told calmly, and the session carries on."""
    from cos_desktop.core.paths import log_dir
    from cos_desktop.logging_setup import LOG_FILE, setup_logging
    from cos_desktop.ui import crash_guard
    from cos_desktop.ui.live.presenter_controller import PresenterController

    setup_logging()
    window = open_main_window(url, video=False)
    live = _open_presenter(window)
    press(Qt.Key.Key_F5)

    def broken(self) -> None:
        raise RuntimeError("the blank screen broke")

    PresenterController.toggle_blank = broken  # setup: a fault planted where B lands
    press(Qt.Key.Key_B)
    settle(200)
    box = next((w for w in QApplication.topLevelWidgets()
                if w.isVisible() and "did not work" in getattr(w, "text", lambda: "")()), None)
    assert box is not None, "no calm message"
    assert "the blank screen broke" in box.text()
    assert not box.isModal()
    # The session goes on: the clicker still moves it, the presenter keeps the keys.
    live.presenter.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter back")
    press(Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 1
    text = (log_dir() / LOG_FILE).read_text(encoding="utf-8")
    assert "uncaught exception" in text and "Traceback" in text and "the blank screen broke" in text
    assert len(crash_guard.problems) == 1
    crash_guard.problems.clear()  # expected here: the verdict is about anything else
