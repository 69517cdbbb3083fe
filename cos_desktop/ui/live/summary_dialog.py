"""The end-of-session screen: planned against actual minutes per segment, with the total.

Shown when a session ends and again from the group's history. `add_action_button` gives other
features a place for their buttons (printing a summary, say).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.programme_text import programme_text
from cos_desktop.core.run_summary import RunSummary


def mm_ss(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(int(seconds)), 60)
    return f"{sign}{minutes}:{secs:02d}"


def whole_minutes_mislead(summary: RunSummary) -> bool:
    """True when whole minutes would not add up or would hide time (1 + 1 + 1 shown as a total of 4)."""
    covered = [s.actual_seconds for s in summary.segments if s.covered]
    if sum(whole_minutes(a) for a in covered) != whole_minutes(summary.actual_total_seconds):
        return True
    return any(0 < a < 60 for a in covered)


class SessionSummaryDialog(QDialog):
    def __init__(self, summary: RunSummary, title: str, parent: QWidget | None = None, *, run=None):
        super().__init__(parent)
        self.summary = summary
        self.run = run  # the SessionRun, when the session belongs to a group
        self.setObjectName("sessionSummary")
        self.setWindowTitle(self.tr("Session summary"))
        heading = QLabel(title)
        heading.setObjectName("summaryHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("summaryTable")
        self.table.setAccessibleName(self.tr("Time per segment"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self._rows(summary)
        self.table.setHorizontalHeaderLabels([
            self.tr("Segment"), self.tr("Planned (min)"),
            self.tr("Actual (m:ss)") if self.exact else self.tr("Actual (min)"), self.tr("Difference")])
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == len(rows) - 1:
                    bold = item.font()
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(row, column, item)

        self.adjustments = QLabel()
        self.adjustments.setObjectName("summaryAdjustments")
        self.adjustments.setTextFormat(Qt.TextFormat.PlainText)
        self.adjustments.setWordWrap(True)
        if summary.adjustments:
            lines = [self.tr("Changes made during the session:")]
            for adjustment in summary.adjustments:
                # Recorded in English ("Rebalanced to finish on time", "10 -> 12 min"): shown translated.
                what = self.tr(adjustment.description) if adjustment.description else ""
                lines.append(self.tr("• Segment {number}: {change}").format(
                    number=adjustment.segment_position, change=what))
            self.adjustments.setText("\n".join(lines))
        self.adjustments.setVisible(bool(summary.adjustments))

        # Extra buttons from other features go here, left of Close.
        self.action_row = QHBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(self.action_row)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adjustments)
        layout.addLayout(bottom)
        self.resize(720, 560)

    def _rows(self, summary: RunSummary) -> list[tuple[str, str, str, str]]:
        """Actual time against the plan as changed during the session, the original beside it."""
        self.exact = whole_minutes_mislead(summary)
        rows = []
        for outcome in summary.segments:
            planned = str(whole_minutes(outcome.planned_seconds))
            if outcome.changed:
                planned = self.tr("{now} (was {was})").format(now=planned, was=whole_minutes(outcome.original_seconds))
            actual = self._time(outcome.actual_seconds) if outcome.covered else self.tr("skipped")
            difference = self._difference(outcome.actual_seconds, outcome.planned_seconds) if outcome.covered else ""
            rows.append((f"{outcome.position}. {programme_text(outcome.title)}", planned, actual, difference))
        planned_total = str(whole_minutes(summary.planned_total_seconds))
        if summary.planned_total_seconds != summary.original_total_seconds:
            planned_total = self.tr("{now} (was {was})").format(
                now=planned_total, was=whole_minutes(summary.original_total_seconds))
        rows.append((self.tr("Total"), planned_total, self._time(summary.actual_total_seconds),
                     self._difference(summary.actual_total_seconds, summary.planned_total_seconds)))
        return rows

    def _time(self, seconds: int) -> str:
        return mm_ss(seconds) if self.exact else str(whole_minutes(seconds))

    def _difference(self, actual_seconds: int, planned_seconds: int) -> str:
        if self.exact:
            difference = actual_seconds - planned_seconds
            return self.tr("on time") if difference == 0 else ("+" if difference > 0 else "") + mm_ss(difference)
        minutes = whole_minutes(actual_seconds) - whole_minutes(planned_seconds)
        if minutes == 0:
            return self.tr("on time")
        return self.tr("{minutes} min").format(minutes=f"{minutes:+d}")

    def add_action_button(self, text: str, callback) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: callback())
        self.action_row.addWidget(button)
        return button

    def table_texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]
