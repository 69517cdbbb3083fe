"""The Outcomes page: a group's pre/post measures and each parent's totals, typed into a grid.

Parents run down, each measure has a Pre, a Post and a Change column. Type a total and press Enter
(moves down, like a spreadsheet) or Tab (moves right); a total outside the measure's range is not
saved and the line under the grid says why. Only totals are kept, never a questionnaire's items.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.measures import (
    SCORE_LIMIT,
    Direction,
    checked_spec,
    format_change,
    format_score,
    mean_text,
    measure_outcome,
)
from cos_desktop.ui.appearance import GOOD, MUTED, PROBLEM, WARNING, ink_cell, keep_styled, text_style, tinted_cell

WHEN = ("pre", "post", "change")
# Meanings (appearance.py gives their shades for the palette in use); ▲ and ▼ say the same in the cell.
ERROR_COLOUR = PROBLEM
IMPROVED_BACKGROUND = GOOD
WORSENED_BACKGROUND = WARNING


class MeasureDialog(QDialog):
    """Add or change a measure: its name, lowest and highest total, and which way is better."""

    def __init__(self, parent=None, *, name: str = "", low: float = 0, high: float = 40,
                 direction: str = Direction.HIGHER.value):
        super().__init__(parent)
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("Change measure") if name else self.tr("Add a measure"))
        self.name = QLineEdit(name)
        self.name.setObjectName("measureName")
        self.name.setPlaceholderText(self.tr("e.g. the questionnaire's short name"))
        self.low, self.high = self._spin(low, "measureLow"), self._spin(high, "measureHigh")
        self.direction = QComboBox()
        self.direction.setObjectName("measureDirection")
        self.direction.addItem(self.tr("A higher total is better"), Direction.HIGHER.value)
        self.direction.addItem(self.tr("A lower total is better (e.g. stress)"), Direction.LOWER.value)
        self.direction.setCurrentIndex(max(0, self.direction.findData(direction)))
        self.problem = QLabel()
        self.problem.setObjectName("measureProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(ERROR_COLOUR, self))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Lowest total:"), self.low)
        form.addRow(self.tr("&Highest total:"), self.high)
        form.addRow(self.tr("&Better when:"), self.direction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Only the questionnaire's total is kept for each parent, never the answers.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.name.setFocus()

    @staticmethod
    def _spin(value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setDecimals(1)
        spin.setRange(-SCORE_LIMIT, SCORE_LIMIT)
        spin.setValue(value)
        return spin

    def values(self) -> tuple[str, float, float, str]:
        return self.name.text(), self.low.value(), self.high.value(), self.direction.currentData()

    def accept(self) -> None:
        try:
            checked_spec(*self.values())
        except ValueError as exc:
            self.problem.setText(str(exc))  # the dialog stays open to put it right
            return
        super().accept()


class ScoreTable(QTableWidget):
    """The grid: Enter saves and moves down, Tab saves and moves right; Change columns are computed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("measuresGrid")
        self.setAccessibleName(self.tr("Outcome scores"))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.refused = False  # the last total typed was not saved: stay on its cell

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Delete or Backspace on a total clears it, as in a spreadsheet.
        item = self.currentItem()
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None
                and self.state() != QAbstractItemView.State.EditingState
                and item.flags() & Qt.ItemFlag.ItemIsEditable and item.text()):
            item.setText("")
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt name)
        refused, self.refused = self.refused, False
        if refused:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: down, like a spreadsheet
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            row = self.currentRow() + 1
            if row < self.rowCount():
                self.setCurrentCell(row, self.currentColumn())
            return
        super().closeEditor(editor, hint)


class MeasuresPage(QWidget):
    """The Outcomes tab of the main window."""

    changed = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("measuresPage")
        self.window_ = window
        self.group_id: int | None = None
        self.grid_data = None
        self.table = ScoreTable()
        self.table.itemChanged.connect(self._typed)
        self.message = QLabel()
        self.message.setObjectName("measuresMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("measuresSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(self.tr(
            "Pre and post questionnaire totals for each parent. Type a total and press Enter (down) or Tab "
            "(right). Only totals are kept, never the answers to single questions."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        if hasattr(window, "groupChanged"):
            window.groupChanged.connect(lambda: self.show_group(window.current_group()))

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add measure..."))
        self.add_button.setObjectName("addMeasure")
        self.add_button.clicked.connect(lambda: self.add_measure())
        self.edit_button = QPushButton(self.tr("C&hange measure..."))
        self.edit_button.setObjectName("editMeasure")
        self.edit_button.clicked.connect(lambda: self.edit_measure())
        self.delete_button = QPushButton(self.tr("&Delete measure..."))
        self.delete_button.setObjectName("deleteMeasure")
        self.delete_button.clicked.connect(lambda: self.delete_measure())
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        # For a funder's spreadsheet (also `cos-desktop export outcomes-csv` / `attendance-csv`).
        self.csv_buttons = {}
        for kind, text in (("outcomes", self.tr("Save outcomes as CS&V...")),
                           ("attendance", self.tr("Save attendance as CSV..."))):
            button = QPushButton(text)
            button.setObjectName(f"save{kind.capitalize()}Csv")
            button.clicked.connect(lambda _checked=False, k=kind: self.save_csv(k))
            self.csv_buttons[kind] = button
            row.addWidget(button)
        return row

    @property
    def session(self):
        return self.window_.session

    # ---- showing ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Parents may have been added on the Group page since: show them.
        if self.group_id is not None and self.session is not None:
            self._refresh()
        super().showEvent(event)

    def show_group(self, group) -> None:
        self.group_id = group.id if group is not None else None
        self.message.clear()
        self._refresh()

    def _refresh(self) -> None:
        from cos_desktop.db import measures

        has_group = self.group_id is not None and self.session is not None
        self.grid_data = measures.score_grid(self.session, self.group_id) if has_group else None
        for button in (self.add_button, self.edit_button, self.delete_button, *self.csv_buttons.values()):
            button.setEnabled(has_group)
        has_measures = bool(self.grid_data and self.grid_data.measures)
        self.edit_button.setEnabled(has_measures)
        self.delete_button.setEnabled(has_measures)
        self._fill_table()
        self._fill_summary()

    def _fill_table(self) -> None:
        table, data = self.table, self.grid_data
        table.blockSignals(True)
        table.clear()
        if data is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            table.blockSignals(False)
            return
        table.setRowCount(len(data.parents))
        table.setColumnCount(3 * len(data.measures))
        headers = []
        for m in data.measures:
            headers += [self.tr("{name}\nPre").format(name=m.name), self.tr("{name}\nPost").format(name=m.name),
                        self.tr("{name}\nChange").format(name=m.name)]
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([name for _pid, name in data.parents])
        for column, m in enumerate(data.measures):
            tip = self.tr("{name}: a total from {range}; {better}").format(
                name=m.name, range=m.spec.range_text, better=self.tr(m.spec.direction.label).lower())
            for offset in range(3):
                table.horizontalHeaderItem(3 * column + offset).setToolTip(tip)
            for row, (pid, _name) in enumerate(data.parents):
                self._fill_row_cells(row, column, m, pid)
        table.resizeColumnsToContents()
        table.blockSignals(False)

    def _fill_row_cells(self, row: int, column: int, measure, participant_id: int) -> None:
        for offset in range(2):
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(Qt.ItemDataRole.UserRole, (measure.id, participant_id, WHEN[offset]))
            self.table.setItem(row, 3 * column + offset, item)
        change = QTableWidgetItem()
        change.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Computed, so Tab and Enter pass over it (a cell that is not enabled is skipped).
        change.setFlags(Qt.ItemFlag.NoItemFlags)
        ink_cell(change, MUTED, self.table)
        self.table.setItem(row, 3 * column + 2, change)
        self._show_row(row, column, measure, participant_id)

    def _show_row(self, row: int, column: int, measure, participant_id: int) -> None:
        """Put the saved totals and their change in a row's existing cells (never replaced while
        one of them is being edited: Qt still holds the edited item)."""
        pre, post = self.grid_data.score(measure.id, participant_id)
        self.table.item(row, 3 * column).setText(format_score(pre))
        self.table.item(row, 3 * column + 1).setText(format_score(post))
        result = measure_outcome(measure.spec, [("", pre, post)]).parents[0]
        change = self.table.item(row, 3 * column + 2)
        text, colour, tip = format_change(result.change), None, ""
        if result.outcome is not None:
            tip = self.tr(result.outcome.label)
            if result.outcome.value != "stayed":
                improved = result.outcome.value == "improved"
                colour = IMPROVED_BACKGROUND if improved else WORSENED_BACKGROUND
                text += " ▲" if improved else " ▼"
        change.setText(text)
        change.setToolTip(tip)
        if colour is not None:
            tinted_cell(change, colour, self.table)
        else:
            change.setBackground(QBrush())
            ink_cell(change, MUTED, self.table)

    def _fill_summary(self) -> None:
        data = self.grid_data
        if data is None:
            self.summary.setText(self.tr("Choose a group to enter its parents' totals."))
            return
        if not data.measures:
            self.summary.setText(self.tr("No measures yet: Add measure... names one, with the range of its total."))
            return
        lines = []
        for m in data.measures:
            result = measure_outcome(m.spec, ((name, *data.score(m.id, pid)) for pid, name in data.parents))
            lines.append(self.tr("{name} ({range}, {better}): mean change {mean} (n = {n}); {up} improved, "
                                 "{same} the same, {down} worse").format(
                name=m.name, range=m.spec.range_text, better=self.tr(m.spec.direction.label).lower(),
                mean=mean_text(result.mean_change), n=result.n, up=result.improved, same=result.stayed,
                down=result.worsened))
        lines.append(self.tr("Change is post minus pre: ▲ better, ▼ worse, by the measure's direction."))
        self.summary.setText("\n".join(lines))

    # ---- typing totals ------------------------------------------------------------------------
    def _typed(self, item: QTableWidgetItem) -> None:
        from cos_desktop.db import measures
        from cos_desktop.db.transactions import NotSaved, committed

        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        measure_id, participant_id, when = key
        typed = item.text()
        try:
            committed(self.session, lambda: measures.set_score(self.session, measure_id, participant_id, when, typed))
        except (ValueError, NotSaved) as exc:
            detail = str(exc) if isinstance(exc, ValueError) else self.tr(
                "COS Desktop could not save this total ({detail}). Check that the disk is not full.").format(
                detail=exc.detail)
            self.table.refused = True
            self._show_problem(item, self.tr("Not saved: {detail}").format(detail=detail))
            return
        self.message.clear()
        row, column = item.row(), item.column()
        self.grid_data = measures.score_grid(self.session, self.group_id)
        self.table.blockSignals(True)
        m = next(m for m in self.grid_data.measures if m.id == measure_id)
        self._show_row(row, column // 3, m, participant_id)
        self.table.blockSignals(False)
        self._fill_summary()
        self.changed.emit()

    def _show_problem(self, item: QTableWidgetItem, text: str) -> None:
        measure_id, participant_id, when = item.data(Qt.ItemDataRole.UserRole)
        pre, post = self.grid_data.score(measure_id, participant_id)
        self.table.blockSignals(True)
        item.setText(format_score(pre if when == "pre" else post))  # what is really saved
        self.table.blockSignals(False)
        keep_styled(self.message, lambda: text_style(ERROR_COLOUR, self))
        self.message.setText(text)

    # ---- measures -----------------------------------------------------------------------------
    def current_measure(self):
        data = self.grid_data
        if data is None or not data.measures:
            return None
        column = max(self.table.currentColumn(), 0)
        return data.measures[min(column // 3, len(data.measures) - 1)]

    def add_measure(self):
        from cos_desktop.db import measures
        from cos_desktop.ui.errors import save

        if self.group_id is None:
            return None
        dialog = MeasureDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        if save(self.session, self, lambda: measures.add_measure(self.session, self.group_id, *values)):
            self._refresh()
            self.table.setCurrentCell(0, 3 * (len(self.grid_data.measures) - 1))
            self.table.setFocus()
            self.changed.emit()
        return dialog

    def edit_measure(self):
        from cos_desktop.db import measures
        from cos_desktop.ui.errors import save

        measure = self.current_measure()
        if measure is None:
            return None
        dialog = MeasureDialog(self, name=measure.name, low=measure.low, high=measure.high, direction=measure.direction)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        if save(self.session, self, lambda: measures.update_measure(self.session, measure.id, *values)):
            self.message.clear()
            self._refresh()
            self.changed.emit()
        return dialog

    def delete_measure(self) -> bool:
        """Delete the measure of the current column; when parents have totals for it, ask first."""
        from cos_desktop.db import measures
        from cos_desktop.ui.errors import save

        measure = self.current_measure()
        if measure is None:
            return False
        if measure.scored and not self._confirm_delete(measure):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Kept {name} and its totals.").format(name=measure.name))
            return False
        if not save(self.session, self, lambda: measures.delete_measure(self.session, measure.id)):
            return False
        self._refresh()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Deleted {name}.").format(name=measure.name))
        self.changed.emit()
        return True

    def _confirm_delete(self, measure) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete measure"), "", QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("confirmDeleteMeasure")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("{name} holds the totals of %n parent(s). Delete the measure and those totals? "
                            "This cannot be undone.", "", measure.scored).format(name=measure.name))
        delete = box.addButton(self.tr("Delete measure and totals"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    # ---- CSV files ------------------------------------------------------------------------------
    def save_csv(self, kind: str) -> str | None:
        """Save the group's outcomes or attendance as a CSV file (UTF-8 with BOM) chosen by the facilitator."""
        from PySide6.QtWidgets import QFileDialog

        from cos_desktop.db.measures import outcomes_view
        from cos_desktop.db.models import Group
        from cos_desktop.db.report_queries import programme_report_view
        from cos_desktop.export.csv_export import write_attendance_csv, write_outcomes_csv
        from cos_desktop.ui.errors import tell

        group = self.session.get(Group, self.group_id) if self.group_id is not None else None
        if group is None:
            return None
        what = self.tr("outcomes") if kind == "outcomes" else self.tr("attendance")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save {what} as CSV").format(what=what), f"{group.name} {kind}.csv",
            self.tr("CSV files (*.csv)"))
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            if kind == "outcomes":
                lines = write_outcomes_csv(outcomes_view(self.session, group), path)
            else:
                lines = write_attendance_csv(programme_report_view(self.session, group), path)
        except OSError as exc:
            tell(self, self.tr("Not saved"), self.tr("COS Desktop could not write {path} ({detail}). Choose another "
                                                     "folder.").format(path=path, detail=exc.strerror or exc),
                 warning=True)
            return None
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved %n line(s) to {path}.", "", lines).format(path=path))
        return path
