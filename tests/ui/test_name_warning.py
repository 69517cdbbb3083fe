"""Typing a shareable note that names a parent: a warning appears at once, with one click to make
the note private or to put "a parent" (in the note's language) in place of the name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cos_desktop.app import make_application
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.db.models import Note
from cos_desktop.ui.live.notes_panel import NotesPanel
from tests.ui.keyboard import type_text


@pytest.fixture
def panel(qtbot, sqlite_url):
    make_application()
    db = open_database(sqlite_url)
    session = db.session()
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    participant = group.participants[0]
    participant.display_name = "王小明"  # a parent whose name is written without spaces
    session.commit()
    run = group.sessions[1]
    widget = NotesPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_context(run.id, run.chapter.segments[0].id, "Chapter 2, check-in")
    yield widget, db, run
    session.close()
    db.dispose()


def saved_notes(db, run_id):
    with db.session() as other:
        return [(n.text, n.visibility) for n in other.scalars(select(Note).where(Note.run_id == run_id))]


def test_a_shareable_note_naming_a_parent_warns_and_replaces_the_name(panel, qtbot):
    widget, db, run = panel
    warning = widget.editor.findChildren(object, "noteNameWarning")[0]
    qtbot.mouseClick(widget.editor.shareable, Qt.MouseButton.LeftButton, pos=widget.editor.shareable.rect().center())
    assert widget.editor.shareable.isChecked()
    widget.editor.text.setFocus()
    type_text(QApplication.focusWidget() or widget.editor.text, "今天王小明分享了一个故事。")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    assert "王小明" in warning.label.text()
    qtbot.mouseClick(warning.replace_button, Qt.MouseButton.LeftButton)
    assert widget.editor.text.toPlainText() == "今天一位家长分享了一个故事。"
    assert not warning.isVisible()
    qtbot.waitUntil(lambda: saved_notes(db, run.id) == [("今天一位家长分享了一个故事。", "shareable")], timeout=3000)


def test_make_private_is_one_click(panel, qtbot):
    widget, db, run = panel
    warning = widget.editor.findChildren(object, "noteNameWarning")[0]
    widget.editor.shareable.setChecked(True)
    widget.editor.text.setFocus()
    type_text(widget.editor.text, "Farah said her son sleeps better")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    qtbot.mouseClick(warning.private_button, Qt.MouseButton.LeftButton)
    assert not widget.editor.shareable.isChecked() and not warning.isVisible()
    qtbot.waitUntil(lambda: saved_notes(db, run.id) == [("Farah said her son sleeps better", "private")], timeout=3000)


def test_a_private_note_may_name_anyone(panel, qtbot):
    widget, db, run = panel
    warning = widget.editor.findChildren(object, "noteNameWarning")[0]
    type_text(widget.editor.text, "Farah and 王小明 talked")
    qtbot.wait(400)
    assert not warning.isVisible()
