"""How the app tells the facilitator something went wrong: a calm dialog, the log, and stderr."""

from __future__ import annotations

import logging
import os
import sys

from cos_desktop import APP_NAME

log = logging.getLogger(__name__)


def interactive() -> bool:
    """False in tests and scripted runs: messages go to stderr instead of modal dialogs."""
    return os.environ.get("COS_DESKTOP_NONINTERACTIVE") != "1"


def report_error(title: str, message: str, parent=None) -> None:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    log.error("%s: %s", title, message)
    if interactive():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, title, message)


def tell(widget, title: str, message: str, *, warning: bool = False) -> None:
    """A message box for the facilitator; in scripted runs (no one to click OK) the log and the status bar."""
    from PySide6.QtWidgets import QMessageBox

    if interactive():
        (QMessageBox.warning if warning else QMessageBox.information)(widget, title, message)
        return
    log.warning("%s: %s", title, message)
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 10000)


def save(session, widget, write) -> bool:
    """Hand one write to the data layer; tell the facilitator calmly if it was refused or not saved."""
    from PySide6.QtCore import QCoreApplication

    from cos_desktop.db.transactions import NotSaved, committed

    try:
        committed(session, write)
        return True
    except ValueError as exc:
        tell(widget, QCoreApplication.translate("Errors", "Not changed"), str(exc))
    except NotSaved as exc:
        tell(widget, QCoreApplication.translate("Errors", "Not saved"), QCoreApplication.translate(
            "Errors", "COS Desktop could not save this change ({detail}). Check that the disk is not full or read-only, "
            "then try again.").format(detail=exc.detail), warning=True)
    return False
