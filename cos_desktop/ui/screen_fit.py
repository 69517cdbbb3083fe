"""Windows that fit the screen they open on, so their buttons are never off the bottom edge (1366x768 laptops)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and frame.
FRAME_MARGIN = 48


def fit_on_screen(window: QWidget) -> None:
    """Shrink a window to the screen's free area if it is larger, and move it fully onto that area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(window.width(), area.width() - 8)
    height = min(window.height(), area.height() - FRAME_MARGIN)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), area.left()), area.right() - window.width())
    y = min(max(window.y(), area.top()), area.bottom() - window.height() - FRAME_MARGIN // 2)
    window.move(max(x, area.left()), max(y, area.top()))
