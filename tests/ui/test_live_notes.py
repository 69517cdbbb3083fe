"""Notes and check-in inside the live presenter (offscreen Qt, fake clock, real SQLite)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cos_desktop.core.clock import FakeClock
from cos_desktop.db import records, store
from cos_desktop.db.engine import open_database
from cos_desktop.db.models import Note, SessionRun
from cos_desktop.ui.records.session_review import SessionReview
from tests.ui.keyboard import type_text

MIN = 60


@pytest.fixture
def live(qtbot, main_window_factory):
    win = main_window_factory(demo=True)
    run = store.next_session(win.current_group())
    clock = FakeClock()
    live = win.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    live.clock_ = clock
    live.presenter.activateWindow()
    qtbot.waitUntil(live.presenter.isActiveWindow, timeout=3000)
    return live


def saved_notes(live):
    db = open_database(live.parent().database_url)
    try:
        with db.session() as session:
            notes = session.scalars(select(Note).where(Note.run_id == live.run.id).order_by(Note.id))
            return [(n.text, n.segment_id) for n in notes]
    finally:
        db.dispose()


def test_notes_follow_the_segment_and_never_steal_clicker_keys(live, qtbot):
    presenter, notes = live.presenter, live.records.notes
    assert presenter.side_tabs.tabText(live.records.notes_tab) == "Notes (N)"
    segments = live.controller.segments
    live.controller.start()
    assert notes.heading.text() == f"Chapter 2, segment 1: {segments[0].title}"
    qtbot.keyClick(presenter, Qt.Key.Key_N)  # the quick-note key
    assert presenter.side_tabs.currentWidget() is notes
    assert notes.editor.text.hasFocus()
    type_text(notes.editor.text, "Ben: nap trouble")
    # Letters typed into the note are text, the clicker's blank key too while typing.
    for key in (Qt.Key.Key_Right, Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_N):
        qtbot.keyClick(notes.editor.text, key)
    assert live.controller.snapshot().current == 0
    assert live.controller.screen_mode.value == "segment"
    assert notes.editor.text.toPlainText() == "Ben: nap trouble" + "b.n"
    # The clicker's forward key moves the session on mid-note: the note is saved and stays open.
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 1
    assert saved_notes(live) == [("Ben: nap troubleb.n", segments[0].segment_id)]
    assert notes.editor.text.hasFocus() and notes.editor.text.toPlainText() == "Ben: nap troubleb.n"
    # Straight after a clicker key, its blank key blanks the projector instead of typing a "b".
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_B)
    assert live.controller.screen_mode.value == "blank"
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_Period)
    assert live.controller.screen_mode.value == "segment"
    assert notes.editor.text.toPlainText() == "Ben: nap troubleb.n"
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_Escape)  # hands the keyboard back
    assert not notes.editor.text.hasFocus()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 2
    assert notes.heading.text().startswith("Chapter 2, segment 3")
    assert notes.note_list.count() == 0
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    type_text(notes.editor.text, "Video landed well")
    live.controller.next()  # the segment changes while typing: saved at once, in its own segment
    assert saved_notes(live)[-1] == ("Video landed well", segments[2].segment_id)
    type_text(notes.editor.text, " third")
    live.controller.end()
    assert [t for t, _ in saved_notes(live)] == ["Ben: nap troubleb.n", "Video landed well third"]


def test_once_typing_pauses_the_next_words_go_to_the_segment_the_session_is_in(qtbot, main_window_factory, monkeypatch):
    """A note finished after a clicker press stays in its segment; words typed minutes later do not join it."""
    import cos_desktop.ui.live.notes_panel as notes_panel

    monkeypatch.setattr(notes_panel, "TYPING_IDLE_MS", 300)  # the pause, shortened for the test
    win = main_window_factory(demo=True)
    run = store.next_session(win.current_group())
    live = win.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
    live.presenter.activateWindow()
    qtbot.waitUntil(live.presenter.isActiveWindow, timeout=3000)
    notes, segments = live.records.notes, live.controller.segments
    qtbot.keyClick(live.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(live.presenter, Qt.Key.Key_N)
    type_text(notes.editor.text, "About Ben")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    type_text(notes.editor.text, ", settled")  # finishing the sentence: same note
    qtbot.waitUntil(lambda: notes.editor.note_id is None, timeout=3000)  # the pause: a fresh note here
    assert notes.editor.text.hasFocus() and notes.editor.text.toPlainText() == ""
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 3
    type_text(notes.editor.text, "Closing words")
    assert notes.flush()
    assert saved_notes(live) == [("About Ben, settled", segments[0].segment_id),
                                 ("Closing words", segments[3].segment_id)]
    live.close()


def test_check_in_from_the_presenter(live, qtbot):
    check_in = live.records.attendance
    group = live.run.group
    amira, second = group.participants[0], group.participants[1]
    qtbot.keyClick(live.presenter, Qt.Key.Key_C)  # the check-in, keyboard in the list
    assert QApplication.focusWidget() is check_in.list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)  # the first parent: absent
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L)  # the second: late
    assert check_in.status_of(amira.id).value == "absent" and check_in.status_of(second.id).value == "late"
    assert "Absent" in check_in.list.item(0).text() and "✗" in check_in.list.item(0).text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)  # all the rest
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # the clicker still works from the list
    assert live.controller.snapshot().current == 0  # not started yet: nothing to move
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is not check_in.list
    db = open_database(live.parent().database_url)
    with db.session() as session:
        marks = records.attendance_for_run(session, session.get(SessionRun, live.run.id))
    db.dispose()
    assert marks[amira.id] == "absent" and marks[second.id] == "late"
    assert sorted(marks.values()).count("present") == 6
    assert check_in.count_label.text() == "7 of 8 here"


def test_check_in_states_differ_by_colour_sign_and_word_with_enough_contrast():
    from cos_desktop.ui.live.check_in import LOOKS, contrast

    signs = {sign for _bg, _fg, sign in LOOKS.values()}
    backgrounds = {bg for bg, _fg, _sign in LOOKS.values()}
    assert len(signs) == len(LOOKS) and len(backgrounds) == len(LOOKS)
    for background, foreground, _sign in LOOKS.values():
        assert contrast(foreground, background) >= 4.5, (foreground, background)


def test_end_of_session_offers_the_review(live, qtbot):
    window = live.parent()
    summaries = []
    window.summaryOpened.connect(summaries.append)
    live.controller.start()
    live.records.notes.editor.text.setFocus()  # a click in the note
    type_text(live.records.notes.editor.text, "one to review")
    live.controller.end()
    qtbot.waitUntil(lambda: bool(summaries))
    button = next(b for b in summaries[0].findChildren(type(live.presenter.start_button)) if "Review" in b.text())
    button.click()
    [review] = window.findChildren(SessionReview)
    assert review.total == 1 and review.tree.topLevelItem(0).child(0).text(0) == "[Private] one to review"


def test_after_a_pause_in_typing_the_clickers_blank_key_works_again(live, qtbot):
    presenter, notes = live.presenter, live.records.notes
    live.controller.keys._idle.setInterval(50)  # "a few seconds", shortened for the test
    live.controller.start()
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    type_text(notes.editor.text, "Quiet today")
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_B)  # still typing: a letter
    assert notes.editor.text.toPlainText() == "Quiet todayb"
    assert "your note" in presenter.keys_label.text()
    qtbot.waitUntil(lambda: not live.controller.keys.typing)
    assert "the session" in presenter.keys_label.text()  # the screen says where keys go now
    qtbot.keyClick(notes.editor.text, Qt.Key.Key_B)  # the clicker's blank key after the pause
    assert live.controller.screen_mode.value == "blank"
    assert notes.editor.text.toPlainText() == "Quiet todayb"


def test_a_note_whose_words_are_all_deleted_is_not_kept(live, qtbot):
    """A letter typed into the note by mistake, then rubbed out: no empty note is left behind."""
    presenter, notes = live.presenter, live.records.notes
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    type_text(notes.editor.text, "m")
    assert notes.flush() and [t for t, _ in saved_notes(live)] == ["m"]
    assert notes.note_list.count() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the keys back to the session: saved now
    assert saved_notes(live) == []
    assert notes.note_list.count() == 0
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    type_text(notes.editor.text, "Ben settled")  # writing again makes a note again
    assert notes.flush() and [t for t, _ in saved_notes(live)] == ["Ben settled"]
    live.close()
