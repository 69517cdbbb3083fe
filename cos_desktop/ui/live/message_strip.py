"""The presenter's one place for messages, in space kept for them, so nothing below ever moves.

Shows at most one message at a time, the most urgent first: "End the session?", a change that
could not be saved, the offer to finish on time, a calm word about a picture that could not be shown. The strip's height is
reserved from the start (an empty strip is blank space), so a message appearing never shifts the
buttons under the facilitator's pointer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QWidget

from cos_desktop.ui.appearance import PROBLEM, WARNING, banner_style, keep_styled


def _frame(name: str, style: str) -> tuple[QFrame, QHBoxLayout, QLabel]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(f"#{name} {{ {style} }}")
    text = QLabel()
    text.setObjectName(name + "Text")
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(8, 2, 8, 2)
    layout.addWidget(text, 1)
    return frame, layout, text


class MessageStrip(QStackedWidget):
    endConfirmed = Signal()
    endCancelled = Signal()
    rebalanceRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageStrip")
        self.empty = QWidget()
        self.addWidget(self.empty)
        self._build_end_question()
        frame, _layout, self.save_warning = _frame("saveWarningFrame", "")
        keep_styled(frame, lambda: banner_style(PROBLEM, "saveWarningFrame", self, radius=0, border=2))
        self.save_warning.setObjectName("saveWarning")
        self.save_warning.setStyleSheet("font-weight: bold;")
        self.save_frame = frame
        self.addWidget(frame)
        self._build_rebalance()
        frame, _layout, self.notice = _frame("noticeFrame", "")
        keep_styled(frame, lambda: banner_style(WARNING, "noticeFrame", self, radius=0))
        self.notice.setObjectName("presenterNotice")
        self.notice_frame = frame
        self.addWidget(frame)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(lambda: self.set_notice(""))
        self._wanted = {"end": False, "save": False, "rebalance": False, "notice": False}
        # Two lines of text and a button: the room every message gets, shown or not.
        self.setFixedHeight(max(self.end_frame.sizeHint().height(), self.fontMetrics().lineSpacing() * 2 + 16, 52))
        self._pick()

    def _build_end_question(self) -> None:
        # Its own strong look (white on deep blue) on any palette: the question must not be missed.
        frame, layout, text = _frame("endQuestion", "background: #0b3d66; border: 2px solid #1a1a1a;")
        text.setStyleSheet("color: white; font-weight: bold;")
        text.setText(self.tr("End the session? Press Page Down or Enter again to end it; Page Up to carry on."))
        self.end_text = text
        self.end_now = QPushButton(self.tr("End now"))
        self.end_now.setObjectName("endNowButton")
        self.end_now.clicked.connect(lambda _checked=False: self.endConfirmed.emit())
        self.carry_on = QPushButton(self.tr("Carry on"))
        self.carry_on.setObjectName("carryOnButton")
        self.carry_on.clicked.connect(lambda _checked=False: self.endCancelled.emit())
        for button in (self.end_now, self.carry_on):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.end_frame = frame
        self.addWidget(frame)

    def _build_rebalance(self) -> None:
        frame, layout, self.rebalance_text = _frame("rebalanceBanner", "")
        keep_styled(frame, lambda: banner_style(WARNING, "rebalanceBanner", self, radius=0, border=2))
        self.rebalance_text.setObjectName("rebalanceText")
        self.rebalance_button = QPushButton(self.tr("Show how to finish on time..."))
        self.rebalance_button.setObjectName("rebalanceButton")
        self.rebalance_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # R while the offer shows (a shortcut works only while its button is visible); never text in a note.
        self.rebalance_button.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.rebalance_button.setAccessibleDescription(self.tr("Key: R"))
        self.rebalance_button.clicked.connect(lambda _checked=False: self.rebalanceRequested.emit())
        layout.addWidget(self.rebalance_button)
        self.rebalance_banner = frame
        self.addWidget(frame)

    # ---- what to show ---------------------------------------------------------------
    def set_end_question(self, shown: bool) -> None:
        self._wanted["end"] = shown
        self._pick()

    def set_save_warning(self, text: str) -> None:
        self.save_warning.setText(text)
        self._wanted["save"] = bool(text)
        self._pick()

    def set_rebalance(self, text: str) -> None:
        if text:
            self.rebalance_text.setText(text)
        if self._wanted["rebalance"] != bool(text):
            self._wanted["rebalance"] = bool(text)
            self._pick()

    def set_notice(self, text: str, ms: int = 15000) -> None:
        """A calm word for a while (a picture that could not be shown); any other message goes first."""
        self.notice.setText(text)
        self._wanted["notice"] = bool(text)
        if text:
            self._notice_timer.start(ms)
        self._pick()

    def current_message(self) -> str:
        frame = self.currentWidget()
        return " ".join(label.text() for label in frame.findChildren(QLabel)) if frame is not self.empty else ""

    def _pick(self) -> None:
        frames = {"end": self.end_frame, "save": self.save_frame, "rebalance": self.rebalance_banner,
                  "notice": self.notice_frame}
        for name in ("end", "save", "rebalance", "notice"):
            if self._wanted[name]:
                self.setCurrentWidget(frames[name])
                break
        else:
            self.setCurrentWidget(self.empty)
        # Visibility of each message follows what is on top (tests and screen readers ask isVisible()).
        for name, frame in frames.items():
            frame.setVisible(frame is self.currentWidget())
