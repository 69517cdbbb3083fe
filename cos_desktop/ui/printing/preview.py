"""Page pictures of a PDF for the on-screen preview (QtPdf when the PySide6-Pdf wheel is
installed, otherwise poppler's `pdftoppm`), and the preview widget that shows one."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

PREVIEW_DPI = 90


def qtpdf_available() -> bool:
    """QtPdf (PySide6-Addons, installed with the app on Windows) can draw PDF pages."""
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


def _qtpdf_pages(pdf: bytes, dpi: int, first: int, last: int | None) -> list[QImage] | None:
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    last = document.pageCount() if last is None else min(last, document.pageCount())
    images = []
    for index in range(first - 1, last):
        size = document.pagePointSize(index)
        images.append(document.render(index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))))
    return images


def _pdftoppm_pages(pdf: bytes, dpi: int, first: int, last: int | None) -> list[QImage] | None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory(prefix="cos-pdf-") as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        command = [tool, "-png", "-r", str(dpi), "-f", str(first)]
        if last is not None:
            command += ["-l", str(last)]
        subprocess.run(command + [str(source), str(Path(folder) / "page")], check=True, capture_output=True, timeout=120)
        images = []
        for png in sorted(Path(folder).glob("page*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[-1])):
            image = QImage()
            image.loadFromData(png.read_bytes(), "PNG")
            images.append(image)
        return images


def render_pages(pdf: bytes, dpi: int, first: int = 1, last: int | None = None) -> list[QImage] | None:
    """Page images of a PDF, or None when neither QtPdf nor pdftoppm is available."""
    images = _qtpdf_pages(pdf, dpi, first, last)
    if images is None:
        images = _pdftoppm_pages(pdf, dpi, first, last)
    return images


class PagePreview(QLabel):
    """The first page, scaled to fit (with a thin frame, like paper on the desk)."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.page: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(300, 400)
        self.setWordWrap(True)

    def set_page(self, image: QImage | None) -> None:
        self.page = image
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.page is None or self.page.isNull():
            self.setPixmap(QPixmap())
            return
        scaled = QPixmap.fromImage(self.page).scaled(
            self.width() - 8, self.height() - 8, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(scaled)
