"""Full-text search over notes: SQLite FTS5 or PostgreSQL full-text, behind one function.

SQLite keeps a shadow index (the FTS5 table `note_fts`, kept in step with `note` by triggers);
PostgreSQL uses a GIN index on to_tsvector('english', text). Words match by stem and prefix
("sleep" finds "sleeping", "sleepless"). Scripts written without spaces between words (Chinese,
Japanese, Thai...) cannot be split into words by either engine, so a query in such a script is
matched as plain text instead.

The search objects are created by raw SQL, the same statements in the migration (0002) and for
a fresh database (create_search_objects); SEARCH_OBJECT_NAMES lists them so that schema
comparisons can leave them out.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Everything the search index adds to a database, by name (tables, triggers, indexes).
FTS_TABLE = "note_fts"
SQLITE_SEARCH_TABLES = (
    FTS_TABLE, f"{FTS_TABLE}_data", f"{FTS_TABLE}_idx", f"{FTS_TABLE}_docsize", f"{FTS_TABLE}_config",
)
POSTGRES_SEARCH_INDEX = "ix_note_text_search"
SEARCH_OBJECT_NAMES = frozenset(SQLITE_SEARCH_TABLES) | {POSTGRES_SEARCH_INDEX}

SQLITE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text, content='note', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER note_fts_after_insert AFTER INSERT ON note BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"CREATE TRIGGER note_fts_after_delete AFTER DELETE ON note BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); END",
    f"CREATE TRIGGER note_fts_after_update AFTER UPDATE OF text ON note BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
POSTGRES_STATEMENTS = (
    f"CREATE INDEX {POSTGRES_SEARCH_INDEX} ON note USING gin (to_tsvector('english', text))",
)


def create_search_objects(connection: Connection) -> None:
    """Add the search index to a database whose `note` table exists (fresh databases)."""
    dialect = connection.dialect.name
    statements = SQLITE_STATEMENTS if dialect == "sqlite" else POSTGRES_STATEMENTS if dialect == "postgresql" else ()
    for statement in statements:
        connection.execute(text(statement))


def include_name(name, type_, parent_names) -> bool:
    """For Alembic comparisons: the search index is raw SQL, not part of the models."""
    return name not in SEARCH_OBJECT_NAMES


# ---- queries ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class NoteHit:
    note_id: int
    run_id: int
    group_id: int
    group_name: str
    chapter_position: int
    chapter_title: str
    date: dt.date
    segment_title: str
    visibility: str
    text: str


_WORD = re.compile(r"\w+", re.UNICODE)


def _is_unspaced_script(char: str) -> bool:
    """True for letters of scripts written without spaces between words."""
    if not char.isalpha():
        return False
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN", "HANGUL"))


def query_terms(query: str) -> list[str]:
    """The words of a search query, operators and punctuation dropped."""
    return [term for term in _WORD.findall(query) if term.strip("_")]


def plain_text_mode(terms: list[str]) -> bool:
    return any(_is_unspaced_script(char) for term in terms for char in term)


_BASE_SELECT = """
SELECT note.id, note.run_id, group_.id, group_.name, session_run.chapter_position, chapter_plan.title,
       session_run.date, COALESCE(segment_plan.title, ''), note.visibility, note.text
FROM note
JOIN session_run ON session_run.id = note.run_id
JOIN group_ ON group_.id = session_run.group_id
JOIN chapter_plan ON chapter_plan.id = session_run.chapter_id
LEFT JOIN segment_plan ON segment_plan.id = note.segment_id
"""


def search_sql(dialect: str, terms: list[str], *, group_id: int | None, participant_id: int | None,
               limit: int, named: tuple[int, ...] = ()) -> tuple[str, dict]:
    """The SQL and parameters of a note search (also used by bench/records.py as its raw baseline).

    `named`: parents whose name matches the words; notes tagged to them match as well.
    """
    params: dict = {"limit": limit}
    where: list[str] = []
    if plain_text_mode(terms):
        function = "instr(note.text, :t{i}) > 0" if dialect == "sqlite" else "strpos(note.text, :t{i}) > 0"
        for i, term in enumerate(terms):
            where.append(function.format(i=i))
            params[f"t{i}"] = term
    elif dialect == "sqlite":
        # As a set of ids (not a join), so SQLite walks the notes newest first and stops at the limit.
        where.append(f"note.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match)")
        # Each word quoted (so AND, NEAR, * or quotes typed by the user are only words) and prefix-matched.
        params["match"] = " ".join('"' + term.replace('"', '""') + '"*' for term in terms)
    else:
        # A query of only stop words ("the", "and") becomes empty and matches nothing.
        where.append("to_tsvector('english', note.text) @@ to_tsquery('english', :match)")
        params["match"] = " & ".join("'" + term.replace("\\", "\\\\").replace("'", "''") + "':*" for term in terms)
    if named:
        tagged = ", ".join(f":named{i}" for i in range(len(named)))
        # Only the words' conditions are in `where` so far: they, or a tag to a parent so named.
        where = ["((" + " AND ".join(where) + f") OR note.id IN (SELECT note_id FROM note_tag "
                 f"WHERE participant_id IN ({tagged})))"]
        params.update({f"named{i}": participant for i, participant in enumerate(named)})
    # Filters as sets of note or session ids, found through their indexes.
    if group_id is not None:
        where.append("note.run_id IN (SELECT id FROM session_run WHERE group_id = :group_id)")
        params["group_id"] = group_id
    if participant_id is not None:
        where.append("note.id IN (SELECT note_id FROM note_tag WHERE participant_id = :participant_id)")
        params["participant_id"] = participant_id
    # The newest matching notes first, by id alone; only those few are joined to their session.
    hits = "SELECT note.id FROM note WHERE " + " AND ".join(where) + " ORDER BY note.id DESC LIMIT :limit"
    sql = _BASE_SELECT + f"WHERE note.id IN ({hits})\nORDER BY note.id DESC"
    return sql, params


def search_notes(session: Session, query: str, *, group_id: int | None = None, participant_id: int | None = None,
                 limit: int = 200) -> list[NoteHit]:
    """Notes of every group whose text matches all the words of `query`, the most recently written first."""
    terms = query_terms(query)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    sql, params = search_sql(dialect, terms, group_id=group_id, participant_id=participant_id, limit=limit,
                             named=parents_named(session, terms, group_id))
    rows = session.execute(text(sql), params).all()
    return [_hit(row) for row in rows]


def parents_named(session: Session, terms: list[str], group_id: int | None) -> tuple[int, ...]:
    """Parents whose name holds every word searched for (notes only tagged to them count as about them)."""
    from sqlalchemy import select

    from cos_desktop.db.models import Participant

    query = select(Participant.id, Participant.display_name)
    if group_id is not None:
        query = query.where(Participant.group_id == group_id)
    words = [t.casefold() for t in terms]
    return tuple(pid for pid, name in session.execute(query) if all(w in name.casefold() for w in words))


def _hit(row) -> NoteHit:
    values = list(row)
    if isinstance(values[6], str):  # SQLite hands dates of a raw query back as text
        values[6] = dt.date.fromisoformat(values[6])
    return NoteHit(*values)
