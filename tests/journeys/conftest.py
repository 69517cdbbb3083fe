"""A desktop for the journey tests: Xvfb with two screens (laptop and projector) and a real window
manager (openbox), so focus and activation behave as on a facilitator's laptop.

Each journey runs the app in a child process (tests/journeys/driver.py) on that display, so a
native crash (a segfault in libvlc) fails the test instead of ending the test run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

LAPTOP = "1366x768x24"
PROJECTOR = "1024x768x24"


def _free_display() -> int:
    for number in range(140, 240):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def desktop():
    """The DISPLAY of a two-screen X server with a window manager running."""
    if not shutil.which("Xvfb") or not shutil.which("openbox"):
        pytest.skip("needs Xvfb and openbox (tools/dev installs them)")
    number = _free_display()
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", LAPTOP, "-screen", "1", PROJECTOR, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    env = {**os.environ, "DISPLAY": display}
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)  # openbox takes the screen before any window maps
    try:
        yield display
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def journey(desktop, tmp_path, clips):
    """journey(name) runs one scenario of driver.py on the desktop; returns its CompletedProcess."""

    def run(name: str, *, timeout: float = 180, extra_env: dict | None = None):
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        env = {
            **os.environ,
            "DISPLAY": desktop,
            "QT_QPA_PLATFORM": "xcb",
            "COS_DESKTOP_NONINTERACTIVE": "1",
            "COS_DESKTOP_VLC_OPTIONS": "--aout=dummy",
            "COS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "JOURNEY_CLIPS": str(clips.folder),
            "JOURNEY_OUT": str(out),
            "PYTHONFAULTHANDLER": "1",
            **(extra_env or {}),
        }
        env.pop("COS_DESKTOP_DATABASE", None)
        url = f"sqlite:///{tmp_path / 'journey.sqlite'}"
        result = subprocess.run([sys.executable, "-m", "tests.journeys.driver", name, url], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=timeout)
        result.out = out
        return result

    return run


def explain(result) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout[-6000:]}\n--- stderr\n{result.stderr[-8000:]}"
