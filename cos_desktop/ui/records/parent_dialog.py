"""A parent's details: name, children's ages, consent to be named in print."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class ParentDialog(QDialog):
    """A parent's name, children's ages and consent to be named in printed material."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "", ages: str = "", consent: bool = False,
                 same_names: set[str] = frozenset()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parent"))
        self.same_names = same_names
        self.name = QLineEdit(name)
        self.name.setObjectName("parentName")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("A first name or initials is enough"))
        self.ages = QLineEdit(ages)
        self.ages.setObjectName("parentAges")
        self.ages.setMaxLength(200)
        self.ages.setPlaceholderText(self.tr("Optional, e.g. 2 and 4"))
        self.consent = QCheckBox(self.tr("May be named in printed material"))
        self.consent.setChecked(consent)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Children's ages:"), self.ages)
        form.addRow("", self.consent)
        form.addRow(self.warning)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = " ".join(self.name.text().split())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name))
        self.warning.setText(
            self.tr("Another parent in this group has this name; add an initial to tell them apart.")
            if name in self.same_names else ""
        )
