"""M in the presenter: a small box to type a message for the room ("Back at 19:45").

Enter shows it on the projector until it is taken off (X, or the button here or in the presenter).
The box is modal to the presenter, so letters typed here never reach the session's keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

# Long enough for anything a facilitator would put up; the projector shrinks it to fit.
MAX_MESSAGE = 4000


class RoomMessageBox(QDialog):
    """`shown(text)` when the facilitator puts a message up; `cleared()` when they take it off."""

    shown = Signal(str)
    cleared = Signal()

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomMessageBox")
        self.setWindowTitle(self.tr("A message for the room"))
        intro = QLabel(self.tr("Type a short message for the projector, for example \u201cBack at 19:45\u201d. "
                               "It stays on the screen until you take it off (X)."))
        intro.setWordWrap(True)
        self.text = QLineEdit(current)
        self.text.setObjectName("roomMessageText")
        self.text.setMaxLength(MAX_MESSAGE)
        self.text.setPlaceholderText(self.tr("Phones on silent, thank you"))
        self.text.setAccessibleName(self.tr("Message for the projector"))
        self.text.selectAll()
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(self.tr("Show on the projector"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setObjectName("showMessageButton")
        self.show_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Take it off the screen"))
        self.clear_button.setObjectName("clearMessageButton")
        self.clear_button.setEnabled(bool(current))
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelMessageButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        text = self.text.text().strip()
        if text:
            self.shown.emit(text)
        else:
            self.cleared.emit()  # an emptied box takes the message off
        super().accept()

    def _clear(self, _checked: bool = False) -> None:
        self.cleared.emit()
        super().reject()
