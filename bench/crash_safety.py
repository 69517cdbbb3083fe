"""Crash safety: SIGKILL the app at random moments while a facilitator types a note.

    python bench/crash_safety.py [--runs 50] [--seed 1] [--keep]

Each run starts a real COS Desktop (offscreen) on a fresh SQLite file through bench/crash_driver.py,
which types numbered words into live-session notes key by key. At a random moment between 1.5 s
and 8 s after typing starts the process gets SIGKILL. Then, without the app:

- `PRAGMA integrity_check` on the file (goal: ok every time);
- every word whose last key was typed at least 1 s before the kill must be in the saved notes
  (goal: 0 missing). Words typed in the last second may be missing: the notes save about once
  a second (DESIGN.md, "Nothing typed is lost").

Prints one line per run and a summary.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRACE_S = 1.0


def one_run(folder: Path, delay: float) -> dict:
    path = folder / "notes.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", COS_DESKTOP_NONINTERACTIVE="1",
               COS_DESKTOP_DATA_DIR=str(folder / "data"), COS_DESKTOP_VLC_OPTIONS="--aout=dummy")
    app = subprocess.Popen([sys.executable, str(ROOT / "bench" / "crash_driver.py"), "sqlite:///" + str(path)],
                           env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    typed: list[tuple[int, float]] = []
    started = threading.Event()

    def read() -> None:
        for line in app.stdout:
            if line.startswith("WORD "):
                _, n, at = line.split()
                typed.append((int(n), float(at)))
                started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not started.wait(120):
        app.kill()
        raise RuntimeError("the app never started typing: " + app.stderr.read()[-2000:])
    time.sleep(delay)
    killed_at = time.monotonic()
    app.send_signal(signal.SIGKILL)
    app.wait()
    reader.join(5)
    conn = sqlite3.connect(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        saved = " ".join(row[0] for row in conn.execute("SELECT text FROM note"))
    finally:
        conn.close()
    present = {int(m) for m in re.findall(r"w(\d{4})", saved)}
    due = [n for n, at in typed if at <= killed_at - GRACE_S]
    missing = [n for n in due if n not in present]
    return {"typed": len(typed), "due": len(due), "missing": missing, "integrity": verdict,
            "unsaved_recent": len([n for n, _ in typed if n not in present])}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep each run's database folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = []
    for number in range(1, args.runs + 1):
        folder = Path(tempfile.mkdtemp(prefix=f"cos-crash-{number:02d}-"))
        delay = rng.uniform(1.5, 8.0)
        result = one_run(folder, delay)
        results.append(result)
        print(f"run {number:2d}: killed {delay:4.1f} s into typing; {result['typed']:3d} words typed, "
              f"{result['due']:3d} typed >= 1 s before the kill, missing {len(result['missing'])}, "
              f"integrity {result['integrity']}", flush=True)
        if not args.keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    missing = sum(len(r["missing"]) for r in results)
    bad = sum(r["integrity"] != "ok" for r in results)
    due = sum(r["due"] for r in results)
    print(f"\n{len(results)} runs: {due} words typed at least 1 s before a kill, {missing} of them missing "
          f"(goal 0); integrity_check not ok in {bad} runs (goal 0).")
    return 0 if missing == 0 and bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
