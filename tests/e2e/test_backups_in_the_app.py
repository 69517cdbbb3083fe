"""Backups as a facilitator meets them: after a session ends, on closing, and File > Restore from backup..."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cos_desktop.app import make_application
from cos_desktop.core.clock import FakeClock
from cos_desktop.db import backup as backups
from cos_desktop.db import store
from cos_desktop.ui import backup_dialog
from cos_desktop.ui.main_window import MainWindow
from tests.conftest import ROOT

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path):
    make_application()
    win = MainWindow("sqlite:///" + str(tmp_path / "records.sqlite3"))
    win.live_full_screen = False
    backup_dialog.back_up_automatically(win)  # as the app does at start-up
    qtbot.addWidget(win)
    win.show()
    assert win.open_database()
    win.load_demo_group()
    yield win
    if win.live_session is not None:
        win.live_session.close()
    win.close_database()


def database_path(win):
    return backup_dialog.sqlite_file(win.database_url)


def end_a_session(win, qtbot) -> None:
    """Start and end the group's next session in the presenter; wait for the backup it starts."""
    group = win.current_group()
    run = store.next_session(group)
    clock = FakeClock()
    live = win.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    live.controller.start()
    clock.advance(600)
    live.presenter.end_button.click()  # asks first, in the strip above the segment
    with qtbot.waitSignal(win.backup_runner.finished, timeout=30_000):
        qtbot.mouseClick(live.presenter.messages.end_now, LEFT)
    live.close()


def menu_action(win, name: str):
    return next(a for a in win.file_menu.actions() if a.objectName() == name)


def test_ending_a_session_takes_a_backup_that_holds_it(window, qtbot):
    assert backups.list_backups(database_path(window)) == []
    end_a_session(window, qtbot)
    found = backups.list_backups(database_path(window))
    assert len(found) == 1
    assert backups.describe(found[0].path).last_session.startswith("Demo group, chapter 2, ")


def test_restore_from_backup_lists_backups_and_puts_one_back(window, qtbot):
    end_a_session(window, qtbot)
    window.session.get(type(window.current_group()), window.current_group().id).name = "Renamed later"
    window.session.commit()
    window.refresh_groups()

    menu_action(window, "restoreBackup").trigger()
    dialog = window.findChild(backup_dialog.RestoreDialog, "restoreDialog")
    assert dialog is not None and dialog.isVisible()
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) == 1
    assert "1 group (Demo group); last session: Demo group, chapter 2" in lines[0].splitlines()[1]
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert not dialog.isVisible()
    assert window.group_picker.currentText().startswith("Demo group")
    kept = [b for b in backups.list_backups(database_path(window)) if b.kind == "before-restore"]
    assert len(kept) == 1 and backups.describe(kept[0].path).groups == ["Renamed later"]


def test_the_dialog_backs_up_now_and_closes_by_its_button(window, qtbot):
    menu_action(window, "restoreBackup").trigger()
    dialog = window.findChild(backup_dialog.RestoreDialog, "restoreDialog")
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert "no backups yet" in dialog.intro.text()
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert dialog.list.count() == 1 and dialog.restore_button.isEnabled()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, LEFT)
    assert not dialog.isVisible()


def test_on_postgresql_the_dialog_says_backups_are_the_servers_job(qtbot, db_url):
    if db_url.startswith("sqlite"):
        pytest.skip("a PostgreSQL case")
    make_application()
    win = MainWindow(db_url)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database()
    try:
        menu_action(win, "restoreBackup").trigger()
        dialog = win.findChild(backup_dialog.RestoreDialog, "restoreDialog")
        assert "server's job" in dialog.intro.text() and not dialog.restore_button.isEnabled()
        dialog.reject()
    finally:
        win.close_database()


QUIT_DRIVER = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from cos_desktop.cli import main\n"
    "def quit_by_menu():\n"
    "    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow')\n"
    "    window.databaseReady.connect(lambda: QTimer.singleShot(200, lambda: next(\n"
    "        a for a in window.file_menu.actions() if a.objectName() == 'quit').trigger()))\n"
    "QTimer.singleShot(0, quit_by_menu)\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_closing_the_app_backs_up_at_most_once_an_hour(tmp_path):
    path = tmp_path / "records.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")

    def start_and_quit():
        done = subprocess.run([sys.executable, "-c", QUIT_DRIVER, "--database", str(path)], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return [b.path for b in backups.list_backups(path)]

    first = start_and_quit()
    assert len(first) == 1
    assert start_and_quit() == first  # within the hour: no second copy


def click_when_shown(qtbot, object_name: str, button_text: str) -> list:
    """Click the button labelled `button_text` on the message box `object_name` once it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    clicked = []

    def poll():
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == object_name and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, poll)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        clicked.append(box.text())
        qtbot.mouseClick(button, LEFT)

    QTimer.singleShot(0, poll)
    return clicked


@pytest.mark.parametrize("answer", ["Put the backup back", "Not now"])
def test_after_a_damaged_database_stops_the_app_the_newest_backup_is_offered(qtbot, tmp_path, monkeypatch, answer):
    path = tmp_path / "records.sqlite3"
    url = "sqlite:///" + str(path)
    make_application()
    database = backup_dialog.sqlite_file(url)
    from cos_desktop.db.demo import load_demo_group
    from cos_desktop.db.engine import open_database

    opened = open_database(url)
    with opened.session() as session:
        load_demo_group(session)
    opened.dispose()
    taken = backups.take_backup(database)
    os.truncate(path, path.stat().st_size // 2)
    monkeypatch.setenv("COS_DESKTOP_NONINTERACTIVE", "0")  # a person is at the screen

    clicked = click_when_shown(qtbot, "offerRestore", answer)
    restored = backup_dialog.offer_restore(url)
    assert clicked and "Your database is damaged. The newest backup was taken on" in clicked[0]
    if answer == "Not now":
        assert restored is None and backup_dialog.is_damaged(path)
        return
    assert restored == taken
    assert not backup_dialog.is_damaged(path)
    assert [b.kind for b in backups.list_backups(path)].count("before-restore") == 1


def test_a_backup_folder_is_chosen_in_the_dialog_and_used_from_then_on(window, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    stick = tmp_path / "usb stick"
    stick.mkdir()
    menu_action(window, "restoreBackup").trigger()
    dialog = window.findChild(backup_dialog.RestoreDialog, "restoreDialog")
    chosen = []

    def choose_in_file_dialog():
        files = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if files is None:
            QTimer.singleShot(20, choose_in_file_dialog)
            return
        chosen.append(files)
        # Paste the folder's path (typed keys would go to the path completer's popup here).
        files.findChild(QLineEdit, "fileNameEdit").setText(str(stick))
        QTimer.singleShot(50, lambda: click_choose(files))

    def click_choose(files):
        buttons = files.findChild(QDialogButtonBox)
        choose = next(b for b in buttons.buttons() if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        if not choose.isEnabled():  # the dialog is still reading the folder
            QTimer.singleShot(50, lambda: click_choose(files))
            return
        qtbot.mouseClick(choose, LEFT)

    QTimer.singleShot(0, choose_in_file_dialog)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert chosen, "the folder dialog never opened"
    assert str(stick) in dialog.folder_label.text()
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert [p.parent for p in stick.glob("records.backup-*.sqlite3")] == [stick]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()


def test_no_restore_while_a_session_is_running(window, qtbot, capfd):
    backups.take_backup(database_path(window))
    group = window.current_group()
    run = store.next_session(group)
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
    menu_action(window, "restoreBackup").trigger()
    dialog = window.findChild(backup_dialog.RestoreDialog, "restoreDialog")
    capfd.readouterr()
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert "Finish the session that is running first." in capfd.readouterr().err
    assert dialog.isVisible() and window.session is not None
    assert not [b for b in backups.list_backups(database_path(window)) if b.kind == "before-restore"]
    dialog.reject()
    live.close()
