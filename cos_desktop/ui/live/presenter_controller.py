"""The Qt side of a live run: forwards intent to the LiveRun, re-emits its changes as signals,
and repaints exactly when the countdown's text changes (the repaint timer never counts time).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from cos_desktop.core.live_run import NS, LiveRun, PlannedSegment, RunSnapshot, RunState, ns_to_next_display_change
from cos_desktop.core.public_view import PublicView, Screen, TimerSize, public_view
from cos_desktop.ui.live.key_router import ALWAYS_KEYS, CLICKER_LETTER_KEYS, KeyRouter
from cos_desktop.ui.live.text_fields import typing_in_text_field

log = logging.getLogger(__name__)

# The keys a presentation clicker (or a keyboard) sends, and what they do.
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
SHORTCUTS = [
    ("F5", QT_TRANSLATE_NOOP("ShortcutHelp", "Start the session")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "Page Down or Right arrow"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "Next segment; on the last one, end the session (press twice)")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "Page Up or Left arrow"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "Previous segment (or: do not end yet)")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "Enter"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "End the session, once it has asked \"End the session?\"")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "Space"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "Pause or carry on (on a video segment: play or pause the video)")),
    ("F", QT_TRANSLATE_NOOP("ShortcutHelp", "One screen: the video on the whole screen, or back")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "B or . (full stop)"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "Blank the projector, or show it again")),
    ("W", QT_TRANSLATE_NOOP("ShortcutHelp", "A calm title screen on the projector, or back to the segment")),
    ("T", QT_TRANSLATE_NOOP("ShortcutHelp", "Show or hide the timer on the projector")),
    ("S", QT_TRANSLATE_NOOP("ShortcutHelp", "Timer size on the projector: small, large, full screen")),
    ("N", QT_TRANSLATE_NOOP("ShortcutHelp", "Write a note (Esc gives the keys back to the session)")),
    ("C",
     QT_TRANSLATE_NOOP("ShortcutHelp", "Check-in: Up/Down choose a parent, P/L/A/E mark, Shift+P all present, Esc back")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "+ or ="),
     QT_TRANSLATE_NOOP("ShortcutHelp", "One more minute for this segment")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "- (minus)"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "One minute less for this segment (never below 1 minute)")),
    ("R", QT_TRANSLATE_NOOP("ShortcutHelp", "When the session runs late: show how to finish on time")),
    ("I", QT_TRANSLATE_NOOP("ShortcutHelp",
                            "Show a picture on the projector (choose one when there are several), or hide it")),
    ("M", QT_TRANSLATE_NOOP("ShortcutHelp", "Type a short message for the projector (\"Back at 19:45\")")),
    ("X", QT_TRANSLATE_NOOP("ShortcutHelp", "Take the message off the projector")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutHelp", "Hide the picture; else leave full screen (the session keeps running)")),
    ("F11", QT_TRANSLATE_NOOP("ShortcutHelp", "Full screen on or off")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "F1 or ?"), QT_TRANSLATE_NOOP("ShortcutHelp", "Show these shortcuts")),
    (QT_TRANSLATE_NOOP("ShortcutHelp", "Click a segment in the outline"),
     QT_TRANSLATE_NOOP("ShortcutHelp", "Go to that segment")),
]


class PresenterController(QObject):
    """One live run on screen. Signals carry plain values; `snapshot()` gives the full picture."""

    segmentChanged = Signal(int)  # index into `segments`
    stateChanged = Signal(str)  # RunState value
    planChanged = Signal()
    ticked = Signal(object)  # RunSnapshot, whenever the displayed time changes
    publicViewChanged = Signal(object)  # PublicView for the projector
    runEnded = Signal()
    saveFailed = Signal(str)
    helpRequested = Signal()
    fullScreenToggleRequested = Signal()  # Esc: leave full screen
    fullScreenRequested = Signal()  # F11: full screen on or off
    endRequested = Signal()  # the End button: the window asks for confirmation
    endPendingChanged = Signal(bool)  # Page Down on the last segment asks "End the session?"
    pictureRequested = Signal()  # I with no picture up: the presenter offers this segment's pictures
    messageRequested = Signal()  # M: the presenter opens the box to type a message for the room

    def __init__(
        self,
        live: LiveRun,
        *,
        chapter_title: str,
        chapter_position: int | None,
        group_name: str = "",
        rehearsal: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.live = live
        self.chapter_title = chapter_title
        self.chapter_position = chapter_position
        self.group_name = group_name
        self.rehearsal = rehearsal
        self.screen_mode = Screen.SEGMENT
        self.show_timer_on_projector = False
        self.timer_size = TimerSize.LARGE
        self.end_pending = False
        # What the facilitator put up for the room themselves; shown until taken down.
        self.room_message = ""
        self.picture = ""
        self.keys = KeyRouter(self)
        self._last_view: PublicView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        live.segment_changed.append(lambda index: self.segmentChanged.emit(index))
        live.state_changed.append(self._state_changed)
        live.plan_changed.append(lambda: self.planChanged.emit())
        live.save_failed.append(lambda exc: self.saveFailed.emit(str(exc)))

    # ---- reading ---------------------------------------------------------------------
    @property
    def segments(self) -> list[PlannedSegment]:
        return self.live.segments

    def snapshot(self) -> RunSnapshot:
        return self.live.snapshot()

    def public_view(self, snapshot: RunSnapshot | None = None) -> PublicView:
        return public_view(
            snapshot or self.snapshot(),
            chapter_title=self.chapter_title,
            chapter_position=self.chapter_position,
            screen=self.screen_mode,
            show_timer=self.show_timer_on_projector,
            timer_size=self.timer_size,
            message=self.room_message,
            picture=self.picture,
        )

    # ---- intent ----------------------------------------------------------------------
    def start(self) -> bool:
        return self._after(self.live.start())

    def next(self) -> bool:
        return self._after(self.live.next())

    def previous(self) -> bool:
        return self._after(self.live.previous())

    def forward(self) -> bool:
        """The clicker's forward key: starts the session, then the next segment; on the last one, ask, then end.

        Many clickers have only forward and back, so the first press starts the timer."""
        if self.end_pending:
            return self.end()
        snap = self.snapshot()
        if snap.state is RunState.NOT_STARTED:
            return self.start()
        live = snap.state in (RunState.RUNNING, RunState.PAUSED)
        if live and snap.current + 1 >= len(self.segments):
            self.set_end_pending(True)
            return False
        return self.next()

    def back(self) -> bool:
        """The clicker's back key: "not yet" while the end is being asked, else the previous segment."""
        if self.end_pending:
            self.set_end_pending(False)
            return False
        return self.previous()

    def set_end_pending(self, pending: bool) -> None:
        if pending != self.end_pending:
            self.end_pending = pending
            self.endPendingChanged.emit(pending)

    def jump(self, index: int) -> bool:
        return self._after(self.live.jump(index))

    def toggle_pause(self) -> bool:
        return self._after(self.live.toggle_pause())

    def nudge(self, seconds: int) -> bool:
        return self._after(self.live.nudge(seconds))

    def set_planned(self, planned: dict[int, int], description: str = "") -> bool:
        return self._after(self.live.set_planned(planned, description))

    def end(self) -> bool:
        self.set_end_pending(False)
        return self._after(self.live.end())

    def toggle_blank(self) -> None:
        self.screen_mode = Screen.SEGMENT if self.screen_mode is Screen.BLANK else Screen.BLANK
        self.refresh()

    def toggle_title(self) -> None:
        self.screen_mode = Screen.SEGMENT if self.screen_mode is Screen.TITLE else Screen.TITLE
        self.refresh()

    def set_screen_mode(self, mode: Screen) -> None:
        self.screen_mode = mode
        self.refresh()

    def set_projector_timer(self, shown: bool) -> None:
        self.show_timer_on_projector = shown
        self.refresh()

    def set_timer_size(self, size: TimerSize) -> None:
        self.timer_size = TimerSize(size)
        self.refresh()

    def next_timer_size(self) -> None:
        sizes = list(TimerSize)
        self.set_timer_size(sizes[(sizes.index(self.timer_size) + 1) % len(sizes)])
        if not self.show_timer_on_projector:
            self.set_projector_timer(True)

    def set_message(self, text: str) -> None:
        self.room_message = text.strip()
        self.refresh()

    def clear_message(self) -> None:
        self.set_message("")

    def show_picture(self, path: str) -> None:
        self.picture = str(path)
        self.refresh()

    def hide_picture(self) -> None:
        self.picture = ""
        self.refresh()

    def toggle_picture(self) -> None:
        """I: hide the picture that is up, else ask the presenter which one to show."""
        if self.picture:
            self.hide_picture()
        else:
            self.pictureRequested.emit()

    def _escape(self) -> None:
        if self.picture:
            self.hide_picture()  # the same gesture that leaves a slide: the picture goes first
        else:
            self.fullScreenToggleRequested.emit()

    def handle_key(self, event: QKeyEvent, focus: QWidget | None = None) -> bool:
        """The clicker and keyboard shortcuts; False when the key is not ours or is text for `focus`."""
        action = self.action_for_key(event, focus)
        if action is None:
            return False
        if typing_in_text_field(focus):
            self.keys.clicker_used()  # a clicker key mid-note: the blank key works again at once
        action()
        return True

    def action_for_key(self, event: QKeyEvent, focus: QWidget | None = None):
        """What a key press would do (a callable), or None: not one of ours, or text for a note."""
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return None
        if self.end_pending and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.end
        if self.end_pending and key == Qt.Key.Key_Escape:
            return lambda: self.set_end_pending(False)
        if self.keys.goes_to_text(key, focus):
            return None
        if typing_in_text_field(focus) and key not in (*ALWAYS_KEYS, *CLICKER_LETTER_KEYS):
            return None  # the note keeps its arrows, Space, Enter and other letters
        return self._action_for(key, event.text())

    def _action_for(self, key: int, text: str):
        if key in NEXT_KEYS:
            return self.forward
        if key in PREVIOUS_KEYS:
            return self.back
        if key in BLANK_KEYS:
            return self.toggle_blank
        if key == Qt.Key.Key_F5:
            return self.start
        letters = {
            Qt.Key.Key_W: self.toggle_title,
            Qt.Key.Key_F11: self.fullScreenRequested.emit,
            Qt.Key.Key_Space: self.toggle_pause,
            Qt.Key.Key_Escape: self._escape,
            Qt.Key.Key_I: self.toggle_picture,
            Qt.Key.Key_M: self.messageRequested.emit,
            Qt.Key.Key_X: self.clear_message,
            Qt.Key.Key_F1: self.helpRequested.emit,
            Qt.Key.Key_T: lambda: self.set_projector_timer(not self.show_timer_on_projector),
            Qt.Key.Key_S: self.next_timer_size,
        }
        if key in letters:
            return letters[key]
        if text == "?":
            return self.helpRequested.emit
        if text in ("+", "="):
            return lambda: self.nudge(60)
        if text == "-":
            return lambda: self.nudge(-60)
        return None

    # ---- repaint ---------------------------------------------------------------------
    def refresh(self) -> RunSnapshot:
        """Show the run as it is now, then wake up just after the countdown's text next changes."""
        snap = self.snapshot()
        self.ticked.emit(snap)
        view = self.public_view(snap)
        if view != self._last_view:
            self._last_view = view
            self.publicViewChanged.emit(view)
        if snap.state is RunState.RUNNING:
            delay_ms = ns_to_next_display_change(snap.remaining_ns) * 1000 // NS + 1
            self._timer.start(max(1, min(1000, delay_ms)))
        else:
            self._timer.start(1000)  # paused or not started: the wall clock and the projected finish still move
        return snap

    def stop(self) -> None:
        self._timer.stop()

    def _after(self, changed: bool) -> bool:
        if changed and self.end_pending and not self.live.ended:
            self.set_end_pending(False)  # moved on some other way: the question is gone
        if changed:
            self.refresh()
        return changed

    def _state_changed(self, state: RunState) -> None:
        self.stateChanged.emit(state.value)
        if state is RunState.ENDED:
            self.runEnded.emit()
