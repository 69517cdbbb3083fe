"""The programme page's way into the next session: "Next session: chapter 2, Mon 30 Nov, 18:30"
with one large Start button (F5, the same key as a clicker's start)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from cos_desktop.core import local_formats
from cos_desktop.ui.appearance import INFO, banner_style, keep_styled


class NextSessionBanner(QFrame):
    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nextSessionBanner")
        keep_styled(self, lambda: banner_style(INFO, "nextSessionBanner", parent))
        self.text = QLabel()
        self.text.setObjectName("nextSessionText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.text.setFont(font)
        self.start_button = QPushButton(self.tr("Start (F5)"))
        self.start_button.setObjectName("startNextSession")
        button_font = self.start_button.font()
        button_font.setPointSizeF(button_font.pointSizeF() * 1.4)
        button_font.setBold(True)
        self.start_button.setFont(button_font)
        self.start_button.setMinimumHeight(self.start_button.fontMetrics().height() * 2)
        self.start_button.setMinimumWidth(self.start_button.fontMetrics().horizontalAdvance(self.start_button.text()) + 48)
        self.start_button.setStyleSheet("QPushButton { background: #1d5e2f; color: white; border-radius: 4px; padding: 6px 18px; }")
        self.start_button.clicked.connect(lambda _checked=False: self.startRequested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.start_button)
        self.show_next(None, None)

    def show_next(self, group, run, *, groups_exist: bool = False) -> None:
        """`run`: the group's next session (None when all are delivered or there is no group)."""
        if group is None and groups_exist:  # never "no group yet" while their groups are in the list
            self.text.setText(self.tr("No group chosen. Choose your group at the top of the window, or rehearse any "
                                      "chapter: nothing is recorded."))
            self.start_button.setText(self.tr("Rehearse (F5)"))
        elif group is None:
            self.text.setText(self.tr("No group yet. You can rehearse any chapter: nothing is recorded."))
            self.start_button.setText(self.tr("Rehearse (F5)"))
        elif run is None:
            self.text.setText(self.tr("{group}: every chapter has been delivered.").format(group=group.name))
            self.start_button.setText(self.tr("Rehearse (F5)"))
        else:
            when = local_formats.day_month(run.date)
            if group.start_time is not None:
                when += ", " + local_formats.clock_time(group.start_time)
            if run.status == "running":
                self.text.setText(self.tr("Chapter {n} ({when}) is still in progress.").format(
                    n=run.chapter_position, when=when))
                self.start_button.setText(self.tr("Carry on (F5)"))
            elif run.part_count > 1:  # a chapter in parts: which part is next
                self.text.setText(self.tr("Next session: chapter {n}, part {part} of {count}, {when}").format(
                    n=run.chapter_position, part=run.part, count=run.part_count, when=when))
                self.start_button.setText(self.tr("Start (F5)"))
            else:
                self.text.setText(self.tr("Next session: chapter {n}, {when}").format(
                    n=run.chapter_position, when=when))
                self.start_button.setText(self.tr("Start (F5)"))
