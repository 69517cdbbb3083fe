"""The CUPS PDF printer used by the printing tests: its name, and the files it prints.

CI (tools/dev) installs CUPS with a cups-pdf queue and names it in COS_TEST_PRINTER; without
that variable the tests that print for real are skipped (a developer's machine may have no CUPS).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

PRINTER = os.environ.get("COS_TEST_PRINTER", "")
CONF = Path("/etc/cups/cups-pdf.conf")

needs_printer = pytest.mark.skipif(not PRINTER, reason="COS_TEST_PRINTER names no CUPS PDF printer")


def output_folder() -> Path:
    """The `Out` line of cups-pdf.conf, with ${HOME} expanded for the user who prints."""
    folder = "${HOME}/PDF"
    if CONF.exists():
        for line in CONF.read_text().splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                folder = match.group(1)
    home = os.path.expanduser("~")
    return Path(folder.replace("${HOME}", home).replace("$HOME", home))


def printed_files() -> set[Path]:
    folder = output_folder()
    return set(folder.glob("*.pdf")) if folder.is_dir() else set()


def wait_for_new_file(before: set[Path], timeout: float = 60) -> Path:
    """The file cups-pdf writes for the next job, once it is complete."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = sorted(printed_files() - before, key=lambda p: p.stat().st_mtime)
        if new:
            path = new[-1]
            size = -1
            while time.monotonic() < deadline and path.stat().st_size != size:
                size = path.stat().st_size
                time.sleep(0.3)  # cups-pdf may still be writing it
            if size > 0 and path.read_bytes().rstrip().endswith(b"%%EOF"):
                return path
        time.sleep(0.2)
    raise AssertionError(f"no printed file appeared in {output_folder()}")
