"""The live presenter and projector on real (offscreen) Qt widgets, with a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from cos_desktop.core import local_formats
from cos_desktop.core.clock import FakeClock
from cos_desktop.core.kinds import Visibility
from cos_desktop.core.run_summary import RunSummary
from cos_desktop.db import store
from cos_desktop.db.models import Attendance, Note, RunEvent, SessionRun
from cos_desktop.ui.live.start_dialog import StartSessionDialog

MIN = 60


@pytest.fixture
def window(main_window_factory):
    return main_window_factory()


@pytest.fixture
def demo(window):
    window.load_demo_group()
    return window.current_group()


def open_demo_session(window, demo, clock):
    run = store.next_session(demo)
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    return run, live


def events_in_db(window, run):
    window.session.expire_all()
    return [e.kind for e in window.session.get(SessionRun, run.id).events]


def test_start_session_from_the_menu_opens_the_groups_next_chapter(window, demo, qtbot, monkeypatch):
    monkeypatch.setattr(StartSessionDialog, "exec", lambda self: StartSessionDialog.DialogCode.Accepted)
    window.start_session_action.trigger()
    live = window.live_session
    assert live is not None and live.run.chapter_position == 2  # chapter 1 was delivered
    presenter = live.presenter
    assert "Chapter 2" in presenter.chapter_label.text()
    assert presenter.countdown_note.text() == "Press Page Down, F5 or Start to begin"
    # A clicker with only forward and back: its forward key starts the session, on the first segment.
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_PageDown)
    assert events_in_db(window, live.run) == ["start"]
    assert live.controller.snapshot().current == 0
    assert window.session.get(SessionRun, live.run.id).status == "running"


def test_clicker_keys_drive_the_presenter(window, demo, qtbot):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    clock.advance(3 * MIN)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert live.controller.snapshot().current == 2
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert live.controller.snapshot().state.value == "paused"
    assert presenter.countdown_note.text() == "Paused: press Space to carry on"
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert live.projector.pages.currentIndex() == live.projector.BLANK_PAGE
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert live.projector.pages.currentIndex() == live.projector.SEGMENT_PAGE
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # leaves full screen, never ends the session
    assert events_in_db(window, run) == ["start", "next", "next", "previous", "pause", "resume"]
    # The clicker may also send its keys to the projector window.
    qtbot.keyClick(live.projector, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 2
    qtbot.keyClick(presenter, Qt.Key.Key_F1)
    assert presenter._help is not None and presenter._help.isVisible()
    table = presenter._help.findChild(QWidget, "shortcutTable")
    assert "Page Down" in " ".join(label.text() for label in table.findChildren(QLabel))


def test_letters_typed_in_a_text_field_are_text_and_the_clicker_still_moves_on(window, demo, qtbot):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    field = QLineEdit()
    presenter.add_side_panel(field, "Notes")
    presenter.side_tabs.setCurrentWidget(field)
    live.controller.start()
    presenter.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "b. ok")
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(field, key)
    assert field.text() == "b. ok "
    assert live.controller.screen_mode.value == "segment"
    assert "your note" in presenter.keys_label.text()
    # The clicker's forward key moves the session on, mid-note; the note keeps its text and focus.
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 1
    assert field.hasFocus() and field.text() == "b. ok "
    # Straight after a clicker key, the clicker's blank key blanks (not a letter in the note).
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert live.controller.screen_mode.value == "blank"
    assert field.text() == "b. ok "
    assert "the session" in presenter.keys_label.text()
    # Typing any other letter goes back to the note, and then B is a letter again.
    qtbot.keyClicks(field, "xb")
    assert field.text() == "b. ok xb"
    assert live.controller.screen_mode.value == "blank"
    assert events_in_db(window, run) == ["start", "next"]


def test_outline_click_jumps_and_nudges_change_the_plan(window, demo, qtbot):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    live.controller.start()
    clock.advance(2 * MIN)
    presenter.outline.cellClicked.emit(4, 1)
    assert live.controller.snapshot().current == 4
    planned = live.controller.snapshot().planned_ns
    presenter.more_button.click()
    assert live.controller.snapshot().planned_ns == planned + MIN * 10**9
    assert "(was" in presenter.outline.item(4, 2).text()
    assert presenter.outline.item(0, 0).text() == "Done" and presenter.outline.item(0, 3).text() == "2"
    assert presenter.outline.item(4, 0).text() == "Now"


def test_countdown_says_near_end_and_over_in_words(window, demo):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    live.controller.start()
    planned = live.controller.snapshot().planned_ns // 10**9
    clock.advance(planned - 100)
    live.controller.refresh()
    assert presenter.countdown_note.text() == "2 min left"
    clock.advance(180)
    live.controller.refresh()
    assert presenter.countdown.text() == "+1:20" and presenter.countdown_note.text() == "over"
    assert presenter.countdown.property("timerStyle") != presenter.countdown_note.property("timerStyle")


def test_rebalance_is_offered_applied_and_undone(window, demo):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    live.controller.start()
    clock.advance(30 * MIN)  # far over in the first segment
    live.controller.refresh()
    assert presenter.rebalance_banner.isVisibleTo(presenter)
    late = live.controller.snapshot().projected_finish
    assert presenter.offer_rebalance()
    assert live.controller.snapshot().projected_finish < late
    window.undo_stack.undo()
    assert live.controller.snapshot().projected_finish == late
    assert events_in_db(window, run).count("rebalance") == 2
    # The group's written plan is not changed.
    window.session.expire_all()
    chapter = window.session.get(SessionRun, run.id).chapter
    assert [s.planned_seconds for s in chapter.segments] == [s.planned_seconds for s in live.controller.segments]


def test_ending_saves_the_summary_and_history_shows_it(window, demo, qtbot):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    live.controller.start()
    clock.advance(7 * MIN)
    live.controller.next()
    clock.advance(11 * MIN + 30)
    live.presenter.end_button.click()  # asks first, in the strip above the segment
    assert "End the session?" in live.presenter.messages.current_message()
    assert live.controller.snapshot().state.value == "running"
    qtbot.mouseClick(live.presenter.messages.end_now, Qt.MouseButton.LeftButton)
    window.session.expire_all()
    saved = window.session.get(SessionRun, run.id)
    assert saved.status == "ended"
    summary = RunSummary.from_json(saved.summary_json)
    assert [s.actual_seconds for s in summary.segments[:2]] == [7 * MIN, 11 * MIN + 30]
    assert not summary.segments[2].covered
    dialog = window.last_summary_dialog
    rows = dialog.table_texts()
    assert rows[-1][0] == "Total" and rows[-1][2] == "19"  # 18 min 30 s, rounded half up
    # The Programme tab shows the chapter as delivered at once.
    chapter_row = window.programme.chapter_list.item(run.chapter_position - 1).text()
    assert chapter_row.endswith("(delivered)")
    # From the group's history, after the windows have closed.
    live.close()
    again = window.show_run_summary(run.chapter_position - 1)
    assert again.table_texts() == rows


def test_a_rehearsal_records_nothing(window, demo):
    clock = FakeClock()
    chapter = demo.curriculum.chapters[2]
    before = window.session.query(RunEvent).count()
    live = window.open_live_session(chapter_id=chapter.id, run_id=None, clock=clock)
    assert live.presenter.rehearsal_label.isVisibleTo(live.presenter)
    live.controller.start()
    clock.advance(MIN)
    live.controller.next()
    live.controller.end()
    assert window.session.query(RunEvent).count() == before
    assert all(r.status != "running" for r in demo.sessions)


def test_projector_shows_no_names_and_no_notes(window, demo, qtbot):
    clock = FakeClock(wall=dt.datetime(2026, 3, 5, 18, 30))
    run = store.next_session(demo)
    secret = "Safeguarding: talk to Amira after the session"
    run.notes.append(Note(text=secret, visibility=Visibility.PRIVATE.value))
    run.notes.append(Note(text="Shared with the group: phones off", visibility=Visibility.SHAREABLE.value))
    for participant in demo.participants:
        run.attendance.append(Attendance(participant=participant, status="present"))
    run.chapter.segments[3].kind = "break"  # this group takes a break mid-session
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    private = [p.display_name for p in demo.participants] + [n.text for n in run.notes]
    private += [n.text for r in demo.sessions for n in r.notes]
    live.controller.set_projector_timer(True)
    live.controller.start()
    seen = set()
    for _ in live.controller.segments:
        clock.advance(9 * MIN)
        live.controller.refresh()
        texts = live.projector.visible_texts()
        texts += [w.toolTip() for w in live.projector.findChildren(QWidget)] + [w.accessibleName() for w in live.projector.findChildren(QWidget)]
        seen.update(texts)
        live.controller.next()
    live.controller.end()
    seen.update(live.projector.visible_texts())
    blob = "\n".join(seen)
    for text in private:
        assert text not in blob
    for name in (p.display_name.split()[0] for p in demo.participants):
        assert name not in blob
    assert "Back at" in blob  # the break was shown


def test_resume_after_the_app_stopped_counts_the_gap(window, demo):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    live.controller.start()
    clock.advance(3 * MIN)
    live.controller.next()
    clock.advance(MIN)
    live.close()  # the presenter is closed mid-session: the run stays open
    window.session.expire_all()
    assert window.session.get(SessionRun, run.id).status == "running"
    clock.advance(5 * MIN)
    clock.restart_process()
    resumed = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    snap = resumed.controller.snapshot()
    assert snap.current == 1 and snap.elapsed_ns == 6 * MIN * 10**9
    assert resumed.presenter.segment_title.text().startswith("2.")
    assert events_in_db(window, run)[-1] == "reopen"


def test_title_screen_and_closing_after_the_end(window, demo, qtbot):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    presenter = live.presenter
    assert not presenter.end_button.isEnabled()  # nothing to end before the start
    live.controller.start()
    qtbot.keyClick(presenter, Qt.Key.Key_W)
    assert live.projector.pages.currentIndex() == live.projector.TITLE_PAGE
    assert presenter.title_button.isChecked()
    qtbot.keyClick(presenter, Qt.Key.Key_W)
    assert live.projector.pages.currentIndex() == live.projector.SEGMENT_PAGE
    presenter.end_button.click()
    qtbot.keyClick(presenter, Qt.Key.Key_Return)  # Enter answers "End the session?"
    assert presenter.end_button.text() == "Close presenter"
    presenter.end_button.click()
    qtbot.waitUntil(lambda: window.live_session is None)
    assert not presenter.isVisible() and not live.projector.isVisible()


def test_a_failed_save_is_shown_and_the_session_goes_on(window, demo, monkeypatch):
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    live.controller.start()

    def full_disk():
        raise OSError("disk full")

    monkeypatch.setattr(window.session, "commit", full_disk)
    clock.advance(MIN)
    assert live.controller.next()
    assert live.presenter.save_warning.isVisibleTo(live.presenter)
    assert "disk full" in live.presenter.save_warning.text()
    assert live.controller.snapshot().current == 1
    monkeypatch.undo()
    clock.advance(MIN)
    live.controller.next()  # the next change saves the one that failed too
    assert events_in_db(window, run) == ["start", "next", "next"]


def test_projector_screen_is_chosen_in_the_view_menu_and_remembered(window, demo):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from cos_desktop.ui.live.live_session import screen_key
    from cos_desktop.ui.preferences import PROJECTOR_SCREEN

    run, live = open_demo_session(window, demo, FakeClock())
    live.projector.close()  # closed by hand: the menu shows it again
    window._fill_projector_menu()
    actions = [a for a in window.projector_menu.actions() if not a.isSeparator()]
    assert actions[0].text() == "Show the projector window"
    actions[0].trigger()
    assert live.projector.isVisible()
    screen_action = actions[-1]
    screen_action.trigger()
    try:
        assert QSettings().value(PROJECTOR_SCREEN.key) == screen_key(QGuiApplication.primaryScreen())
        assert live.projector_screen() is QGuiApplication.primaryScreen()
    finally:
        QSettings().remove(PROJECTOR_SCREEN.key)  # Qt keeps one settings file per process


def test_other_features_plug_in_without_changing_the_presenter(window, demo, qtbot):
    from cos_desktop.core.run_summary import PausePointReached

    opened, summaries = [], []
    window.presenterOpened.connect(opened.append)
    window.summaryOpened.connect(summaries.append)
    clock = FakeClock()
    run, live = open_demo_session(window, demo, clock)
    assert opened == [live]
    panel = QLabel("attendance here")
    panel_index = live.presenter.add_side_panel(panel, "Attendance")
    seen = []
    live.presenter.set_segment_content_factory(
        lambda segment, index: (seen.append(index), QLabel(f"video for {segment.title}"))[1] if segment.kind == "video" else None
    )
    live.summary_contributors.append(
        lambda summary: summary.pause_points_reached.append(PausePointReached(2, 5000, "What did you notice?"))
    )
    live.controller.start()
    assert live.presenter.content_widget is None
    live.controller.next()  # segment 2 is a video
    assert isinstance(live.presenter.content_widget, QLabel) and seen[-1] == 1
    assert live.presenter.side_tabs.tabText(panel_index) == "Attendance"
    video = QLabel("video surface")
    live.projector.set_video_widget(video)
    live.projector.show_video(True)
    assert live.projector.pages.currentWidget() is live.projector.video_slot
    live.controller.toggle_blank()  # blanking still wins over the video
    assert live.projector.pages.currentIndex() == live.projector.BLANK_PAGE
    live.controller.end()
    assert summaries and summaries[0].run is live.run
    summaries[0].add_action_button("Parent summary", lambda: None)
    window.session.expire_all()
    saved = RunSummary.from_json(window.session.get(SessionRun, run.id).summary_json)
    assert saved.pause_points_reached[0].prompt == "What did you notice?"


def test_presenter_fits_a_small_laptop_screen_and_warns_about_mirroring(window, demo):
    run, live = open_demo_session(window, demo, FakeClock())
    live.controller.start()
    live.controller.nudge(50 * MIN)  # a long countdown text does not widen the window
    assert live.presenter.minimumSizeHint().width() <= 1024
    # Offscreen there is one screen: the presenter says what a mirrored projector would show.
    assert live.presenter.screen_notice.isVisibleTo(live.presenter)


def test_a_break_says_when_the_group_is_back(window, demo):
    clock = FakeClock(wall=dt.datetime(2026, 3, 5, 19, 0))
    run = store.next_session(demo)
    run.chapter.segments[3].kind = "break"
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    live.controller.start()
    live.controller.jump(3)
    clock.advance(30)
    live.controller.refresh()
    minutes = live.controller.segments[3].planned_seconds // 60
    from cos_desktop.core.clock import local_time

    back = local_time(dt.datetime(2026, 3, 5, 19, minutes))
    assert live.presenter.countdown_note.text().endswith(f"back at {local_formats.clock_time(back)}")
    assert live.projector.back_at_label.text() == f"Back at {local_formats.clock_time(back)}"
    text = live.presenter.rebalance_text_for(live.controller.live.rebalance_proposal() or _proposal_for(live, clock))
    assert "planned end" in text


def _proposal_for(live, clock):
    clock.advance(60 * MIN)
    return live.controller.live.rebalance_proposal()


def test_titles_with_markup_show_as_plain_text(window, demo):
    run = store.next_session(demo)
    run.chapter.segments[0].title = "<b>Check-in</b> & <i>welcome</i>"
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
    live.controller.start()
    for label in (live.projector.segment_label, live.presenter.segment_title):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert live.projector.segment_label.text() == "<b>Check-in</b> & <i>welcome</i>"
    live.controller.end()
    assert window.last_summary_dialog.findChild(QLabel, "summaryHeading").textFormat() == Qt.TextFormat.PlainText


def test_the_summary_adds_up_and_compares_with_the_plan_as_changed(qtbot):
    from cos_desktop.core.run_summary import Adjustment, SegmentOutcome
    from cos_desktop.ui.live.summary_dialog import SessionSummaryDialog

    # Three segments of 1 min 20 s: whole minutes would show 1 + 1 + 1 = 4, so the times are m:ss.
    summary = RunSummary(
        segments=[SegmentOutcome(i, f"Part {i}", "discussion", 10 * MIN if i == 1 else 2 * MIN, 80,
                                 original_seconds=8 * MIN if i == 1 else None) for i in (1, 2, 3)],
        adjustments=[Adjustment("nudge", 1, 2 * MIN, "8 -> 10 min", 8 * MIN, 10 * MIN)],
    )
    dialog = SessionSummaryDialog(summary, "Chapter 2")
    qtbot.addWidget(dialog)
    rows = dialog.table_texts()
    assert rows[0][1:3] == ["10 (was 8)", "1:20"]
    assert rows[-1][1:3] == ["14 (was 12)", "4:00"]
    assert rows[-1][3] == "-10:00"
    assert "8 -> 10 min" in dialog.adjustments.text()
    assert dialog.table.horizontalHeaderItem(2).text() == "Actual (m:ss)"


def test_a_newcomer_starts_the_next_session_in_one_step(main_window_factory, qtbot, monkeypatch):
    window = main_window_factory()
    banner = window.next_session_banner
    assert "No group yet" in banner.text.text()  # the first day: an empty database
    window.load_demo_group()
    group = window.current_group()
    run = store.next_session(group)
    assert banner.text.text().startswith(f"Next session: chapter {run.chapter_position}, {local_formats.day_month(run.date)}")
    assert window.programme.current_chapter().position == run.chapter_position  # the chapter due next
    monkeypatch.setattr(StartSessionDialog, "exec", lambda self: StartSessionDialog.DialogCode.Accepted)
    qtbot.mouseClick(banner.start_button, Qt.MouseButton.LeftButton)
    assert window.live_session is not None and window.live_session.run.id == run.id


def test_a_rehearsal_has_a_notes_area_where_letters_are_text(window, qtbot):
    template = store.builtin_template(window.session)
    live = window.open_live_session(chapter_id=template.chapters[0].id, run_id=None, clock=FakeClock())
    presenter = live.presenter
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    pad = live.rehearsal_notes
    assert pad.hasFocus() and presenter.side_tabs.currentWidget() is pad
    timer_shown = live.controller.show_timer_on_projector
    qtbot.keyClicks(pad, "Try the sentence with T, W and spaces")
    assert pad.toPlainText() == "Try the sentence with T, W and spaces"
    assert live.controller.show_timer_on_projector == timer_shown and live.controller.screen_mode.value == "segment"
    assert live.controller.snapshot().state.value == "running"  # Space did not pause
    qtbot.keyClick(pad, Qt.Key.Key_PageDown)  # the clicker still moves on
    assert live.controller.snapshot().current == 1
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_T)  # keys back: T is the timer again
    assert live.controller.show_timer_on_projector != timer_shown


def test_the_projector_timer_is_remembered_for_the_next_session(window, demo, qtbot):
    run, live = open_demo_session(window, demo, FakeClock())
    qtbot.keyClick(live.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(live.presenter, Qt.Key.Key_T)
    qtbot.keyClick(live.presenter, Qt.Key.Key_S)  # large -> full
    assert live.projector.view.timer_size.value == "full"
    qtbot.mouseClick(live.presenter.timer_size_button, Qt.MouseButton.LeftButton)  # full -> small
    live.close()
    qtbot.waitUntil(lambda: window.live_session is None)
    again = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
    assert again.controller.show_timer_on_projector and again.controller.timer_size.value == "small"
    assert again.presenter.timer_size_button.text() == "Size: small"


def test_the_clicker_works_while_the_list_of_keys_is_open(window, demo, qtbot):
    run, live = open_demo_session(window, demo, FakeClock())
    presenter = live.presenter
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.keyClick(presenter, Qt.Key.Key_F1)
    help_dialog = presenter._help
    help_dialog.activateWindow()
    help_dialog.setFocus()
    qtbot.keyClick(help_dialog, Qt.Key.Key_PageDown)
    qtbot.keyClick(help_dialog, Qt.Key.Key_B)
    assert live.controller.snapshot().current == 1 and live.controller.screen_mode.value == "blank"
    qtbot.keyClick(help_dialog, Qt.Key.Key_Escape)  # Esc is the dialog's own: it closes
    assert not help_dialog.isVisible()
    assert events_in_db(window, run) == ["start", "next"]


def test_messages_never_move_the_buttons_under_the_pointer(window, demo, qtbot):
    from PySide6.QtCore import QPoint

    run, live = open_demo_session(window, demo, FakeClock())
    presenter = live.presenter
    presenter.resize(1366, 768)
    live.controller.start()
    qtbot.wait(50)

    def where():
        return [b.mapTo(presenter, QPoint(0, 0)) for b in (presenter.next_button, presenter.more_button,
                                                             presenter.blank_button)]

    before = where()
    live.controller.nudge(40 * MIN)  # far behind: the offer to finish on time appears
    live.controller.refresh()
    qtbot.wait(50)
    assert presenter.rebalance_banner.isVisible()
    assert where() == before
    qtbot.mouseClick(presenter.end_button, Qt.MouseButton.LeftButton)  # the end question
    qtbot.wait(50)
    assert "End the session?" in presenter.messages.current_message() and where() == before


def test_the_clicker_works_with_the_main_window_in_front(window, demo, qtbot):
    run, live = open_demo_session(window, demo, FakeClock())
    qtbot.keyClick(live.presenter, Qt.Key.Key_F5)
    window.activateWindow()
    window.schedule.setFocus()
    qtbot.keyClick(window.schedule, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.schedule, Qt.Key.Key_Period)
    assert live.controller.snapshot().current == 1 and live.controller.screen_mode.value == "blank"
    qtbot.keyClick(window.schedule, Qt.Key.Key_X)  # any other key stays with the main window
    assert events_in_db(window, run) == ["start", "next"]


@pytest.mark.parametrize("paused", [False, True])
def test_the_resume_question_says_whether_the_time_away_counts(window, demo, monkeypatch, paused):
    from PySide6.QtWidgets import QMessageBox

    import cos_desktop.ui.live.live_actions as live_actions

    run, live = open_demo_session(window, demo, FakeClock())
    live.controller.start()
    if paused:
        live.controller.toggle_pause()
    live.close()
    window.live_session = None
    asked = []
    monkeypatch.setattr(live_actions, "interactive", lambda: True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.informativeText()) or 0)
    assert not window.offer_resume()  # "Not now"
    expected = "does not count" if paused else "counts in that segment"
    assert expected in asked[0]


def _answer_next_question(qtbot, button_text: str) -> None:
    """Click `button_text` on the next question box, as the facilitator would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_closing_the_presenter_mid_session_asks_and_carry_on_brings_it_back(window, demo, qtbot, monkeypatch):
    import cos_desktop.ui.errors as errors

    monkeypatch.setattr(errors, "interactive", lambda: True)
    run, live = open_demo_session(window, demo, FakeClock())
    qtbot.keyClick(live.presenter, Qt.Key.Key_PageDown)  # starts
    qtbot.keyClick(live.presenter, Qt.Key.Key_PageDown)
    _answer_next_question(qtbot, "Keep the session open")
    live.presenter.close()  # the window's close button
    assert live.presenter.isVisible() and window.live_session is live
    _answer_next_question(qtbot, "Close the presenter")
    live.presenter.close()
    qtbot.waitUntil(lambda: window.live_session is None, timeout=3000)
    banner = window.next_session_banner
    assert "still in progress" in banner.text.text() and banner.start_button.text() == "Carry on (F5)"
    qtbot.mouseClick(banner.start_button, Qt.MouseButton.LeftButton)
    again = window.live_session
    assert again is not None and again.run.id == run.id
    assert again.controller.snapshot().current == 1  # where it was
    assert events_in_db(window, run)[:2] == ["start", "next"]  # nothing restarted
    again.close()


def test_in_spanish_the_presenter_names_the_built_in_segments_in_spanish(window, demo, qtbot, monkeypatch):
    from cos_desktop.ui import language

    monkeypatch.setattr(StartSessionDialog, "exec", lambda self: StartSessionDialog.DialogCode.Accepted)
    language.install(QApplication.instance(), "es")
    try:
        window.start_session_action.trigger()
        presenter = window.live_session.presenter
        title = presenter.segment_view.segment_title
        # "1. Weekly check-in" of the demo group's unedited built-in chapter 2, in the Spanish catalogue
        assert title.text().startswith("1. ") and "check-in" not in title.text().lower(), title.text()
        outline = [presenter.outline.item(row, 1).text() for row in range(presenter.outline.rowCount())]
        assert not any("Circle" in text for text in outline), outline
    finally:
        language.install(QApplication.instance(), "en")


def test_with_groups_in_the_list_no_group_chosen_is_not_called_no_group_yet(window, demo, qtbot):
    banner = window.next_session_banner
    assert "Chapter 2" in banner.text.text() or "chapter 2" in banner.text.text()
    window.group_picker.setFocus()
    qtbot.keyClick(window.group_picker, Qt.Key.Key_Home)  # the first entry: no group (the programme template)
    assert window.current_group() is None
    assert banner.text.text().startswith("No group chosen. Choose your group at the top")
