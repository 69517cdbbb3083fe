"""The presenter's list of every shortcut (F1 or ?)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.ui.live.presenter_controller import SHORTCUTS


class ShortcutHelp(QDialog):
    """Every shortcut of the presenter, in one list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(self.tr("Shortcuts"))
        # One label per cell: a grid's size is exact, where a rich-text table under-reports its height.
        label = QWidget()
        label.setObjectName("shortcutTable")
        grid = QGridLayout(label)
        grid.setHorizontalSpacing(24)
        for row, (keys, action) in enumerate(SHORTCUTS):
            key_label = QLabel(f"<b>{html.escape(self.tr(keys))}</b>")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(self.tr(action)), row, 1)
        grid.setColumnStretch(1, 1)
        # Scrolls rather than clips when the rows are taller than the screen (larger text, longer words).
        table = QScrollArea()
        table.setWidget(label)
        table.setWidgetResizable(True)
        table.setFrameShape(QFrame.Shape.NoFrame)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        table.setMinimumSize(label.sizeHint().width() + table.verticalScrollBar().sizeHint().width(),
                             min(label.sizeHint().height(), screen.height() - 180))  # room for the note and Close
        note = QLabel(self.tr(
            "While you type a note, letters are text. Page Down, Page Up and F5 still work; the clicker's "
            "blank key works again as soon as you use the clicker or stop typing for a few seconds. "
            "Esc gives every key back to the session."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
