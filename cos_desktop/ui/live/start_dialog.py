"""Session > Start session: which chapter to run, for the group or as a rehearsal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.ui import preferences
from cos_desktop.ui.live.live_session import shared_window_wanted


@dataclass(frozen=True)
class ChapterChoice:
    chapter_id: int
    run_id: int | None  # the group's session for this chapter; None without a group
    label: str
    delivered: bool


class StartSessionDialog(QDialog):
    def __init__(self, choices: list[ChapterChoice], default_row: int, *, group_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startSessionDialog")
        self.setWindowTitle(self.tr("Start session"))
        self.choices = choices
        intro = QLabel(
            self.tr("Run a chapter with {group}.").format(group=group_name)
            if group_name
            else self.tr("No group is selected: you can rehearse a chapter. Nothing is recorded.")
        )
        intro.setWordWrap(True)
        self.chapter_list = QListWidget()
        self.chapter_list.setObjectName("chapterChoices")
        for choice in choices:
            self.chapter_list.addItem(QListWidgetItem(choice.label))
        self.chapter_list.setCurrentRow(max(0, default_row))
        self.rehearsal = QCheckBox(self.tr("Rehearsal: run through it without recording anything"))
        self.rehearsal.setObjectName("rehearsalCheck")
        self.rehearsal.setChecked(not group_name)
        self.rehearsal.setEnabled(bool(group_name))
        # Online groups: the room's screen as a window to share in the video call.
        self.shared_window = QCheckBox(self.tr("Online group: show the projector's picture in a window "
                                               "to share in your video call"))
        self.shared_window.setObjectName("sharedWindowCheck")
        self.shared_window.setToolTip(self.tr("A normal window, 1280 by 720, instead of full screen on a second "
                                              "screen. Works with one screen. The laptop keeps the presenter view."))
        self.shared_window.setChecked(shared_window_wanted())
        self.chapter_list.currentRowChanged.connect(self._row_changed)
        self.chapter_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open presenter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.chapter_list, 1)
        layout.addWidget(self.rehearsal)
        layout.addWidget(self.shared_window)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._row_changed(self.chapter_list.currentRow())

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.choices) and self.choices[row].delivered:
            # A delivered chapter keeps its record: running it again is a rehearsal.
            self.rehearsal.setChecked(True)

    def accept(self) -> None:
        # Remembered for the next session; the live session reads it as it opens.
        preferences.write(preferences.PROJECTOR_SHARED_WINDOW, self.shared_window.isChecked())
        super().accept()

    def choice(self) -> tuple[ChapterChoice, bool]:
        choice = self.choices[self.chapter_list.currentRow()]
        return choice, self.rehearsal.isChecked() or choice.run_id is None or choice.delivered
