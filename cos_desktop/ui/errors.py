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
