"""note search index; notes by parent

Revision ID: 0002_note_search
Revises: 0001_initial

Full-text search over notes (SQLite: an FTS5 table kept in step by triggers; PostgreSQL: a GIN
index on the text) and an index to find the notes tagged to one parent. The search statements
are written out here, as they were at this revision, so later changes cannot rewrite history;
cos_desktop.db.search creates the same objects on a fresh database.
"""
from alembic import op


revision = '0002_note_search'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE note_fts USING fts5(text, content='note', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER note_fts_after_insert AFTER INSERT ON note BEGIN "
    "INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER note_fts_after_delete AFTER DELETE ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER note_fts_after_update AFTER UPDATE OF text ON note BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS note_fts_after_update",
    "DROP TRIGGER IF EXISTS note_fts_after_delete",
    "DROP TRIGGER IF EXISTS note_fts_after_insert",
    "DROP TABLE IF EXISTS note_fts",
)
POSTGRES_UP = ("CREATE INDEX ix_note_text_search ON note USING gin (to_tsvector('english', text))",)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS ix_note_text_search",)


def _run(statements) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table('note_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_tag_participant_id'), ['participant_id'], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _run(SQLITE_UP)
    elif dialect == 'postgresql':
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _run(SQLITE_DOWN)
    elif dialect == 'postgresql':
        _run(POSTGRES_DOWN)
    with op.batch_alter_table('note_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_tag_participant_id'))
