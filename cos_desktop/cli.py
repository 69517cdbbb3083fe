"""Command line: start the app, or run a headless command (demo, check, export, curriculum)."""

from __future__ import annotations

import argparse
import os
import sys

from cos_desktop import APP_NAME, __version__
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cos-desktop",
        description=translate("Cli", "{app}: plan, run and record Circle of Security Parenting sessions.").format(
            app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    from cos_desktop.core.database_address import add_database_option

    add_database_option(parser)
    parser.add_argument("--verbose", action="store_true", help=translate(
        "Cli", "print the log as well as writing it to file"))
    parser.add_argument("--language", metavar="CODE", help=translate(
        "Cli", "the language to use, such as es or en (default: Settings, else the system's)"))
    from cos_desktop import cli_private

    cli_private.add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _add_session_commands(commands)
    _add_document_commands(commands)
    _add_record_commands(commands)
    cli_private.add_commands(commands)
    return parser


def _add_session_commands(commands) -> None:
    """demo, paths, check and present: the app and the session it opens."""
    demo = commands.add_parser("demo", help=translate("Cli", "add the fictional demo group, then open the app on it"))
    demo.add_argument("--no-window", action="store_true", help=translate(
        "Cli", "only add the demo group; do not open the app"))

    check = commands.add_parser(
        "check", help=translate(
            "Cli", "check that a session is ready: its videos, VLC and the projector (exit 0 when ready)")
    )
    check.add_argument("--group", required=True, metavar="NAME", help=translate("Cli", "the group's name"))
    check.add_argument("--chapter", required=True, type=int, metavar="N", help=translate(
        "Cli", "the chapter number (1-8)"))
    check.add_argument("--quick", action="store_true", help=translate("Cli", "do not test-decode each video (faster)"))

    present = commands.add_parser(
        "present", help=translate(
            "Cli", "open the app straight into the presenter view (a group's next session, or a rehearsal)")
    )
    present.add_argument("--group", metavar="NAME", help=translate(
        "Cli", "the group (default: none, a rehearsal that records nothing)"))
    present.add_argument("--chapter", metavar="N", type=int, help=translate(
        "Cli", "the chapter (default: the group's next one)"))
    present.add_argument("--start", action="store_true", help=translate("Cli", "start the timer at once"))
    present.add_argument("--resume", action="store_true", help=translate(
        "Cli", "carry on with an interrupted session without asking"))
    present.add_argument("--windowed", action="store_true", help=translate("Cli", "do not fill the screen"))


def _add_document_commands(commands) -> None:
    """export and print."""
    from cos_desktop.export import DOCUMENT_KINDS

    export_cmd = commands.add_parser(
        "export",
        help=translate("Cli", "write a document as a PDF file, or a CSV file: {documents}").format(
            documents=", ".join(DOCUMENT_KINDS) + ", outcomes-csv, attendance-csv"),
        description=translate("Cli", "Write a printed document as a PDF file, without opening the app."),
    )
    from cos_desktop.cli_csv import CSV_KINDS  # outcomes-csv and attendance-csv

    _document_arguments(export_cmd, extra=tuple(CSV_KINDS))
    export_cmd.add_argument("--out", required=True, metavar="PATH", help=translate(
        "Cli", "the PDF (or CSV) file to write"))
    print_cmd = commands.add_parser(
        "print", help=translate("Cli", "print a document (the PDF goes to the printer as it is)"),
        description=translate("Cli", "Print a document on a printer, without opening the app."),
    )
    _document_arguments(print_cmd)
    print_cmd.add_argument("--printer", metavar="NAME", help=translate(
        "Cli", "the printer (default: the computer's default printer)"))
    print_cmd.add_argument("--copies", type=int, default=1, metavar="N", help=translate(
        "Cli", "how many copies (default 1)"))


def _add_record_commands(commands) -> None:
    """curriculum and parent: programme template files, and one parent's data; paths and backups."""
    curriculum = commands.add_parser("curriculum", help=translate(
        "Cli", "export, import or check a programme template file"))
    actions = curriculum.add_subparsers(dest="curriculum_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=translate(
        "Cli", "write a programme to a YAML or JSON file (by the file's suffix)"))
    export.add_argument("path", metavar="PATH")
    export.add_argument("--programme", metavar="NAME", help=translate(
        "Cli", "the programme's name (default: the built-in programme)"))
    importing = actions.add_parser("import", help=translate(
        "Cli", "add the programme in a template file as a new programme"))
    importing.add_argument("path", metavar="PATH")
    validate = actions.add_parser("validate", help=translate(
        "Cli", "check a template file: exit 0 if valid, 1 with every problem"))
    validate.add_argument("path", metavar="PATH")

    parent_cmd = commands.add_parser("parent", help=translate(
        "Cli", "export everything held about one parent, or erase them"))
    parent_actions = parent_cmd.add_subparsers(dest="parent_command", metavar="ACTION", required=True)
    for name, text in (
        ("export", QT_TRANSLATE_NOOP("Cli", "write one parent's details, attendance and notes to a file (.txt or .json)")),
        ("erase", QT_TRANSLATE_NOOP("Cli", "erase one parent: list exactly what goes; nothing goes without --yes")),
    ):
        action = parent_actions.add_parser(name, help=translate("Cli", text))
        action.add_argument("--group", required=True, metavar="NAME", help=translate("Cli", "the group's name"))
        action.add_argument("--parent", required=True, metavar="NAME",
                            help=translate("Cli", "the parent's name (or #ID when two parents share a name)"))
        if name == "export":
            action.add_argument("--out", required=True, metavar="PATH", help=translate("Cli", "the file to write"))
        else:
            action.add_argument("--yes", action="store_true", help=translate(
                "Cli", "erase for good what the list shows"))
    from cos_desktop.db import backup_commands

    commands.add_parser("paths", help=translate("Cli", "print where COS Desktop keeps its database, backups and log"))
    backup_commands.add_arguments(commands)


def _document_arguments(command: argparse.ArgumentParser, extra: tuple[str, ...] = ()) -> None:
    """The choices shared by `export` and `print` (`extra`: more documents for this command)."""
    from cos_desktop.export import DOCUMENT_KINDS

    command.add_argument("document", choices=list(DOCUMENT_KINDS) + list(extra), help=translate(
        "Cli", "which document"))
    command.add_argument("--group", required=True, metavar="NAME", help=translate("Cli", "the group's name"))
    command.add_argument(
        "--chapter", type=int, metavar="N",
        help=translate(
            "Cli", "the chapter (parent summary, print pack, facilitator record, catch-up); default: the last one "
            "delivered"),
    )
    command.add_argument(
        "--part", type=int, metavar="N",
        help=translate("Cli", "for a chapter delivered in parts: which part (default: the first)"),
    )
    command.add_argument(
        "--participant", metavar="NAME",
        help=translate("Cli", "one parent: a named parent summary, a catch-up sheet, or a certificate"),
    )
    command.add_argument(
        "--per-parent", action="store_true",
        help=translate("Cli", "parent summary: one page per parent who agreed to be named, with their name at the top"),
    )
    command.add_argument("--paper", choices=["A4", "Letter"], help=translate(
        "Cli", "paper size (default: the saved setting, A4 at first)"))


def database_url(args: argparse.Namespace) -> str:
    from cos_desktop.core.paths import default_database_url

    return args.database or default_database_url()


def hold_write_lock_or_exit(args: argparse.Namespace):
    from cos_desktop.app import write_lock_or_exit

    return write_lock_or_exit(database_url(args))


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
        _lock = hold_write_lock_or_exit(args)  # noqa: F841 (held until the command ends)
        database = open_database_or_exit(args)
        with database.session() as session:
            group = load_demo_group(session)
            parents = len(group.participants)  # counts go to translate() as plain names (for lupdate)
            print(translate(
                "Cli", "The demo group is ready: {group} (%n parent(s)).", "", parents).format(group=group.name))
        database.dispose()
        return 0
    from cos_desktop.app import run_app

    return run_app(database_url(args), verbose=args.verbose, load_demo=True)


def load_document(args: argparse.Namespace):
    """(views, paper, service) for `export` and `print`, or an exit code after saying why not.
    Each name taken out of a parent page is listed first."""
    from cos_desktop.core.report_views import summarise_replacements
    from cos_desktop.db.report_queries import ReportLookupError, document_views
    from cos_desktop.db.settings import paper_size, service_details

    database = open_database_or_exit(args)
    found: list = []
    try:
        with database.session() as session:
            try:
                views = document_views(
                    session, args.document, args.group, chapter=args.chapter, part=args.part,
                    participant=args.participant, per_parent=args.per_parent, found=found,
                )
            except ReportLookupError as exc:
                print(f"{APP_NAME}: {exc}", file=sys.stderr)
                return 1
            for r in summarise_replacements(found):
                line = translate("Cli", "Taken out of the parents' pages: \u201c{found}\u201d ({name}) -> "
                                 "\u201c{replacement}\u201d").format(
                                     found=r.found, name=r.name, replacement=r.replaced_with)
                times = r.count
                print(line if times == 1 else line + translate("Cli", " (%n times)", "", times))
            return views, args.paper or paper_size(session), service_details(session)
    finally:
        database.dispose()


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.document.endswith("-csv"):
        from cos_desktop.cli_csv import export_csv
        return export_csv(args, open_database_or_exit)

    from cos_desktop.export import DOCUMENT_KINDS, build_document

    out = Path(args.out)
    if out.is_dir():
        print(f"{APP_NAME}: " + translate("Cli", "{path} is a folder; give a file name such as {example}").format(
            path=out, example=out / (args.document + ".pdf")), file=sys.stderr)
        return 1
    loaded = load_document(args)
    if isinstance(loaded, int):
        return loaded
    views, paper, service = loaded
    partial = out.with_name(out.name + ".part")
    try:
        pages = build_document(args.document, views, str(partial), paper=paper, service=service)
        partial.replace(out)
        _audit_document(args, "export")
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"{APP_NAME}: " + translate("Cli", "cannot write {path}: {reason}. Choose another folder.").format(
            path=out, reason=exc.strerror or exc), file=sys.stderr)
        return 3
    from cos_desktop.export.printing import pack_lines

    for line in pack_lines(views):
        print(line)
    print(translate("Cli", "{document}: %n page(s) written to {path}", "", pages).format(
        document=DOCUMENT_KINDS[args.document].title, path=out))
    return 0


def _cmd_print(args: argparse.Namespace) -> int:
    from cos_desktop.export.printing import print_command

    loaded = load_document(args)
    if isinstance(loaded, int):
        return loaded
    code = print_command(args, *loaded)
    if code == 0:
        _audit_document(args, "print")
    return code


def _audit_document(args: argparse.Namespace, action: str) -> None:
    """The audit trail: who exported or printed which document (db/audit.py)."""
    from cos_desktop.db import audit, store
    from cos_desktop.export import DOCUMENT_KINDS

    database = open_database_or_exit(args)
    try:
        with database.session() as session:
            audit.record_document(session, action, DOCUMENT_KINDS[args.document].label,
                                  store.group_by_name(session, args.group).id, parent_name=args.participant,
                                  chapter=args.chapter)
            session.commit()
    finally:
        database.dispose()


def _cmd_present(args: argparse.Namespace) -> int:
    from cos_desktop.app import run_app

    options = {"group": args.group, "chapter": args.chapter, "start": args.start, "resume": args.resume,
               "windowed": args.windowed}
    return run_app(database_url(args), verbose=args.verbose, present=options)


def _cmd_curriculum(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cos_desktop.core import curriculum_file as cf

    path = Path(args.path)
    if args.curriculum_command == "validate":
        try:
            spec = cf.load_file(path)
        except cf.CurriculumFileError as exc:
            _print_problems(path, exc.problems)
            return 1
        segments = sum(len(c.segments) for c in spec.chapters)
        print(translate("Cli", "{path}: valid: {name}, {chapters} chapters, {segments} segments.").format(
            path=path, name=repr(spec.name), chapters=len(spec.chapters), segments=segments))
        return 0
    if args.curriculum_command == "import":
        try:
            spec = cf.load_file(path)
        except cf.CurriculumFileError as exc:
            _print_problems(path, exc.problems)
            print(translate("Cli", "Nothing was imported."), file=sys.stderr)
            return 1
        from cos_desktop.db import store

        _lock = hold_write_lock_or_exit(args)  # noqa: F841 (held until the command ends)
        database = open_database_or_exit(args)
        with database.session() as session:
            curriculum, missing = store.import_curriculum(session, spec)
            session.commit()
            chapters, videos = len(curriculum.chapters), len(missing)
            print(translate("Cli", "Imported {name} (%n chapter(s)) as a new programme.", "", chapters)
                  .format(name=repr(curriculum.name)))
            if missing:
                print(translate(
                    "Cli", "%n video(s) need locating on this computer (open the media library):", "", videos))
                for name in missing:
                    print(f"  {name}")
        database.dispose()
        return 0
    from cos_desktop.db import store

    database = open_database_or_exit(args)
    try:
        with database.session() as session:
            if args.programme:
                curriculum = store.template_by_name(session, args.programme)
                if curriculum is None:
                    names = ", ".join(repr(c.name) for c in store.templates(session)) or translate("Cli", "none yet")
                    print(f"{APP_NAME}: " + translate("Cli", "there is no programme called {name}. Programmes: {names}")
                          .format(name=repr(args.programme), names=names), file=sys.stderr)
                    return 1
            else:
                curriculum = store.ensure_builtin_template(session)
            try:
                store.export_curriculum(curriculum, path)
            except cf.CurriculumFileError as exc:
                _print_problems(Path(curriculum.name), exc.problems)
                return 1
            except OSError as exc:
                print(f"{APP_NAME}: " + translate("Cli", "cannot write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc), file=sys.stderr)
                return 1
            print(translate("Cli", "Exported {name} to {path}.").format(name=repr(curriculum.name), path=path))
    finally:
        database.dispose()
    return 0


def _print_problems(path, problems: list[str]) -> None:
    count = len(problems)
    print(translate("Cli", "{path}: %n problem(s):", "", count).format(path=path), file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


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
                names = ", ".join(g.name for g in store.groups(session)) or translate("Cli", "none yet")
                print(f"{APP_NAME}: " + translate("Cli", "there is no group called {name} (groups: {names}).").format(
                    name=repr(args.group), names=names), file=sys.stderr)
                return 2
            chapter = next((c for c in group.curriculum.chapters if c.position == args.chapter), None)
            if chapter is None:
                count = len(group.curriculum.chapters)
                print(f"{APP_NAME}: " + translate(
                    "Cli", "{group} has no chapter {chapter} (chapters 1-{count}).").format(
                    group=group.name, chapter=args.chapter, count=count), file=sys.stderr)
                return 2
            backend = create_backend(embedded=False, options=["--aout=dummy"])
            try:
                report = check_chapter(chapter, backend, screens=connected_screens(), decode=not args.quick)
            finally:
                backend.release()
            print(translate("Cli", "Group: {group}").format(group=group.name))
            print(report.text())
            return 0 if report.ready else 1
    finally:
        database.dispose()


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "present": _cmd_present,
    "curriculum": _cmd_curriculum,
    "export": _cmd_export,
    "print": _cmd_print,
    "parent": lambda args: __import__("cos_desktop.cli_parent").cli_parent.cmd_parent(args),
    "protect": lambda args: __import__("cos_desktop.cli_private").cli_private.cmd_protect(args),
    "agency": lambda args: __import__("cos_desktop.cli_private").cli_private.cmd_agency(args),
}


# paths, backup, backups and restore: bodies in db/backup_commands.py (restore takes the lock in app.py).
COMMANDS.update(dict.fromkeys(("paths", "backup", "backups", "restore"), lambda args: __import__(
    "cos_desktop.app").app.backup_command(args, database_url(args))))


def main(argv: list[str] | None = None) -> int:
    from cos_desktop.cli_language import choose_language

    choose_language(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    from cos_desktop.logging_setup import setup_logging

    setup_logging(args.verbose)
    from cos_desktop.app import refuse_bad_database_argument

    if refuse_bad_database_argument(args):
        return 2
    from cos_desktop.cli_private import ask_server_password, unlock_if_protected

    gui = args.command in (None, "present") or (args.command == "demo" and not args.no_window)
    ask_server_password(args, gui=gui)
    unlock_if_protected(args, gui=gui)
    if args.command is None:
        from cos_desktop.app import run_app

        return run_app(database_url(args), verbose=args.verbose)
    from cos_desktop.app import run_command

    return run_command(COMMANDS[args.command], args, database_url(args))


if __name__ == "__main__":
    raise SystemExit(main())
