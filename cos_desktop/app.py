"""Start-up: one copy per database, the main window first, then the database behind it."""

from __future__ import annotations

import logging
import os
import sys

from cos_desktop import APP_ID, APP_NAME
from cos_desktop.ui.errors import report_error

log = logging.getLogger(__name__)


def resolve_database_argument(args) -> str:
    """Turn what was typed after --database into a URL (in args); '' when fine, else what to print."""
    if args.database is None:
        return ""
    from cos_desktop.core.database_address import DatabaseAddressError, database_url_from

    try:
        args.database = database_url_from(args.database)
    except DatabaseAddressError as exc:
        return str(exc)
    if args.database.startswith("sqlite"):
        return ""  # checked enough; SQLAlchemy is imported later, after the window shows
    from cos_desktop.db.engine import DatabaseOpenError, check_address

    try:
        check_address(args.database)
    except DatabaseOpenError as exc:
        return str(exc)
    return ""


def refuse_bad_database_argument(args) -> bool:
    """True (and the reason told) when --database names no usable database."""
    problem = resolve_database_argument(args)
    if not problem:
        return False
    if args.command in (None, "present") or (args.command == "demo" and not args.no_window):
        report_start_problem(problem)  # started from a desktop shortcut, perhaps: say it in a window too
    else:
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
    return True


def write_lock_or_exit(database_url: str):
    """The app's one-copy lock, held while a command writes; exit 2 with a message while the app is open."""
    lock, reason = acquire_lock(database_url, for_command=True)
    if lock is None:
        print(f"{APP_NAME}: {reason}", file=sys.stderr)
        raise SystemExit(2)
    return lock


def backup_command(args, database_url: str) -> int:
    """backup, backups and restore (restore changes the records, so it takes the lock)."""
    from cos_desktop.db import backup_commands

    lock = write_lock_or_exit(database_url) if args.command == "restore" else None
    try:
        return backup_commands.run(args.command, database_url, getattr(args, "to", None) or getattr(args, "path", None))
    finally:
        if lock is not None:
            lock.unlock()


def report_start_problem(message: str) -> None:
    """A problem found before the window opens: on stderr, and in a message box for a person at the screen."""
    make_application()
    report_error(APP_NAME, message)


def run_command(command, args, database_url: str) -> int:
    """A headless command; a database that fails while it works gets the same message as in the app."""
    try:
        return command(args)
    except Exception as exc:
        message, code = failure_message(exc, database_url)
        if not message:
            raise
        print(f"{APP_NAME}: {message}", file=sys.stderr)
        return code


def failure_message(exc: BaseException, database_url: str) -> tuple[str, int]:
    """(message, exit code) for a command that failed on bad text or a failing database; ('', 0) otherwise."""
    from cos_desktop.core.text_rules import TextRuleError

    if isinstance(exc, TextRuleError):
        return f"{exc} Nothing was saved.", 1
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return "", 0
    from sqlalchemy.engine import make_url

    from cos_desktop.core.database_address import sqlite_file
    from cos_desktop.db.problems import message_for

    path = sqlite_file(database_url)
    shown = str(path) if path else make_url(database_url).render_as_string(hide_password=True)
    return message_for(exc, shown, path), 3


def acquire_lock(database_url: str, *, for_command: bool = False):
    """A QLockFile held while the app (or a command that writes) runs; (None, reason) if another has it."""
    from PySide6.QtCore import QLockFile

    from cos_desktop.core.paths import lock_file_path

    path = lock_file_path(database_url)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        pass
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # only a lock whose process has gone is stale
    if lock.tryLock(100):
        return lock, ""
    if lock.error() == QLockFile.LockError.LockFailedError:
        if for_command:
            return None, (
                f"This database is open in {APP_NAME} (or another command is changing it). Close the app "
                "or wait for the command to finish, then run this command again: two programs changing "
                "the same records at once could mix up your notes. Reading commands (export, check, "
                "backups) work while the app is open."
            )
        return None, (
            f"This database is already open in {APP_NAME}. Switch to the window that is open "
            "(look in the task bar or dock). Opening it twice could mix up your notes."
        )
    return None, (
        f"Cannot create the lock file {path}: the folder may be read-only or the disk full. "
        "Make the folder writable, or start with --database pointing elsewhere."
    )


def prefer_x11_for_video() -> None:
    """On a Wayland desktop, use XWayland when it is there: VLC can draw video into our own
    windows only on X11 (Wayland gives no window handle to draw into)."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


# Up to 256 pixels: X11 sends every size to the window manager at start-up (512 would be 1 MB).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The name of the .desktop file (packaging/linux/): desktops match the window to it and its icon.
DESKTOP_FILE_NAME = "org.cosdesktop.CosDesktop"


def application_icon():
    """Our icon (resources/icons/, made by tools/make_icons.py) at each size the desktop may ask for."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from cos_desktop.core.paths import resource_path

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/cos-desktop-{size}.png")), QSize(size, size))
    return icon


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        prefer_x11_for_video()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(application_icon())
    from cos_desktop.ui import language

    language.install(app)
    return app


def _probe_startup(window) -> None:
    """For bench/startup.py: say when the window is on screen and when the programme is shown, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(0, lambda: print("shown", flush=True))

    def ready() -> None:
        print("ready", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.databaseReady.connect(ready)


def _protected(database_url: str) -> bool:
    """A passphrase-protected SQLite file (the unlock dialog is loaded only then)."""
    from cos_desktop.db import encryption as enc

    path = enc.sqlite_path(database_url)
    return path is not None and enc.looks_encrypted(path)


def run_app(database_url: str, *, verbose: bool = False, load_demo: bool = False, present: dict | None = None) -> int:
    from PySide6.QtCore import QTimer

    from cos_desktop.ui import crash_guard

    app = make_application()
    # A native crash leaves its trace in the log; an uncaught error is logged and told calmly.
    crash_guard.install()
    lock, reason = acquire_lock(database_url)
    if lock is None:
        report_error(APP_NAME, reason)
        return 1
    if _protected(database_url):
        from cos_desktop.ui.passphrase_dialog import unlock_before_opening

        if not unlock_before_opening(database_url):  # a protected database: its passphrase first
            lock.unlock()
            return 1
    from cos_desktop.ui.main_window import MainWindow

    window = MainWindow(database_url, load_demo=load_demo, present=present)
    window.show()
    QTimer.singleShot(0, lambda: _tell_missing_translation(window))
    if os.environ.get("COS_DESKTOP_STARTUP_PROBE"):
        _probe_startup(window)
    # Once the window is on screen, before the database opens (so before any session can start).
    QTimer.singleShot(0, lambda: _install_safety_nets(window))
    window.open_database_soon()
    try:
        code = app.exec()
    finally:
        window.close_database()
        from cos_desktop.ui.backup_dialog import back_up_on_close, offer_restore

        back_up_on_close(database_url)
        lock.unlock()
    if code == 2 and offer_restore(database_url) is not None:  # a damaged database, and a backup put back
        return run_app(database_url, verbose=verbose, load_demo=load_demo, present=present)
    return code


def _tell_missing_translation(window) -> None:
    from cos_desktop.ui import language

    notice = language.missing_catalogue_notice(language.resolve(language.asked()))
    if notice:
        window.statusBar().showMessage(notice, 20000)


def _install_safety_nets(window) -> None:
    """Backups after each session, and refused texts shown in words (see ui/backup_dialog, ui/refusals)."""
    from cos_desktop.ui import backup_dialog, refusals

    refusals.install(window)
    backup_dialog.back_up_automatically(window)
