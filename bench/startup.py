"""Start-up time of `cos-desktop` against a bare PySide6 QMainWindow, measured in the same run.

Each run is a fresh process timed from spawn until it prints that its window is shown (the first
turn of the event loop after show()). For COS Desktop it also prints when the programme (8
chapters from the database) is on screen. Medians over several alternating runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), QTimer.singleShot(0, app.quit)))
app.exec()
"""


def timed(cmd: list[str], env: dict) -> dict[str, float]:
    marks: dict[str, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait()
    return marks


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT), COS_DESKTOP_STARTUP_PROBE="1", COS_DESKTOP_NONINTERACTIVE="1")
    bare, first_shown, first_ready, warm_shown, warm_ready = [], [], [], [], []
    with tempfile.TemporaryDirectory() as warm_home:
        warm_env = dict(env, COS_DESKTOP_DATA_DIR=warm_home, XDG_CONFIG_HOME=warm_home)
        timed([sys.executable, "-m", "cos_desktop"], warm_env)  # create the database once
        for _ in range(runs):
            bare.append(timed([sys.executable, "-c", BARE], env)["shown"])
            with tempfile.TemporaryDirectory() as home:
                fresh_env = dict(env, COS_DESKTOP_DATA_DIR=home, XDG_CONFIG_HOME=home)
                marks = timed([sys.executable, "-m", "cos_desktop"], fresh_env)
            first_shown.append(marks["shown"])
            first_ready.append(marks["ready"])
            marks = timed([sys.executable, "-m", "cos_desktop"], warm_env)
            warm_shown.append(marks["shown"])
            warm_ready.append(marks["ready"])
    base = statistics.median(bare)
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each, medians")
    print(f"bare PySide6 QMainWindow shown:             {base * 1000:7.0f} ms  (1.00x)")
    for label, values in (
        ("cos-desktop window shown (existing data):   ", warm_shown),
        ("cos-desktop programme shown (existing data):", warm_ready),
        ("cos-desktop window shown (first start):     ", first_shown),
        ("cos-desktop programme shown (first start):  ", first_ready),
    ):
        median = statistics.median(values)
        print(f"{label} {median * 1000:7.0f} ms  ({median / base:.2f}x)")


if __name__ == "__main__":
    main()
