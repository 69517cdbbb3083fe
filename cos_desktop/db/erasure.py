"""Erasure that holds: after a parent is erased, no trace of the deleted rows stays in the file.

SQLite keeps deleted text in free pages, in the full-text index's older segments and in the
write-ahead log until they are reused. With `secure_delete` on (set for every connection in
db.engine) freed pages are zeroed; here the search index is rewritten without the deleted
entries and the log is emptied into the database. PostgreSQL reclaims deleted rows with VACUUM,
which is the server's routine job (autovacuum).
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cos_desktop.core.translation import translate
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


# ---- what the backups still hold ----------------------------------------------------------------

def backups_expire_on(day: dt.date) -> dt.date:
    """When rotation has removed the last automatic backup made before an erasure on `day`, if the app
    is used every week: a week's copy goes once KEEP_WEEKLY newer weeks have theirs (a day's copy goes
    sooner, after KEEP_DAILY newer days), so from the Monday KEEP_WEEKLY weeks after that day's week."""
    from cos_desktop.db.backup import KEEP_WEEKLY

    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=KEEP_WEEKLY)


def backup_note(session: Session, today: dt.date | None = None) -> list[str]:
    """For the erase confirmation: which backups still hold the parent, and until when."""
    from cos_desktop.core.report_views import long_date
    from cos_desktop.db.backup import KEEP_DAILY, KEEP_WEEKLY, backup_folder, list_backups
    from cos_desktop.db.encryption import sqlite_path

    path = sqlite_path(session.get_bind().url.render_as_string(hide_password=True))
    if path is None:
        return [translate(
            "Privacy", "Backups of this database on the server are kept by whoever runs it: ask them how long their "
            "copies keep erased records.")]
    held = list_backups(path)
    automatic = [b for b in held if b.kind == "automatic"]
    beside = [b for b in held if b.kind != "automatic"]
    lines = []
    if automatic:
        expiry = long_date(backups_expire_on(today or dt.date.today()))
        lines.append(translate(
            "Privacy", "The automatic backups in {value} still hold these records for a while. They are replaced as new "
            "ones are made (one for each of the last {KEEP_DAILY} days and {KEEP_WEEKLY} weeks): if you use "
            "COS Desktop every week, the last one holding them is deleted on or soon after {expiry}.").format(
                value=backup_folder(), KEEP_DAILY=KEEP_DAILY, KEEP_WEEKLY=KEEP_WEEKLY, expiry=expiry))
    else:
        lines.append(translate("Privacy", "No automatic backup holds these records."))
    if beside:
        if len(beside) == 1:
            text = translate("Privacy", "1 copy made before an upgrade or a restore, beside the database in {parent}, "
                             "also hold them and are never deleted by themselves: delete them once you no longer need "
                             "them.")
        else:
            count = len(beside)  # a plain name for the extraction tool
            text = translate(
                "Privacy", "%n copies made before an upgrade or a restore, beside the database in {parent}, "
                             "also hold them and are never deleted by themselves: delete them once you no longer need "
                             "them.", "", count)
        lines.append(text.format(parent=path.parent))
    return lines
