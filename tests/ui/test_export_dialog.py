"""File > Export... and File > Print... on a real (offscreen) Qt, with real PDFs and printing to a PDF file."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.export import pdfread


@pytest.fixture
def window(main_window_factory):
    return main_window_factory(demo=True)


def wait_built(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.progress.isVisible() and (dialog.worker is None or not dialog.worker.isRunning()),
                    timeout=20000)


def choose(dialog, combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_file_menu_offers_export_and_print(window):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "exportDocument" in names and "printDocument" in names


def test_export_builds_off_the_gui_thread_previews_and_saves(window, qtbot, tmp_path, monkeypatch):
    dialog = window.export_document()
    qtbot.addWidget(dialog)
    choose(dialog, dialog.document, "facilitator-record")
    assert dialog.progress.isVisible() and not dialog.save_button.isEnabled()  # busy while it builds
    qtbot.waitUntil(lambda: dialog.worker is not None, timeout=5000)
    wait_built(qtbot, dialog)
    assert dialog.pdf is not None and dialog.pages == 3  # the record, then the session's fidelity page
    assert "3 pages" in dialog.status.text()
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait page
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    assert dialog.save() == str(target)
    assert "CONFIDENTIAL" in pdfread.all_text(target)


def test_the_window_keeps_working_while_a_document_is_built(window, qtbot, monkeypatch):
    import time

    from PySide6.QtCore import QThread, QTimer

    from cos_desktop.ui.printing import export_dialog

    real_build = export_dialog.build_pdf
    build_threads = []

    def slow_build(*args, **kwargs):
        build_threads.append(QThread.currentThread())
        time.sleep(0.5)  # a long document
        return real_build(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "build_pdf", slow_build)
    ticks_during_build = []
    timer = QTimer()
    timer.timeout.connect(
        lambda: ticks_during_build.append(1) if dialog.worker is not None and dialog.worker.isRunning() else None
    )
    dialog = window.export_document()
    qtbot.addWidget(dialog)
    timer.start(20)
    qtbot.waitUntil(lambda: dialog.worker is not None, timeout=5000)
    wait_built(qtbot, dialog)
    timer.stop()
    assert build_threads and build_threads[0] is not window.thread()
    assert ticks_during_build, "the GUI thread's event loop ran while the PDF was being built"
    assert dialog.pdf is not None


def test_a_missing_catch_up_explains_itself(window, qtbot):
    dialog = window.export_document(kind="catch-up")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    assert dialog.pages == 2  # chapter 1: the two parents who missed it
    dialog.chapter.setCurrentIndex(1)  # chapter 2, not delivered yet
    qtbot.waitUntil(lambda: "Nobody missed chapter 2" in dialog.status.text(), timeout=10000)
    assert dialog.pdf is None


def test_paper_and_threshold_choices_are_saved_settings(window, qtbot):
    from cos_desktop.db import settings

    dialog = window.export_document(kind="certificates")
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(1)
    dialog.paper.setCurrentText("Letter")
    wait_built(qtbot, dialog)
    assert settings.paper_size(window.session) == "Letter"
    assert settings.certificate_threshold(window.session) == 1
    assert dialog.pages == 6  # six parents came to chapter 1 (present or late)


def test_print_paints_every_page_on_the_printer(window, qtbot, tmp_path):
    dialog = window.print_document()
    qtbot.addWidget(dialog)
    assert dialog.print_button.isDefault()
    choose(dialog, dialog.who, "__per_parent__")
    wait_built(qtbot, dialog)
    assert dialog.pages == 5
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    assert dialog.print_document(printer=printer, ask=False)
    assert pdfread.page_count(out) == 5


def test_end_of_session_screen_offers_both_documents(window, qtbot):
    summary = window.show_run_summary(0)
    qtbot.addWidget(summary)
    buttons = {b.text(): b for b in summary.findChildren(QPushButton)}
    assert "Parent summary..." in buttons and "Facilitator record..." in buttons
    buttons["Facilitator record..."].click()
    dialog = window.last_export_dialog
    qtbot.addWidget(dialog)
    assert dialog.kind() == "facilitator-record"
    assert dialog.current_run().id == summary.run.id
    wait_built(qtbot, dialog)
    assert dialog.pages == 3  # the record, then the session's fidelity page
