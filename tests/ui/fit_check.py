"""Run in a child process (QT_SCALE_FACTOR must be set before Qt starts): does every countdown text
fit its box on this screen size? Prints JSON; saves screenshots into the folder given.

    python -m tests.ui.fit_check WIDTH HEIGHT OUT_FOLDER
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from cos_desktop.app import make_application
from cos_desktop.core.clock import FakeClock
from cos_desktop.core.public_view import TimerSize
from cos_desktop.db import store
from cos_desktop.ui.main_window import MainWindow

SAMPLES = ["12:05", "1:02:03", "+14:59", "+1:02:03", "Ended", "0:07"]


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def fits(label) -> dict:
    metrics = label.fontMetrics()
    box = label.contentsRect()
    text = label.text()
    return {"text": text, "width": metrics.horizontalAdvance(text), "height": metrics.height(),
            "box": [box.width(), box.height()],
            "fits": metrics.horizontalAdvance(text) <= box.width() and metrics.height() <= box.height()}


def main() -> None:
    width, height, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    make_application()
    window = MainWindow("sqlite:///" + tempfile.mkdtemp() + "/fit.sqlite3")
    window.live_full_screen = False
    window.show()
    window.open_database()
    window.load_demo_group()
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock(), start=True)
    presenter, projector = live.presenter, live.projector
    presenter.resize(width, height)
    projector.resize(1024, 768)
    settle(200)
    hint = presenter.minimumSizeHint()
    results = [{"where": "presenter window", "text": "", "width": hint.width(), "height": hint.height(),
                "box": [width, height], "fits": hint.width() <= width and hint.height() <= height}]
    for sample in SAMPLES:
        presenter.countdown.setText(sample)
        settle()
        results.append({"where": "presenter", **fits(presenter.countdown)})
    presenter.grab().save(str(out / f"presenter-{width}x{height}.png"))
    live.controller.set_projector_timer(True)
    for size in TimerSize:
        live.controller.set_timer_size(size)
        for sample in SAMPLES[:4]:
            projector.timer_label.setText(sample)
            settle()
            results.append({"where": f"projector-{size.value}", **fits(projector.timer_label)})
        projector.grab().save(str(out / f"projector-{size.value}-{width}x{height}.png"))
    print(json.dumps(results))
    live.close()
    window.close_database()


if __name__ == "__main__":
    main()
