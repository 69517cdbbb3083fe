"""The planner: edit a programme's chapters and segments, fit them to length, share them as files.

Every edit is computed on a plain snapshot of the plan (core.plan_edit) and applied through one
undo command that restores the snapshot before or after it, then saved at once (planner_edits).
Whole programmes (save as new, import, export, fit, use in a group) are in planner_programmes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core import plan_edit
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.plan import format_clock, length_difference_text, whole_minutes
from cos_desktop.ui.planning.planner_edits import PlannerEdits
from cos_desktop.ui.planning.planner_parts import PlannerParts
from cos_desktop.ui.planning.planner_programmes import PlannerProgrammes
from cos_desktop.ui.planning.planner_widgets import COLUMNS, ChapterList, SegmentTable, WindowUndoFilter
from cos_desktop.core import local_formats
from cos_desktop.ui.appearance import GOOD, PROBLEM, WARNING, keep_styled, notice_style, text_style

log = logging.getLogger(__name__)
TITLE_MAX = 200  # the length of the title columns: longer text cannot be typed


class PlannerView(PlannerEdits, PlannerProgrammes, PlannerParts, QWidget):
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
        self.problems_dialog = None  # the import problems of the last file, while shown
        top = self._build_top()
        left = self._build_chapters()
        chapter_row, length_row = self._build_chapter_form()
        row_buttons = self._build_table()
        self._build_segment_form()
        self._build_layout(top, left, chapter_row, length_row, row_buttons)

    def _build_top(self) -> QHBoxLayout:
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
        self.fit_button = QPushButton(self.tr("Fit to &length..."))
        self.fit_button.clicked.connect(self.fit_to_length)
        self.adopt_button = QPushButton(self.tr("Use in a group..."))
        self.adopt_button.setToolTip(self.tr("Give a group this programme for the chapters it has not had yet"))
        self.adopt_button.clicked.connect(self.adopt_in_group)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.programme_picker, 1)
        top.addWidget(self.save_as_button)
        top.addWidget(self.adopt_button)
        return top

    def _build_chapters(self) -> QWidget:
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
        return left

    def _build_chapter_form(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.locked_banner = QLabel()
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setWordWrap(True)
        keep_styled(self.locked_banner, lambda: notice_style(WARNING, self))
        self.locked_banner.hide()
        self.chapter_title = QLineEdit()
        self.chapter_title.setMaxLength(TITLE_MAX)
        self.chapter_title.setObjectName("chapterTitleEdit")
        self.chapter_title.setAccessibleName(self.tr("Chapter title"))
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
        return chapter_row, length_row

    def _build_table(self) -> QHBoxLayout:
        self.table = SegmentTable()
        self.table.setObjectName("plannerSegments")
        self.table.setAccessibleName(self.tr("Segments"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("SegmentColumns", c) for c in COLUMNS])
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
        self._build_part_buttons(row_buttons)
        row_buttons.addStretch(1)
        self.table.setToolTip(self.tr("Drag a row, or press Ctrl+Up / Ctrl+Down, to move a segment."))
        return row_buttons

    def _build_segment_form(self) -> None:
        self.segment_title = QLineEdit()
        self.segment_title.setObjectName("segmentTitleEdit")
        self.segment_title.setMaxLength(TITLE_MAX)
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

    def _build_layout(self, top, left, chapter_row, length_row, row_buttons) -> None:
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
            difference=length_difference_text(chapter.planned_seconds, chapter.target_minutes),
        )
        if chapter.part_count > 1:
            text = self.tr("{n}. {title}\n%n part(s) of {target} min", "", chapter.part_count).format(
                n=chapter.position, title=chapter.title, target=chapter.target_minutes)
        if chapter.id in self._locked:
            from cos_desktop.db import plans

            date = plans.delivered_on(self.session, chapter.id)
            text += self.tr(" - delivered on {date}").format(date=local_formats.short_date(date)) if date else ""
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
            if chapter is not None and chapter.id in self._locked:
                self.locked_banner.setText(self._locked_text(chapter))
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

    def _locked_text(self, chapter) -> str:
        from cos_desktop.db import plans

        date = plans.delivered_on(self.session, chapter.id)
        if date is None:
            return ""
        return self.tr("Chapter {n} was delivered on {date}, so its plan, videos, clips and pause points stay as "
                       "they were on the day.").format(n=chapter.position, date=local_formats.day_month_year(date))

    def _fill_table(self, chapter) -> None:
        from cos_desktop.db import plans

        table = self.table
        offsets = self._part_offsets(chapter)  # each part is a session: its times start again
        start = self._start_time()
        current = table.currentRow()
        media = {choice.id: choice for choice in plans.media_choices(self.session)}
        table.blockSignals(True)
        table.setRowCount(len(chapter.segments))
        for row, (segment, offset) in enumerate(zip(chapter.segments, offsets)):
            video = ""
            if segment.media_item_id in media:
                video = self._media_label(media[segment.media_item_id])
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
        self._mark_parts(chapter)
        if 0 <= current < table.rowCount():
            table.setCurrentCell(current, 0)
        table.blockSignals(False)
        self._update_total(chapter)

    def _update_total(self, chapter) -> None:
        total = chapter.planned_seconds
        difference = whole_minutes(total) - chapter.target_minutes
        self.total.setText(self.tr("{minutes} min planned: {difference}").format(
            minutes=whole_minutes(total), difference=length_difference_text(total, chapter.target_minutes)))
        if chapter.part_count > 1:  # each part is a session: each part's total against the length
            self.total.setText(self._parts_total_text(chapter))
            difference = self._parts_off_target(chapter)
        # The words say it too ("on time", "3 min over"): the colour only repeats them.
        meaning = GOOD if difference == 0 else (PROBLEM if difference > 0 else WARNING)
        keep_styled(self.total, lambda: text_style(meaning, self))
        item = self.chapter_list.currentItem()
        if item is not None:
            item.setText(self._chapter_label(chapter))

    def _start_time(self):
        """A group's plan is timed from its start time; a template from zero."""
        from cos_desktop.db import plans

        return plans.group_start_time(self.session, self._curriculum_id)

    def _media_label(self, choice) -> str:
        if choice.needs_locating:
            return self.tr("{name} (needs locating)").format(name=choice.location)
        return choice.title or choice.location

    def _fill_form(self) -> None:
        from cos_desktop.db import plans

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
            for choice in plans.media_choices(self.session):
                self.video.addItem(self._media_label(choice), choice.id)
            self.video.setCurrentIndex(max(0, self.video.findData(segment.media_item_id)))
        finally:
            self._filling = False
            self._update_part_buttons()
