"""The planner's undo steps: one edit of a plan, and a programme made by "Save as new" or an import."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

MERGE_ID = 7007


class PlanCommand(QUndoCommand):
    """One edit of a plan: undo restores the plan as it was, redo as it became; both are saved."""

    def __init__(self, planner, curriculum_id: int, before: dict, after: dict, text: str,
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

    def __init__(self, planner, curriculum_id: int, text: str):
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

