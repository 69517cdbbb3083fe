"""Logging to a file in the user log folder, rotated at start-up; --verbose also prints it."""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from cos_desktop.core.paths import log_dir

LOG_FILE = "cos-desktop.log"
MAX_BYTES = 1_000_000
KEEP = 3


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """cos-desktop.log -> .1 -> .2 ... once the file is over max_bytes.

    Done once per start rather than with logging.handlers, whose import costs start-up time;
    a session writes far less than max_bytes.
    """
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for index in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


# ---- keeping private text out of the log -------------------------------------------------------
# Notes, parents' names and passphrases reach log lines only by accident: inside a database error
# (SQLAlchemy prints the statement's parameters, PostgreSQL the failing row) or quoted in a message.
# The filter removes those parts from every line before any handler writes it.
_secrets: set[str] = set()
_REDACTIONS = (
    (re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.S), "[parameters: hidden]"),
    (re.compile(r"(Key \([^)]*\)=)\(.*?\)( already exists| is not present|\.|$)", re.M), r"\1(hidden)\2"),
    (re.compile(r"Failing row contains \(.*?\)\.?$", re.M), "Failing row contains (hidden)."),
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), r"\1***@"),
    (re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»"), "“…”"),
    (re.compile(r"(?<![\w\\])'[^'\n]+'(?!\w)"), "'…'"),
    (re.compile(r'(?<!File )(?<![\w\\])"[^"\n]+"(?!\w)'), '"…"'),
)


def keep_out_of_log(secret: str) -> None:
    """A passphrase or password that must never appear in the log, even inside an error."""
    if secret:
        _secrets.add(secret)


def redact(text: str) -> str:
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    for secret in _secrets:
        text = text.replace(secret, "***")
    return text


class PrivacyFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_cos_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        rotate(folder / LOG_FILE)
        path = folder / LOG_FILE
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # owner-only, like the database
        os.chmod(path, 0o600)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(formatter)
        handler.addFilter(PrivacyFilter())
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        from cos_desktop.core.translation import translate

        print("COS Desktop: " + translate(
            "Cli", "cannot write its log file ({reason}); carrying on without it.").format(
            reason=exc.strerror), file=sys.stderr)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        stream.addFilter(PrivacyFilter())
        root.addHandler(stream)
    root._cos_configured = True  # type: ignore[attr-defined]
