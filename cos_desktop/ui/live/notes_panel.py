"""The notes panel of a live session: this segment's notes and the note being written.

The panel follows the session: set_context() is called with the current segment, which saves the
note being written at once and starts a fresh one tied to the new segment. A note still being
typed when the segment changes stays open to finish the sentence; once typing pauses, the next
words start a fresh note in the segment the session is in. The quick-note key
(QUICK_NOTE_KEY, a key no presentation clicker sends) opens it with the cursor in a new note;
Esc in the note hands the keyboard back to the presenter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.kinds import Visibility
from cos_desktop.ui.live.key_router import TYPING_IDLE_MS
from cos_desktop.ui.records.note_editor import NoteEditor, NoteTarget

# Clickers send PageUp/PageDown, arrows, B, period, F5, Esc; N is none of them.
QUICK_NOTE_KEY = QKeySequence(Qt.Key.Key_N)
PREVIEW_LENGTH = 70


def note_preview(text: str, visibility: str, private_word: str, shareable_word: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > PREVIEW_LENGTH:
        flat = flat[: PREVIEW_LENGTH - 1] + "…"
    word = shareable_word if visibility == Visibility.SHAREABLE.value else private_word
    return f"[{word}] {flat}"


class NotesPanel(QWidget):
    """Notes tied to the current segment of a session; everything typed is saved as you type."""

    doneTyping = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.session = session
        self.run_id: int | None = None
        self.segment_id: int | None = None
        self.heading = QLabel(self.tr("No session"))
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.note_list = QListWidget()
        self.note_list.setObjectName("notesList")
        self.note_list.setAccessibleName(self.tr("Notes in this segment"))
        self.note_list.setWordWrap(True)
        self.note_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_list.itemActivated.connect(self._open_item)
        self.note_list.itemClicked.connect(self._open_item)
        self.editor = NoteEditor(session)
        self.editor.noteSaved.connect(self._note_saved)
        self.editor.noteDropped.connect(self._note_dropped)
        self._last_edit = 0.0  # time.monotonic() of the last change typed into the note
        self.editor.text.textChanged.connect(self._edited)
        # A note kept open across a segment change follows the session once typing pauses.
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(TYPING_IDLE_MS)
        self._follow.timeout.connect(self._catch_up_with_the_session)
        self.editor.escaped.connect(self.doneTyping)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setObjectName("newNoteButton")
        self.new_button.setToolTip(self.tr("Start another note (key: {key})").format(
            key=QUICK_NOTE_KEY.toString(QKeySequence.SequenceFormat.NativeText)))
        self.new_button.clicked.connect(self.start_quick_note)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note_list, 1)
        layout.addWidget(self.editor, 2)
        self.set_context(None, None)

    # ---- following the session --------------------------------------------------------
    def set_context(self, run_id: int | None, segment_id: int | None, heading: str = "", *,
                    keep_open: bool = False) -> bool:
        """Show the notes of this segment and start a new note there; the current note is saved first.

        With `keep_open` (the facilitator is in the middle of a note) the note is saved and stays
        in the editor, still tied to its own segment; the next new note goes to this one.
        False when the current note cannot be saved yet: it stays open and nothing moves.
        """
        if not self.editor.flush():
            return False
        same_run = run_id == self.run_id
        self.run_id, self.segment_id = run_id, segment_id
        self.heading.setText(heading or (self.tr("Notes") if run_id else self.tr("No session")))
        self._follow.stop()
        if keep_open and same_run:
            self._follow.start()
        else:
            self.editor.set_participants(self._participants())
            self.editor.new_note(NoteTarget(run_id, segment_id) if run_id else None)
        self._fill_list()
        return True

    def typing(self) -> bool:
        """True while the facilitator is in the middle of a note: the cursor is in it, it has text,
        and a key was typed into it within the last few seconds."""
        recent = time.monotonic() - self._last_edit < TYPING_IDLE_MS / 1000
        return recent and self.editor.text.hasFocus() and bool(self.editor.text.toPlainText().strip())

    def _edited(self) -> None:
        self._last_edit = time.monotonic()
        if self._follow.isActive():
            self._follow.start()  # still finishing the sentence

    def _catch_up_with_the_session(self) -> None:
        """Typing paused in a note of an earlier segment: save it and open a fresh one here."""
        target = self.editor.autosave.target
        if target is None or target.segment_id == self.segment_id or not self.editor.flush():
            return
        had_focus = self.editor.text.hasFocus()
        self.editor.set_participants(self._participants())
        self.editor.new_note(NoteTarget(self.run_id, self.segment_id))
        self._fill_list()
        if had_focus:
            self.editor.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _participants(self) -> list[tuple[int, str]]:
        from cos_desktop.db.models import SessionRun

        if self.run_id is None or self.session is None:
            return []
        run = self.session.get(SessionRun, self.run_id)
        return [(p.id, p.display_name) for p in run.group.participants] if run else []

    def _notes(self):
        from sqlalchemy import select

        from cos_desktop.db.models import Note

        if self.run_id is None:
            return []
        query = select(Note).where(Note.run_id == self.run_id)
        query = query.where(Note.segment_id == self.segment_id if self.segment_id else Note.segment_id.is_(None))
        return list(self.session.scalars(query.order_by(Note.id)))

    def _fill_list(self) -> None:
        self.note_list.clear()
        for note in self._notes():
            self._add_item(note.id, note.text, note.visibility)
        self._select(self.editor.note_id)

    def _add_item(self, note_id: int, text: str, visibility: str) -> QListWidgetItem:
        item = QListWidgetItem(note_preview(text, visibility, self.tr("Private"), self.tr("Shareable")))
        item.setData(Qt.ItemDataRole.UserRole, note_id)
        self.note_list.addItem(item)
        return item

    def _item_for(self, note_id: int | None) -> QListWidgetItem | None:
        for row in range(self.note_list.count()):
            item = self.note_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note_id:
                return item
        return None

    def _select(self, note_id: int | None) -> None:
        item = self._item_for(note_id)
        self.note_list.setCurrentItem(item) if item else self.note_list.clearSelection()

    def _note_saved(self, note_id: int) -> None:
        text, visibility = self.editor.text.toPlainText(), self.editor.autosave.visibility
        item = self._item_for(note_id)
        label = note_preview(text, visibility, self.tr("Private"), self.tr("Shareable"))
        if item is None:
            item = self._add_item(note_id, text, visibility)
        else:
            item.setText(label)
        self.note_list.setCurrentItem(item)

    def _note_dropped(self, note_id: int) -> None:
        item = self._item_for(note_id)
        if item is not None:
            self.note_list.takeItem(self.note_list.row(item))

    def _open_item(self, item: QListWidgetItem) -> None:
        from cos_desktop.db.models import Note

        note = self.session.get(Note, item.data(Qt.ItemDataRole.UserRole))
        if note is not None and note.id != self.editor.note_id:
            self.editor.open_note(note)

    # ---- quick note -------------------------------------------------------------------
    def start_quick_note(self) -> None:
        """A fresh note in the current segment with the cursor in it (the current one is saved)."""
        if self.run_id is None:
            return
        if self.editor.note_id is not None or self.editor.text.toPlainText().strip():
            if not self.editor.new_note(NoteTarget(self.run_id, self.segment_id)):
                return
        self.note_list.clearSelection()
        self.show()
        self.editor.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush(self) -> bool:
        return self.editor.flush()
