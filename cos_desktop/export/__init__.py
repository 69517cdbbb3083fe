"""Printed documents (PDF, reportlab platypus): parent summary, catch-up sheet, facilitator
record, programme report, certificates and tonight's print pack.

Builders take the plain views from cos_desktop.core.report_views and write a PDF. reportlab is
imported only inside the builder modules, so importing this package costs nothing at start-up.

DOCUMENTS is the one table of document kinds: to add a kind, add a row here (its builder is a
function in a module of cos_desktop.export) and a branch in db.report_queries.document_views.
"""

from __future__ import annotations

from dataclasses import dataclass

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class DocumentKind:
    key: str  # as typed on the command line
    label: str  # in English, as the audit trail keeps it (the app shows it through its own tr())
    builder: str  # "module.function" in cos_desktop.export
    per_chapter: bool  # made for one session of a group
    for_parents: bool  # handed to parents: built only from parent-safe views

    @property
    def title(self) -> str:
        """The label in the chosen language, for the command line."""
        return translate("Documents", self.label)


DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind("parent-summary", QT_TRANSLATE_NOOP("Documents", "Parent summary"), "parent_pages.build_parent_summary", True, True),
    DocumentKind("print-pack", QT_TRANSLATE_NOOP("Documents", "Tonight's print pack"), "parent_pages.build_print_pack", True, True),
    DocumentKind("facilitator-record", QT_TRANSLATE_NOOP("Documents", "Facilitator record"), "documents.build_facilitator_record", True, False),
    DocumentKind("programme-report", QT_TRANSLATE_NOOP("Documents", "Programme report"), "documents.build_programme_report", False, False),
    DocumentKind("catch-up", QT_TRANSLATE_NOOP("Documents", "Catch-up sheets"), "parent_pages.build_catch_up", True, True),
    DocumentKind("certificates", QT_TRANSLATE_NOOP("Documents", "Certificates"), "parent_pages.build_certificates", False, True),
)
DOCUMENT_KINDS: dict[str, DocumentKind] = {kind.key: kind for kind in DOCUMENTS}


def document_label(key: str) -> str:
    """The document's name in the chosen language."""
    return DOCUMENT_KINDS[key].title


def build_document(kind: str, views, out, *, paper: str = "A4", service=None) -> int:
    """Write document `kind` built from `views` to `out` (a path or binary file); returns pages.
    `service` (a core.report_views.ServiceDetails) puts the service's name on each page."""
    import importlib
    import os

    if isinstance(out, os.PathLike):
        out = os.fspath(out)
    module, function = DOCUMENT_KINDS[kind].builder.split(".")
    builder = getattr(importlib.import_module(f"cos_desktop.export.{module}"), function)
    return builder(views, out, paper=paper, service=service)
