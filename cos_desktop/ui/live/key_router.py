"""Where a key goes during a live session: the note being typed, or the session.

A facilitator across the room has only the clicker, so Page Down, Page Up and F5 always act on
the session, even mid-note. Letters typed into a note are text. The clicker's blank key (B or
".") is a letter too: it goes to the note while the facilitator is typing, and to the session
once they have stopped for a few seconds or have just used the clicker. Esc in a note gives
every key back to the session. `typing` says which of the two it is now; the presenter shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cos_desktop.ui.live.text_fields import typing_in_text_field

# Keys that act on the session whatever has the focus (a clicker's forward, back and start).
ALWAYS_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F5}
# The clicker's blank key: text while typing, the session's otherwise.
CLICKER_LETTER_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
# After this long without a key typed into a note, the clicker's letter keys act on the session.
TYPING_IDLE_MS = 4000


class KeyRouter(QObject):
    """Knows whether the facilitator is typing; `modeChanged(typing)` whenever that changes."""

    modeChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._typing = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(TYPING_IDLE_MS)
        self._idle.timeout.connect(lambda: self._set(False))

    @property
    def typing(self) -> bool:
        return self._typing

    def typed(self) -> None:
        """A key went into a text field as text: typing, for a few more seconds."""
        self._idle.start()
        self._set(True)

    def clicker_used(self) -> None:
        self._idle.stop()
        self._set(False)

    def focus_moved(self, now: QWidget | None) -> None:
        """Focus put into a text field (a click, the N key) means the facilitator is about to type."""
        if typing_in_text_field(now):
            self.typed()
        else:
            self.clicker_used()

    def goes_to_text(self, key: int, focus: QWidget | None) -> bool:
        """True when this key press is text for the focused field, not a command for the session."""
        if not typing_in_text_field(focus):
            return False
        if key in ALWAYS_KEYS:
            return False
        if key in CLICKER_LETTER_KEYS and not self._typing:
            return False
        return True

    def _set(self, typing: bool) -> None:
        if typing != self._typing:
            self._typing = typing
            self.modeChanged.emit(typing)
