"""The presenter view: the facilitator's laptop screen during a live session.

Shows the current segment with a large countdown and the time spent in it, its prompt, what comes
next, the outline of the session, the wall clock, the projected finish, a live miniature of the
projector and where the keys go (the session or a note). Others can add to it:
- `add_side_panel(widget, title)`: a tab beside the outline (notes, attendance...).
- `set_segment_content_factory(factory)`: `factory(segment, index) -> QWidget | None` fills the
  content area for each segment (a video player, say); None leaves it empty.
- the controller's signals (`segmentChanged`, `stateChanged`, `runEnded`...).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.clock import local_time
from cos_desktop.core.live_run import NS, PlannedSegment, RunSnapshot, RunState
from cos_desktop.core.plan import format_duration
from cos_desktop.ui.appearance import MUTED, WARNING, keep_styled, notice_style, role_colour
from cos_desktop.ui.live.message_strip import MessageStrip
from cos_desktop.ui.live.key_router import ALWAYS_KEYS, CLICKER_LETTER_KEYS
from cos_desktop.ui.live.presenter_controller import PresenterController
from cos_desktop.ui.live.presenter_outline import PresenterOutline
from cos_desktop.ui.live.projector_miniature import ProjectorMiniature
from cos_desktop.ui.live.rebalance import RebalanceCommand, confirm_rebalance, rebalance_text
from cos_desktop.ui.live.segment_view import SegmentView, clock_text, make_button, make_label, minutes_text
from cos_desktop.ui.live.shortcut_help import ShortcutHelp
from cos_desktop.ui.live.text_fields import typing_in_text_field
from cos_desktop.core import local_formats

# The offer to rebalance appears once the projection runs this far past the planned end.
REBALANCE_OFFER_SECONDS = 120
KEYS_SESSION_STYLE = "color: #ffffff; background: #1d5e2f; padding: 3px 8px; border-radius: 3px;"
KEYS_NOTE_STYLE = "color: #1a1a1a; background: #f3c969; padding: 3px 8px; border-radius: 3px;"


class PresenterWindow(QWidget):
    segmentChanged = Signal(int)

    def __init__(self, controller: PresenterController, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.undo_stack = undo_stack or QUndoStack(self)
        self._help: QDialog | None = None
        # Other windows where the clicker's keys act on the session too (the main window, mid-session).
        self.clicker_windows: list[QWidget] = []
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Presenter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.messages = MessageStrip(self)
        layout.addWidget(self.messages)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.segment_view = SegmentView(self.controller)
        sv = self.segment_view
        # The parts other features and tests reach for.
        self.countdown, self.countdown_note, self.segment_title = sv.countdown, sv.countdown_note, sv.segment_title
        self.less_button, self.more_button, self.content_area = sv.less_button, sv.more_button, sv.content_area
        splitter.addWidget(sv)
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_controls())
        self._add_undo_actions()
        self._connect()
        self.chapter_label.setText(self._chapter_text())
        self.resize(1280, 800)
        self.outline.fill()
        self._segment_changed(self.controller.snapshot().current)
        self._show_key_target()
        QApplication.instance().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # ---- building ------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        self.chapter_label = make_label("presenterChapter", 1.3, bold=True, wrap=True)
        self.rehearsal_label = QLabel(self.tr("Rehearsal: nothing is recorded"))
        self.rehearsal_label.setObjectName("rehearsalLabel")
        keep_styled(self.rehearsal_label, lambda: f"border: 2px dashed {role_colour(MUTED, self).name()}; padding: 2px 8px;")
        self.rehearsal_label.setVisible(self.controller.rehearsal)
        self.wall_clock = make_label("wallClock", 1.6, bold=True)
        self.wall_clock.setToolTip(self.tr("The time now"))
        self.session_clock = make_label("sessionClock", 1.2)
        self.finish_label = make_label("finishLabel", 1.2)
        self.session_clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.finish_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        clocks = QVBoxLayout()
        clocks.setSpacing(0)
        clocks.addWidget(self.session_clock)
        clocks.addWidget(self.finish_label)
        # Where the keys go now: the session, or the note being typed.
        self.keys_label = QLabel()
        self.keys_label.setObjectName("keyTarget")
        self.keys_label.setWordWrap(True)
        self.keys_label.setFixedWidth(self.keys_label.fontMetrics().horizontalAdvance("M" * 22))
        header = QHBoxLayout()
        header.addWidget(self.chapter_label, 1)
        header.addWidget(self.keys_label)
        header.addWidget(self.rehearsal_label)
        header.addSpacing(12)
        header.addLayout(clocks)
        header.addSpacing(12)
        header.addWidget(self.wall_clock)
        return header

    def _build_side(self) -> QWidget:
        self.miniature = ProjectorMiniature()
        # Beside the picture of the room's screen: with one screen, a mirrored projector shows this view.
        self._mirror_notice = self.tr(
            "One screen only: a mirrored projector shows this laptop's view. Set the display to extend.")
        self.screen_notice = QLabel(self._mirror_notice)
        self.screen_notice.setObjectName("screenNotice")
        self.screen_notice.setWordWrap(True)
        keep_styled(self.screen_notice, lambda: notice_style(WARNING, self, padding=4))
        self.screen_notice.hide()
        self.outline = PresenterOutline(self.controller)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sidePanels")
        self.side_tabs.addTab(self.outline, self.tr("Outline"))
        # The panels scroll or squeeze rather than push the presenter past a small screen (1080p at 200 %).
        self.side_tabs.setMinimumHeight(170)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.miniature, 2)
        side_layout.addLayout(self._build_room_buttons())
        side_layout.addWidget(self.screen_notice)
        side_layout.addWidget(self.side_tabs, 5)
        return side

    def _build_room_buttons(self) -> QHBoxLayout:
        """Under the picture of the room's screen: what the facilitator puts up themselves."""
        c = self.controller
        self.picture_button = make_button(self.tr("Picture (I)"), c.toggle_picture, "pictureButton",
                                           self.tr("Show a picture on the projector, or hide it"))
        self.picture_button.setCheckable(True)
        self.message_button = make_button(self.tr("Message (M)"), c.messageRequested.emit, "messageButton",
                                           self.tr("Type a short message for the projector"))
        self.clear_message_button = make_button(self.tr("Clear message (X)"), c.clear_message, "clearMessageButton",
                                                 self.tr("Take the message off the projector"))
        row = QHBoxLayout()
        for button in (self.picture_button, self.message_button, self.clear_message_button):
            row.addWidget(button)
        return row

    def _build_controls(self) -> QHBoxLayout:
        c = self.controller
        self.start_button = make_button(self.tr("Start (F5)"), c.start, "startButton")
        self.previous_button = make_button(self.tr("< Previous"), c.previous, "previousButton")
        self.pause_button = make_button(self.tr("Pause (Space)"), c.toggle_pause, "pauseButton")
        self.next_button = make_button(self.tr("Next >"), c.forward, "nextButton")
        self.blank_button = make_button(self.tr("Blank (B)"), c.toggle_blank, "blankButton",
                                         self.tr("Blank the projector, or show it again"))
        self.title_button = make_button(self.tr("Title (W)"), c.toggle_title, "titleScreenButton",
                                         self.tr("A calm title screen on the projector"))
        self.timer_button = make_button(self.tr("Timer (T)"), self._toggle_projector_timer, "projectorTimerButton",
                                         self.tr("Show the timer on the projector"))
        self.timer_size_button = make_button("", c.next_timer_size, "projectorTimerSizeButton",
                                              self.tr("How big the timer is on the projector (S)"))
        for button in (self.blank_button, self.title_button, self.timer_button):
            button.setCheckable(True)
        self.help_button = make_button(self.tr("Keys (F1)"), self.show_shortcuts, "helpButton",
                                        self.tr("Show every shortcut"))
        self.end_button = make_button(self.tr("End session..."), self.request_end, "endButton")
        controls = QHBoxLayout()
        for button in (self.start_button, self.previous_button, self.pause_button, self.next_button):
            controls.addWidget(button)
        controls.addSpacing(12)
        for button in (self.blank_button, self.title_button, self.timer_button, self.timer_size_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.help_button)
        controls.addWidget(self.end_button)
        return controls

    def _add_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut("Ctrl+Z")
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        self.addAction(undo)
        self.addAction(redo)

    def _connect(self) -> None:
        c = self.controller
        c.ticked.connect(self.show_snapshot)
        c.segmentChanged.connect(self._segment_changed)
        c.planChanged.connect(self.outline.fill)
        c.stateChanged.connect(lambda _state: self.outline.fill())
        c.saveFailed.connect(self._save_failed)
        c.helpRequested.connect(self.show_shortcuts)
        c.fullScreenToggleRequested.connect(self.leave_full_screen)
        c.fullScreenRequested.connect(self.toggle_full_screen)
        c.endPendingChanged.connect(self._end_pending)
        c.keys.modeChanged.connect(lambda _typing: self._show_key_target())
        self.messages.endConfirmed.connect(c.end)
        self.messages.endCancelled.connect(lambda: c.set_end_pending(False))
        self.messages.rebalanceRequested.connect(self.offer_rebalance)

    # ---- extension points ----------------------------------------------------------
    def set_single_screen_notice(self, shown: bool, shared: bool = False) -> None:
        """Warn that a mirrored projector would show this view (only one screen connected), or say
        which window to share in the video call."""
        self.screen_notice.setText(self.tr(
            "Online: in your video call, share the window called \u201cCOS Desktop: shared screen\u201d, "
            "not the whole screen. The group sees that window only.") if shared else self._mirror_notice)
        self.screen_notice.setVisible(shown or shared)

    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside the outline (notes, attendance...); returns its tab index."""
        return self.side_tabs.addTab(widget, title)

    def set_segment_content_factory(self, factory: Callable[[PlannedSegment, int], QWidget | None] | None) -> None:
        """`factory(segment, index)` gives the widget for a segment's content area, or None."""
        self.segment_view.content_factory = factory
        self._segment_changed(self.controller.snapshot().current)

    @property
    def content_widget(self) -> QWidget | None:
        return self.segment_view.content_widget

    # For older callers and tests: the message strip owns the banners now.
    @property
    def save_warning(self) -> QLabel:
        return self.messages.save_warning

    @property
    def rebalance_banner(self) -> QWidget:
        return self.messages.rebalance_banner

    # ---- display ---------------------------------------------------------------------
    def show_snapshot(self, snap: RunSnapshot) -> None:
        self.segment_view.show_countdown(snap)
        self.segment_view.show_progress(snap)
        self.wall_clock.setText(local_formats.clock_time(local_time(snap.now_wall)))
        self.session_clock.setText(
            self.tr("Session {elapsed} of {planned}").format(
                elapsed=format_duration(snap.session_elapsed_ns // NS),
                planned=format_duration(snap.template_planned_seconds),
            )
        )
        self.finish_label.setText(self._finish_text(snap))
        self._update_buttons(snap)
        self.outline.update_current_actual(snap)
        self._update_rebalance(snap)

    def _finish_text(self, snap: RunSnapshot) -> str:
        if snap.state is RunState.NOT_STARTED:
            return self.tr("Planned length {minutes} min").format(minutes=minutes_text(snap.template_planned_seconds))
        if snap.state is RunState.ENDED:
            return self.tr("Planned end {planned} · Finished {projected}").format(
                planned=clock_text(snap.planned_end), projected=clock_text(snap.projected_finish))
        label = self.tr("Planned end {planned} · Projected finish {projected}").format(
            planned=clock_text(snap.planned_end), projected=clock_text(snap.projected_finish))
        over = snap.projected_over_seconds
        if over >= 60:
            label += " " + self.tr("({minutes} min late)").format(minutes=over // 60)
        return label

    def _update_buttons(self, snap: RunSnapshot) -> None:
        state = snap.state
        c = self.controller
        self.pause_button.setText(self.tr("Carry on (Space)") if state is RunState.PAUSED else self.tr("Pause (Space)"))
        live = state in (RunState.RUNNING, RunState.PAUSED)
        self.start_button.setVisible(state is RunState.NOT_STARTED)
        for button in (self.pause_button, self.previous_button, self.next_button):
            button.setEnabled(live)
        self.previous_button.setEnabled(live and snap.current > 0)
        last = snap.current + 1 >= len(c.segments)
        self.next_button.setText(self.tr("End >") if live and last else self.tr("Next >"))
        self.blank_button.setChecked(c.screen_mode.value == "blank")
        self.title_button.setChecked(c.screen_mode.value == "title")
        self.end_button.setEnabled(state is not RunState.NOT_STARTED)
        self.end_button.setText(self.tr("Close presenter") if state is RunState.ENDED else self.tr("End session..."))
        self.timer_button.setChecked(c.show_timer_on_projector)
        self.picture_button.setChecked(bool(c.picture))
        self.clear_message_button.setEnabled(bool(c.room_message))
        sizes = {"small": self.tr("Size: small"), "large": self.tr("Size: large"), "full": self.tr("Size: full")}
        self.timer_size_button.setText(sizes[c.timer_size.value])

    def _segment_changed(self, index: int) -> None:
        if not self.controller.segments:
            return
        self.segment_view.show_segment(index)
        self.outline.fill()
        self.segmentChanged.emit(index)

    def _update_rebalance(self, snap: RunSnapshot) -> None:
        over = snap.projected_over_seconds
        show = snap.state in (RunState.RUNNING, RunState.PAUSED) and over >= REBALANCE_OFFER_SECONDS
        if show:
            proposal = self.controller.live.rebalance_proposal()
            show = proposal is not None and bool(proposal.changes)
        text = self.tr(
            "At this pace the session ends about {minutes} min after the planned end. "
            "Shorter times for the segments still to come can make it up.").format(minutes=over // 60)
        self.messages.set_rebalance(text if show else "")

    def _chapter_text(self) -> str:
        c = self.controller
        parts = [c.group_name] if c.group_name else []
        if c.chapter_position is not None:
            parts.append(self.tr("Chapter {n}: {title}").format(n=c.chapter_position, title=c.chapter_title))
        else:
            parts.append(c.chapter_title)
        return " · ".join(parts)

    def _show_key_target(self) -> None:
        focus = QApplication.focusWidget()
        in_note = focus is not None and focus.window() is self and typing_in_text_field(focus)
        if in_note and self.controller.keys.typing:
            text, style = self.tr("Keys: your note (Page Down/Up still move on)"), KEYS_NOTE_STYLE
        elif in_note:
            text, style = self.tr("Keys: the session and the clicker (type to go on with the note)"), KEYS_SESSION_STYLE
        else:
            text, style = self.tr("Keys: the session and the clicker"), KEYS_SESSION_STYLE
        self.keys_label.setText(text)
        self.keys_label.setStyleSheet(style)

    def _focus_changed(self, _old, now) -> None:
        if now is not None and now.window() is self:
            self.controller.keys.focus_moved(now)
        self._show_key_target()

    def _end_pending(self, pending: bool) -> None:
        self.messages.set_end_question(pending)

    # ---- actions -----------------------------------------------------------------------
    def offer_rebalance(self) -> bool:
        proposal = self.controller.live.rebalance_proposal()
        if proposal is None or not proposal.changes:
            return False
        if not confirm_rebalance(self, self.controller.segments, proposal):
            return False
        self.undo_stack.push(RebalanceCommand(self.controller, proposal, self.tr("Rebalance the session")))
        return True

    def rebalance_text_for(self, proposal) -> str:
        return rebalance_text(self.controller.segments, proposal)

    def request_end(self) -> bool:
        """The End button: asks on the laptop (the same question Page Down asks on the last segment)."""
        if self.controller.live.ended:
            self.close()
            return False
        self.controller.set_end_pending(True)
        return False

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def show_shortcuts(self) -> None:
        if self._help is None:
            self._help = ShortcutHelp(self)
        self._help.show()
        self._help.raise_()

    def _toggle_projector_timer(self) -> None:
        self.controller.set_projector_timer(not self.controller.show_timer_on_projector)

    def _save_failed(self, message: str) -> None:
        self.messages.set_save_warning(self.tr(
            "The last change could not be saved ({reason}). The session goes on; COS Desktop tries "
            "again with the next change.").format(reason=message))

    def show_save_problem(self, what: str) -> None:
        self._save_failed(what)

    # ---- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if self.controller.handle_key(event, self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Clicker keys reach the session whatever in this window has the focus, also a note.
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self:
            return self._clicker_from_own_window(watched, event)
        focus = self.focusWidget() or watched
        if kind == QEvent.Type.ShortcutOverride:
            # Our keys are key presses here, never a menu shortcut of another window.
            if self.controller.action_for_key(event, focus) is not None:
                event.accept()
                return True
            return False
        if watched is self:
            return False  # keyPressEvent handles it
        if (event.key() == Qt.Key.Key_Escape and focus is not self and not typing_in_text_field(focus)
                and not self.controller.end_pending):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Esc in a list: the keys back to the session
            return True
        if self.controller.handle_key(event, focus):
            return True
        if typing_in_text_field(focus) and event.text().strip() and watched is focus:
            self.controller.keys.typed()
        return False

    def _clicker_from_own_window(self, watched: QWidget, event: QEvent) -> bool:
        """The clicker while another window is in front: one of the presenter's own (the list of keys,
        say) or one in `clicker_windows` (the main window): its keys still move the session; every
        other key stays with that window."""
        window = watched.window()
        owner = window.parentWidget()
        ours = owner is not None and owner.window() is self
        if not (ours or window in self.clicker_windows) or window.isModal():
            return False
        if event.type() != QEvent.Type.KeyPress or event.key() not in (*ALWAYS_KEYS, *CLICKER_LETTER_KEYS):
            return False
        if watched is not (window.focusWidget() or window):
            return False  # once per key press, at the widget it was sent to
        return self.controller.handle_key(event, window.focusWidget())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            try:
                app.focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)

