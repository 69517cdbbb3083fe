"""A text the records refuse (too long for its field), wherever in the window it was typed.

Most writes go through ui/errors.save, which tells the facilitator itself; this catches a
refusal that reaches the event loop another way (a note's autosave, say), so the facilitator
reads why, and the half-made change is undone, never saved.
"""

from __future__ import annotations

import logging
import sys

from cos_desktop.core.text_rules import TextRuleError
from cos_desktop.ui.errors import report_error

log = logging.getLogger(__name__)


def install(window) -> None:
    """Show every TextRuleError that reaches the event loop as a message on `window`."""
    previous = sys.excepthook

    def hook(kind, error, traceback) -> None:
        if not isinstance(error, TextRuleError):
            previous(kind, error, traceback)
            return
        session = getattr(window, "session", None)
        if session is not None:
            from cos_desktop.db.transactions import rolled_back

            rolled_back(session)  # drop what was half-made before the refusal
        from PySide6.QtCore import QCoreApplication

        report_error(QCoreApplication.translate("Errors", "Not saved"),
                     QCoreApplication.translate("Errors", "{why} Nothing was saved.").format(why=error), window)

    sys.excepthook = hook
