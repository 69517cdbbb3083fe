"""The planner's edits: each computed on a plain snapshot (core.plan_edit) and pushed as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from cos_desktop.core import plan_edit
from cos_desktop.ui.planning.planner_commands import PlanCommand


class PlannerEdits:
    """Mixed into PlannerView: chapter and segment edits, each one undoable step saved at once."""

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
        from cos_desktop.db import plans
        from cos_desktop.db.transactions import NotSaved, committed

        try:
            saved = committed(self.session, lambda: plans.restore_plan(self.session, curriculum_id, snapshot))
        except (ValueError, NotSaved) as exc:
            self.window_.statusBar().showMessage(str(getattr(exc, "detail", exc)), 6000)
            return None
        if saved is None:
            return None
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
        labels = {"planned_seconds": self.tr("Change minutes"), "title": self.tr("Rename a segment"),
                  "kind": self.tr("Change a kind"), "facilitator_prompt": self.tr("Edit a prompt"),
                  "parent_takeaway": self.tr("Edit a take-away")}
        self.edit(labels.get(field, self.tr("Edit a segment")),
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
        """Link a file to the selected segment: the file joins the video list and the segment uses it."""
        if self.current_segment() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Link a video file"), "",
                                              self.tr("Videos (*.mp4 *.m4v *.mkv *.mov *.avi *.webm *.mpg);;All files (*)"))
        if path:
            self.link_file(path)

    def link_file(self, path: str) -> bool:
        from cos_desktop.db import plans
        from cos_desktop.ui.errors import save

        made: list[int] = []
        if not save(self.session, self, lambda: made.append(plans.media_item_for_file(self.session, path))):
            return False
        self._fill_form()
        index = self.video.findData(made[0])
        if index == self.video.currentIndex():
            return False
        self.video.setCurrentIndex(index)  # its signal makes the undoable "Link a video" step
        return True
