"""What went wrong with the database, in words a facilitator can act on.

One place turns a driver's error into one paragraph: what happened and what to do. The app's
dialogs and the command line show the same text. No message starts with the app's name: the
command line puts "COS Desktop:" in front of each one.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from cos_desktop.core.translation import translate
from cos_desktop import APP_NAME

log = logging.getLogger(__name__)

# Less free space than this on the database's disk counts as a full disk (SQLite then often
# reports a vague "disk I/O error").
LOW_SPACE_BYTES = 1024 * 1024


def driver_detail(exc: BaseException) -> str:
    """The first line of the driver's own words, without SQLAlchemy's wrapping."""
    detail = str(getattr(exc, "orig", None) or exc).strip()
    return detail.splitlines()[0] if detail else exc.__class__.__name__


def disk_is_full(path: Path | None) -> bool:
    if path is None:
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def kind_of(exc: BaseException, path: Path | None = None) -> str:
    """'damaged', 'read-only', 'disk-full', 'locked', 'permission', 'server' or 'io'."""
    lowered = driver_detail(exc).lower()
    if "malformed" in lowered or "not a database" in lowered or "database corrupt" in lowered:
        return "damaged"
    if "full" in lowered or "no space" in lowered or "quota" in lowered:
        return "disk-full"
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return "read-only"
    if "locked" in lowered or "busy" in lowered:
        return "locked"
    if "permission denied" in lowered or "access denied" in lowered or "authentication failed" in lowered:
        return "permission"
    if disk_is_full(path):
        return "disk-full"
    if path is None:
        return "server"
    return "io"


def damaged_message(shown: str, detail: str, path: Path | None) -> str:
    # The driver's words vary with how the damage is found; the log keeps them, the message need not.
    log.warning("database %s is damaged: %s", shown, detail)
    text = translate(
        "Database", "The database {shown} is damaged. It has been left exactly as it is. ").format(shown=shown)
    newest = _newest_backup(path)
    if newest is not None:
        return text + (
            translate("Database", 'The newest backup is {path}, taken {taken:%d %B %Y at %H:%M}. To put it back, run: cos-desktop restore "{path}" (the damaged file is kept aside).').format(
                path=newest.path, taken=newest.taken)
        )
    return text + translate(
        "Database", "There is no backup of it yet: move the file aside to start afresh, or ask for help to repair it.")


def _newest_backup(path: Path | None):
    if path is None:
        return None
    from cos_desktop.db.backup import list_backups

    try:
        found = list_backups(path)
    except OSError:
        return None
    # A copy kept aside by a restore may be the damaged file itself: offer it last.
    found.sort(key=lambda b: b.kind == "before-restore")
    return found[0] if found else None


def message_for(exc: BaseException, shown: str, path: Path | None = None) -> str:
    """One paragraph for a failure to open or use the database `shown` (a file at `path`, if SQLite)."""
    detail = driver_detail(exc)
    kind = kind_of(exc, path)
    where = path.parent if path is not None else None
    if kind == "damaged":
        return damaged_message(shown, detail, path)
    if kind == "disk-full":
        return (
            translate(
                "Database", "The disk holding the database {shown} is full, so nothing more can be saved. Free some "
                "space (empty the bin, move videos elsewhere), or start {APP_NAME} with --database pointing "
                "to a folder on another disk.").format(shown=shown, APP_NAME=APP_NAME)
        )
    if kind == "read-only":
        return (
            translate(
                "Database", "The database {shown} is read-only ({detail}), so nothing you type could be saved. Make the "
                "file and its folder writable, or copy it somewhere you can write and use --database with "
                "the copy.").format(shown=shown, detail=detail)
        )
    if kind == "locked":
        return (
            translate(
                "Database", "Another program is holding the database {shown} locked ({detail}): perhaps a backup or sync "
                "tool, or a database viewer. Close that program, wait a moment and try again.").format(
                    shown=shown, detail=detail)
        )
    if kind == "permission":
        if path is not None:
            return (
                translate(
                    "Database", "You do not have permission to use the database {shown} or its folder {where} "
                    "({detail}). Ask whoever manages this computer to give you access, or use --database "
                    "with a file of your own.").format(shown=shown, where=where, detail=detail)
            )
        return (
            translate(
                "Database", "The server refused access to the database {shown} ({detail}). Check the user name and "
                "password in the address, and that this user may use that database.").format(shown=shown, detail=detail)
        )
    if kind == "io":
        return (
            translate(
                "Database", "The database file {shown} could not be read or written ({detail}). If it is on a USB stick "
                "or a network folder, check that it is still connected, then try again.").format(
                    shown=shown, detail=detail)
        )
    return (
        translate(
            "Database", "Cannot reach the database {shown} ({detail}). Check that the server is running and the address, "
            "user and password are right, or start without --database to use the database on this computer.").format(
                shown=shown, detail=detail)
    )
