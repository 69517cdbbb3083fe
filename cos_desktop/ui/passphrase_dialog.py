"""Passphrase windows: unlock at start, protect the database, change or remove the passphrase,
and the recovery key shown once. The work itself is in db/encryption.py and db/protection.py."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.db import encryption as enc
from cos_desktop.ui.appearance import PROBLEM, text_style

log = logging.getLogger(__name__)


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


class SecretDialog(QDialog):
    """A few password fields, a line for what went wrong, and OK / Cancel. `attempt()` does the work."""

    def __init__(self, title: str, intro: str, fields: list[tuple[str, str]], ok_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("secretDialog")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.fields = {name: _secret_field(name) for name, _label in fields}
        form = QFormLayout()
        for name, label in fields:
            form.addRow(label, self.fields[name])
        self.problem = QLabel()
        self.problem.setObjectName("secretProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(PROBLEM, self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        next(iter(self.fields.values())).setFocus()

    def value(self, name: str) -> str:
        return self.fields[name].text()

    def _try(self) -> None:
        try:
            self.attempt()
        except enc.ProtectionError as exc:
            self.problem.setText(str(exc))
            self.adjustSize()  # room for the message's lines
            first = next(iter(self.fields.values()))
            first.selectAll()
            first.setFocus()
            return
        self.accept()

    def attempt(self) -> None:  # overridden
        pass


class UnlockDialog(SecretDialog):
    """At start: the passphrase (or recovery key) of a protected database. Wrong tries cost nothing."""

    def __init__(self, path: Path, parent=None):
        has_key_file = enc.key_file(path).exists()
        intro = (QCoreApplication.translate(
                     "PassphraseDialog", "Your records in {name} are protected with a passphrase. Type it to open them.")
                 if has_key_file else
                 QCoreApplication.translate(
                     "PassphraseDialog",
                     "COS Desktop cannot read {name} as a plain database. If it was protected with a passphrase "
                         "(on this or another computer), type its recovery key. Otherwise it is damaged: choose "
                         "Cancel and restore a backup."))
        super().__init__(QCoreApplication.translate("PassphraseDialog", "Open protected records"),
                         intro.format(name=path.name),
                         [("passphrase", QCoreApplication.translate("PassphraseDialog", "&Passphrase or recovery key:"))],
                         QCoreApplication.translate("PassphraseDialog", "&Open"), parent)
        self.setObjectName("unlockDialog")
        self.path = path
        self.keyring_box = KeyringChoice(self)
        self.layout().insertWidget(2, self.keyring_box)

    def attempt(self) -> None:
        raw_key = enc.unlock(self.path, self.value("passphrase"))
        if self.keyring_box.wanted():
            self.keyring_box.keep(self.path, raw_key)


class KeyringChoice(QWidget):
    """The opt-in "Remember the passphrase in this computer's keyring", off and explained when no keyring works."""

    def __init__(self, parent=None, *, checked: bool = False):
        super().__init__(parent)
        from cos_desktop.db import os_keyring

        self.box = QCheckBox(QCoreApplication.translate(
            "PassphraseDialog", "&Remember the passphrase in this computer's keyring"))
        self.box.setObjectName("rememberInKeyring")
        self.box.setToolTip(QCoreApplication.translate(
            "PassphraseDialog", "COS Desktop then opens without asking. Anyone who can sign in to this "
                                    "computer as you can then open the records."))
        reason = os_keyring.unavailable_reason()
        self.box.setEnabled(not reason)
        self.box.setChecked(checked and not reason)
        self.reason = QLabel(_tr(reason) if reason else "")
        self.reason.setObjectName("keyringReason")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.reason)

    def wanted(self) -> bool:
        return self.box.isEnabled() and self.box.isChecked()

    def keep(self, path: Path, raw_key: str) -> None:
        from cos_desktop.db import os_keyring

        if not os_keyring.keep(path, raw_key):
            raise enc.ProtectionError(QCoreApplication.translate(
                "PassphraseDialog", "The passphrase is right, but the keyring did not keep it. Untick the box to go on without it."))


def _tr(text: str) -> str:
    """Texts of this module's dialogs share one context; written out in full where they are
    literal so the extraction tool finds them."""
    return QCoreApplication.translate("PassphraseDialog", text)


class ProtectDialog(SecretDialog):
    def __init__(self, parent=None):
        super().__init__(
            QCoreApplication.translate("PassphraseDialog", "Protect with a passphrase"),
            QCoreApplication.translate(
                "PassphraseDialog",
                "From now on COS Desktop asks for this passphrase when it starts, and anyone who copies the "
                    "database file cannot read it. Choose a sentence of several words you will remember. "
                    "Next you will see a recovery key: print it or write it down."),
            [("new", QCoreApplication.translate("PassphraseDialog", "&New passphrase:")),
             ("again", QCoreApplication.translate("PassphraseDialog", "&Type it again:"))],
            QCoreApplication.translate("PassphraseDialog", "&Protect"), parent)
        self.setObjectName("protectDialog")

    def attempt(self) -> None:
        if not self.value("new"):
            raise enc.ProtectionError(QCoreApplication.translate(
                "PassphraseDialog", "The passphrase is empty. Choose one you will remember."))
        if self.value("new") != self.value("again"):
            raise enc.ProtectionError(QCoreApplication.translate(
                "PassphraseDialog", "The two passphrases are not the same. Type them again."))


class ChangeDialog(SecretDialog):
    def __init__(self, path: Path, parent=None):
        super().__init__(
            QCoreApplication.translate("PassphraseDialog", "Change the passphrase"),
            QCoreApplication.translate(
                "PassphraseDialog", "Type the passphrase you use now (or the recovery key), then the new one twice. "
                    "The recovery key stays the same."),
            [("current", QCoreApplication.translate("PassphraseDialog", "&Current passphrase:")),
             ("new", QCoreApplication.translate("PassphraseDialog", "&New passphrase:")),
             ("again", QCoreApplication.translate("PassphraseDialog", "&Type it again:"))],
            QCoreApplication.translate("PassphraseDialog", "&Change"), parent)
        self.setObjectName("changeDialog")
        self.path = path
        from cos_desktop.db import os_keyring

        # Also where the keyring is switched off again: the app no longer asks once it is on.
        self.keyring_box = KeyringChoice(self, checked=os_keyring.is_kept(path))
        self.layout().insertWidget(2, self.keyring_box)

    def attempt(self) -> None:
        from cos_desktop.db import os_keyring
        from cos_desktop.db.protection import change_passphrase

        if self.value("new") != self.value("again"):
            raise enc.ProtectionError(QCoreApplication.translate(
                "PassphraseDialog", "The two new passphrases are not the same. Type them again."))
        change_passphrase(self.path, self.value("current"), self.value("new"))
        if self.keyring_box.wanted():
            self.keyring_box.keep(self.path, enc.remembered(self.path) or enc.unlock(self.path, self.value("new")))
        else:
            os_keyring.drop(self.path)


class RemoveDialog(SecretDialog):
    def __init__(self, parent=None):
        super().__init__(
            QCoreApplication.translate("PassphraseDialog", "Remove the passphrase"),
            QCoreApplication.translate(
                "PassphraseDialog", "Without a passphrase, anyone who copies the database file can read every note. "
                    "Type the passphrase (or the recovery key) to store the records unprotected."),
            [("current", QCoreApplication.translate("PassphraseDialog", "&Passphrase:"))],
            QCoreApplication.translate("PassphraseDialog", "&Remove protection"), parent)
        self.setObjectName("removeDialog")


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: print it or write it down."""

    def __init__(self, key: str, backups: int, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.key = key
        intro = QLabel(self.tr(
            "Your records are now protected. This is your recovery key. It opens them if the passphrase is "
            "forgotten, or on another computer. It is shown only this once: print it or write it down, and "
            "keep it somewhere safe, away from this laptop."))
        intro.setWordWrap(True)
        shown = QLabel(key)
        shown.setObjectName("recoveryKey")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setPointSize(16)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        if backups:
            layout.addWidget(QLabel(self.tr("%n backup(s) beside the database are protected too.", "", backups)))
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.clicked.connect(lambda: self.print_key())
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(self.tr("I have &written it down"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("recoveryKeyDone")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def print_key(self, printer=None) -> bool:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter()
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        document = QTextDocument()
        document.setPlainText(self.tr("COS Desktop recovery key\n\n{key}\n\nKeep this page somewhere safe.")
                              .format(key=self.key))
        document.print_(printer)
        return True


def unlock_before_opening(database_url: str, parent: QWidget | None = None) -> bool:
    """At start: ask for the passphrase of a protected SQLite database. False when the person cancels."""
    path = enc.sqlite_path(database_url)
    if path is None or not enc.looks_encrypted(path) or enc.remembered(path) is not None:
        return True
    from cos_desktop.db.os_keyring import unlock_from_keyring

    if unlock_from_keyring(path):  # the facilitator chose to keep it in this computer's keyring
        return True
    if UnlockDialog(path, parent).exec() == QDialog.DialogCode.Accepted:
        return True
    return not enc.key_file(path).exists()  # no key file: opening goes on and says the file is damaged


def ask_password(prompt: str, parent: QWidget | None = None) -> str | None:
    """A sign-in password for the agency's database (checked by the server when it opens)."""
    dialog = SecretDialog(QCoreApplication.translate("PassphraseDialog", "Sign in"), prompt,
                          [("password", QCoreApplication.translate("PassphraseDialog", "&Password:"))],
                          QCoreApplication.translate("PassphraseDialog", "&Sign in"), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value("password")
