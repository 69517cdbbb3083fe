"""Command line: start the app, or run a headless command (demo, check, export, curriculum)."""

from __future__ import annotations

import argparse
import os
import sys

from cos_desktop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cos-desktop",
        description=f"{APP_NAME}: plan, run and record Circle of Security Parenting sessions.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get("COS_DESKTOP_DATABASE"),
        help="a SQLAlchemy database URL (default: a SQLite file in your user data folder; "
        "also read from COS_DESKTOP_DATABASE)",
    )
    parser.add_argument("--verbose", action="store_true", help="print the log as well as writing it to file")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="add the fictional demo group, then open the app on it")
    demo.add_argument("--no-window", action="store_true", help="only add the demo group; do not open the app")

    commands.add_parser("paths", help="print where COS Desktop keeps its database and log")

    present = commands.add_parser(
        "present", help="open the app straight into the presenter view (a group's next session, or a rehearsal)"
    )
    present.add_argument("--group", metavar="NAME", help="the group (default: none, a rehearsal that records nothing)")
    present.add_argument("--chapter", metavar="N", type=int, help="the chapter (default: the group's next one)")
    present.add_argument("--start", action="store_true", help="start the timer at once")
    present.add_argument("--resume", action="store_true", help="carry on with an interrupted session without asking")
    present.add_argument("--windowed", action="store_true", help="do not fill the screen")
    return parser


def database_url(args: argparse.Namespace) -> str:
    from cos_desktop.paths import default_database_url

    return args.database or default_database_url()


def open_database_or_exit(args: argparse.Namespace):
    """Open the database for a headless command; print the one-paragraph reason and exit 2 if it cannot."""
    from cos_desktop.db.engine import DatabaseOpenError, open_database

    try:
        return open_database(database_url(args))
    except DatabaseOpenError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _cmd_demo(args: argparse.Namespace) -> int:
    from cos_desktop.db.demo import load_demo_group

    if args.no_window:
        database = open_database_or_exit(args)
        with database.session() as session:
            group = load_demo_group(session)
            print(f"The demo group is ready: {group.name} ({len(group.participants)} parents).")
        database.dispose()
        return 0
    from cos_desktop.app import run_app

    return run_app(database_url(args), verbose=args.verbose, load_demo=True)


def _cmd_paths(args: argparse.Namespace) -> int:
    from cos_desktop.paths import data_dir, log_dir

    print(f"database: {database_url(args)}")
    print(f"data folder: {data_dir()}")
    print(f"log folder: {log_dir()}")
    return 0


def _cmd_present(args: argparse.Namespace) -> int:
    from cos_desktop.app import run_app

    options = {"group": args.group, "chapter": args.chapter, "start": args.start, "resume": args.resume,
               "windowed": args.windowed}
    return run_app(database_url(args), verbose=args.verbose, present=options)


COMMANDS = {
    "demo": _cmd_demo,
    "paths": _cmd_paths,
    "present": _cmd_present,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from cos_desktop.logging_setup import setup_logging

    setup_logging(args.verbose)
    if args.command is None:
        from cos_desktop.app import run_app

        return run_app(database_url(args), verbose=args.verbose)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
