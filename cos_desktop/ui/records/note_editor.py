"""Writing one note: the text, private or shareable, the parents it is about; saved as you type.

NoteAutosave keeps the database in step with the editor: the text is saved at most SAVE_DELAY_MS
after the first unsaved keystroke, and at once when the editor loses focus, when another note or
segment is opened, when the window closes and when the app quits. When a save fails (a read-only
or full disk, a lost server) the text stays in the editor, a message says so, and the save is
retried every RETRY_MS until it works. A note that cannot be saved is never left behind: opening
another note waits until it is saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.kinds import Visibility
from cos_desktop.db.transactions import NotSaved
from cos_desktop.ui.appearance import MUTED, WARNING, keep_styled, notice_style, text_style

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
RETRY_MS = 2000


@dataclass(frozen=True)
class NoteTarget:
    """Where a new note goes: a session, and the segment it was written in."""

    run_id: int
    segment_id: int | None = None


class NoteAutosave(QObject):
    """Saves the note shown in an editor; see the module's description."""

    saved = Signal(int)  # note id
    failed = Signal(str)  # 'read-only', 'disk-full' or 'unreachable'
    noteCreated = Signal(int)
    noteDropped = Signal(int)  # a note emptied of every word, taken away

    def __init__(self, session, editor: QPlainTextEdit, parent: QObject | None = None):
        super().__init__(parent or editor)
        self.session = session
        self.editor = editor
        self.note_id: int | None = None
        self.target: NoteTarget | None = None
        self.visibility = Visibility.PRIVATE.value
        self.tag_ids: tuple[int, ...] = ()
        self._saved_state: tuple | None = None
        self._loading = False
        self.failing = False
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # ---- what is shown ----------------------------------------------------------------
    def open_note(self, note) -> bool:
        """Show an existing note. False (nothing changes) while the current note cannot be saved."""
        if not self.flush():
            return False
        self._show(note.id, NoteTarget(note.run_id, note.segment_id), note.text, note.visibility,
                   tuple(p.id for p in note.tagged))
        return True

    def new_note(self, target: NoteTarget | None, *, visibility: str = Visibility.PRIVATE.value,
                 tag_ids: tuple[int, ...] = ()) -> bool:
        """An empty editor; the note is created with its first words. None: nothing to write into."""
        if not self.flush():
            return False
        self._show(None, target, "", visibility, tuple(tag_ids))
        return True

    def _show(self, note_id, target, text, visibility, tag_ids) -> None:
        self.note_id, self.target, self.visibility, self.tag_ids = note_id, target, visibility, tag_ids
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._saved_state = self._state()
        self.editor.setReadOnly(target is None)

    def set_visibility(self, visibility: str) -> None:
        self.visibility = Visibility(visibility).value
        self.flush()

    def set_tags(self, tag_ids) -> None:
        self.tag_ids = tuple(sorted(dict.fromkeys(tag_ids)))
        self.flush()

    # ---- saving -----------------------------------------------------------------------
    def _state(self) -> tuple:
        return (self.editor.toPlainText(), self.visibility, self.tag_ids)

    def dirty(self) -> bool:
        return self._state() != self._saved_state

    def _changed(self) -> None:
        if not self._loading and not self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> bool:
        """Save now if anything changed. True when the database holds what the editor shows."""
        self.timer.stop()
        if not self.dirty() or self.target is None or self.session is None:
            return not self.failing or self._recover()
        text, visibility, tag_ids = self._state()
        if self.note_id is None and not text.strip():
            return True  # nothing written yet: no note to create
        if not text.strip():
            return self._drop_emptied()
        try:
            note_id = self._write(text, visibility, tag_ids)
        except NotSaved as exc:  # already rolled back by the data layer
            self._fail(exc)
            return False
        created = self.note_id is None
        self.note_id = note_id
        self._saved_state = (text, visibility, tag_ids)
        self._recover()
        if created:
            self.noteCreated.emit(note_id)
        self.saved.emit(note_id)
        return True

    def _drop_emptied(self) -> bool:
        from cos_desktop.db import records
        from cos_desktop.db.transactions import committed

        note_id = self.note_id
        try:
            committed(self.session, lambda: records.drop_emptied_note(self.session, note_id))
        except NotSaved as exc:
            self._fail(exc)
            return False
        self.note_id = None
        self._saved_state = self._state()
        self._recover()
        self.noteDropped.emit(note_id)
        return True

    def _write(self, text, visibility, tag_ids) -> int:
        from cos_desktop.db import records
        from cos_desktop.db.transactions import committed

        return committed(self.session, lambda: records.save_note(
            self.session, self.note_id, run_id=self.target.run_id, segment_id=self.target.segment_id, text=text,
            visibility=visibility, tag_ids=tag_ids))

    def _fail(self, exc: BaseException) -> None:
        from cos_desktop.db.engine import write_error_kind

        log.warning("a note could not be saved yet: %s", exc)
        self.failing = True
        self.retry_timer.start()
        self.failed.emit(write_error_kind(exc))

    def _recover(self) -> bool:
        if self.failing:
            self.failing = False
            self.retry_timer.stop()
        return True


class NoteTextEdit(QPlainTextEdit):
    """The note's text; '@' offers the group's parents, and choosing one tags the note."""

    escaped = Signal()
    parentChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._names: dict[str, int] = {}
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self)
        self.completer.activated[str].connect(self._insert_name)

    def set_participants(self, participants: list[tuple[int, str]]) -> None:
        self._names = {}
        for participant_id, name in participants:
            label = name if name not in self._names else f"{name} ({participant_id})"
            self._names[label] = participant_id
        self.completer.model().setStringList(list(self._names))

    def _mention_prefix(self) -> str | None:
        cursor = self.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        at = block.rfind("@")
        if at < 0 or (at > 0 and not block[at - 1].isspace()):
            return None
        prefix = block[at + 1:]
        if "\n" in prefix or len(prefix) > 40:
            return None
        return prefix

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
            event.ignore()  # the completer takes it
            return
        if event.key() == Qt.Key.Key_Escape:
            if popup.isVisible():
                popup.hide()
            else:
                self.escaped.emit()
            return
        super().keyPressEvent(event)
        prefix = self._mention_prefix()
        if prefix is None or not self._names:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(220, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        # The first name is chosen already, so Enter (or Tab) takes it; arrows move to another.
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _insert_name(self, label: str) -> None:
        prefix = self._mention_prefix()
        cursor = self.textCursor()
        if prefix is not None:
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix))
        following = self.document().characterAt(cursor.position())
        cursor.insertText(label if following == " " else label + " ")  # one space after the name, never two
        if following == " ":
            cursor.movePosition(QTextCursor.MoveOperation.Right)
        self.setTextCursor(cursor)
        if label in self._names:
            self.parentChosen.emit(self._names[label])

    def choose_mention(self, label: str) -> None:
        """Pick a name from the @ list (what clicking it or pressing Enter does)."""
        self._insert_name(label)
        self.completer.popup().hide()


class NoteEditor(QWidget):
    """The text of one note, its visibility and its parents, with a line that says if it is saved."""

    escaped = Signal()
    noteSaved = Signal(int)
    noteDropped = Signal(int)  # emptied of every word, so taken away

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = NoteTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setPlaceholderText(self.tr("Write a note. Type @ to name a parent."))
        self.text.setTabChangesFocus(True)
        self.autosave = NoteAutosave(session, self.text, self)
        self.shareable = QCheckBox(self.tr("&Shareable with the group"))
        self.shareable.setObjectName("noteShareable")
        self.shareable.setToolTip(self.tr("Private notes are for you only and never go on a parent's summary."))
        self.shareable.toggled.connect(self._visibility_toggled)
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("noteTagButton")
        self.tag_button.setText(self.tr("About &parents..."))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_menu = QMenu(self)
        self.tag_button.setMenu(self.tag_menu)
        self.tags_label = QLabel()
        self.tags_label.setObjectName("noteTags")
        self.tags_label.setWordWrap(True)
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._participants: list[tuple[int, str]] = []

        row = QHBoxLayout()
        row.addWidget(self.shareable)
        row.addStretch(1)
        row.addWidget(self.tag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.tags_label)
        layout.addLayout(row)
        from cos_desktop.ui.records.name_warning import NameWarning  # a parent named in a shareable note

        layout.addWidget(NameWarning(self))
        layout.addWidget(self.status)

        self.text.escaped.connect(self._escaped)
        self.text.parentChosen.connect(self._mentioned)
        self.autosave.saved.connect(self._saved)
        self.autosave.noteDropped.connect(self.noteDropped)
        self.autosave.failed.connect(self._failed)
        self._show_controls()

    # ---- content ----------------------------------------------------------------------
    def set_participants(self, participants: list[tuple[int, str]]) -> None:
        """The parents this note may be about: (id, name) of the group's parents."""
        self._participants = list(participants)
        self.text.set_participants(self._participants)
        self._fill_tag_menu()

    def open_note(self, note) -> bool:
        if not self.autosave.open_note(note):
            return False
        self._show_controls()
        return True

    def new_note(self, target: NoteTarget | None) -> bool:
        if not self.autosave.new_note(target):
            return False
        self._show_controls()
        return True

    def flush(self) -> bool:
        return self.autosave.flush()

    @property
    def note_id(self) -> int | None:
        return self.autosave.note_id

    # ---- controls ---------------------------------------------------------------------
    def _show_controls(self) -> None:
        self.shareable.blockSignals(True)
        self.shareable.setChecked(self.autosave.visibility == Visibility.SHAREABLE.value)
        self.shareable.blockSignals(False)
        enabled = self.autosave.target is not None
        for widget in (self.text, self.shareable, self.tag_button):
            widget.setEnabled(enabled)
        self._fill_tag_menu()
        self._show_tags()
        if not self.autosave.failing:
            self.status.setText("")
            self.status.setStyleSheet("")

    def _fill_tag_menu(self) -> None:
        self.tag_menu.clear()
        chosen = set(self.autosave.tag_ids)
        if not self._participants:
            action = self.tag_menu.addAction(self.tr("No parents in this group yet"))
            action.setEnabled(False)
        for participant_id, name in self._participants:
            action = QAction(name.replace("&", "&&"), self.tag_menu)  # "&" would underline the next letter
            action.setCheckable(True)
            action.setChecked(participant_id in chosen)
            action.setData(participant_id)
            action.toggled.connect(lambda on, pid=participant_id: self.toggle_tag(pid, on))
            self.tag_menu.addAction(action)

    def toggle_tag(self, participant_id: int, on: bool) -> None:
        tags = set(self.autosave.tag_ids)
        tags.add(participant_id) if on else tags.discard(participant_id)
        self.autosave.set_tags(tags)
        self._show_tags()

    def _mentioned(self, participant_id: int) -> None:
        if participant_id not in self.autosave.tag_ids:
            self.toggle_tag(participant_id, True)
            self._fill_tag_menu()

    def _show_tags(self) -> None:
        names = dict(self._participants)
        tagged = [names.get(i, "?") for i in self.autosave.tag_ids]
        self.tags_label.setText(self.tr("About: {names}").format(names=", ".join(tagged)) if tagged else "")
        self.tags_label.setVisible(bool(tagged))

    def _visibility_toggled(self, on: bool) -> None:
        self.autosave.set_visibility(Visibility.SHAREABLE.value if on else Visibility.PRIVATE.value)

    def _escaped(self) -> None:
        self.flush()
        self.escaped.emit()

    # ---- saved or not -----------------------------------------------------------------
    def _saved(self, note_id: int) -> None:
        self.status.setText(self.tr("Saved"))
        keep_styled(self.status, lambda: text_style(MUTED, self))
        self.noteSaved.emit(note_id)

    def _failed(self, kind: str) -> None:
        reasons = {
            "read-only": self.tr("the database is read-only"),
            "disk-full": self.tr("the disk is full"),
            "unreachable": self.tr("the database cannot be reached"),
            "no-access": self.tr("you no longer have access to this group's records (ask your agency's administrator)"),
        }
        reason = reasons.get(kind, reasons["unreachable"])
        self.status.setText(self.tr(
            "⚠ Not saved yet: {reason}. Your text stays here and COS Desktop keeps trying to save it."
        ).format(reason=reason))
        keep_styled(self.status, lambda: notice_style(WARNING, self, padding=4))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.flush()
        super().hideEvent(event)
