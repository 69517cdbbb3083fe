"""The Attendance page: the group's grid, and check-in marking of one session (also used in the presenter)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from cos_desktop.ui.errors import save
from cos_desktop.ui.records.attendance_grid import AttendanceGridView, CheckInList
from cos_desktop.core import local_formats


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
        self.legend = QLabel(self.tr("Green: came (present or late). Orange, marked \"missed\": a delivered chapter the "
                                     "parent missed (absent, excused or not marked). Marks on a session not yet delivered "
                                     "count once it is delivered. Click a cell to change it; click a chapter's heading to "
                                     "mark its check-in below."))
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
        heading = self.tr("Check-in: chapter {n}, {date}").format(n=run.chapter_position, date=local_formats.day_month(run.date))
        if run.part_count > 1:  # each part of a chapter in parts has its own check-in
            heading = self.tr("Check-in: chapter {n}, part {part} of {count}, {date}").format(
                n=run.chapter_position, part=run.part, count=run.part_count, date=local_formats.day_month(run.date))
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
