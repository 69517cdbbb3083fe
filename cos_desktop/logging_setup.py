"""Logging to a file in the user log folder, rotated at start-up; --verbose also prints it."""

from __future__ import annotations

import logging
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
        handler = logging.FileHandler(folder / LOG_FILE, encoding="utf-8")
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        print(f"COS Desktop: cannot write its log file ({exc.strerror}); carrying on without it.", file=sys.stderr)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        root.addHandler(stream)
    root._cos_configured = True  # type: ignore[attr-defined]
