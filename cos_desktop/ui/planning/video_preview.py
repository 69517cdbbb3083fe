"""The planning-screen preview of a segment's video: watch it, set its clip, and add, edit and
delete its pause points. Every change is saved at once and can be undone (Edit > Undo)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from cos_desktop.db.models import PausePoint, SegmentPlan
from cos_desktop.media.backend import format_ms
from cos_desktop.media.playback import Cue
from cos_desktop.ui.video.video_controller import VideoController
from cos_desktop.ui.video.video_panel import VideoPanel
from cos_desktop.ui.appearance import WARNING, text_style

log = logging.getLogger(__name__)

# Two pause points closer than this are one too many.
MIN_GAP_MS = 1000


def _point_at(segment: SegmentPlan, at_ms: int) -> PausePoint | None:
    return next((p for p in segment.pause_points if p.at_ms == at_ms), None)


class _SegmentCommand(QUndoCommand):
    """An undoable edit of a segment's video settings; each step is one write the data layer commits."""

    def __init__(self, text: str, session, segment: SegmentPlan, on_change):
        super().__init__(text)
        self.session, self.segment, self.on_change = session, segment, on_change

    def _save(self, change) -> None:
        from cos_desktop.db.transactions import NotSaved, committed

        try:
            committed(self.session, change)
        except NotSaved:
            log.warning("a change to the video's pause points or clip was not saved")
        self.on_change()


class AddPausePoint(_SegmentCommand):
    def __init__(self, session, segment, at_ms: int, prompt: str, on_change):
        super().__init__(QCoreApplication.translate("VideoPreviewDialog", "Add pause point"), session, segment, on_change)
        self.at_ms, self.prompt = at_ms, prompt

    def _add(self) -> None:
        self.segment.pause_points.append(PausePoint(at_ms=self.at_ms, prompt=self.prompt))
        self.segment.pause_points.sort(key=lambda p: p.at_ms)

    def _remove(self) -> None:
        point = _point_at(self.segment, self.at_ms)
        if point is not None:
            self.segment.pause_points.remove(point)

    def redo(self) -> None:
        self._save(self._add)

    def undo(self) -> None:
        self._save(self._remove)


class DeletePausePoint(AddPausePoint):
    def __init__(self, session, segment, at_ms: int, prompt: str, on_change):
        super().__init__(session, segment, at_ms, prompt, on_change)
        self.setText(QCoreApplication.translate("VideoPreviewDialog", "Delete pause point"))

    def redo(self) -> None:
        self._save(self._remove)

    def undo(self) -> None:
        self._save(self._add)


class EditPrompt(_SegmentCommand):
    def __init__(self, session, segment, at_ms: int, old: str, new: str, on_change):
        super().__init__(QCoreApplication.translate("VideoPreviewDialog", "Edit pause point question"), session, segment, on_change)
        self.at_ms, self.old, self.new = at_ms, old, new

    def _set(self, text: str) -> None:
        def change() -> None:
            point = _point_at(self.segment, self.at_ms)
            if point is not None:
                point.prompt = text

        self._save(change)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class SetClip(_SegmentCommand):
    def __init__(self, session, segment, start_ms: int | None, end_ms: int | None, on_change):
        super().__init__(QCoreApplication.translate("VideoPreviewDialog", "Change clip"), session, segment, on_change)
        self.new = (start_ms, end_ms)
        self.old = (segment.clip_start_ms, segment.clip_end_ms)

    def _set(self, bounds) -> None:
        def change() -> None:
            self.segment.clip_start_ms, self.segment.clip_end_ms = bounds

        self._save(change)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class VideoPreviewDialog(QDialog):
    """Preview one video segment; `changed` fires after every saved edit."""

    changed = Signal()
    locateRequested = Signal()

    def __init__(self, segment: SegmentPlan, session, undo_stack, parent: QWidget | None = None,
                 controller: VideoController | None = None, on_saved=None):
        super().__init__(parent)
        # Called after every saved edit, also when undone after this dialog has closed.
        self.on_saved = on_saved or (lambda: None)
        self.setObjectName("videoPreview")
        self.setWindowTitle(self.tr("Preview: {title}").format(title=segment.title))
        self.segment, self.session, self.undo_stack = segment, session, undo_stack
        self.locked = ""  # why the clip and pause points cannot change here (a delivered chapter), or ""
        self.controller = controller or VideoController(parent=self)
        self.panel = VideoPanel(self.controller)
        self.panel.fixRequested.connect(self._fix)
        self.panel.cue_prompt.hint.setText(self.tr("Press Play to continue."))

        self.clip_label = QLabel()
        self.clip_label.setObjectName("clipLabel")
        self.start_button = QPushButton(self.tr("Clip starts here"))
        self.start_button.setObjectName("clipStartHere")
        self.start_button.clicked.connect(self.set_clip_start_here)
        self.end_button = QPushButton(self.tr("Clip ends here"))
        self.end_button.setObjectName("clipEndHere")
        self.end_button.clicked.connect(self.set_clip_end_here)
        self.whole_button = QPushButton(self.tr("Whole video"))
        self.whole_button.clicked.connect(lambda: self.set_clip(None, None))
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip_label, 1)
        for button in (self.start_button, self.end_button, self.whole_button):
            clip_row.addWidget(button)

        self.points = QTableWidget(0, 2)
        self.points.setObjectName("pausePoints")
        self.points.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Question for the group")])
        self.points.verticalHeader().setVisible(False)
        self.points.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.points.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.points.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.points.itemChanged.connect(self._prompt_edited)
        self.points.cellDoubleClicked.connect(self._go_to_row)
        self.add_button = QPushButton(self.tr("Add pause point here"))
        self.add_button.setObjectName("addPausePoint")
        self.add_button.clicked.connect(lambda: self.add_pause_point())
        self.delete_button = QPushButton(self.tr("Delete pause point"))
        self.delete_button.setObjectName("deletePausePoint")
        self.delete_button.clicked.connect(self.delete_selected)
        go_button = QPushButton(self.tr("Go to it"))
        go_button.clicked.connect(lambda: self._go_to_row(self.points.currentRow(), 0))
        point_buttons = QHBoxLayout()
        point_buttons.addWidget(self.add_button)
        point_buttons.addWidget(self.delete_button)
        point_buttons.addWidget(go_button)
        point_buttons.addStretch(1)
        hint = QLabel(self.tr("Pause the video where you want to stop and ask, then press Add pause point here. "
                              "Double-click a question to change it."))
        hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(text_style(WARNING, self, bold=True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 3)
        layout.addLayout(clip_row)
        layout.addWidget(QLabel(self.tr("Pause points")))
        layout.addWidget(self.points, 1)
        layout.addLayout(point_buttons)
        layout.addWidget(self.notice)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.controller.toggle)
        self.resize(820, 760)
        self.undo_stack.indexChanged.connect(self._sync)
        self.reload()

    # ---- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Open the segment's video again (after Locate... or a clip change) and refill the list."""
        self.controller.open_segment(self.segment)
        self._fill()

    def _cues(self) -> list[Cue]:
        return [Cue(p.at_ms, p.prompt, p.id) for p in self.segment.pause_points]

    def _fill(self) -> None:
        self.points.blockSignals(True)
        self.points.setRowCount(len(self.segment.pause_points))
        for row, point in enumerate(self.segment.pause_points):
            time_item = QTableWidgetItem(format_ms(point.at_ms))
            time_item.setFlags(time_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            time_item.setData(Qt.ItemDataRole.UserRole, point.at_ms)
            self.points.setItem(row, 0, time_item)
            prompt_item = QTableWidgetItem(point.prompt)
            prompt_item.setData(Qt.ItemDataRole.UserRole, point.at_ms)
            self.points.setItem(row, 1, prompt_item)
        self.points.blockSignals(False)
        start = self.segment.clip_start_ms or 0
        end = self.segment.clip_end_ms
        self.clip_label.setText(self.tr("Clip: {start} to {end}").format(
            start=format_ms(start), end=format_ms(end) if end is not None else self.tr("the end of the video")))
        usable = self.controller.available and bool(self.controller.location) and not self.locked
        for button in (self.add_button, self.start_button, self.end_button):
            button.setEnabled(usable)
        self.whole_button.setEnabled(not self.locked)
        self.delete_button.setEnabled(bool(self.segment.pause_points) and not self.locked)

    def lock(self, reason: str) -> None:
        """Watch only: a delivered chapter keeps its clip and pause points as they were on the day."""
        self.locked = reason
        self.points.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notice.setText(reason)
        self._fill()

    def _sync(self, _index: int = 0) -> None:
        """After any saved edit (also an undo): the clip, the armed pause points and the list."""
        clip = self.controller.clip
        if (clip.start_ms, clip.end_ms) != (self.segment.clip_start_ms or 0, self.segment.clip_end_ms):
            position = self.controller.position()
            self.controller.open_segment(self.segment)
            self.controller.seek(position)
        else:
            self.controller.set_cues(self._cues())
        self._fill()
        self.changed.emit()

    # ---- pause points -------------------------------------------------------------------
    def add_pause_point(self, at_ms: int | None = None, prompt: str = "") -> bool:
        self.controller.pause()
        at_ms = self.controller.position() if at_ms is None else int(at_ms)
        near = next((p for p in self.segment.pause_points if abs(p.at_ms - at_ms) < MIN_GAP_MS), None)
        if near is not None:
            self.notice.setText(self.tr(
                "There is already a pause point at {time}. Move the video a little further first.").format(
                time=format_ms(near.at_ms)))
            return False
        self.notice.clear()
        self.undo_stack.push(AddPausePoint(self.session, self.segment, at_ms, prompt, self.on_saved))
        row = next(i for i, p in enumerate(self.segment.pause_points) if p.at_ms == at_ms)
        self.points.setCurrentCell(row, 1)
        if not prompt:
            self.points.editItem(self.points.item(row, 1))
        return True

    def edit_prompt(self, row: int, text: str) -> None:
        point = self.segment.pause_points[row]
        if text != point.prompt:
            self.undo_stack.push(EditPrompt(self.session, self.segment, point.at_ms, point.prompt, text, self.on_saved))

    def _prompt_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            self.edit_prompt(item.row(), item.text().strip())

    def delete_selected(self) -> None:
        row = self.points.currentRow()
        if 0 <= row < len(self.segment.pause_points):
            point = self.segment.pause_points[row]
            self.undo_stack.push(DeletePausePoint(self.session, self.segment, point.at_ms, point.prompt, self.on_saved))

    def _go_to_row(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.segment.pause_points):
            self.controller.pause()
            self.controller.seek(max(0, self.segment.pause_points[row].at_ms - 3000))

    # ---- clip -------------------------------------------------------------------------
    def set_clip(self, start_ms: int | None, end_ms: int | None) -> None:
        self.undo_stack.push(SetClip(self.session, self.segment, start_ms, end_ms, self.on_saved))

    def set_clip_start_here(self) -> None:
        position = self.controller.position()
        end = self.segment.clip_end_ms
        self.set_clip(position, end if end is not None and end > position else None)

    def set_clip_end_here(self) -> None:
        position = self.controller.position()
        start = self.segment.clip_start_ms or 0
        if position <= start:
            self.notice.setText(self.tr("The clip must end after it starts: move the video past {start} first.").format(
                start=format_ms(start)))
            return
        self.notice.clear()
        self.set_clip(self.segment.clip_start_ms, position)

    def _fix(self, fix: str) -> None:
        if fix == "locate":
            self.locateRequested.emit()
        elif fix == "edit-clip":
            self.set_clip(None, None)

    def done(self, result: int) -> None:
        try:
            self.undo_stack.indexChanged.disconnect(self._sync)
        except (RuntimeError, TypeError):
            pass
        self.controller.release()
        super().done(result)
