"""The planner: edit a programme's chapters and segments, fit them to length, share them as files.

Every edit is computed on a plain snapshot of the plan (core.plan_edit) and applied through one
undo command that restores the snapshot before or after it, then saved at once.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core import plan_edit
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.plan import format_clock, length_difference_text, start_offsets, whole_minutes

log = logging.getLogger(__name__)

COLUMNS = ("Start", "Minutes", "Kind", "Segment", "Video")
MERGE_ID = 7007




class PlanCommand(QUndoCommand):
    """One edit of a plan: undo restores the plan as it was, redo as it became; both are saved."""

    def __init__(self, planner: "PlannerView", curriculum_id: int, before: dict, after: dict, text: str,
                 *, merge_key=None, select_before=(0, 0), select_after=(0, 0)):
        super().__init__(text)
        self.planner = planner
        self.curriculum_id = curriculum_id
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.select_before = select_before
        self.select_after = select_after

    def id(self) -> int:  # noqa: A003 (Qt name)
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key \
                or other.curriculum_id != self.curriculum_id:
            return False
        self.after = other.after
        self.select_after = other.select_after
        return True

    def redo(self) -> None:
        applied = self.planner.apply_snapshot(self.curriculum_id, self.after, self.select_after)
        if applied is None:
            self.setObsolete(True)
        else:
            self.after = applied  # new segments now have their ids

    def undo(self) -> None:
        self.planner.apply_snapshot(self.curriculum_id, self.before, self.select_before)


class NewProgrammeCommand(QUndoCommand):
    """A programme made by "Save as new programme" or an import; undo removes it, redo brings it back."""

    def __init__(self, planner: "PlannerView", curriculum_id: int, text: str):
        super().__init__(text)
        self.planner = planner
        self.curriculum_id = curriculum_id
        self.snapshot: dict | None = None

    def redo(self) -> None:
        if self.snapshot is not None:
            self.planner.recreate_programme(self.snapshot)
        self.planner.show_programme(self.curriculum_id)

    def undo(self) -> None:
        self.snapshot = self.planner.remove_programme(self.curriculum_id)


class SegmentTable(QTableWidget):
    """The segments of a chapter; rows move by drag and drop or Ctrl+Up / Ctrl+Down."""

    moveRequested = Signal(int, int)  # from row, to row
    removeRequested = Signal()
    duplicateRequested = Signal()
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def drop_row_at(self, point: QPoint) -> int:
        """The row a segment dropped at `point` ends up in."""
        source = self.currentRow()
        index = self.indexAt(point)
        if not index.isValid():
            return self.rowCount() - 1
        row = index.row()
        rect = self.visualRect(index)
        if point.y() > rect.center().y():
            row += 1
        return row if row <= source else row - 1

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.source() not in (self, None) or self.currentRow() < 0:
            event.ignore()
            return
        source = self.currentRow()
        destination = self.drop_row_at(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if destination != source:
            self.moveRequested.emit(source, destination)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key, mods = event.key(), event.modifiers()
        move = Qt.KeyboardModifier.ControlModifier in mods or Qt.KeyboardModifier.AltModifier in mods
        row = self.currentRow()
        if move and key == Qt.Key.Key_Up and row > 0:
            self.moveRequested.emit(row, row - 1)
        elif move and key == Qt.Key.Key_Down and 0 <= row < self.rowCount() - 1:
            self.moveRequested.emit(row, row + 1)
        elif key == Qt.Key.Key_Delete and row >= 0:
            self.removeRequested.emit()
        elif key == Qt.Key.Key_Insert:
            self.addRequested.emit()
        elif key == Qt.Key.Key_D and Qt.KeyboardModifier.ControlModifier in mods and row >= 0:
            self.duplicateRequested.emit()
        else:
            super().keyPressEvent(event)


class ChapterList(QListWidget):
    """The chapters; Ctrl+Up / Ctrl+Down moves one (in a programme, not in a group's plan)."""

    moveRequested = Signal(int, int)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        mods = event.modifiers()
        move = Qt.KeyboardModifier.ControlModifier in mods or Qt.KeyboardModifier.AltModifier in mods
        row = self.currentRow()
        if move and event.key() == Qt.Key.Key_Up and row > 0:
            self.moveRequested.emit(row, row - 1)
        elif move and event.key() == Qt.Key.Key_Down and 0 <= row < self.count() - 1:
            self.moveRequested.emit(row, row + 1)
        else:
            super().keyPressEvent(event)


class WindowUndoFilter(QObject):
    """Send Ctrl+Z / Ctrl+Shift+Z in a text field to the window's undo history, not the field's own."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride:
            if any(event.matches(key) for key in self.KEYS) or (
                    event.key() == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                event.ignore()
                return True
        return False


class ImportProblemsDialog(QDialog):
    """Every problem in a file that could not be imported, each with where it is."""

    def __init__(self, path: Path, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setWindowTitle(self.tr("This file cannot be imported"))
        self.problems = problems
        intro = QLabel(
            self.tr("<b>Nothing was imported.</b> {file} has {count} problem(s). Fix them in the file and import it "
                    "again:").format(file=html.escape(path.name), count=len(problems))
        )
        intro.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)
        self.problem_list.setSpacing(3)
        self.problem_list.addItems(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(self.tr("&Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(lambda: QApplication.clipboard().setText("\n".join(problems)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)


class PlannerView(QWidget):
    """Edit the built-in programme, a copy of it, or a group's own plan (chapters not yet delivered)."""

    planChanged = Signal(int)  # curriculum id
    programmesChanged = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("planner")
        self._curriculum_id: int | None = None
        self._locked: set[int] = set()
        self._filling = False
        self.problems_dialog: ImportProblemsDialog | None = None

        self.programme_picker = QComboBox()
        self.programme_picker.setObjectName("programmePicker")
        self.programme_picker.setAccessibleName(self.tr("Programme to edit"))
        self.programme_picker.setMinimumContentsLength(12)
        self.programme_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme_picker.currentIndexChanged.connect(self._programme_picked)
        picker_label = QLabel(self.tr("P&rogramme:"))
        picker_label.setBuddy(self.programme_picker)
        self.save_as_button = QPushButton(self.tr("Save as new programme..."))
        self.save_as_button.clicked.connect(self.save_as_new)
        self.fit_button = QPushButton(self.tr("&Fit to length..."))
        self.fit_button.clicked.connect(self.fit_to_length)
        self.adopt_button = QPushButton(self.tr("Use in a group..."))
        self.adopt_button.setToolTip(self.tr("Give a group this programme for the chapters it has not had yet"))
        self.adopt_button.clicked.connect(self.adopt_in_group)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.programme_picker, 1)
        top.addWidget(self.save_as_button)
        top.addWidget(self.adopt_button)

        self.chapter_list = ChapterList()
        self.chapter_list.setObjectName("plannerChapters")
        self.chapter_list.moveRequested.connect(self.move_chapter)
        self.chapter_list.setSpacing(2)
        self.chapter_list.setAccessibleName(self.tr("Chapters"))
        self.chapter_list.setWordWrap(True)
        self.chapter_list.currentRowChanged.connect(lambda _row: self._show_chapter())

        self.add_chapter_button = QPushButton(self.tr("Add chapter"))
        self.add_chapter_button.clicked.connect(self.add_chapter)
        self.duplicate_chapter_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_chapter_button.clicked.connect(self.duplicate_chapter)
        self.remove_chapter_button = QPushButton(self.tr("Remove"))
        self.remove_chapter_button.clicked.connect(self.remove_chapter)
        self.chapter_buttons = (self.add_chapter_button, self.duplicate_chapter_button, self.remove_chapter_button)
        chapter_buttons = QGridLayout()
        chapter_buttons.addWidget(self.add_chapter_button, 0, 0)
        chapter_buttons.addWidget(self.duplicate_chapter_button, 0, 1)
        chapter_buttons.addWidget(self.remove_chapter_button, 1, 0)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chapter_list, 1)
        left_layout.addLayout(chapter_buttons)

        self.locked_banner = QLabel()
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setStyleSheet("background:#fff4ce; color:#4a3b00; padding:6px; border-radius:4px;")
        self.locked_banner.hide()
        self.chapter_title = QLineEdit()
        self.chapter_title.setObjectName("chapterTitleEdit")
        self.chapter_title.textEdited.connect(lambda text: text.strip() and self._chapter_field("title", text.strip()))
        self.target = QSpinBox()
        self.target.setObjectName("targetMinutes")
        self.target.setRange(10, 480)
        self.target.setSuffix(self.tr(" min"))
        self.target.valueChanged.connect(lambda value: self._chapter_field("target_minutes", value))
        self.total = QLabel()
        self.total.setObjectName("plannerTotal")
        bold = QFont(self.total.font())
        bold.setBold(True)
        self.total.setFont(bold)
        chapter_row = QHBoxLayout()
        chapter_row.addWidget(QLabel(self.tr("Chapter title:")))
        chapter_row.addWidget(self.chapter_title, 1)
        target_label = QLabel(self.tr("&Length:"))
        target_label.setBuddy(self.target)
        length_row = QHBoxLayout()
        length_row.addWidget(target_label)
        length_row.addWidget(self.target)
        length_row.addWidget(self.total)
        length_row.addStretch(1)
        length_row.addWidget(self.fit_button)

        self.table = SegmentTable()
        self.table.setObjectName("plannerSegments")
        self.table.setAccessibleName(self.tr("Segments"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._fill_form())
        self.table.moveRequested.connect(self.move_segment)
        self.table.removeRequested.connect(self.remove_segment)
        self.table.duplicateRequested.connect(self.duplicate_segment)
        self.table.addRequested.connect(self.add_segment)

        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_segment)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_segment)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self.remove_segment)
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.up_button.clicked.connect(lambda: self._move_by(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self._move_by(1))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.table.setToolTip(self.tr("Drag a row, or press Ctrl+Up / Ctrl+Down, to move a segment."))

        self.segment_title = QLineEdit()
        self.segment_title.setObjectName("segmentTitleEdit")
        self.segment_title.textEdited.connect(lambda text: text.strip() and self._segment_field("title", text.strip()))
        self.kind = QComboBox()
        self.kind.setObjectName("segmentKind")
        for kind in SegmentKind:
            self.kind.addItem(self.tr(kind.label), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._segment_field("kind", self.kind.currentData()))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("segmentMinutes")
        self.minutes.setRange(plan_edit.MIN_MINUTES, plan_edit.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(lambda value: self._segment_field("planned_seconds", value * 60))
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("facilitatorPrompt")
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMinimumHeight(48)
        self.prompt.textChanged.connect(lambda: self._segment_field("facilitator_prompt", self.prompt.toPlainText()))
        self.takeaway = QPlainTextEdit()
        self.takeaway.setObjectName("parentTakeaway")
        self.takeaway.setTabChangesFocus(True)
        self.takeaway.setMinimumHeight(48)
        self.takeaway.textChanged.connect(lambda: self._segment_field("parent_takeaway", self.takeaway.toPlainText()))
        self.video = QComboBox()
        self.video.setObjectName("segmentVideo")
        self.video.setMinimumContentsLength(12)
        self.video.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.video.currentIndexChanged.connect(lambda _i: self._video_picked())
        self.link_button = QPushButton(self.tr("Link a file..."))
        self.link_button.clicked.connect(self.link_video_file)
        video_row = QHBoxLayout()
        video_row.addWidget(self.video, 1)
        video_row.addWidget(self.link_button)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.segment_title)
        kind_minutes = QHBoxLayout()
        kind_minutes.addWidget(self.kind, 1)
        minutes_label = QLabel(self.tr("M&inutes:"))
        minutes_label.setBuddy(self.minutes)
        kind_minutes.addWidget(minutes_label)
        kind_minutes.addWidget(self.minutes)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_minutes)
        form.addRow(self.tr("For &you (facilitator):"), self.prompt)
        form.addRow(self.tr("For pa&rents (take-away):"), self.takeaway)
        video_label = QLabel(self.tr("&Video:"))
        video_label.setBuddy(self.video)
        form.addRow(video_label, video_row)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        self._undo_filter = WindowUndoFilter(self)
        for field in (self.chapter_title, self.segment_title, self.prompt, self.takeaway, self.minutes, self.target):
            field.installEventFilter(self._undo_filter)
        self.prompt.setUndoRedoEnabled(False)
        self.takeaway.setUndoRedoEnabled(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.locked_banner)
        right_layout.addLayout(chapter_row)
        right_layout.addLayout(length_row)
        inner = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(row_buttons)
        inner.addWidget(table_box)
        inner.addWidget(self.form_box)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        inner.setSizes([430, 270])
        right_layout.addWidget(inner, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # ---- wiring into the main window ----------------------------------------------------------
    def install_actions(self, window) -> None:
        def action(menu, text, slot, shortcut=None, name=None):
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if name:
                act.setObjectName(name)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        self.import_action = action(window.file_menu, self.tr("&Import a programme file..."), self.import_dialog,
                                    None, "importProgramme")
        self.export_action = action(window.file_menu, self.tr("&Export this programme..."), self.export_dialog,
                                    None, "exportProgramme")
        for act in (self.import_action, self.export_action):  # above Quit
            window.file_menu.removeAction(act)
            quit_action = window.file_menu.actions()[-1]
            window.file_menu.insertAction(quit_action, act)
        window.edit_menu.addSeparator()
        action(window.edit_menu, self.tr("&Fit to length..."), self.fit_to_length, "Ctrl+Shift+L", "fitToLength")

    @property
    def session(self):
        return self.window_.session

    @property
    def undo_stack(self):
        return self.window_.undo_stack

    # ---- which programme ------------------------------------------------------------------------
    def refresh_programmes(self, select_id: int | None = None) -> None:
        """Fill the programme picker: templates first, then each group's own plan."""
        from cos_desktop.db import store

        if self.session is None:
            return
        if select_id is None:
            select_id = self._curriculum_id
        self.programme_picker.blockSignals(True)
        self.programme_picker.clear()
        for template in store.templates(self.session):
            label = template.name + (self.tr(" (built in)") if template.builtin else "")
            self.programme_picker.addItem(label, template.id)
        for group in store.groups(self.session):
            self.programme_picker.addItem(self.tr("Plan of group: {name}").format(name=group.name), group.curriculum_id)
        index = self.programme_picker.findData(select_id) if select_id is not None else 0
        self.programme_picker.setCurrentIndex(max(index, 0))
        self.programme_picker.blockSignals(False)
        self._programme_picked()

    def show_programme(self, curriculum_id: int) -> None:
        self.refresh_programmes(curriculum_id)

    def curriculum(self):
        from cos_desktop.db.models import Curriculum

        if self._curriculum_id is None or self.session is None:
            return None
        return self.session.get(Curriculum, self._curriculum_id)

    def _programme_picked(self) -> None:
        same = self._curriculum_id is not None and self._curriculum_id == self.programme_picker.currentData()
        self._curriculum_id = self.programme_picker.currentData()
        curriculum = self.curriculum()
        is_template = curriculum is not None and curriculum.is_template
        self.adopt_button.setEnabled(is_template)
        for button in self.chapter_buttons:
            button.setEnabled(is_template)
            button.setToolTip("" if is_template else self.tr(
                "A group's chapters match its sessions; change chapters in a programme, then use it in the group."))
        self.save_as_button.setEnabled(curriculum is not None)
        self._reload(keep_rows=same)

    # ---- showing the plan ----------------------------------------------------------------------
    def _reload(self, keep_rows: bool = True, select: tuple[int, int] | None = None) -> None:
        from cos_desktop.db import store

        curriculum = self.curriculum()
        chapter_row = self.chapter_list.currentRow() if keep_rows else 0
        segment_row = self.table.currentRow() if keep_rows else 0
        if select is not None:
            chapter_row, segment_row = select
        self._locked = store.locked_chapter_ids(self.session, curriculum) if curriculum is not None else set()
        self.chapter_list.blockSignals(True)
        self.chapter_list.clear()
        for chapter in curriculum.chapters if curriculum else []:
            item = QListWidgetItem(self._chapter_label(chapter))
            self.chapter_list.addItem(item)
        self.chapter_list.setCurrentRow(max(0, min(chapter_row, self.chapter_list.count() - 1)))
        self.chapter_list.blockSignals(False)
        self._show_chapter(segment_row)

    def _chapter_label(self, chapter) -> str:
        minutes = whole_minutes(chapter.planned_seconds)
        text = self.tr("{n}. {title}\n{minutes} of {target} min ({difference})").format(
            n=chapter.position, title=chapter.title, minutes=minutes, target=chapter.target_minutes,
            difference=self.tr(length_difference_text(chapter.planned_seconds, chapter.target_minutes)),
        )
        if chapter.id in self._locked:
            text += self.tr(" - delivered")
        return text

    def current_chapter(self):
        curriculum = self.curriculum()
        row = self.chapter_list.currentRow()
        if curriculum is None or not 0 <= row < len(curriculum.chapters):
            return None
        return curriculum.chapters[row]

    def current_segment(self):
        chapter = self.current_chapter()
        row = self.table.currentRow()
        if chapter is None or not 0 <= row < len(chapter.segments):
            return None
        return chapter.segments[row]

    def _show_chapter(self, segment_row: int = 0) -> None:
        chapter = self.current_chapter()
        self._filling = True
        try:
            locked = chapter is None or chapter.id in self._locked
            self.locked_banner.setVisible(chapter is not None and chapter.id in self._locked)
            self.locked_banner.setText(self.tr(
                "This chapter has been delivered or is running, so its plan is kept as it was on the day."))
            for widget in (self.chapter_title, self.target, self.table, self.form_box, self.add_button,
                           self.duplicate_button, self.remove_button, self.up_button, self.down_button):
                widget.setEnabled(not locked)
            self.table.setEnabled(chapter is not None)
            if chapter is None:
                self.table.setRowCount(0)
                self.chapter_title.clear()
                self.total.clear()
                return
            if self.chapter_title.text().strip() != chapter.title:
                self.chapter_title.setText(chapter.title)
            self.target.setValue(chapter.target_minutes)
            self._fill_table(chapter)
            row = max(0, min(segment_row, self.table.rowCount() - 1))
            self.table.setCurrentCell(row, 0)
        finally:
            self._filling = False
        self._fill_form()

    def _fill_table(self, chapter) -> None:
        table = self.table
        offsets = start_offsets(s.planned_seconds for s in chapter.segments)
        start = self._start_time()
        current = table.currentRow()
        table.blockSignals(True)
        table.setRowCount(len(chapter.segments))
        for row, (segment, offset) in enumerate(zip(chapter.segments, offsets)):
            video = ""
            if segment.media_item is not None:
                video = self._media_label(segment.media_item)
            elif segment.kind == SegmentKind.VIDEO.value:
                video = self.tr("Not linked yet")
            cells = (format_clock(start, offset), str(segment.minutes), self.tr(SegmentKind(segment.kind).label)
                     if segment.kind in SegmentKind._value2member_map_ else segment.kind, segment.title, video)
            for column, text in enumerate(cells):
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                if column in (0, 1):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if 0 <= current < table.rowCount():
            table.setCurrentCell(current, 0)
        table.blockSignals(False)
        self._update_total(chapter)

    def _update_total(self, chapter) -> None:
        total = chapter.planned_seconds
        difference = whole_minutes(total) - chapter.target_minutes
        self.total.setText(self.tr("{minutes} min planned: {difference}").format(
            minutes=whole_minutes(total), difference=self.tr(length_difference_text(total, chapter.target_minutes))))
        colour = "#1a7f37" if difference == 0 else ("#b42318" if difference > 0 else "#9a6700")
        self.total.setStyleSheet(f"color: {colour};")
        item = self.chapter_list.currentItem()
        if item is not None:
            item.setText(self._chapter_label(chapter))

    def _start_time(self):
        """A group's plan is timed from its start time; a template from zero."""
        from cos_desktop.db.models import Group
        from sqlalchemy import select

        if self._curriculum_id is None:
            return None
        group = self.session.scalars(select(Group).where(Group.curriculum_id == self._curriculum_id)).first()
        return group.start_time if group is not None else None

    def _media_label(self, item) -> str:
        from cos_desktop.db import store

        from cos_desktop.db.media_library import LinkStatus, status_of

        if store.media_needs_locating(item) or status_of(item) is LinkStatus.MISSING:
            return self.tr("{name} (needs locating)").format(name=item.location)
        return item.title or item.location

    def _fill_form(self) -> None:
        from cos_desktop.db.models import MediaItem
        from sqlalchemy import select

        segment = self.current_segment()
        self._filling = True
        try:
            self.form_box.setEnabled(segment is not None and self.current_chapter().id not in self._locked)
            if segment is None:
                return
            if self.segment_title.text().strip() != segment.title:
                self.segment_title.setText(segment.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(segment.kind)))
            if self.minutes.value() != segment.minutes:
                self.minutes.setValue(segment.minutes)
            if self.prompt.toPlainText() != segment.facilitator_prompt:
                self.prompt.setPlainText(segment.facilitator_prompt)
            if self.takeaway.toPlainText() != segment.parent_takeaway:
                self.takeaway.setPlainText(segment.parent_takeaway)
            self.video.clear()
            self.video.addItem(self.tr("No video"), None)
            for item in self.session.scalars(select(MediaItem).order_by(MediaItem.title, MediaItem.id)):
                self.video.addItem(self._media_label(item), item.id)
            self.video.setCurrentIndex(max(0, self.video.findData(segment.media_item_id)))
        finally:
            self._filling = False

    # ---- edits -----------------------------------------------------------------------------------
    def _rows(self) -> tuple[int, int]:
        return self.chapter_list.currentRow(), self.table.currentRow()

    def edit(self, text: str, change, *, merge_key=None, select_after: tuple[int, int] | None = None) -> bool:
        """Apply `change(snapshot) -> snapshot` as one undoable, saved step."""
        from cos_desktop.db import store

        curriculum = self.curriculum()
        if curriculum is None or self._filling:
            return False
        before = store.snapshot_curriculum(curriculum)
        try:
            after = change(before)
        except ValueError as exc:
            self.window_.statusBar().showMessage(str(exc), 5000)
            return False
        if after == before:
            return False
        rows = self._rows()
        self.undo_stack.push(PlanCommand(self, curriculum.id, before, after, text, merge_key=merge_key,
                                         select_before=rows, select_after=select_after or rows))
        return True

    def apply_snapshot(self, curriculum_id: int, snapshot: dict, select: tuple[int, int]) -> dict | None:
        """Make the saved plan match a snapshot; returns the plan as saved, or None if it may not change."""
        from cos_desktop.db import store
        from cos_desktop.db.models import Curriculum

        curriculum = self.session.get(Curriculum, curriculum_id)
        if curriculum is None:
            return None
        try:
            store.restore_curriculum(self.session, curriculum, snapshot)
            self.session.commit()
        except store.PlanLocked as exc:
            self.session.rollback()
            self.window_.statusBar().showMessage(str(exc), 6000)
            return None
        saved = store.snapshot_curriculum(curriculum)
        if self._curriculum_id != curriculum_id:
            self.refresh_programmes(curriculum_id)
        self._reload(select=select)
        self.planChanged.emit(curriculum_id)
        return saved

    def _chapter_field(self, field: str, value) -> None:
        chapter = self.chapter_list.currentRow()
        self.edit(self.tr("Change the chapter"), lambda s: plan_edit.set_chapter_field(s, chapter, field, value),
                  merge_key=("chapter", self._curriculum_id, chapter, field))

    def _segment_field(self, field: str, value) -> None:
        chapter, row = self._rows()
        if row < 0:
            return
        labels = {"planned_seconds": "Change minutes", "title": "Rename a segment", "kind": "Change a kind",
                  "facilitator_prompt": "Edit a prompt", "parent_takeaway": "Edit a take-away"}
        self.edit(self.tr(labels.get(field, "Edit a segment")),
                  lambda s: plan_edit.set_segment_field(s, chapter, row, field, value),
                  merge_key=("segment", self._curriculum_id, chapter, row, field))

    def _video_picked(self) -> None:
        if self._filling:
            return
        media_id = self.video.currentData()
        chapter, row = self._rows()

        def change(s):
            after = plan_edit.set_segment_field(s, chapter, row, "media_item_id", media_id)
            segment = after["chapters"][chapter]["segments"][row]
            if media_id is not None and not segment["video_title"]:
                segment["video_title"] = self.video.currentText()
            return after

        self.edit(self.tr("Link a video"), change)

    def add_segment(self) -> None:
        chapter, row = self._rows()
        at = row + 1 if row >= 0 else 0
        segment = plan_edit.new_segment(self.tr("New segment"))
        self.edit(self.tr("Add a segment"), lambda s: plan_edit.add_segment(s, chapter, at, segment),
                  select_after=(chapter, at))
        self.segment_title.setFocus()
        self.segment_title.selectAll()

    def duplicate_segment(self) -> None:
        chapter, row = self._rows()
        if row >= 0:
            self.edit(self.tr("Duplicate a segment"), lambda s: plan_edit.duplicate_segment(s, chapter, row),
                      select_after=(chapter, row + 1))

    def remove_segment(self) -> None:
        chapter, row = self._rows()
        if row >= 0:
            self.edit(self.tr("Remove a segment"), lambda s: plan_edit.remove_segment(s, chapter, row),
                      select_after=(chapter, max(0, row - 1) if row >= self.table.rowCount() - 1 else row))

    def move_segment(self, source: int, destination: int) -> None:
        chapter = self.chapter_list.currentRow()
        self.edit(self.tr("Move a segment"), lambda s: plan_edit.move_segment(s, chapter, source, destination),
                  select_after=(chapter, destination))
        self.table.setFocus()

    def add_chapter(self) -> None:
        row = self.chapter_list.currentRow()
        self.edit(self.tr("Add a chapter"), lambda s: plan_edit.add_chapter(s, row + 1, plan_edit.new_chapter(
            self.tr("New chapter"))), select_after=(row + 1, 0))
        self.chapter_title.setFocus()
        self.chapter_title.selectAll()

    def duplicate_chapter(self) -> None:
        row = self.chapter_list.currentRow()
        if row >= 0:
            self.edit(self.tr("Duplicate a chapter"), lambda s: plan_edit.duplicate_chapter(s, row),
                      select_after=(row + 1, 0))

    def remove_chapter(self) -> None:
        row = self.chapter_list.currentRow()
        if row >= 0:
            self.edit(self.tr("Remove a chapter"), lambda s: plan_edit.remove_chapter(s, row),
                      select_after=(max(0, min(row, self.chapter_list.count() - 2)), 0))

    def move_chapter(self, source: int, destination: int) -> None:
        curriculum = self.curriculum()
        if curriculum is None or not curriculum.is_template:
            return
        self.edit(self.tr("Move a chapter"), lambda s: plan_edit.move_chapter(s, source, destination),
                  select_after=(destination, 0))
        self.chapter_list.setFocus()

    def _move_by(self, step: int) -> None:
        row = self.table.currentRow()
        if 0 <= row + step < self.table.rowCount():
            self.move_segment(row, row + step)

    def link_video_file(self) -> None:

        if self.current_segment() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Link a video file"), "",
                                              self.tr("Videos (*.mp4 *.m4v *.mkv *.mov *.avi *.webm *.mpg);;All files (*)"))
        if not path:
            return
        from cos_desktop.db.models import MediaItem
        from cos_desktop.db import media_library as library
        from sqlalchemy import select

        location = str(Path(path).resolve())
        item = self.session.scalars(select(MediaItem).where(MediaItem.location == location)).first()
        if item is None:
            item = MediaItem(title=library.title_from_path(Path(location))[:200], location=location)
            try:
                library.refresh_file_facts(item)
            except OSError:
                pass
            self.session.add(item)
        self.session.commit()
        self._fill_form()
        self.video.setCurrentIndex(self.video.findData(item.id))

    # ---- programmes --------------------------------------------------------------------------
    def save_as_new(self) -> None:
        curriculum = self.curriculum()
        if curriculum is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as new programme"), self.tr("Name of the new programme:"),
                                        text=self.tr("{name} (my version)").format(name=curriculum.name))
        if ok:
            self.save_as_named(name)

    def save_as_named(self, name: str):
        from cos_desktop.db import store

        try:
            copy = store.save_as_new_programme(self.session, self.curriculum(), name)
        except ValueError as exc:
            QMessageBox.information(self, self.tr("Save as new programme"), str(exc))
            return None
        self.session.commit()
        self.undo_stack.push(NewProgrammeCommand(self, copy.id, self.tr("Save as new programme")))
        self.programmesChanged.emit()
        return copy

    def remove_programme(self, curriculum_id: int) -> dict | None:
        from cos_desktop.db import store
        from cos_desktop.db.models import Curriculum

        curriculum = self.session.get(Curriculum, curriculum_id)
        if curriculum is None:
            return None
        snapshot = store.snapshot_curriculum(curriculum)
        snapshot["is_template"] = curriculum.is_template
        self.session.delete(curriculum)
        self.session.commit()
        self._curriculum_id = None
        self.refresh_programmes()
        self.programmesChanged.emit()
        return snapshot

    def recreate_programme(self, snapshot: dict) -> None:
        from cos_desktop.db import store
        from cos_desktop.db.models import Curriculum

        curriculum = Curriculum(id=snapshot["id"], name=snapshot["name"], description=snapshot["description"],
                                is_template=snapshot.get("is_template", True), builtin=False)
        self.session.add(curriculum)
        store.restore_curriculum(self.session, curriculum, snapshot)
        self.session.commit()
        self.programmesChanged.emit()

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a programme file"), "",
                                              self.tr("Programme files (*.yaml *.yml *.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str]:
        """Import a template file as a new programme; on any problem, list them all and import nothing."""
        from cos_desktop.core import curriculum_file as cf
        from cos_desktop.db import store

        try:
            spec = cf.load_file(path)
        except cf.CurriculumFileError as exc:
            self.problems_dialog = ImportProblemsDialog(path, exc.problems, self)
            self.problems_dialog.open()
            return exc.problems
        curriculum, missing = store.import_curriculum(self.session, spec)
        self.session.commit()
        self.undo_stack.push(NewProgrammeCommand(self, curriculum.id, self.tr("Import a programme")))
        self.programmesChanged.emit()
        message = self.tr("Imported {name} as a new programme.").format(name=curriculum.name)
        self.window_.statusBar().showMessage(message, 8000)
        if missing:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Videos to locate"),
                              self.tr("{message}\n\n{count} video(s) need locating on this computer:\n{names}\n\n"
                                      "If they are together in one folder, COS Desktop can find them there now. "
                                      "Otherwise use Locate... in the Programme tab, or \"Link a file...\" here.").format(
                                  message=message, count=len(missing), names="\n".join(f"  {n}" for n in missing)),
                              QMessageBox.StandardButton.NoButton, self)
            box.setObjectName("videosToLocate")
            find = box.addButton(self.tr("&Find them in a folder..."), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            find.clicked.connect(lambda: self.locate_in_folder())
            self.locate_box = box
            box.open()
        return []

    def locate_in_folder(self, folder: str | None = None) -> int:
        """Link every video still to be located whose file is in `folder` (by name or fingerprint)."""
        from cos_desktop.db import media_library as library

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("The folder with your videos"))
            if not folder:
                return 0
        pairs = library.find_in_folder(self.session, Path(folder))
        count = library.apply_relinks(self.session, pairs) if pairs else 0
        self.session.commit()
        self._reload()
        self.planChanged.emit(self._curriculum_id or 0)
        self.window_.statusBar().showMessage(
            self.tr("Found {n} video(s) in {folder}.").format(n=count, folder=folder), 8000)
        return count

    def export_dialog(self) -> None:
        curriculum = self.curriculum()
        if curriculum is None:
            return
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export this programme"), f"{curriculum.name}.yaml",
                                                   self.tr("YAML (*.yaml);;JSON (*.json)"))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".yaml", ".yml", ".json"):
            path = path.with_suffix(".json" if "json" in chosen.lower() else ".yaml")
        self.export_file(path)

    def export_file(self, path: Path) -> bool:
        from cos_desktop.core import curriculum_file as cf
        from cos_desktop.db import store

        try:
            store.export_curriculum(self.curriculum(), path)
        except cf.CurriculumFileError as exc:
            QMessageBox.warning(self, self.tr("Export"), "\n".join(exc.problems))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return False
        self.window_.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)
        return True

    # ---- fit and adopt -------------------------------------------------------------------------
    def fit_to_length(self) -> None:

        curriculum = self.curriculum()
        if curriculum is None:
            return
        dialog = self.make_fit_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_fit(dialog)

    def make_fit_dialog(self):
        from cos_desktop.db import settings, store
        from cos_desktop.ui.planning.fit_dialog import FitDialog

        curriculum = self.curriculum()
        locked_rows = {i for i, c in enumerate(curriculum.chapters) if c.id in self._locked}
        minimum = settings.minimum_segment_minutes(self.session)
        return FitDialog(store.snapshot_curriculum(curriculum), self.chapter_list.currentRow(), locked_rows,
                         minimum=minimum, parent=self)

    def apply_fit(self, dialog) -> bool:
        from cos_desktop.db import settings

        settings.set_minimum_segment_minutes(self.session, dialog.minimum.value())
        self.session.commit()
        after = dialog.result_snapshot()
        if after is None:
            return False
        return self.edit(dialog.description(), lambda _before: after)

    def adopt_in_group(self) -> None:
        from cos_desktop.db import store

        template = self.curriculum()
        groups = store.groups(self.session)
        if template is None or not template.is_template or not groups:
            QMessageBox.information(self, self.tr("Use in a group"), self.tr("There is no group yet."))
            return
        names = [g.name for g in groups]
        name, ok = QInputDialog.getItem(self, self.tr("Use in a group"),
                                        self.tr("Which group should follow this programme from now on?"),
                                        names, 0, False)
        if not ok:
            return
        group = groups[names.index(name)]
        _, taken, kept = store.adopted_snapshot(self.session, group, template)
        question = self.tr(
            "{group} will follow \"{programme}\" for chapters {taken}.\n\nChapters already delivered or running "
            "keep their plan{kept}. You can undo this."
        ).format(group=group.name, programme=template.name, taken=", ".join(map(str, taken)) or self.tr("none"),
                 kept=self.tr(" (chapters {numbers})").format(numbers=", ".join(map(str, kept))) if kept else "")
        if QMessageBox.question(self, self.tr("Use in a group"), question) == QMessageBox.StandardButton.Yes:
            self.adopt(group, template)

    def adopt(self, group, template) -> list[int]:
        """The group takes the template's plan for the chapters it has not had yet (one undoable step)."""
        from cos_desktop.db import store

        before = store.snapshot_curriculum(group.curriculum)
        after, taken, _kept = store.adopted_snapshot(self.session, group, template)
        if after != before:
            self.undo_stack.push(PlanCommand(self, group.curriculum_id, before, after,
                                             self.tr("Use a programme in {group}").format(group=group.name)))
        return taken
