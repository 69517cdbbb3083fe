"""Erasure that holds: after a parent is erased, no trace of the deleted rows stays in the file.

SQLite keeps deleted text in free pages, in the full-text index's older segments and in the
write-ahead log until they are reused. With `secure_delete` on (set for every connection in
db.engine) freed pages are zeroed; here the search index is rewritten without the deleted
entries and the log is emptied into the database. PostgreSQL reclaims deleted rows with VACUUM,
which is the server's routine job (autovacuum).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cos_desktop.db.search import FTS_TABLE

log = logging.getLogger(__name__)


def finish_erasure(session: Session) -> bool:
    """Call after the erasure is committed. False if the file could not be cleaned up yet (the next
    erasure or a restart tries again); the erased rows are gone from every query either way."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return True
    try:
        connection = session.connection()
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
        session.commit()
        busy, _log_pages, _moved = session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        session.commit()
        return not busy
    except SQLAlchemyError:
        session.rollback()
        log.exception("cleaning up after an erasure failed")
        return False
