"""File > Protect with a passphrase..., Change passphrase..., Remove passphrase...

Each closes the database (the file is rewritten or its key file replaced), does the work in
db/protection.py, then opens the database again; a failure leaves everything as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu

from cos_desktop.db import encryption as enc
from cos_desktop.ui.errors import tell


class PassphraseActions:
    def __init__(self, window, menu: QMenu):
        self.window = window
        self.path = enc.sqlite_path(window.database_url)
        self.protect = window._action(
            menu, QCoreApplication.translate("PassphraseActions", "Protec&t with a passphrase..."),
            self.protect_database, None, "protectDatabase")
        self.change = window._action(
            menu, QCoreApplication.translate("PassphraseActions", "C&hange passphrase..."),
            self.change_passphrase, None, "changePassphrase")
        self.remove = window._action(
            menu, QCoreApplication.translate("PassphraseActions", "Re&move passphrase protection..."),
            self.remove_protection, None, "removePassphrase")
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        on_file = self.path is not None
        protected = on_file and enc.looks_encrypted(self.path)
        self.protect.setVisible(on_file and not protected)
        self.change.setVisible(protected)
        self.remove.setVisible(protected)

    def _busy_elsewhere(self) -> bool:
        if getattr(self.window, "live_session", None) is not None:
            tell(self.window, QCoreApplication.translate("PassphraseActions", "Not now"), QCoreApplication.translate(
                "PassphraseActions", "Finish the session first: the records cannot be protected while it runs."))
            return True
        return self.window.session is None

    def _reopen_after(self, work) -> bool:
        """Close the database, run `work`, open it again (also when `work` failed)."""
        from cos_desktop.db.transactions import save_on_close

        window = self.window
        save_on_close(window.session)  # what is pending is saved before the file is swapped
        window.undo_stack.clear()  # undo holds rows of the old connection
        window.close_database()
        try:
            work()
            return True
        except (enc.ProtectionError, OSError) as exc:
            tell(window, QCoreApplication.translate("PassphraseActions", "Nothing was changed"),
                 str(getattr(exc, "strerror", None) or exc), warning=True)
            return False
        finally:
            window.open_database()
            self.refresh()

    def protect_database(self) -> None:
        from cos_desktop.db.protection import protect
        from cos_desktop.ui.passphrase_dialog import ProtectDialog, RecoveryKeyDialog

        if self._busy_elsewhere():
            return
        dialog = ProtectDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        done = []
        if self._reopen_after(lambda: done.append(protect(self.path, dialog.value("new")))):
            RecoveryKeyDialog(done[0].recovery_key, done[0].backups_protected, self.window).exec()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PassphraseActions", "Your records are protected with a passphrase."), 8000)

    def change_passphrase(self) -> None:
        from cos_desktop.ui.passphrase_dialog import ChangeDialog

        if ChangeDialog(self.path, self.window).exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PassphraseActions", "The passphrase is changed."), 8000)

    def remove_protection(self) -> None:
        from cos_desktop.db.protection import remove_protection
        from cos_desktop.ui.passphrase_dialog import RemoveDialog

        if self._busy_elsewhere():
            return
        dialog = RemoveDialog(self.window)
        dialog.attempt = lambda: enc.unlock(self.path, dialog.value("current"))  # checked before closing anything
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self._reopen_after(lambda: remove_protection(self.path, dialog.value("current"))):
            from cos_desktop.db.os_keyring import drop

            drop(self.path)  # nothing left to unlock
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PassphraseActions", "The records are no longer protected."), 8000)
