"""The command line and start-up, in real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_version_and_help():
    from cos_desktop import __version__

    assert run_cli("--version").stdout.strip() == f"COS Desktop {__version__}"
    help_text = run_cli("--help").stdout
    assert "--database" in help_text and "demo" in help_text


def test_demo_without_window_is_idempotent(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    first = run_cli("--database", url, "demo", "--no-window")
    second = run_cli("--database", url, "demo", "--no-window")
    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert "Demo group" in first.stdout


def test_database_from_environment_variable(tmp_path):
    url = "sqlite:///" + str(tmp_path / "env.sqlite3")
    result = run_cli("demo", "--no-window", env={"COS_DESKTOP_DATABASE": url})
    assert result.returncode == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_bad_databases_exit_non_zero_with_one_paragraph(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not sqlite at all")
    result = run_cli("--database", "sqlite:///" + str(broken), "demo", "--no-window")
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert broken.read_bytes() == b"not sqlite at all"
    unreachable = run_cli("--database", "postgresql+psycopg://u:p@127.0.0.1:1/x", "demo", "--no-window")
    assert unreachable.returncode == 2 and "Cannot reach" in unreachable.stderr


def test_second_copy_on_the_same_database_is_refused(tmp_path):
    url = "sqlite:///" + str(tmp_path / "one.sqlite3")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen([sys.executable, "-m", "cos_desktop", "--database", url], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lock = Path(str(tmp_path / "one.sqlite3") + ".lock")
        # Wait until the first copy has written its lock (its process id) and opened the database.
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not (
            lock.exists() and lock.stat().st_size > 0 and (tmp_path / "one.sqlite3").exists()
        ):
            time.sleep(0.1)
        assert lock.exists() and lock.stat().st_size > 0, "the first copy never started"
        second = run_cli("--database", url)
        assert second.returncode == 1
        assert "already open" in second.stderr
    finally:
        first.kill()
        first.wait()
    # Once the first copy has gone (even killed), its lock is stale and a new start is allowed.
    third = subprocess.Popen([sys.executable, "-m", "cos_desktop", "--database", url], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(3)
    still_running = third.poll() is None
    third.kill()
    third.wait()
    assert still_running


def test_parent_export_and_erase_from_the_command_line(tmp_path):
    url = "sqlite:///" + str(tmp_path / "parents.sqlite3")
    assert run_cli("--database", url, "demo", "--no-window").returncode == 0
    out = tmp_path / "ben.json"
    exported = run_cli("--database", url, "parent", "export", "--group", "Demo group", "--parent", "Ben T. (demo)",
                       "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["name"] == "Ben T. (demo)" and [n["text"][:9] for n in data["notes"]] == ["Follow up"]
    missing = run_cli("--database", url, "parent", "export", "--group", "Demo group", "--parent", "Nobody", "--out", str(out))
    assert missing.returncode == 1 and "no parent named 'Nobody'" in missing.stderr
    asked = run_cli("--database", url, "parent", "erase", "--group", "Demo group", "--parent", "Ben T. (demo)")
    assert asked.returncode == 1 and "Nothing was erased" in asked.stdout
    assert "Note (about them only), deleted" in asked.stdout
    erased = run_cli("--database", url, "parent", "erase", "--group", "Demo group", "--parent", "Ben T. (demo)", "--yes")
    assert erased.returncode == 0, erased.stderr
    again = run_cli("--database", url, "parent", "export", "--group", "Demo group", "--parent", "Ben T. (demo)", "--out", str(out))
    assert again.returncode == 1
