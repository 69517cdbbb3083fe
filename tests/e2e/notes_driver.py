"""Drives a real COS Desktop: types notes into the live presenter like a facilitator would.

    python -m tests.e2e.notes_driver URL type    demo group, start chapter 2, type NOTES key by key,
                                                 print "LAST KEY" after the last one, then keep running
    python -m tests.e2e.notes_driver URL check   start the app again and print every note it holds (JSON)

Used by test_notes_survive_sigkill.py, which kills the first process with SIGKILL.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

# Three notes in two segments; the second segment is reached with the clicker key (Page Down).
NOTES = [
    "Amira: sleep <b>better</b> & calmer; AT&T <img src='x'/>",
    "مرحبا — الطفل ينام أفضل 😀",
    "中文 note: 睡眠 ok\nsecond line, typed quickly",
]
KEY_INTERVAL_MS = 15


def main(url: str, mode: str) -> int:
    from cos_desktop.app import acquire_lock, make_application
    from cos_desktop.db import store
    from cos_desktop.ui.main_window import MainWindow
    from tests.ui.keyboard import type_text

    app = make_application()
    lock, reason = acquire_lock(url)
    if lock is None:
        print(reason, file=sys.stderr)
        return 1
    window = MainWindow(url, load_demo=(mode == "type"))
    window.live_full_screen = False
    window.show()
    if not window.open_database():
        return 2
    if mode == "check":
        from sqlalchemy import select

        from cos_desktop.db.models import Note

        texts = list(window.session.scalars(select(Note.text).order_by(Note.id)))
        print(json.dumps({"notes": texts}, ensure_ascii=False), flush=True)
        window.close()
        lock.unlock()
        return 0

    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, start=True)
    presenter, editor = live.presenter, live.records.notes.editor.text
    steps = []
    for index, note in enumerate(NOTES):
        if index == 1:
            steps.append(lambda: QTest.keyClick(presenter, Qt.Key.Key_PageDown))
        steps.append(lambda: QTest.keyClick(presenter, Qt.Key.Key_N))  # the quick-note key
        steps.append(lambda: None if editor.hasFocus() else sys.exit("the quick-note key did not open a note"))
        steps.extend((lambda ch=ch: type_text(editor, ch)) for ch in note)
        if index < len(NOTES) - 1:
            steps.append(lambda: QTest.keyClick(editor, Qt.Key.Key_Escape))
    steps.append(lambda: print("LAST KEY", flush=True))

    def step() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(KEY_INTERVAL_MS, step)

    presenter.activateWindow()
    QTimer.singleShot(300, step)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
