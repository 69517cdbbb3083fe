"""Agency mode in the window: a facilitator whose access is taken away mid-session keeps their
text on screen and is told why it is not saved."""

from __future__ import annotations


import pytest
from sqlalchemy import create_engine

from tests.conftest import POSTGRES_URL
from tests.db.test_agency import agency, two_groups, _open  # noqa: F401 (fixtures)
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs COS_TEST_POSTGRES_URL (a PostgreSQL server)")


def test_a_facilitator_removed_mid_session_keeps_the_text_and_is_told(two_groups, qtbot):
    from cos_desktop.app import make_application
    from cos_desktop.db import agency as ag
    from cos_desktop.db import store
    from cos_desktop.ui.live.notes_panel import NotesPanel

    people, a, _b = two_groups
    make_application()
    db = _open(people, "alice")
    session = db.session()
    run = store.group_by_name(session, "Alice's Tuesday group").sessions[0]
    panel = NotesPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_context(run.id, run.chapter.segments[0].id, "Chapter 1")
    panel.start_quick_note()
    type_text(panel.editor.text, "first words, saved")
    qtbot.waitUntil(lambda: panel.editor.status.text() == "Saved", timeout=5000)
    owner = create_engine(people.owner_url)
    ag.remove_member(owner, people.names["alice"])
    owner.dispose()
    type_text(panel.editor.text, " and more after removal")
    qtbot.waitUntil(lambda: "no longer have access" in panel.editor.status.text(), timeout=5000)
    assert panel.editor.text.toPlainText() == "first words, saved and more after removal"
    session.close()
    db.dispose()
