"""File > Export... and File > Print...: choose a document, see its first page, save or print it.

The data is read on the GUI thread (quick queries that give plain frozen views); the PDF is then
built, and its first page rendered, on a worker thread while a busy bar shows, so the window
stays responsive (ui/printing/worker.py). Printing sends the PDF itself to the printer chosen
in the system print dialog (ui/printing/print_job.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
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

from cos_desktop.core import local_formats
from cos_desktop.export import DOCUMENT_KINDS, document_label
from cos_desktop.ui.errors import interactive, save, tell
from cos_desktop.ui.printing.checks import (
    checks_text, font_warning, font_warning_label, locale_date_style, missing_scripts_of, pack_status)
from cos_desktop.ui.printing.preview import PagePreview
from cos_desktop.ui.printing.worker import build_pdf, start_worker

log = logging.getLogger(__name__)

WHOLE_GROUP, PER_PARENT = "__group__", "__per_parent__"


class ExportDialog(QDialog):
    """Choose a document for the current group, preview its first page, then save or print it."""

    built = Signal()  # a build (and its preview) finished, successfully or not
    printed = Signal(bool)  # a print finished: True when the document went to the printer
    saved = Signal(str)  # the PDF was saved to this path

    def __init__(self, window, *, kind: str = "parent-summary", run_id: int | None = None, parent=None):
        super().__init__(parent or window)
        from cos_desktop.db import report_queries as rq

        self.session = window.session
        group = window.current_group()
        self.group_id, self.group_name = (group.id, group.name) if group is not None else (None, "")
        self.choices = rq.dialog_choices(self.session, self.group_id) if group is not None else None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a document"))
        self.pdf: bytes | None = None
        self.views = None
        self.pages = 0
        self.worker = None
        self.print_dialog = None
        self.save_dialog = None
        self._pending = False
        self._print_after_build = False
        self._build_choices()
        self._build_buttons()
        self._build_layout()
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(150)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._load_settings()
        self._fill_chapters(run_id)
        self.document.setCurrentIndex(max(self.document.findData(kind), 0))
        self._document_changed()
        self._connect_choices()
        self.request_build()

    # ---- building the dialog ----------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Long chapter titles must not push the preview away: the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        return combo

    def _build_choices(self) -> None:
        self.document = self._combo("exportDocument")
        for key in DOCUMENT_KINDS:
            self.document.addItem(document_label(key), key)
        self.chapter = self._combo("exportChapter")
        self.who = self._combo("exportWho")
        self.paper = self._combo("exportPaper")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.threshold = QSpinBox()
        self.threshold.setObjectName("exportThreshold")
        self.threshold.setRange(1, 20)
        self.threshold.setSuffix(self.tr(" chapters", "after a number: certificate after 10 chapters"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Document:"), self.document)
        self.form.addRow(self.tr("&Chapter:"), self.chapter)
        self.who_label = QLabel(self.tr("&For:"))
        self.who_label.setBuddy(self.who)
        self.form.addRow(self.who_label, self.who)
        self.threshold_label = QLabel(self.tr("Certificate &after:"))
        self.threshold_label.setBuddy(self.threshold)
        self.form.addRow(self.threshold_label, self.threshold)
        self.form.addRow(self.tr("&Paper:"), self.paper)
        self.chapter_label = self.form.labelForField(self.chapter)

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("&Save PDF..."))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("P&rint..."))
        self.print_button.setObjectName("exportPrint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.service_button = QPushButton(self.tr("Your ser&vice..."))
        self.service_button.setObjectName("exportService")
        self.service_button.setToolTip(self.tr("The service's name, contact line and logo on every document"))
        self.buttons.addButton(self.service_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.rejected.connect(self.reject)
        # Lambdas: clicked(bool) must not arrive as an argument.
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_document())
        self.service_button.clicked.connect(lambda: self.edit_service())

    def _build_layout(self) -> None:
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.notice = QLabel()  # what the app changed or checked before building (names taken out...)
        self.notice.setObjectName("exportNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_warning = font_warning_label()  # letters no font on this computer can print
        self.preview = PagePreview(self.tr("Preparing the preview..."))
        self.preview.setObjectName("exportPreview")
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.font_warning)
        left.addWidget(self.notice)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        top = QHBoxLayout()
        top.addWidget(left_box, 1)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def _connect_choices(self) -> None:
        self.document.currentIndexChanged.connect(self._document_changed)
        self.chapter.currentIndexChanged.connect(self._chapter_changed)
        self.who.currentIndexChanged.connect(self.request_build)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.threshold.valueChanged.connect(self._threshold_changed)

    # ---- choices --------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.document.currentData()

    def _load_settings(self) -> None:
        from cos_desktop.db import settings

        self.paper.setCurrentIndex(max(self.paper.findData(settings.paper_size(self.session)), 0))
        self.threshold.setValue(settings.certificate_threshold(self.session))

    def _fill_chapters(self, run_id: int | None) -> None:
        self.chapter.clear()
        if self.choices is None:
            return
        statuses = {"planned": self.tr("planned"), "running": self.tr("in progress"), "ended": self.tr("delivered")}
        for c in self.choices.chapters:
            self.chapter.addItem(self.tr("{n}. {title} ({date}, {status})").format(
                n=c.position, title=c.title, date=local_formats.day_month(c.date),
                status=statuses.get(c.status, c.status)), c.run_id)
        wanted = run_id if run_id is not None else self.choices.default_run_id
        self.chapter.setCurrentIndex(max(self.chapter.findData(wanted), 0))
        self.chapter.setToolTip(self.chapter.currentText())  # the whole text, when the box is narrow

    def current_run_id(self) -> int | None:
        return self.chapter.currentData()

    def current_chapter(self):
        return next((c for c in self.choices.chapters if c.run_id == self.current_run_id()), None) if self.choices else None

    def _fill_who(self) -> None:
        from cos_desktop.db import report_queries as rq

        self.who.blockSignals(True)
        self.who.clear()
        kind, parents = self.kind(), self.choices.parents if self.choices else ()
        if self.choices is not None:
            if kind == "parent-summary":
                self.who.addItem(self.tr("The whole group (no names)"), WHOLE_GROUP)
                self.who.addItem(self.tr("One page per parent who agreed to be named"), PER_PARENT)
                parents = [p for p in parents if p.consent_named]
            elif kind == "catch-up":  # only parents absent or excused
                run_id = self.current_run_id()
                missed = rq.missed_names(self.session, run_id) if run_id is not None else []
                self.who.addItem(self.tr("Everyone who missed this chapter ({n})").format(n=len(missed)), WHOLE_GROUP)
                parents = [p for p in parents if p.name in missed]
            elif kind == "certificates":
                self.who.addItem(self.tr("Everyone who reached the threshold"), WHOLE_GROUP)
            for p in parents if kind in ("parent-summary", "catch-up", "certificates") else ():
                self.who.addItem(p.name, p.name)
        self.who.blockSignals(False)

    def _document_changed(self) -> None:
        kind = DOCUMENT_KINDS[self.kind()]
        self.chapter.setEnabled(kind.per_chapter)
        self.chapter_label.setEnabled(kind.per_chapter)
        self._fill_who()
        shows_who = self.who.count() > 0
        self.who.setVisible(shows_who)
        self.who_label.setVisible(shows_who)
        self.threshold.setVisible(kind.key == "certificates")
        self.threshold_label.setVisible(kind.key == "certificates")
        self.request_build()

    def _chapter_changed(self) -> None:
        self.chapter.setToolTip(self.chapter.currentText())
        if self.kind() == "catch-up":
            self._fill_who()
        self.request_build()

    def _paper_changed(self) -> None:
        from cos_desktop.db import settings

        paper = self.paper.currentData()
        save(self.session, self, lambda: settings.set_paper_size(self.session, paper))
        self.request_build()

    def _threshold_changed(self, value: int) -> None:
        from cos_desktop.db import settings

        save(self.session, self, lambda: settings.set_certificate_threshold(self.session, value))
        self.request_build()

    # ---- building ---------------------------------------------------------------------------------
    def request_build(self) -> None:
        """Rebuild soon (several quick changes give one build)."""
        self.pdf = None
        self._set_busy(True)
        self._rebuild_timer.start()

    def _views(self, found: list):
        """The views for the current choices; ReportLookupError says what is missing. Names taken
        out of parent pages are added to `found`."""
        from cos_desktop.db import report_queries as rq

        who = self.who.currentData() if self.who.isVisible() else None
        chapter = self.current_chapter()
        return rq.document_views(
            self.session, self.kind(), self.group_name,
            chapter=chapter.position if chapter is not None else None,
            participant=who if who not in (None, WHOLE_GROUP, PER_PARENT) else None,
            per_parent=who == PER_PARENT, found=found,
        )

    def _service(self):
        from cos_desktop.db import settings

        return settings.service_details(self.session, date_style=locale_date_style())

    def rebuild(self) -> None:
        from cos_desktop.db import report_queries as rq

        if self.worker is not None and self.worker.isRunning():
            self._pending = True
            return
        if self.choices is None:
            self._show_problem(self.tr("Choose a group first: documents are printed for a group."))
            return
        found: list = []
        try:
            views = self._views(found)
        except rq.ReportLookupError as exc:
            self._show_problem(str(exc))
            return
        self.views = views
        self.notice.setText(checks_text(self.kind(), views, found))
        kind, paper, service = self.kind(), self.paper.currentData(), self._service()
        # The fonts are looked up on the worker too: the first look reads every font file.
        self.worker = start_worker(lambda: (build_pdf(kind, views, paper, service=service),
                                            missing_scripts_of(views, service)),
                                   self._built, self._build_failed, self._worker_finished)

    def _build_failed(self, message: str) -> None:
        if self._pending or self._rebuild_timer.isActive():
            return  # about a choice already changed
        self._show_problem(self.tr("The document could not be made: {reason}").format(reason=message))

    def _worker_finished(self) -> None:
        if self._pending:
            self._pending = False
            self.rebuild()

    def _built(self, result) -> None:
        if self._pending or self._rebuild_timer.isActive():
            return  # a newer choice is waiting; this result is already out of date
        (self.pdf, self.pages, image), scripts = result
        self.font_warning.setText(font_warning(scripts))
        self.font_warning.setVisible(bool(scripts))
        self._set_busy(False)
        if self.kind() == "print-pack":
            self.status.setText(pack_status(self.views, self.pages))
        else:
            self.status.setText(
                self.tr("%n page(s), ready to save or print. The preview shows the first page.", "", self.pages))
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
        self.notice.setText("")
        self.font_warning.hide()
        self.pdf = None
        self._print_after_build = False
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
        if self.group_name:
            parts.append("".join(ch if ch.isalnum() else "-" for ch in self.group_name).strip("-").lower() or "group")
        chapter = self.current_chapter()
        if DOCUMENT_KINDS[self.kind()].per_chapter and chapter is not None:
            parts.append(f"chapter-{chapter.position}")
            if chapter.part_count > 1:  # so part 2's file does not replace part 1's
                parts.append(f"part-{chapter.part}")
        return "-".join(parts) + ".pdf"

    def job_title(self) -> str:
        """The print job's name (what a print queue lists): document, group and chapter."""
        parts = [document_label(self.kind()), self.group_name]
        chapter = self.current_chapter()
        if DOCUMENT_KINDS[self.kind()].per_chapter and chapter is not None:
            parts.append(self.tr("chapter {n}").format(n=chapter.position))
        return " - ".join(p for p in parts if p)

    def save(self) -> None:
        """Ask where to save the PDF (without blocking the window); `saved` tells the path."""
        if self.pdf is None:
            return
        if self.save_dialog is not None:
            self.save_dialog.raise_()
            return
        dialog = QFileDialog(self, self.tr("Save PDF"), str(Path.home() / self.suggested_name()),
                             self.tr("PDF files (*.pdf)"))
        dialog.setObjectName("exportSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(lambda _result: self._save_dialog_closed(dialog))
        self.save_dialog = dialog
        dialog.open()

    def _save_dialog_closed(self, dialog) -> None:
        self.save_dialog = None
        dialog.deleteLater()

    def save_to(self, path: str) -> str | None:
        if self.pdf is None or not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            tell(self, self.tr("Save PDF"), self.tr(
                "The PDF could not be saved to {path}: {reason}. Choose another folder.").format(
                path=path, reason=exc.strerror or exc), warning=True)
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self._audit("export")
        self.saved.emit(path)
        return path

    def print_document(self) -> None:
        """Open the system print dialog for the document (as soon as it is built)."""
        from cos_desktop.ui.printing.print_job import ask_then_print

        if self.pdf is None:
            self._print_after_build = True
            return
        if self.print_dialog is not None:
            self.print_dialog.raise_()
            return
        self.print_dialog = ask_then_print(self, self.pdf, self.pages, self.paper.currentData(), self.job_title(),
                                           self._print_finished)

    def edit_service(self) -> None:
        from cos_desktop.ui.printing.service_dialog import ServiceDialog

        dialog = ServiceDialog(self.session, self)
        dialog.accepted.connect(self.request_build)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.service_dialog = dialog

    def _print_finished(self, outcome) -> None:
        self.print_dialog = None
        self.status.setText(outcome.message or self.tr("Nothing was printed."))
        if outcome.offer_save and interactive():
            answer = QMessageBox.warning(
                self, self.tr("Not printed"),
                self.tr("{problem}\n\nSave the PDF instead?").format(problem=outcome.message),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
        elif outcome.offer_save:
            log.warning("not printed: %s", outcome.message)
        if outcome.printed:
            self._audit("print")
        self.printed.emit(outcome.printed)

    def _audit(self, action: str) -> None:
        """The audit trail: who exported or printed which document (db/audit.py)."""
        from cos_desktop.db import audit

        who, chapter = self.who.currentData() if self.who.isVisible() else None, self.current_chapter()
        save(self.session, self, lambda: audit.record_document(
            self.session, action, DOCUMENT_KINDS[self.kind()].label, self.group_id,
            parent_name=who if who not in (None, WHOLE_GROUP, PER_PARENT) else None,
            chapter=chapter.position if chapter is not None and DOCUMENT_KINDS[self.kind()].per_chapter else None))


# The main window's way in (File > Export..., File > Print..., the end-of-session buttons).
from cos_desktop.ui.printing.opening import offer_documents, open_export_dialog  # noqa: E402,F401
