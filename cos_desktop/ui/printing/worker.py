"""Building a document off the GUI thread: the PDF and a picture of its first page."""

from __future__ import annotations

import io
import logging
import subprocess

from PySide6.QtCore import QThread, Signal

from cos_desktop.ui.printing.preview import PREVIEW_DPI, render_pages

log = logging.getLogger(__name__)

RUNNING: set = set()  # workers still building, kept alive until they finish


class Worker(QThread):
    """Runs one function off the GUI thread; `done` carries its result, `failed` a message."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, function, parent=None):
        super().__init__(parent)
        self.function = function

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # reported to the user, never lost
            log.exception("building a document failed")
            self.failed.emit(str(exc) or exc.__class__.__name__)
            return
        self.done.emit(result)


def start_worker(function, on_done, on_failed, on_finished) -> Worker:
    """Start `function` on a thread with no Qt parent: closing a dialog mid-build must not
    destroy a running thread."""
    worker = Worker(function)
    worker.done.connect(on_done)
    worker.failed.connect(on_failed)
    worker.finished.connect(on_finished)
    RUNNING.add(worker)
    worker.finished.connect(lambda w=worker: RUNNING.discard(w))
    worker.start()
    return worker


def build_pdf(kind: str, views, paper: str, preview_dpi: int | None = PREVIEW_DPI, service=None):
    """(pdf bytes, pages, first page image or None): the work done on the worker thread."""
    from cos_desktop.export import build_document

    out = io.BytesIO()
    pages = build_document(kind, views, out, paper=paper, service=service)
    data = out.getvalue()
    image = None
    if preview_dpi:
        try:
            images = render_pages(data, preview_dpi, 1, 1)
        except (OSError, subprocess.SubprocessError):
            log.exception("the preview could not be rendered")
            images = None
        image = images[0] if images else None
    return data, pages, image
