"""File > Export... and File > Print... on a real (offscreen) Qt, with real PDFs and printing to a PDF file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.export import pdfread, printed


@pytest.fixture
def window(main_window_factory):
    return main_window_factory(demo=True)


def wait_built(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.progress.isVisible() and (dialog.worker is None or not dialog.worker.isRunning()),
                    timeout=20000)


def save_as(qtbot, dialog, target) -> None:
    """Click Save PDF..., type the file's name in the save dialog and press Enter."""
    from PySide6.QtWidgets import QLineEdit

    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.save_dialog is not None and dialog.save_dialog.isVisible(), timeout=5000)
        dialog.save_dialog.setDirectory(str(target.parent))  # as if the person went to that folder
        name = dialog.save_dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, target.name)
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert saved.args == [str(target)]
    assert dialog.status.text() == f"Saved to {target}"


def choose(dialog, combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_file_menu_offers_export_and_print(window):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "exportDocument" in names and "printDocument" in names


def test_export_builds_off_the_gui_thread_previews_and_saves(window, qtbot, tmp_path):
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
    save_as(qtbot, dialog, target)
    assert "CONFIDENTIAL" in pdfread.all_text(target)
    from cos_desktop.db import audit

    assert [(e.action, e.subject.split(" of ")[0]) for e in audit.entries(window.session)] == [
        ("export", "Facilitator record")]  # the audit trail (db/audit.py)


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


def accept_print_dialog(qtbot, dialog, printer_name: str) -> None:
    """Choose a printer in the system print dialog and press its Print button, as a person would."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox

    qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible(), timeout=10000)
    system = dialog.print_dialog
    assert isinstance(system, QPrintDialog)
    for combo in system.findChildren(QComboBox):
        index = combo.findText(printer_name)
        if index >= 0:
            combo.setCurrentIndex(index)
            break
    ok = system.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@printed.needs_printer
def test_the_print_button_sends_the_pdf_itself_to_the_printer(window, qtbot):
    dialog = window.print_document()
    qtbot.addWidget(dialog)
    assert dialog.print_button.isDefault()
    choose(dialog, dialog.who, "__per_parent__")
    wait_built(qtbot, dialog)
    assert dialog.pages == 5
    before = printed.printed_files()
    with qtbot.waitSignal(dialog.printed, timeout=30000) as sent:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        accept_print_dialog(qtbot, dialog, printed.PRINTER)
    assert sent.args == [True], dialog.status.text()
    assert "Sent to " + printed.PRINTER in dialog.status.text()
    out = printed.wait_for_new_file(before)
    assert pdfread.page_count(out) == 5
    text = pdfread.all_text(out)
    assert "Demo group" in text and "What we explored" in text  # real text, not pictures of pages


def test_cancelling_the_print_dialog_prints_nothing(window, qtbot):
    dialog = window.print_document()
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    with qtbot.waitSignal(dialog.printed, timeout=10000) as sent:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible(), timeout=10000)
        qtbot.keyClick(dialog.print_dialog, Qt.Key.Key_Escape)
    assert sent.args == [False]
    assert dialog.status.text() == "Nothing was printed."


@pytest.mark.skipif(not printed.PRINTER, reason="needs a printer in the print dialog (COS_TEST_PRINTER)")
def test_a_printer_that_refuses_gives_a_calm_message(window, qtbot, monkeypatch):
    from cos_desktop.export import printing

    def refuse(pdf, options):
        raise printing.PrintError("not-running", "The printing service (CUPS) is not running on this computer.")

    monkeypatch.setattr("cos_desktop.ui.printing.print_job.print_pdf", refuse)
    dialog = window.print_document()
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    with qtbot.waitSignal(dialog.printed, timeout=10000) as sent:
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
        accept_print_dialog(qtbot, dialog, printed.PRINTER)
    assert sent.args == [False]
    assert "not running" in dialog.status.text()
    assert dialog.save_button.isEnabled()  # saving the PDF instead is one click away


def test_end_of_session_screen_offers_both_documents(window, qtbot):
    summary = window.show_run_summary(0)
    qtbot.addWidget(summary)
    buttons = {b.text(): b for b in summary.findChildren(QPushButton)}
    assert "Parent summary..." in buttons and "Facilitator record..." in buttons
    assert "Print tonight's pack..." in buttons
    buttons["Facilitator record..."].click()
    dialog = window.last_export_dialog
    qtbot.addWidget(dialog)
    assert dialog.kind() == "facilitator-record"
    assert dialog.current_run_id() == summary.run.id
    wait_built(qtbot, dialog)
    assert dialog.pages == 3  # with the fidelity page of a delivered session


def test_tonights_pack_from_the_file_menu_lists_every_page_before_printing(window, qtbot):
    action = next(a for a in window.file_menu.actions() if a.objectName() == "printPack")
    action.trigger()
    dialog = window.last_export_dialog
    qtbot.addWidget(dialog)
    assert dialog.kind() == "print-pack" and dialog.print_button.isDefault()
    wait_built(qtbot, dialog)
    assert dialog.pages == 8
    assert dialog.status.text() == "8 pages: 6 summary sheets, 2 catch-up sheets"
    lines = dialog.notice.text().splitlines()
    assert lines[0] == "In this order:"
    assert lines[1] == "• Amira K. (demo): summary" and "Gwen L. (demo): catch-up sheet (not named on the page)" in lines[7]


def test_a_chapter_nobody_attended_yet_explains_itself(window, qtbot):
    dialog = window.export_document(kind="print-pack")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    dialog.chapter.setCurrentIndex(1)  # chapter 2: planned
    qtbot.waitUntil(lambda: "has not been delivered yet" in dialog.status.text(), timeout=10000)
    assert dialog.pdf is None and not dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens, nothing raises
    assert dialog.print_dialog is None


def test_the_services_name_replaces_the_apps_on_the_document(window, qtbot, tmp_path):
    dialog = window.export_document(kind="parent-summary")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    qtbot.mouseClick(dialog.service_button, Qt.MouseButton.LeftButton)
    service = dialog.service_dialog
    qtbot.waitUntil(service.isVisible, timeout=5000)
    service.name.setFocus()
    qtbot.keyClicks(service.name, "Riverside Family Centre")
    qtbot.keyClicks(service.contact, "01632 960 123")
    qtbot.keyClick(service.contact, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not service.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    target = tmp_path / "summary.pdf"
    save_as(qtbot, dialog, target)
    text = pdfread.all_text(target)
    assert "Riverside Family Centre · Parent summary · Prepared on" in text and "01632 960 123" in text


def test_on_the_first_day_printing_asks_for_a_group_first(main_window_factory, qtbot):
    window = main_window_factory(demo=False)  # an empty database: no group yet
    for name in ("printPack", "printDocument", "exportDocument"):
        next(a for a in window.file_menu.actions() if a.objectName() == name).trigger()
        assert getattr(window, "last_export_dialog", None) is None
        assert "Choose a group first" in window.statusBar().currentMessage()


def test_a_session_without_shareable_notes_says_so_before_printing(window, qtbot):
    from cos_desktop.core.kinds import Visibility

    for note in window.current_group().sessions[0].notes:
        note.visibility = Visibility.PRIVATE.value
    window.session.commit()
    dialog = window.export_document(kind="print-pack")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    assert "No shareable notes for this session" in dialog.notice.text()
    assert dialog.pages == 8  # the pages still carry the chapter's ideas


def test_page_pictures_are_the_last_resort_made_one_page_at_a_time(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from cos_desktop.ui.printing import print_job

    dialog = window.export_document(kind="print-pack")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    asked = []
    real = print_job.render_pages
    monkeypatch.setattr(print_job, "render_pages", lambda pdf, dpi, first, last: asked.append((first, last)) or
                        real(pdf, dpi, first, last))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pictures.pdf"))
    outcome = print_job.paint_pages(dialog.pdf, dialog.pages, printer)
    assert outcome.printed
    assert asked == [(n, n) for n in range(1, 9)]  # never the whole document in memory at once
    assert pdfread.page_count(tmp_path / "pictures.pdf") == 8
    # Pages 2 to 3 chosen in the print dialog: only those are drawn.
    asked.clear()
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_job.paint_pages(dialog.pdf, dialog.pages, printer).printed
    assert asked == [(2, 2), (3, 3)] and pdfread.page_count(tmp_path / "two.pdf") == 2


@pytest.mark.parametrize("gesture", ["enter", "alt+r"])
def test_enter_and_alt_r_open_the_print_dialog(window, qtbot, gesture):
    dialog = window.print_document()
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    dialog.activateWindow()
    dialog.document.setFocus()
    with qtbot.waitSignal(dialog.printed, timeout=10000) as sent:
        if gesture == "enter":
            qtbot.keyClick(dialog.document, Qt.Key.Key_Return)  # Print is the default button here
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible(), timeout=10000)
        qtbot.keyClick(dialog.print_dialog, Qt.Key.Key_Escape)
    assert sent.args == [False] and dialog.status.text() == "Nothing was printed."


def test_names_taken_out_are_listed_before_printing(window, qtbot):
    from cos_desktop.core.kinds import Visibility
    from cos_desktop.db.models import Note

    group = window.current_group()
    group.participants[2].display_name = "王小明"
    group.sessions[0].notes.append(Note(text="今天王小明分享了一个故事。", visibility=Visibility.SHAREABLE.value))
    window.session.commit()
    dialog = window.export_document(kind="parent-summary")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    assert "Names taken out of the parents' pages:" in dialog.notice.text()
    assert "• \u201c王小明\u201d (王小明) \u2192 \u201c一位家长\u201d" in dialog.notice.text()


def test_the_print_dialogs_choices_reach_the_printing_system(qapp):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from cos_desktop.ui.printing.print_job import new_printer, options_from

    printer = new_printer("A4")
    printer.setCopyCount(2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    options = options_from(printer, "Print pack - Demo group")
    assert (options.copies, options.page_ranges, options.paper, options.title) == (
        2, "2-3", "Letter", "Print pack - Demo group")


def test_after_a_session_one_click_opens_tonights_pack(window, qtbot):
    summary = window.show_run_summary(0)
    qtbot.addWidget(summary)
    button = next(b for b in summary.findChildren(QPushButton) if b.text() == "Print tonight's pack...")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.last_export_dialog
    qtbot.addWidget(dialog)
    assert dialog.kind() == "print-pack" and dialog.current_run_id() == summary.run.id
    assert dialog.print_button.isDefault()
    wait_built(qtbot, dialog)
    assert dialog.status.text() == "8 pages: 6 summary sheets, 2 catch-up sheets"


def test_catch_up_sheets_are_offered_only_for_parents_who_missed_the_chapter(window, qtbot):
    dialog = window.export_document(kind="catch-up")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    offered = [dialog.who.itemText(i) for i in range(dialog.who.count())]
    assert offered == ["Everyone who missed this chapter (2)", "Gwen L. (demo)", "Hiro N. (demo)"]
