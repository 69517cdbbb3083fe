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
    entry = audit.record_document(session, "print", "Certificates", group, parent_name=parent.display_name)
    session.commit()
    assert entry.subject == f"Certificates of group #{group.id}, for parent #{parent.id}"
    assert audit.entries(session, participant_id=parent.id) == [entry]
