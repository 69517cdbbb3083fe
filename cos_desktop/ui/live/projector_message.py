"""A message typed for the room ("Back at 19:45"), as large as it can be read across the room.

The text wraps and shrinks until it fits inside the window's margins; a message too long even at
the smallest size is cut with an ellipsis, so it never runs off the screen. Any script: Qt picks a
font for each character, and a right-to-left message (Arabic, Hebrew) is laid out right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from cos_desktop.core.text_direction import starts_right_to_left

# The smallest text still worth showing on a projector, and the largest any message gets.
MIN_PIXELS = 14
MAX_PIXELS = 220
WORD_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
ANY_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWrapAnywhere)
ELLIPSIS = "…"


def _fits(font: QFont, box: QRectF, flags: int, text: str) -> bool:
    rect = QFontMetricsF(font).boundingRect(box, flags, text)
    return rect.width() <= box.width() and rect.height() <= box.height()


def fit_message(base: QFont, box: QRectF, text: str) -> tuple[QFont, int, str]:
    """The largest font (and wrapping, and text) with which `text` fits inside `box`."""
    font = QFont(base)
    low, high = MIN_PIXELS, max(MIN_PIXELS, min(MAX_PIXELS, int(box.height() * 0.45)))
    flags = WORD_WRAP
    while low < high:  # the largest size that fits, by halving
        middle = (low + high + 1) // 2
        font.setPixelSize(middle)
        if _fits(font, box, flags, text):
            low = middle
        else:
            high = middle - 1
    font.setPixelSize(low)
    if _fits(font, box, flags, text):
        return font, flags, text
    flags = ANY_WRAP  # one very long word (a web address, a line of emoji): break it anywhere
    if _fits(font, box, flags, text):
        return font, flags, text
    keep_low, keep_high = 0, len(text)
    while keep_low < keep_high:  # too long even when small: as much as fits, then "…"
        middle = (keep_low + keep_high + 1) // 2
        if _fits(font, box, flags, text[:middle].rstrip() + ELLIPSIS):
            keep_low = middle
        else:
            keep_high = middle - 1
    return font, flags, text[:keep_low].rstrip() + ELLIPSIS


class RoomMessage(QWidget):
    """Paints the message; `drawn_rect` is where the text was last drawn (in this widget)."""

    def __init__(self, color: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectorMessage")
        self.color = QColor(color)
        self.text = ""
        self.shown_text = ""
        self.drawn_rect = QRect()
        base = QFont(self.font())
        base.setBold(True)
        self.base_font = base
        self._fitted: tuple | None = None  # ((text, width, height), (font, flags, text)): fitted once, drawn often

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.update()

    def text_box(self) -> QRectF:
        """Inside a margin of a twentieth of the window on each side."""
        rect = QRectF(self.rect())
        dx, dy = rect.width() / 20, rect.height() / 20
        return rect.adjusted(dx, dy, -dx, -dy)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        box = self.text_box()
        if not self.text or box.width() < 10 or box.height() < 10:
            self.drawn_rect = QRect()
            return
        key = (self.text, box.width(), box.height())
        if self._fitted is None or self._fitted[0] != key:
            self._fitted = (key, fit_message(self.base_font, box, self.text))
        font, flags, text = self._fitted[1]
        self.shown_text = text
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if starts_right_to_left(text) else Qt.LayoutDirection.LeftToRight)
        painter.setFont(font)
        painter.setPen(self.color)
        self.drawn_rect = painter.drawText(box, flags, text).toAlignedRect()
        painter.end()
