"""One writer at a time: while the app is open, commands that change records wait their turn."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.e2e.test_database_argument import one_paragraph


@pytest.fixture
def open_app(tmp_path):
    """The real app running on a demo database (its lock written, its database open)."""
    path = tmp_path / "records.sqlite3"
    assert run_cli("--database", str(path), "demo", "--no-window").returncode == 0
    assert run_cli("--database", str(path), "curriculum", "export", str(tmp_path / "programme.yaml")).returncode == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-m", "cos_desktop", "--database", str(path)], env=env, cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = Path(str(path) + ".lock")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not (lock.exists() and lock.stat().st_size > 0):
        time.sleep(0.1)
    assert lock.exists(), "the app never started"
    yield path
    app.kill()
    app.wait()


WRITERS = [
    ["demo", "--no-window"],
    ["curriculum", "import", "{folder}/programme.yaml"],
    ["parent", "erase", "--group", "Demo group", "--parent", "Amira K. (demo)", "--yes"],
    ["restore", "{folder}/backup.sqlite3"],
]
READERS = [
    ["paths"],
    ["export", "parent-summary", "--group", "Demo group", "--out", "{folder}/summary.pdf"],
    ["parent", "export", "--group", "Demo group", "--parent", "Amira K. (demo)", "--out", "{folder}/amira.txt"],
    ["curriculum", "export", "{folder}/again.yaml"],
    ["backup", "--to", "{folder}/backup.sqlite3"],
    ["backups"],
]


def test_writing_commands_are_refused_while_the_app_is_open_and_reading_ones_work(open_app):
    folder = open_app.parent
    for command in READERS:
        result = run_cli("--database", str(open_app), *[part.format(folder=folder) for part in command])
        assert result.returncode == 0, (command, result.stderr)
    assert (folder / "summary.pdf").exists() and (folder / "backup.sqlite3").exists()
    for command in WRITERS:
        result = run_cli("--database", str(open_app), *[part.format(folder=folder) for part in command])
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        message = one_paragraph(result.stderr)
        assert "This database is open in COS Desktop" in message and "Close the app" in message
    assert not list(folder.glob("*.before-restore-*"))


def test_a_command_that_writes_keeps_the_app_from_opening_meanwhile(tmp_path):
    """The lock is the app's own: a writing command holds it, so the app refuses to open beside it."""
    from cos_desktop.app import acquire_lock

    path = tmp_path / "records.sqlite3"
    lock, reason = acquire_lock("sqlite:///" + str(path), for_command=True)
    assert lock is not None, reason
    try:
        app = run_cli("--database", str(path))
        assert app.returncode == 1 and "already open" in one_paragraph(app.stderr)
        demo = run_cli("--database", str(path), "demo", "--no-window")
        assert demo.returncode == 2 and "is open in COS Desktop" in one_paragraph(demo.stderr)
    finally:
        lock.unlock()
    assert run_cli("--database", str(path), "demo", "--no-window").returncode == 0
