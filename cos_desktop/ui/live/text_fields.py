"""Which widgets take keys as text (so a key press there is typing, not a command)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def typing_in_text_field(widget: QWidget | None) -> bool:
    """True when `widget` (the one with the keyboard focus) takes keys as text, not commands."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    return False
