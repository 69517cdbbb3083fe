"""Opening databases: migrations agree with the models, bad databases are refused untouched."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import create_engine, inspect, text

from cos_desktop.db import schema_version
from cos_desktop.db.engine import DatabaseOpenError, backup_sqlite, open_database, run_migrations
from cos_desktop.db.models import Base


def test_migration_scripts_match_the_known_revisions():
    from alembic.script import ScriptDirectory

    from cos_desktop.db.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert revisions == schema_version.KNOWN_REVISIONS
    assert script.get_current_head() == schema_version.HEAD_REVISION


def test_migrations_build_exactly_the_models_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cos_desktop.db.search import include_name

    engine = create_engine(db_url)
    run_migrations(engine)
    with engine.connect() as conn:
        # The note search index is raw SQL (FTS5 on SQLite), not part of the models: see db/search.py.
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def _schema_objects(engine) -> set:
    """Every table, index and trigger by name, search index included (with its SQL on SQLite)."""
    from cos_desktop.db.search import SEARCH_OBJECT_NAMES

    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
            return {
                (kind, name, " ".join((sql or "").split()) if kind == "trigger" or name in SEARCH_OBJECT_NAMES else "")
                for kind, name, sql in rows
            }
        tables = conn.execute(text("SELECT 'table', tablename FROM pg_tables WHERE schemaname = 'public'"))
        indexes = conn.execute(text("SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                                      "AND tablename <> 'alembic_version'"))
        return set(tables) | set(indexes)


def _second_database(db_url, tmp_path):
    """Another empty database of the same kind as db_url."""
    if db_url.startswith("sqlite"):
        return "sqlite:///" + str(tmp_path / "migrated.sqlite3"), None
    from tests.conftest import _drop_postgres_database, _postgres_database

    admin, name, url = _postgres_database()
    return url, lambda: _drop_postgres_database(admin, name)


def test_fresh_database_is_stamped_at_head_and_matches_migrated_one(db_url, tmp_path):
    db = open_database(db_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema_version.HEAD_REVISION
    fresh_tables = set(inspect(db.engine).get_table_names())
    fresh_objects = _schema_objects(db.engine)
    db.dispose()
    other_url, drop = _second_database(db_url, tmp_path)
    try:
        migrated = create_engine(other_url)
        run_migrations(migrated)
        assert fresh_tables == set(inspect(migrated).get_table_names())
        assert fresh_objects == _schema_objects(migrated)
        migrated.dispose()
    finally:
        if drop:
            drop()


def test_upgrade_from_the_first_schema_indexes_existing_notes(db_url):
    """A database made before note search finds its old notes after the upgrade."""
    import datetime as dt

    from cos_desktop.db.search import search_notes

    engine = create_engine(db_url)
    run_migrations(engine, "0001_initial")
    # Plain SQL, as the first schema had it: the models have grown columns since.
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO curriculum (id, name, description, is_template, builtin, created_at, updated_at) "
                          "VALUES (1, 'P', '', false, false, :t, :t)"), {"t": dt.datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO chapter_plan (id, curriculum_id, position, title, parent_summary, "
                          "notice_this_week, target_minutes) VALUES (1, 1, 1, 'Welcome', '', '', 90)"))
        conn.execute(text("INSERT INTO group_ (id, name, delivery, session_minutes, weekday, start_time, first_date, "
                          "venue, facilitators, contact, archived, is_demo, curriculum_id, created_at) VALUES "
                          "(1, 'Old group', 'group', 90, 0, '18:30:00', '2025-01-06', '', '', '', false, false, 1, :t)"),
                     {"t": dt.datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO session_run (id, group_id, chapter_id, chapter_position, date, status, "
                          "summary_json) VALUES (1, 1, 1, 1, '2025-01-06', 'planned', '')"))
        conn.execute(text("INSERT INTO note (run_id, text, visibility, created_at, updated_at) VALUES "
                          "(1, 'She is sleeping better since the new routine.', 'private', :t, :t)"),
                     {"t": dt.datetime(2025, 1, 1)})
    engine.dispose()
    db = open_database(db_url)
    with db.session() as s:
        assert [hit.text for hit in search_notes(s, "sleep")] == ["She is sleeping better since the new routine."]
        assert search_notes(s, "breakfast") == []
    db.dispose()


def test_sqlite_file_is_owner_only_with_wal_and_foreign_keys(sqlite_url):
    db = open_database(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()


def test_database_from_a_newer_version_is_refused_and_untouched(db_url):
    open_database(db_url).dispose()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    engine.dispose()


def test_corrupt_sqlite_file_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "broken.sqlite3"
    garbage = b"this is not a database\n" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database("sqlite:///" + str(path))
    assert path.read_bytes() == garbage


def test_foreign_tables_are_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    engine = create_engine("sqlite:///" + str(path))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="did not make"):
        open_database("sqlite:///" + str(path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_is_explained(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database("sqlite:///" + str(folder / "db.sqlite3"))
    finally:
        folder.chmod(0o700)


def test_read_only_folder_is_explained_even_as_root(tmp_path, monkeypatch):
    """Root ignores permission bits, so ask os.access the question a normal user would get."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if (mode & os.W_OK and str(p).startswith(str(folder))) else real_access(p, mode))
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database("sqlite:///" + str(folder / "db.sqlite3"))
    assert not (folder / "db.sqlite3").exists()


def test_unreachable_postgresql_gives_a_clear_message():
    with pytest.raises(DatabaseOpenError, match="Cannot reach the database"):
        open_database("postgresql+psycopg://nobody:secret@127.0.0.1:1/nothing")


def test_password_is_never_shown_in_messages():
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql+psycopg://nobody:secret@127.0.0.1:1/nothing")
    assert "secret" not in str(info.value)


def test_backup_copy_is_a_readable_owner_only_database(sqlite_url):
    from pathlib import Path

    db = open_database(sqlite_url)
    db.dispose()
    backup = backup_sqlite(Path(sqlite_url.removeprefix("sqlite:///")), "before-upgrade")
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    engine = create_engine("sqlite:///" + str(backup))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema_version.HEAD_REVISION
    engine.dispose()


def test_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    """A database from the first release: copied aside untouched, then migrated to the current schema."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine("sqlite:///" + str(path))
    run_migrations(engine, schema_version.KNOWN_REVISIONS[0])
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO curriculum (id, name, description, is_template, builtin, created_at, updated_at) "
            "VALUES (1, 'Our own programme ✨', '', 1, 0, '2026-01-01', '2026-01-01')"
        ))
    engine.dispose()
    db = open_database("sqlite:///" + str(path))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema_version.HEAD_REVISION
        assert conn.execute(text("SELECT name FROM curriculum")).scalar() == "Our own programme ✨"
    db.dispose()
    assert db.backup_path is not None and db.backup_path.parent == tmp_path
    assert "before-upgrade" in db.backup_path.name
    backup = create_engine("sqlite:///" + str(db.backup_path))
    with backup.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema_version.KNOWN_REVISIONS[0]
        assert conn.execute(text("SELECT name FROM curriculum")).scalar() == "Our own programme ✨"
    backup.dispose()
