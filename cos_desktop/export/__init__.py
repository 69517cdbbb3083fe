"""Printed documents (PDF, reportlab platypus): parent summary, catch-up sheet, facilitator
record, programme report and certificates.

Builders take the plain views from cos_desktop.core.report_views and write a PDF. reportlab is
imported only inside the builder modules, so importing this package costs nothing at start-up.
"""

from __future__ import annotations

DOCUMENT_KINDS = {
    "parent-summary": "Parent summary",
    "facilitator-record": "Facilitator record",
    "programme-report": "Programme report",
    "catch-up": "Catch-up sheets",
    "certificates": "Certificates",
}


def build_document(kind: str, views, out, *, paper: str = "A4") -> int:
    """Write document `kind` built from `views` to `out` (a path or binary file); returns pages."""
    import os

    from cos_desktop.export.documents import BUILDERS

    if isinstance(out, os.PathLike):
        out = os.fspath(out)
    return BUILDERS[kind](views, out, paper=paper)
