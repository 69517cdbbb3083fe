"""The Outcomes tab through the gestures a facilitator makes: keys into the focused cell, Enter and
Tab, the visible buttons, dialogs closed by their buttons (offscreen Qt, real SQLite)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from cos_desktop.db import measures
from cos_desktop.db.engine import open_database
from tests.conftest import ROOT


def keys(text: str) -> None:
    """Type as a keyboard does: each key goes to whatever has focus at that moment."""
    for char in text:
        key = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}.get(char)
        if key is None:
            key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        typed = {"\n": "\r", "\t": "\t"}.get(char, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert QApplication.focusWidget() is not None, "no widget has the keyboard"
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed))
        QApplication.processEvents()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    assert QApplication.focusWidget() is not None, "no widget has the keyboard"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, key, modifier))
    QApplication.processEvents()


def click_cell(qtbot, table, row: int, column: int) -> None:
    # A click on a window makes it the active one (offscreen Qt has no window manager to do it).
    table.window().activateWindow()
    qtbot.waitUntil(table.window().isActiveWindow)
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def when_modal(qtbot, act) -> list:
    """Run `act(dialog)` on the next modal dialog once it shows (it is closed by its own buttons)."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not (focus is dialog or dialog.isAncestorOf(focus)):
            QTimer.singleShot(20, poll)  # typing starts once the dialog has the keyboard
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def fill_measure_dialog(qtbot, name: str, low: str, high: str, lower_is_better: bool):
    def act(dialog):
        keys(name + "\t")
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(low + "\t")
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(high + "\t")
        if lower_is_better:
            press(Qt.Key.Key_Down)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def stored(window):
    db = open_database(window.database_url)
    try:
        with db.session() as session:
            grid = measures.score_grid(session, window.current_group().id)
            return grid.measures, grid.scores
    finally:
        db.dispose()


@pytest.fixture
def window(main_window_factory, qtbot):
    win = main_window_factory(demo=True)
    qtbot.mouseClick(win.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=win.tabs.tabBar().tabRect(win.tabs.indexOf(win.measures_page)).center())
    assert win.tabs.currentWidget() is win.measures_page
    return win


def _add_stress(qtbot, page):
    seen = when_modal(qtbot, fill_measure_dialog(qtbot, "Parenting stress", "36", "180", True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].objectName() == "measureDialog"


def test_define_a_measure_and_type_totals_with_enter_and_tab(window, qtbot):
    page = window.measures_page
    assert not page.edit_button.isEnabled() and "No measures yet" in page.summary.text()
    _add_stress(qtbot, page)
    (measure,), _ = stored(window)
    assert (measure.name, measure.low, measure.high, measure.direction) == ("Parenting stress", 36, 180, "lower")
    table = page.table
    assert table.horizontalHeaderItem(0).text() == "Parenting stress\nPre"
    click_cell(qtbot, table, 0, 0)
    keys("120\n")  # Enter saves and moves down, like a spreadsheet
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    keys("100\t")  # Tab saves and moves right
    assert (table.currentRow(), table.currentColumn()) == (1, 1)
    keys("104\n")
    click_cell(qtbot, table, 0, 1)
    keys("98,5\n")
    _, scores = stored(window)
    people = window.current_group().participants
    assert scores[(measure.id, people[0].id)] == (120, 98.5)
    assert scores[(measure.id, people[1].id)] == (100, 104)
    assert table.item(0, 2).text() == "-21.5 ▲" and table.item(1, 2).text() == "+4 ▼"
    assert "mean change -8.8 (n = 2); 1 improved, 0 the same, 1 worse" in page.summary.text()
    click_cell(qtbot, table, 1, 1)
    press(Qt.Key.Key_Delete)  # clears a total, as in a spreadsheet
    _, scores = stored(window)
    assert scores[(measure.id, people[1].id)] == (100, None) and table.item(1, 2).text() == ""


def test_a_total_outside_the_range_is_not_saved_and_says_why(window, qtbot):
    page = window.measures_page
    _add_stress(qtbot, page)
    table = page.table
    click_cell(qtbot, table, 2, 0)
    keys("200\n")
    assert page.message.text() == (
        "Not saved: 200 is outside the range of Parenting stress: a total from 36 to 180.")
    assert table.item(2, 0).text() == "" and (table.currentRow(), table.currentColumn()) == (2, 0)
    assert stored(window)[1] == {}
    keys("abc\n")
    assert "is not a number" in page.message.text()
    keys("90\n")  # put right: saved, the message goes, and on down
    assert page.message.text() == "" and table.item(2, 0).text() == "90" and table.currentRow() == 3


def test_deleting_a_measure_with_totals_asks_and_keeps_them_until_confirmed(window, qtbot):
    page = window.measures_page
    _add_stress(qtbot, page)
    click_cell(qtbot, page.table, 0, 0)
    keys("120\n110\n")

    def answer(label):
        def act(box):
            assert isinstance(box, QMessageBox)
            assert box.text().startswith("Parenting stress holds the totals of 2 parent")
            button = next(b for b in box.buttons() if b.text() == label)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return act

    when_modal(qtbot, answer("Keep"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    kept, scores = stored(window)
    assert len(kept) == 1 and len(scores) == 2 and page.message.text() == "Kept Parenting stress and its totals."
    when_modal(qtbot, answer("Delete measure and totals"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert stored(window) == ([], {})
    assert page.table.columnCount() == 0 and page.message.text() == "Deleted Parenting stress."


def test_a_measure_without_totals_goes_without_asking(window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda *_: pytest.fail("asked about a measure with no totals"))
    page = window.measures_page
    _add_stress(qtbot, page)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert stored(window)[0] == []


def test_the_dialog_refuses_an_upside_down_range_until_put_right(window, qtbot):
    page = window.measures_page
    problems = []

    def act(dialog):
        fill_measure_dialog(qtbot, "Confidence", "40", "0", False)(dialog)
        problems.append(dialog.problem.text())
        assert dialog.isVisible()  # still open to put it right
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    when_modal(qtbot, act)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert problems == ["The lowest total (40) must be below the highest (0)."]
    assert stored(window)[0] == []


def test_narrowing_a_range_below_a_total_already_entered_is_refused(window, qtbot):
    page = window.measures_page
    _add_stress(qtbot, page)
    click_cell(qtbot, page.table, 0, 0)
    keys("150\n")
    when_modal(qtbot, fill_measure_dialog(qtbot, "", "36", "100", False))  # name kept, range narrowed
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    (measure,), _ = stored(window)
    assert (measure.high, measure.direction) == (180, "lower")
    assert "already entered lie outside 36 to 100" in window.statusBar().currentMessage()


def test_first_day_empty_database_then_a_new_group(main_window_factory, qtbot):
    from PySide6.QtGui import QAction

    from cos_desktop.db import records

    win = main_window_factory(demo=False)
    action = win.findChild(QAction, "showOutcomes")
    assert action.shortcut().toString() == "Ctrl+5"
    action.trigger()  # View > Outcomes
    assert win.tabs.currentWidget() is win.measures_page
    page = win.measures_page
    assert not page.add_button.isEnabled() and page.summary.text() == "Choose a group to enter its parents' totals."
    import datetime as dt

    from cos_desktop.db import store

    group = store.create_group(win.session, name="Tuesday", template=store.ensure_builtin_template(win.session),
                               first_date=dt.date(2026, 3, 3))
    records.add_participant(win.session, group, "مريم")
    win.session.commit()
    win.refresh_groups(group.id)
    assert page.add_button.isEnabled() and page.table.rowCount() == 1
    assert page.table.verticalHeaderItem(0).text() == "مريم"


CRASH_SCRIPT = textwrap.dedent("""
    import os, sys, tempfile
    os.environ["COS_DESKTOP_NONINTERACTIVE"] = "1"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from cos_desktop.app import make_application
    from cos_desktop.ui.main_window import MainWindow
    app = make_application()
    win = MainWindow("sqlite:///" + os.path.join(tempfile.mkdtemp(), "c.sqlite3"))
    win.show()
    assert win.open_database()
    win.load_demo_group()
    win.tabs.setCurrentWidget(win.measures_page)
    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_dialog)
            return
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    QTimer.singleShot(0, close_dialog)
    win.measures_page.add_button.click()
    win.close()
    win.close_database()
    print("closed")
""")


def test_the_outcomes_tab_and_its_dialog_open_and_close_without_crashing(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "COS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CRASH_SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("closed")


def test_save_the_outcomes_and_attendance_as_csv_from_the_page(window, qtbot, monkeypatch, tmp_path):
    import csv

    from PySide6.QtWidgets import QFileDialog

    page = window.measures_page
    _add_stress(qtbot, page)
    click_cell(qtbot, page.table, 0, 0)
    keys("120\t100\n")
    for kind, name in (("outcomes", "funder"), ("attendance", "register")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), "CSV files"))
        qtbot.mouseClick(page.csv_buttons[kind], Qt.MouseButton.LeftButton)
        assert page.message.text().startswith("Saved 8 lines to") and (tmp_path / f"{name}.csv").exists()
    with open(tmp_path / "funder.csv", encoding="utf-8-sig", newline="") as handle:
        amira = next(csv.DictReader(handle))
    assert (amira["Parent"], amira["Pre"], amira["Post"], amira["Outcome"]) == ("Amira K. (demo)", "120", "100", "improved")
    assert (tmp_path / "register.csv").read_bytes().startswith(b"\xef\xbb\xbfGroup,Parent,Chapter 1")
