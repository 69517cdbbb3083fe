"""Groups, attendance, review, search and undo in the main window (offscreen Qt, real SQLite)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cos_desktop.db import records
from cos_desktop.db.engine import open_database
from cos_desktop.db.models import Group, Note, Participant
from cos_desktop.ui.appearance import WARNING, tint
from cos_desktop.ui.records.group_dialog import NewGroupDialog
from tests.ui.keyboard import type_text


@pytest.fixture
def window(main_window_factory):
    return main_window_factory(demo=True)


def reread(window, query):
    """Read through a separate connection (what is really in the file)."""
    db = open_database(window.database_url)
    try:
        with db.session() as session:
            return query(session)
    finally:
        db.dispose()


def test_attendance_grid_shows_who_missed_which_chapter(window):
    grid = window.attendance_page.grid
    assert grid.rowCount() == 8 and grid.columnCount() == 9
    assert grid.cell_text("Amira K. (demo)", 1) == "Present"
    assert grid.cell_text("Farah S. (demo)", 1) == "Late"
    assert grid.cell_text("Gwen L. (demo)", 1) == "Absent\nmissed"
    assert grid.cell_text("Hiro N. (demo)", 1) == "Excused\nmissed"
    assert grid.cell_text("Amira K. (demo)", 2) == ""  # not delivered yet: not missed
    row = [grid.verticalHeaderItem(r).text() for r in range(8)].index("Gwen L. (demo)")
    assert grid.item(row, 0).background().color() == tint(WARNING, grid, QPalette.ColorRole.Base)  # and the word
    assert grid.item(row, 8).text() == "0 of 1"


def test_check_in_and_mark_all_present(window):
    check_in = window.attendance_page.check_in
    group = window.current_group()
    assert check_in.run_id == group.sessions[1].id  # the next session by default
    ben = group.participants[1]
    check_in.buttons[ben.id]["late"].click()
    check_in.all_present.click()
    marks = reread(window, lambda s: records.attendance_for_run(s, s.get(type(group.sessions[1]), group.sessions[1].id)))
    assert marks[ben.id] == "late" and list(marks.values()).count("present") == 7
    assert window.attendance_page.grid.cell_text("Ben T. (demo)", 2) == "Late"
    assert check_in.count_label.text() == "8 of 8 here"


def test_moving_a_date_shifts_the_later_ones(window):
    window.group_page.schedule.selectRow(3)
    before = [window.schedule.item(r, 1).text() for r in range(8)]
    run = window.group_page.selected_run()
    old = run.date
    window.group_page.move_selected(old + dt.timedelta(days=7), shift_later=True)
    after = [window.schedule.item(r, 1).text() for r in range(8)]
    assert after[:3] == before[:3] and after[3:] == before[4:] + [after[7]]
    assert reread(window, lambda s: s.scalars(select(Group)).one().sessions[7].date) == old + dt.timedelta(days=35)


def test_edit_archive_and_parents(window, monkeypatch):
    def edit(dialog):
        dialog.name.setText("Demo group, Thursdays")
        dialog.venue.setText("Room <3> & garden")
        return NewGroupDialog.DialogCode.Accepted

    monkeypatch.setattr(NewGroupDialog, "exec", edit)
    window.edit_group()
    assert window.group_picker.currentText() == "Demo group, Thursdays"
    assert "Room <3> & garden" in window.group_page.details.text()
    window.add_parent_named("Amira K. (demo)")  # a second parent with the same name is allowed
    assert [window.participants.item(i).text().split(" (children")[0] for i in range(9)].count("Amira K. (demo)") == 2
    window.add_parent_named("   ")  # refused with a message, nothing added
    assert window.participants.count() == 9
    window.toggle_archived()
    assert window.group_picker.findText("Demo group, Thursdays") == -1
    window.show_archived.setChecked(True)
    window.refresh_groups()
    index = window.group_picker.findText("Demo group, Thursdays (archived)")
    assert index > 0
    window.group_picker.setCurrentIndex(index)
    window.toggle_archived()
    assert reread(window, lambda s: s.scalars(select(Group.archived)).one()) is False


def test_delete_group_then_undo_brings_everything_back(window):
    group_id = window.current_group().id
    window.delete_group_now()
    assert window.group_picker.findData(group_id) == -1
    assert reread(window, lambda s: s.get(Group, group_id)) is None
    window.undo_stack.undo()
    assert window.group_picker.currentData() == group_id
    assert window.participants.count() == 8
    assert reread(window, lambda s: len(s.scalars(select(Note)).all())) == 4
    window.undo_stack.redo()
    assert reread(window, lambda s: s.get(Group, group_id)) is None


def test_review_screen_edits_and_deletes_with_undo(window, qtbot):
    run = window.current_group().sessions[0]
    review = window.review_notes(run.id)
    assert review.total == 4
    first = review.tree.topLevelItem(0)
    assert first.text(0).startswith("1. ") and first.child(0).text(0).startswith("[Private] Follow up")
    assert "Ben T. (demo)" in first.child(0).text(0)
    review.tree.setCurrentItem(first.child(0))
    editor = review.editor
    editor.text.selectAll()
    type_text(editor.text, "Follow up: نوم quiet seat")
    editor.shareable.setChecked(True)
    note_id = editor.note_id
    editor.flush()
    assert reread(window, lambda s: (s.get(Note, note_id).text, s.get(Note, note_id).visibility)) == (
        "Follow up: نوم quiet seat", "shareable")
    review.delete_note()
    assert reread(window, lambda s: s.get(Note, note_id)) is None
    assert review.total == 3
    window.undo_stack.undo()
    assert reread(window, lambda s: s.get(Note, note_id).text) == "Follow up: نوم quiet seat"
    assert review.total == 4
    # A new note added in the review, in the segment picked.
    review.tree.setCurrentItem(review.tree.topLevelItem(3))
    review.add_note()
    type_text(editor.text, "Added after the session")
    review.close()  # closing saves
    texts = reread(window, lambda s: [n.text for n in s.scalars(select(Note).where(Note.run_id == run.id))])
    assert "Added after the session" in texts


def test_search_opens_the_note_in_its_session(window, qtbot):
    dialog = window.find_in_notes()
    dialog.query.setText("toddlers")
    dialog.search()
    assert dialog.results.count() == 1
    assert "Demo group · chapter 1" in dialog.results.item(0).text()
    dialog.query.setText("breakfast")
    dialog.search()
    assert dialog.results.count() == 0 and dialog.count.text() == "No note has those words."
    dialog.query.setText("quieter seat")
    ben = next(i for i in range(dialog.parent_filter.count()) if dialog.parent_filter.itemText(i) == "Ben T. (demo)")
    dialog.parent_filter.setCurrentIndex(ben)
    assert dialog.results.count() == 1
    amira = next(i for i in range(dialog.parent_filter.count()) if dialog.parent_filter.itemText(i) == "Amira K. (demo)")
    dialog.parent_filter.setCurrentIndex(amira)
    assert dialog.results.count() == 0
    dialog.parent_filter.setCurrentIndex(ben)
    with qtbot.waitSignal(dialog.openNote) as opened:
        dialog.results.itemActivated.emit(dialog.results.item(0))
    run_id, note_id = opened.args
    review = next(w for w in window.findChildren(type(window.review_notes(run_id))) if w.editor.note_id == note_id)
    assert review.editor.text.toPlainText().startswith("Follow up: asked for a quieter seat")


def test_export_and_erase_a_parent_from_the_group_page(window, tmp_path):
    page = window.group_page
    page.participants.setCurrentRow(1)  # Ben
    path = page.export_selected_parent(str(tmp_path / "ben.txt"))
    text = (tmp_path / "ben.txt").read_text(encoding="utf-8")
    assert path and "What COS Desktop holds about Ben T. (demo)" in text and "quieter seat" in text
    assert "Amira" not in text
    shown = []
    assert not page.erase_selected_parent(confirm=lambda lines: shown.extend(lines) or False)  # cancelled
    assert shown[0].startswith("The parent Ben T. (demo)")
    assert any("quieter seat" in line and "deleted" in line for line in shown)
    assert page.erase_selected_parent(confirm=lambda lines: True)
    assert window.participants.count() == 7
    names = reread(window, lambda s: s.scalars(select(Participant.display_name)).all())
    assert "Ben T. (demo)" not in names and len(names) == 7
    assert reread(window, lambda s: len(s.scalars(select(Note)).all())) == 3


def test_attendance_by_keyboard_only(window, qtbot):
    """Tab reaches the check-in buttons; P, L, A, E mark; Up and Down move between parents; the grid takes keys too."""
    window.tabs.setCurrentWidget(window.attendance_page)
    check_in = window.attendance_page.check_in
    group = window.current_group()
    amira, ben = group.participants[0], group.participants[1]
    check_in.all_present.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is check_in.buttons[amira.id]["present"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is check_in.buttons[ben.id]["present"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E)
    marks = reread(window, lambda s: records.attendance_for_run(s, s.get(type(group.sessions[1]), group.sessions[1].id)))
    assert marks == {amira.id: "late", ben.id: "excused"}
    grid = window.attendance_page.grid
    grid.setFocus()
    grid.setCurrentCell(6, 0)  # Gwen, chapter 1 (absent)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert grid.cell_text("Gwen L. (demo)", 1) == "Present"
    assert (grid.currentRow(), grid.currentColumn()) == (6, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.cell_text("Gwen L. (demo)", 1) == "missed"


def test_mention_completes_on_enter_with_one_space(window, qtbot):
    window.add_parent_named("فاطمة")
    run = window.current_group().sessions[0]
    review = window.review_notes(run.id)
    review.tree.setCurrentItem(review.tree.topLevelItem(1))
    review.add_note()
    editor = review.editor
    editor.text.setFocus()
    type_text(editor.text, "Talked with @فا")
    assert editor.text.completer.popup().isVisible()
    qtbot.keyClick(editor.text.completer.popup(), Qt.Key.Key_Return)
    assert editor.text.toPlainText() == "Talked with @فاطمة "
    fatima = next(p for p in window.current_group().participants if p.display_name == "فاطمة")
    assert fatima.id in editor.autosave.tag_ids


def test_ctrl_z_inside_review_notes_undoes_a_delete(window, qtbot):
    run = window.current_group().sessions[0]
    review = window.review_notes(run.id)
    total = review.total
    review.tree.setCurrentItem(review.tree.topLevelItem(0).child(0))
    qtbot.mouseClick(review.delete_button, Qt.MouseButton.LeftButton)
    assert review.total == total - 1
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.total == total
    qtbot.keyClick(review.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert review.total == total - 1
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert review.total == total - 1  # nothing more to redo
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert review.total == total - 1


def test_search_finds_notes_tagged_to_a_parent_and_enter_opens_the_result(window, qtbot):
    group = window.current_group()
    records.add_note(window.session, group.sessions[0], text="Asked about bedtime", tagged=[group.participants[3]])
    window.session.commit()
    dialog = window.find_in_notes()
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "Dariusz")
    dialog.search()
    assert any("Asked about bedtime" in dialog.results.item(i).text() for i in range(dialog.results.count()))
    with qtbot.waitSignal(dialog.openNote):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)


def test_a_new_group_says_no_session_is_delivered_yet_instead_of_0_of_0(main_window_factory, qtbot):
    from cos_desktop.db import store

    win = main_window_factory()
    group = store.create_group(win.session, name="Tuesday", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 12, 1))
    records.add_participant(win.session, group, "Lin")
    win.session.commit()
    win.refresh_groups(group.id)
    grid = win.attendance_page.grid
    win.attendance_page.check_in.all_present.click()  # marked before the session: not counted yet
    assert grid.item(0, grid.columnCount() - 1).text() == "none delivered yet"
    assert "Green: came" in win.attendance_page.legend.text()
