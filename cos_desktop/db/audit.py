"""The audit trail: who exported, printed, erased or restored what, and when.

Append-only: the app only ever adds entries, and in agency mode the database grants nothing but
INSERT and SELECT on the table (the actor and time are stamped by the database there). A subject
never names a parent: a parent is referred to by number (participant_id), so that erasing them holds.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from pathlib import Path

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from cos_desktop.db.models import AuditEntry

ACTIONS = ("export", "print", "erase", "restore")
log = logging.getLogger(__name__)


def _actor(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        return str(session.execute(text("SELECT current_user")).scalar())
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        return ""


def record(session: Session, action: str, subject: str, *, group_id: int | None = None,
           participant_id: int | None = None) -> AuditEntry:
    """Add one entry (the caller's write commits it, with db.transactions.committed)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(action=action, subject=subject, actor=_actor(session), group_id=group_id,
                       participant_id=participant_id)
    session.add(entry)
    session.flush()
    return entry


def entries(session: Session, *, group_id: int | None = None, participant_id: int | None = None) -> list[AuditEntry]:
    """Entries about a group or a parent (either matches), oldest first; every entry with neither."""
    query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
    conditions = []
    if group_id is not None:
        conditions.append(AuditEntry.group_id == group_id)
    if participant_id is not None:
        conditions.append(AuditEntry.participant_id == participant_id)
    if conditions:
        query = query.where(or_(*conditions))
    return list(session.scalars(query))


def about_parent(session: Session, participant_id: int) -> list[dict]:
    """For a parent's own copy of their record: every entry naming them."""
    return [{"when": e.at.isoformat(timespec="minutes"), "who": e.actor, "what": e.action, "subject": e.subject}
            for e in entries(session, participant_id=participant_id)]


def record_document(session: Session, action: str, document: str, group_id: int, *, parent_name: str | None = None,
                    chapter: int | None = None) -> AuditEntry:
    """A printed or exported document of a group, perhaps for one parent (named by number only)."""
    from cos_desktop.db.models import Participant

    participant_id = None
    if parent_name:
        participant_id = session.scalars(select(Participant.id).where(
            Participant.group_id == group_id, Participant.display_name == parent_name)).first()
    subject = f"{document} of group #{group_id}"
    if chapter is not None:
        subject += f", chapter {chapter}"
    if participant_id is not None:
        subject += f", for parent #{participant_id}"
    return record(session, action, subject, group_id=group_id, participant_id=participant_id)


def for_group_record(session: Session, group_id: int) -> list[AuditEntry]:
    """For a group's facilitator record: its own entries and those about the whole database (restores)."""
    query = select(AuditEntry).where(or_(AuditEntry.group_id == group_id, (AuditEntry.group_id.is_(None)) & (
        AuditEntry.participant_id.is_(None)))).order_by(AuditEntry.at, AuditEntry.id)
    return list(session.scalars(query))


def record_restore(database: Path, backup_name: str) -> bool:
    """After a backup was put in place of a SQLite file: note it in the restored file itself (closed,
    so through a plain connection). False, logged, when the backup is too old to have an audit table."""
    from cos_desktop.db.encryption import dbapi_connect

    try:
        actor = getpass.getuser()
    except (KeyError, OSError):
        actor = ""
    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    try:
        connection = dbapi_connect(database)
        try:
            connection.execute(
                "INSERT INTO audit_entry (at, actor, action, subject) VALUES (?, ?, 'restore', ?)",
                (at, actor, f"the whole database, from the backup {backup_name}"))
            connection.commit()
        finally:
            connection.close()
        return True
    except Exception:  # sqlite3 or SQLCipher: the restore itself has succeeded either way
        log.warning("the restore could not be written to the audit trail of %s", database.name)
        return False
