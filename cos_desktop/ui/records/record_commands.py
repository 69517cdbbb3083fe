"""Undoable deletes of records (Edit > Undo): a group with everything it holds, or one note.

Each command deletes when pushed and keeps a snapshot of the rows; undo puts them back with
their ids, so the search index, tags and attendance come back as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class _DeleteCommand(QUndoCommand):
    def __init__(self, session, text: str, refresh: Callable[[], None] | None = None,
                 report: Callable[[str], None] | None = None):
        super().__init__(text)
        self.session = session
        self._refresh = refresh or (lambda: None)
        self.report = report or (lambda message: None)
        self.snapshot = None

    def _delete(self):
        raise NotImplementedError

    def refresh(self) -> None:
        try:
            self._refresh()
        except RuntimeError:  # the screen that asked for the delete has been closed since
            pass

    def redo(self) -> None:
        from cos_desktop.db.transactions import NotSaved, committed

        try:
            self.snapshot = committed(self.session, self._delete)
        except NotSaved as exc:
            self.setObsolete(True)
            self.report(exc.detail)
        self.refresh()

    def undo(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.db.transactions import NotSaved, committed

        if self.snapshot is None:
            return
        try:
            committed(self.session, lambda: records.restore(self.session, self.snapshot))
        except NotSaved as exc:
            self.report(exc.detail)
        self.refresh()


class DeleteGroupCommand(_DeleteCommand):
    def __init__(self, session, group_id: int, name: str, refresh=None, report=None):
        # "&&": the text goes into Edit > Undo, where a single "&" would underline the next letter.
        text = QCoreApplication.translate("DeleteGroupCommand", "delete group “{name}”").format(name=name.replace("&", "&&"))
        super().__init__(session, text, refresh, report)
        self.group_id = group_id

    def _delete(self):
        from cos_desktop.db import records
        from cos_desktop.db.models import Group

        return records.delete_group(self.session, self.session.get(Group, self.group_id))


class DeleteNoteCommand(_DeleteCommand):
    def __init__(self, session, note_id: int, refresh=None, report=None):
        super().__init__(session, QCoreApplication.translate("DeleteNoteCommand", "delete note"), refresh, report)
        self.note_id = note_id

    def _delete(self):
        from cos_desktop.db import records
        from cos_desktop.db.models import Note

        return records.delete_note(self.session, self.session.get(Note, self.note_id))
