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
