"""When the database cannot be used: the same one paragraph in the app and on the command line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.e2e.test_database_argument import one_paragraph


def app_message(url: str, capfd) -> str:
    """Start the main window on `url` as the app does and return the message it shows.

    The window then quits the app with exit code 2; here that is recorded instead (a real quit
    would end the event loops of the tests that follow)."""
    from PySide6.QtTest import QTest

    from cos_desktop.app import make_application
    from cos_desktop.ui.main_window import MainWindow

    make_application()
    window = MainWindow(url)
    exit_codes = []
    window._quit_with = exit_codes.append
    capfd.readouterr()
    assert window.open_database() is False
    QTest.qWait(50)
    assert exit_codes == [2]
    window.close()
    return one_paragraph(capfd.readouterr().err)


def demo_database(path: Path) -> str:
    url = "sqlite:///" + str(path)
    assert run_cli("--database", str(path), "demo", "--no-window").returncode == 0
    return url


def test_a_truncated_database_names_its_newest_backup_in_the_app_and_the_command_line(tmp_path, capfd):
    path = tmp_path / "records.sqlite3"
    url = demo_database(path)
    made = run_cli("--database", str(path), "backup")
    assert made.returncode == 0, made.stderr
    backup = next((Path(os.environ["COS_DESKTOP_DATA_DIR"]) / "backups").glob("records.backup-*.sqlite3"))
    os.truncate(path, path.stat().st_size // 2)
    damaged = path.read_bytes()

    command = run_cli("--database", str(path), "export", "parent-summary", "--group", "Demo group",
                      "--out", str(tmp_path / "out.pdf"))
    assert command.returncode == 2
    message = one_paragraph(command.stderr)
    assert "is damaged" in message and str(backup) in message and f'cos-desktop restore "{backup}"' in message
    assert app_message(url, capfd) == message
    assert path.read_bytes() == damaged  # left exactly as it was

    restored = run_cli("--database", str(path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run_cli("--database", str(path), "export", "parent-summary", "--group", "Demo group",
                   "--out", str(tmp_path / "out.pdf")).returncode == 0


def test_a_file_that_is_not_a_database_says_there_is_no_backup_yet(tmp_path, capfd):
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"holiday photos" * 100)
    command = run_cli("--database", str(path), "demo", "--no-window")
    message = one_paragraph(command.stderr)
    assert command.returncode == 2 and "is damaged" in message and "no backup" in message
    assert app_message("sqlite:///" + str(path), capfd) == message
    assert path.read_bytes() == b"holiday photos" * 100


def test_a_database_locked_by_another_program_is_named_as_such(tmp_path):
    path = tmp_path / "records.sqlite3"
    demo_database(path)
    template = tmp_path / "programme.yaml"
    assert run_cli("--database", str(path), "curriculum", "export", str(template)).returncode == 0
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # like a database viewer in the middle of a change
    try:
        result = run_cli("--database", str(path), "curriculum", "import", str(template))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 3
    assert "Another program is holding the database" in one_paragraph(result.stderr)


def test_no_permission_to_read_the_file_is_explained(tmp_path, monkeypatch, capfd):
    path = tmp_path / "records.sqlite3"
    url = demo_database(path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) and mode & os.R_OK
                        else real_access(p, mode))
    message = app_message(url, capfd)
    assert "do not have permission to read the database" in message and "Ask whoever manages" in message


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB disk (tmpfs), so "disk full" is the kernel's own answer; skipped where mounting is not allowed.
    (1 MB no longer held the demo database and its write-ahead log once the schema grew.)"""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small disk here: " + done.stderr.decode().strip())
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def test_a_full_disk_at_start_up_says_free_space_or_choose_another_folder(tiny_disk, capfd):
    path = tiny_disk / "records.sqlite3"
    url = demo_database(path)
    fill(tiny_disk)
    command = run_cli("--database", str(path), "export", "parent-summary", "--group", "Demo group",
                      "--out", str(tiny_disk.parent / "out.pdf"))
    message = one_paragraph(command.stderr)
    assert command.returncode == 2
    assert "is full" in message and "Free some space" in message and "another disk" in message
    assert "server is running" not in message
    assert app_message(url, capfd) == message


def test_a_disk_that_fills_up_while_a_command_writes_says_so(tiny_disk):
    fill(tiny_disk)
    (tiny_disk / "filler").write_bytes(b"\0" * 1_600_000)  # leaves about 400 KB: too little for the demo
    result = run_cli("--database", str(tiny_disk / "records.sqlite3"), "demo", "--no-window")
    assert result.returncode in (2, 3)
    assert "is full" in one_paragraph(result.stderr)


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_half_copy(tiny_disk, tmp_path):
    path = tmp_path / "records.sqlite3"
    demo_database(path)
    fill(tiny_disk)
    result = run_cli("--database", str(path), "backup", env={"COS_DESKTOP_BACKUP_DIR": str(tiny_disk / "backups")})
    assert result.returncode == 1
    message = one_paragraph(result.stderr)
    assert "is full, so no backup was made" in message and "choose another folder" in message
    assert not list(tiny_disk.rglob("*.sqlite3*"))
