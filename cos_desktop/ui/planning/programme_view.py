"""The programme: the chapters, and the selected chapter's segments with their start times."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core import local_formats
from cos_desktop.core.kinds import SegmentKind, kind_label
from cos_desktop.core.parts import part_start_offsets
from cos_desktop.core.plan import format_clock, length_difference_text, whole_minutes
from cos_desktop.core.programme_text import programme_text
from cos_desktop.ui.appearance import PROBLEM, ink, ink_cell
from cos_desktop.ui.planning.planner_parts import mark_parts, parts_total_text

if TYPE_CHECKING:  # the models import SQLAlchemy, which start-up loads only after the window is up
    from cos_desktop.db.models import ChapterPlan, Curriculum, SegmentPlan

COLUMNS = (QT_TRANSLATE_NOOP("SegmentColumns", "Start"), QT_TRANSLATE_NOOP("SegmentColumns", "Minutes"),
           QT_TRANSLATE_NOOP("SegmentColumns", "Kind"), QT_TRANSLATE_NOOP("SegmentColumns", "Segment"),
           QT_TRANSLATE_NOOP("SegmentColumns", "Video"))  # shown with QCoreApplication.translate("SegmentColumns", ...)




class ProgrammeView(QWidget):
    chapterChanged = Signal(int)  # chapter position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._curriculum: Curriculum | None = None
        self._start_time: dt.time | None = None
        self._dates: dict[int, dt.date] = {}
        self._keep_row: int | None = None
        self._delivered: set[int] | None = None

        self.chapter_list = QListWidget()
        self.chapter_list.setObjectName("chapterList")
        self.chapter_list.setAccessibleName(self.tr("Chapters"))
        self.chapter_list.setWordWrap(True)
        self.chapter_list.setMinimumWidth(240)
        self.chapter_list.currentRowChanged.connect(self._show_chapter)

        self.chapter_title = QLabel()
        self.chapter_title.setObjectName("chapterTitle")
        title_font = QFont(self.chapter_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.chapter_title.setFont(title_font)
        self.chapter_title.setWordWrap(True)
        self.chapter_total = QLabel()
        self.chapter_total.setObjectName("chapterTotal")

        self.segment_table = QTableWidget(0, len(COLUMNS))
        self.segment_table.setObjectName("segmentTable")
        self.segment_table.setAccessibleName(self.tr("Segments of the chapter"))
        self.segment_table.setHorizontalHeaderLabels([QCoreApplication.translate("SegmentColumns", c) for c in COLUMNS])
        self.segment_table.verticalHeader().setVisible(False)
        self.segment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.segment_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.segment_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.segment_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.segment_table.currentCellChanged.connect(lambda row, *_: self._show_segment(row))

        self.details = QTextBrowser()
        self.details.setObjectName("segmentDetails")
        self.details.setAccessibleName(self.tr("About the chosen segment"))
        self.details.setOpenExternalLinks(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.chapter_title, 1)
        heading.addWidget(self.chapter_total, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right_layout.addLayout(heading)
        inner = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.segment_table)
        # Buttons that act on the selected segment (linking videos...) are added here by their owners.
        self.segment_buttons = QHBoxLayout()
        table_layout.addLayout(self.segment_buttons)
        inner.addWidget(table_box)
        inner.addWidget(self.details)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 1)
        right_layout.addWidget(inner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chapter_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # ---- public -----------------------------------------------------------------------
    def set_curriculum(self, curriculum: Curriculum | None, start_time: dt.time | None = None,
                       dates: dict[int, dt.date] | None = None, delivered: set[int] | None = None) -> None:
        """Show a curriculum; with a group, its start time, session dates and delivered chapters."""
        row = max(self.chapter_list.currentRow(), 0)
        self._curriculum = curriculum
        self._start_time = start_time
        self._dates = dates or {}
        self._delivered = delivered
        self.chapter_list.blockSignals(True)
        self.chapter_list.clear()
        for chapter in curriculum.chapters if curriculum else []:
            text = self.tr("{n}. {title}").format(n=chapter.position, title=programme_text(chapter.title))
            date = self._dates.get(chapter.position)
            if date:
                text += "\n" + local_formats.day_month_year(date)
            if delivered and chapter.position in delivered:
                text += "  " + self.tr("(delivered)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, chapter.position)
            self.chapter_list.addItem(item)
        self.chapter_list.blockSignals(False)
        if self.chapter_list.count():
            keep = self._keep_row
            self.chapter_list.blockSignals(True)
            self.chapter_list.setCurrentRow(min(row, self.chapter_list.count() - 1))
            self.chapter_list.blockSignals(False)
            self._keep_row = keep
            self._show_chapter(self.chapter_list.currentRow())
        else:
            self._show_chapter(-1)

    def refresh(self) -> None:
        """Show the same curriculum again after its plan (or a linked video) changed, keeping the
        selected chapter and segment."""
        self._keep_row = self.segment_table.currentRow()
        self.set_curriculum(self._curriculum, self._start_time, self._dates, self._delivered)

    def current_chapter(self) -> ChapterPlan | None:
        row = self.chapter_list.currentRow()
        if self._curriculum is None or row < 0 or row >= len(self._curriculum.chapters):
            return None
        return self._curriculum.chapters[row]

    def select_chapter(self, position: int) -> None:
        for row in range(self.chapter_list.count()):
            if self.chapter_list.item(row).data(Qt.ItemDataRole.UserRole) == position:
                self.chapter_list.setCurrentRow(row)
                return

    def current_segment(self) -> SegmentPlan | None:
        chapter = self.current_chapter()
        row = self.segment_table.currentRow()
        if chapter is None or row < 0 or row >= len(chapter.segments):
            return None
        return chapter.segments[row]

    # ---- internals --------------------------------------------------------------------
    def _show_chapter(self, row: int) -> None:
        chapter = self.current_chapter()
        table = self.segment_table
        table.setRowCount(0)
        if chapter is None:
            self.chapter_title.setText(self.tr("No programme loaded"))
            self.chapter_total.setText("")
            self.details.clear()
            return
        self.chapter_title.setText(self.tr("Chapter {n}: {title}").format(
            n=chapter.position, title=programme_text(chapter.title)))
        total = chapter.planned_seconds
        self.chapter_total.setText(
            self.tr("{minutes} min of {target} ({difference})").format(
                minutes=whole_minutes(total), target=chapter.target_minutes,
                difference=length_difference_text(total, chapter.target_minutes),
            )
        )
        if chapter.part_count > 1:  # each part is a session: its own total, its times from the start
            self.chapter_total.setText(parts_total_text(
                chapter, self.tr("Part {part}: {minutes} min ({difference})"), self.tr))
        offsets = part_start_offsets([(s.part or 1, s.planned_seconds) for s in chapter.segments])
        table.setRowCount(len(chapter.segments))
        for r, (segment, offset) in enumerate(zip(chapter.segments, offsets)):
            video, missing = self._video_cell(segment)
            cells = (format_clock(self._start_time, offset), str(segment.minutes), kind_label(segment.kind),
                     programme_text(segment.title), video)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 1):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 4 and missing:
                    ink_cell(item, PROBLEM, table)  # its words say "Missing" too
                    item.setToolTip(self.tr("The file cannot be found: {path}. Use Locate... to find it.").format(
                        path=segment.media_item.location))
                table.setItem(r, c, item)
        mark_parts(table, chapter, self.tr("Part {part}"))
        row = min(max(self._keep_row, 0), table.rowCount() - 1) if self._keep_row is not None else 0
        self._keep_row = None
        table.setCurrentCell(row, 0)
        self._show_segment(row)
        self.chapterChanged.emit(chapter.position)

    def _video_cell(self, segment: SegmentPlan) -> tuple[str, bool]:
        """The Video column: the linked video's title, marked when its file is missing."""
        from cos_desktop.db.media_library import LinkStatus, segment_status

        status = segment_status(segment)
        if status is LinkStatus.NOT_LINKED:
            return (self.tr("Not linked yet") if segment.kind == SegmentKind.VIDEO.value else ""), False
        title = segment.media_item.title
        if status is LinkStatus.MISSING:
            return self.tr("Missing: {title}").format(title=title), True
        return title, False

    def _show_segment(self, row: int) -> None:
        from html import escape

        segment = self.current_segment()
        if segment is None:
            chapter = self.current_chapter()
            self.details.setHtml(f"<p>{escape(programme_text(chapter.parent_summary))}</p>" if chapter else "")
            return
        parts = [f"<h3>{escape(programme_text(segment.title))}</h3>"]
        for_you, for_parents = escape(self.tr("For you:")), escape(self.tr("For parents:"))
        if segment.facilitator_prompt:
            parts.append(f"<p><b>{for_you}</b> {escape(segment.facilitator_prompt)}</p>")
        if segment.parent_takeaway:
            parts.append(f"<p><b>{for_parents}</b> {escape(programme_text(segment.parent_takeaway))}</p>")
        if segment.media_item is not None or segment.kind == SegmentKind.VIDEO.value:
            parts.append(self._video_details(segment))
        if segment.optional_link_location:
            href = escape(segment.optional_link_location, quote=True)
            label = escape(segment.optional_link_title or segment.optional_link_location)
            optional = escape(self.tr("Optional clip:"))
            parts.append(f"<p><b>{optional}</b> <a href=\"{href}\">{label}</a></p>")
        self.details.setHtml("".join(parts))

    def _video_details(self, segment: SegmentPlan) -> str:
        from html import escape

        from cos_desktop.db.media_library import LinkStatus, segment_status
        from cos_desktop.media.backend import format_ms

        status = segment_status(segment)
        label = "<b>" + escape(self.tr("Video:")) + "</b> "
        if status is LinkStatus.NOT_LINKED:
            return "<p>" + label + escape(self.tr(
                "not linked yet. Use Link video... or drop your copy of the video on this segment.")) + "</p>"
        item = segment.media_item
        from cos_desktop.db.media_library import location_label

        text = escape(item.title) + " <small>(" + escape(location_label(item.location)) + ")</small>"
        if status is LinkStatus.MISSING:
            text += f"<br><span style='color:{ink(PROBLEM, self)}'><b>" + escape(self.tr(
                "The file cannot be found. Use Locate... to find it.")) + "</b></span>"
        start = segment.clip_start_ms or 0
        end = segment.clip_end_ms if segment.clip_end_ms is not None else item.duration_ms
        clip = self.tr("Clip {start} to {end}").format(
            start=format_ms(start), end=format_ms(end) if end is not None else self.tr("the end"))
        count = len(segment.pause_points)
        points = self.tr("%n pause point(s)", "", count)
        return f"<p>{label}{text}<br>{escape(clip)}; {escape(points)}</p>"
