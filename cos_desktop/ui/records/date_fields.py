"""Date and time fields that take typed digits: numbers in the locale's order, and the part under the cursor
selected, so typing replaces it (a field showing "Mon 30 Nov" refuses digits in its day and month names)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit


def numeric_date_format() -> str:
    """The locale's short date, always with a four-digit year: 05/02/2026, 2/5/2026, 2026/2/5..."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    return form if "/" in form or "." in form or "-" in form else "dd/MM/yyyy"


class _SelectSection(QObject):
    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonRelease):
            # After Qt has placed the cursor: the number under it is selected, and a typed digit replaces it.
            # The filter is the timer's context: a field closed at once (its dialog accepted) is not touched.
            QTimer.singleShot(0, self, self._select)
        return False

    def _select(self) -> None:
        if self.edit.hasFocus():
            self.edit.setSelectedSection(self.edit.currentSection())


def typable(edit: QDateTimeEdit, *, date: bool = True) -> QDateTimeEdit:
    """Make a date (or time) field take typed digits; returns it."""
    if date:
        edit.setDisplayFormat(numeric_date_format())
    selector = _SelectSection(edit)
    edit.installEventFilter(selector)
    line = edit.findChild(QLineEdit)
    if line is not None:
        line.installEventFilter(selector)
    return edit
