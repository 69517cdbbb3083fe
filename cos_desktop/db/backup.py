"""Backups of a SQLite database: taken, checked, kept in rotation, listed and restored.

A backup is made with SQLite's online backup (consistent even while the app is writing), checked
with `PRAGMA integrity_check` before it counts, and is readable only by its owner. Automatic
backups are kept as a rotating set: the newest of each of the last 7 days and of the last 8
weeks. Copies made before an upgrade or before a restore sit beside the database and are listed
too. Nothing here deletes anything but older automatic backups of the same database.

On PostgreSQL, backups are the server's job (pg_dump): see POSTGRES_NOTE.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from cos_desktop.core.paths import data_dir
from cos_desktop.db import encryption

KEEP_DAILY = 7
KEEP_WEEKLY = 8
AUTOMATIC_EVERY = dt.timedelta(hours=1)
FOLDER_SETTING_FILE = "backup-folder.txt"
POSTGRES_NOTE = (  # translated where it is shown
    QT_TRANSLATE_NOOP(
        "Backup", "This database is on a PostgreSQL server, and backing it up is the server's job: ask whoever runs "
        "the server, or use pg_dump (for example: pg_dump -Fc -f cos.dump DATABASE). Backups made by COS "
        "Desktop are for the SQLite file on this computer.")
)
_STAMP = "%Y%m%d-%H%M%S"
_ONE_AT_A_TIME = threading.Lock()
_AUTO = re.compile(r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}-\d{6})(-\d+)?\.sqlite3$")
_BESIDE = re.compile(r"^(?P<stem>.+)\.(?P<reason>before-upgrade|before-restore)-(?P<stamp>\d{8}-\d{6})(-\d+)?\.sqlite3$")


class BackupError(Exception):
    """A backup or restore that did not happen; str(error) says why and what to do."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    size: int
    kind: str  # "automatic", "before-upgrade" or "before-restore"


@dataclass(frozen=True)
class BackupContents:
    groups: list[str]
    last_session: str  # e.g. "Tuesday group, chapter 3, 12 May 2026", or "" when none was delivered
    notes: int


# ---- where ------------------------------------------------------------------------------

def backup_folder() -> Path:
    """The chosen backup folder, or backups/ in the user data folder."""
    override = os.environ.get("COS_DESKTOP_BACKUP_DIR")
    if override:
        return Path(override)
    try:
        chosen = (data_dir() / FOLDER_SETTING_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        chosen = ""
    return Path(chosen) if chosen else data_dir() / "backups"


def choose_backup_folder(folder: Path | None) -> Path:
    """Remember `folder` for every later backup (None: back to the default); returns the folder used."""
    setting = data_dir() / FOLDER_SETTING_FILE
    if folder is None:
        setting.unlink(missing_ok=True)
        return backup_folder()
    folder = Path(folder).expanduser().absolute()
    _make_private_folder(folder)
    setting.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    setting.write_text(str(folder) + "\n", encoding="utf-8")
    return folder


def _make_private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(
            translate(
                "Backup", "Cannot use the backup folder {folder} ({value}). Check that the disk or USB stick is "
                "connected and writable, or choose another folder.").format(folder=folder, value=exc.strerror or exc)
        ) from exc


# ---- taking -------------------------------------------------------------------------------

def take_backup(database: Path, to: Path | None = None, *, now: dt.datetime | None = None,
                only_if_due: bool = False) -> Path | None:
    """Copy `database` to `to` (a file or folder), or into the backup folder and rotate the set there.

    One backup at a time (the app may back up from a worker thread); with only_if_due, nothing
    is done (None) when the newest automatic backup is under an hour old.
    """
    with _ONE_AT_A_TIME:
        now = now or dt.datetime.now()
        if only_if_due and not backup_due(database, now=now):
            return None
        if not database.is_file():
            raise BackupError(translate(
                "Backup", "There is no database at {database} to back up.").format(database=database))
        if to is None or to.is_dir():
            folder = to or backup_folder()
            _make_private_folder(folder)
            target = _free_name(folder, f"{database.stem}.backup-{now.strftime(_STAMP)}")
        else:
            target = to.expanduser().absolute()
            if target.exists():
                raise BackupError(translate(
                    "Backup", "{target} already exists. Give a new file name, or a folder to put the copy in.").format(
                        target=target))
            if not target.parent.is_dir():
                raise BackupError(translate(
                    "Backup", "The folder {parent} does not exist. Create it first, or check the path.").format(
                        parent=target.parent))
        copy_database(database, target)
        if to is None:
            rotate_backups(database, target.parent)
        return target


def _free_name(folder: Path, base: str) -> Path:
    target, counter = folder / f"{base}.sqlite3", 1
    while target.exists():
        target, counter = folder / f"{base}-{counter}.sqlite3", counter + 1
    return target


def copy_database(source: Path, target: Path) -> None:
    """SQLite's online backup of `source` into a new owner-only `target`, checked before it is kept."""
    partial = target.with_name(target.name + ".part")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        reader = _reader(source)
        try:
            # A protected database's copy is protected with the same key (and gets its key file).
            writer = encryption.dbapi_connect(partial, encryption.remembered(source))
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
                verdict = writer.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                writer.close()
        finally:
            reader.close()
        if verdict != "ok":
            raise BackupError(
                translate(
                    "Backup", "The copy of {source} failed its check ({verdict}), so it was not kept. The database "
                    "itself may be damaged: keep your earlier backups safe and restore the newest one.").format(
                        source=source, verdict=verdict)
            )
        os.replace(partial, target)
        encryption.copy_key_file(source, target)
    except (sqlite3.Error, _cipher_error()) as exc:
        raise BackupError(_sqlite_trouble(source, target, exc)) from exc
    except OSError as exc:
        raise BackupError(_os_trouble(target, exc)) from exc
    finally:
        partial.unlink(missing_ok=True)


def _cipher_error():
    """SQLCipher's error class when its driver is installed (it is not a subclass of sqlite3.Error)."""
    try:
        import sqlcipher3

        return sqlcipher3.Error
    except ImportError:
        return sqlite3.Error


def _reader(source: Path):
    """Read the live database with a normal connection (it tidies its -wal file away on closing);
    read-only only when the file cannot be written. A protected one is read with its key."""
    if encryption.remembered(source) is not None:
        return encryption.dbapi_connect(source)
    try:
        return sqlite3.connect(f"file:{source}?mode=rw", uri=True)
    except sqlite3.OperationalError:
        return sqlite3.connect(f"file:{source}?mode=ro", uri=True)


def _os_trouble(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return translate(
            "Backup", "The disk holding {parent} is full, so no backup was made. Free some space or choose another "
            "folder.").format(parent=target.parent)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (translate(
            "Backup", "Cannot write the backup {target}: the folder is read-only or not yours. Choose another backup "
            "folder.").format(target=target))
    return (translate(
        "Backup", "Cannot write the backup {target} ({value}). Check that the folder exists and its disk or USB stick "
        "is connected, or choose another backup folder.").format(target=target, value=exc.strerror or exc))


def _sqlite_trouble(source: Path, target: Path, exc: sqlite3.Error) -> str:
    detail = str(exc).lower()
    if "malformed" in detail or "not a database" in detail:
        return (translate(
            "Backup", "The database {source} is damaged ({exc}), so no backup was made. Keep your earlier backups safe "
            "and restore the newest one.").format(source=source, exc=exc))
    if "full" in detail:
        return translate(
            "Backup", "The disk holding {parent} is full, so no backup was made. Free some space or choose another "
            "folder.").format(parent=target.parent)
    return translate(
        "Backup", "The backup of {source} to {target} did not work ({exc}). Check both disks and try again.").format(
            source=source, target=target, exc=exc)


def backup_due(database: Path, *, now: dt.datetime | None = None) -> bool:
    """True when the newest automatic backup is over an hour old (or there is none)."""
    now = now or dt.datetime.now()
    automatic = [b for b in list_backups(database) if b.kind == "automatic"]
    return not automatic or now - automatic[0].taken >= AUTOMATIC_EVERY


def rotate_backups(database: Path, folder: Path) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and 8 weeks; delete the rest."""
    automatic = [b for b in _scan(folder, database.stem) if b.kind == "automatic"]
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in automatic:  # newest first
        day, week = backup.taken.date(), backup.taken.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(backup.path)
    removed = []
    for backup in automatic:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


# ---- listing ------------------------------------------------------------------------------

def list_backups(database: Path) -> list[Backup]:
    """Every backup of `database`, newest first: the rotating set, and copies beside the file."""
    found = _scan(backup_folder(), database.stem) + _scan(database.parent, database.stem)
    return sorted({b.path: b for b in found}.values(), key=lambda b: b.taken, reverse=True)


def _scan(folder: Path, stem: str) -> list[Backup]:
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _AUTO.match(name) or _BESIDE.match(name)
        if match is None or match.group("stem") != stem:
            continue
        path = folder / name
        try:
            size = path.stat().st_size
            taken = dt.datetime.strptime(match.group("stamp"), _STAMP)
        except (OSError, ValueError):
            continue
        kind = match.groupdict().get("reason") or "automatic"
        found.append(Backup(path=path, taken=taken, size=size, kind=kind))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads a backup without touching it (no -wal or -shm files made beside it)."""
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def describe(path: Path) -> BackupContents:
    """What a backup holds: its groups, its last delivered session, how many notes."""
    try:
        conn = _read_only(path)
        try:
            groups = [r[0] for r in conn.execute("SELECT name FROM group_ ORDER BY is_demo, name")]
            row = conn.execute(
                "SELECT g.name, s.chapter_position, s.date FROM session_run s JOIN group_ g ON g.id = s.group_id "
                "WHERE s.status = 'ended' ORDER BY s.date DESC, s.ended_at DESC LIMIT 1"
            ).fetchone()
            notes = conn.execute("SELECT count(*) FROM note").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(translate(
            "Backup", "{path} cannot be read as a COS Desktop database ({exc}).").format(path=path, exc=exc)) from exc
    last = ""
    if row is not None:
        day = dt.date.fromisoformat(str(row[2])[:10])
        from cos_desktop.core.report_views import long_date

        last = translate("Backup", "{group}, chapter {number}, {date}").format(
            group=row[0], number=row[1], date=long_date(day) if _foreign() else f"{day.day} {day:%B %Y}")
    return BackupContents(groups=groups, last_session=last, notes=notes)


def _foreign() -> bool:
    from cos_desktop.core.report_views import document_language

    return document_language() != "en"


# ---- restoring ----------------------------------------------------------------------------

def restore_backup(database: Path, backup: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put `backup` in place of `database`; the current file is first moved aside (returned).

    The caller must hold the database's lock and have closed every connection to it.
    """
    now = now or dt.datetime.now()
    backup = backup.expanduser().absolute()
    _check_restorable(backup)
    aside = None
    if database.exists():
        aside = _free_name(database.parent, f"{database.stem}.before-restore-{now.strftime(_STAMP)}")
        os.replace(database, aside)
        for suffix in ("-wal", "-shm"):
            extra = database.with_name(database.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
    try:
        copy_database(backup, database)
    except BackupError:
        if aside is not None and not database.exists():
            os.replace(aside, database)
        raise
    from cos_desktop.db.audit import record_restore

    record_restore(database, backup.name)  # the audit trail: who restored what, and when
    return aside


def _check_restorable(backup: Path) -> None:
    if not backup.is_file():
        raise BackupError(translate(
            "Backup", "There is no backup at {backup}. `cos-desktop backups` lists the ones there are.").format(
                backup=backup))
    try:
        conn = _read_only(backup)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(translate(
            "Backup", "{backup} is not a COS Desktop database ({exc}); nothing was changed.").format(
                backup=backup, exc=exc)) from exc
    if verdict != "ok":
        raise BackupError(translate(
            "Backup", "The backup {backup} is damaged ({verdict}); nothing was changed. Choose an older one.").format(
                backup=backup, verdict=verdict))
    if not has_version:
        raise BackupError(translate(
            "Backup", "{backup} is not a COS Desktop database; nothing was changed.").format(backup=backup))
