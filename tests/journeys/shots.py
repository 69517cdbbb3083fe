"""The user guide's pictures of a live session (not a test; run through driver.py like a journey).

    DISPLAY=:N QT_QPA_PLATFORM=xcb JOURNEY_OUT=docs python -m tests.journeys.driver docs_shots sqlite:////tmp/shots.sqlite
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.journeys.driver import open_main_window, press, settle, shoot, shoot_screen, type_text, wait_until


def docs_shots(url: str) -> None:
    """Not a test: the user guide's pictures of a live session, with a clock moved by hand.

        DISPLAY=... JOURNEY_OUT=docs python -m tests.journeys.driver docs_shots sqlite:///...
    """
    import datetime as dt

    from cos_desktop.core.clock import FakeClock
    from cos_desktop.db import store
    window = open_main_window(url, video=False)
    settle(300)
    shoot(window, "programme-next-session")
    run = store.next_session(window.current_group())
    run.chapter.segments[2].kind = "break"  # a break to show "back at"
    run.chapter.segments[2].title = "Tea break"
    window.session.commit()
    clock = FakeClock(wall=dt.datetime(2026, 11, 30, 18, 30))
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    presenter, controller = live.presenter, live.controller
    settle(400)
    shoot(presenter, "live-presenter-start")
    shoot_screen(1, "live-projector-start")
    press(Qt.Key.Key_F5)
    press(Qt.Key.Key_C)
    press(Qt.Key.Key_A)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_L)
    press(Qt.Key.Key_P, modifiers="shift")
    settle(200)
    shoot(presenter, "live-check-in")
    press(Qt.Key.Key_Escape)
    clock.advance(13 * 60 + 20)  # the check-in ran over
    press(Qt.Key.Key_T)
    controller.refresh()
    settle(300)
    shoot(presenter, "live-presenter-overrun")
    shoot_screen(1, "live-projector-overrun")
    press(Qt.Key.Key_N)
    type_text("Ben asked about naps")
    settle(200)
    shoot(presenter, "live-presenter-note")
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_Escape)
    clock.advance(9 * 60)
    press(Qt.Key.Key_PageDown)  # the break
    clock.advance(3 * 60)
    controller.refresh()
    settle(300)
    shoot(presenter, "live-presenter-break")
    shoot_screen(1, "live-projector-break")
    for minutes in (11, 8, 16, 7, 14, 7):
        clock.advance(minutes * 60)
        press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)
    clock.advance(9 * 60 + 30)
    press(Qt.Key.Key_PageDown)
    controller.refresh()  # the hand-moved clock: show its time
    settle(200)
    shoot(presenter, "live-end-question")
    press(Qt.Key.Key_PageDown)
    wait_until(lambda: window.last_summary_dialog is not None and window.last_summary_dialog.isVisible(),
               what="the summary")
    settle(300)
    shoot(window.last_summary_dialog, "live-summary")
