"""After the session: every note by segment, to edit, re-tag, change visibility, add or delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.ui.records.note_editor import NoteEditor, NoteTarget
from cos_desktop.ui.live.notes_panel import note_preview
from cos_desktop.core import local_formats

NOTE_ROLE = Qt.ItemDataRole.UserRole
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionReview(QDialog):
    """The review screen of one session's notes."""

    notesChanged = Signal()

    def __init__(self, session, run_id: int, undo_stack=None, parent: QWidget | None = None,
                 select_note_id: int | None = None):
        super().__init__(parent)
        from cos_desktop.db.models import SessionRun

        self.setObjectName("sessionReview")
        self.session = session
        self.run_id = run_id
        self.undo_stack = undo_stack
        run = session.get(SessionRun, run_id)
        self.setWindowTitle(self.tr("Notes of chapter {n}, {date}").format(
            n=run.chapter_position, date=local_formats.medium_date(run.date)))
        self.heading = QLabel(self.tr("{group}: chapter {n}, {title} ({date})").format(
            group=run.group.name, n=run.chapter_position, title=run.plan.title, date=local_formats.day_month_year(run.date)))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Notes by segment"))
        self.tree.currentItemChanged.connect(self._current_changed)
        self.editor = NoteEditor(session)
        self.editor.set_participants([(p.id, p.display_name) for p in run.group.participants])
        self.editor.noteSaved.connect(self._saved)
        self.editor.noteDropped.connect(lambda _note_id: (self.refresh(None), self.notesChanged.emit()))
        self.add_button = QPushButton(self.tr("&Add a note here"))
        self.add_button.setObjectName("reviewAddNote")
        self.add_button.clicked.connect(self.add_note)
        self.delete_button = QPushButton(self.tr("&Delete note"))
        self.delete_button.setObjectName("reviewDeleteNote")
        self.delete_button.clicked.connect(self.delete_note)
        self.empty = QLabel(self.tr("No notes yet. Pick a segment and add one."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self._add_undo_keys()
        self.refresh(select_note_id)

    def _add_undo_keys(self) -> None:
        """Ctrl+Z and the Redo keys reach the window's history here too (inside a note's text they undo typing)."""
        from PySide6.QtGui import QKeySequence

        from cos_desktop.ui.main_menus import redo_keys

        if self.undo_stack is None:
            return
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys())
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # ---- the tree ---------------------------------------------------------------------
    def refresh(self, select_note_id: int | None = None) -> None:
        from cos_desktop.db import records
        from cos_desktop.db.models import SessionRun

        run = self.session.get(SessionRun, self.run_id)
        notes = {segment.id if segment else None: notes for segment, notes in records.notes_by_segment(self.session, run)}
        self.tree.blockSignals(True)
        self.tree.clear()
        selected = None
        loose = notes.get(None, [])
        sections = ([(None, self.tr("Not tied to a segment"))] if loose else []) + [
            (s.id, f"{s.position}. {s.title}") for s in run.segments  # a part: its own segments
        ]
        total = 0
        for segment_id, title in sections:
            mine = notes.get(segment_id, [])
            parent = QTreeWidgetItem([title + (f"  ({len(mine)})" if mine else "")])
            parent.setData(0, SEGMENT_ROLE, segment_id)
            parent.setData(0, NOTE_ROLE, None)
            font = parent.font(0)
            font.setBold(bool(mine))
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            for note in mine:
                total += 1
                child = QTreeWidgetItem([self._label(note)])
                child.setData(0, NOTE_ROLE, note.id)
                child.setData(0, SEGMENT_ROLE, segment_id)
                child.setToolTip(0, note.text[:500])
                parent.addChild(child)
                if note.id == select_note_id:
                    selected = child
            parent.setExpanded(True)
        self.tree.blockSignals(False)
        self.empty.setVisible(total == 0)
        self.total = total
        if selected is not None:
            self.tree.setCurrentItem(selected)
        else:
            self._current_changed(self.tree.currentItem(), None)

    def _label(self, note) -> str:
        label = note_preview(note.text, note.visibility, self.tr("Private"), self.tr("Shareable"))
        if note.tagged:
            label += "  — " + ", ".join(p.display_name for p in note.tagged)
        return label

    def note_item(self, note_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                if parent.child(j).data(0, NOTE_ROLE) == note_id:
                    return parent.child(j)
        return None

    def _current_changed(self, current, _previous) -> None:
        from cos_desktop.db.models import Note

        note_id = current.data(0, NOTE_ROLE) if current else None
        note = self.session.get(Note, note_id) if note_id else None
        if note is not None:
            if note.id != self.editor.note_id:
                self.editor.open_note(note)
        else:
            segment_id = current.data(0, SEGMENT_ROLE) if current else None
            self.editor.new_note(NoteTarget(self.run_id, segment_id) if current else None)
        self.delete_button.setEnabled(note is not None)

    def _saved(self, note_id: int) -> None:
        from cos_desktop.db.models import Note

        item = self.note_item(note_id)
        if item is None:
            self.refresh(note_id)
        else:
            item.setText(0, self._label(self.session.get(Note, note_id)))
        self.notesChanged.emit()

    # ---- actions ----------------------------------------------------------------------
    def add_note(self) -> None:
        current = self.tree.currentItem()
        segment_id = current.data(0, SEGMENT_ROLE) if current else None
        if self.editor.new_note(NoteTarget(self.run_id, segment_id)):
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(current.parent() or current if current else None)
            self.tree.blockSignals(False)
            self.delete_button.setEnabled(False)
            self.editor.text.setFocus()

    def delete_note(self) -> None:
        from cos_desktop.ui.records.record_commands import DeleteNoteCommand

        note_id = self.editor.note_id
        if note_id is None or not self.editor.flush():
            return
        self.editor.new_note(None)
        command = DeleteNoteCommand(self.session, note_id, refresh=self._after_undoable_change)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _after_undoable_change(self) -> None:
        self.refresh(self.editor.note_id)
        self.notesChanged.emit()

    def done(self, result: int) -> None:
        if not self.editor.flush():
            return  # the note cannot be saved yet: stay open, the message says why
        super().done(result)
