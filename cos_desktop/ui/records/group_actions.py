"""The main window's actions on groups, parents and notes (File, Edit and Session menus)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class GroupActions:
    """Mixed into MainWindow: create, edit, archive and delete groups; add parents; review and find notes."""

    def new_group(self) -> None:
        from cos_desktop.db import settings, store
        from cos_desktop.db.models import Curriculum
        from cos_desktop.ui.errors import save
        from cos_desktop.ui.records.group_dialog import NewGroupDialog

        if self.session is None:
            return
        dialog = NewGroupDialog([(c.id, c.name) for c in store.templates(self.session)], self,
                                holidays=settings.holiday_calendar(self.session))
        if dialog.exec() != NewGroupDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        template = self.session.get(Curriculum, values.pop("template_id"))
        created = []
        if not save(self.session, self, lambda: created.append(store.create_group(self.session, template=template, **values))):
            return
        group = created[0]
        self.refresh_groups(group.id)
        self.statusBar().showMessage(self.tr("Group created: {name}").format(name=group.name), 5000)

    def add_participant(self) -> None:
        """Edit > Add parent... and the Group page's button: the parent's details, then saved."""
        from cos_desktop.ui.records.parent_dialog import ParentDialog

        group = self.current_group()
        if group is None:
            return
        dialog = ParentDialog(self, same_names={p.display_name for p in group.participants})
        dialog.setWindowTitle(self.tr("Add parent"))
        if dialog.exec() == ParentDialog.DialogCode.Accepted:
            self.add_parent_named(dialog.name.text(), dialog.ages.text(), dialog.consent.isChecked())

    def add_parent_named(self, name: str, ages: str = "", consent: bool = False) -> bool:
        from cos_desktop.db import records
        from cos_desktop.ui.errors import save

        group = self.current_group()
        if group is None:
            return False
        if not save(self.session, self, lambda: records.add_participant(
                self.session, group, name, child_ages=ages, consent_named=consent)):
            return False
        self._fill_group_page(group)
        return True

    def edit_local_settings(self) -> None:
        """Edit > Language, dates, paper and holidays...: saved at once; the schedule shows the new marks."""
        from cos_desktop.ui.records.local_settings_dialog import LocalSettingsDialog

        if self.session is None:
            return
        dialog = LocalSettingsDialog(self.session, self)
        if dialog.exec() == LocalSettingsDialog.DialogCode.Accepted:
            group = self.current_group()
            self.refresh_groups(group.id if group is not None else None)

    def edit_group(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.ui.records.group_dialog import NewGroupDialog
        from cos_desktop.ui.errors import save

        group = self.current_group()
        if group is None:
            return
        dialog = NewGroupDialog([], self, group=group)
        if dialog.exec() != NewGroupDialog.DialogCode.Accepted:
            return
        if save(self.session, self, lambda: records.update_group(self.session, group, **dialog.edited_values())):
            self.refresh_groups(group.id)

    def toggle_archived(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.ui.errors import save

        group = self.current_group()
        if group is None:
            return
        archive = not group.archived
        if save(self.session, self, lambda: records.set_archived(self.session, group, archive)):
            self.refresh_groups(group.id if not archive or self.show_archived.isChecked() else None)
            message = self.tr("{name} archived: View > Show archived groups brings it back.") if archive \
                else self.tr("{name} is back in the group list.")
            self.statusBar().showMessage(message.format(name=group.name), 8000)

    def delete_group(self) -> None:
        """Edit > Delete group...: asks first (No is the default), then deletes; Edit > Undo brings it back."""
        from PySide6.QtCore import Qt

        group = self.current_group()
        if group is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete group"), "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name is shown as typed
        box.setText(self.tr("Delete {name} with its %n parent(s), attendance and notes? "
                            "Edit > Undo brings it back until you close COS Desktop.", "",
                            len(group.participants)).format(name=group.name))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.delete_group_now()

    def delete_group_now(self) -> None:
        from cos_desktop.ui.records.record_commands import DeleteGroupCommand

        group = self.current_group()
        if group is None:
            return
        self._flush_notes()
        name, group_id = group.name, group.id
        self.undo_stack.push(DeleteGroupCommand(
            self.session, group_id, name, refresh=lambda: self.refresh_groups(group_id),
            report=lambda detail: self.statusBar().showMessage(self.tr("Not saved: {detail}").format(detail=detail))))
        self.statusBar().showMessage(self.tr("Deleted {name}. Edit > Undo brings it back.").format(name=name), 10000)

    def review_notes(self, run_id: int | None = None, note_id: int | None = None):
        """The review screen of a session's notes (default: the group's latest delivered or next session)."""
        from PySide6.QtCore import Qt

        from cos_desktop.db.models import SessionRun
        from cos_desktop.ui.records.session_review import SessionReview

        if run_id is None:
            group = self.current_group()
            if group is None or not group.sessions:
                self.statusBar().showMessage(self.tr("Choose a group first."), 5000)
                return None
            delivered = [r for r in group.sessions if r.status != "planned"]
            run_id = (delivered[-1] if delivered else group.sessions[0]).id
        if self.session.get(SessionRun, run_id) is None:
            return None
        dialog = SessionReview(self.session, run_id, self.undo_stack, self, select_note_id=note_id)
        dialog.notesChanged.connect(lambda: self._fill_group_page(self.current_group()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def find_in_notes(self):
        from PySide6.QtCore import Qt

        from cos_desktop.ui.records.search_dialog import SearchDialog

        if self.session is None:
            return None
        self._flush_notes()
        dialog = SearchDialog(self.session, self, group_id=self.group_picker.currentData())
        dialog.openNote.connect(lambda run_id, note_id: self.review_notes(run_id, note_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _close_unsaved(self) -> bool:
        """A note cannot be saved (full or read-only disk): close anyway only if the facilitator says so."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("A note is not saved yet"), self.tr(
            "COS Desktop cannot save a note right now (the note says why). If you close now, the text "
            "that is not saved will be lost. Keep COS Desktop open to copy the text or free some space."),
            QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and lose the text"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def _flush_notes(self) -> bool:
        """Save every note being written, in any window (True when all are saved)."""
        from cos_desktop.ui.records.note_editor import NoteAutosave

        from PySide6.QtWidgets import QApplication

        saved = True
        for widget in QApplication.topLevelWidgets():
            for autosave in widget.findChildren(NoteAutosave):
                saved = autosave.flush() and saved
        return saved

    def load_demo_group(self) -> None:
        self._load_demo(select=True)

    def _load_demo(self, select: bool) -> None:
        from cos_desktop.db.demo import load_demo_group

        group = load_demo_group(self.session)
        if select:
            self.refresh_groups(group.id)
