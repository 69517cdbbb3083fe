"""The notes panel on real Qt widgets and a real SQLite file: typed text reaches the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, select

from cos_desktop.app import make_application
from cos_desktop.db import records
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.db.models import Note
from cos_desktop.ui.live.notes_panel import NotesPanel
from tests.ui.keyboard import type_text


@pytest.fixture
def setup(qtbot, sqlite_url):
    make_application()
    db = open_database(sqlite_url)
    session = db.session()
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    run = group.sessions[1]
    panel = NotesPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    segments = run.chapter.segments
    panel.set_context(run.id, segments[0].id, "Chapter 2, check-in")
    yield db, session, run, panel
    session.close()
    db.dispose()


def notes_in_database(db, run_id):
    """Read back through a separate connection, as a restarted app would."""
    with db.session() as other:
        return [(n.text, n.segment_id, n.visibility, [p.display_name for p in n.tagged])
                for n in other.scalars(select(Note).where(Note.run_id == run_id).order_by(Note.id))]


def test_typed_note_is_in_the_database_within_a_second(setup, qtbot):
    db, session, run, panel = setup
    panel.start_quick_note()
    type_text(panel.editor.text, "Ben's daughter sleeps better <b>now</b> & smiles 😀")
    qtbot.wait(1200)
    segment = run.chapter.segments[0].id
    assert notes_in_database(db, run.id) == [("Ben's daughter sleeps better <b>now</b> & smiles 😀", segment, "private", [])]
    assert panel.note_list.count() == 1
    assert panel.editor.status.text() == "Saved"


def test_segment_change_saves_at_once_and_starts_a_new_note(setup, qtbot):
    db, session, run, panel = setup
    first, second = run.chapter.segments[0].id, run.chapter.segments[1].id
    qtbot.keyClicks(panel.editor.text, "check-in note")
    panel.set_context(run.id, second, "Chapter 2, video")  # no wait: the change itself saves
    assert notes_in_database(db, run.id) == [("check-in note", first, "private", [])]
    assert panel.editor.text.toPlainText() == "" and panel.note_list.count() == 0
    qtbot.keyClicks(panel.editor.text, "video note")
    panel.editor.text.clearFocus()
    panel.window().activateWindow()
    panel.flush()  # what focus loss and window close call
    assert [n[0] for n in notes_in_database(db, run.id)] == ["check-in note", "video note"]
    # Back to the first segment: its note is listed and opens for editing.
    panel.set_context(run.id, first)
    assert panel.note_list.count() == 1
    panel._open_item(panel.note_list.item(0))
    assert panel.editor.text.toPlainText() == "check-in note"


def test_shareable_and_tags_by_picker_and_at_name(setup, qtbot):
    db, session, run, panel = setup
    assert not panel.editor.shareable.isChecked()  # private by default
    qtbot.keyClicks(panel.editor.text, "Talked with @Far")
    completer = panel.editor.text.completer
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Farah S. (demo)"
    panel.editor.text.choose_mention("Farah S. (demo)")
    qtbot.keyClicks(panel.editor.text, "about naps")
    panel.editor.shareable.setChecked(True)
    ben = next(a for a in panel.editor.tag_menu.actions() if a.text() == "Ben T. (demo)")
    ben.setChecked(True)
    panel.flush()
    [(text, _seg, visibility, tagged)] = notes_in_database(db, run.id)
    assert text == "Talked with @Farah S. (demo) about naps"
    assert visibility == "shareable"
    assert tagged == ["Ben T. (demo)", "Farah S. (demo)"]
    assert panel.editor.tags_label.text() == "About: Ben T. (demo), Farah S. (demo)"


def test_a_full_disk_keeps_the_text_on_screen_and_saves_when_there_is_room(setup, qtbot):
    db, session, run, panel = setup
    panel.start_quick_note()
    qtbot.keyClicks(panel.editor.text, "first words")
    panel.flush()

    def full_disk(dbapi_connection, record, proxy):
        (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    session.commit()
    event.listen(db.engine, "checkout", full_disk)
    long_text = " and then a very long story" * 2000
    panel.editor.text.moveCursor(panel.editor.text.textCursor().MoveOperation.End)
    panel.editor.text.insertPlainText(long_text)
    qtbot.wait(1200)
    assert "disk is full" in panel.editor.status.text()
    assert panel.editor.text.toPlainText() == "first words" + long_text  # still on screen
    assert notes_in_database(db, run.id)[0][0] == "first words"
    # Moving to another segment waits: the unsaved note stays open.
    assert not panel.set_context(run.id, run.chapter.segments[1].id)
    assert panel.editor.text.toPlainText() == "first words" + long_text

    event.remove(db.engine, "checkout", full_disk)

    def room_again(dbapi_connection, record, proxy):
        dbapi_connection.execute("PRAGMA max_page_count=1073741823")

    event.listen(db.engine, "checkout", room_again)
    qtbot.waitUntil(lambda: panel.editor.status.text() == "Saved", timeout=5000)
    assert notes_in_database(db, run.id)[0][0] == "first words" + long_text
    event.remove(db.engine, "checkout", room_again)


def test_a_read_only_database_says_so_and_retries(setup, qtbot):
    db, session, run, panel = setup

    def read_only(dbapi_connection, record, proxy):
        dbapi_connection.execute("PRAGMA query_only=1")

    def writable(dbapi_connection, record, proxy):
        dbapi_connection.execute("PRAGMA query_only=0")

    session.commit()  # hand the connection back, so the next write checks one out
    event.listen(db.engine, "checkout", read_only)
    qtbot.keyClicks(panel.editor.text, "written while the stick was locked")
    qtbot.wait(1200)
    assert "read-only" in panel.editor.status.text()
    assert notes_in_database(db, run.id) == []
    event.remove(db.engine, "checkout", read_only)
    event.listen(db.engine, "checkout", writable)
    qtbot.waitUntil(lambda: notes_in_database(db, run.id) != [], timeout=5000)
    assert notes_in_database(db, run.id)[0][0] == "written while the stick was locked"
    event.remove(db.engine, "checkout", writable)


def test_escape_hands_the_keyboard_back(setup, qtbot):
    db, session, run, panel = setup
    panel.start_quick_note()
    with qtbot.waitSignal(panel.doneTyping):
        qtbot.keyClicks(panel.editor.text, "quick")
        qtbot.keyClick(panel.editor.text, Qt.Key.Key_Escape)
    assert notes_in_database(db, run.id)[0][0] == "quick"


def test_names_with_markup_and_ampersands_show_as_typed(setup, qtbot):
    db, session, run, panel = setup
    odd = records.add_participant(session, run.group, "AT&T <b>Jo</b>")
    session.commit()
    panel.set_context(run.id, run.chapter.segments[0].id)
    action = next(a for a in panel.editor.tag_menu.actions() if "Jo" in a.text())
    assert action.text() == "AT&&T <b>Jo</b>"  # shown as "AT&T <b>Jo</b>", not a mnemonic
    action.setChecked(True)
    assert panel.editor.tags_label.text() == "About: AT&T <b>Jo</b>"
    assert panel.editor.tags_label.textFormat() == Qt.TextFormat.PlainText
    type_text(panel.editor.text, "x")
    panel.flush()
    assert notes_in_database(db, run.id)[0][3] == [odd.display_name]
