"""The erase confirmation in the window says until when the automatic backups still hold the parent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from cos_desktop.core.report_views import long_date
from cos_desktop.db import backup as backups
from cos_desktop.db.encryption import sqlite_path
from cos_desktop.db.erasure import backups_expire_on
from cos_desktop.ui.records.erase_dialog import EraseDialog


def read_and_cancel(seen: dict):
    """When the confirmation is up: read it as a person would, then press Cancel."""
    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(20, look)
            return
        label = dialog.findChild(QLabel, "eraseBackups")
        seen["note"] = label.text() if label.isVisible() else ""
        seen["details"] = dialog.details.toPlainText()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    QTimer.singleShot(0, look)


def test_the_erase_confirmation_names_the_date_the_backups_let_the_parent_go(main_window_factory, qtbot):
    window = main_window_factory(demo=True)
    backups.take_backup(sqlite_path(window.database_url))
    page = window.group_page
    page.participants.setCurrentRow(1)  # Ben
    seen: dict = {}
    read_and_cancel(seen)
    qtbot.mouseClick(page.erase_parent_button, Qt.MouseButton.LeftButton)
    assert seen["details"].startswith("• The parent Ben T. (demo)")
    assert f"deleted on or soon after {long_date(backups_expire_on(dt.date.today()))}" in seen["note"]
    assert window.participants.count() == 8  # cancelled: nothing erased


def test_a_new_database_without_backups_says_none_hold_the_parent(main_window_factory, qtbot):
    window = main_window_factory(demo=True)
    page = window.group_page
    page.participants.setCurrentRow(0)
    seen: dict = {}
    read_and_cancel(seen)
    qtbot.mouseClick(page.erase_parent_button, Qt.MouseButton.LeftButton)
    assert seen["note"] == "No automatic backup holds these records."
