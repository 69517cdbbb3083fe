"""Opening a database: any SQLAlchemy URL, SQLite in the user data folder by default.

Every way this can fail ends in a DatabaseOpenError whose message says, in one paragraph,
what happened and what to do. Nothing here overwrites or deletes the user's data.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cos_desktop import APP_NAME
from cos_desktop.core.database_address import sqlite_file  # noqa: F401 (the db layer offers it too)
from cos_desktop.db import encryption, problems, schema_version
from cos_desktop.db.models import Base

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """The database cannot be used; str(error) is a message for the facilitator."""


@dataclass
class Database:
    url: str
    engine: Engine
    sessionmaker: sessionmaker[Session]
    backup_path: Path | None = None  # the copy taken before an upgrade, if one was needed

    def session(self) -> Session:
        return self.sessionmaker()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()




def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted text is zeroed, so erasing a parent holds (db/erasure.py)
    cursor.close()


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty owner-only file; check an existing file really is SQLite."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseOpenError(_os_message(exc, f"Cannot create the data folder {folder}", folder)) from exc
    if path.exists():
        _check_existing_file(path)
        return
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            f"The data folder {folder} is read-only, so the database cannot be created there. "
            f"Make the folder writable, or start {APP_NAME} with --database pointing elsewhere."
        )
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseOpenError(_os_message(exc, f"Cannot create the database {path}", folder)) from exc


def _os_message(exc: OSError, what: str, folder: Path) -> str:
    if exc.errno == errno.ENOSPC or problems.disk_is_full(folder):
        return (f"{what}: the disk is full. Free some space (empty the bin, move videos elsewhere), "
                f"or start {APP_NAME} with --database pointing to a folder on another disk.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"{what}: permission denied. Ask whoever manages this computer for access, or start "
                f"{APP_NAME} with --database pointing to a folder of your own.")
    return f"{what} ({exc.strerror or exc}). Check that the disk is connected and not read-only."


def _check_existing_file(path: Path) -> None:
    shown = str(path)
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(
            f"You do not have permission to read the database {path}. Ask whoever manages this computer "
            "to give you access to the file."
        )
    size = path.stat().st_size
    if size:
        with path.open("rb") as handle:
            header = handle.read(100)
        protected = not header.startswith(SQLITE_HEADER) and encryption.is_protected(path)
        if not header.startswith(SQLITE_HEADER) and not protected:
            raise DatabaseOpenError(problems.damaged_message(shown, "it is not a SQLite database", path))
        if not protected and _truncated(header, size, path):
            raise DatabaseOpenError(problems.damaged_message(shown, "the file is cut short", path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(
            f"The database {path} or its folder is read-only, so nothing you type could be saved. Make the "
            f"folder writable, or copy the database somewhere writable and start {APP_NAME} with "
            "--database NEW/PATH."
        )


def _truncated(header: bytes, size: int, path: Path) -> bool:
    """True when the file is shorter than its own header says (a copy or a disk cut it short).

    The header's page count is trusted only when its "valid-for" counter matches the change
    counter (see the SQLite file format), and only without a write-ahead log that may still
    hold the pages.
    """
    wal = path.with_name(path.name + "-wal")
    if len(header) < 100 or (wal.exists() and wal.stat().st_size > 0):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return bool(valid and pages and size < pages * page_size)


def check_address(url: str):
    """The parsed URL, or a DatabaseOpenError naming what is wrong with it (never a connection attempt)."""
    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError as exc:
        name = url.split("://", 1)[0]
        raise DatabaseOpenError(
            f"{name!r} is not a kind of database {APP_NAME} can use. Use a SQLite file (a plain path such as "
            "~/cos/records.sqlite3) or a PostgreSQL server (postgresql+psycopg://user@server/dbname)."
        ) from exc
    except (ArgumentError, ValueError) as exc:
        raise DatabaseOpenError(
            f"{_hide_password(url)!r} is not a database address {APP_NAME} understands ({exc}). Give a file path "
            "such as ~/cos/records.sqlite3, or an address such as postgresql+psycopg://user@server/dbname."
        ) from exc
    except ImportError as exc:
        raise DatabaseOpenError(
            f"The driver for {parsed.get_backend_name()} databases is not installed ({exc}). {APP_NAME} is "
            "tested with SQLite and PostgreSQL; for PostgreSQL install the driver with: pip install 'psycopg[binary]'."
        ) from exc
    return parsed


def _hide_password(url: str) -> str:
    """The URL with any password replaced, even when it cannot be parsed."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def _make_engine(url: str) -> Engine:
    parsed = check_address(url)
    backend = parsed.get_backend_name()
    protected = encryption.sqlcipher_engine(url, on_connect=_set_sqlite_pragmas)  # None unless protected
    if protected is not None:
        return protected
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=_connect_timeout(parsed))
    except (ImportError, SQLAlchemyError) as exc:
        raise DatabaseOpenError(
            f"Cannot use the database {parsed.render_as_string(hide_password=True)} ({exc}). "
            "For PostgreSQL install the driver with: pip install 'psycopg[binary]'."
        ) from exc


def _connect_timeout(parsed) -> dict:
    return {"connect_timeout": 5} if parsed.get_backend_name() == "postgresql" else {}


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a SQLite database consistently (SQLite's online backup), owner-only."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}.sqlite3")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}.sqlite3")
        counter += 1
    source = encryption.dbapi_connect(path)  # a protected database's backup is protected with the same key
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        encryption.copy_key_file(path, target)
        dest = encryption.dbapi_connect(target, encryption.remembered(path))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _current_revision(engine: Engine) -> tuple[bool, str | None]:
    """(has any tables, alembic revision or None)."""
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    if "alembic_version" not in tables:
        return bool(tables), None
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return True, row[0] if row else None


def _create_fresh(engine: Engine) -> None:
    """A new, empty database: create the current schema and record its revision.

    Equivalent to running every migration (a test checks they agree) but avoids importing Alembic.
    """
    from cos_desktop.db.search import create_search_objects

    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        create_search_objects(conn)
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": schema_version.HEAD_REVISION})


def run_migrations(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    from cos_desktop.db.migrations import alembic_config

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # A migration that rebuilds a table (SQLite's batch mode) must not cascade-delete the rows
            # that point at it: foreign keys off while migrating (only possible outside a transaction).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config = alembic_config(connection)
                command.upgrade(config, revision)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_database(url: str) -> Database:
    """Open (creating or upgrading as needed) the database at `url`."""
    check_address(url)
    path = sqlite_file(url)
    if path is not None:
        _prepare_sqlite_file(path)
    engine = _make_engine(url)
    shown_url = str(path) if path is not None else make_url(url).render_as_string(hide_password=True)
    backup_path = None
    try:
        has_tables, revision = _current_revision(engine)
        if revision is None and has_tables:
            raise DatabaseOpenError(
                f"The database {shown_url} already holds tables that COS Desktop did not make. "
                "It has been left untouched. Point COS Desktop at an empty or a COS Desktop database."
            )
        if revision is None:
            _create_fresh(engine)
        elif revision not in schema_version.KNOWN_REVISIONS:
            raise DatabaseOpenError(
                f"The database {shown_url} was made by a newer version of COS Desktop (schema "
                f"{revision}). This version cannot read it safely, so it has been left untouched. "
                "Install the newest COS Desktop, or start this one with a different --database."
            )
        elif revision != schema_version.HEAD_REVISION:
            if path is not None:
                backup_path = backup_sqlite(path, "before-upgrade")
                log.info("backed up %s to %s before upgrading", path, backup_path)
            run_migrations(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseOpenError(problems.message_for(exc, shown_url, path)) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Could not open the database {shown_url} ({problems.driver_detail(exc)}). Nothing was changed."
        ) from exc
    maker = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessionmaker=maker, backup_path=backup_path)


def write_error_kind(exc: BaseException) -> str:
    """Why a write failed, for a message on screen: 'read-only', 'disk-full', 'no-access' or 'unreachable'."""
    detail = str(getattr(exc, "orig", None) or exc).lower()
    if "permission denied" in detail or "row-level security" in detail:
        return "no-access"  # agency mode: this person's access was taken away or never covered this group
    if "readonly" in detail or "read-only" in detail or "read only" in detail:
        return "read-only"
    if "full" in detail or "no space" in detail or "quota" in detail:
        return "disk-full"
    return "unreachable"
