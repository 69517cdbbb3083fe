"""The confirmation before a parent is erased for good."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class EraseDialog(QDialog):
    """Names exactly what erasing a parent removes; the button says it cannot be undone."""

    def __init__(self, lines: list[str], name: str, parent: QWidget | None = None, backups: list[str] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {name}").format(name=name))
        intro = QLabel(self.tr("This removes, for good (it cannot be undone):"))
        self.details = QPlainTextEdit("\n".join("• " + line for line in lines))
        self.details.setObjectName("eraseDetails")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        # Erasure holds only once the backups made before it are gone: say when that is.
        self.backups = QLabel("\n\n".join(backups))
        self.backups.setObjectName("eraseBackups")
        self.backups.setWordWrap(True)
        self.backups.setVisible(bool(backups))
        layout.addWidget(self.backups)
        layout.addWidget(buttons)
        self.resize(560, 360)
