"""The facilitator record ends with the group's audit trail: who exported, printed, erased or
restored what, and when; parents are named by number only, never by name."""

from __future__ import annotations

from cos_desktop.db import audit, privacy, store
from cos_desktop.db import report_queries as rq
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.transactions import committed
from cos_desktop.export import build_document
from tests.export import pdfread


def record_text(session, group, tmp_path) -> str:
    out = tmp_path / "record.pdf"
    build_document("facilitator-record", rq.document_views(session, "facilitator-record", group.name, chapter=1), out)
    text = pdfread.body_text(out)
    assert "Audit trail" in text
    return text[text.index("Audit trail"):]


def test_a_new_group_says_nothing_was_exported_yet(session, tmp_path):
    group = load_demo_group(session)
    section = record_text(session, group, tmp_path)
    assert "Nothing exported, printed, erased or restored for this group yet." in " ".join(section.split())


def test_prints_exports_and_an_erasure_are_listed_by_number_never_by_name(session, tmp_path):
    group = load_demo_group(session)
    names = [p.display_name for p in group.participants]
    amira, ben = group.participants[0], group.participants[1]
    committed(session, lambda: audit.record_document(session, "print", "Parent summary", group.id,
                                                     parent_name=amira.display_name, chapter=1))
    privacy.export_participant(session, amira, tmp_path / "amira.json")
    session.commit()
    ben_id = ben.id
    committed(session, lambda: privacy.erase_participant(session, privacy.erase_plan(session, ben)))

    section = " ".join(record_text(session, group, tmp_path).split())
    assert "Printed" in section and f"Parent summary of group #{group.id}, chapter 1, for parent #{amira.id}" in section
    assert "Exported" in section and f"Everything held about parent #{amira.id}" in section
    assert "Erased" in section and f"Parent #{ben_id} of group #{group.id}" in section
    for name in names:
        assert name not in section
        for word in name.split():
            if len(word) > 3 and word != "(demo)":
                assert word not in section, word


def test_a_restore_is_written_in_the_restored_file_and_shown_in_every_groups_record(tmp_path):
    from cos_desktop.db import backup as backups
    from cos_desktop.db.engine import open_database

    path = tmp_path / "records.sqlite3"
    database = open_database("sqlite:///" + str(path))
    with database.session() as session:
        load_demo_group(session)
    database.dispose()
    taken = backups.take_backup(path)
    backups.restore_backup(path, taken)
    database = open_database("sqlite:///" + str(path))
    try:
        with database.session() as session:
            group = store.group_by_name(session, "Demo group")
            section = " ".join(record_text(session, group, tmp_path).split())
    finally:
        database.dispose()
    assert f"Restored The whole database, from the backup {taken.name}" in section
