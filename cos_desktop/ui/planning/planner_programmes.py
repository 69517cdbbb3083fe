"""The planner's programmes: save as new, import and export files, fit to length, use in a group."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from cos_desktop.ui.planning.import_problems_dialog import ImportProblemsDialog
from cos_desktop.ui.planning.planner_commands import NewProgrammeCommand, PlanCommand


class PlannerProgrammes:
    """Mixed into PlannerView: whole programmes and what is done with them."""

    # ---- wiring into the main window ----------------------------------------------------------
    def install_actions(self, window) -> None:
        def action(menu, text, slot, shortcut=None, name=None):
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if name:
                act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())  # never `checked` as an argument
            menu.addAction(act)
            return act

        self.import_action = action(window.file_menu, self.tr("&Import a programme file..."), self.import_dialog,
                                    None, "importProgramme")
        self.export_action = action(window.file_menu, self.tr("&Export this programme..."), self.export_dialog,
                                    None, "exportProgramme")
        # Above Quit, which stays last in File, with a line between them.
        quit_action = next(a for a in window.file_menu.actions() if a.objectName() == "quit")
        for act in (self.import_action, self.export_action):
            window.file_menu.removeAction(act)
            window.file_menu.insertAction(quit_action, act)
        window.file_menu.insertSeparator(quit_action)
        window.edit_menu.addSeparator()
        action(window.edit_menu, self.tr("&Fit to length..."), self.fit_to_length, "Ctrl+Shift+L", "fitToLength")

    def save_as_new(self) -> None:
        curriculum = self.curriculum()
        if curriculum is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as new programme"), self.tr("Name of the new programme:"),
                                        text=self.tr("{name} (my version)").format(name=curriculum.name))
        if ok:
            self.save_as_named(name)

    def save_as_named(self, name: str):
        from cos_desktop.db import store
        from cos_desktop.ui.errors import save

        made = []
        if not save(self.session, self, lambda: made.append(
                store.save_as_new_programme(self.session, self.curriculum(), name))):
            return None
        self.undo_stack.push(NewProgrammeCommand(self, made[0].id, self.tr("Save as new programme")))
        self.programmesChanged.emit()
        return made[0]

    def remove_programme(self, curriculum_id: int) -> dict | None:
        from cos_desktop.db import plans
        from cos_desktop.ui.errors import save

        removed = []
        if not save(self.session, self, lambda: removed.append(plans.remove_programme(self.session, curriculum_id))):
            return None
        self._curriculum_id = None
        self.refresh_programmes()
        self.programmesChanged.emit()
        return removed[0]

    def recreate_programme(self, snapshot: dict) -> None:
        from cos_desktop.db import plans
        from cos_desktop.ui.errors import save

        if save(self.session, self, lambda: plans.recreate_programme(self.session, snapshot)):
            self.programmesChanged.emit()

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a programme file"), "",
                                              self.tr("Programme files (*.yaml *.yml *.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str]:
        """Import a template file as a new programme; on any problem, list them all and import nothing."""
        from cos_desktop.core import curriculum_file as cf
        from cos_desktop.db import plans, store
        from cos_desktop.ui.errors import save

        try:
            data = cf.read_data(path)
            suspects = cf.suspect_times_in(data, plans.known_durations(self.session))
            spec = cf.parse_data(data, correct_1000x=bool(suspects) and self.ask_to_correct_times(path, suspects))
        except cf.CurriculumFileError as exc:
            self.problems_dialog = ImportProblemsDialog(path, exc.problems, self)
            self.problems_dialog.open()
            return exc.problems
        imported = []
        if not save(self.session, self, lambda: imported.append(store.import_curriculum(self.session, spec))):
            return []
        curriculum, missing = imported[0]
        self.undo_stack.push(NewProgrammeCommand(self, curriculum.id, self.tr("Import a programme")))
        self.programmesChanged.emit()
        message = self.tr("Imported {name} as a new programme.").format(name=curriculum.name)
        self.window_.statusBar().showMessage(message, 8000)
        if missing:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Videos to locate"),
                              self.tr("{message}\n\n%n video(s) to locate on this computer:\n{names}\n\n"
                                      "If they are together in one folder, COS Desktop can find them there now. "
                                      "Otherwise use Locate... in the Programme tab, or \"Link a file...\" here.", "",
                                      len(missing)).format(message=message, names="\n".join(f"  {n}" for n in missing)),
                              QMessageBox.StandardButton.NoButton, self)
            box.setObjectName("videosToLocate")
            find = box.addButton(self.tr("&Find them in a folder..."), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            find.clicked.connect(lambda: self.locate_in_folder())
            self.locate_box = box
            box.open()
        return []

    def ask_to_correct_times(self, path: Path, suspects) -> bool:
        """A file from COS Desktop 1.0 holds times 1000 times too large: show them corrected and ask."""
        from cos_desktop.core.file_times import ms_to_file

        lines = "\n".join(f"  {s.where}: {ms_to_file(s.written_ms)}  \u2192  {ms_to_file(s.corrected_ms)}"
                          for s in suspects[:12])
        more = len(suspects) - 12
        if more > 0:
            lines += "\n  " + self.tr("and %n more", "", more)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Times in this file look wrong"), self.tr(
            "Some clip or pause times in {file} are longer than their video, or than a day. An older COS Desktop "
            "wrote times 1000 times too large. These are the times as written and as they were meant:\n\n{lines}"
            "\n\nUse the corrected times?").format(file=path.name, lines=lines),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("correctTimes")
        correct = box.addButton(self.tr("&Use the corrected times"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep them as written"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(correct)
        box.exec()
        return box.clickedButton() is correct

    def locate_in_folder(self, folder: str | None = None) -> int:
        """Link every video still to be located whose file is in `folder` (by name or fingerprint)."""
        from cos_desktop.db import media_library as library
        from cos_desktop.ui.errors import save

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("The folder with your videos"))
            if not folder:
                return 0
        pairs = library.find_in_folder(self.session, Path(folder))
        counted = []
        if not save(self.session, self, lambda: counted.append(library.apply_relinks(self.session, pairs) if pairs else 0)):
            return 0
        count = counted[0]
        self._reload()
        self.planChanged.emit(self._curriculum_id or 0)
        self.window_.statusBar().showMessage(
            self.tr("Found %n video(s) in {folder}.", "", count).format(folder=folder), 8000)
        return count

    def export_dialog(self) -> None:
        curriculum = self.curriculum()
        if curriculum is None:
            return
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export this programme"), f"{curriculum.name}.yaml",
                                                   self.tr("YAML (*.yaml);;JSON (*.json)"))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".yaml", ".yml", ".json"):
            path = path.with_suffix(".json" if "json" in chosen.lower() else ".yaml")
        self.export_file(path)

    def export_file(self, path: Path) -> bool:
        from cos_desktop.core import curriculum_file as cf
        from cos_desktop.db import store

        try:
            store.export_curriculum(self.curriculum(), path)
        except cf.CurriculumFileError as exc:
            QMessageBox.warning(self, self.tr("Export"), "\n".join(exc.problems))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return False
        self.window_.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)
        return True

    # ---- fit and adopt -------------------------------------------------------------------------
    def fit_to_length(self) -> None:

        curriculum = self.curriculum()
        if curriculum is None:
            return
        dialog = self.make_fit_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_fit(dialog)

    def make_fit_dialog(self):
        from cos_desktop.db import settings, store
        from cos_desktop.ui.planning.fit_dialog import FitDialog

        curriculum = self.curriculum()
        locked_rows = {i for i, c in enumerate(curriculum.chapters) if c.id in self._locked}
        minimum = settings.minimum_segment_minutes(self.session)
        return FitDialog(store.snapshot_curriculum(curriculum), self.chapter_list.currentRow(), locked_rows,
                         minimum=minimum, parent=self)

    def apply_fit(self, dialog) -> bool:
        from cos_desktop.db import settings
        from cos_desktop.ui.errors import save

        save(self.session, self, lambda: settings.set_minimum_segment_minutes(self.session, dialog.minimum.value()))
        after = dialog.result_snapshot()
        if after is None:
            return False
        return self.edit(dialog.description(), lambda _before: after)

    def adopt_in_group(self) -> None:
        from cos_desktop.db import store

        template = self.curriculum()
        groups = store.groups(self.session)
        if template is None or not template.is_template or not groups:
            QMessageBox.information(self, self.tr("Use in a group"), self.tr("There is no group yet."))
            return
        names = [g.name for g in groups]
        name, ok = QInputDialog.getItem(self, self.tr("Use in a group"),
                                        self.tr("Which group should follow this programme from now on?"),
                                        names, 0, False)
        if not ok:
            return
        group = groups[names.index(name)]
        if QMessageBox.question(self, self.tr("Use in a group"), self.adopt_question(group, template)) \
                == QMessageBox.StandardButton.Yes:
            self.adopt(group, template)

    def adopt_question(self, group, template) -> str:
        """What taking the programme changes and what it keeps, chapter by chapter, in plain words."""
        from cos_desktop.db import plans

        _, taken, kept = plans.adopted_snapshot(self.session, group, template)
        own_kept, own_lost = plans.video_setups_on_adopting(self.session, group, template)

        def chapters(numbers: list[int]) -> str:
            return self.tr("chapter(s) {numbers}", "", len(numbers)).format(numbers=", ".join(map(str, numbers)))

        lines = [self.tr("{group} will follow \"{programme}\" for {chapters}.").format(
            group=group.name, programme=template.name, chapters=chapters(taken)) if taken
            else self.tr("{group} has no chapter left to change.").format(group=group.name)]
        if kept:
            lines.append(self.tr("Delivered or running chapters keep their plan: {chapters}.").format(
                chapters=chapters(kept)))
        if own_kept:
            lines.append(self.tr("The group's own video links, clips and pause points stay: {chapters}.").format(
                chapters=chapters(own_kept)))
        if own_lost:
            lines.append(self.tr("The programme has fewer videos in {chapters}: the group's extra video links, "
                                 "clips and pause points there will be replaced.").format(chapters=chapters(own_lost)))
        lines.append(self.tr("Edit > Undo brings everything back."))
        return "\n\n".join(lines)

    def adopt(self, group, template) -> list[int]:
        """The group takes the template's plan for the chapters it has not had yet (one undoable step)."""
        from cos_desktop.db import plans, store

        before = store.snapshot_curriculum(group.curriculum)
        after, taken, _kept = plans.adopted_snapshot(self.session, group, template)
        if after != before:
            self.undo_stack.push(PlanCommand(self, group.curriculum_id, before, after,
                                             self.tr("Use a programme in {group}").format(group=group.name)))
        return taken