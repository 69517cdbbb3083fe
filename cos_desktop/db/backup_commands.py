"""The bodies of `cos-desktop backup`, `backups` and `restore` (the command line parses, this acts).

Each prints what it did, or one paragraph saying why not, and returns the exit code:
0 done, 1 refused (nothing changed), 2 not possible on this database.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cos_desktop.core.translation import translate
from cos_desktop import APP_NAME

if TYPE_CHECKING:
    from cos_desktop.db import backup as backups


def add_arguments(commands) -> None:
    """backup, backups and restore on the command line (`commands`: argparse's subparsers)."""
    backup = commands.add_parser("backup", help=translate(
        "Cli", "copy the database now into the backup folder, or to --to PATH"))
    backup.add_argument("--to", metavar="PATH", help=translate(
        "Cli", "a file or folder for this one copy (kept out of the rotation)"))
    commands.add_parser("backups", help=translate(
        "Cli", "list the backups of the database, newest first, with what each holds"))
    restore = commands.add_parser("restore", help=translate(
        "Cli", "put a backup in place of the database (the current file is kept aside)"))
    restore.add_argument("path", metavar="PATH", help=translate("Cli", "the backup file (see: cos-desktop backups)"))


def paths(url: str) -> int:
    """`cos-desktop paths`: where the database, its backups and the log are (never a password)."""
    from cos_desktop.core.paths import data_dir, log_dir
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    if url.startswith("sqlite"):
        print(translate("Backup", "database: {address}").format(address=url))
        print(translate("Backup", "data folder: {folder}").format(folder=data_dir()))
        print(translate("Backup", "backup folder: {folder}").format(folder=backups.backup_folder()))
    else:
        from sqlalchemy.engine import make_url

        print(translate(
            "Backup", "database: {render_as_string} (backups: the server's job)").format(
                render_as_string=make_url(url).render_as_string(hide_password=True)))
        print(translate("Backup", "data folder: {folder}").format(folder=data_dir()))
    print(translate("Backup", "log folder: {folder}").format(folder=log_dir()))
    return 0


def run(command: str, url: str, argument: str | None) -> int:
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    if command == "paths":
        return paths(url)
    from cos_desktop.core.database_address import sqlite_file

    database = sqlite_file(url)
    if database is None:
        _problem(translate("Backup", backups.POSTGRES_NOTE))
        return 2
    try:
        if command == "backup":
            return _backup(database, Path(argument).expanduser() if argument else None)
        if command == "backups":
            return _list(database)
        return _restore(database, Path(argument))
    except backups.BackupError as exc:
        _problem(str(exc))
        return 1


def _problem(text: str) -> None:
    print(f"{APP_NAME}: {text}", file=sys.stderr)


def _backup(database: Path, to: Path | None) -> int:
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    target = backups.take_backup(database, to)
    print(translate(
        "Backup", "Backed up {database} to {target} (checked: ok).").format(database=database, target=target))
    if to is None:
        print(translate(
            "Backup", "Backups are kept in {parent}: the newest of each of the last {KEEP_DAILY} days and "
            "{KEEP_WEEKLY} weeks.").format(
                parent=target.parent, KEEP_DAILY=backups.KEEP_DAILY, KEEP_WEEKLY=backups.KEEP_WEEKLY))
    return 0


def describe_line(backup: backups.Backup) -> str:
    """'12 May 2026 19:02, 3.1 MB, backup: 2 groups (Tuesday, Thursday); last session: ...'."""
    when, what = describe_parts(backup)
    return f"{when}: {what}"


def describe_parts(backup: backups.Backup) -> tuple[str, str]:
    """(when it was taken, its size and kind; what it holds)."""
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    label = {"automatic": translate("Backup", "backup"),
             "before-upgrade": translate("Backup", "copy made before an upgrade"),
             "before-restore": translate("Backup", "copy kept aside by a restore")}[backup.kind]
    size = f"{backup.size / 1_000_000:.1f}".replace(".", translate("Backup", ".", "the decimal mark"))
    when = translate("Backup", "{date} {time}, {size} MB, {kind}").format(
        date=_day(backup.taken.date()), time=f"{backup.taken:%H:%M}", size=size, kind=label)
    try:
        contents = backups.describe(backup.path)
    except backups.BackupError:
        return when, translate("Backup", "cannot be read")
    count = len(contents.groups)  # a plain name for the extraction tool
    groups = translate("Backup", "%n group(s)", "", count)
    if contents.groups:
        groups += " (" + ", ".join(contents.groups[:4]) + (", ..." if len(contents.groups) > 4 else "") + ")"
    last = contents.last_session or translate("Backup", "no session delivered yet")
    return when, translate("Backup", "{groups}; last session: {last}").format(groups=groups, last=last)


def _day(day) -> str:
    """'05 Nov 2026' as before in English; the documents' short date in another language."""
    from cos_desktop.core.report_views import document_language, short_date

    return f"{day:%d %b %Y}" if document_language() == "en" else short_date(day)


def _list(database: Path) -> int:
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    found = backups.list_backups(database)
    if not found:
        print(translate(
            "Backup", "There are no backups of {database} yet. Make one now with: cos-desktop backup").format(
                database=database))
        print(translate(
            "Backup", "(Automatic backups go to {backup_folder}.)").format(backup_folder=backups.backup_folder()))
        return 0
    print(translate("Backup", "Backups of {database}, newest first:").format(database=database))
    for backup in found:
        print(f"  {describe_line(backup)}")
        print(f"      {backup.path}")
    print(translate("Backup", 'To put one back: cos-desktop restore "PATH" (the current database is kept aside first).'))
    return 0


def _restore(database: Path, backup: Path) -> int:
    from cos_desktop.db import (
        backup as backups,  # sqlite3 and threads: only when a command runs
    )

    aside = backups.restore_backup(database, backup)
    print(translate("Backup", "Restored {database} from {backup}.").format(database=database, backup=backup))
    if aside is not None:
        print(translate("Backup", "The database as it was is kept at {aside}.").format(aside=aside))
    return 0
