"""A picture on the projector: the facilitator's own image (PNG, JPEG or SVG), as large as the
screen allows, never stretched. Reading a file is checked first, so a missing file or one that is
not a picture gives a calm word to the facilitator and the room keeps what it had."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtWidgets import QWidget

# An SVG has no pixels of its own: it is drawn at about a large projector's size.
SVG_PIXELS = QSize(1920, 1080)


class PictureProblem(StrEnum):
    MISSING = "missing"
    NOT_A_PICTURE = "not-a-picture"


# Larger photos are read at this size at most: sharper than any projector, lighter for the laptop.
LARGEST = QSize(3840, 2160)
# The last picture read (its path, time and size as the key): checked on the laptop, then drawn
# on the projector from the same decoding.
_last: tuple[tuple, QImage] | None = None


def read_picture(path: str) -> tuple[QImage | None, PictureProblem | None]:
    """The image in `path`, or None and why not. Never raises."""
    global _last
    try:
        facts = Path(path).stat() if path else None
    except OSError:
        facts = None
    if facts is None or not Path(path).is_file():
        return None, PictureProblem.MISSING
    key = (path, facts.st_mtime_ns, facts.st_size)
    if _last is not None and _last[0] == key:
        return _last[1], None
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo stands the right way up
    size = reader.size()
    svg = bytes(reader.format()).decode().lower().startswith("svg")
    if size.isValid() and not size.isEmpty() and (svg or size.width() > LARGEST.width() or size.height() > LARGEST.height()):
        reader.setScaledSize(size.scaled(SVG_PIXELS if svg else LARGEST, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None, PictureProblem.NOT_A_PICTURE
    _last = (key, image)
    return image, None


class PictureView(QWidget):
    """Draws one image centred on black, scaled to fit, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectorPicture")
        self.image = QImage()
        self.path = ""

    def set_picture(self, path: str) -> bool:
        """Show the picture in `path`; False (and the earlier picture kept) when it cannot be read."""
        image, problem = read_picture(path)
        if problem is not None:
            return False
        if image is not self.image:
            self.image, self.path = image, path
            self.update()
        return True

    def picture_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(self.picture_rect(), self.image)
        painter.end()
