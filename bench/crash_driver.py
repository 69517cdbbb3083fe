"""Types numbered words into a live-session note of a real COS Desktop, for bench/crash_safety.py.

    python bench/crash_driver.py DATABASE_URL

Loads the demo group, starts its next session in the presenter, opens a note with the quick-note
key and types "w0001 w0002 ..." key by key (a new note every 40 words, the clicker's Page Down
every 100). After the last key of each word it prints "WORD n MONOTONIC" (time.monotonic(),
the same clock in every process on Linux) so the caller knows what was typed, and when.
It types until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

KEY_INTERVAL_MS = 15


def main(url: str) -> int:
    from cos_desktop.app import acquire_lock, make_application
    from cos_desktop.db import store
    from cos_desktop.ui.main_window import MainWindow
    from tests.ui.keyboard import type_text

    app = make_application()
    lock, reason = acquire_lock(url)
    if lock is None:
        print(reason, file=sys.stderr)
        return 1
    window = MainWindow(url, load_demo=True)
    window.live_full_screen = False
    window.show()
    if not window.open_database():
        return 2
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, start=True)
    presenter, editor = live.presenter, live.records.notes.editor.text
    state = {"word": 0, "keys": []}

    def next_keys() -> list:
        n = state["word"] = state["word"] + 1
        keys = []
        if n % 40 == 1:
            if n > 1:
                keys.append(lambda: QTest.keyClick(editor, Qt.Key.Key_Escape))
            if n % 100 == 1 and n > 1:
                keys.append(lambda: QTest.keyClick(presenter, Qt.Key.Key_PageDown))
            keys.append(lambda: QTest.keyClick(presenter, Qt.Key.Key_N))  # the quick-note key
        keys.extend((lambda ch=ch: type_text(editor, ch)) for ch in f"w{n:04d} ")
        keys.append(lambda n=n: print(f"WORD {n} {time.monotonic():.6f}", flush=True))
        return keys

    def step() -> None:
        if not state["keys"]:
            state["keys"] = next_keys()
        state["keys"].pop(0)()
        QTimer.singleShot(KEY_INTERVAL_MS, step)

    presenter.activateWindow()
    print(f"READY {time.monotonic():.6f}", flush=True)
    QTimer.singleShot(300, step)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
