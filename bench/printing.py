"""Printing the demo group's print pack to a CUPS PDF printer, against exporting the same PDF.

    python bench/printing.py [--printer PDF] [--repeat N]

Both ways are timed in turn in one process (machine noise hits both alike), N times each, and
each way runs once more in a fresh process for its own peak memory:
- export: look up the pack and write the PDF to a file (File > Export... or `cos-desktop export`);
- print: the same PDF, sent to CUPS as the job (`lp`): what the facilitator waits for.
Then, for the last printed job, the time until the PDF printer (cups-pdf) has written its file,
that file's size against the exported one, and whether its text can be read back (pdftotext).
Goals: print <= 1.5x export time, peak memory <= 250 MB, printed file <= 2x the exported size,
text extractable. Needs CUPS with a cups-pdf queue (tools/dev sets one up as "PDF").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child(mode: str, url: str, printer: str, repeat: int, out: str) -> None:
    """Runs in its own process and prints one JSON line. mode "both": export and print taken in
    turn (machine noise hits both alike); "export" or "print": one way only, for its peak memory."""
    import io
    import resource

    from cos_desktop.db.engine import open_database
    from cos_desktop.db.report_queries import document_views
    from cos_desktop.export import build_document
    from cos_desktop.export.printing import PrintOptions, print_pdf

    database = open_database(url)
    times: dict[str, list[float]] = {"export": [], "print": []}
    jobs = []
    ways = ["export", "print"] if mode == "both" else [mode]
    for _ in range(repeat + 1):  # the first round warms caches (fonts), as in a running app
        for way in ways:
            start = time.perf_counter()
            with database.session() as session:
                views = document_views(session, "print-pack", "Demo group", chapter=1)
            if way == "export":
                build_document("print-pack", views, out)
            else:
                pdf = io.BytesIO()
                build_document("print-pack", views, pdf)
                jobs.append(print_pdf(pdf.getvalue(), PrintOptions(printer=printer, title="bench print pack")).job)
            times[way].append(time.perf_counter() - start)
    database.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"export": times["export"][1:], "print": times["print"][1:], "peak_mb": peak_mb, "jobs": jobs}))


def pictures_child(out: str) -> None:
    """The last resort (Windows, or no CUPS): a 40-page pack drawn as pictures (at
    print_job.FALLBACK_DPI), one page at a time, onto a 300 dpi Qt printer writing a file."""
    import io
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from cos_desktop.db.demo import make_delivered_group
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.report_queries import document_views
    from cos_desktop.export import build_document
    from cos_desktop.ui.printing.print_job import FALLBACK_DPI, paint_pages

    app = QApplication([])  # noqa: F841 (QPrinter needs one)
    database = open_database("sqlite:///" + out + ".sqlite3")
    with database.session() as session:
        group = make_delivered_group(session, parents=40, note_words=40)
        views = document_views(session, "print-pack", group.name, chapter=1)
    pdf = io.BytesIO()
    pages = build_document("print-pack", views, pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    printer.setResolution(300)
    start = time.perf_counter()
    outcome = paint_pages(pdf.getvalue(), pages, printer)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": pages, "seconds": seconds, "peak_mb": peak_mb, "printed": outcome.printed,
                      "dpi": FALLBACK_DPI}))


def run_child(mode: str, args, url: str, out: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", mode, "--url", url, "--printer", args.printer,
                           "--repeat", str(args.repeat), "--out", out], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--printer", default="PDF")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child")
    parser.add_argument("--url")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child == "pictures":
        pictures_child(args.out)
        return 0
    if args.child:
        child(args.child, args.url, args.printer, args.repeat, args.out)
        return 0

    from tests.export import printed

    folder = tempfile.mkdtemp(prefix="cos-bench-print-")
    os.environ["COS_DESKTOP_DATA_DIR"] = folder
    url = "sqlite:///" + os.path.join(folder, "bench.sqlite3")
    subprocess.run([sys.executable, "-m", "cos_desktop", "--database", url, "demo", "--no-window"], check=True,
                   capture_output=True, cwd=ROOT)
    exported = os.path.join(folder, "pack.pdf")
    export_only = run_child("export", args, url, exported)
    print_only = run_child("print", args, url, exported + ".unused")
    before = printed.printed_files()
    start = time.perf_counter()
    both = run_child("both", args, url, exported)
    # Every job of the timed run, until the last one's file is complete.
    deadline = time.monotonic() + 120
    while len(printed.printed_files() - before) < args.repeat + 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    new = sorted(printed.printed_files() - before, key=lambda p: p.stat().st_mtime)
    last = printed.wait_for_new_file(before | set(new[:-1]))
    queue_seconds = time.perf_counter() - start
    text = subprocess.run(["pdftotext", str(last), "-"], capture_output=True, text=True).stdout
    export_ms, print_ms = statistics.median(both["export"]) * 1000, statistics.median(both["print"]) * 1000
    exported_kb, printed_kb = os.path.getsize(exported) / 1024, last.stat().st_size / 1024
    print(f"{args.repeat} runs each, taken in turn; median (best)")
    print(f"export the pack:   {export_ms:7.1f} ms ({min(both['export']) * 1000:.1f}), "
          f"peak {export_only['peak_mb']:.0f} MB")
    print(f"print the pack:    {print_ms:7.1f} ms ({min(both['print']) * 1000:.1f}), peak {print_only['peak_mb']:.0f} MB"
          f" (sent to {args.printer} as {both['jobs'][-1]})")
    print(f"ratio:             {print_ms / export_ms:7.2f}x ({min(both['print']) / min(both['export']):.2f}x) "
          "(goal <= 1.5x); peak memory goal <= 250 MB")
    print(f"the {args.repeat + 1} jobs were printed by cups-pdf within {queue_seconds:.1f} s")
    print(f"file size:         exported {exported_kb:.0f} KB, printed {printed_kb:.0f} KB, "
          f"{printed_kb / exported_kb:.2f}x (goal <= 2x)")
    print(f"text in printed file: {'yes' if 'Demo group' in text and 'What we explored' in text else 'NO'} "
          f"({len(text.split())} words read back with pdftotext)")
    done = subprocess.run([sys.executable, __file__, "--child", "pictures", "--out", os.path.join(folder, "pic.pdf")],
                          capture_output=True, text=True, check=True)
    pictures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"last resort, pictures at {pictures['dpi']} dpi a page at a time: {pictures['pages']} pages in "
          f"{pictures['seconds']:.1f} s, peak {pictures['peak_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
