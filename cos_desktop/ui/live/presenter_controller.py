"""The Qt side of a live run: forwards intent to the LiveRun, re-emits its changes as signals,
and repaints exactly when the countdown's text changes (the repaint timer never counts time).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from cos_desktop.core.live_run import NS, LiveRun, PlannedSegment, RunSnapshot, RunState, ns_to_next_display_change
from cos_desktop.core.public_view import PublicView, Screen, public_view

log = logging.getLogger(__name__)

# The keys a presentation clicker (or a keyboard) sends, and what they do.
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
SHORTCUTS = [
    ("F5", "Start the session"),
    ("Page Down or Right arrow", "Next segment"),
    ("Page Up or Left arrow", "Previous segment"),
    ("Space", "Pause or carry on (on a video segment: play or pause the video)"),
    ("F", "One screen: the video on the whole screen, or back"),
    ("B or . (full stop)", "Blank the projector, or show it again"),
    ("W", "A calm title screen on the projector, or back to the segment"),
    ("T", "Show or hide the timer on the projector"),
    ("+ or =", "One more minute for this segment"),
    ("- (minus)", "One minute less for this segment"),
    ("Esc", "Leave full screen (the session keeps running)"),
    ("F11", "Full screen on or off"),
    ("F1 or ?", "Show these shortcuts"),
    ("Click a segment in the outline", "Go to that segment"),
]


def typing_in_text_field(widget: QWidget | None) -> bool:
    """True when `widget` (the one with the keyboard focus) takes keys as text, not commands."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    return False


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
        )

    # ---- intent ----------------------------------------------------------------------
    def start(self) -> bool:
        return self._after(self.live.start())

    def next(self) -> bool:
        return self._after(self.live.next())

    def previous(self) -> bool:
        return self._after(self.live.previous())

    def jump(self, index: int) -> bool:
        return self._after(self.live.jump(index))

    def toggle_pause(self) -> bool:
        return self._after(self.live.toggle_pause())

    def nudge(self, seconds: int) -> bool:
        return self._after(self.live.nudge(seconds))

    def set_planned(self, planned: dict[int, int], description: str = "") -> bool:
        return self._after(self.live.set_planned(planned, description))

    def end(self) -> bool:
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

    def handle_key(self, event: QKeyEvent, focus: QWidget | None = None) -> bool:
        """The clicker and keyboard shortcuts; False (not handled) while `focus` is a text field."""
        action = self.action_for_key(event, focus)
        if action is None:
            return False
        action()
        return True

    def action_for_key(self, event: QKeyEvent, focus: QWidget | None = None):
        """What a key press would do (a callable), or None: not one of ours, or typing in a text field."""
        if typing_in_text_field(focus):
            return None
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return None
        key = event.key()
        text = event.text()
        if key in NEXT_KEYS:
            return self.next
        if key in PREVIOUS_KEYS:
            return self.previous
        if key in BLANK_KEYS:
            return self.toggle_blank
        if key == Qt.Key.Key_W:
            return self.toggle_title
        if key == Qt.Key.Key_F11:
            return self.fullScreenRequested.emit
        if key == Qt.Key.Key_F5:
            return self.start
        if key == Qt.Key.Key_Space:
            return self.toggle_pause
        if key == Qt.Key.Key_Escape:
            return self.fullScreenToggleRequested.emit
        if key == Qt.Key.Key_F1 or text == "?":
            return self.helpRequested.emit
        if key == Qt.Key.Key_T:
            return lambda: self.set_projector_timer(not self.show_timer_on_projector)
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
        elif snap.state is RunState.PAUSED:
            self._timer.start(1000)  # the wall clock and the projected finish still move
        else:
            self._timer.stop()
        return snap

    def stop(self) -> None:
        self._timer.stop()

    def _after(self, changed: bool) -> bool:
        if changed:
            self.refresh()
        return changed

    def _state_changed(self, state: RunState) -> None:
        self.stateChanged.emit(state.value)
        if state is RunState.ENDED:
            self.runEnded.emit()
