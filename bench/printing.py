"""Printing the demo group's print pack to a CUPS PDF printer, against exporting the same PDF.

    python bench/printing.py [--printer PDF] [--repeat N]

Each way runs in a fresh process (so its peak memory is its own), N times:
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
    """Runs in its own process: times `mode` and prints one JSON line."""
    import io
    import resource

    from cos_desktop.db.engine import open_database
    from cos_desktop.db.report_queries import document_views
    from cos_desktop.export import build_document
    from cos_desktop.export.printing import PrintOptions, print_pdf

    database = open_database(url)
    times, jobs = [], []
    for _ in range(repeat + 1):  # the first run warms caches (fonts), as in a running app
        start = time.perf_counter()
        with database.session() as session:
            views = document_views(session, "print-pack", "Demo group", chapter=1)
        if mode == "export":
            build_document("print-pack", views, out)
        else:
            pdf = io.BytesIO()
            build_document("print-pack", views, pdf)
            jobs.append(print_pdf(pdf.getvalue(), PrintOptions(printer=printer, title="bench print pack")).job)
        times.append(time.perf_counter() - start)
    database.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"times": times[1:], "peak_mb": peak_mb, "jobs": jobs}))


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
    export = run_child("export", args, url, exported)
    before = printed.printed_files()
    start = time.perf_counter()
    printing = run_child("print", args, url, exported + ".unused")
    # Every job the print run sent, until the last one's file is complete.
    deadline = time.monotonic() + 120
    while len(printed.printed_files() - before) < args.repeat + 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    new = sorted(printed.printed_files() - before, key=lambda p: p.stat().st_mtime)
    last = printed.wait_for_new_file(before | set(new[:-1]))
    queue_seconds = time.perf_counter() - start
    text = subprocess.run(["pdftotext", str(last), "-"], capture_output=True, text=True).stdout
    export_ms, print_ms = statistics.median(export["times"]) * 1000, statistics.median(printing["times"]) * 1000
    exported_kb, printed_kb = os.path.getsize(exported) / 1024, last.stat().st_size / 1024
    print(f"{args.repeat} runs each in a fresh process; median (best)")
    print(f"export the pack:   {export_ms:7.1f} ms ({min(export['times']) * 1000:.1f}), peak {export['peak_mb']:.0f} MB")
    print(f"print the pack:    {print_ms:7.1f} ms ({min(printing['times']) * 1000:.1f}), peak {printing['peak_mb']:.0f} MB"
          f" (sent to {args.printer} as {printing['jobs'][-1]})")
    print(f"ratio:             {print_ms / export_ms:7.2f}x (goal <= 1.5x); peak memory goal <= 250 MB")
    print(f"all {args.repeat + 1} jobs printed by cups-pdf within {queue_seconds:.1f} s of the first")
    print(f"file size:         exported {exported_kb:.0f} KB, printed {printed_kb:.0f} KB, "
          f"{printed_kb / exported_kb:.2f}x (goal <= 2x)")
    print(f"text in printed file: {'yes' if 'Demo group' in text and 'What we explored' in text else 'NO'} "
          f"({len(text.split())} words read back with pdftotext)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
