"""The one-folder bundle: its size on disk, and its start-up time against the pip-installed app,
measured in the same run (alternating fresh processes, medians).

Each start is timed from spawn until the window is shown and until the programme is on screen
(COS_DESKTOP_STARTUP_PROBE, as in bench/startup.py), on an existing database.

    tools/dev bundle
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle.py [runs]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "cos-desktop"
WITHOUT_VLC = ROOT / "build" / "dist-system-vlc" / "cos-desktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    bundled = BUNDLE / "cos-desktop"
    installed = shutil.which("cos-desktop", path=str(Path(sys.executable).parent))
    if not bundled.is_file() or installed is None:
        raise SystemExit("Build the bundle first (tools/dev bundle) and run this with the .venv's Python.")
    size = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE.relative_to(ROOT)}  {size / 1e6:.0f} MB ({len(list(BUNDLE.rglob('*')))} files)")
    if WITHOUT_VLC.is_dir():  # built by the tests with COS_BUNDLE_VLC=0
        print(f"  built without VLC ({WITHOUT_VLC.relative_to(ROOT)}): {folder_size(WITHOUT_VLC) / 1e6:.0f} MB")

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               COS_DESKTOP_STARTUP_PROBE="1", COS_DESKTOP_NONINTERACTIVE="1")
    env.pop("PYTHONPATH", None)
    results: dict[str, dict[str, list[float]]] = {"pip": {"shown": [], "ready": []}, "bundle": {"shown": [], "ready": []}}
    with tempfile.TemporaryDirectory() as home:
        env.update(COS_DESKTOP_DATA_DIR=home, XDG_CONFIG_HOME=home)
        timed([installed], env)  # create the database once
        timed([str(bundled)], env)  # and let the OS cache both
        for _ in range(runs):
            for name, command in (("pip", [installed]), ("bundle", [str(bundled)])):
                marks = timed(command, env)
                for mark in ("shown", "ready"):
                    results[name][mark].append(marks[mark])
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each, medians, existing database")
    for mark, label in (("shown", "window shown"), ("ready", "programme shown")):
        pip_median = statistics.median(results["pip"][mark])
        bundle_median = statistics.median(results["bundle"][mark])
        print(f"{label:16} pip-installed {pip_median * 1000:6.0f} ms   bundle {bundle_median * 1000:6.0f} ms   "
              f"bundle/pip {bundle_median / pip_median:.2f}x")


if __name__ == "__main__":
    main()
