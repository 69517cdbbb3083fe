"""Every button, menu action and shortcut of the main window and of each dialog it opens, clicked as a person would.

The app runs in its own process (tests/clicks/driver.py), so a native crash fails the test too. It fails
on any uncaught exception, any Qt warning (such as "Ambiguous shortcut overload") and any exit that
is not clean. Once on an empty database (a new facilitator's first day: the first group, the
first parents are made through the dialogs) and once on the demo group.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


# A 1366x768 laptop screen: every window and dialog must fit it with its buttons on screen.
SCREEN = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
          "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


def run_driver(database_url: str, *extra: str) -> subprocess.CompletedProcess:
    import json
    import tempfile

    folder = Path(tempfile.mkdtemp())
    screen = folder / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "COS_DESKTOP_NONINTERACTIVE")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", XDG_RUNTIME_DIR=str(folder), COS_DESKTOP_VLC_OPTIONS="--aout=dummy --vout=dummy")
    return subprocess.run([sys.executable, "-m", "tests.clicks.driver", database_url, *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def assert_clean(result: subprocess.CompletedProcess) -> str:
    problems = [line for line in result.stderr.splitlines() if line.startswith("PROBLEM:")]
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-6000:]}"
    assert not problems, result.stderr[-6000:]
    return result.stdout


@pytest.mark.slow
def test_every_button_on_a_new_facilitators_first_day(sqlite_url):
    out = assert_clean(run_driver(sqlite_url))
    # The first group and its first parent were made through the dialogs, and every page was visited.
    assert "click: QPushButton 'Create group'" in out
    assert "window: ParentDialog 'Add parent'" in out
    for page in ("&Programme", "G&roup", "P&lanner", "A&ttendance"):
        assert f"page: {page}" in out
    assert "shortcut: Ctrl+Shift+Z" in out and "shortcut: Ctrl+Y" in out


@pytest.mark.slow
def test_every_button_on_the_demo_group(sqlite_url):
    out = assert_clean(run_driver(sqlite_url, "--demo"))
    assert "window: EraseDialog 'Erase" in out  # seen and declined
    assert "window: SessionReview" in out
    assert "window: ExportDialog" in out


@pytest.mark.slow
def test_the_driver_reports_a_broken_button(sqlite_url, tmp_path, monkeypatch):
    """The test can fail: a slot that raises is reported, and the run says so."""
    hook = tmp_path / "sitecustomize.py"
    hook.write_text(
        "from cos_desktop.ui.records import group_actions\n"
        "def broken(self):\n"
        "    raise RuntimeError('broken on purpose')\n"
        "group_actions.GroupActions.add_participant = broken\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])))
    result = run_driver(sqlite_url)
    assert result.returncode == 1
    assert "broken on purpose" in result.stderr
