"""What people type after --database, and what they read back, in real subprocesses."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import run_cli


def one_paragraph(stderr: str) -> str:
    """The message, checked to be one line with one 'COS Desktop:' in front and no traceback."""
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("COS Desktop: ") and not lines[0].startswith("COS Desktop: COS Desktop"), stderr
    return lines[0]


def test_a_plain_path_is_a_sqlite_file_created_in_its_folder(tmp_path):
    path = tmp_path / "records.sqlite3"
    result = run_cli("--database", str(path), "demo", "--no-window")
    assert result.returncode == 0, result.stderr
    assert sqlite3.connect(path).execute("SELECT name FROM group_").fetchall() == [("Demo group",)]
    assert "database: sqlite:///" + str(path) in run_cli("--database", str(path), "paths").stdout


def test_a_relative_path_and_a_home_path_are_understood(tmp_path):
    result = run_cli("--database", "here.sqlite3", "paths", env={"HOME": str(tmp_path)})
    assert result.returncode == 0 and "here.sqlite3" in result.stdout
    home = run_cli("--database", "~/mine.sqlite3", "demo", "--no-window", env={"HOME": str(tmp_path)})
    assert home.returncode == 0, home.stderr
    assert (tmp_path / "mine.sqlite3").exists()


@pytest.mark.parametrize("typed, expected", [
    ("{folder}", "is a folder, not a database file"),
    ("sqlite:///{folder}", "is a folder, not a database file"),
    ("{folder}/missing/records.sqlite3", "does not exist"),
    ("postgresql://user@server:port/cos", "is not a database address"),
    ("sqlite:/records.sqlite3", "is not a database address"),
    ("oracle+nothing://server/cos", "is not a kind of database"),
    ("foo://bar", "is not a kind of database"),
    ("sqlite://", "lives only in memory"),
    ("  ", "No database was given"),
])
def test_a_bad_database_argument_gets_one_paragraph_and_exit_2(tmp_path, typed, expected):
    typed = typed.format(folder=tmp_path)
    for command in ([], ["paths"], ["demo", "--no-window"], ["backups"]):  # [] starts the app
        result = run_cli("--database", typed, *command)
        assert result.returncode == 2, (command, result.stderr)
        assert expected in one_paragraph(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing was created


def test_the_same_rule_applies_to_the_environment_variable(tmp_path):
    result = run_cli("paths", env={"COS_DESKTOP_DATABASE": str(tmp_path)})
    assert result.returncode == 2 and "is a folder" in one_paragraph(result.stderr)


def test_the_password_in_a_bad_address_is_not_shown():
    result = run_cli("--database", "postgresql://me:hunter2@server:port/cos", "paths")
    assert result.returncode == 2
    assert "hunter2" not in one_paragraph(result.stderr)


def test_paths_never_shows_a_password():
    result = run_cli("--database", "postgresql+psycopg://me:hunter2@127.0.0.1:1/cos", "paths")
    assert result.returncode == 0 and "hunter2" not in result.stdout and "me:***@127.0.0.1" in result.stdout
