"""New group: name, delivery, weekday and start time, first date; the 8 dates follow weekly.
A date on a public holiday is marked, with a one-click offer to move it and the later ones a week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from cos_desktop.core import local_formats
from cos_desktop.core.kinds import Delivery
from cos_desktop.core.plan import CHAPTER_COUNT, next_weekday_on_or_after, weekly_dates
from cos_desktop.core.public_holidays import HolidayCalendar, first_clash, move_from
from cos_desktop.ui.records.date_fields import typable

ONLINE_PARTS, ONLINE_MINUTES = 2, 60  # online groups: each chapter in two 60-minute sessions


class NewGroupDialog(QDialog):
    """A new group; with `group`, the same form edits an existing group's details (dates: see the schedule)."""

    def __init__(self, templates: list[tuple[int, str]], parent: QWidget | None = None, group=None,
                 holidays: HolidayCalendar | None = None):
        super().__init__(parent)
        self.holidays = holidays or HolidayCalendar()
        self.dates: list[dt.date] = []
        self.setWindowTitle(self.tr("New group") if group is None else self.tr("Edit group"))
        self.name = QLineEdit()
        self.name.setObjectName("groupName")
        self.name.setPlaceholderText(self.tr("For example: Tuesday evening group"))
        self.delivery = QComboBox()
        self.delivery.addItem(self.tr("Group (several parents)"), Delivery.GROUP.value)
        self.delivery.addItem(self.tr("Individual (one parent or a couple)"), Delivery.INDIVIDUAL.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(20, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(Delivery.GROUP.default_session_minutes)
        self.delivery.currentIndexChanged.connect(self._delivery_changed)
        self.online = QCheckBox(self.tr("&Online: each chapter in two 60-minute parts"))
        self.online.setObjectName("onlineParts")
        self.online.setToolTip(self.tr("Every chapter is split into two parts fitted to 60 minutes, each part a "
                                       "session with its own date"))
        self.online.toggled.connect(self._online_toggled)
        self.weekday = QComboBox()
        for day in range(7):  # in the chosen language: "Monday", "lunes"
            self.weekday.addItem(local_formats.weekday_name(day).capitalize())
        self.start_time = QTimeEdit(QTime(18, 30))
        # 18:30 or 6:30 PM, as the clock is set (core/local_formats)
        self.start_time.setDisplayFormat("HH:mm" if local_formats.uses_24_hour() else "h:mm AP")
        typable(self.start_time, date=False)
        today = dt.date.today()
        self.first_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.first_date.setCalendarPopup(True)
        typable(self.first_date)  # digits in the locale's order; the weekday is the field above
        self.weekday.setCurrentIndex(today.weekday())
        self.weekday.currentIndexChanged.connect(self._weekday_changed)
        self.first_date.dateChanged.connect(self._date_changed)
        self.venue = QLineEdit()
        self.facilitators = QLineEdit()
        self.template = QComboBox()
        for template_id, name in templates:
            self.template.addItem(name, template_id)
        self.schedule = QLabel()
        self.schedule.setObjectName("scheduleDates")
        self.schedule.setWordWrap(True)
        self.holiday_note = QLabel()
        self.holiday_note.setObjectName("holidayNote")
        self.holiday_note.setWordWrap(True)
        self.move_button = QPushButton()
        self.move_button.setObjectName("moveHolidayButton")
        self.move_button.clicked.connect(self._move_clash)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create group"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Delivery:"), self.delivery)
        form.addRow("", self.online)
        form.addRow(self.tr("Session &length:"), self.minutes)
        form.addRow(self.tr("&Weekday:"), self.weekday)
        form.addRow(self.tr("&Start time:"), self.start_time)
        form.addRow(self.tr("&First session:"), self.first_date)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("Faci&litators:"), self.facilitators)
        form.addRow(self.tr("&Programme:"), self.template)
        form.addRow(self.tr("Dates:"), self.schedule)
        form.addRow("", self.holiday_note)
        form.addRow("", self.move_button)
        form.addRow(self.buttons)
        self._date_changed()
        self._validate()
        if group is not None:
            self._fill(group, form)

    def _fill(self, group, form: QFormLayout) -> None:
        self.name.setText(group.name)
        self.delivery.setCurrentIndex(max(self.delivery.findData(group.delivery), 0))
        self.minutes.setValue(group.session_minutes)
        self.start_time.setTime(QTime(group.start_time.hour, group.start_time.minute))
        self.venue.setText(group.venue)
        self.facilitators.setText(group.facilitators)
        for widget in (self.weekday, self.first_date, self.template, self.schedule, self.holiday_note, self.move_button,
                       self.online):
            form.setRowVisible(widget, False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))

    def edited_values(self) -> dict:
        """The details an existing group can change here (for records.update_group)."""
        values = self.values()
        return {key: values[key] for key in ("name", "delivery", "session_minutes", "start_time", "venue", "facilitators")}

    def _delivery_changed(self) -> None:
        if not self.online.isChecked():
            self.minutes.setValue(Delivery(self.delivery.currentData()).default_session_minutes)

    def _online_toggled(self, online: bool) -> None:
        """Online in parts: 60-minute sessions and twice as many dates (one per part)."""
        self.minutes.setEnabled(not online)
        if online:
            self.minutes.setValue(ONLINE_MINUTES)
        else:
            self._delivery_changed()
        self._date_changed()

    def session_count(self) -> int:
        return CHAPTER_COUNT * (ONLINE_PARTS if self.online.isChecked() else 1)

    def _weekday_changed(self, weekday: int) -> None:
        first = self.first_date.date().toPython()
        moved = next_weekday_on_or_after(first, weekday)
        self.first_date.setDate(QDate(moved.year, moved.month, moved.day))

    def _date_changed(self) -> None:
        first = self.first_date.date().toPython()
        self.weekday.blockSignals(True)
        self.weekday.setCurrentIndex(first.weekday())
        self.weekday.blockSignals(False)
        self._show_dates(weekly_dates(first, self.session_count()))

    def _grow_to_fit(self) -> None:
        """Taller when the wrapped dates or the holiday note need it: nothing is cut at the top or bottom."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), min(needed, self.screen().availableGeometry().height()))

    def _show_dates(self, dates: list[dt.date]) -> None:
        """The dates, each holiday marked by name (a star and words, not colour alone)."""
        self.dates = dates
        clashes = self.holidays.clashes(dates)
        self.schedule.setText(" · ".join(  # not commas: some locales write a comma inside a date
            local_formats.day_month(d) + (f" ★ {clashes[i]}" if i in clashes else "") for i, d in enumerate(dates)))
        QTimer.singleShot(0, self._grow_to_fit)  # 16 dates of an online group wrap onto more lines
        clash = first_clash(dates, self.holidays)
        if clash is None:
            self.holiday_note.setText(self.tr(self.holidays.problem) if self.holidays.problem else "")
        else:
            self.holiday_note.setText(self.tr("★ Session {n} falls on a public holiday ({name}).").format(
                n=clash + 1, name=clashes[clash]))
            self.move_button.setText(self.tr("Move session {n} and the later ones a week later").format(n=clash + 1))
        self.holiday_note.setVisible(bool(self.holiday_note.text()))
        self.move_button.setVisible(clash is not None)

    def _move_clash(self) -> None:
        clash = first_clash(self.dates, self.holidays)
        if clash == 0:  # the first date itself: the field moves, and the rest follow it
            moved = self.dates[0] + dt.timedelta(weeks=1)
            self.first_date.setDate(QDate(moved.year, moved.month, moved.day))
        elif clash is not None:
            self._show_dates(move_from(self.dates, clash))

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "delivery": Delivery(self.delivery.currentData()),
            "session_minutes": self.minutes.value(),
            "start_time": self.start_time.time().toPython(),
            "first_date": self.first_date.date().toPython(),
            "dates": list(self.dates),
            "venue": self.venue.text().strip(),
            "facilitators": self.facilitators.text().strip(),
            "template_id": self.template.currentData(),
            "parts": ONLINE_PARTS if self.online.isChecked() else 1,
        }
