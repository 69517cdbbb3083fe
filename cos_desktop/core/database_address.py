"""What a person may type after --database: a file path, or a database address (URL).

A plain path means a SQLite file there. This module only reads the text and looks at the
disk; it imports no database library, so start-up stays quick. The database layer checks the
rest of an address (its driver, its port) before connecting.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from cos_desktop import APP_NAME
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# "name://" or "name+driver://": anything else with "://" in it is not an address.
_SCHEME = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_]*(\+[A-Za-z0-9_]+)?)://")
EXAMPLES = (  # translated where it is used
    QT_TRANSLATE_NOOP(
        "Database", "Give a file path such as ~/cos/records.sqlite3, or an address such as "
        "postgresql+psycopg://user@server/cos for a shared database.")
)


def add_database_option(parser) -> None:
    """--database on the command line (also read from COS_DESKTOP_DATABASE)."""
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=os.environ.get("COS_DESKTOP_DATABASE"),
        help=translate("Cli", "a SQLite file (a plain path) or a database URL such as "
                       "postgresql+psycopg://user@server/cos (default: a SQLite file in your user data folder; also "
                       "read from COS_DESKTOP_DATABASE)"),
    )


class DatabaseAddressError(ValueError):
    """What was typed cannot name a database; str(error) says why and what to type instead."""


def database_url_from(typed: str) -> str:
    """The database URL meant by `typed` (a path or a URL); raises DatabaseAddressError."""
    text = typed.strip()
    if not text:
        raise DatabaseAddressError(translate(
            "Database", "No database was given after --database. {EXAMPLES}").format(
                EXAMPLES=translate("Database", EXAMPLES)))
    if "://" not in text and not text.lower().startswith("sqlite:"):
        return "sqlite:///" + str(_sqlite_path(Path(os.path.expanduser(text)), typed))
    match = _SCHEME.match(text)
    if match is None:
        raise DatabaseAddressError(translate(
            "Database", "{typed} is not a database address {APP_NAME} understands. {EXAMPLES}").format(
                typed=repr(typed), APP_NAME=APP_NAME, EXAMPLES=translate("Database", EXAMPLES)))
    if match.group("name").split("+")[0].lower() != "sqlite":
        return text
    rest = text[match.end():]
    if rest in ("", ":memory:"):
        raise DatabaseAddressError(
            translate(
                "Database", "{typed} is a database that lives only in memory: everything would be lost when {APP_NAME} "
                "closes. {EXAMPLES}").format(
                    typed=repr(typed), APP_NAME=APP_NAME, EXAMPLES=translate("Database", EXAMPLES))
        )
    if not rest.startswith("/"):
        raise DatabaseAddressError(
            translate(
                "Database", "{typed} is not a database address {APP_NAME} understands: a SQLite address has three "
                "slashes before the file's path, as in sqlite:///home/me/records.sqlite3. {EXAMPLES}").format(
                    typed=repr(typed), APP_NAME=APP_NAME, EXAMPLES=translate("Database", EXAMPLES))
        )
    path = _sqlite_path(Path(os.path.expanduser(rest[1:] or "/")), typed)
    return match.group(0) + "/" + str(path)


def _sqlite_path(path: Path, typed: str) -> Path:
    """An absolute path for a SQLite file whose folder exists; a folder is refused."""
    path = path.absolute()
    if path.is_dir():
        raise DatabaseAddressError(
            translate(
                "Database", "{typed} is a folder, not a database file. Add a file name to it, for example {value}; "
                "{APP_NAME} creates the file if it is not there yet.").format(
                    typed=repr(typed), value=path / 'cos-desktop.sqlite3', APP_NAME=APP_NAME)
        )
    if not path.parent.is_dir():
        raise DatabaseAddressError(
            translate(
                "Database", "The folder {parent} does not exist, so {APP_NAME} cannot keep a database there. Create the "
                "folder first, or check the path for a typing mistake.").format(parent=path.parent, APP_NAME=APP_NAME)
        )
    return path


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite address names, read as SQLAlchemy reads it; None for another database
    or one in memory. Without SQLAlchemy, so the app can look at its file before the window shows."""
    match = _SCHEME.match(url)
    if match is None or match.group("name").split("+")[0].lower() != "sqlite":
        return None
    rest = url[match.end():]
    if "@" in rest.split("/", 1)[0]:  # a passphrase before the path (sqlite+pysqlcipher://:key@/...)
        rest = rest.split("@", 1)[1]
    if not rest.startswith("/"):
        return None
    database = unquote(rest[1:].split("?", 1)[0])
    return Path(database) if database and database != ":memory:" else None
