"""The big countdown: its font is sized from its own box, so no digit is ever cut off."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Room kept free inside the box (the border of the timer's style, and a little air).
PADDING = 14
MAX_PIXELS = 220
MIN_PIXELS = 12


def text_shape(text: str) -> str:
    """The widest text of the same form ("12:05" -> "88:88"), so the size holds while it counts."""
    return re.sub(r"\d", "8", text) or "8:88"


class CountdownLabel(QLabel):
    """Fits "mm:ss", "h:mm:ss", "+mm:ss" and words ("Ended") to whatever size the layout gives it."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_pixels: int = MAX_PIXELS):
        super().__init__(text, parent)
        self.max_pixels = max_pixels
        self.setObjectName("countdown")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The layout decides the box; the font follows it (never the other way round).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self._shape = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        shape = text_shape(text)
        if shape != self._shape:
            self._shape = shape
            self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        box = self.contentsRect()
        width, height = box.width() - 2 * PADDING, box.height() - PADDING
        if width <= 0 or height <= 0:
            return
        font = QFont(self.font())
        font.setPixelSize(100)
        metrics = QFontMetrics(font)
        sample_width = metrics.horizontalAdvance(self._shape or "88:88")
        scale = min(width / max(1, sample_width), height / max(1, metrics.height()))
        pixels = max(MIN_PIXELS, min(self.max_pixels, int(100 * scale)))
        if pixels != self.font().pixelSize():
            font.setPixelSize(pixels)
            self.setFont(font)

    def text_fits(self) -> bool:
        """True when the whole text lies inside the box (what the screenshot checks test)."""
        metrics = QFontMetrics(self.font())
        box = self.contentsRect()
        return metrics.horizontalAdvance(self.text()) <= box.width() and metrics.height() <= box.height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(120, 60)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(420, 200)
