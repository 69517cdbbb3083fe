"""Backups of the SQLite file: checked, owner-only, rotated, listed with their contents, restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from cos_desktop.db import backup as backups
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from tests.conftest import run_cli


@pytest.fixture
def records(tmp_path) -> Path:
    """A SQLite database holding the demo group (chapter 1 delivered)."""
    path = tmp_path / "records.sqlite3"
    database = open_database("sqlite:///" + str(path))
    with database.session() as session:
        load_demo_group(session)
    database.dispose()
    return path


def group_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM group_ ORDER BY name")]
    finally:
        conn.close()


def test_a_backup_is_a_checked_owner_only_copy_in_an_owner_only_folder(records):
    target = backups.take_backup(records)
    assert target.parent == backups.backup_folder()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(target.parent).st_mode) == 0o700
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert group_names(target) == group_names(records) == ["Demo group"]
    assert not list(target.parent.glob("*.part"))


def test_the_list_says_when_each_was_taken_and_what_it_holds(records):
    first = backups.take_backup(records, now=dt.datetime(2026, 3, 2, 20, 15))
    second = backups.take_backup(records, now=dt.datetime(2026, 3, 9, 20, 30))
    found = backups.list_backups(records)
    assert [b.path for b in found] == [second, first]
    assert found[0].taken == dt.datetime(2026, 3, 9, 20, 30) and found[0].kind == "automatic"
    contents = backups.describe(second)
    assert contents.groups == ["Demo group"]
    assert contents.last_session.startswith("Demo group, chapter 1, ")
    assert contents.notes > 0


def test_rotation_keeps_the_newest_of_each_of_7_days_and_8_weeks(records):
    start = dt.datetime(2026, 1, 5, 9, 0)  # a Monday
    for day in range(90):
        for hour in (9, 18):  # two backups a day for three months
            backups.take_backup(records, now=start + dt.timedelta(days=day, hours=hour - 9))
    kept = sorted(b.taken for b in backups.list_backups(records))
    newest = start + dt.timedelta(days=89, hours=9)
    days = {t.date() for t in kept}
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) == 8
    assert {newest.date() - dt.timedelta(days=n) for n in range(7)} <= days
    assert all(t.hour == 18 for t in kept)  # the newest of its day
    assert len(kept) <= 7 + 8


def test_backup_due_at_most_once_an_hour(records):
    assert backups.backup_due(records)
    backups.take_backup(records, now=dt.datetime(2026, 5, 1, 10, 0))
    assert not backups.backup_due(records, now=dt.datetime(2026, 5, 1, 10, 59))
    assert backups.backup_due(records, now=dt.datetime(2026, 5, 1, 11, 0))


def test_restore_keeps_the_current_file_aside_and_puts_the_backup_back(records):
    taken = backups.take_backup(records)
    conn = sqlite3.connect(records)
    conn.execute("UPDATE group_ SET name = 'Renamed after the backup'")
    conn.commit()
    conn.close()
    aside = backups.restore_backup(records, taken)
    assert group_names(records) == ["Demo group"]
    assert group_names(aside) == ["Renamed after the backup"]
    assert stat.S_IMODE(os.stat(records).st_mode) == 0o600
    assert aside in [b.path for b in backups.list_backups(records)]


def test_a_damaged_backup_is_refused_and_nothing_changes(records, tmp_path):
    bad = tmp_path / "records.backup-20260101-090000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = records.read_bytes()
    with pytest.raises(backups.BackupError, match="nothing was changed"):
        backups.restore_backup(records, bad)
    assert records.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_a_damaged_database_makes_no_backup_and_older_backups_stay(records):
    good = backups.take_backup(records, now=dt.datetime(2026, 5, 1, 10, 0))
    data = bytearray(records.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\x07" * (4096 * 3)  # scribble over some pages
    records.write_bytes(bytes(data))
    with pytest.raises(backups.BackupError, match="damaged|failed its check"):
        backups.take_backup(records, now=dt.datetime(2026, 5, 2, 10, 0))
    assert [b.path for b in backups.list_backups(records)] == [good]


def test_a_chosen_folder_is_used_from_then_on(records, tmp_path):
    stick = tmp_path / "usb-stick" / "cos backups"
    assert backups.choose_backup_folder(stick) == stick
    assert backups.take_backup(records).parent == stick
    assert backups.backup_folder() == stick
    backups.choose_backup_folder(None)
    assert backups.backup_folder() != stick


def test_the_commands_back_up_list_and_restore(records, tmp_path):
    made = run_cli("--database", str(records), "backup")
    assert made.returncode == 0 and "checked: ok" in made.stdout
    copy = tmp_path / "by-hand.sqlite3"
    assert run_cli("--database", str(records), "backup", "--to", str(copy)).returncode == 0
    assert group_names(copy) == ["Demo group"]
    again = run_cli("--database", str(records), "backup", "--to", str(copy))
    assert again.returncode == 1 and "already exists" in again.stderr
    listed = run_cli("--database", str(records), "backups")
    assert listed.returncode == 0
    assert "1 group (Demo group); last session: Demo group, chapter 1" in listed.stdout
    backup = next(line.strip() for line in listed.stdout.splitlines() if line.strip().startswith("/"))
    restored = run_cli("--database", str(records), "restore", backup)
    assert restored.returncode == 0 and "kept at" in restored.stdout


def test_on_postgresql_the_commands_say_backups_are_the_servers_job(db_url):
    if db_url.startswith("sqlite"):
        pytest.skip("a PostgreSQL case")
    for command in (["backup"], ["backups"], ["restore", "x.sqlite3"]):
        result = run_cli("--database", db_url, *command)
        assert result.returncode == 2
        assert "backing it up is the server's job" in result.stderr and "pg_dump" in result.stderr
