"""A SQLite database protected with a passphrase: unreadable without it, and nothing lost on the way."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from cos_desktop.db import encryption as enc
from cos_desktop.db.engine import DatabaseOpenError, backup_sqlite, open_database
from cos_desktop.db.protection import change_passphrase, protect, remove_protection

SECRET_NOTE = "Mum said the baby sleeps in the car because of the damp flat"
PARENT = "Zofia Kowalczyk-Private"
PASSPHRASE = "blue kettle on a rainy tuesday"


@pytest.fixture(autouse=True)
def forget_keys():
    yield
    enc._keys.clear()


@pytest.fixture
def plain_db(tmp_path) -> Path:
    """A database with a group, a parent and a note, closed again."""
    import datetime as dt

    from cos_desktop.db import records, store

    path = tmp_path / "cos.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        group = store.create_group(s, name="Tuesday group", template=store.ensure_builtin_template(s),
                                   first_date=dt.date(2026, 1, 6))
        parent = records.add_participant(s, group, PARENT)
        records.add_note(s, group.sessions[0], text=SECRET_NOTE, tagged=[parent])
        s.commit()
    db.dispose()
    return path


def _notes(path: Path) -> list[str]:
    from cos_desktop.db.models import Note

    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            return [n.text for n in s.query(Note).all()]
    finally:
        db.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _every_byte_in(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_protected_file_holds_no_note_text_and_sqlite_cannot_open_it(plain_db):
    assert SECRET_NOTE.encode() in _every_byte_in(plain_db.parent)
    done = protect(plain_db, PASSPHRASE)
    assert len(enc.normalise_recovery_key(done.recovery_key)) == 25
    everything = _every_byte_in(plain_db.parent)
    for secret in (SECRET_NOTE, PARENT, PASSPHRASE, done.recovery_key):
        assert secret.encode() not in everything
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_db).execute("SELECT count(*) FROM note").fetchone()
    tool = subprocess.run(["sqlite3", str(plain_db), "SELECT text FROM note"], capture_output=True, text=True)
    assert tool.returncode != 0 and "not a database" in tool.stderr
    assert stat.S_IMODE(os.stat(plain_db).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(enc.key_file(plain_db)).st_mode) == 0o600
    assert sorted(p.name for p in plain_db.parent.iterdir()) == ["cos.sqlite3", "cos.sqlite3.key"]
    assert _notes(plain_db) == [SECRET_NOTE]  # this process still holds the key


def test_the_passphrase_opens_it_and_a_wrong_one_changes_nothing(plain_db):
    protect(plain_db, PASSPHRASE)
    enc.forget(plain_db)
    with pytest.raises(DatabaseOpenError, match="protected with a passphrase"):
        open_database(f"sqlite:///{plain_db}")
    before = (_digest(plain_db), _digest(enc.key_file(plain_db)))
    for attempt in ("", "blue kettle", "BLUE KETTLE ON A RAINY TUESDAY", "x" * 5000, "\0", "ü" * 30):
        with pytest.raises(enc.WrongSecret) as wrong:
            enc.unlock(plain_db, attempt)
        assert "\n" not in str(wrong.value)
    assert (_digest(plain_db), _digest(enc.key_file(plain_db))) == before  # six wrong tries: nothing locked
    enc.unlock(plain_db, PASSPHRASE)
    assert _notes(plain_db) == [SECRET_NOTE]


def test_the_recovery_key_opens_a_copy_without_its_key_file_and_sets_a_new_passphrase(plain_db, tmp_path):
    done = protect(plain_db, PASSPHRASE)
    enc.forget(plain_db)
    other_machine = tmp_path / "elsewhere"
    other_machine.mkdir()
    copy = other_machine / "cos.sqlite3"
    shutil.copy2(plain_db, copy)
    with pytest.raises(enc.WrongSecret, match="recovery key"):
        enc.unlock(copy, PASSPHRASE)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database(f"sqlite:///{copy}")
    lower_with_spaces = done.recovery_key.lower().replace("-", " ")
    change_passphrase(copy, lower_with_spaces, "a new passphrase")
    enc.forget(copy)
    enc.unlock(copy, "a new passphrase")
    assert _notes(copy) == [SECRET_NOTE]


@pytest.mark.parametrize("damage", ["", "{}", "not json", '{"salt": 1, "wrapped": "x", "check": null}'])
def test_a_damaged_key_file_leaves_the_recovery_key(plain_db, damage):
    done = protect(plain_db, PASSPHRASE)
    enc.forget(plain_db)
    enc.key_file(plain_db).write_text(damage)
    with pytest.raises(enc.WrongSecret, match="recovery key"):
        enc.unlock(plain_db, PASSPHRASE)
    enc.unlock(plain_db, done.recovery_key)


def test_changing_the_passphrase_rewrites_only_the_key_file(plain_db):
    protect(plain_db, PASSPHRASE)
    before = _digest(plain_db)
    with pytest.raises(enc.WrongSecret):
        change_passphrase(plain_db, "not it", "new words here")
    change_passphrase(plain_db, PASSPHRASE, "new words here")
    enc.forget(plain_db)
    with pytest.raises(enc.WrongSecret):
        enc.unlock(plain_db, PASSPHRASE)
    enc.unlock(plain_db, "new words here")
    assert _digest(plain_db) == before
    assert _notes(plain_db) == [SECRET_NOTE]


def test_removing_protection_gives_back_a_plain_database(plain_db):
    protect(plain_db, PASSPHRASE)
    enc.forget(plain_db)
    with pytest.raises(enc.WrongSecret):
        remove_protection(plain_db, "wrong")
    remove_protection(plain_db, PASSPHRASE)
    assert not enc.key_file(plain_db).exists()
    assert sqlite3.connect(plain_db).execute("SELECT text FROM note").fetchall() == [(SECRET_NOTE,)]
    assert _notes(plain_db) == [SECRET_NOTE]


def test_a_plain_database_given_a_passphrase_says_so(plain_db):
    with pytest.raises(enc.ProtectionError, match="not protected"):
        enc.unlock(plain_db, PASSPHRASE)
    protect(plain_db, PASSPHRASE)
    with pytest.raises(enc.ProtectionError, match="already protected"):
        protect(plain_db, PASSPHRASE)


def test_backups_of_a_protected_database_are_protected(plain_db):
    old_backup = backup_sqlite(plain_db, "before-upgrade")
    done = protect(plain_db, PASSPHRASE)
    assert done.backups_protected == 1
    new_backup = backup_sqlite(plain_db, "daily")
    for backup in (old_backup, new_backup):
        assert SECRET_NOTE.encode() not in backup.read_bytes()
        enc.forget(backup)
        enc.unlock(backup, PASSPHRASE)
        assert _notes(backup) == [SECRET_NOTE]


def test_a_damaged_protected_file_is_refused_untouched(plain_db):
    protect(plain_db, PASSPHRASE)
    enc.forget(plain_db)
    data = bytearray(plain_db.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # one byte in every page but the first
        data[offset] ^= 0xFF
    plain_db.write_bytes(bytes(data))
    before = _digest(plain_db)
    with pytest.raises(enc.ProtectionError, match="passphrase is right.*damaged") as refused:
        enc.unlock(plain_db, PASSPHRASE)
    assert not isinstance(refused.value, enc.WrongSecret)
    assert _digest(plain_db) == before
