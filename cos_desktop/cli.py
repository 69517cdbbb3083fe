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

    check = commands.add_parser(
        "check", help="check that a session is ready: its videos, VLC and the projector (exit 0 when ready)"
    )
    check.add_argument("--group", required=True, metavar="NAME", help="the group's name")
    check.add_argument("--chapter", required=True, type=int, metavar="N", help="the chapter number (1-8)")
    check.add_argument("--quick", action="store_true", help="do not test-decode each video (faster)")
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


SCREEN_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print('\\n'.join(s.name() or 'screen' for s in app.screens()))\n"
)


def connected_screens() -> list[str] | None:
    """The names of the connected screens, or None when there is no display to ask.

    Asked in a child process: Qt ends a process that cannot reach its display.
    """
    import subprocess

    has_display = sys.platform in ("win32", "darwin") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    if not has_display:
        return None
    try:
        done = subprocess.run([sys.executable, "-c", SCREEN_PROBE], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return [line for line in done.stdout.splitlines() if line.strip()]


def _cmd_check(args: argparse.Namespace) -> int:
    from cos_desktop.db import store
    from cos_desktop.media.factory import create_backend
    from cos_desktop.media.preflight import check_chapter

    database = open_database_or_exit(args)
    try:
        with database.session() as session:
            group = store.group_by_name(session, args.group)
            if group is None:
                names = ", ".join(g.name for g in store.groups(session)) or "none yet"
                print(f"{APP_NAME}: there is no group called {args.group!r} (groups: {names}).", file=sys.stderr)
                return 2
            chapter = next((c for c in group.curriculum.chapters if c.position == args.chapter), None)
            if chapter is None:
                count = len(group.curriculum.chapters)
                print(f"{APP_NAME}: {group.name} has no chapter {args.chapter} (chapters 1-{count}).", file=sys.stderr)
                return 2
            backend = create_backend(embedded=False, options=["--aout=dummy"])
            try:
                report = check_chapter(chapter, backend, screens=connected_screens(), decode=not args.quick)
            finally:
                backend.release()
            print(f"Group: {group.name}")
            print(report.text())
            return 0 if report.ready else 1
    finally:
        database.dispose()


COMMANDS = {
    "demo": _cmd_demo,
    "paths": _cmd_paths,
    "check": _cmd_check,
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
