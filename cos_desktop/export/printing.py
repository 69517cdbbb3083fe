"""Sending a finished PDF to a printer, as the document itself (real text, not page pictures).

- Linux and macOS: the PDF goes to CUPS as the job with `lp` (the printer's own driver, or
  CUPS's PDF filters, turn it into what the printer speaks). Printer, copies, pages, paper,
  two-sided and collation are `lp` options.
- Windows (command line): the PDF is handed to Windows' "Print" command for PDF files (the one
  behind right-click > Print in Explorer). Microsoft Edge, Windows' own PDF app, does not offer
  one; PDF readers such as Adobe Acrobat Reader or SumatraPDF do. The app itself prints on
  Windows through Qt (ui/printing/print_job.py).

Qt-free: the app reads the choices from the system print dialog and passes them here; the
command line passes its own. Failures raise PrintError with a calm message for a person.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cos_desktop.core.translation import translate

LP_TIMEOUT = 60  # seconds; lp only hands the file to the scheduler


@dataclass(frozen=True)
class PrintOptions:
    printer: str = ""  # empty: the default printer
    copies: int = 1
    page_ranges: str = ""  # e.g. "1-3,5"; empty: every page
    paper: str = ""  # A4 or Letter; empty: the printer's own default
    sides: str = ""  # one-sided, two-sided-long-edge or two-sided-short-edge; empty: the default
    collate: bool = True
    title: str = "COS Desktop"


@dataclass(frozen=True)
class PrintResult:
    job: str  # the printing system's name for the job, e.g. "PDF-12"
    printer: str
    note: str = ""  # something worth saying, e.g. the printer is paused and the job waits


class PrintError(Exception):
    """The document could not be sent; str(error) says why in plain words.

    `reason` is one of: no-printing-system, no-printer, unknown-printer, not-running, refused, failed.
    """

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def lp_command(path: str, options: PrintOptions) -> list[str]:
    """The `lp` command line for one PDF file."""
    command = ["lp"]
    if options.printer:
        command += ["-d", options.printer]
    command += ["-n", str(max(1, int(options.copies))), "-t", options.title]
    if options.page_ranges:
        command += ["-P", options.page_ranges]
    if options.paper:
        # fit-to-page: a Letter page on A4 paper (or the other way) is scaled, not cut.
        command += ["-o", f"media={options.paper}", "-o", "fit-to-page"]
    if options.sides:
        command += ["-o", f"sides={options.sides}"]
    if options.copies > 1:
        command += ["-o", "collate=true" if options.collate else "collate=false"]
    return command + ["--", path]


def _c_locale() -> dict[str, str]:
    """CUPS's commands answer in the computer's language; their answers are read here, so ask in English."""
    return {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}


def _run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT, env=_c_locale())


def scheduler_running() -> bool:
    if shutil.which("lpstat") is None:
        return False
    try:
        done = _run(["lpstat", "-r"])
    except (OSError, subprocess.SubprocessError):
        return False
    return "not running" not in done.stdout and done.returncode == 0


def printer_names() -> list[str]:
    """The printers CUPS knows (empty without CUPS)."""
    if shutil.which("lpstat") is None:
        return []
    try:
        done = _run(["lpstat", "-e"])
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()] if done.returncode == 0 else []


def _ask_paused(name: str) -> subprocess.Popen | None:
    """Start asking CUPS whether this printer holds its jobs (paused, or offline); runs beside `lp`."""
    try:
        return subprocess.Popen(["lpstat", "-p", name], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                env=_c_locale())
    except OSError:
        return None


def _paused_answer(asking: subprocess.Popen | None) -> bool:
    if asking is None:
        return False
    try:
        out, _ = asking.communicate(timeout=LP_TIMEOUT)
    except subprocess.TimeoutExpired:
        asking.kill()
        asking.communicate()
        return False
    return asking.returncode == 0 and " disabled " in f" {out} "


def printer_paused(name: str) -> bool:
    """True when CUPS holds this printer's jobs (paused by someone, or the printer went offline)."""
    return _paused_answer(_ask_paused(name))


def _why_lp_failed(stderr: str, printer: str) -> PrintError:
    detail = stderr.strip().splitlines()[-1] if stderr.strip() else translate("Printing", "no reason given")
    if not scheduler_running():
        return PrintError("not-running", translate(
            "Printing", "The printing service (CUPS) is not running on this computer, so nothing was printed. Start "
            "it (or restart the computer), or save the PDF and print it later."))
    if "no default destination" in detail.lower():
        known = printer_names()
        if known:
            return PrintError("no-printer", translate(
                "Printing", "No printer is chosen as the default, so nothing was printed. Choose one (printers here: "
                "{printers}), or save the PDF instead.").format(printers=", ".join(known)))
        return PrintError("no-printer", translate(
            "Printing", "No printer is set up on this computer yet, so nothing was printed. Add a printer in your "
            "system settings, or save the PDF instead."))
    if "does not exist" in detail.lower() or "unknown" in detail.lower():
        known = ", ".join(printer_names()) or translate("Printing", "none")
        return PrintError("unknown-printer", translate(
            "Printing", 'There is no printer called "{printer}". Printers here: {printers}.').format(
                printer=printer, printers=known))
    if "not accepting" in detail.lower():
        return PrintError("refused", translate(
            "Printing", 'The printer "{printer}" is not taking jobs at the moment (it may be offline or switched '
            "off). Nothing was printed; save the PDF, or try again later.").format(printer=printer))
    return PrintError("failed", translate(
        "Printing", "The printer did not take the document ({detail}). Save the PDF instead.").format(detail=detail))


def _print_with_lp(path: str, options: PrintOptions) -> PrintResult:
    if shutil.which("lp") is None:
        raise PrintError("no-printing-system", translate(
            "Printing", "Printing needs CUPS, the printing system of Linux and macOS, which is not installed here "
            "(on Debian or Ubuntu: the cups and cups-client packages). Save the PDF instead."))
    asking = _ask_paused(options.printer) if options.printer else None
    try:
        done = _run(lp_command(path, options))
    except subprocess.TimeoutExpired:
        raise PrintError("not-running", translate(
            "Printing", "The printing service did not answer, so nothing was printed. Save the PDF instead.")) from None
    except OSError as exc:
        raise PrintError("failed", translate("Printing", "The printer could not be reached ({reason}).").format(
            reason=exc.strerror or exc)) from None
    finally:
        paused = _paused_answer(asking)
    if done.returncode != 0:
        raise _why_lp_failed(done.stderr, options.printer or translate("Printing", "the default printer"))
    # "request id is PDF-12 (1 file(s))"
    words = done.stdout.split()
    job = words[words.index("is") + 1] if "is" in words[:-1] else done.stdout.strip()
    printer = options.printer or job.rsplit("-", 1)[0]
    note = ""
    if paused or (not options.printer and printer and printer_paused(printer)):
        note = translate("Printing", 'The printer "{printer}" is paused or offline: the document waits in its queue '
                         "and prints when the printer is back.").format(printer=printer)
    return PrintResult(job, printer, note)


def _print_on_windows(path: str, options: PrintOptions) -> PrintResult:
    # The "print" verb of the PDF file type prints on the default printer; it takes no options.
    try:
        for _ in range(max(1, options.copies)):
            os.startfile(path, "print")  # type: ignore[attr-defined]  # Windows only
    except OSError as exc:
        raise PrintError("no-printing-system", translate(
            "Printing", "No app on this computer offers Windows a Print command for PDF files ({reason}); Microsoft "
            "Edge does not. Print from the app instead (File > Print...), or save the PDF and print it from your "
            "PDF reader.").format(reason=exc.strerror or exc)) from None
    return PrintResult("", options.printer or translate("Printing", "the default printer"),
                       translate("Printing", "Windows' PDF app prints it on the default printer."))


def print_pdf(pdf: bytes | str | os.PathLike, options: PrintOptions) -> PrintResult:
    """Send a PDF (its bytes, or a file) to the printer. Raises PrintError."""
    if isinstance(pdf, (str, os.PathLike)):
        path = os.fspath(pdf)
        return _print_on_windows(path, options) if sys.platform == "win32" else _print_with_lp(path, options)
    # The file must outlive this call on Windows (the PDF app opens it later); lp copies it at once.
    keep = sys.platform == "win32"
    folder = Path(tempfile.mkdtemp(prefix="cos-print-"))
    path = folder / "document.pdf"
    try:
        path.write_bytes(pdf)
        return print_pdf(path, options)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def pack_lines(views) -> list[str]:
    """For tonight's print pack: what is in it, in order (for the facilitator, never printed)."""
    from cos_desktop.core.report_views import PrintPack

    if not isinstance(views, PrintPack):
        return []
    # "1 summary" has its own text: English makes "summaries" from "summary" in a way "(s)" cannot say.
    # Counts are passed as plain names: the extraction tool (lupdate) reads no other.
    count, sheets = views.summaries, views.catch_ups
    summaries = translate("Printing", "1 summary") if count == 1 else translate("Printing", "%n summaries", "", count)
    catch_ups = translate("Printing", "%n catch-up sheet(s)", "", sheets)
    lines = [translate("Printing", "{summaries}, {catch_ups}, in this order:").format(
        summaries=summaries, catch_ups=catch_ups)]
    for page in views.pages:
        if page.view.addressee:
            what = translate("Printing", "catch-up sheet") if page.catch_up else translate("Printing", "summary")
        else:
            what = (translate("Printing", "catch-up sheet (not named on the page)") if page.catch_up
                    else translate("Printing", "summary (not named on the page)"))
        lines.append(f"  {page.reader}: {what}")
    return lines


def print_command(args, views, paper: str, service=None) -> int:
    """`cos-desktop print DOCUMENT ...`: build the document and send it; the exit code."""
    import io

    from cos_desktop import APP_NAME
    from cos_desktop.export import DOCUMENT_KINDS, build_document

    if args.copies < 1:
        print(f"{APP_NAME}: " + translate("Printing", "--copies must be 1 or more."), file=sys.stderr)
        return 2
    label = DOCUMENT_KINDS[args.document].title
    title = " - ".join([label, args.group] + (
        [translate("Printing", "chapter {number}").format(number=args.chapter)] if args.chapter else []))
    out = io.BytesIO()
    pages = build_document(args.document, views, out, paper=paper, service=service)
    options = PrintOptions(printer=args.printer or "", copies=args.copies, paper=paper, title=title)
    try:
        result = print_pdf(out.getvalue(), options)
    except PrintError as exc:
        print(f"{APP_NAME}: {exc} " + translate(
            "Printing", "(Nothing was printed: `cos-desktop export` saves the PDF.)"),
              file=sys.stderr)
        return 4
    for line in pack_lines(views):
        print(line)
    pages_text = translate("Printing", "%n page(s)", "", pages)
    count = args.copies
    copies = translate("Printing", "1 copy") if count == 1 else translate("Printing", "%n copies", "", count)
    if result.job:
        sent = translate("Printing", "{document}: {pages}, {copies}, sent to {printer} as job {job}.")
    else:
        sent = translate("Printing", "{document}: {pages}, {copies}, sent to {printer}.")
    print(sent.format(document=label, pages=pages_text, copies=copies, printer=result.printer, job=result.job))
    if result.note:
        print(result.note)
    return 0
