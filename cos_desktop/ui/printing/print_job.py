"""Printing from the app: the system print dialog chooses printer, copies, pages, paper and
sides; the PDF itself then goes to the printer (cos_desktop.export.printing), so the text
stays text. Page pictures are painted only when the computer has no other way to print a PDF
(Windows), and then one page at a time at the printer's resolution."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from cos_desktop.export.printing import PrintError, PrintOptions, print_pdf
from cos_desktop.ui.printing.preview import qtpdf_available, render_pages

log = logging.getLogger(__name__)
FALLBACK_DPI = 200

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


@dataclass(frozen=True)
class Outcome:
    printed: bool
    message: str  # what to tell the facilitator; empty when cancelled
    offer_save: bool = False  # saving the PDF instead would help


def _media(size: QPageSize) -> str:
    """The CUPS media name: the standard name for common sizes (a printer's own key for Letter
    may be "AnsiA"), else the printer's key."""
    names = {QPageSize.PageSizeId.A4: "A4", QPageSize.PageSizeId.A5: "A5", QPageSize.PageSizeId.A3: "A3",
             QPageSize.PageSizeId.Letter: "Letter", QPageSize.PageSizeId.Legal: "Legal"}
    return names.get(size.id(), size.key())


def new_printer(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    return printer


def options_from(printer: QPrinter, title: str) -> PrintOptions:
    """The choices made in the print dialog, as options for the printing system."""
    ranges = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        ranges = f"{printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"
    return PrintOptions(
        printer=printer.printerName(),
        copies=max(1, printer.copyCount()),
        page_ranges=ranges,
        paper=_media(printer.pageLayout().pageSize()),
        sides=_SIDES.get(printer.duplex(), ""),
        collate=printer.collateCopies(),
        title=title,
    )


def send(pdf: bytes, pages: int, printer: QPrinter, title: str) -> Outcome:
    """Print `pdf` with the choices held by `printer` (after the print dialog)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # "Print to file": the PDF itself is the best file there is.
        try:
            Path(printer.outputFileName()).write_bytes(pdf)
        except OSError as exc:
            reason = exc.strerror or exc
            return Outcome(False, QCoreApplication.translate(
                "PrintJob", "The file could not be written: {reason}.").format(reason=reason), True)
        return Outcome(True, QCoreApplication.translate("PrintJob", "Saved to {path}").format(
            path=printer.outputFileName()))
    if sys.platform == "win32" and qtpdf_available():
        # Windows has no way to print a PDF file itself (its PDF app, Edge, offers no Print
        # command to other programs): pages drawn by QtPdf at the printer's resolution, one at a time.
        return paint_pages(pdf, pages, printer)
    options = options_from(printer, title)
    try:
        result = print_pdf(pdf, options)
    except PrintError as exc:
        if exc.reason == "no-printing-system" and printer.isValid() and printer.printerName():
            return paint_pages(pdf, pages, printer)
        log.warning("printing failed: %s", exc)
        return Outcome(False, str(exc), True)
    copies = options.copies  # a plain name: the extraction tool skips a.b counts
    message = QCoreApplication.translate("PrintJob", "Sent to {printer} (copies: %n).", "", copies).format(
        printer=result.printer)
    if result.note:
        message += " " + result.note
    return Outcome(True, message)


def paint_pages(pdf: bytes, pages: int, printer: QPrinter) -> Outcome:
    """The last resort: page pictures, made and painted one page at a time (little memory)."""
    printer.setFullPage(True)
    dpi = max(72, min(FALLBACK_DPI, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        return Outcome(False, QCoreApplication.translate("PrintJob", "The printer could not be started."), True)
    first, last = 1, pages
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(pages, max(printer.fromPage(), printer.toPage()))
    try:
        for number in range(first, last + 1):
            images = render_pages(pdf, dpi, number, number)
            if not images:
                printer.abort()
                return Outcome(False, QCoreApplication.translate(
                    "PrintJob", "This computer has no way to print a PDF. Save the PDF and print it from your PDF "
                    "reader."), True)
            if number > first:
                printer.newPage()
            QCoreApplication.processEvents()  # the window keeps painting between pages
            painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(printer.resolution())), images[0])
    finally:
        painter.end()
    return Outcome(True, QCoreApplication.translate("PrintJob", "Sent to {printer} as pictures of the pages.").format(
        printer=printer.printerName()))


def ask_then_print(parent, pdf: bytes, pages: int, paper: str, title: str, on_outcome) -> QPrintDialog:
    """Open the system print dialog (without blocking); when accepted, print and give the
    Outcome to `on_outcome`; when cancelled, give it Outcome(False, "")."""
    printer = new_printer(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("systemPrintDialog")
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)

    def finished(result: int) -> None:
        if result != QPrintDialog.DialogCode.Accepted:
            on_outcome(Outcome(False, ""))
        else:
            on_outcome(send(pdf, pages, printer, title))
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog._printer = printer  # keep the printer alive as long as its dialog
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver in PySide6
    return dialog
