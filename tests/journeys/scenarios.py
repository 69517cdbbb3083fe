"""The journeys, each a function of the database URL, run by driver.py in a child process."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.journeys.driver import (
    button_named,
    shoot_screen,
    type_text,
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
    # The projector closed by the window's close, then back from View > Projector.
    close_window(live.projector)
    assert not live.projector.isVisible()
    window.projector_menu.aboutToShow.emit()  # the menu fills itself as it opens
    next(a for a in window.projector_menu.actions() if a.text() == "Show the projector window").trigger()
    wait_until(live.projector.isVisible, what="the projector back")
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
    _check_three_ways(window)
    _preview_three_ways_then_quit(window)


def _check_three_ways(window) -> None:
    """Check this session (Ctrl+Shift+K), closed by its button, Esc and the window's close."""
    _select_video_segment(window, 1)
    for how in WAYS:
        def open_check():
            press_shortcut(window, "ctrl+shift+k")
            return window.videos.preflight_dialog
        close_three_ways(open_check, how, "Close")
        window.activateWindow()


def _preview_three_ways_then_quit(window) -> None:
    """Preview and pause points three ways, once while playing; then the app closed with it playing."""
    preview_button = window.findChild(QPushButton, "previewVideoButton")
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


def _saved_notes(window, run_id: int) -> list[str]:
    from sqlalchemy import select

    from cos_desktop.db.engine import open_database
    from cos_desktop.db.models import Note

    db = open_database(window.database_url)
    try:
        with db.session() as session:
            return [n.text for n in session.scalars(select(Note).where(Note.run_id == run_id).order_by(Note.id))]
    finally:
        db.dispose()


def chapter_by_clicker(url: str) -> None:
    """A whole chapter by keys alone, on two screens, with a note typed mid-segment."""
    from PySide6.QtGui import QGuiApplication

    window = open_main_window(url)
    settle(300)
    shoot(window, "programme-next-session")
    on_modal(lambda dialog: press(Qt.Key.Key_Return))  # the start dialog: Enter opens the presenter
    press(Qt.Key.Key_F5)
    wait_until(lambda: window.live_session is not None, what="the presenter")
    live = window.live_session
    presenter, projector = live.presenter, live.projector
    wait_until(lambda: QApplication.activeWindow() is presenter, 5, "the presenter to take the focus")
    screens = QGuiApplication.screens()
    assert len(screens) == 2
    wait_until(lambda: projector.isVisible() and projector.screen() is screens[1], what="the projector on screen 2")
    assert presenter.screen() is screens[0]
    settle(300)
    shoot(presenter, "presenter-start")
    shoot_screen(1, "projector-start")
    _check_in_by_keys(window, live)
    _note_then_clicker(window, live)
    _page_away_and_back(window, live)
    _blank_title_timer(window, live)
    _end_by_clicker(window, live)


def _check_in_by_keys(window, live) -> None:
    """Check-in by keyboard: C, then the first parent absent, the second late, everyone else present."""
    presenter = live.presenter
    press(Qt.Key.Key_C)
    check_in = live.records.attendance
    assert QApplication.focusWidget() is check_in.list
    press(Qt.Key.Key_A)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_L)
    press(Qt.Key.Key_P, modifiers="shift")
    people = [pid for pid, _name in check_in.participants]
    assert [check_in.status_of(p).value for p in people[:3]] == ["absent", "late", "present"]
    shoot(presenter, "presenter-check-in")
    press(Qt.Key.Key_Escape)


def _note_then_clicker(window, live) -> None:
    """Start, and a note typed in the middle of the first segment; the clicker straight after."""
    presenter, controller = live.presenter, live.controller
    press(Qt.Key.Key_F5)
    assert controller.snapshot().state.value == "running"
    press(Qt.Key.Key_N)
    type_text("Clicker test.")
    assert "your note" in presenter.keys_label.text()
    press(Qt.Key.Key_PageDown)
    assert controller.snapshot().current == 1, "Page Down mid-note did not move the session"
    assert _saved_notes(window, live.run.id) == ["Clicker test."]
    press(Qt.Key.Key_B)
    assert controller.screen_mode.value == "blank" and presenter.miniature.word == "BLANK"
    press(Qt.Key.Key_Period)
    assert controller.screen_mode.value == "segment"
    assert live.records.notes.editor.text.toPlainText() == "Clicker test."
    shoot(presenter, "presenter-note-open")
    press(Qt.Key.Key_Escape)  # keys back to the session: Space plays the video
    video = live.video.controller
    press(Qt.Key.Key_Space)
    wait_until(lambda: video.current_cue is not None, 10, "the pause point")
    panel = presenter.content_widget
    assert panel.cue_prompt.isVisible() and "What did you notice?" in panel.cue_prompt.text.text()
    settle(700)
    picture = presenter.miniature.picture.pixmap().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert presenter.miniature.word == "VIDEO" and middle.value() > 30, "the miniature does not show the video"
    shoot(presenter, "presenter-pause-point")
    shoot_screen(1, "projector-video")
    press(Qt.Key.Key_PageDown)  # carries the video on from the pause point
    wait_until(lambda: video.state.value == "playing" and video.position() > 2200, 10, "the video to carry on")
    assert controller.snapshot().current == 1


def _page_away_and_back(window, live) -> None:
    """Paging away from the playing video and back: it waits where it was."""
    presenter, controller = live.presenter, live.controller
    video = live.video.controller
    press(Qt.Key.Key_PageDown)
    assert controller.snapshot().current == 2
    press(Qt.Key.Key_PageUp)
    panel = presenter.content_widget
    assert panel.controls.play_button.text().startswith("Continue from"), panel.controls.play_button.text()
    remembered = video.resume_from
    assert remembered is not None and remembered > 2000, remembered
    press(Qt.Key.Key_Space)
    wait_until(lambda: video.state.value == "playing", 10, "the video to carry on")
    settle(300)
    assert video.position() >= remembered - 300, (video.position(), remembered)


def _blank_title_timer(window, live) -> None:
    """Blank and title screens, told on the laptop by the miniature's word."""
    presenter, projector = live.presenter, live.projector
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_B)
    assert projector.pages.currentIndex() == projector.BLANK_PAGE and presenter.miniature.word == "BLANK"
    press(Qt.Key.Key_B)
    press(Qt.Key.Key_W)
    assert projector.pages.currentIndex() == projector.TITLE_PAGE and presenter.miniature.word == "TITLE"
    press(Qt.Key.Key_W)
    assert presenter.miniature.word == "ON AIR"
    press(Qt.Key.Key_T)
    settle(200)
    assert presenter.miniature.word == "TIMER"
    shoot(presenter, "presenter-timer-shown")
    shoot_screen(1, "projector-timer")


def _end_by_clicker(window, live) -> None:
    """On to the last segment, then the end: asked on the laptop, confirmed by Page Down."""
    presenter, controller = live.presenter, live.controller
    last = len(controller.segments) - 1
    while controller.snapshot().current < last:
        before = controller.snapshot().current
        press(Qt.Key.Key_PageDown)
        if controller.snapshot().current == before:  # a video's pause point takes a key to carry on
            press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_PageDown)
    assert "End the session?" in presenter.messages.current_message()
    shoot(presenter, "presenter-end-question")
    press(Qt.Key.Key_PageUp)  # not yet
    assert controller.snapshot().state.value == "running" and not presenter.messages.current_message()
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_Return)
    assert controller.snapshot().state.value == "ended"
    wait_until(lambda: window.last_summary_dialog is not None and window.last_summary_dialog.isVisible(),
               what="the summary to open by itself")
    summary = window.last_summary_dialog
    settle(300)
    shoot(summary, "summary-after-clicker-chapter")
    rows = summary.table_texts()
    assert len(rows) == len(controller.segments) + 1
    summary.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is summary, 5, "the summary to take the focus")
    press(Qt.Key.Key_Escape)
    wait_until(lambda: not summary.isVisible(), what="the summary to close")


def bad_input(url: str) -> None:
    """A video that fails mid-session, the projector unplugged mid-video, keys while a modal dialog
    is open: a clear message or a quiet right result, never a crash, never a lost note."""
    from PySide6.QtGui import QGuiApplication

    window = open_main_window(url)
    run_id = _second_video_fails(window)
    live = _open_presenter(window)
    presenter, controller, video = live.presenter, live.controller, live.video.controller
    press(Qt.Key.Key_F5)
    press(Qt.Key.Key_N)
    type_text("Unplug test")
    press(Qt.Key.Key_PageDown)  # the first video
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Space)
    wait_until(lambda: video.state.value == "playing", 10, "the video to play")
    # The projector is unplugged mid-video: the picture comes to the laptop, the video goes on.
    app = QApplication.instance()
    screens = QGuiApplication.screens()
    real_screens = QGuiApplication.screens
    QGuiApplication.screens = staticmethod(lambda: [screens[0]])
    app.screenRemoved.emit(screens[1])
    settle(600)
    assert presenter.content_widget is not None and presenter.content_widget.surface is not None, \
        "one screen: the video should play in the presenter"
    wait_until(lambda: video.state.value in ("playing", "paused"), 5, "the video to go on")
    # One screen: F shows the video on the whole laptop screen, Esc comes back.
    press(Qt.Key.Key_F)
    full = live.video.full_screen_window
    wait_until(lambda: full is not None and full.isVisible(), 5, "the full-screen video")
    full.activateWindow()
    settle(200)
    press(Qt.Key.Key_Escape)
    wait_until(lambda: not full.isVisible(), 5, "the full-screen video to close")
    presenter.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is presenter, 5, "the presenter back")
    QGuiApplication.screens = real_screens
    app.screenAdded.emit(screens[1])
    settle(600)
    assert presenter.content_widget.surface is None, "two screens again: the picture goes back to the projector"
    # A video that stops part way (a damaged copy): a message in plain words, the clicker goes on.
    while controller.snapshot().current < 3:
        press(Qt.Key.Key_PageDown)
        if video.current_cue is not None:
            press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_Space)
    panel = presenter.content_widget
    wait_until(lambda: panel.banner.isVisible(), 15, "the message about the damaged video")
    shoot(presenter, "presenter-damaged-video")
    assert "cut short" in panel.banner.label.text() or "stopped" in panel.banner.label.text(), panel.banner.label.text()
    # Nothing to play: Space does what the Pause (Space) button says, and says so on the countdown.
    assert controller.snapshot().state.value == "paused"
    assert presenter.countdown_note.text() == "Paused: press Space to carry on"
    press(Qt.Key.Key_Space)
    assert controller.snapshot().state.value == "running"
    press(Qt.Key.Key_PageDown)
    assert controller.snapshot().current == 4
    # A key while a modal dialog is open goes to that dialog, and nothing else moves.
    window.activateWindow()
    on_modal(lambda box: (press(Qt.Key.Key_PageDown), press(Qt.Key.Key_B), press(Qt.Key.Key_Return)))
    next(a for a in window.help_menu.actions() if a.objectName() == "about").trigger()
    assert controller.snapshot().current == 4 and controller.screen_mode.value == "segment"
    assert _saved_notes(window, run_id) == ["Unplug test"]
    close_window(presenter)
    wait_until(lambda: window.live_session is None, what="the presenter to close")
    assert _saved_notes(window, run_id) == ["Unplug test"]


def _second_video_fails(window) -> int:
    """Setup: the next chapter's second video is a copy cut off half way."""
    from cos_desktop.db import store
    from tests.journeys.driver import CLIPS

    run = store.next_session(window.current_group())
    second = [s for s in run.chapter.segments if s.kind == "video"][1]
    second.media_item.location = str(CLIPS / "truncated.mp4")
    second.media_item.duration_ms = 4000
    window.session.commit()
    return run.id


def interactive_dialogs(url: str) -> None:
    """The questions that only show with someone at the laptop: finishing on time (Apply, Cancel, Esc,
    the window's close), then the notes review from the summary."""
    window = open_main_window(url, video=False)
    live = _open_presenter(window)
    presenter, controller = live.presenter, live.controller
    press(Qt.Key.Key_F5)
    for _ in range(5):
        press(Qt.Key.Key_Plus)  # the check-in runs long: the session would end late
    controller.refresh()
    wait_until(lambda: presenter.rebalance_banner.isVisible(), 5, "the offer to finish on time")
    offer = presenter.messages.rebalance_button
    for how in ("Cancel", "esc", "close", "Apply"):
        def answer(box, how=how) -> None:
            if how == "esc":
                press(Qt.Key.Key_Escape)
            elif how == "close":
                close_window(box)
            else:
                click(button_named(box, how))
        on_modal(answer)
        click(offer)
        settle(200)
        if how != "Apply":
            assert presenter.rebalance_banner.isVisible(), f"closed by {how}: nothing should change"
    assert controller.snapshot().planned_seconds != [s.planned_seconds for s in controller.segments]
    click(presenter.end_button)
    click(button_named(presenter, "End now"))
    wait_until(lambda: window.last_summary_dialog is not None and window.last_summary_dialog.isVisible(),
               what="the summary")
    summary = window.last_summary_dialog
    for how in WAYS:
        def open_review():
            before = set(QApplication.topLevelWidgets())
            click(button_named(summary, "Review notes..."))
            return next(w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible())
        close_three_ways(open_review, how, "Close")
    click(button_named(summary, "Close"))


from tests.journeys.share_scenarios import share_window  # noqa: E402,F401 (run by name from driver.py)
