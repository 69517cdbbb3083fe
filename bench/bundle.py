"""The one-folder bundle: its size on disk, and its start-up time against the pip-installed app,
measured in the same run (alternating fresh processes; p10, median and p90 of each, and of the
bundle/pip ratio of each pair of starts).

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
from timing import percentile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "cos-desktop"
WITHOUT_VLC = ROOT / "build" / "dist-system-vlc" / "cos-desktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    bundled = BUNDLE / "cos-desktop"
    installed = shutil.which("cos-desktop", path=str(Path(sys.executable).parent))
    if not bundled.is_file() or installed is None:
        raise SystemExit("Build the bundle first (tools/dev bundle) and run this with the .venv's Python.")
    size = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE.relative_to(ROOT)}  {size / 1e6:.0f} MB ({len(list(BUNDLE.rglob('*')))} files)")
    inside = BUNDLE / "_internal"
    parts = sorted(((folder_size(q) if q.is_dir() else q.stat().st_size), q.name) for q in inside.iterdir())
    print("  largest parts: " + ", ".join(f"{name} {size / 1e6:.0f} MB" for size, name in reversed(parts[-6:])))
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
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} alternating starts each, existing database;"
          " p10 / median / p90")
    for mark, label in (("shown", "window shown"), ("ready", "programme shown")):
        pip, bundle = results["pip"][mark], results["bundle"][mark]
        ratios = [b / p for p, b in zip(pip, bundle)]
        print(f"{label:16} pip-installed {_spread(pip, 1000, 'ms')}   bundle {_spread(bundle, 1000, 'ms')}   "
              f"bundle/pip {statistics.median(bundle) / statistics.median(pip):.2f}x "
              f"(per pair {_spread(ratios, 1, 'x', digits=2)})")


def _spread(samples: list[float], scale: float, unit: str, digits: int = 0) -> str:
    return " / ".join(f"{percentile(samples, p) * scale:.{digits}f}" for p in (10, 50, 90)) + f" {unit}"


if __name__ == "__main__":
    main()
