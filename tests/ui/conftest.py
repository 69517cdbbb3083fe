"""A real main window on a fresh SQLite file, for the widget tests."""

from __future__ import annotations

import pytest

from cos_desktop.app import make_application
from cos_desktop.ui.main_window import MainWindow


@pytest.fixture
def main_window_factory(qtbot, sqlite_url):
    """make(demo=False) -> a shown MainWindow with its database open (and the demo group loaded).

    Live sessions open in a normal window, not full screen, so tests do not fight over the screen.
    Everything opened is closed at the end of the test.
    """
    windows = []

    def make(*, demo: bool = False) -> MainWindow:
        make_application()
        win = MainWindow(sqlite_url)
        win.live_full_screen = False
        qtbot.addWidget(win)
        win.show()
        assert win.open_database()
        if demo:
            win.load_demo_group()
        windows.append(win)
        return win

    yield make
    for win in windows:
        if getattr(win, "live_session", None) is not None:
            win.live_session.close()
        win.close_database()
