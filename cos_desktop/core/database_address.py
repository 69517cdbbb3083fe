"""What a person may type after --database: a file path, or a database address (URL).

A plain path means a SQLite file there. This module only reads the text and looks at the
disk; it imports no database library, so start-up stays quick. The database layer checks the
rest of an address (its driver, its port) before connecting.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cos_desktop import APP_NAME

# "name://" or "name+driver://": anything else with "://" in it is not an address.
_SCHEME = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_]*(\+[A-Za-z0-9_]+)?)://")
EXAMPLES = (
    "Give a file path such as ~/cos/records.sqlite3, or an address such as "
    "postgresql+psycopg://user@server/cos for a shared database."
)


def add_database_option(parser) -> None:
    """--database on the command line (also read from COS_DESKTOP_DATABASE)."""
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=os.environ.get("COS_DESKTOP_DATABASE"),
        help="a SQLite file (a plain path) or a database URL such as postgresql+psycopg://user@server/cos "
        "(default: a SQLite file in your user data folder; also read from COS_DESKTOP_DATABASE)",
    )


class DatabaseAddressError(ValueError):
    """What was typed cannot name a database; str(error) says why and what to type instead."""


def database_url_from(typed: str) -> str:
    """The database URL meant by `typed` (a path or a URL); raises DatabaseAddressError."""
    text = typed.strip()
    if not text:
        raise DatabaseAddressError(f"No database was given after --database. {EXAMPLES}")
    if "://" not in text and not text.lower().startswith("sqlite:"):
        return "sqlite:///" + str(_sqlite_path(Path(os.path.expanduser(text)), typed))
    match = _SCHEME.match(text)
    if match is None:
        raise DatabaseAddressError(f"{typed!r} is not a database address {APP_NAME} understands. {EXAMPLES}")
    if match.group("name").split("+")[0].lower() != "sqlite":
        return text
    rest = text[match.end():]
    if rest in ("", ":memory:"):
        raise DatabaseAddressError(
            f"{typed!r} is a database that lives only in memory: everything would be lost when "
            f"{APP_NAME} closes. {EXAMPLES}"
        )
    if not rest.startswith("/"):
        raise DatabaseAddressError(
            f"{typed!r} is not a database address {APP_NAME} understands: a SQLite address has three "
            f"slashes before the file's path, as in sqlite:///home/me/records.sqlite3. {EXAMPLES}"
        )
    path = _sqlite_path(Path(os.path.expanduser(rest[1:] or "/")), typed)
    return match.group(0) + "/" + str(path)


def _sqlite_path(path: Path, typed: str) -> Path:
    """An absolute path for a SQLite file whose folder exists; a folder is refused."""
    path = path.absolute()
    if path.is_dir():
        raise DatabaseAddressError(
            f"{typed!r} is a folder, not a database file. Add a file name to it, for example "
            f"{path / 'cos-desktop.sqlite3'}; {APP_NAME} creates the file if it is not there yet."
        )
    if not path.parent.is_dir():
        raise DatabaseAddressError(
            f"The folder {path.parent} does not exist, so {APP_NAME} cannot keep a database there. "
            "Create the folder first, or check the path for a typing mistake."
        )
    return path
