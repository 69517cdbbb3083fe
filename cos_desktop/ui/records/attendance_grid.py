"""Attendance: the grid of parents x chapters, and quick marking of one session (check-in).

Statuses are shown as words (and a letter), never by colour alone; a missed chapter is shaded
and says "missed".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.attendance import AttendanceGrid
from cos_desktop.core.kinds import AttendanceStatus
from cos_desktop.core import local_formats
from cos_desktop.core.parts import short_label
from cos_desktop.ui.appearance import GOOD, WARNING, tinted_cell

# Marking by keyboard: P, L, A, E; Delete or Backspace clears the mark.
STATUS_KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_L: "late", Qt.Key.Key_A: "absent", Qt.Key.Key_E: "excused",
               Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}
NO_KEY = object()


def status_for_key(event) -> object:
    """The status a key press asks for (None: clear), or NO_KEY when it is not a marking key."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.MetaModifier):
        return NO_KEY
    try:
        return STATUS_KEYS.get(Qt.Key(event.key()), NO_KEY)
    except ValueError:  # a key Qt has no name for
        return NO_KEY


# Meanings tinted for the palette in use (appearance.py); the cell's words ("missed", "Present") say it too.
MISSED_BACKGROUND = WARNING
ATTENDED_BACKGROUND = GOOD
STATUSES = [s.value for s in AttendanceStatus]
MIN_COLUMN_WIDTH = 96


class AttendanceGridView(QTableWidget):
    """Parents down, chapters across; click a cell to change a mark."""

    markRequested = Signal(int, int, object)  # participant id, run id, status or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.setAccessibleName(self.tr("Attendance"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.grid: AttendanceGrid | None = None
        self.cellClicked.connect(self._cell_clicked)
        self.horizontalHeader().setDefaultSectionSize(MIN_COLUMN_WIDTH)

    def labels(self) -> dict[str, str]:
        return {status.value: status.label for status in AttendanceStatus}  # in the chosen language

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Arrows move between cells; P, L, A or E marks the cell, Delete clears it."""
        status = status_for_key(event)
        item = self.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if status is not NO_KEY and data:
            self.markRequested.emit(data[0], data[1], status)
            return
        super().keyPressEvent(event)

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        place = (self.currentRow(), self.currentColumn())  # the cell being marked stays current
        self.grid = grid
        self.clear()
        if grid is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        labels = self.labels()
        self.setRowCount(len(grid.rows))
        self.setColumnCount(len(grid.columns) + 1)
        headers = [self.tr("Ch. {n}\n{date}").format(n=short_label(c.chapter_position, c.part, c.part_count),
                                                      date=local_formats.short_date(c.date))
                   for c in grid.columns]  # a chapter in parts: "Ch. 3.1", "Ch. 3.2"
        self.setHorizontalHeaderLabels(headers + [self.tr("Attended")])
        self.setVerticalHeaderLabels([r.name for r in grid.rows])
        for column_index, column in enumerate(grid.columns):
            self.horizontalHeaderItem(column_index).setToolTip(self.tr("{n}. {title}").format(
                n=column.chapter_position, title=column.chapter_title))
        delivered = sum(1 for c in grid.columns if c.delivered)
        for row_index, row in enumerate(grid.rows):
            for column_index, column in enumerate(grid.columns):
                status = grid.status(row.participant_id, column.run_id)
                missed = grid.missed(row.participant_id, column)
                text = labels.get(status, "") if status else ("—" if column.delivered else "")
                if missed:
                    text = self.tr("{status}\nmissed").format(status=text) if status else self.tr("missed")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, (row.participant_id, column.run_id))
                if missed:
                    tinted_cell(item, MISSED_BACKGROUND, self)
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self._missed_text(row.name, column))
                elif status and not column.delivered:
                    item.setToolTip(self.tr("Counted once this session has been delivered"))
                elif status in ("present", "late"):
                    tinted_cell(item, ATTENDED_BACKGROUND, self)
                self.setItem(row_index, column_index, item)
            total = QTableWidgetItem(self.tr("{n} of {d}").format(n=grid.attended_count(row.participant_id), d=delivered)
                                     if delivered else self.tr("none delivered yet"))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row_index, len(grid.columns), total)
        self._fit_columns()
        self.resizeRowsToContents()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if 0 <= place[0] < self.rowCount() and 0 <= place[1] < self.columnCount():
            self.setCurrentCell(*place)

    def _fit_columns(self) -> None:
        # A longer word in another language ("Justificado", "Ausente") widens its column rather than being cut.
        self.resizeColumnsToContents()
        for column in range(self.columnCount()):
            self.setColumnWidth(column, max(MIN_COLUMN_WIDTH, self.columnWidth(column)))

    def _missed_text(self, name: str, column) -> str:
        if column.part_count > 1:
            return self.tr("{name} missed part {part} of chapter {n}").format(
                name=name, part=column.part, n=column.chapter_position)
        return self.tr("{name} missed chapter {n}").format(name=name, n=column.chapter_position)

    def cell_text(self, participant_name: str, chapter_position: int) -> str:
        """What the grid shows for one parent and chapter (tests and screen readers)."""
        assert self.grid is not None
        row = next(i for i, r in enumerate(self.grid.rows) if r.name == participant_name)
        column = next(i for i, c in enumerate(self.grid.columns) if c.chapter_position == chapter_position)
        return self.item(row, column).text()

    def _cell_clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not data:
            return
        menu = QMenu(self)
        labels = self.labels()
        for status in STATUSES:
            menu.addAction(labels[status]).setData(status)
        menu.addSeparator()
        menu.addAction(self.tr("Not marked")).setData("")
        chosen = menu.exec(self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft()))
        if chosen is not None:
            self.markRequested.emit(data[0], data[1], chosen.data() or None)


class CheckInList(QWidget):
    """Quick marking for one session: each parent with Present / Late / Absent / Excused, and 'Mark all present'."""

    markRequested = Signal(int, object)  # participant id, status or None
    markAllRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkInList")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("checkInCount")
        self.all_present = QPushButton(self.tr("&Mark all present"))
        self.all_present.setObjectName("markAllPresent")
        self.all_present.setToolTip(self.tr("Marks everyone not yet marked as present; marks already made stay."))
        self.all_present.clicked.connect(self.markAllRequested)
        self.rows = QWidget()
        self.rows_layout = QGridLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from "Mark all present" to the first parent's buttons
        scroll.setWidget(self.rows)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.buttons: dict[int, dict[str, QPushButton]] = {}
        self._groups: list[QButtonGroup] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """On a mark button: P, L, A, E mark its parent, Delete clears; Up and Down go to the parent above or below."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        where = self._place_of(watched)
        if where is None:
            return False
        participant_id, status = where
        wanted = status_for_key(event)
        if wanted is not NO_KEY:
            self.markRequested.emit(participant_id, wanted)
            return True
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            order = list(self.buttons)
            index = order.index(participant_id) + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= index < len(order):
                self.buttons[order[index]][status].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _place_of(self, button) -> tuple[int, str] | None:
        for participant_id, row in self.buttons.items():
            for status, candidate in row.items():
                if candidate is button:
                    return participant_id, status
        return None

    def set_marks(self, heading: str, participants: list[tuple[int, str]], marks: dict[int, str]) -> None:
        focused = self._place_of(QApplication.focusWidget())  # rebuilt below: the same button keeps the focus
        self.heading.setText(heading)
        while self.rows_layout.count():
            widget = self.rows_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons, self._groups = {}, []
        labels = {status.value: status.label for status in AttendanceStatus}
        for row, (participant_id, name) in enumerate(participants):
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.rows_layout.addWidget(label, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(False)
            self._groups.append(group)
            self.buttons[participant_id] = {}
            for column, status in enumerate(STATUSES, start=1):
                button = QPushButton(labels[status])
                button.setCheckable(True)
                button.setChecked(marks.get(participant_id) == status)
                button.setObjectName(f"mark-{participant_id}-{status}")
                button.setAccessibleName(self.tr("{name}: {status}").format(name=name, status=labels[status]))
                button.clicked.connect(
                    lambda checked, pid=participant_id, st=status: self.markRequested.emit(pid, st if checked else None)
                )
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the Tab order on every platform
                button.installEventFilter(self)
                group.addButton(button)
                self.rows_layout.addWidget(button, row, column)
                button.show()  # at once (not at the next layout pass), so the keys can move the focus to it
                self.buttons[participant_id][status] = button
        self.rows_layout.setRowStretch(len(participants), 1)
        if focused is not None and focused[0] in self.buttons:
            self.buttons[focused[0]][focused[1]].setFocus(Qt.FocusReason.OtherFocusReason)
        marked = sum(1 for pid, _ in participants if marks.get(pid) in ("present", "late"))
        self.count_label.setText(self.tr("{n} of {total} here").format(n=marked, total=len(participants)))
        self.all_present.setEnabled(bool(participants))
