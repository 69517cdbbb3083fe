"""Agency mode on a real PostgreSQL: two facilitators and a supervisor, each signed in as themselves.

Every rule is checked twice: with plain SQL as each role (the database refuses, not the app), and
through the app's own functions (db.store, db.records, db.run_store, db.audit).
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError, SAWarning

from tests.conftest import POSTGRES_URL, _drop_postgres_database, _postgres_database

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs COS_TEST_POSTGRES_URL (a PostgreSQL server)")

PASSWORD = "correct horse: battery %s ' :x"  # quotes, colons and percent signs pass through
ALICE_PRIVATE = "Alice private: worried about the toddler's bruise"
ALICE_SHARED = "Alice shareable: the group warmed up quickly"
BOB_PRIVATE = "Bob private: father disclosed debt"
BOB_SHARED = "Bob shareable: good circle discussion"


class Agency:
    """A fresh database with agency mode on, and a URL per person."""

    def __init__(self, owner_url: str, suffix: str):
        self.owner_url = owner_url
        self.names = {who: f"{who}_{suffix}" for who in ("alice", "bob", "sam")}

    def url(self, who: str) -> str:
        return make_url(self.owner_url).set(username=self.names[who], password=PASSWORD).render_as_string(
            hide_password=False)

    def engine(self, who: str):
        return create_engine(self.url(who))


@pytest.fixture
def agency():
    from cos_desktop.db import agency as ag
    from cos_desktop.db.engine import open_database

    admin, name, owner_url = _postgres_database()
    people = Agency(owner_url, uuid.uuid4().hex[:8])
    db = open_database(owner_url)
    try:
        ag.setup(db.engine)
        ag.add_member(db.engine, people.names["alice"], PASSWORD, "facilitator")
        ag.add_member(db.engine, people.names["bob"], PASSWORD, "facilitator")
        ag.add_member(db.engine, people.names["sam"], PASSWORD, "supervisor")
        yield people
    finally:
        db.dispose()
        _drop_postgres_database(admin, name)
        roles = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with roles.connect() as conn:
            for role in people.names.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        roles.dispose()


def _open(agency: Agency, who: str):
    from cos_desktop.db.engine import open_database

    return open_database(agency.url(who))


def _group_with_notes(agency: Agency, who: str, name: str, private: str, shared: str):
    """As `who`, through the app: a group, a parent, attendance, a run event and two notes."""
    from cos_desktop.core.kinds import AttendanceStatus, Visibility
    from cos_desktop.db import records, store
    from cos_desktop.db.models import RunEvent

    db = _open(agency, who)
    with db.session() as s:
        template = store.ensure_builtin_template(s)
        group = store.create_group(s, name=name, template=template, first_date=dt.date(2026, 1, 5))
        parent = records.add_participant(s, group, f"Parent of {name}")
        run = group.sessions[0]
        records.set_attendance(s, run, parent, AttendanceStatus.PRESENT)
        records.add_note(s, run, text=private)
        records.add_note(s, run, text=shared, visibility=Visibility.SHAREABLE)
        s.add(RunEvent(run_id=run.id, seq=1, kind="start", wall_time=dt.datetime(2026, 1, 5, 18, 30), monotonic_ns=1))
        s.commit()
        ids = {"group": group.id, "run": run.id, "parent": parent.id}
    db.dispose()
    return ids


@pytest.fixture
def two_groups(agency):
    a = _group_with_notes(agency, "alice", "Alice's Tuesday group", ALICE_PRIVATE, ALICE_SHARED)
    b = _group_with_notes(agency, "bob", "Bob's Thursday group", BOB_PRIVATE, BOB_SHARED)
    return agency, a, b


def _sql(agency: Agency, who: str, statement: str, **params):
    engine = agency.engine(who)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return result.all() if result.returns_rows else result.rowcount
    finally:
        engine.dispose()


def _note_texts(agency: Agency, who: str) -> set[str]:
    return {row[0] for row in _sql(agency, who, "SELECT text FROM note")}


# ---- plain SQL as each role --------------------------------------------------------------------

def test_each_person_reads_exactly_what_the_rules_allow_in_plain_sql(two_groups):
    agency, a, b = two_groups
    assert _note_texts(agency, "alice") == {ALICE_PRIVATE, ALICE_SHARED}
    assert _note_texts(agency, "bob") == {BOB_PRIVATE, BOB_SHARED}
    assert _note_texts(agency, "sam") == {ALICE_SHARED, BOB_SHARED}
    assert {r[0] for r in _sql(agency, "alice", "SELECT name FROM group_")} == {"Alice's Tuesday group"}
    assert {r[0] for r in _sql(agency, "sam", "SELECT name FROM group_")} == {"Alice's Tuesday group",
                                                                             "Bob's Thursday group"}
    for table in ("participant", "attendance", "run_event"):
        assert len(_sql(agency, "alice", f"SELECT * FROM {table}")) == 1, table
        assert len(_sql(agency, "sam", f"SELECT * FROM {table}")) == 2, table


def test_a_co_facilitator_sees_shareable_notes_but_never_the_others_private_ones(two_groups):
    from cos_desktop.db import agency as ag

    agency, a, b = two_groups
    owner = create_engine(agency.owner_url)
    ag.assign(owner, agency.names["bob"], "Alice's Tuesday group")
    owner.dispose()
    assert _note_texts(agency, "bob") == {BOB_PRIVATE, BOB_SHARED, ALICE_SHARED}
    assert len(_sql(agency, "bob", "SELECT * FROM attendance")) == 2


def test_forbidden_writes_fail_in_the_database(two_groups):
    agency, a, b = two_groups
    # Changing or deleting someone else's notes and run events touches no row, even for a co-facilitator.
    assert _sql(agency, "bob", "UPDATE note SET text = 'rewritten'") == 2
    assert _sql(agency, "bob", "DELETE FROM note WHERE run_id = :r", r=a["run"]) == 0
    assert _sql(agency, "alice", "UPDATE run_event SET kind = 'end' WHERE run_id = :r", r=b["run"]) == 0
    assert _sql(agency, "sam", "SELECT count(*) FROM note WHERE text = 'rewritten'")[0][0] == 1  # Bob's own shareable
    assert _note_texts(agency, "alice") == {ALICE_PRIVATE, ALICE_SHARED}
    # Writing into a group one does not facilitate is refused outright.
    for who, statement in (
        ("alice", "INSERT INTO note (run_id, text, visibility, created_at, updated_at) "
                  f"VALUES ({b['run']}, 'sneaky', 'private', now(), now())"),
        ("alice", f"INSERT INTO participant (group_id, display_name, child_ages, consent_named, created_at) "
                  f"VALUES ({b['group']}, 'Spy', '', false, now())"),
        ("alice", f"INSERT INTO group_facilitator (group_id, role_name) VALUES ({b['group']}, current_user)"),
        ("alice", f"INSERT INTO attendance (run_id, participant_id, status, updated_at) "
                  f"VALUES ({b['run']}, {b['parent']}, 'absent', now())"),
        ("alice", "INSERT INTO run_event (run_id, seq, kind, payload, wall_time, monotonic_ns) "
                  f"VALUES ({b['run']}, 2, 'end', '', now(), 2)"),
        ("alice", f"INSERT INTO session_run (group_id, chapter_id, chapter_position, date, status, summary_json) "
                  f"SELECT {b['group']}, chapter_id, 99, date, 'planned', '' FROM session_run WHERE id = {a['run']}"),
        ("alice", f"UPDATE group_ SET id = {b['group'] + 100} WHERE id = {a['group']}"),
        ("alice", "INSERT INTO measure (group_id, position, name, low, high, direction, created_at) "
                  f"VALUES ({b['group']}, 1, 'PSI', 0, 100, 'lower', now())"),
        ("sam", "INSERT INTO note (run_id, text, visibility, created_at, updated_at) "
                f"VALUES ({a['run']}, 'supervisor note', 'private', now(), now())"),
        ("sam", "UPDATE group_ SET name = 'renamed'"),
        ("alice", "UPDATE audit_entry SET subject = 'x'"),
        ("sam", "DELETE FROM audit_entry"),
    ):
        with pytest.raises(DBAPIError) as refused:
            _sql(agency, who, statement)
        assert "row-level security" in str(refused.value) or "permission denied" in str(refused.value), statement


def test_the_author_is_stamped_by_the_database_and_cannot_be_forged(two_groups):
    agency, a, b = two_groups
    _sql(agency, "alice", "INSERT INTO note (run_id, text, visibility, author, created_at, updated_at) "
                          "VALUES (:r, 'forged', 'private', :bob, now(), now())", r=a["run"], bob=agency.names["bob"])
    assert "forged" in _note_texts(agency, "alice")
    assert "forged" not in _note_texts(agency, "bob")
    _sql(agency, "alice", "UPDATE note SET author = :bob", bob=agency.names["bob"])
    assert _sql(agency, "alice", "SELECT DISTINCT author FROM note") == [(agency.names["alice"],)]


def test_the_audit_trail_is_append_only_and_stamped(two_groups):
    agency, a, b = two_groups
    _sql(agency, "alice", "INSERT INTO audit_entry (at, actor, action, subject, group_id) "
                          "VALUES ('2001-01-01', 'someone_else', 'export', 'parent summary', :g)", g=a["group"])
    rows = _sql(agency, "sam", "SELECT actor, action, at > '2020-01-01' FROM audit_entry")
    assert rows == [(agency.names["alice"], "export", True)]
    assert _sql(agency, "bob", "SELECT * FROM audit_entry") == []


def test_a_removed_facilitator_loses_access_at_once(two_groups):
    from cos_desktop.db import agency as ag

    agency, a, b = two_groups
    engine = agency.engine("alice")
    with engine.connect() as still_open:
        owner = create_engine(agency.owner_url)
        ag.remove_member(owner, agency.names["alice"])
        owner.dispose()
        with pytest.raises(ProgrammingError):
            still_open.execute(text("SELECT text FROM note")).all()
    engine.dispose()
    with pytest.raises(DBAPIError):
        _sql(agency, "alice", "SELECT 1")
    assert _note_texts(agency, "sam") == {ALICE_SHARED, BOB_SHARED}


# ---- through the app's own functions ----------------------------------------------------------

def test_the_app_shows_each_person_only_what_they_may_see(two_groups):
    from cos_desktop.db import records, store
    from cos_desktop.db.search import search_notes

    agency, a, b = two_groups
    for who, groups, notes in (
        ("alice", ["Alice's Tuesday group"], {ALICE_PRIVATE, ALICE_SHARED}),
        ("sam", ["Alice's Tuesday group", "Bob's Thursday group"], {ALICE_SHARED, BOB_SHARED}),
    ):
        db = _open(agency, who)
        with db.session() as s:
            assert [g.name for g in store.groups(s)] == groups
            seen = set()
            for group in store.groups(s):
                for _segment, batch in records.notes_by_segment(s, group.sessions[0]):
                    seen |= {n.text for n in batch}
            assert seen == notes
            assert {hit.text for hit in search_notes(s, "private")} == {n for n in notes if "private" in n}
        db.dispose()


def test_the_app_cannot_change_what_the_database_forbids(two_groups):
    from cos_desktop.db import records, store
    from cos_desktop.db.transactions import NotSaved, committed

    agency, a, b = two_groups
    owner = create_engine(agency.owner_url)
    from cos_desktop.db import agency as ag

    ag.assign(owner, agency.names["bob"], "Alice's Tuesday group")
    owner.dispose()
    db = _open(agency, "bob")
    with db.session() as s:
        group = store.group_by_name(s, "Alice's Tuesday group")
        shared = next(n for _seg, batch in records.notes_by_segment(s, group.sessions[0]) for n in batch)
        assert shared.text == ALICE_SHARED
        with pytest.raises(NotSaved):
            committed(s, lambda: records.set_note_text(s, shared, "Bob rewrote this"))
        # The ORM only warns when a DELETE matches no row; the note is still there (checked below).
        with pytest.warns(SAWarning, match="expected to delete 1 row"):
            committed(s, lambda: records.delete_note(s, shared))
    db.dispose()
    db = _open(agency, "sam")
    with db.session() as s:
        group = store.group_by_name(s, "Bob's Thursday group")
        with pytest.raises(NotSaved):
            committed(s, lambda: records.add_participant(s, group, "Supervisor's guest"))
        with pytest.raises(NotSaved):
            committed(s, lambda: records.add_note(s, group.sessions[0], text="from the supervisor"))
    db.dispose()
    assert _note_texts(agency, "alice") == {ALICE_PRIVATE, ALICE_SHARED}


def test_only_a_groups_sole_facilitator_can_delete_it(two_groups):
    from cos_desktop.db import agency as ag

    agency, a, b = two_groups
    owner = create_engine(agency.owner_url)
    ag.assign(owner, agency.names["bob"], "Alice's Tuesday group")
    owner.dispose()
    assert _sql(agency, "bob", "DELETE FROM group_ WHERE id = :g", g=a["group"]) == 0
    assert _sql(agency, "bob", "DELETE FROM group_ WHERE id = :g", g=b["group"]) == 1


def test_a_facilitator_can_bring_a_colleague_into_their_own_group_only(two_groups):
    agency, a, b = two_groups
    _sql(agency, "alice", "INSERT INTO group_facilitator (group_id, role_name) VALUES (:g, :bob)",
         g=a["group"], bob=agency.names["bob"])
    assert ALICE_SHARED in _note_texts(agency, "bob") and ALICE_PRIVATE not in _note_texts(agency, "bob")
    with pytest.raises(DBAPIError, match="row-level security"):
        _sql(agency, "alice", "INSERT INTO group_facilitator (group_id, role_name) VALUES (:g, :sam)",
             g=b["group"], sam=agency.names["alice"])


def test_a_supervisor_prints_any_groups_programme_report_and_it_is_audited(two_groups, tmp_path):
    from cos_desktop.db import audit
    from cos_desktop.db.models import Group
    from cos_desktop.db.report_queries import document_views
    from cos_desktop.db.transactions import committed
    from cos_desktop.export import build_document

    agency, a, b = two_groups
    db = _open(agency, "sam")
    with db.session() as s:
        for name in ("Alice's Tuesday group", "Bob's Thursday group"):
            views = document_views(s, "programme-report", name)
            pdf = tmp_path / f"{name}.pdf"
            assert build_document("programme-report", views, str(pdf), paper="A4") >= 1
            group = s.get(Group, a["group"] if "Alice" in name else b["group"])
            committed(s, lambda: audit.record_document(s, "print", "Programme report", group.id))
        assert [e.actor for e in audit.entries(s)] == [agency.names["sam"]] * 2
    db.dispose()
    assert _sql(agency, "alice", "SELECT count(*) FROM audit_entry")[0][0] == 1  # the one about her group
