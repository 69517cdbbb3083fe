"""The presenter view: the facilitator's laptop screen during a live session.

Shows the current segment with a large countdown, its prompt, what comes next, the outline of
the session (planned and actual minutes), the session clock and the projected finish time.
Others can add to it without changing it:
- `add_side_panel(widget, title)`: a tab beside the outline (notes, attendance...).
- `set_segment_content_factory(factory)`: `factory(segment, index) -> QWidget | None` fills the
  content area for each segment (a video player, say); None leaves it empty.
- the controller's signals (`segmentChanged`, `stateChanged`, `runEnded`...).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.ui.errors import interactive
from cos_desktop.core.clock import local_time
from cos_desktop.core.kinds import kind_label
from cos_desktop.core.live_run import NS, PlannedSegment, RebalanceProposal, RunSnapshot, RunState, TimerState
from cos_desktop.core.plan import format_duration, whole_minutes
from cos_desktop.ui.live.presenter_controller import SHORTCUTS, PresenterController

# Colour-blind-safe colours (Okabe-Ito), always paired with a change of text and border.
TIMER_STYLES = {
    TimerState.OK: "color: #0b3d66; background: #f4f7fb; border: 6px solid transparent;",
    TimerState.NEAR_END: "color: #1a1a1a; background: #f3c969; border: 6px dashed #1a1a1a;",
    TimerState.OVER: "color: #ffffff; background: #a8430a; border: 6px solid #1a1a1a;",
}
# The offer to rebalance appears once the projection runs this far past the planned end.
REBALANCE_OFFER_SECONDS = 120
PAUSED_STYLE = "color: #444444; background: #e4e4e4; border: 6px dotted #444444;"


def clock_text(utc) -> str:
    return local_time(utc).strftime("%H:%M") if utc is not None else "--:--"


def minutes_text(seconds: int) -> str:
    minutes = seconds / 60
    return f"{minutes:.0f}" if abs(minutes - round(minutes)) < 0.05 else f"{minutes:.1f}"


class RebalanceCommand(QUndoCommand):
    """Shorten the remaining flexible segments; undo puts their times back (both are recorded)."""

    def __init__(self, controller: PresenterController, proposal: RebalanceProposal, text: str):
        super().__init__(text)
        self.controller = controller
        self.before = {i: old for i, (old, _new) in proposal.changes.items()}
        self.after = proposal.planned

    def redo(self) -> None:
        self.controller.set_planned(self.after, "Rebalanced to finish on time")

    def undo(self) -> None:
        self.controller.set_planned(self.before, "Rebalance undone")


class PresenterWindow(QWidget):
    segmentChanged = Signal(int)

    def __init__(self, controller: PresenterController, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.undo_stack = undo_stack or QUndoStack(self)
        self._content_factory: Callable[[PlannedSegment, int], QWidget | None] | None = None
        self._content_widget: QWidget | None = None
        self._help: QDialog | None = None
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("COS Desktop: presenter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # ---- header ------------------------------------------------------------------
        self.chapter_label = QLabel()
        self.chapter_label.setObjectName("presenterChapter")
        self.chapter_label.setTextFormat(Qt.TextFormat.PlainText)
        self._scale(self.chapter_label, 1.3, bold=True)
        self.rehearsal_label = QLabel(self.tr("Rehearsal: nothing is recorded"))
        self.rehearsal_label.setObjectName("rehearsalLabel")
        self.rehearsal_label.setStyleSheet("border: 2px dashed #555; padding: 2px 8px;")
        self.rehearsal_label.setVisible(controller.rehearsal)
        self.session_clock = QLabel()
        self.session_clock.setObjectName("sessionClock")
        self._scale(self.session_clock, 1.2)
        self.finish_label = QLabel()
        self.finish_label.setObjectName("finishLabel")
        self._scale(self.finish_label, 1.2)
        self.save_warning = QLabel()
        self.save_warning.setObjectName("saveWarning")
        self.save_warning.setStyleSheet("color: #8a1c00; font-weight: bold;")
        self.save_warning.setWordWrap(True)
        self.save_warning.hide()
        self.chapter_label.setWordWrap(True)
        self.session_clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.finish_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.screen_notice = QLabel(self.tr(
            "Only one screen is connected. If the projector shows the same picture as this laptop, "
            "the room sees this view: set the display to extend, not mirror."))
        self.screen_notice.setObjectName("screenNotice")
        self.screen_notice.setWordWrap(True)
        self.screen_notice.setStyleSheet("color: #5a3d00;")
        self.screen_notice.hide()
        clocks = QVBoxLayout()
        clocks.setSpacing(0)
        clocks.addWidget(self.session_clock)
        clocks.addWidget(self.finish_label)
        header = QHBoxLayout()
        header.addWidget(self.chapter_label, 1)
        header.addWidget(self.rehearsal_label)
        header.addSpacing(12)
        header.addLayout(clocks)

        # ---- rebalance banner --------------------------------------------------------
        self.rebalance_banner = QFrame()
        self.rebalance_banner.setObjectName("rebalanceBanner")
        self.rebalance_banner.setStyleSheet("#rebalanceBanner { background: #fff3d6; border: 2px solid #b07800; }")
        self.rebalance_text = QLabel()
        self.rebalance_text.setObjectName("rebalanceText")
        self.rebalance_button = QPushButton(self.tr("Show how to finish on time..."))
        self.rebalance_button.setObjectName("rebalanceButton")
        self.rebalance_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rebalance_button.clicked.connect(self.offer_rebalance)
        banner_layout = QHBoxLayout(self.rebalance_banner)
        banner_layout.addWidget(self.rebalance_text, 1)
        banner_layout.addWidget(self.rebalance_button)
        self.rebalance_banner.hide()

        # ---- current segment ---------------------------------------------------------
        self.kind_label = QLabel()
        self.kind_label.setObjectName("segmentKind")
        self._scale(self.kind_label, 1.2)
        self.segment_title = QLabel()
        self.segment_title.setObjectName("segmentTitle")
        self.segment_title.setTextFormat(Qt.TextFormat.PlainText)
        self.segment_title.setWordWrap(True)
        self._scale(self.segment_title, 2.4, bold=True)
        self.countdown = QLabel("0:00")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.countdown.font())
        font.setPixelSize(170)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setMinimumWidth(420)
        self.countdown_note = QLabel()
        self.countdown_note.setObjectName("countdownNote")
        self.countdown_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scale(self.countdown_note, 1.8, bold=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("segmentProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(18)
        self.prompt = QLabel()
        self.prompt.setObjectName("facilitatorPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._scale(self.prompt, 1.5)
        self.prompt.setStyleSheet("padding: 8px; background: #fbfaf6; border-left: 4px solid #0b3d66;")
        # Where a segment's own content goes (a video player, for instance).
        self.content_area = QStackedWidget()
        self.content_area.setObjectName("segmentContent")
        self.content_area.hide()
        self.next_label = QLabel()
        self.next_label.setObjectName("nextSegment")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self._scale(self.next_label, 1.3)

        # ---- controls ----------------------------------------------------------------
        self.start_button = self._button(self.tr("Start (F5)"), controller.start, "startButton")
        self.previous_button = self._button(self.tr("< Previous"), controller.previous, "previousButton")
        self.pause_button = self._button(self.tr("Pause (Space)"), controller.toggle_pause, "pauseButton")
        self.next_button = self._button(self.tr("Next >"), controller.next, "nextButton")
        self.less_button = self._button(self.tr("-1 min"), lambda: controller.nudge(-60), "lessButton")
        self.more_button = self._button(self.tr("+1 min"), lambda: controller.nudge(60), "moreButton")
        self.blank_button = self._button(self.tr("Blank (B)"), controller.toggle_blank, "blankButton",
                                         self.tr("Blank the projector, or show it again"))
        self.blank_button.setCheckable(True)
        self.title_button = self._button(self.tr("Title (W)"), controller.toggle_title, "titleScreenButton",
                                         self.tr("A calm title screen on the projector"))
        self.title_button.setCheckable(True)
        self.timer_button = self._button(self.tr("Timer (T)"), self._toggle_projector_timer, "projectorTimerButton",
                                         self.tr("Show the timer on the projector"))
        self.timer_button.setCheckable(True)
        self.help_button = self._button(self.tr("Keys (F1)"), self.show_shortcuts, "helpButton",
                                        self.tr("Show every shortcut"))
        self.end_button = self._button(self.tr("End session..."), self.request_end, "endButton")
        controls = QHBoxLayout()
        for button in (self.start_button, self.previous_button, self.pause_button, self.next_button):
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.blank_button)
        controls.addWidget(self.title_button)
        controls.addWidget(self.timer_button)
        controls.addStretch(1)
        controls.addWidget(self.help_button)
        controls.addWidget(self.end_button)

        timer_box = QVBoxLayout()
        timer_box.addWidget(self.countdown)
        timer_box.addWidget(self.countdown_note)
        nudges = QHBoxLayout()
        nudges.addStretch(1)
        nudges.addWidget(self.less_button)
        nudges.addWidget(self.more_button)
        nudges.addStretch(1)
        timer_box.addLayout(nudges)
        title_box = QVBoxLayout()
        title_box.addWidget(self.kind_label)
        title_box.addWidget(self.segment_title)
        title_box.addStretch(1)
        title_box.addWidget(self.next_label)
        top_row = QHBoxLayout()
        top_row.addLayout(title_box, 2)
        top_row.addLayout(timer_box, 3)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top_row)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.prompt)
        left_layout.addWidget(self.content_area, 1)
        self._spacer = QWidget()
        self._spacer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        left_layout.addWidget(self._spacer, 1)

        # ---- outline and side panels -------------------------------------------------
        self.outline = QTableWidget(0, 4)
        self.outline.setObjectName("outline")
        self.outline.setHorizontalHeaderLabels([self.tr("Now"), self.tr("Segment"), self.tr("Planned"), self.tr("Actual")])
        self.outline.verticalHeader().setVisible(False)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.outline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outline.setWordWrap(True)
        head = self.outline.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.setToolTip(self.tr("Click a segment to go to it"))
        self.outline.cellClicked.connect(lambda row, _column: self.controller.jump(row))
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sidePanels")
        self.side_tabs.addTab(self.outline, self.tr("Outline"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.screen_notice)
        layout.addWidget(self.save_warning)
        layout.addWidget(self.rebalance_banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(controls)

        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut("Ctrl+Z")
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        self.addAction(undo)
        self.addAction(redo)

        controller.ticked.connect(self.show_snapshot)
        controller.segmentChanged.connect(self._segment_changed)
        controller.planChanged.connect(self._fill_outline)
        controller.stateChanged.connect(lambda _state: self._fill_outline())
        controller.saveFailed.connect(self._save_failed)
        controller.helpRequested.connect(self.show_shortcuts)
        controller.fullScreenToggleRequested.connect(self.leave_full_screen)
        controller.fullScreenRequested.connect(self.toggle_full_screen)
        self.chapter_label.setText(self._chapter_text())
        self.resize(1280, 800)
        self._fill_outline()
        self._segment_changed(self.controller.snapshot().current)
        QApplication.instance().installEventFilter(self)

    # ---- extension points ----------------------------------------------------------
    def set_single_screen_notice(self, shown: bool) -> None:
        """Warn that a mirrored projector would show this view (only one screen connected)."""
        self.screen_notice.setVisible(shown)

    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside the outline (notes, attendance...); returns its tab index."""
        return self.side_tabs.addTab(widget, title)

    def set_segment_content_factory(self, factory: Callable[[PlannedSegment, int], QWidget | None] | None) -> None:
        """`factory(segment, index)` gives the widget for a segment's content area, or None."""
        self._content_factory = factory
        self._segment_changed(self.controller.snapshot().current)

    @property
    def content_widget(self) -> QWidget | None:
        return self._content_widget

    # ---- display ---------------------------------------------------------------------
    def show_snapshot(self, snap: RunSnapshot) -> None:
        state = snap.state
        if state is RunState.NOT_STARTED:
            self.countdown.setText(format_duration(snap.planned_ns // NS))
            note, style = self.tr("Press F5 or Start to begin"), TIMER_STYLES[TimerState.OK]
        elif state is RunState.ENDED:
            self.countdown.setText(self.tr("Ended"))
            note, style = self.tr("The session has ended"), TIMER_STYLES[TimerState.OK]
        else:
            self.countdown.setText(snap.countdown_text)
            if snap.timer_state is TimerState.OVER:
                note = self.tr("over")
            elif snap.timer_state is TimerState.NEAR_END:
                left = max(1, -(-snap.remaining_ns // (60 * NS)))
                note = self.tr("{minutes} min left").format(minutes=left)
            else:
                note = self.tr("left of {minutes} min").format(minutes=minutes_text(snap.planned_ns // NS))
            style = TIMER_STYLES[snap.timer_state]
            back = snap.break_until
            if back is not None and snap.timer_state is not TimerState.OVER:
                note += " · " + self.tr("back at {time}").format(time=clock_text(back + dt.timedelta(seconds=59)))
            if state is RunState.PAUSED:
                note = self.tr("Paused: press Space to carry on")
                style = PAUSED_STYLE
        self.countdown_note.setText(note)
        if self.countdown.property("timerStyle") != style:
            self.countdown.setProperty("timerStyle", style)
            self.countdown.setStyleSheet(style)
        self.progress.setValue(int(snap.progress * 1000))
        self.session_clock.setText(
            self.tr("Session {elapsed} of {planned}").format(
                elapsed=format_duration(snap.session_elapsed_ns // NS),
                planned=format_duration(snap.template_planned_seconds),
            )
        )
        if state is RunState.NOT_STARTED:
            self.finish_label.setText(self.tr("Planned length {minutes} min").format(
                minutes=minutes_text(snap.template_planned_seconds)))
        else:
            over = snap.projected_over_seconds
            label = self.tr("Planned end {planned} · Projected finish {projected}").format(
                planned=clock_text(snap.planned_end), projected=clock_text(snap.projected_finish))
            if state is RunState.ENDED:
                label = self.tr("Planned end {planned} · Finished {projected}").format(
                    planned=clock_text(snap.planned_end), projected=clock_text(snap.projected_finish))
            elif over >= 60:
                label += " " + self.tr("({minutes} min late)").format(minutes=over // 60)
            self.finish_label.setText(label)
        self.pause_button.setText(self.tr("Carry on (Space)") if state is RunState.PAUSED else self.tr("Pause (Space)"))
        live = state in (RunState.RUNNING, RunState.PAUSED)
        self.start_button.setVisible(state is RunState.NOT_STARTED)
        for button in (self.pause_button, self.previous_button, self.next_button, self.less_button, self.more_button):
            button.setEnabled(live)
        self.previous_button.setEnabled(live and snap.current > 0)
        self.next_button.setEnabled(live and snap.current + 1 < len(self.controller.segments))
        self.blank_button.setChecked(self.controller.screen_mode.value == "blank")
        self.title_button.setChecked(self.controller.screen_mode.value == "title")
        self.end_button.setEnabled(state is not RunState.NOT_STARTED)
        self.end_button.setText(self.tr("Close presenter") if state is RunState.ENDED else self.tr("End session..."))
        self.timer_button.setChecked(self.controller.show_timer_on_projector)
        self._update_current_actual(snap)
        self._update_rebalance(snap)

    def _segment_changed(self, index: int) -> None:
        segments = self.controller.segments
        if not segments:
            return
        segment = segments[index]
        self.kind_label.setText(kind_label(segment.kind))
        self.segment_title.setText(f"{segment.position}. {segment.title}")
        self.prompt.setText(segment.facilitator_prompt or self.tr("No prompt for this segment."))
        if index + 1 < len(segments):
            upcoming = segments[index + 1]
            self.next_label.setText(self.tr("Next: {title} ({kind}, {minutes} min)").format(
                title=upcoming.title, kind=kind_label(upcoming.kind), minutes=minutes_text(upcoming.planned_seconds)))
        else:
            self.next_label.setText(self.tr("Next: end of the session"))
        self._show_content(segment, index)
        self._fill_outline()
        self.segmentChanged.emit(index)

    def _show_content(self, segment: PlannedSegment, index: int) -> None:
        if self._content_widget is not None:
            self.content_area.removeWidget(self._content_widget)
            self._content_widget.deleteLater()
            self._content_widget = None
        widget = self._content_factory(segment, index) if self._content_factory is not None else None
        if widget is not None:
            self._content_widget = widget
            self.content_area.addWidget(widget)
            self.content_area.setCurrentWidget(widget)
        self.content_area.setVisible(widget is not None)
        self._spacer.setVisible(widget is None)

    def _fill_outline(self) -> None:
        snap = self.controller.snapshot()
        segments = self.controller.segments
        if self.outline.rowCount() != len(segments):
            self.outline.setRowCount(len(segments))
        started = snap.state is not RunState.NOT_STARTED
        for row, segment in enumerate(segments):
            if started and row == snap.current and snap.state is not RunState.ENDED:
                status = self.tr("Now")
            elif snap.visited[row] and snap.actual_seconds[row] > 0:
                status = self.tr("Done")
            else:
                status = ""
            planned = minutes_text(snap.planned_seconds[row])
            if snap.planned_seconds[row] != segment.planned_seconds:
                planned = self.tr("{now} (was {was})").format(now=planned, was=minutes_text(segment.planned_seconds))
            actual = str(whole_minutes(snap.actual_seconds[row])) if snap.visited[row] else ""
            cells = (status, f"{segment.position}. {segment.title}", planned, actual)
            for column, text in enumerate(cells):
                item = self.outline.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.outline.setItem(row, column, item)
                item.setText(text)
                font = item.font()
                font.setBold(status == self.tr("Now"))
                item.setFont(font)

    def _update_current_actual(self, snap: RunSnapshot) -> None:
        if snap.state is RunState.NOT_STARTED or not self.controller.segments:
            return
        item = self.outline.item(snap.current, 3)
        if item is not None:
            text = str(whole_minutes(snap.actual_seconds[snap.current]))
            if item.text() != text:
                item.setText(text)

    def _update_rebalance(self, snap: RunSnapshot) -> None:
        over = snap.projected_over_seconds
        show = snap.state in (RunState.RUNNING, RunState.PAUSED) and over >= REBALANCE_OFFER_SECONDS
        if show:
            proposal = self.controller.live.rebalance_proposal()
            show = proposal is not None and bool(proposal.changes)
        if show:
            self.rebalance_text.setText(self.tr(
                "At this pace the session ends about {minutes} min after the planned end. "
                "Shorter times for the segments still to come can make it up.").format(minutes=over // 60))
        self.rebalance_banner.setVisible(show)

    def _chapter_text(self) -> str:
        c = self.controller
        parts = [c.group_name] if c.group_name else []
        if c.chapter_position is not None:
            parts.append(self.tr("Chapter {n}: {title}").format(n=c.chapter_position, title=c.chapter_title))
        else:
            parts.append(c.chapter_title)
        return " · ".join(parts)

    # ---- actions -----------------------------------------------------------------------
    def offer_rebalance(self) -> bool:
        proposal = self.controller.live.rebalance_proposal()
        if proposal is None or not proposal.changes:
            return False
        if not self.confirm_rebalance(proposal):
            return False
        self.undo_stack.push(RebalanceCommand(self.controller, proposal, self.tr("Rebalance the session")))
        return True

    def rebalance_text_for(self, proposal: RebalanceProposal) -> str:
        segments = self.controller.segments
        lines = [
            self.tr("{title}: {old} min → {new} min").format(
                title=segments[i].title, old=minutes_text(old), new=minutes_text(new))
            for i, (old, new) in sorted(proposal.changes.items())
        ]
        late = self.tr("At this pace the session ends about {minutes} min after the planned end.").format(
            minutes=max(1, whole_minutes(proposal.over_seconds)))
        if proposal.on_time:
            lead = self.tr("To finish on time, these segments would be shorter (videos keep their time):")
        else:
            lead = self.tr("Even the shortest times cannot make up all the time; this gets closest "
                           "(videos keep their time):")
        return late + "\n\n" + lead + "\n\n" + "\n".join(lines) + "\n\n" + self.tr("You can undo this with Ctrl+Z.")

    def confirm_rebalance(self, proposal: RebalanceProposal) -> bool:
        if not interactive():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finish on time"), self.rebalance_text_for(proposal),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        apply = box.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is apply

    def request_end(self) -> bool:
        if self.controller.live.ended:
            self.close()
            return False
        if not self.confirm_end():
            return False
        return self.controller.end()

    def confirm_end(self) -> bool:
        if not interactive():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("End the session"),
            self.tr("End the session now? The timer stops and the summary is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        self.save_warning.setText(self.tr(
            "The last change could not be saved ({reason}). The session goes on; COS Desktop tries "
            "again with the next change.").format(reason=message))
        self.save_warning.show()

    # ---- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if self.controller.handle_key(event, self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Clicker keys reach the presenter even when a list or button in it has the focus;
        # handle_key leaves them alone while a text field has the focus.
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Our keys are key presses here, never a menu shortcut of another window.
            if self.controller.action_for_key(event, self.focusWidget() or watched) is not None:
                event.accept()
                return True
            return False
        # A key a text field ignores (Page Down in a line edit) travels up to its parents: the
        # window's focus widget, not the parent it reached, says whether the user is typing.
        return watched is not self and self.controller.handle_key(event, self.focusWidget() or watched)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)

    # ---- helpers -----------------------------------------------------------------------
    def _button(self, text: str, slot, name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _scale(label: QLabel, factor: float, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setBold(bold)
        label.setFont(font)


class CountdownLabel(QLabel):
    """The big countdown: its font grows or shrinks so the longest time fits the space it has."""

    SAMPLE = "+88:88"
    MAX_PIXELS = 170

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(self.MAX_PIXELS)
        self.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        font = QFont(self.font())
        font.setPixelSize(100)
        sample_width = QFontMetrics(font).horizontalAdvance(self.SAMPLE) or 1
        usable = max(40, self.width() - 24)
        pixels = max(40, min(self.MAX_PIXELS, int(100 * usable / sample_width)))
        if pixels != self.font().pixelSize():
            font.setPixelSize(pixels)
            self.setFont(font)

    def minimumSizeHint(self):  # noqa: N802 (Qt name)
        return QSize(260, QFontMetrics(self.font()).height())

    def sizeHint(self):  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        metrics = QFontMetrics(self.font())
        return hint.expandedTo(metrics.size(0, self.SAMPLE) + self.contentsMargins().size())


class ShortcutHelp(QDialog):
    """Every shortcut of the presenter, in one list (F1 or ?)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(self.tr("Shortcuts"))
        rows = "".join(
            f"<tr><td><b>{html.escape(self.tr(keys))}</b></td><td>{html.escape(self.tr(action))}</td></tr>"
            for keys, action in SHORTCUTS
        )
        label = QLabel(f"<table cellpadding='6'>{rows}</table>")
        label.setObjectName("shortcutTable")
        note = QLabel(self.tr("Keys do nothing while you are typing in a text box: click outside it first."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(note)
        layout.addWidget(buttons)
