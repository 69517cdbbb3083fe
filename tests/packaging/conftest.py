"""The one-folder bundle, built once per test run (or reused when tools/dev bundle built it from
the same sources), and a way to run it as a user would: no Python environment, no source tree."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DIST = ROOT / "dist"
BUNDLE = DIST / "cos-desktop"
EXECUTABLE = BUNDLE / ("cos-desktop.exe" if sys.platform == "win32" else "cos-desktop")


def _stamp():
    spec = importlib.util.spec_from_file_location("source_stamp", ROOT / "packaging" / "source_stamp.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_current(dist: Path) -> bool:
    stamp = _stamp()
    path = stamp.stamp_path(dist)
    executable = dist / "cos-desktop" / EXECUTABLE.name
    return executable.is_file() and path.is_file() and path.read_text().strip() == stamp.source_hash(ROOT)


def build(dist: Path, work: Path, **env: str) -> Path:
    """dist/cos-desktop/, built with PyInstaller unless a current build is already there."""
    if _is_current(dist):
        return dist / "cos-desktop"
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed: pip install -e '.[bundle]' (tools/dev test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(work), str(ROOT / "packaging" / "cos-desktop.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env=dict(os.environ, **env),
    )
    assert done.returncode == 0, done.stderr[-4000:]
    assert _is_current(dist)
    return dist / "cos-desktop"


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The app as tools/dev bundle makes it, VLC inside (reused when tools/dev built it from these sources)."""
    return build(DIST, ROOT / "build" / "pyinstaller")


@pytest.fixture(scope="session")
def bundle_without_vlc() -> Path:
    """The app built with COS_BUNDLE_VLC=0: it must use the computer's own VLC."""
    return build(ROOT / "build" / "dist-system-vlc", ROOT / "build" / "pyinstaller-system-vlc", COS_BUNDLE_VLC="0")


def user_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What a user's desktop session gives the app: no virtual environment, no PYTHONPATH."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "COS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "COS_DESKTOP_NONINTERACTIVE": "1",
        "COS_DESKTOP_VLC_OPTIONS": "--aout=dummy",
    }
    env.update(extra)
    return env


def run_bundle(bundle: Path, tmp_path: Path, *args: str, wrap: list[str] | None = None, **env: str):
    """Run the bundled app from a folder outside the source tree."""
    workdir = tmp_path / "cwd"
    workdir.mkdir(exist_ok=True)
    executable = bundle / EXECUTABLE.name
    return subprocess.run(
        [*(wrap or []), str(executable), *args], cwd=workdir, env=user_env(tmp_path, **env),
        capture_output=True, text=True, timeout=120,
    )


def xvfb_run() -> list[str] | None:
    """A wrapper that gives the app a real X display, when Xvfb is installed."""
    command = shutil.which("xvfb-run")
    return [command, "-a", "-s", "-screen 0 1280x800x24"] if command else None
