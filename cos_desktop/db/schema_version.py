"""The migration revisions this code knows, newest last.

Kept here so that start-up can check a database's version without importing Alembic (slow);
a test checks that this list matches the migration scripts.
"""

KNOWN_REVISIONS = ["0001_initial", "0002_note_search", "0004_measures", "0005_agency_audit", "0007_chapter_parts",
                   "0008_pictures"]
HEAD_REVISION = KNOWN_REVISIONS[-1]
