"""Logging to a rotating file in the user log folder; --verbose also prints it."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from cos_desktop.paths import log_dir


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_cos_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "cos-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        print(f"COS Desktop: cannot write its log file ({exc.strerror}); carrying on without it.", file=sys.stderr)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        root.addHandler(stream)
    root._cos_configured = True  # type: ignore[attr-defined]
