"""The app driven as a facilitator drives it, in a child process (run by tests/journeys/*.py).

    python -m tests.journeys.driver SCENARIO DATABASE_URL

Only gestures act: keys sent to whatever has the focus, clicks on visible buttons, menu actions by
their shortcuts, dialogs closed by their buttons, Esc or the window's close. Reading state to check
it is fine; calling a controller or window method to act is not. Exit 0 means the scenario passed
with no uncaught exception and no Qt critical message; a failed check exits 1 with its traceback;
a native crash ends the process with a signal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from cos_desktop.app import make_application
from cos_desktop.ui import crash_guard

OUT = Path(os.environ.get("JOURNEY_OUT", "."))
CLIPS = Path(os.environ.get("JOURNEY_CLIPS", "."))


# ---- gestures ------------------------------------------------------------------------------
def settle(ms: int = 60) -> None:
    """Let the app run for a while, in an event loop like the app's own (an exception in a slot
    then goes to the app's handler, as it would in the room, instead of into this script)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check, timeout: float = 8.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            active = QApplication.activeWindow()
            raise AssertionError(f"timed out waiting for {what or check} (active window: "
                                 f"{active.objectName() if active else None}, focus: {QApplication.focusWidget()})")
        settle(20)


def focus() -> QWidget:
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


# X key names (what a clicker or keyboard sends through the X server) for the Qt keys used here.
X_KEYS = {
    Qt.Key.Key_PageDown: "Next", Qt.Key.Key_PageUp: "Prior", Qt.Key.Key_F5: "F5", Qt.Key.Key_F1: "F1",
    Qt.Key.Key_Escape: "Escape", Qt.Key.Key_Return: "Return", Qt.Key.Key_Space: "space",
    Qt.Key.Key_Period: "period", Qt.Key.Key_B: "b", Qt.Key.Key_W: "w", Qt.Key.Key_T: "t", Qt.Key.Key_N: "n",
    Qt.Key.Key_S: "s", Qt.Key.Key_C: "c", Qt.Key.Key_F: "f", Qt.Key.Key_Down: "Down", Qt.Key.Key_Up: "Up", Qt.Key.Key_P: "p", Qt.Key.Key_A: "a",
    Qt.Key.Key_L: "l", Qt.Key.Key_E: "e", Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Minus: "minus",
    Qt.Key.Key_Plus: "plus", Qt.Key.Key_Right: "Right", Qt.Key.Key_Left: "Left",
    Qt.Key.Key_I: "i", Qt.Key.Key_M: "m", Qt.Key.Key_X: "x", Qt.Key.Key_V: "v",
}
XDOTOOL = shutil.which("xdotool")
KEY_SETTLE_MS = 120


def press(key, times: int = 1, modifiers: str = "") -> None:
    """A key through the X server to whichever window has the focus, as a clicker sends it.

    Real X input goes the whole way a key goes in the room: the window manager's focus, Qt's
    shortcut map, event filters, the focused widget. A slot's exception then meets the app's
    own handler (not this script).
    """
    focus()  # something must have the focus
    for _ in range(times):
        if XDOTOOL:
            name = (modifiers + "+" if modifiers else "") + X_KEYS[key]
            subprocess.run([XDOTOOL, "key", "--clearmodifiers", name], check=True, timeout=10)
        else:
            QTest.keyClick(focus(), key)
        # The X server has the key once xdotool returns; the app takes it on its next turns.
        settle(KEY_SETTLE_MS)


def type_text(text: str) -> None:
    focus()
    if XDOTOOL:
        subprocess.run([XDOTOOL, "type", "--delay", "15", text], check=True, timeout=30)
    else:
        QTest.keyClicks(focus(), text)
    settle(80)


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName() or button.text()} cannot be clicked"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(60)


def click_item(view, rect) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(60)


def button_named(window: QWidget, text: str) -> QPushButton:
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no visible button {text!r} in {window.objectName()}")


def close_window(window: QWidget) -> None:
    """The window manager's close (the title bar's cross)."""
    window.close()
    settle(100)


def close_three_ways(open_it, how: str, button_text: str) -> None:
    """Open a dialog and close it by its button, by Esc or by the window's close."""
    dialog = open_it()
    wait_until(lambda: dialog.isVisible(), what="the dialog to show")
    settle(150)
    if how == "button":
        click(button_named(dialog, button_text))
    elif how == "esc":
        dialog.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is dialog, 3, "the dialog to take the focus")
        press(Qt.Key.Key_Escape)
    else:
        close_window(dialog)
    wait_until(lambda: not _alive_and_visible(dialog), what=f"the dialog to close ({how})")
    settle(200)


def _alive_and_visible(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # already deleted
        return False


def on_modal(action, delay_ms: int = 300) -> None:
    """Act on the next modal dialog once it shows (a dialog's exec() blocks the caller)."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, act)
            return
        action(modal)

    QTimer.singleShot(delay_ms, act)


def shoot(widget: QWidget, name: str) -> Path:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def shoot_screen(index: int, name: str) -> Path:
    screen = QGuiApplication.screens()[index]
    path = OUT / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    return path


# ---- the app --------------------------------------------------------------------------------
def open_main_window(url: str, *, demo: bool = True, video: bool = True):
    from cos_desktop.ui.main_window import MainWindow

    window = MainWindow(url)
    window.show()
    assert window.open_database()
    if demo:
        window.load_demo_group()
        if video:
            link_videos(window)
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    wait_until(lambda: QApplication.activeWindow() is window, 5, "the main window to be active")
    return window


def link_videos(window) -> None:
    """Setup, not a gesture: the next chapter's videos point at generated clips, one pause point."""
    from cos_desktop.db import store
    from cos_desktop.db.models import MediaItem, PausePoint

    run = store.next_session(window.current_group())
    videos = [s for s in run.chapter.segments if s.kind == "video"]
    clip = CLIPS / "gray.mp4"
    for segment in videos:
        segment.media_item = MediaItem(title=f"Clip for {segment.title}", location=str(clip),
                                       size_bytes=clip.stat().st_size, duration_ms=6000)
        segment.clip_start_ms, segment.clip_end_ms = 0, None
    videos[0].pause_points.append(PausePoint(at_ms=1500, prompt="What did you notice?"))
    window.session.commit()
    window.refresh_groups(window.current_group().id)


def finish(code: int = 0) -> None:
    if crash_guard.problems:
        print("PROBLEMS:\n" + "\n".join(crash_guard.problems), file=sys.stderr)
        code = code or 3
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no teardown surprises after the verdict


def main() -> None:
    scenario, url = sys.argv[1], sys.argv[2]
    app = make_application()
    crash_guard.install()
    from tests.journeys import scenarios, shots

    code = 0
    try:
        (getattr(scenarios, scenario, None) or getattr(shots, scenario))(url)
    except Exception:
        traceback.print_exc()
        code = 1
    settle(100)
    app.processEvents()
    finish(code)


if __name__ == "__main__":
    main()
