"""A group's pages in the main window: its details, schedule and parents; its attendance.

Every change is committed at once; a failed save says so and changes nothing on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from cos_desktop.core.kinds import run_status_label
from cos_desktop.ui.errors import save, tell
from cos_desktop.ui.records.attendance_grid import AttendanceGridView, CheckInList

log = logging.getLogger(__name__)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ParentDialog(QDialog):
    """A parent's name, children's ages and consent to be named in printed material."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "", ages: str = "", consent: bool = False,
                 same_names: set[str] = frozenset()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parent"))
        self.same_names = same_names
        self.name = QLineEdit(name)
        self.name.setObjectName("parentName")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("A first name or initials is enough"))
        self.ages = QLineEdit(ages)
        self.ages.setObjectName("parentAges")
        self.ages.setMaxLength(200)
        self.ages.setPlaceholderText(self.tr("Optional, e.g. 2 and 4"))
        self.consent = QCheckBox(self.tr("May be named in printed material"))
        self.consent.setChecked(consent)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Children's ages:"), self.ages)
        form.addRow("", self.consent)
        form.addRow(self.warning)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = " ".join(self.name.text().split())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name))
        self.warning.setText(
            self.tr("Another parent in this group has this name; add an initial to tell them apart.")
            if name in self.same_names else ""
        )


class MoveDateDialog(QDialog):
    def __init__(self, current: dt.date, later_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the date"))
        self.date = QDateEdit(QDate(current.year, current.month, current.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.shift = QCheckBox(self.tr("Move the {n} later sessions by the same amount").format(n=later_count))
        self.shift.setChecked(later_count > 0)
        self.shift.setEnabled(later_count > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&New date:"), self.date)
        form.addRow("", self.shift)
        form.addRow(buttons)


class EraseDialog(QDialog):
    """Names exactly what erasing a parent removes; the button says it cannot be undone."""

    def __init__(self, lines: list[str], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {name}").format(name=name))
        intro = QLabel(self.tr("This removes, for good (it cannot be undone):"))
        self.details = QPlainTextEdit("\n".join("• " + line for line in lines))
        self.details.setObjectName("eraseDetails")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)


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
        self.schedule.setHorizontalHeaderLabels([self.tr("Chapter"), self.tr("Date"), self.tr("Status"), self.tr("Notes")])
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.move_button = QPushButton(self.tr("Change &date..."))
        self.move_button.setObjectName("moveDate")
        self.move_button.clicked.connect(lambda: self.move_selected())
        self.review_button = QPushButton(self.tr("&Review notes..."))
        self.review_button.setObjectName("reviewNotes")
        self.review_button.clicked.connect(lambda: self.review_selected())

        self.participants = QListWidget()
        self.participants.setObjectName("participantList")
        self.add_parent_button = QPushButton(self.tr("&Add parent..."))
        self.add_parent_button.clicked.connect(window.add_participant)
        self.edit_parent_button = QPushButton(self.tr("E&dit..."))
        self.edit_parent_button.clicked.connect(lambda: self.edit_selected_parent())
        self.export_parent_button = QPushButton(self.tr("E&xport their data..."))
        self.export_parent_button.clicked.connect(lambda: self.export_selected_parent())
        self.erase_parent_button = QPushButton(self.tr("Erase..."))
        self.erase_parent_button.setObjectName("eraseParent")
        self.erase_parent_button.clicked.connect(lambda: self.erase_selected_parent())

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
        self.show_group(None)

    @property
    def session(self):
        return self.window_.session

    def group(self):
        from cos_desktop.db.models import Group

        return self.session.get(Group, self.group_id) if self.group_id is not None and self.session else None

    def show_group(self, group) -> None:
        self.group_id = group.id if group is not None else None
        self.schedule.setRowCount(0)
        self.participants.clear()
        for widget in (self.edit_button, self.move_button, self.review_button, self.add_parent_button,
                       self.edit_parent_button, self.export_parent_button, self.erase_parent_button):
            widget.setEnabled(group is not None)
        if group is None:
            self.details.setText(self.tr("Choose a group above, or make a new one, to see its sessions and parents."))
            return
        kind = self.tr("Group") if group.delivery == "group" else self.tr("Individual")
        parts = [
            self.tr("{kind}, {minutes} min, {weekday}s at {time}").format(
                kind=kind, minutes=group.session_minutes, weekday=self.tr(WEEKDAYS[group.weekday]),
                time=group.start_time.strftime("%H:%M")),
        ]
        if group.venue:
            parts.append(group.venue)
        if group.facilitators:
            parts.append(self.tr("with {names}").format(names=group.facilitators))
        if group.archived:
            parts.append(self.tr("(archived)"))
        self.details.setText(" · ".join(parts))
        from sqlalchemy import func, select

        from cos_desktop.db.models import Note

        counts = dict(self.session.execute(
            select(Note.run_id, func.count()).where(Note.run_id.in_([r.id for r in group.sessions])).group_by(Note.run_id)
        ).all())
        self.schedule.setRowCount(len(group.sessions))
        for row, run in enumerate(group.sessions):
            cells = (
                f"{run.chapter_position}. {run.chapter.title}",
                run.date.strftime("%a %d %b %Y"),
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
            later = sum(1 for r in run.group.sessions if r.chapter_position > run.chapter_position)
            dialog = MoveDateDialog(run.date, later, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            new_date, shift_later = dialog.date.date().toPython(), dialog.shift.isChecked()
        row = self.schedule.currentRow()
        if save(self.session, self, lambda: records.move_session(self.session, run, new_date, shift_later=bool(shift_later))):
            self.changed.emit()
            self.schedule.selectRow(row)

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
            records.export_participant(self.session, participant, Path(path))
        except OSError as exc:
            tell(self, self.tr("Not exported"), self.tr("The file could not be written: {reason}.").format(
                reason=exc.strerror or exc), warning=True)
            return None
        self.window_.statusBar().showMessage(self.tr("Saved {name}'s data to {path}").format(
            name=participant.display_name, path=path), 8000)
        return path

    def erase_selected_parent(self, confirm=None) -> bool:
        """Erase the selected parent after the exact confirmation; `confirm(lines)` replaces the dialog in tests."""
        from sqlalchemy.exc import SQLAlchemyError

        from cos_desktop.db import records

        participant = self.selected_parent()
        if participant is None:
            return False
        plan = records.erase_plan(self.session, participant)
        if confirm is None:
            dialog = EraseDialog(plan.lines(), participant.display_name, self)
            confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        else:
            confirmed = confirm(plan.lines())
        if not confirmed:
            return False
        try:
            records.erase_participant(self.session, plan)
            self.session.commit()
        except records.ErasePlanChanged as exc:
            self.session.rollback()
            tell(self, self.tr("Not erased"), str(exc))
            return False
        except SQLAlchemyError:
            self.session.rollback()
            log.exception("erase failed")
            tell(self, self.tr("Not erased"), self.tr("The database could not be changed; nothing was erased."), warning=True)
            return False
        self.changed.emit()
        return True


class AttendancePage(QWidget):
    """The attendance grid of the group, and check-in marking for one chosen session."""

    changed = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.group_id: int | None = None
        self.grid = AttendanceGridView()
        self.grid.markRequested.connect(self._grid_mark)
        self.grid.horizontalHeader().sectionClicked.connect(self._column_clicked)
        self.check_in = SessionAttendance(window)
        self.check_in.changed.connect(self._marked)
        self.legend = QLabel(self.tr("Shaded cells: a delivered chapter the parent missed (absent, excused or not marked). "
                                     "Click a cell to change it; click a chapter's heading to mark its check-in below."))
        self.legend.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.check_in)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)

    def show_group(self, group, run_id: int | None = None) -> None:
        from cos_desktop.db import records

        self.group_id = group.id if group is not None else None
        session = self.window_.session
        self.grid.set_grid(records.attendance_grid(session, group) if group is not None else None)
        if group is None:
            self.check_in.set_run(None)
            return
        if run_id is None:
            current = self.check_in.run_id
            ids = [r.id for r in group.sessions]
            run_id = current if current in ids else None
        if run_id is None:
            from cos_desktop.db.store import next_session

            upcoming = next_session(group)
            run_id = (upcoming or group.sessions[-1]).id if group.sessions else None
        self.check_in.set_run(run_id)

    def _column_clicked(self, column: int) -> None:
        if self.grid.grid is not None and column < len(self.grid.grid.columns):
            self.check_in.set_run(self.grid.grid.columns[column].run_id)

    def _grid_mark(self, participant_id: int, run_id: int, status) -> None:
        if self.check_in.mark(participant_id, status, run_id=run_id):
            self._marked()

    def _marked(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.db.models import Group

        group = self.window_.session.get(Group, self.group_id) if self.group_id else None
        if group is not None:
            self.grid.set_grid(records.attendance_grid(self.window_.session, group))
        self.changed.emit()


class SessionAttendance(CheckInList):
    """Check-in marking of one session, saved at once (used in the main window and the presenter view)."""

    changed = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.run_id: int | None = None
        self.markRequested.connect(lambda pid, status: self.mark(pid, status) and self.changed.emit())
        self.markAllRequested.connect(self.mark_all_present)

    @property
    def session(self):
        return self.window_.session

    def set_run(self, run_id: int | None) -> None:
        from cos_desktop.db import records
        from cos_desktop.db.models import SessionRun

        self.run_id = run_id
        run = self.session.get(SessionRun, run_id) if run_id is not None else None
        if run is None:
            self.set_marks(self.tr("No session chosen"), [], {})
            return
        heading = self.tr("Check-in: chapter {n}, {date}").format(n=run.chapter_position, date=run.date.strftime("%a %d %b"))
        participants = [(p.id, p.display_name) for p in run.group.participants]
        self.set_marks(heading, participants, records.attendance_for_run(self.session, run))

    def mark(self, participant_id: int, status, run_id: int | None = None) -> bool:
        from cos_desktop.db import records
        from cos_desktop.db.models import Participant, SessionRun

        run = self.session.get(SessionRun, run_id or self.run_id)
        participant = self.session.get(Participant, participant_id)
        if run is None or participant is None:
            return False
        ok = save(self.session, self, lambda: records.set_attendance(self.session, run, participant, status))
        self.set_run(self.run_id)
        return ok

    def mark_all_present(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.db.models import SessionRun

        run = self.session.get(SessionRun, self.run_id) if self.run_id else None
        if run is not None and save(self.session, self, lambda: records.mark_all_present(self.session, run)):
            self.set_run(self.run_id)
            self.changed.emit()
