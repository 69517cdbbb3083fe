"""Records in the presenter view: the notes panel (following the segment) and check-in marking.

A rehearsal records nothing, so it gets neither (it has a practice notes area instead). C opens
the check-in with the keyboard in it. The quick-note key (N) brings up the notes with
the cursor in a new note; Esc gives the keyboard back to the presenter, where the clicker keys
work again. Ending or closing the session saves the note being written at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from cos_desktop.ui.live.notes_panel import QUICK_NOTE_KEY, NotesPanel

# Like N, a key no presentation clicker sends.
CHECK_IN_KEY = QKeySequence(Qt.Key.Key_C)


class LiveRecords(QObject):
    def __init__(self, live, window):
        super().__init__(live)
        from cos_desktop.ui.live.check_in import LiveCheckIn

        self.live = live
        self.run_id = live.run.id
        self.chapter_position = live.run.chapter_position
        presenter = live.presenter
        self.notes = NotesPanel(live.db_session)
        self.notes.setObjectName("liveNotesPanel")
        self.attendance = LiveCheckIn(live.db_session, self.run_id)
        self.attendance.changed.connect(getattr(window, "_attendance_changed", lambda: None))
        self.attendance.doneMarking.connect(self._done_typing)
        self.notes_tab = presenter.add_side_panel(self.notes, self.tr("Notes (N)"))
        self.check_in_tab = presenter.add_side_panel(self.attendance, self.tr("Check-in (C)"))
        self.quick_note = QShortcut(QUICK_NOTE_KEY, presenter)
        self.quick_note.setContext(Qt.ShortcutContext.WindowShortcut)
        self.quick_note.activated.connect(self.start_quick_note)
        self.check_in_key = QShortcut(CHECK_IN_KEY, presenter)
        self.check_in_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.check_in_key.activated.connect(self.start_check_in)
        self.notes.doneTyping.connect(self._done_typing)
        self._pending_index: int | None = None  # a segment change that waits for the note to be saved
        self.notes.editor.noteSaved.connect(self._saved)
        presenter.segmentChanged.connect(self.follow_segment)
        live.controller.runEnded.connect(self.notes.flush)
        live.closed.connect(self.notes.flush)
        self.follow_segment(live.controller.snapshot().current)

    def follow_segment(self, index: int) -> None:
        segments = self.live.controller.segments
        if not 0 <= index < len(segments):
            return
        segment = segments[index]
        heading = self.tr("Chapter {chapter}, segment {n}: {title}").format(
            chapter=self.chapter_position, n=segment.position, title=segment.title)
        if self.notes.set_context(self.run_id, segment.segment_id, heading, keep_open=self.notes.typing()):
            self._pending_index = None
        else:
            self._pending_index = index

    def _saved(self, _note_id: int) -> None:
        if self._pending_index is not None:
            self.follow_segment(self._pending_index)

    def start_quick_note(self) -> None:
        self.live.presenter.side_tabs.setCurrentWidget(self.notes)
        self.notes.start_quick_note()

    def start_check_in(self) -> None:
        """C: the check-in list with the keyboard in it (Up/Down, then P, L, A or E)."""
        self.live.presenter.side_tabs.setCurrentWidget(self.attendance)
        self.attendance.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _done_typing(self) -> None:
        self.live.presenter.activateWindow()
        self.live.presenter.setFocus(Qt.FocusReason.ShortcutFocusReason)


def attach_live_records(live, window) -> LiveRecords | None:
    """Add the notes panel and check-in to a live session's presenter (none for a rehearsal)."""
    if live.run is None or live.db_session is None:
        return None
    live.records = LiveRecords(live, window)
    return live.records
