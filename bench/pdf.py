"""PDF build times, measured against a baseline in the same run.

    python bench/pdf.py [--repeat N]

1. The parent summary of the demo group's chapter 1, against a bare reportlab document with the
   same text, headings included (SimpleDocTemplate, one style, the same DejaVu TTF, no fallback
   fonts, no bold, no page numbers).
   Goal: ratio <= 1.5.
2. The programme report of a group with 10 parents and 8 delivered chapters, including the
   database query. Goal: < 1 s.
Fonts are registered before timing (once per process, as in the app). The machine may be
busy: the best-of-N ratio is printed beside the median.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import time_once  # noqa: E402


def page_texts(view) -> list[str]:
    """Every line of text the parent summary prints (headings and labels included)."""
    from cos_desktop.core.report_views import ServiceDetails
    from cos_desktop.export import layout
    from cos_desktop.export.parent_pages import parent_story

    story = parent_story(view, layout.make_styles(1.12), ServiceDetails())
    return [f.getPlainText() for f in story if hasattr(f, "getPlainText")]


def bare_document(texts: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("bare", fontName="BenchDejaVu", fontSize=12, leading=16)
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(escape(t), style) for t in texts])
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="cos-bench-")
    os.environ["COS_DESKTOP_DATA_DIR"] = folder

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from cos_desktop.db.demo import load_demo_group, make_delivered_group
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.report_queries import parent_summary_views, programme_report_view
    from cos_desktop.export import fonts
    from cos_desktop.export.documents import build_programme_report
    from cos_desktop.export.parent_pages import build_parent_summary

    database = open_database("sqlite:///" + os.path.join(folder, "bench.sqlite3"))
    with database.session() as session:
        demo = load_demo_group(session)
        big = make_delivered_group(session)
        views = parent_summary_views(session, demo.sessions[0])
        fonts.font_set()
        pdfmetrics.registerFont(TTFont("BenchDejaVu", str(fonts.font_set().files[fonts.BASE])))

        def ours():
            build_parent_summary(views, io.BytesIO())

        def report():
            build_programme_report(programme_report_view(session, big), io.BytesIO())

        texts = page_texts(views[0])
        ours(), bare_document(texts), report()  # warm up
        # Interleave the two so that machine noise hits both alike.
        ours_times, bare_times = [], []
        for _ in range(args.repeat):
            ours_times.append(time_once(ours))
            bare_times.append(time_once(lambda: bare_document(texts)))
        ours_median, bare_median = statistics.median(ours_times), statistics.median(bare_times)
        ours_best, bare_best = min(ours_times), min(bare_times)
        report_times = [time_once(report) for _ in range(args.repeat)]
    database.dispose()
    print(f"{args.repeat} runs each, interleaved; median (best)")
    print(f"parent summary:   {ours_median * 1000:7.1f} ms ({ours_best * 1000:.1f})")
    print(f"bare reportlab:   {bare_median * 1000:7.1f} ms ({bare_best * 1000:.1f}) (same text)")
    print(f"ratio:            {ours_median / bare_median:7.2f}x ({ours_best / bare_best:.2f}x) (goal <= 1.5x)")
    print(f"programme report: {statistics.median(report_times) * 1000:7.1f} ms ({min(report_times) * 1000:.1f}) "
          "(10 parents, 8 chapters, query included; goal < 1000 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
