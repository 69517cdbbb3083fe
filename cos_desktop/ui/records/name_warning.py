"""The line under a shareable note that names a parent, shown while the note is typed: one
click makes the note private, or puts "a parent" (in the note's language) in place of each name."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from cos_desktop.core.name_match import find_names, replacement_for
from cos_desktop.ui.appearance import WARNING, banner_style, keep_styled

CHECK_DELAY_MS = 250


class NameWarning(QFrame):
    """Watches a NoteEditor's text and its Shareable box."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.setObjectName("noteNameWarning")
        keep_styled(self, lambda: banner_style(WARNING, "noteNameWarning", editor, radius=0))
        self.label = QLabel()
        self.label.setObjectName("noteNameWarningText")
        self.label.setWordWrap(True)
        self.private_button = QPushButton(self.tr("Make &private"))
        self.private_button.setObjectName("noteMakePrivate")
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("noteReplaceNames")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.private_button)
        row.addWidget(self.replace_button)
        self.private_button.clicked.connect(lambda: self.make_private())
        self.replace_button.clicked.connect(lambda: self.replace_names())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        editor.text.textChanged.connect(self._timer.start)
        editor.shareable.toggled.connect(lambda _on: self.check())
        self.hide()

    def _names(self) -> list[str]:
        return [name for _pid, name in getattr(self.editor, "_participants", [])]

    def matches(self):
        if not self.editor.shareable.isChecked():
            return []
        return find_names(self.editor.text.toPlainText(), self._names())

    def check(self) -> None:
        matches = self.matches()
        if not matches:
            self.hide()
            return
        names = ", ".join(dict.fromkeys(m.name for m in matches))
        words = replacement_for(self.editor.text.toPlainText())
        self.label.setText(self.tr(
            "This shareable note names {names}. Other parents' pages will show \u201c{words}\u201d instead."
        ).format(names=names, words=words))
        self.replace_button.setText(self.tr("Replace with \u201c{words}\u201d").format(words=words))
        self.show()

    def make_private(self) -> None:
        self.editor.shareable.setChecked(False)  # the editor saves the new visibility
        self.check()

    def replace_names(self) -> None:
        """Replace each name in the text (one undo step), last first so positions hold."""
        text = self.editor.text.toPlainText()
        matches = self.matches()
        if not matches:
            return
        words = replacement_for(text)
        cursor = QTextCursor(self.editor.text.document())
        cursor.beginEditBlock()
        for match in reversed(matches):
            cursor.setPosition(_utf16(text, match.start))
            cursor.setPosition(_utf16(text, match.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(words)
        cursor.endEditBlock()
        self.check()


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units (an emoji is two)."""
    return len(text[:index].encode("utf-16-le")) // 2
