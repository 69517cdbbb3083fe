"""The presenter's outline: every segment with its planned and actual minutes; click one to go there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from cos_desktop.core.live_run import RunSnapshot, RunState
from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.programme_text import programme_text


class PresenterOutline(QTableWidget):
    def __init__(self, controller, parent=None):
        super().__init__(0, 4, parent)
        self.controller = controller
        self.setObjectName("outline")
        self.setHorizontalHeaderLabels([self.tr("Now"), self.tr("Segment"), self.tr("Planned"), self.tr("Actual")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        head = self.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setToolTip(self.tr("Click a segment to go to it"))
        self.cellClicked.connect(lambda row, _column: self.controller.jump(row))

    def fill(self) -> None:
        snap = self.controller.snapshot()
        segments = self.controller.segments
        if self.rowCount() != len(segments):
            self.setRowCount(len(segments))
        started = snap.state is not RunState.NOT_STARTED
        for row, segment in enumerate(segments):
            now = started and row == snap.current and snap.state is not RunState.ENDED
            if now:
                status = self.tr("Now")
            elif snap.visited[row] and snap.actual_seconds[row] > 0:
                status = self.tr("Done")
            else:
                status = ""
            planned = str(whole_minutes(snap.planned_seconds[row]))
            if snap.planned_seconds[row] != segment.planned_seconds:
                planned = self.tr("{now} (was {was})").format(now=planned, was=whole_minutes(segment.planned_seconds))
            actual = str(whole_minutes(snap.actual_seconds[row])) if snap.visited[row] else ""
            self._set_row(row, (status, f"{segment.position}. {programme_text(segment.title)}", planned, actual), bold=now)

    def _set_row(self, row: int, cells, *, bold: bool) -> None:
        for column, text in enumerate(cells):
            item = self.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.setItem(row, column, item)
            item.setText(text)
            font = item.font()
            font.setBold(bold)
            item.setFont(font)

    def update_current_actual(self, snap: RunSnapshot) -> None:
        if snap.state is RunState.NOT_STARTED or not self.controller.segments:
            return
        item = self.item(snap.current, 3)
        if item is not None:
            text = str(whole_minutes(snap.actual_seconds[snap.current]))
            if item.text() != text:
                item.setText(text)
