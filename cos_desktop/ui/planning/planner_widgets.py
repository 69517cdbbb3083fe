"""The planner's list widgets: chapters and segments moved by keyboard or drag, and an undo filter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableWidget, QWidget

COLUMNS = (QT_TRANSLATE_NOOP("SegmentColumns", "Start"), QT_TRANSLATE_NOOP("SegmentColumns", "Minutes"),
           QT_TRANSLATE_NOOP("SegmentColumns", "Kind"), QT_TRANSLATE_NOOP("SegmentColumns", "Segment"),
           QT_TRANSLATE_NOOP("SegmentColumns", "Video"))  # shown with QCoreApplication.translate("SegmentColumns", ...)


class SegmentTable(QTableWidget):
    """The segments of a chapter; rows move by drag and drop or Ctrl+Up / Ctrl+Down."""

    moveRequested = Signal(int, int)  # from row, to row
    removeRequested = Signal()
    duplicateRequested = Signal()
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def drop_row_at(self, point: QPoint) -> int:
        """The row a segment dropped at `point` ends up in."""
        source = self.currentRow()
        index = self.indexAt(point)
        if not index.isValid():
            return self.rowCount() - 1
        row = index.row()
        rect = self.visualRect(index)
        if point.y() > rect.center().y():
            row += 1
        return row if row <= source else row - 1

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.source() not in (self, None) or self.currentRow() < 0:
            event.ignore()
            return
        source = self.currentRow()
        destination = self.drop_row_at(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if destination != source:
            self.moveRequested.emit(source, destination)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key, mods = event.key(), event.modifiers()
        move = Qt.KeyboardModifier.ControlModifier in mods or Qt.KeyboardModifier.AltModifier in mods
        row = self.currentRow()
        if move and key == Qt.Key.Key_Up and row > 0:
            self.moveRequested.emit(row, row - 1)
        elif move and key == Qt.Key.Key_Down and 0 <= row < self.rowCount() - 1:
            self.moveRequested.emit(row, row + 1)
        elif key == Qt.Key.Key_Delete and row >= 0:
            self.removeRequested.emit()
        elif key == Qt.Key.Key_Insert:
            self.addRequested.emit()
        elif key == Qt.Key.Key_D and Qt.KeyboardModifier.ControlModifier in mods and row >= 0:
            self.duplicateRequested.emit()
        else:
            super().keyPressEvent(event)


class ChapterList(QListWidget):
    """The chapters; Ctrl+Up / Ctrl+Down moves one (in a programme, not in a group's plan)."""

    moveRequested = Signal(int, int)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        mods = event.modifiers()
        move = Qt.KeyboardModifier.ControlModifier in mods or Qt.KeyboardModifier.AltModifier in mods
        row = self.currentRow()
        if move and event.key() == Qt.Key.Key_Up and row > 0:
            self.moveRequested.emit(row, row - 1)
        elif move and event.key() == Qt.Key.Key_Down and 0 <= row < self.count() - 1:
            self.moveRequested.emit(row, row + 1)
        else:
            super().keyPressEvent(event)


class WindowUndoFilter(QObject):
    """Send Ctrl+Z / Ctrl+Shift+Z in a text field to the window's undo history, not the field's own."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride:
            if any(event.matches(key) for key in self.KEYS) or (
                    event.key() == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                event.ignore()
                return True
        return False

