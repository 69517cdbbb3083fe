"""A group's pages in the main window: its details, schedule and parents; its attendance.

Every change is committed at once; a failed save says so and changes nothing on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core import local_formats
from cos_desktop.core.kinds import run_status_label
from cos_desktop.core.parts import session_title
from cos_desktop.core.programme_text import programme_text
from cos_desktop.ui.errors import save, tell
from cos_desktop.ui.records.attendance_page import SessionAttendance  # noqa: F401 (the live check-in imports it from here)
from cos_desktop.ui.records.erase_dialog import EraseDialog
from cos_desktop.ui.records.move_date_dialog import MoveDateDialog
from cos_desktop.ui.records.parent_dialog import ParentDialog

log = logging.getLogger(__name__)


class GroupPage(QWidget):
    """Details, the schedule of sessions and the parents of the group chosen in the main window."""

    changed = Signal()  # something the rest of the window shows has changed
    reviewRequested = Signal(int)  # run id

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.group_id: int | None = None
        self.details = QLabel()
        self.details.setObjectName("groupDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit group..."))
        self.edit_button.clicked.connect(window.edit_group)

        self.schedule = QTableWidget(0, 4)
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setAccessibleName(self.tr("Session dates"))
        self.schedule.setHorizontalHeaderLabels([self.tr("Chapter"), self.tr("Date"), self.tr("Status"), self.tr("Notes")])
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the date column grows to show a holiday's name in full
        self.schedule.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.schedule.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.move_button = QPushButton(self.tr("Change &date..."))
        self.move_button.setObjectName("moveDate")
        self.move_button.clicked.connect(lambda: self.move_selected())
        self._build_holiday_offer()
        self.review_button = QPushButton(self.tr("&Review notes..."))
        self.review_button.setObjectName("reviewNotes")
        self.review_button.clicked.connect(lambda: self.review_selected())

        self.participants = QListWidget()
        self.participants.setObjectName("participantList")
        self.participants.setAccessibleName(self.tr("Parents"))
        self.add_parent_button = QPushButton(self.tr("&Add parent..."))
        self.add_parent_button.clicked.connect(window.add_participant)
        self.edit_parent_button = QPushButton(self.tr("E&dit..."))
        self.edit_parent_button.clicked.connect(lambda: self.edit_selected_parent())
        self.export_parent_button = QPushButton(self.tr("E&xport their data..."))
        self.export_parent_button.clicked.connect(lambda: self.export_selected_parent())
        self.erase_parent_button = QPushButton(self.tr("Erase..."))
        self.erase_parent_button.setObjectName("eraseParent")
        self.erase_parent_button.clicked.connect(lambda: self.erase_selected_parent())

        self.participants.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.schedule.currentCellChanged.connect(lambda *_: self._update_buttons())

        self._lay_out()
        self.holiday_clash = None  # the first planned session on a public holiday (run id)
        self.show_group(None)

    def _lay_out(self) -> None:
        """Sessions on the left, parents on the right."""
        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.edit_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sessions")))
        left.addWidget(self.schedule)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.move_button)
        left_buttons.addWidget(self.review_button)
        left_buttons.addStretch(1)
        left.addLayout(left_buttons)
        left.addWidget(self.holiday_note)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.holiday_button)
        left_buttons.addStretch(1)
        left.addLayout(left_buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Parents")))
        right.addWidget(self.participants)
        parent_buttons = QHBoxLayout()
        for button in (self.add_parent_button, self.edit_parent_button):
            parent_buttons.addWidget(button)
        right.addLayout(parent_buttons)
        privacy_buttons = QHBoxLayout()
        for button in (self.export_parent_button, self.erase_parent_button):
            privacy_buttons.addWidget(button)
        right.addLayout(privacy_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    @property
    def session(self):
        return self.window_.session

    def group(self):
        from cos_desktop.db.models import Group

        return self.session.get(Group, self.group_id) if self.group_id is not None and self.session else None

    def _build_holiday_offer(self) -> None:
        self.holiday_note = QLabel()
        self.holiday_note.setObjectName("holidayNote")
        self.holiday_note.setWordWrap(True)
        self.holiday_button = QPushButton()
        self.holiday_button.setObjectName("moveHolidayButton")
        self.holiday_button.clicked.connect(lambda: self.move_past_holiday())

    def show_group(self, group) -> None:
        self.group_id = group.id if group is not None else None
        self.schedule.setRowCount(0)
        self.participants.clear()
        for widget in (self.edit_button, self.add_parent_button):
            widget.setEnabled(group is not None)
        self._update_buttons()
        self._show_holidays(group)
        if group is None:
            self.details.setText(self.tr("Choose a group above, or make a new one, to see its sessions and parents."))
            return
        kind = self.tr("Group") if group.delivery == "group" else self.tr("Individual")
        parts = [
            self.tr("{kind}, {minutes} min, every {weekday} at {time}").format(
                kind=kind, minutes=group.session_minutes, weekday=local_formats.weekday_name(group.weekday),
                time=local_formats.clock_time(group.start_time)),
        ]
        if group.venue:
            parts.append(group.venue)
        if group.facilitators:
            parts.append(self.tr("with {names}").format(names=group.facilitators))
        if group.archived:
            parts.append(self.tr("(archived)"))
        self.details.setText(" · ".join(parts))
        from cos_desktop.db import records

        counts = records.note_counts(self.session, [r.id for r in group.sessions])
        self.schedule.setRowCount(len(group.sessions))
        marks = self._holiday_names(group)
        for row, run in enumerate(group.sessions):
            cells = (
                self.session_label(run),
                local_formats.day_month_year(run.date) + (f" ★ {marks[run.id]}" if run.id in marks else ""),
                self.tr(run_status_label(run.status)),
                str(counts.get(run.id, "")),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.id)
                self.schedule.setItem(row, column, item)
        for participant in group.participants:
            label = participant.display_name
            if participant.child_ages:
                label += self.tr(" (children: {ages})").format(ages=participant.child_ages)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            self.participants.addItem(item)

    def session_label(self, run) -> str:
        """'3. Title', or 'Chapter 3, part 1 of 2: Title' for a part of a chapter in parts."""
        if run.part_count <= 1:
            return self.tr("{n}. {title}").format(n=run.chapter_position, title=programme_text(run.chapter.title))
        return self.tr("{session}: {title}").format(
            session=session_title(run.chapter_position, run.part, run.part_count), title=programme_text(run.chapter.title))

    def _update_buttons(self) -> None:
        """A button that needs a session or a parent is available once one is chosen."""
        has_run = self.group_id is not None and self.schedule.currentRow() >= 0
        has_parent = self.group_id is not None and self.participants.currentItem() is not None
        for button in (self.move_button, self.review_button):
            button.setEnabled(has_run)
        for button in (self.edit_parent_button, self.export_parent_button, self.erase_parent_button):
            button.setEnabled(has_parent)

    # ---- schedule ---------------------------------------------------------------------
    def selected_run(self):
        from cos_desktop.db.models import SessionRun

        row = self.schedule.currentRow()
        item = self.schedule.item(row, 0) if row >= 0 else None
        return self.session.get(SessionRun, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def move_selected(self, new_date: dt.date | None = None, shift_later: bool | None = None) -> None:
        from cos_desktop.db import records

        run = self.selected_run()
        if run is None:
            return
        if new_date is None:
            later = sum(1 for r in run.group.sessions if (r.chapter_position, r.part) > (run.chapter_position, run.part))
            dialog = MoveDateDialog(run.date, later, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            new_date, shift_later = dialog.date.date().toPython(), dialog.shift.isChecked()
        row = self.schedule.currentRow()
        if save(self.session, self, lambda: records.move_session(self.session, run, new_date, shift_later=bool(shift_later))):
            self.changed.emit()
            self.schedule.selectRow(row)

    def _holiday_names(self, group) -> dict[int, str]:
        """{run id: holiday name} for the sessions still to come that fall on a public holiday."""
        from cos_desktop.core.kinds import RunStatus
        from cos_desktop.db import settings

        calendar = settings.holiday_calendar(self.session)
        self._holiday_problem = calendar.problem
        return {run.id: name for run in group.sessions
                if run.status == RunStatus.PLANNED.value and (name := calendar.name_on(run.date))}

    def _show_holidays(self, group) -> None:
        """A note and a one-click offer for the first session on a holiday; a plain note for an unknown country."""
        marks = self._holiday_names(group) if group is not None else {}
        clash = next((run for run in group.sessions if run.id in marks), None) if group is not None else None
        self.holiday_clash = clash.id if clash is not None else None
        if clash is not None and clash.part_count > 1:
            session = session_title(clash.chapter_position, clash.part, clash.part_count)
            self.holiday_note.setText(self.tr("★ {session} falls on a public holiday ({name}).").format(
                session=session, name=marks[clash.id]))
            self.holiday_button.setText(self.tr("Move {session} and the later sessions a week later").format(
                session=session))
        elif clash is not None:
            self.holiday_note.setText(self.tr("★ Chapter {n} falls on a public holiday ({name}).").format(
                n=clash.chapter_position, name=marks[clash.id]))
            self.holiday_button.setText(self.tr("Move chapter {n} and the later ones a week later").format(
                n=clash.chapter_position))
        else:
            problem = getattr(self, "_holiday_problem", "") if group is not None else ""
            self.holiday_note.setText(self.tr(problem) if problem else "")
        self.holiday_note.setVisible(bool(self.holiday_note.text()))
        self.holiday_button.setVisible(clash is not None)

    def move_past_holiday(self) -> None:
        """The offer's button: the session on the holiday and every later one, one week later."""
        from cos_desktop.db import records
        from cos_desktop.db.models import SessionRun

        run = self.session.get(SessionRun, self.holiday_clash) if self.holiday_clash is not None else None
        if run is None:
            return
        new_date = run.date + dt.timedelta(weeks=1)
        parent_row = self.participants.currentRow()  # the page is redrawn: keep the parent chosen
        if save(self.session, self, lambda: records.move_session(self.session, run, new_date, shift_later=True)):
            self.changed.emit()
            if 0 <= parent_row < self.participants.count():
                self.participants.setCurrentRow(parent_row)

    def review_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.reviewRequested.emit(run.id)

    # ---- parents ----------------------------------------------------------------------
    def selected_parent(self):
        from cos_desktop.db.models import Participant

        item = self.participants.currentItem()
        return self.session.get(Participant, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def edit_selected_parent(self) -> None:
        from cos_desktop.db import records

        participant = self.selected_parent()
        if participant is None:
            return
        others = {p.display_name for p in participant.group.participants if p.id != participant.id}
        dialog = ParentDialog(self, name=participant.display_name, ages=participant.child_ages,
                              consent=participant.consent_named, same_names=others)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if save(self.session, self, lambda: records.update_participant(
                self.session, participant, display_name=dialog.name.text(), child_ages=dialog.ages.text(),
                consent_named=dialog.consent.isChecked())):
            self.changed.emit()

    def export_selected_parent(self, path: str | None = None) -> str | None:
        from pathlib import Path

        from cos_desktop.db import records

        participant = self.selected_parent()
        if participant is None:
            return None
        if path is None:
            suggested = re.sub(r"[^\w\-. ]+", "_", participant.display_name).strip() or "parent"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export {name}'s data").format(name=participant.display_name),
                str(Path.home() / f"{suggested}.txt"), self.tr("Text (*.txt);;JSON (*.json)"))
            if not path:
                return None
        try:
            if not save(self.session, self, lambda: records.export_participant(self.session, participant, Path(path))):
                return None  # written, but its audit entry was not: the facilitator has been told
        except OSError as exc:
            tell(self, self.tr("Not exported"), self.tr("The file could not be written: {reason}.").format(
                reason=exc.strerror or exc), warning=True)
            return None
        self.window_.statusBar().showMessage(self.tr("Saved {name}'s data to {path}").format(
            name=participant.display_name, path=path), 8000)
        return path

    def erase_selected_parent(self, confirm=None) -> bool:
        """Erase the selected parent after the exact confirmation; `confirm(lines)` replaces the dialog in tests."""
        from cos_desktop.db import records
        from cos_desktop.db.erasure import backup_note, finish_erasure
        from cos_desktop.db.transactions import NotSaved, committed

        participant = self.selected_parent()
        if participant is None:
            return False
        plan = records.erase_plan(self.session, participant)
        if confirm is None:
            dialog = EraseDialog(plan.lines(), participant.display_name, self, backup_note(self.session))
            confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        else:
            confirmed = confirm(plan.lines())
        if not confirmed:
            return False
        try:
            committed(self.session, lambda: records.erase_participant(self.session, plan))
        except records.ErasePlanChanged as exc:
            tell(self, self.tr("Not erased"), str(exc))
            return False
        except NotSaved:
            tell(self, self.tr("Not erased"), self.tr("The database could not be changed; nothing was erased."), warning=True)
            return False
        finish_erasure(self.session)  # no trace left in the file
        self.changed.emit()
        return True
