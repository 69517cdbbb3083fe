"""What happens when something goes wrong inside the app: it is written down, and the session goes on.

- A native crash (a segfault in libvlc, say) leaves its stack in the log file (faulthandler).
- An exception nobody caught (in a slot, a timer, a thread) is logged with its traceback and the
  facilitator sees one calm message, not a dialog per error; the window stays open and the
  session carries on.
- Qt's own warnings and critical messages go to the log too.
Installed once, by `install()` in app.run_app; tests install it in their child processes.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback

log = logging.getLogger("cos_desktop.crash")

_state: dict = {"installed": False, "fault_file": None, "box": None, "count": 0}
# Seen by tests that must fail on any uncaught exception or Qt critical message.
problems: list[str] = []


def _log_file_stream():
    """The open stream of the app's log file (from logging_setup), or None."""
    for handler in logging.getLogger().handlers:
        stream = getattr(handler, "stream", None)
        if isinstance(handler, logging.FileHandler) and stream is not None:
            return stream
    return None


def enable_faulthandler() -> None:
    stream = _log_file_stream()
    try:
        if stream is not None:
            faulthandler.enable(file=stream, all_threads=True)
            _state["fault_file"] = stream  # faulthandler writes to the descriptor: keep it open
        else:
            faulthandler.enable(all_threads=True)
    except (OSError, ValueError, RuntimeError):  # no usable descriptor: stderr then
        faulthandler.enable(all_threads=True)


def _uncaught(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("uncaught exception:\n%s", text)
    problems.append(text)
    print(text, file=sys.stderr)
    _state["count"] += 1
    try:
        _tell_calmly(f"{exc_type.__name__}: {exc}")
    except Exception:  # the message itself failed: the log has the error, the app goes on
        log.exception("could not show the message about an error")


def _thread_uncaught(args) -> None:
    _uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def _tell_calmly(detail: str) -> None:
    """One message at a time, never modal: the presenter keeps the keys and the session runs on."""
    from cos_desktop.ui.errors import interactive

    if not interactive():
        return
    try:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return
    if QApplication.instance() is None or _state["box"] is not None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashGuard", "Something went wrong"),
                      QCoreApplication.translate("CrashGuard",
        "Something in COS Desktop did not work ({detail}). Everything else carries on: your session, "
        "its timer and your notes are safe. The details are in the log file.").format(detail=detail))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.finished.connect(lambda _result: _state.update(box=None))
    _state["box"] = box
    box.show()


def _qt_message(kind, context, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        log.error("Qt: %s", message)
        problems.append(f"Qt critical: {message}")
        print(f"Qt critical: {message}", file=sys.stderr)
    elif kind == QtMsgType.QtWarningMsg:
        log.warning("Qt: %s", message)
    else:
        log.debug("Qt: %s", message)


def install(*, qt_messages: bool = True) -> None:
    """Turn all of the above on (once)."""
    if _state["installed"]:
        return
    _state["installed"] = True
    enable_faulthandler()
    sys.excepthook = _uncaught
    threading.excepthook = _thread_uncaught
    if qt_messages:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_qt_message)
