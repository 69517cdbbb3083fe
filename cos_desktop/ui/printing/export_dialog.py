"""File > Export... and File > Print...: choose a document, see its first page, save or print it.

The data is read on the GUI thread (quick queries that give plain frozen views); the PDF is then
built, and its first page rendered, on a worker thread while a busy bar shows, so the window
stays responsive. The preview uses QtPdf when the PySide6-Pdf wheel is installed, otherwise
poppler's `pdftoppm`; printing rasterises the pages the same way and paints them on the printer
chosen in the system print dialog.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.export import DOCUMENT_KINDS

log = logging.getLogger(__name__)

PREVIEW_DPI = 90
PRINT_DPI = 300
CHAPTER_KINDS = ("parent-summary", "facilitator-record", "catch-up")
WHOLE_GROUP, PER_PARENT = "__group__", "__per_parent__"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


# ---- turning PDF bytes into page images (QtPdf if present, else pdftoppm) -------------------------------
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


_RUNNING: set = set()  # workers still building, kept alive until they finish


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


def build_pdf(kind: str, views, paper: str, preview_dpi: int | None = PREVIEW_DPI):
    """(pdf bytes, pages, first page image or None): the work done on the worker thread."""
    from cos_desktop.export import build_document

    out = io.BytesIO()
    pages = build_document(kind, views, out, paper=paper)
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


def print_pdf(pdf: bytes, paper: str, parent: QWidget | None = None, *, printer=None, ask: bool = True) -> bool:
    """Print through the system print dialog; False when cancelled or impossible (the user is told)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setFullPage(True)
    if ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    dpi = max(72, min(PRINT_DPI, printer.resolution()))
    images = render_pages(pdf, dpi)
    if images is None:
        QMessageBox.information(
            parent, _tr("Print"),
            _tr("Printing needs the poppler-utils package (pdftoppm) or PySide6-Pdf. Save the PDF and "
                "print it from your PDF viewer instead."),
        )
        return False
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, _tr("Print"), _tr("The printer could not be started."))
        return False
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(target), image)
    finally:
        painter.end()
    return True


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


# ---- the dialog --------------------------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Choose a document for the current group, preview its first page, then save or print it."""

    built = Signal()  # a build (and its preview) finished, successfully or not

    def __init__(self, window, *, kind: str = "parent-summary", run_id: int | None = None, parent=None):
        super().__init__(parent or window)
        self.main_window = window
        self.session = window.session
        self.group = window.current_group()
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a document"))
        self.pdf: bytes | None = None
        self.pages = 0
        self.worker: Worker | None = None
        self._pending = False
        self._print_after_build = False

        self.document = QComboBox()
        self.document.setObjectName("exportDocument")
        for key, label in DOCUMENT_KINDS.items():
            self.document.addItem(self.tr(label), key)
        self.chapter = QComboBox()
        self.chapter.setObjectName("exportChapter")
        self.who = QComboBox()
        self.who.setObjectName("exportWho")
        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        self.paper.addItems(["A4", "Letter"])
        self.threshold = QSpinBox()
        self.threshold.setObjectName("exportThreshold")
        self.threshold.setRange(1, 20)
        self.threshold.setSuffix(self.tr(" chapters"))

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Chapter:"), self.chapter)
        self.who_label = QLabel(self.tr("&For:"))
        self.who_label.setBuddy(self.who)
        form.addRow(self.who_label, self.who)
        self.threshold_label = QLabel(self.tr("Certificate &after:"))
        self.threshold_label.setBuddy(self.threshold)
        form.addRow(self.threshold_label, self.threshold)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.chapter_label = form.labelForField(self.chapter)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.preview = PagePreview(self.tr("Preparing the preview..."))
        self.preview.setObjectName("exportPreview")

        self.save_button = QPushButton(self.tr("&Save PDF..."))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("P&rint..."))
        self.print_button.setObjectName("exportPrint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(440)
        top = QHBoxLayout()
        top.addWidget(left_box, 0)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(150)
        self._rebuild_timer.timeout.connect(self.rebuild)

        self._load_settings()
        self._fill_chapters(run_id)
        index = self.document.findData(kind)
        self.document.setCurrentIndex(max(index, 0))
        self._document_changed()
        self.document.currentIndexChanged.connect(self._document_changed)
        self.chapter.currentIndexChanged.connect(self._chapter_changed)
        self.who.currentIndexChanged.connect(self.request_build)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.request_build()

    # ---- choices --------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.document.currentData()

    def _load_settings(self) -> None:
        from cos_desktop.db import settings

        self.paper.setCurrentText(settings.paper_size(self.session))
        self.threshold.setValue(settings.certificate_threshold(self.session))

    def _fill_chapters(self, run_id: int | None) -> None:
        from cos_desktop.db import store

        self.chapter.clear()
        if self.group is None:
            return
        statuses = {"planned": self.tr("planned"), "running": self.tr("in progress"), "ended": self.tr("delivered")}
        default = None
        for run in self.group.sessions:
            label = f"{run.chapter_position}. {run.chapter.title} ({run.date:%d %b}, {statuses.get(run.status, run.status)})"
            self.chapter.addItem(label, run.id)
            if run.id == run_id:
                default = self.chapter.count() - 1
        if default is None:
            delivered = [i for i, run in enumerate(self.group.sessions) if run.status == "ended"]
            upcoming = store.next_session(self.group)
            default = delivered[-1] if delivered else self.group.sessions.index(upcoming) if upcoming else 0
        self.chapter.setCurrentIndex(default)

    def current_run(self):
        from cos_desktop.db.models import SessionRun

        run_id = self.chapter.currentData()
        return self.session.get(SessionRun, run_id) if run_id is not None else None

    def _fill_who(self) -> None:
        from cos_desktop.db import report_queries as rq

        self.who.blockSignals(True)
        self.who.clear()
        kind = self.kind()
        group = self.group
        if group is not None:
            if kind == "parent-summary":
                self.who.addItem(self.tr("The whole group (no names)"), WHOLE_GROUP)
                self.who.addItem(self.tr("One page per parent who agreed to be named"), PER_PARENT)
                for p in group.participants:
                    if p.consent_named:
                        self.who.addItem(p.display_name, p.display_name)
            elif kind == "catch-up":
                run = self.current_run()
                missed = rq.missed_by(self.session, run) if run is not None else []
                self.who.addItem(self.tr("Everyone who missed this chapter ({n})").format(n=len(missed)), WHOLE_GROUP)
                for p in group.participants:
                    self.who.addItem(p.display_name, p.display_name)
            elif kind == "certificates":
                self.who.addItem(self.tr("Everyone who reached the threshold"), WHOLE_GROUP)
                for p in group.participants:
                    self.who.addItem(p.display_name, p.display_name)
        self.who.blockSignals(False)

    def _document_changed(self) -> None:
        kind = self.kind()
        self.chapter.setEnabled(kind in CHAPTER_KINDS)
        self.chapter_label.setEnabled(kind in CHAPTER_KINDS)
        self._fill_who()
        shows_who = kind in ("parent-summary", "catch-up", "certificates")
        self.who.setVisible(shows_who)
        self.who_label.setVisible(shows_who)
        self.threshold.setVisible(kind == "certificates")
        self.threshold_label.setVisible(kind == "certificates")
        self.request_build()

    def _chapter_changed(self) -> None:
        if self.kind() == "catch-up":
            self._fill_who()
        self.request_build()

    def _paper_changed(self) -> None:
        from cos_desktop.db import settings

        settings.set_paper_size(self.session, self.paper.currentText())
        self.session.commit()
        self.request_build()

    def _threshold_changed(self, value: int) -> None:
        from cos_desktop.db import settings

        settings.set_certificate_threshold(self.session, value)
        self.session.commit()
        self.request_build()

    # ---- building ---------------------------------------------------------------------------------
    def request_build(self) -> None:
        """Rebuild soon (several quick changes give one build)."""
        self.pdf = None
        self._set_busy(True)
        self._rebuild_timer.start()

    def rebuild(self) -> None:
        from cos_desktop.db import report_queries as rq

        if self.worker is not None and self.worker.isRunning():
            self._pending = True
            return
        if self.group is None:
            self._show_problem(self.tr("Choose a group first: documents are printed for a group."))
            return
        who = self.who.currentData() if self.who.isVisible() else None
        run = self.current_run()
        try:
            views = rq.document_views(
                self.session, self.kind(), self.group.name,
                chapter=run.chapter_position if run is not None else None,
                participant=who if who not in (None, WHOLE_GROUP, PER_PARENT) else None,
                per_parent=who == PER_PARENT,
            )
        except rq.ReportLookupError as exc:
            self._show_problem(str(exc))
            return
        # No Qt parent: closing the dialog mid-build must not destroy a running thread.
        worker = Worker(lambda k=self.kind(), v=views, p=self.paper.currentText(): build_pdf(k, v, p))
        worker.done.connect(self._built)
        worker.failed.connect(self._build_failed)
        worker.finished.connect(self._worker_finished)
        _RUNNING.add(worker)
        worker.finished.connect(lambda w=worker: _RUNNING.discard(w))
        self.worker = worker
        worker.start()

    def _build_failed(self, message: str) -> None:
        self._show_problem(self.tr("The document could not be made: ") + message)

    def _worker_finished(self) -> None:
        if self._pending:
            self._pending = False
            self.rebuild()

    def _built(self, result) -> None:
        if self._pending:
            return  # a newer choice is waiting; this result is already out of date
        self.pdf, self.pages, image = result
        self._set_busy(False)
        if self.pages == 1:
            self.status.setText(self.tr("1 page, ready to save or print. The preview shows the first page."))
        else:
            self.status.setText(
                self.tr("{n} pages, ready to save or print. The preview shows the first page.").format(n=self.pages)
            )
        if image is not None and not image.isNull():
            self.preview.set_page(image)
        else:
            self.preview.set_page(None)
            self.preview.setText(
                self.tr("No preview: install poppler-utils (pdftoppm) to see one. You can still save and print.")
            )
        self.built.emit()
        if self._print_after_build:
            self._print_after_build = False
            self.print_document()

    def _show_problem(self, message: str) -> None:
        self.pdf = None
        self._set_busy(False)
        self.preview.set_page(None)
        self.preview.setText("")
        self.status.setText(message)
        self.built.emit()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        ready = not busy and self.pdf is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if busy:
            self.status.setText(self.tr("Making the document..."))

    # ---- saving and printing ----------------------------------------------------------------------
    def suggested_name(self) -> str:
        parts = [self.kind()]
        if self.group is not None:
            parts.append("".join(ch if ch.isalnum() else "-" for ch in self.group.name).strip("-").lower() or "group")
        run = self.current_run()
        if self.kind() in CHAPTER_KINDS and run is not None:
            parts.append(f"chapter-{run.chapter_position}")
        return "-".join(parts) + ".pdf"

    def save(self) -> str | None:
        if self.pdf is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / self.suggested_name()), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save PDF"),
                self.tr("The PDF could not be saved to {path}: {reason}. Choose another folder.").format(
                    path=path, reason=exc.strerror or exc),
            )
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self._audit("export")
        return path

    def print_document(self, printer=None, ask: bool = True) -> bool:
        if self.pdf is None:
            self._print_after_build = True
            return False
        printed = print_pdf(self.pdf, self.paper.currentText(), self, printer=printer, ask=ask)
        if printed:
            self._audit("print")
        return printed

    def _audit(self, action: str) -> None:
        """The audit trail: who exported or printed which document (db/audit.py)."""
        from cos_desktop.db import audit
        from cos_desktop.ui.errors import save

        who, run = self.who.currentData() if self.who.isVisible() else None, self.current_run()
        save(self.session, self, lambda: audit.record_document(
            self.session, action, DOCUMENT_KINDS[self.kind()], self.group,
            parent_name=who if who not in (None, WHOLE_GROUP, PER_PARENT) else None,
            chapter=run.chapter_position if run is not None and self.kind() in CHAPTER_KINDS else None))


# ---- wiring into the main window -------------------------------------------------------------------------
def open_export_dialog(window, *, kind: str = "parent-summary", run_id: int | None = None, print_now: bool = False,
                       parent=None) -> ExportDialog | None:
    if window.session is None:
        return None
    if window.current_group() is None:
        QMessageBox.information(
            parent or window, window.tr("Export"),
            window.tr("Choose a group first (at the top of the window): documents are printed for a group."),
        )
        return None
    dialog = ExportDialog(window, kind=kind, run_id=run_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.last_export_dialog = dialog
    if print_now:
        # File > Print...: the same choices, with Print as the main button.
        dialog.setWindowTitle(dialog.tr("Print a document"))
        dialog.save_button.setDefault(False)
        dialog.print_button.setDefault(True)
    dialog.show()
    return dialog


def offer_documents(window, summary_dialog) -> None:
    """Buttons on the end-of-session screen for the two documents wanted right after a session."""
    run = getattr(summary_dialog, "run", None)
    if run is None:
        return  # a rehearsal records nothing to print

    def open_kind(kind: str) -> None:
        if window.current_group() is None or window.current_group().id != run.group_id:
            window.refresh_groups(run.group_id)
        open_export_dialog(window, kind=kind, run_id=run.id, parent=summary_dialog)

    summary_dialog.add_action_button(summary_dialog.tr("Parent summary..."), lambda: open_kind("parent-summary"))
    summary_dialog.add_action_button(summary_dialog.tr("Facilitator record..."), lambda: open_kind("facilitator-record"))
