"""Settings > the service on printed documents: its name, a contact line and an optional logo,
printed in each document's header or footer instead of the app's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from cos_desktop.ui.errors import save


class ServiceDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        from cos_desktop.db import settings

        self.session = session
        self.setObjectName("serviceDialog")
        self.setWindowTitle(self.tr("Your service on printed documents"))
        current = settings.service_details(session)
        self.name = QLineEdit(current.name)
        self.name.setObjectName("serviceName")
        self.name.setPlaceholderText(self.tr("e.g. Riverside Family Centre"))
        self.name.setMaxLength(120)
        self.contact = QLineEdit(current.contact)
        self.contact.setObjectName("serviceContact")
        self.contact.setPlaceholderText(self.tr("e.g. 01632 960 123 · hello@riverside.example"))
        self.contact.setMaxLength(200)
        self.logo = QLineEdit(current.logo)
        self.logo.setObjectName("serviceLogo")
        self.logo.setPlaceholderText(self.tr("No logo"))
        browse = QPushButton(self.tr("&Choose..."))
        browse.setObjectName("serviceLogoBrowse")
        browse.clicked.connect(lambda: self.choose_logo())
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Service &name:"), self.name)
        form.addRow(self.tr("C&ontact line:"), self.contact)
        logo_label = QLabel(self.tr("&Logo (optional):"))
        logo_label.setBuddy(self.logo)  # a row holding a layout gets no buddy of its own: Alt+L must still work
        form.addRow(logo_label, logo_row)
        for field in (self.name, self.contact):  # wide enough for the examples to be read whole
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        hint = QLabel(self.tr("Printed on every document instead of \u201cCOS Desktop\u201d. Leave empty to keep it."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.save_and_close())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def choose_logo(self) -> None:
        """Pick an image file (without blocking the window)."""
        dialog = QFileDialog(self, self.tr("Choose a logo"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setObjectName("serviceLogoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.logo.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_and_close(self) -> None:
        from cos_desktop.db import settings

        name, contact, logo = self.name.text(), self.contact.text(), self.logo.text()
        if save(self.session, self, lambda: settings.set_service_details(self.session, name=name, contact=contact,
                                                                          logo=logo)):
            self.accept()
