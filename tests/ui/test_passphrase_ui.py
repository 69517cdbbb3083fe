"""The passphrase flow as a facilitator goes through it: File > Protect with a passphrase..., the
recovery key shown once, the passphrase asked at start (a wrong one first), change and remove."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from cos_desktop.db import encryption as enc
from tests.ui.keyboard import type_text

PASSPHRASE = "the owl sings at noon"


@pytest.fixture(autouse=True)
def forget_keys():
    yield
    enc._keys.clear()


def on_next_dialog(steps: list) -> list:
    """Run each step on the modal dialog then open: a plain step waits for a dialog not seen before,
    a ("same", step) pair acts again on the dialog still open. Returns what the steps returned."""
    results: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        same = isinstance(steps[0], tuple)
        if dialog is None or (getattr(dialog, "_seen", False) and not same):
            QTimer.singleShot(20, poll)
            return
        dialog._seen = True
        step = steps.pop(0)
        results.append((step[1] if same else step)(dialog))
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return results


def focused(dialog):
    """The widget with the keyboard focus (the dialog's own when the platform has no active window)."""
    widget = QApplication.focusWidget()
    if widget is None or not dialog.isAncestorOf(widget):
        widget = dialog.focusWidget()
    assert widget is not None and dialog.isAncestorOf(widget)
    return widget


def type_and_enter(*texts: str):
    """Type each text into the focused field, Tab between them, Enter at the end."""
    def step(dialog):
        from PySide6.QtTest import QTest

        dialog.activateWindow()
        for index, text in enumerate(texts):
            type_text(focused(dialog), text)
            if index < len(texts) - 1:
                QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return)
        return dialog.findChild(QLabel, "secretProblem").text()
    return step


def read_key_and_close(dialog):
    key = dialog.findChild(QLabel, "recoveryKey").text()
    from PySide6.QtTest import QTest

    button = next(b for b in dialog.findChildren(QDialogButtonBox)[0].buttons() if b.objectName() == "recoveryKeyDone")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return key


def database_file(window) -> Path:
    return Path(window.database_url.removeprefix("sqlite:///"))


def test_protect_from_the_file_menu_then_change_and_remove(main_window_factory, qtbot, tmp_path):
    window = main_window_factory(demo=True)
    path = database_file(window)
    assert window.passphrase_actions.protect.isVisible() and not window.passphrase_actions.change.isVisible()

    def correct_the_second(dialog):
        second = dialog.fields["again"]
        second.setFocus()
        second.selectAll()
        type_text(second, PASSPHRASE)
        qtbot.keyClick(second, Qt.Key.Key_Return)

    results = on_next_dialog([type_and_enter(PASSPHRASE, "not the same"), ("same", correct_the_second),
                              read_key_and_close])
    window.passphrase_actions.protect.trigger()  # returns once every dialog is closed
    assert "not the same" in results[0]  # the dialog stayed open for the second field to be corrected
    recovery = results[2]
    assert len(enc.normalise_recovery_key(recovery)) == 25
    assert b"Amira" not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM note").fetchall()
    assert window.group_picker.currentText().startswith("Demo group")  # open again, on the same group
    window.grab().save(str(tmp_path / "after-protect.png"))

    window.passphrase_actions.refresh()
    assert window.passphrase_actions.change.isVisible() and not window.passphrase_actions.protect.isVisible()
    results = on_next_dialog([type_and_enter("wrong", "new words two", "new words two"),
                              ("same", lambda dialog: qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape))])
    window.passphrase_actions.change.trigger()
    assert "not right" in results[0]
    results = on_next_dialog([type_and_enter(recovery, "new words two", "new words two")])
    window.passphrase_actions.change.trigger()
    assert results == [""]
    enc.forget(path)
    enc.unlock(path, "new words two")

    results = on_next_dialog([type_and_enter("new words two")])
    window.passphrase_actions.remove.trigger()
    assert path.read_bytes().startswith(b"SQLite format 3\0")
    assert not enc.key_file(path).exists()
    assert window.group_picker.currentText().startswith("Demo group")


def test_the_passphrase_is_asked_at_start_and_a_wrong_one_just_asks_again(qtbot, tmp_path):
    from cos_desktop.app import make_application
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.protection import protect
    from cos_desktop.ui.passphrase_dialog import unlock_before_opening

    make_application()
    path = tmp_path / "cos.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    protect(path, PASSPHRASE)
    enc.forget(path)
    def the_right_one(dialog):
        field = focused(dialog)  # a wrong try leaves the text selected: typing replaces it
        type_text(field, PASSPHRASE)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    problems = on_next_dialog([type_and_enter("Wrong one"), ("same", the_right_one)])
    assert unlock_before_opening(f"sqlite:///{path}") is True
    assert problems[0] == "That passphrase is not right. Nothing was changed; try again, or use the recovery key."
    assert enc.remembered(path) is not None


def test_cancelling_the_passphrase_does_not_open_anything(qtbot, tmp_path):
    from cos_desktop.app import make_application
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.protection import protect
    from cos_desktop.ui.passphrase_dialog import unlock_before_opening

    make_application()
    path = tmp_path / "cos.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    protect(path, PASSPHRASE)
    enc.forget(path)
    on_next_dialog([lambda dialog: qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)])
    assert unlock_before_opening(f"sqlite:///{path}") is False


def test_signing_in_to_the_agency_database_asks_for_the_password(qtbot, monkeypatch):
    import argparse

    from cos_desktop.app import make_application
    from cos_desktop.cli_private import ask_server_password

    make_application()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    args = argparse.Namespace(database="postgresql://maria@db.example/cos?sslmode=require", command=None)
    on_next_dialog([type_and_enter("her p@ss/word")])
    ask_server_password(args, gui=True)
    from sqlalchemy.engine import make_url

    signed_in = make_url(args.database)
    assert (signed_in.username, signed_in.password, signed_in.query) == ("maria", "her p@ss/word", {"sslmode": "require"})
