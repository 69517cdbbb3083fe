"""Command-line parts for privacy: the --passphrase-file option, `protect`, and `agency ...`.

A passphrase or password is read from a file given on the command line, or asked on a terminal
(never echoed); it is never printed, logged or put in a URL that could be shown.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from cos_desktop import APP_NAME
from cos_desktop.core.translation import translate

EXIT_REFUSED = 2


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE",
        help=translate("Cli", "read the database's passphrase (or recovery key) from FILE instead of asking for it"),
    )


def add_commands(commands) -> None:
    protect = commands.add_parser(
        "protect", help=translate(
            "Cli", "protect the database with a passphrase (encrypt it), change the passphrase, or remove it"),
        description=translate(
            "Cli", "Encrypt the SQLite database in place with a passphrase; prints a recovery key once."),
    )
    mode = protect.add_mutually_exclusive_group()
    mode.add_argument("--change", action="store_true", help=translate(
        "Cli", "choose a new passphrase (give the old one or the recovery key)"))
    mode.add_argument("--remove", action="store_true", help=translate(
        "Cli", "take the protection off (the file is stored plain again)"))
    protect.add_argument("--new-passphrase-file", metavar="FILE",
                         help=translate(
                             "Cli", "read the new passphrase from FILE (otherwise it is asked twice on the terminal)"))

    agency = commands.add_parser(
        "agency", help=translate(
            "Cli", "agency mode on a shared PostgreSQL: set up, add or remove facilitators and supervisors"),
        description=translate("Cli", "Run with --database pointing at the agency's database as its owner account."),
    )
    actions = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    actions.add_parser("setup", help=translate(
        "Cli", "create the tables, the facilitator and supervisor roles and their rules (repeatable)"))
    for kind in ("facilitator", "supervisor"):
        add = actions.add_parser(f"add-{kind}", help=translate("Cli", "add a facilitator who signs in as NAME")
                                 if kind == "facilitator" else translate(
                                     "Cli", "add a supervisor who signs in as NAME"))
        add.add_argument("name", metavar="NAME", help=translate(
            "Cli", "their sign-in name (lower-case letters, digits, _)"))
        add.add_argument("--password-file", metavar="FILE", help=translate(
            "Cli", "read their first password from FILE (else asked twice)"))
    remove = actions.add_parser("remove", help=translate(
        "Cli", "take someone's access away at once (their notes are kept)"))
    remove.add_argument("name", metavar="NAME")
    assign = actions.add_parser("assign", help=translate("Cli", "make a facilitator one of a group's facilitators"))
    assign.add_argument("name", metavar="NAME")
    assign.add_argument("--group", required=True, metavar="GROUP", help=translate("Cli", "the group's name"))
    actions.add_parser("list", help=translate("Cli", "list facilitators and supervisors with their groups"))


# ---- secrets ------------------------------------------------------------------------------------

def _fail(message: str) -> SystemExit:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return SystemExit(EXIT_REFUSED)


def read_secret_file(name: str) -> str:
    try:
        secret = Path(name).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(translate("Cli", "cannot read the passphrase file {path}: {reason}.").format(
            path=name, reason=getattr(exc, "strerror", None) or exc)) from None
    from cos_desktop.logging_setup import keep_out_of_log

    keep_out_of_log(secret)
    return secret


def ask(prompt: str, *, twice: bool = False) -> str:
    """Ask on the terminal without echo; refuse when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        raise _fail(translate("Cli", "{what} is needed: give it with a file option (see --help), or run this on a "
                              "terminal to be asked.").format(what=prompt.rstrip(": ")))
    from cos_desktop.logging_setup import keep_out_of_log

    secret = getpass.getpass(prompt)
    if twice and getpass.getpass(translate("Cli", "Type it again: ")) != secret:
        raise _fail(translate("Cli", "the two did not match. Nothing was changed."))
    keep_out_of_log(secret)
    return secret


def _sqlite_path(args) -> Path | None:
    from cos_desktop.cli import database_url
    from cos_desktop.core.database_address import sqlite_file

    return sqlite_file(database_url(args))


def unlock_if_protected(args, *, gui: bool) -> None:
    """Before any command: unlock a protected database with --passphrase-file or by asking.

    For the app (gui) without a passphrase file the app asks in a window instead.
    """
    from cos_desktop.db import encryption as enc

    path = _sqlite_path(args)
    if args.command == "protect" or path is None:
        return
    if not enc.looks_encrypted(path):
        if args.passphrase_file and path.exists() and path.stat().st_size:
            raise _fail(translate("Cli", "{path} is not protected with a passphrase: run without --passphrase-file "
                                  "(or protect it with: cos-desktop protect).").format(path=path))
        return
    if args.passphrase_file:
        _unlock_or_exit(path, read_secret_file(args.passphrase_file))
    elif not enc.key_file(path).exists():
        return  # damaged, or a protected copy without its key file: opening it says so
    elif not gui:
        from cos_desktop.db.os_keyring import unlock_from_keyring

        if unlock_from_keyring(path):  # kept in this computer's keyring, as the facilitator chose
            return
        for attempt in range(3):
            try:
                enc.unlock(path, ask(translate(
                    "Cli", "Passphrase (or recovery key) for {file}: ").format(file=path.name)))
                return
            except enc.WrongSecret as exc:
                print(f"{APP_NAME}: {exc}", file=sys.stderr)
            except enc.ProtectionError as exc:
                raise _fail(str(exc)) from None
        raise _fail(translate("Cli", "three wrong tries; nothing was changed. Run the command again to try once more."))


def needs_server_password(url: str | None) -> bool:
    """A PostgreSQL address with a user, no password, and none in the environment or ~/.pgpass."""
    import os

    if not url or not url.startswith("postgres"):
        return False
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    pgpass = os.environ.get("PGPASSFILE") or (
        Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf" if sys.platform == "win32"
        else Path.home() / ".pgpass")
    return bool(parsed.username) and parsed.password is None and not os.environ.get("PGPASSWORD") \
        and not Path(pgpass).exists()


def with_password(url: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    from cos_desktop.logging_setup import keep_out_of_log

    keep_out_of_log(password)
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def ask_server_password(args, *, gui: bool) -> None:
    """Sign in to an agency's PostgreSQL: ask for the password on the terminal or in a window."""
    if not needs_server_password(args.database) or args.command == "paths" or (not gui and not sys.stdin.isatty()):
        return  # with no one to ask, the server's refusal says what is missing
    from sqlalchemy.engine import make_url

    parsed = make_url(args.database)
    prompt = translate("Cli", "Password for {user} on {server}: ").format(
        user=parsed.username, server=parsed.host or translate("Cli", "this computer"))
    if gui and not sys.stdin.isatty():
        from cos_desktop.app import make_application
        from cos_desktop.ui.passphrase_dialog import ask_password

        make_application()
        password = ask_password(prompt.rstrip(": "))
        if password is None:
            raise SystemExit(1)
    else:
        password = ask(prompt)
    args.database = with_password(args.database, password)


def _unlock_or_exit(path: Path, secret: str) -> str:
    from cos_desktop.db import encryption as enc

    try:
        return enc.unlock(path, secret)
    except enc.ProtectionError as exc:
        raise _fail(str(exc)) from None


# ---- protect ------------------------------------------------------------------------------------

def cmd_protect(args) -> int:
    from cos_desktop.db import encryption as enc
    from cos_desktop.db import protection

    path = _sqlite_path(args)
    if path is None:
        raise _fail(translate("Cli", "only a database file on this computer can be protected with a passphrase. On "
                              "PostgreSQL the server protects the data: use TLS (sslmode=require) and an encrypted "
                              "disk (see the README)."))
    if not path.exists():
        raise _fail(translate("Cli", "there is no database at {path} yet. Start COS Desktop once, then protect it.")
                    .format(path=path))
    lock = _lock_or_exit(args)
    try:
        current = read_secret_file(args.passphrase_file) if args.passphrase_file else None
        if args.change or args.remove:
            current = current or ask(translate("Cli", "Current passphrase (or recovery key) for {file}: ").format(
                file=path.name))
        if args.remove:
            protection.remove_protection(path, current)
            print(translate("Cli", "{path} is no longer protected: anyone who can read the file can read your notes.")
                  .format(path=path))
            return 0
        new = (read_secret_file(args.new_passphrase_file) if args.new_passphrase_file
               else current if not args.change and current
               else ask(translate("Cli", "New passphrase: "), twice=True))
        if args.change:
            protection.change_passphrase(path, current, new)
            print(translate("Cli", "The passphrase of {path} is changed. The recovery key stays the same.").format(
                path=path))
            return 0
        done = protection.protect(path, new)
    except enc.ProtectionError as exc:
        raise _fail(str(exc)) from None
    finally:
        lock.unlock()
    print(translate("Cli", "{path} is now protected with your passphrase.").format(path=path))
    if done.backups_protected:
        backups = done.backups_protected
        print(translate("Cli", "%n backup(s) beside it are protected too.", "", backups))
    print(translate("Cli", "Recovery key (shown only this once: print it or write it down, and keep it apart from the "
                    "laptop):"))
    print(f"    {done.recovery_key}")
    print(translate("Cli", "With it you can open the database if the passphrase is forgotten, or on another computer."))
    return 0


def _lock_or_exit(args):
    """The app's one-copy lock: no protecting a database that is open in the app."""
    from cos_desktop.app import acquire_lock
    from cos_desktop.cli import database_url

    lock, reason = acquire_lock(database_url(args))
    if lock is None:
        raise _fail(reason + " " + translate("Cli", "Close it first, then run this again."))
    return lock


# ---- agency -------------------------------------------------------------------------------------

def cmd_agency(args) -> int:
    from cos_desktop.db import agency

    if args.agency_command == "setup":
        _check_setup_rights(args)
    database = _open_owner(args)
    try:
        engine = database.engine
        command = args.agency_command
        if command == "setup":
            lines = agency.setup(engine)
        elif command.startswith("add-"):
            kind = command.removeprefix("add-")
            agency.check_name(args.name)
            password = (read_secret_file(args.password_file) if args.password_file
                        else ask(translate("Cli", "First password for {name}: ").format(name=args.name), twice=True))
            agency.add_member(engine, args.name, password, kind)
            can = (translate("Cli", "{name} can now sign in as a facilitator: {address}") if kind == "facilitator"
                   else translate("Cli", "{name} can now sign in as a supervisor: {address}"))
            lines = [can.format(name=args.name, address=f"postgresql://{args.name}@SERVER/DATABASE")]
        elif command == "remove":
            lines = agency.remove_member(engine, args.name)
        elif command == "assign":
            agency.assign(engine, args.name, args.group)
            lines = [translate("Cli", "{name} now facilitates {group}.").format(name=args.name, group=args.group)]
        else:
            lines = [f"{m.name}: {m.kind}" + (f" ({', '.join(m.groups)})" if m.groups else "")
                     for m in agency.members(engine)] or [translate("Cli", "Nobody has been added yet.")]
    except agency.AgencyError as exc:
        raise _fail(str(exc)) from None
    finally:
        database.dispose()
    print("\n".join(lines))
    return 0


def _check_setup_rights(args) -> None:
    """Before making any table: is this the account that owns them (or will), allowed to make roles?"""
    from sqlalchemy.exc import SQLAlchemyError

    from cos_desktop.db import agency
    from cos_desktop.db.engine import DatabaseOpenError, _make_engine

    if not args.database or not args.database.startswith("postgres"):
        return
    try:
        engine = _make_engine(args.database)
        with engine.connect() as connection:
            agency.require_rights(connection)
    except agency.AgencyError as exc:
        raise _fail(str(exc)) from None
    except (DatabaseOpenError, SQLAlchemyError):
        return  # opening the database next says what is wrong, in its own words
    finally:
        if "engine" in locals():
            engine.dispose()


def _open_owner(args):
    from cos_desktop.cli import open_database_or_exit

    if not args.database or not args.database.startswith("postgres"):
        raise _fail(translate("Cli", "agency mode needs the agency's PostgreSQL database: give --database "
                              "postgresql://OWNER@SERVER/DATABASE (the account that owns its tables)."))
    return open_database_or_exit(args)
