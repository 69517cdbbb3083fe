"""I in the presenter, when there is more than one picture (or none yet): choose what the room sees.

Lists the segment's own pictures, then the picture library's. A missing one says so and can be
found again; new pictures are linked to this segment or to the library. Modal to the presenter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.db.picture_links import PictureRow
from cos_desktop.ui.appearance import WARNING, keep_styled, notice_style


class PictureChooser(QDialog):
    """Signals carry the picture's row, or where to add one: the presenter does the work."""

    addRequested = Signal(bool)  # True: for this segment; False: for the library
    findRequested = Signal(object)  # PictureRow that is missing
    removeRequested = Signal(object)  # PictureRow to unlink

    def __init__(self, rows: list[PictureRow], try_show, parent: QWidget | None = None):
        """`try_show(row)` puts a picture up and returns "" or, when it cannot, why (in plain words)."""
        super().__init__(parent)
        self.try_show = try_show
        self.setObjectName("pictureChooser")
        self.setWindowTitle(self.tr("Show a picture"))
        self.rows: list[PictureRow] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("pictureProblem")
        self.problem.setWordWrap(True)
        keep_styled(self.problem, lambda: notice_style(WARNING, self, padding=4))
        self.problem.hide()
        self.list = QListWidget()
        self.list.setObjectName("pictureList")
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_segment = self._button(self.tr("Add for this segment..."), "addSegmentPicture",
                                        lambda: self.addRequested.emit(True))
        self.add_library = self._button(self.tr("Add to the picture library..."), "addLibraryPicture",
                                        lambda: self.addRequested.emit(False))
        self.find_button = self._button(self.tr("Find it again..."), "findPicture",
                                        lambda: self.current() and self.findRequested.emit(self.current()))
        self.remove_button = self._button(self.tr("Remove from the list"), "removePicture",
                                          lambda: self.current() and self.removeRequested.emit(self.current()))
        tools = QHBoxLayout()
        for button in (self.add_segment, self.add_library, self.find_button, self.remove_button):
            tools.addWidget(button)
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(self.tr("Show on the projector"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setObjectName("showPictureButton")
        self.show_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addLayout(tools)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(620, 380)
        self.fill(rows)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def fill(self, rows: list[PictureRow], select_id: int | None = None) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            where = self.tr("this segment") if row.segment_id is not None else self.tr("library")
            if row.missing:
                text = self.tr("{title} ({where}) \u2013 missing: find it again").format(title=row.title, where=where)
            else:
                text = self.tr("{title} ({where})").format(title=row.title, where=where)
            item = QListWidgetItem(text)
            item.setToolTip(row.location)
            self.list.addItem(item)
        ids = [row.id for row in rows]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else (0 if rows else -1))
        self.intro.setText(self.tr("Choose the picture the room sees. I or Esc in the presenter hides it again.")
                           if rows else self.tr("No pictures yet. Add one for this segment, or to the picture library "
                                                "to show it in any session."))
        self._enable()
        self.list.setFocus()

    def current(self) -> PictureRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        current = self.current()
        self.show_button.setEnabled(current is not None)
        self.find_button.setEnabled(current is not None and current.missing)
        self.remove_button.setEnabled(current is not None)

    def accept(self) -> None:
        current = self.current()
        if current is None:
            return
        problem = self.try_show(current)
        if problem:
            self.say(problem)  # the room keeps what it had; the list stays open to choose again
            return
        super().accept()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
