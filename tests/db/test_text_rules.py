"""One gate for every text on its way into the records, the same on SQLite and PostgreSQL.

The property test feeds arbitrary Unicode (control characters, NUL, broken surrogates, every
script, texts far over each limit) to each write function. Each text is either stored and read
back identically from a fresh session, or refused with the clear TextRuleError (or the write
function's own ValueError); never a driver error.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import SQLAlchemyError

from cos_desktop.core import plan_edit
from cos_desktop.core.text_rules import LONG_TEXT, TextRuleError, clean
from cos_desktop.db import records, store
from cos_desktop.db.models import GUARDED_TEXT_COLUMNS, ChapterPlan, Curriculum, Group, Note, Participant

# Examples per write function on each database (10 functions x 2 databases in CI: 3,000 texts).
EXAMPLES = 150

# Any code point, surrogates and controls included; sometimes repeated far past a limit.
any_char = st.characters(codec=None, categories=None)
texts = st.one_of(
    st.text(any_char, max_size=60),
    st.tuples(st.text(any_char, min_size=1, max_size=8), st.integers(20, 15_000)).map(lambda t: t[0] * t[1]),
)


@pytest.fixture
def setup(session):
    template = store.ensure_builtin_template(session)
    group = store.create_group(session, name="Tuesday group", template=template, first_date=dt.date(2026, 3, 3))
    session.commit()
    return session, template, group


def write_group_name(session, template, group, text):
    made = store.create_group(session, name=text, template=template, first_date=dt.date(2026, 3, 3))
    return Group, made.id, "name"


def write_venue(session, template, group, text):
    records.update_group(session, group, venue=text)
    return Group, group.id, "venue"


def write_parent(session, template, group, text):
    return Participant, records.add_participant(session, group, text).id, "display_name"


def write_note(session, template, group, text):
    return Note, records.add_note(session, group.sessions[0], text=text).id, "text"


def write_note_again(session, template, group, text):
    note = records.add_note(session, group.sessions[0], text="first words")
    session.commit()
    records.set_note_text(session, note, text)
    return Note, note.id, "text"


def write_programme_name(session, template, group, text):
    return Curriculum, store.save_as_new_programme(session, template, text).id, "name"


def write_segment(field):
    def write(session, template, group, text):
        before = store.snapshot_curriculum(template)
        after = plan_edit.set_segment_field(before, 0, 0, field, text)
        store.restore_curriculum(session, template, after)
        return type(template.chapters[0].segments[0]), template.chapters[0].segments[0].id, field
    return write


def write_measure_name(session, template, group, text):
    from cos_desktop.db import measures
    from cos_desktop.db.models import Measure

    return Measure, measures.add_measure(session, group.id, text, 0, 10, "higher"), "name"


def write_chapter_summary(session, template, group, text):
    after = plan_edit.set_chapter_field(store.snapshot_curriculum(template), 1, "parent_summary", text)
    store.restore_curriculum(session, template, after)
    return ChapterPlan, template.chapters[1].id, "parent_summary"


WRITES = [write_group_name, write_venue, write_parent, write_note, write_note_again, write_programme_name,
          write_segment("title"), write_segment("facilitator_prompt"), write_chapter_summary, write_measure_name]


def expected_forms(text: str, one_line: bool) -> set[str]:
    """What a write may make of `text`: cleaned, and perhaps trimmed or with spaces collapsed."""
    bare = text.replace("\x00", "")
    forms = {clean(text, one_line=one_line), clean(bare, one_line=one_line)}
    for form in list(forms) + [bare]:
        forms |= {form.strip(), " ".join(form.split()), clean(" ".join(form.split()), one_line=one_line)}
    return forms


@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.__name__)
def test_any_text_is_stored_exactly_or_refused_clearly(setup, database, write):
    session, template_, group_ = setup
    ids = (template_.id, group_.id)

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(text=texts)
    def check(text):
        template, group = session.get(Curriculum, ids[0]), session.get(Group, ids[1])
        try:
            model, row_id, field = write(session, template, group, text)
            session.commit()
        except (TextRuleError, ValueError) as exc:
            session.rollback()
            assert not isinstance(exc, UnicodeError), exc
            assert "characters long; at most" in str(exc) or "needs a name" in str(exc) or "under" in str(exc)
            return
        except SQLAlchemyError as exc:  # a raw driver error is the failure this test exists to catch
            session.rollback()
            raise AssertionError(f"driver error for {text[:40]!r}: {exc}") from exc
        with database.session() as fresh:
            stored = getattr(fresh.get(model, row_id), field)
        column = model.__table__.columns[field]
        limit = getattr(column.type, "length", None) or LONG_TEXT
        assert stored == getattr(session.get(model, row_id), field)
        assert len(stored) <= limit
        forms = expected_forms(text, one_line=limit != LONG_TEXT)
        # A programme's name is made unique with " (2)", " (3)"... when the name is taken.
        assert stored in forms or re.sub(r" \(\d+\)$", "", stored) in forms, (text[:40], stored[:40])
        assert not any(ord(c) < 32 and c not in "\t\n\r" for c in stored)

    check()


def test_every_text_column_has_one_limit(database):
    limits = {(table, column): limit for table, column, limit in GUARDED_TEXT_COLUMNS}
    assert limits[("group_", "name")] == 200 and limits[("group_", "venue")] == 300
    assert limits[("note", "text")] == LONG_TEXT
    assert len(limits) == len(GUARDED_TEXT_COLUMNS)


def test_the_limit_is_the_same_on_both_databases(setup):
    session, template, group = setup
    records.update_group(session, group, name="x" * 200)
    session.commit()
    with pytest.raises(TextRuleError) as refused:
        store.create_group(session, name="y" * 201, template=template, first_date=dt.date(2026, 3, 3))
    session.rollback()
    assert str(refused.value) == "The group's name is 201 characters long; at most 200 fit. Shorten it by 1 characters."


def test_nul_and_controls_are_dropped_but_a_note_keeps_its_tabs_and_lines(setup):
    session, template, group = setup
    note = records.add_note(session, group.sessions[0], text="line one\n\tline two\x00\x07 end")
    parent = records.add_participant(session, group, "Ami\x1bra\x00 K.")
    session.commit()
    session.expire_all()
    assert note.text == "line one\n\tline two end"
    assert parent.display_name == "Amira K."
