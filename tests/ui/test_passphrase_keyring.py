"""The passphrase kept in this computer's keyring when the facilitator ticks the box: the app then
opens without asking. An in-memory keyring stands in for the OS keyring, which cannot run here.
Where no keyring works, the box is shown off with a plain reason."""

from __future__ import annotations

import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel

from cos_desktop.db import encryption as enc
from cos_desktop.db import os_keyring
from tests.ui.keyboard import type_text
from tests.ui.test_passphrase_ui import PASSPHRASE, focused, on_next_dialog

NEW_PASSPHRASE = "a heron waits by the weir"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        del self.kept[(service, username)]


@pytest.fixture(autouse=True)
def fresh_keys():
    yield
    enc._keys.clear()
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def protected(tmp_path):
    from cos_desktop.app import make_application
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.protection import protect

    make_application()
    path = tmp_path / "cos.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    protect(path, PASSPHRASE)
    enc.forget(path)  # as after quitting: the next start needs the passphrase
    return path


def type_tick_and_open(qtbot, *, tick: bool = True):
    def step(dialog):
        box = dialog.findChild(QCheckBox, "rememberInKeyring")
        type_text(focused(dialog), PASSPHRASE)
        if tick:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() is tick
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.findChild(QLabel, "secretProblem").text()
    return step


def test_ticking_the_box_keeps_the_key_and_the_next_start_does_not_ask(qtbot, protected, memory_keyring, monkeypatch):
    from cos_desktop.db.engine import open_database
    from cos_desktop.ui.passphrase_dialog import UnlockDialog, unlock_before_opening

    url = f"sqlite:///{protected}"
    problems = on_next_dialog([type_tick_and_open(qtbot)])
    assert unlock_before_opening(url) is True
    assert problems == [""]
    assert len(memory_keyring.kept) == 1
    assert PASSPHRASE not in memory_keyring.kept.values()  # the database's key, not the passphrase

    enc.forget(protected)  # quit and start again
    asked = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert unlock_before_opening(url) is True
    assert asked == []  # opened without a window asking
    database = open_database(url)
    try:
        with database.session() as session:
            assert session.execute(__import__("sqlalchemy").text("SELECT count(*) FROM group_")).scalar() == 0
    finally:
        database.dispose()


def test_without_ticking_nothing_is_kept_and_the_passphrase_is_asked_again(qtbot, protected, memory_keyring):
    from cos_desktop.ui.passphrase_dialog import unlock_before_opening

    on_next_dialog([type_tick_and_open(qtbot, tick=False)])
    assert unlock_before_opening(f"sqlite:///{protected}") is True
    assert memory_keyring.kept == {}
    enc.forget(protected)
    on_next_dialog([lambda dialog: qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)])
    assert unlock_before_opening(f"sqlite:///{protected}") is False


def test_a_key_that_no_longer_opens_the_file_is_dropped_and_the_passphrase_asked(qtbot, protected, memory_keyring):
    from cos_desktop.ui.passphrase_dialog import unlock_before_opening

    memory_keyring.set_password(os_keyring.SERVICE, str(protected.absolute()), "00" * 32)
    on_next_dialog([type_tick_and_open(qtbot, tick=False)])
    assert unlock_before_opening(f"sqlite:///{protected}") is True
    assert memory_keyring.kept == {}


def test_the_change_dialog_shows_the_choice_and_unticking_it_forgets(qtbot, protected, memory_keyring):
    from cos_desktop.ui.passphrase_dialog import ChangeDialog

    os_keyring.keep(protected, enc.unlock(protected, PASSPHRASE))
    dialog = ChangeDialog(protected)
    box = dialog.findChild(QCheckBox, "rememberInKeyring")
    assert box.isEnabled() and box.isChecked()
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in (("current", PASSPHRASE), ("new", NEW_PASSPHRASE), ("again", NEW_PASSPHRASE)):
        type_text(dialog.fields[name], text)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert memory_keyring.kept == {}


def test_with_no_keyring_the_box_is_off_and_says_why(qtbot, protected, tmp_path):
    from cos_desktop.ui.passphrase_dialog import UnlockDialog

    keyring.set_keyring(fail.Keyring())
    dialog = UnlockDialog(protected)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QCheckBox, "rememberInKeyring")
    reason = dialog.findChild(QLabel, "keyringReason")
    assert not box.isEnabled() and not box.isChecked()
    assert reason.isVisible() and "no keyring that COS Desktop can use" in reason.text()
    dialog.grab().save(str(tmp_path / "unlock-no-keyring.png"))


def test_without_the_keyring_package_the_box_is_off_and_says_why(qtbot, protected, monkeypatch):
    from cos_desktop.ui.passphrase_dialog import UnlockDialog, unlock_before_opening

    monkeypatch.setitem(sys.modules, "keyring", None)  # as if it were not installed
    dialog = UnlockDialog(protected)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChild(QCheckBox, "rememberInKeyring").isEnabled()
    assert "installed without keyring support" in dialog.findChild(QLabel, "keyringReason").text()
    dialog.close()
    on_next_dialog([type_tick_and_open(qtbot, tick=False)])
    assert unlock_before_opening(f"sqlite:///{protected}") is True


def test_commands_take_the_kept_key_too_and_ask_when_there_is_none(protected, tmp_path, cli):
    import json

    kept = tmp_path / "keyring.json"
    env = {"PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring", "COS_TEST_KEYRING_FILE": str(kept)}
    command = ("--database", f"sqlite:///{protected}", "parent", "export", "--group", "Nobody", "--parent", "x",
               "--out", str(tmp_path / "x.json"))
    asked = cli(*command, env=env, input="")
    assert asked.returncode != 0 and "Passphrase" in asked.stdout + asked.stderr  # nothing kept: it asks
    assert "there is no group" not in asked.stderr

    kept.write_text(json.dumps({f"{os_keyring.SERVICE}\n{protected.absolute()}": enc.unlock(protected, PASSPHRASE)}))
    opened = cli(*command, env=env, input="")
    assert "there is no group named 'Nobody'" in opened.stderr  # it opened the records without asking
    assert "Passphrase" not in opened.stdout + opened.stderr
