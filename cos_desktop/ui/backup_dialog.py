"""Backups in the app: taken after each session and on closing, and File > Restore from backup...

The copying, checking and rotating happen in db/backup.py; this module decides when, and shows
the backups with what each one holds so the facilitator can choose one to put back.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cos_desktop.db import backup as backups
from cos_desktop.ui.errors import report_error
from cos_desktop.core import local_formats

log = logging.getLogger(__name__)


def sqlite_file(url: str) -> Path | None:
    """The SQLite file behind `url` (None for a server); SQLAlchemy is imported only when needed,
    as this module loads at start-up."""
    from cos_desktop.core.database_address import sqlite_file as file_of

    return file_of(url)


# ---- automatic backups ------------------------------------------------------------------

class BackupRunner(QObject):
    """Takes automatic backups on a worker thread: checking a large database takes a second or so,
    and the presenter must not freeze meanwhile. `finished` arrives on the GUI thread."""

    finished = Signal(object, str)  # the backup's path (or None), and why it failed ("" if it did not)

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.finished.connect(self._show)

    def start(self, *, only_if_due: bool = False) -> threading.Thread | None:
        database = sqlite_file(self.window_.database_url)
        if database is None or not database.exists():
            return None
        thread = threading.Thread(target=self._run, args=(database, only_if_due), name="backup", daemon=True)
        thread.start()
        return thread

    def _run(self, database: Path, only_if_due: bool) -> None:
        try:
            self.finished.emit(backups.take_backup(database, only_if_due=only_if_due), "")
        except backups.BackupError as exc:
            self.finished.emit(None, str(exc))

    def _show(self, target, problem: str) -> None:
        if problem:
            log.warning("automatic backup failed: %s", problem)
            self.window_.statusBar().showMessage(self.tr("The automatic backup did not work: {why}").format(why=problem))
        elif target is not None:
            log.info("backed up to %s", target)
            self.window_.statusBar().showMessage(self.tr("Backed up to {path}").format(path=target), 5000)


def back_up_automatically(window) -> BackupRunner:
    """Back up after every session that ends in `window` (the app also backs up on closing)."""
    runner = BackupRunner(window)
    window.backup_runner = runner
    def watch(live) -> None:
        if live.run is not None:  # a rehearsal records nothing, so there is nothing new to keep
            live.ended.connect(lambda _summary: runner.start())

    window.presenterOpened.connect(watch)
    return runner


def back_up_on_close(database_url: str) -> Path | None:
    """When the app closes: a backup if the newest automatic one is over an hour old."""
    database = sqlite_file(database_url)
    if database is None or not database.exists():
        return None
    try:
        return backups.take_backup(database, only_if_due=True)
    except backups.BackupError as exc:
        log.warning("backup on closing failed: %s", exc)
        return None


# ---- File > Restore from backup... ------------------------------------------------------

class RestoreDialog(QDialog):
    """The backups of this database, newest first, with their dates and what they hold."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.database = sqlite_file(window.database_url)
        self.restored_from: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("restoreDialog")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        self.intro.setObjectName("restoreIntro")
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.folder_label = QLabel(wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Put this backup back"))
        self.restore_button.setObjectName("restoreButton")
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNowButton")
        self.folder_button = QPushButton(self.tr("Choose backup &folder..."))
        self.folder_button.setObjectName("chooseFolderButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.database is None:
            self.intro.setText(QCoreApplication.translate("Backups", backups.POSTGRES_NOTE))
            for button in (self.restore_button, self.backup_button, self.folder_button):
                button.setEnabled(False)
            return
        from cos_desktop.db.backup_commands import describe_parts

        found = backups.list_backups(self.database)
        self.intro.setText(self.tr(
            "Choose a backup to put back. Your records as they are now are first kept aside (beside the "
            "database), so this can be undone.") if found else self.tr(
            "There are no backups yet. COS Desktop makes one after each session and when it closes; "
            "you can also back up now."))
        for backup in found:
            when, what = describe_parts(backup)
            item = QListWidgetItem(f"{when}\n    {what}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.folder_label.setText(self.tr("Backups are kept in {folder}").format(folder=backups.backup_folder()))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def back_up(self) -> Path | None:
        """Back up now, while the facilitator waits (a second or so for years of records)."""
        database = self.database
        target = None
        try:
            target = backups.take_backup(database)
        except backups.BackupError as exc:
            report_error(self.tr("Back up now"), str(exc), self)
        self.refresh()
        return target

    def choose_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Keep backups in"), str(backups.backup_folder()))
        if not folder:
            return
        try:
            backups.choose_backup_folder(Path(folder))
        except backups.BackupError as exc:
            report_error(self.tr("Backup folder"), str(exc), self)
        self.refresh()

    def restore_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None or self.database is None:
            return False
        if getattr(self.window_, "live_session", None) is not None:
            report_error(self.tr("Restore from backup"), self.tr("Finish the session that is running first."),
                         self)
            return False
        chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.window_.close_database()
        try:
            aside = backups.restore_backup(self.database, chosen)
        except backups.BackupError as exc:
            report_error(self.tr("Restore from backup"), str(exc), self)
            self.window_.open_database()
            return False
        self.restored_from = chosen
        self.window_.open_database()
        if aside is not None:
            self.window_.statusBar().showMessage(
                self.tr("Backup put back. Your records as they were are kept at {path}").format(path=aside))
        self.accept()
        return True


def open_restore_dialog(window) -> RestoreDialog:
    dialog = RestoreDialog(window)
    dialog.open()
    return dialog


# ---- after a damaged database stopped the app -------------------------------------------

def is_damaged(database: Path) -> bool:
    """True when SQLite itself finds the file damaged (a quick check, run only after opening failed)."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True


def offer_restore(database_url: str, parent=None) -> Path | None:
    """The database could not be opened because it is damaged: offer to put the newest backup back.

    Returns the backup put back, or None (no backup, not damaged, or the facilitator said no)."""
    from PySide6.QtWidgets import QMessageBox

    from cos_desktop.ui.errors import interactive

    from cos_desktop.db import encryption

    database = sqlite_file(database_url)
    if database is None or not database.exists() or not interactive():
        return None
    if encryption.looks_encrypted(database) or not is_damaged(database):  # only its key can tell
        return None
    found = [b for b in backups.list_backups(database) if b.kind != "before-restore"]
    if not found:
        return None
    newest = found[0]
    title = QCoreApplication.translate("Backups", "Put back the newest backup?")
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "Backups", "Your database is damaged. The newest backup was taken on {when}. Put it back now? The damaged "
        "file is kept aside, and anything typed after the backup was taken is not in it.").format(
        when=f"{local_formats.long_date(newest.taken)}, {local_formats.clock_time(newest.taken)}"), parent=parent)
    box.setObjectName("offerRestore")
    restore = box.addButton(QCoreApplication.translate("Backups", "Put the backup back"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Backups", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        backups.restore_backup(database, newest.path)
    except backups.BackupError as exc:
        report_error(QCoreApplication.translate("Backups", "Restore from backup"), str(exc), parent)
        return None
    return newest.path
