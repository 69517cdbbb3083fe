"""Backups in the app: taken after each session and on closing, and File > Restore from backup...

The copying, checking and rotating happen in db/backup.py; this module decides when, and shows
the backups with what each one holds so the facilitator can choose one to put back.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from cos_desktop.db.backup_commands import describe_line
from cos_desktop.db.engine import sqlite_file
from cos_desktop.ui.errors import report_error

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


# ---- automatic backups ------------------------------------------------------------------

def back_up_automatically(window) -> None:
    """Back up after every session that ends in `window`, and when it closes (at most hourly)."""
    window.presenterOpened.connect(lambda live: live.ended.connect(lambda _summary: back_up_now(window)))


def back_up_now(window, *, only_if_due: bool = False) -> Path | None:
    """One automatic backup of the window's SQLite database; None when not needed or not possible."""
    database = sqlite_file(window.database_url)
    if database is None or not database.exists():
        return None
    if only_if_due and not backups.backup_due(database):
        return None
    try:
        target = backups.take_backup(database)
    except backups.BackupError as exc:
        log.warning("automatic backup failed: %s", exc)
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("The automatic backup did not work: {why}").format(why=exc))
        return None
    log.info("backed up %s to %s", database, target)
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(tr("Backed up to {path}").format(path=target), 5000)
    return target


def back_up_on_close(database_url: str) -> Path | None:
    """When the app closes: a backup if the newest automatic one is over an hour old."""
    database = sqlite_file(database_url)
    if database is None or not database.exists() or not backups.backup_due(database):
        return None
    try:
        return backups.take_backup(database)
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
        self.setWindowTitle(tr("Restore from backup"))
        self.setObjectName("restoreDialog")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        self.intro.setObjectName("restoreIntro")
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(tr("Backups"))
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.folder_label = QLabel(wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("&Put this backup back"))
        self.restore_button.setObjectName("restoreButton")
        self.backup_button = QPushButton(tr("&Back up now"))
        self.backup_button.setObjectName("backupNowButton")
        self.folder_button = QPushButton(tr("Choose backup &folder..."))
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
            self.intro.setText(tr(backups.POSTGRES_NOTE))
            for button in (self.restore_button, self.backup_button, self.folder_button):
                button.setEnabled(False)
            return
        found = backups.list_backups(self.database)
        self.intro.setText(tr(
            "Choose a backup to put back. Your records as they are now are first kept aside (beside the "
            "database), so this can be undone." if found else
            "There are no backups yet. COS Desktop makes one after each session and when it closes; "
            "you can also back up now."))
        for backup in found:
            item = QListWidgetItem(describe_line(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.folder_label.setText(tr("Backups are kept in {folder}").format(folder=backups.backup_folder()))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def back_up(self) -> Path | None:
        target = back_up_now(self.window_)
        self.refresh()
        return target

    def choose_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Keep backups in"), str(backups.backup_folder()))
        if not folder:
            return
        try:
            backups.choose_backup_folder(Path(folder))
        except backups.BackupError as exc:
            report_error(tr("Backup folder"), str(exc), self)
        self.refresh()

    def restore_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None or self.database is None:
            return False
        if getattr(self.window_, "live_session", None) is not None:
            report_error(tr("Restore from backup"), tr("Finish the session that is running first."), self)
            return False
        chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.window_.close_database()
        try:
            aside = backups.restore_backup(self.database, chosen)
        except backups.BackupError as exc:
            report_error(tr("Restore from backup"), str(exc), self)
            self.window_.open_database()
            return False
        self.restored_from = chosen
        self.window_.open_database()
        if aside is not None:
            self.window_.statusBar().showMessage(
                tr("Backup put back. Your records as they were are kept at {path}").format(path=aside))
        self.accept()
        return True


def open_restore_dialog(window) -> RestoreDialog:
    dialog = RestoreDialog(window)
    dialog.open()
    return dialog
