"""A new date for one session, optionally moving the later ones with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from cos_desktop.ui.records.date_fields import typable


class MoveDateDialog(QDialog):
    """Change the date of a session; the later ones can move by the same amount."""

    def __init__(self, current: dt.date, later_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the date"))
        self.date = QDateEdit(QDate(current.year, current.month, current.day))
        self.date.setCalendarPopup(True)
        typable(self.date)
        self.shift = QCheckBox(self.tr("Move the %n later session(s) by the same amount", "", later_count))
        self.shift.setChecked(later_count > 0)
        self.shift.setEnabled(later_count > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&New date:"), self.date)
        form.addRow("", self.shift)
        form.addRow(buttons)
