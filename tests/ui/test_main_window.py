"""The main window on a real (offscreen) Qt: the programme, new groups, the demo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from cos_desktop.app import make_application
from cos_desktop.core.local_formats import day_month_year
from cos_desktop.ui.records.group_dialog import NewGroupDialog
from cos_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(main_window_factory):
    return main_window_factory()


def table_column(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_first_start_shows_the_eight_chapters_timed_from_zero(window):
    assert window.programme.chapter_list.count() == 8
    assert window.programme.chapter_list.item(0).text().startswith("1. Welcome to Circle of Security Parenting")
    starts = table_column(window.programme.segment_table, 0)
    assert starts[0] == "0:00"
    assert window.programme.chapter_total.text().startswith("90 min of 90")


def test_new_group_times_segments_from_its_start(window, qtbot, monkeypatch):
    def fill(dialog):
        dialog.name.setText("Thursday evening ✨ مجموعة")
        dialog.start_time.setTime(dialog.start_time.time().fromString("18:30", "HH:mm"))
        dialog.first_date.setDate(dt.date(2026, 2, 5))
        return NewGroupDialog.DialogCode.Accepted

    monkeypatch.setattr(NewGroupDialog, "exec", fill)
    window.new_group()
    assert window.group_picker.currentText() == "Thursday evening ✨ مجموعة"
    starts = table_column(window.programme.segment_table, 0)
    assert starts[:2] == ["18:30", "18:38"]
    dates = table_column(window.schedule, 1)
    assert dates[0] == day_month_year(dt.date(2026, 2, 5)) and dates[7] == day_month_year(dt.date(2026, 3, 26))


def test_individual_delivery_suggests_an_hour(qtbot):
    make_application()
    dialog = NewGroupDialog([(1, "Programme")])
    qtbot.addWidget(dialog)
    dialog.delivery.setCurrentIndex(1)
    assert dialog.minutes.value() == 60
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_demo_group_from_the_help_menu(window):
    window.load_demo_group()
    assert window.group_picker.currentText() == "Demo group"
    assert window.participants.count() == 8
    assert table_column(window.schedule, 2)[0] == "Delivered"


def test_window_geometry_is_remembered(qtbot, sqlite_url):
    make_application()
    first = MainWindow(sqlite_url)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.move(40, 30)
    size = (first.width(), first.height())
    assert size != (1200, 760)  # not the default
    first.close()
    QSettings().sync()
    second = MainWindow(sqlite_url)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size


def test_delivered_chapters_are_marked_in_the_list(window):
    window.load_demo_group()
    items = [window.programme.chapter_list.item(i).text() for i in range(8)]
    assert "(delivered)" in items[0]
    assert not any("(delivered)" in text for text in items[1:])


def test_window_is_built_before_the_slow_libraries_load():
    """The window appears at once; the database, file and media layers load behind it."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys\n"
        "from cos_desktop.app import make_application\n"
        "from cos_desktop.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "window = MainWindow('sqlite:///unused.sqlite3')\n"
        "window.show()\n"
        "app.processEvents()\n"
        "slow = ('sqlalchemy', 'alembic', 'reportlab', 'vlc', 'pydantic', 'yaml')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in slow}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_app_opens_on_the_group_picked_last_time(main_window_factory, sqlite_url, qtbot):
    first = main_window_factory(demo=True)
    assert first.group_picker.currentText() == "Demo group"
    first.close_database()
    again = MainWindow(sqlite_url)
    qtbot.addWidget(again)
    assert again.open_database()
    assert again.group_picker.currentText() == "Demo group"
    again.group_picker.setCurrentIndex(0)
    again.close_database()
    third = MainWindow(sqlite_url)
    qtbot.addWidget(third)
    assert third.open_database()
    assert third.current_group() is None
    third.close_database()


def test_time_and_date_fields_take_typed_digits(qtbot):
    """Click into the field and type: the digits replace the number under the cursor."""
    from PySide6.QtCore import QDate, QPoint, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    from cos_desktop.ui.records.date_fields import numeric_date_format

    make_application()
    dialog = NewGroupDialog([(1, "Programme")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    for field, typed in ((dialog.start_time, "0945"),
                         (dialog.first_date, "".join(ch for ch in QDate(2027, 2, 5).toString(numeric_date_format())
                                                     if ch.isdigit()))):
        line = field.findChild(QLineEdit)
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))  # on the first number
        qtbot.wait(20)
        qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert dialog.start_time.time().toString("HH:mm") == "09:45"
    assert dialog.first_date.date() == QDate(2027, 2, 5)


def test_standard_undo_and_redo_keys_each_bound_once_and_quit_last_in_file(window, qtbot):
    from PySide6.QtGui import QKeySequence

    redo = next(a for a in window.edit_menu.actions() if a.text().startswith("&Redo"))
    keys = [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys and len(keys) == len(set(keys))
    window.tabs.setCurrentWidget(window.planner)
    window.planner.add_segment()
    rows = window.planner.table.rowCount()
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.planner.table.rowCount() == rows - 1
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.planner.table.rowCount() == rows
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.planner.table.rowCount() == rows
    actions = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert actions[-1].objectName() == "quit" and actions[-1].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (the key that picks the item once its menu is open)."""
    i = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[i + 1].lower() if 0 <= i < len(stripped) - 1 else None


def test_every_menu_item_has_its_own_letter(main_window_factory):
    """Alt+F then P must open Print, not stop at one of two items that share the P."""
    win = main_window_factory()
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    titles = [_mnemonic(a.text()) for a in win.menuBar().actions()]
    assert len(titles) == len(set(titles)), titles
    for menu in menus:
        menu.aboutToShow.emit()  # menus that fill themselves as they open
        letters = [(a.text(), _mnemonic(a.text())) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        taken = [m for _, m in letters if m]
        assert len(taken) == len(set(taken)), f"{menu.title()}: {letters}"


def test_started_from_the_command_line_the_window_shows_before_the_slow_libraries_load(tmp_path):
    """The real entry point (argument checks, lock, passphrase check) keeps the first paint light."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys\n"
        "import cos_desktop.app as app\n"
        "def probe(window):\n"
        "    from PySide6.QtCore import QTimer\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    def shown():\n"
        "        slow = ('sqlalchemy', 'alembic', 'reportlab', 'vlc', 'pydantic', 'yaml')\n"
        "        print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in slow}), flush=True)\n"
        "        QApplication.quit()\n"
        "    QTimer.singleShot(0, shown)\n"
        "app._probe_startup = probe\n"
        "from cos_desktop.cli import main\n"
        f"sys.exit(main(['--database', {str(tmp_path / 'cos.sqlite3')!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COS_DESKTOP_STARTUP_PROBE": "1",
           "COS_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=60)
    assert result.stdout.strip().splitlines()[0] == "[]", result.stderr
