"""Nothing private reaches the log: notes, parents' names and passphrases typed into the app,
including when saving them fails and the error (with its SQL parameters) is logged."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from cos_desktop.app import make_application
from cos_desktop.core.paths import log_dir
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.logging_setup import LOG_FILE, keep_out_of_log, redact, setup_logging
from cos_desktop.ui.live.notes_panel import NotesPanel
from tests.ui.keyboard import type_text

HOSTILE_NOTE = "Dad 'Rex' O'Neill said \"the belt\" — [parameters: x] ﷽ <script>ALERT</script> 😀 ~SECRET-NOTE-7~"
HOSTILE_NAME = "Ｚoë 'Mallory' Ünal-\"Q\" SECRET-NAME-9"
PASSPHRASE = "SECRET-PASS-3 tin roof"


@pytest.fixture
def app_log():
    """The app's own logging set-up, writing to this test's log folder."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    root.__dict__.pop("_cos_configured", None)
    setup_logging(verbose=True)
    yield log_dir() / LOG_FILE
    for handler in root.handlers[:]:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.__dict__.pop("_cos_configured", None)
    root.setLevel(level)


def _assert_clean(path, capsys=None):
    text = path.read_text(encoding="utf-8")
    assert text  # something was logged: the failures below
    for marker in ("SECRET-NOTE-7", "SECRET-NAME-9", "SECRET-PASS-3", "Mallory", "Rex"):
        assert marker not in text
    return text


def test_typed_notes_and_names_stay_out_of_the_log_even_when_saving_fails(app_log, qtbot, sqlite_url, capsys):
    from cos_desktop.db import records
    from cos_desktop.db.transactions import NotSaved, committed

    make_application()
    db = open_database(sqlite_url)
    session = db.session()
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    run = group.sessions[1]
    session.commit()
    panel = NotesPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_context(run.id, run.chapter.segments[0].id, "Chapter 2, check-in")

    def read_only(dbapi_connection, record, proxy):
        dbapi_connection.execute("PRAGMA query_only=1")

    session.commit()  # hand the connection back, so the next write checks one out
    def writable(dbapi_connection, record, proxy):
        dbapi_connection.execute("PRAGMA query_only=0")

    event.listen(db.engine, "checkout", read_only)
    panel.start_quick_note()
    focused = QApplication.focusWidget()
    type_text(focused if focused is not None and panel.isAncestorOf(focused) else panel.editor.text, HOSTILE_NOTE)
    # the debounced save runs, fails, and is logged
    qtbot.waitUntil(lambda: "read-only" in panel.editor.status.text(), timeout=10000)
    with pytest.raises(NotSaved):
        committed(session, lambda: records.add_participant(session, group, HOSTILE_NAME))
    event.remove(db.engine, "checkout", read_only)
    event.listen(db.engine, "checkout", writable)
    panel.editor.text.setFocus()
    qtbot.keyClick(panel.editor.text, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: panel.editor.status.text() == "Saved", timeout=5000)
    session.close()
    db.dispose()
    text = _assert_clean(app_log)
    assert "[parameters: hidden]" in text  # the failure was logged, without what was typed
    assert "SECRET" not in capsys.readouterr().err  # --verbose prints the same filtered lines


def test_passphrases_and_passwords_never_reach_the_log(app_log, tmp_path):
    from cos_desktop.db import encryption

    keep_out_of_log(PASSPHRASE)
    log = logging.getLogger("cos_desktop.test")
    log.error("opening postgresql+psycopg://alice:SECRET-PASS-3@server/agency failed")
    log.warning("tried %s", PASSPHRASE)
    (tmp_path / "plain.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    try:
        encryption.unlock(tmp_path / "plain.sqlite3", PASSPHRASE)
    except encryption.ProtectionError:
        log.exception("unlock refused for %r", PASSPHRASE)
    _assert_clean(app_log)


@pytest.mark.parametrize("line, hidden", [
    ("DETAIL:  Key (name)=(SECRET-NAME-9) already exists.", "SECRET-NAME-9"),
    ("Failing row contains (1, SECRET-NOTE-7, private).", "SECRET-NOTE-7"),
    ("there is no group called 'SECRET-NAME-9'", "SECRET-NAME-9"),
    ("Erase “SECRET-NAME-9”?", "SECRET-NAME-9"),
    ("[SQL: UPDATE note SET text=?]\n[parameters: ('SECRET-NOTE-7\n(more)', 3)]\n(Background on this error at: x)",
     "SECRET-NOTE-7"),
])
def test_redact_removes_what_errors_quote(line, hidden):
    assert hidden not in redact(line)


def test_redact_keeps_what_helps_find_a_fault():
    line = 'File "/usr/lib/x.py", line 3, in save: the disk is full (don\'t panic)'
    assert redact(line) == line
