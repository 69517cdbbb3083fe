"""PySide6 6.12.0 drops a reference to True on every Signal.emit() from Python: a session that
repaints for an hour (or a video that updates its position 25 times a second) then aborts with
"Fatal Python error: bool_dealloc". pyproject.toml excludes that release; this keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(int)


def test_emitting_signals_keeps_the_reference_count_of_true():
    emitter = _Emitter()
    received = []
    emitter.number.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(500):
        emitter.number.emit(i)
    assert len(received) == 500
    assert sys.getrefcount(True) - before > -10, "this PySide6 release leaks references to True on emit"


def test_a_native_crash_leaves_its_trace_in_the_log_file(tmp_path):
    """faulthandler writes into the app's own log file, so a segfault (in libvlc, say) is not silent."""
    import os
    import subprocess
    from pathlib import Path

    from tests.conftest import ROOT

    script = (
        "import faulthandler\n"
        "from cos_desktop.core.paths import log_dir\n"
        "from cos_desktop.logging_setup import LOG_FILE, setup_logging\n"
        "from cos_desktop.ui import crash_guard\n"
        "setup_logging()\n"
        "crash_guard.install(qt_messages=False)\n"
        "print(log_dir() / LOG_FILE, flush=True)\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "COS_DESKTOP_DATA_DIR": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0  # it did crash
    text = Path(done.stdout.strip()).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
