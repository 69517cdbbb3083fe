"""The presenter's left side: the current segment, its countdown sized from its box, the time
spent in it, the nudge buttons, the facilitator's prompt and the segment's own content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core import local_formats
from cos_desktop.core.clock import local_time
from cos_desktop.core.kinds import kind_label
from cos_desktop.core.live_run import (
    NS,
    PlannedSegment,
    RunSnapshot,
    RunState,
    TimerState,
)
from cos_desktop.core.plan import format_duration, whole_minutes
from cos_desktop.core.programme_text import programme_text
from cos_desktop.ui.appearance import INFO, ink_on, keep_styled, role_colour, tint
from cos_desktop.ui.live.countdown_label import CountdownLabel

# Colour-blind-safe colours (Okabe-Ito), always paired with a change of text and border.
TIMER_STYLES = {
    TimerState.OK: "color: #0b3d66; background: #f4f7fb; border: 6px solid transparent;",
    TimerState.NEAR_END: "color: #1a1a1a; background: #f3c969; border: 6px dashed #1a1a1a;",
    TimerState.OVER: "color: #ffffff; background: #a8430a; border: 6px solid #1a1a1a;",
}
PAUSED_STYLE = "color: #444444; background: #e4e4e4; border: 6px dotted #444444;"


def clock_text(utc) -> str:
    return local_formats.clock_time(local_time(utc)) if utc is not None else "--:--"


def minutes_text(seconds: int) -> str:
    """Minutes as the app shows them everywhere: whole, rounded half up."""
    return str(whole_minutes(seconds))


def mm_ss(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def make_label(name: str, factor: float, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and prompts are the facilitator's text
    label.setWordWrap(wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


def make_button(text: str, slot, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the session
    button.clicked.connect(lambda _checked=False: slot())
    return button


class SegmentView(QWidget):
    segmentShown = Signal(int)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.content_factory: Callable[[PlannedSegment, int], QWidget | None] | None = None
        self.content_widget: QWidget | None = None
        self._build()

    def _build(self) -> None:
        self.kind_label = make_label("segmentKind", 1.2)
        self.segment_title = make_label("segmentTitle", 2.0, bold=True, wrap=True)
        self.segment_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_label = make_label("nextSegment", 1.2, wrap=True)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_box = QVBoxLayout()
        title_box.addWidget(self.kind_label)
        title_box.addWidget(self.segment_title)
        title_box.addStretch(1)
        title_box.addWidget(self.next_label)
        top_row = QHBoxLayout()
        top_row.addLayout(title_box, 2)
        top_row.addLayout(self._build_timer_box(), 3)
        self.progress = QProgressBar()
        self.progress.setObjectName("segmentProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(18)
        self.prompt = make_label("facilitatorPrompt", 1.4, wrap=True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keep_styled(self.prompt, self._prompt_style)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Where a segment's own content goes (a video player, for instance).
        self.content_area = QStackedWidget()
        self.content_area.setObjectName("segmentContent")
        self.content_area.hide()
        left_layout = QVBoxLayout(self)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top_row, 3)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.prompt)
        left_layout.addWidget(self.content_area, 2)
        self._spacer = QWidget()
        self._spacer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        left_layout.addWidget(self._spacer, 2)

    def _prompt_style(self) -> str:
        background = tint(INFO, self)
        return (f"padding: 8px; background: {background.name()}; color: {ink_on(background, self).name()};"
                f" border-left: 4px solid {role_colour(INFO, self).name()};")

    def _build_timer_box(self) -> QVBoxLayout:
        self.countdown = CountdownLabel("0:00")
        self.elapsed_label = make_label("segmentElapsed", 1.4, bold=True)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for the longest text from the start, so the nudge buttons never shift.
        self.elapsed_label.setMinimumWidth(self.elapsed_label.fontMetrics().horizontalAdvance(
            self.tr("{time} spent").format(time="888:88")) + 12)
        self.countdown_note = make_label("countdownNote", 1.5, bold=True)
        self.countdown_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.less_button = make_button(self.tr("-1 min"), lambda: self.controller.nudge(-60), "lessButton")
        self.more_button = make_button(self.tr("+1 min"), lambda: self.controller.nudge(60), "moreButton")
        nudges = QHBoxLayout()
        nudges.addStretch(1)
        nudges.addWidget(self.less_button)
        nudges.addWidget(self.elapsed_label)
        nudges.addWidget(self.more_button)
        nudges.addStretch(1)
        timer_box = QVBoxLayout()
        timer_box.addWidget(self.countdown, 1)
        timer_box.addWidget(self.countdown_note)
        timer_box.addLayout(nudges)
        return timer_box

    def show_countdown(self, snap: RunSnapshot) -> None:
        state = snap.state
        elapsed = ""
        if state is RunState.NOT_STARTED:
            self.countdown.setText(format_duration(snap.planned_ns // NS))
            note, style = self.tr("Press Page Down, F5 or Start to begin"), TIMER_STYLES[TimerState.OK]
        elif state is RunState.ENDED:
            self.countdown.setText(self.tr("Ended"))
            note, style = self.tr("The session has ended"), TIMER_STYLES[TimerState.OK]
        else:
            self.countdown.setText(snap.countdown_text)
            elapsed = self.tr("{time} spent").format(time=mm_ss(snap.elapsed_ns // NS))
            note, style = self._countdown_note(snap), TIMER_STYLES[snap.timer_state]
            if state is RunState.PAUSED:
                note = self.tr("Paused: press Space to carry on")
                style = PAUSED_STYLE
        self.elapsed_label.setText(elapsed)
        self.countdown_note.setText(note)
        if self.countdown.property("timerStyle") != style:
            self.countdown.setProperty("timerStyle", style)
            self.countdown.setStyleSheet(style)

    def _countdown_note(self, snap: RunSnapshot) -> str:
        if snap.timer_state is TimerState.OVER:
            note = self.tr("over")
        elif snap.timer_state is TimerState.NEAR_END:
            left = max(1, -(-snap.remaining_ns // (60 * NS)))
            note = self.tr("%n min left", "", left)
        else:
            note = self.tr("left of {minutes} min").format(minutes=minutes_text(snap.planned_ns // NS))
        back = snap.break_until
        if back is not None and snap.timer_state is not TimerState.OVER:
            note += " · " + self.tr("back at {time}").format(time=clock_text(back + dt.timedelta(seconds=59)))
        return note


    def show_progress(self, snap: RunSnapshot) -> None:
        self.progress.setValue(int(snap.progress * 1000))
        live = snap.state in (RunState.RUNNING, RunState.PAUSED)
        self.more_button.setEnabled(live)
        self.less_button.setEnabled(live and snap.planned_ns > 60 * NS)

    def show_segment(self, index: int) -> None:
        segments = self.controller.segments
        if not segments:
            return
        segment = segments[index]
        self.kind_label.setText(kind_label(segment.kind))
        self.segment_title.setText(f"{segment.position}. {programme_text(segment.title)}")
        self.prompt.setText(segment.facilitator_prompt or self.tr("No prompt for this segment."))
        if index + 1 < len(segments):
            upcoming = segments[index + 1]
            self.next_label.setText(self.tr("Next: {title} ({kind}, {minutes} min)").format(
                title=programme_text(upcoming.title), kind=kind_label(upcoming.kind), minutes=minutes_text(upcoming.planned_seconds)))
        else:
            self.next_label.setText(self.tr("Next: end of the session"))
        self.show_content(segment, index)
        self.segmentShown.emit(index)

    def show_content(self, segment: PlannedSegment, index: int) -> None:
        if self.content_widget is not None:
            self.content_area.removeWidget(self.content_widget)
            self.content_widget.deleteLater()
            self.content_widget = None
        widget = self.content_factory(segment, index) if self.content_factory is not None else None
        if widget is not None:
            self.content_widget = widget
            self.content_area.addWidget(widget)
            self.content_area.setCurrentWidget(widget)
        self.content_area.setVisible(widget is not None)
        self._spacer.setVisible(widget is None)

