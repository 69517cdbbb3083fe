"""The audit trail: exports, prints and erasures are recorded, without ever naming a parent."""

from __future__ import annotations

import datetime as dt
import json

from cos_desktop.db import audit, records
from cos_desktop.db.demo import load_demo_group


def test_exporting_and_erasing_a_parent_is_recorded_without_their_name(session, tmp_path):
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    amira, other = group.participants[0], group.participants[1]
    records.export_participant(session, amira, tmp_path / "first.json")
    session.commit()
    again = json.loads(records.export_participant(session, amira, tmp_path / "again.json").read_text())
    assert [(e["what"], e["subject"]) for e in again["audit"]] == [("export", f"everything held about parent #{amira.id}")]
    text_copy = records.export_participant(session, amira, tmp_path / "again.txt").read_text()
    assert "Who exported or printed your details" in text_copy and f"parent #{amira.id}" in text_copy
    name, other_id = other.display_name, other.id
    records.erase_participant(session, records.erase_plan(session, other))
    session.commit()
    trail = audit.entries(session, group_id=group.id)
    assert [e.action for e in trail] == ["export", "export", "export", "erase"]
    assert trail[-1].participant_id == other_id and trail[-1].actor
    assert all(name not in e.subject for e in trail)


def test_a_document_for_one_parent_names_them_by_number(session):
    group = load_demo_group(session, today=dt.date(2026, 5, 12))
    parent = group.participants[2]
    entry = audit.record_document(session, "print", "Certificates", group.id, parent_name=parent.display_name)
    session.commit()
    assert entry.subject == f"Certificates of group #{group.id}, for parent #{parent.id}"
    assert audit.entries(session, participant_id=parent.id) == [entry]


def test_an_erased_parents_notes_leave_no_trace_in_the_file(tmp_path):
    from cos_desktop.db import store
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.erasure import finish_erasure

    path = tmp_path / "cos.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        group = store.create_group(s, name="G", template=store.ensure_builtin_template(s), first_date=dt.date(2026, 1, 5))
        parent = records.add_participant(s, group, "Xylophonia Quuxbridge")
        for n in range(30):
            records.add_note(s, group.sessions[n % 8], text=f"Zanzibarian flamingo note {n} about her", tagged=[parent])
        records.add_note(s, group.sessions[0], text="A note about the whole group")
        s.commit()
        records.erase_participant(s, records.erase_plan(s, parent))
        s.commit()
        assert finish_erasure(s)
        assert [n.text for n in s.query(records.Note)] == ["A note about the whole group"]
    db.dispose()
    everything = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file()).lower()
    for trace in (b"quuxbridge", b"flamingo", b"zanzibarian"):
        assert trace not in everything
