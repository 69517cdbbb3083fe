"""The main window: the programme, the group's schedule and parents, and the menus."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop import APP_NAME, __version__
from cos_desktop.ui import preferences
from cos_desktop.ui.errors import interactive, report_error
from cos_desktop.ui.planning.programme_view import ProgrammeView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    databaseReady = Signal()
    groupChanged = Signal()
    # A live session opened (LiveSession: .presenter, .projector, .controller, .run).
    presenterOpened = Signal(object)
    # The end-of-session screen is about to show (SessionSummaryDialog; .run is the SessionRun or None).
    summaryOpened = Signal(object)

    def __init__(self, database_url: str, *, load_demo: bool = False, present: dict | None = None):
        super().__init__()
        self.database_url = database_url
        self.load_demo_on_open = load_demo
        # What to do once the database is open: {"group": name, "chapter": n, "start": bool, "resume": bool}.
        self.present_on_open = present
        self.live_session = None
        self.live_full_screen = not (present or {}).get("windowed", False)
        self.database = None
        self.session = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        # One undo history for the whole window: planner edits, deleted notes and groups.
        self.undo_stack = QUndoStack(self)

        self.group_picker = QComboBox()
        self.group_picker.setObjectName("groupPicker")
        self.group_picker.setAccessibleName(self.tr("Group"))
        self.group_picker.setMinimumContentsLength(24)
        self.group_picker.currentIndexChanged.connect(self._group_picked)
        picker_label = QLabel(self.tr("&Group:"))
        picker_label.setBuddy(self.group_picker)
        new_group_button = QPushButton(self.tr("New group..."))
        new_group_button.clicked.connect(self.new_group)

        self.programme = ProgrammeView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.programme, self.tr("&Programme"))
        # The other pages are built by _build_pages once the window is on screen; until then
        # (a fraction of a second) their tabs hold empty placeholders.
        self.group_page = self.attendance_page = self.planner = self.videos = None
        for title in (self.tr("G&roup"), self.tr("P&lanner"), self.tr("A&ttendance")):
            self.tabs.addTab(QWidget(), title)

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.group_picker)
        top.addWidget(new_group_button)
        top.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Opening your programme..."))

        self._build_menus()
        self.presenterOpened.connect(self._add_live_video)
        self.summaryOpened.connect(self._offer_documents)
        self._restore_geometry()

    def _build_pages(self) -> None:
        """The Group, Planner and Attendance pages and the video actions.

        Built after the first paint: their modules and widgets cost more start-up time than the
        rest of the window together.
        """
        if self.planner is not None:
            return
        from cos_desktop.ui.records.group_page import AttendancePage, GroupPage
        from cos_desktop.ui.planning.planner_view import PlannerView
        from cos_desktop.ui.planning.video_links import VideoLinks

        self.group_page = GroupPage(self)
        self.group_page.changed.connect(self._group_records_changed)
        self.group_page.reviewRequested.connect(self.review_notes)
        self.attendance_page = AttendancePage(self)
        self.attendance_page.changed.connect(self._attendance_changed)
        # The group page's parts, by the names the rest of the window (and its tests) use.
        self.schedule = self.group_page.schedule
        self.participants = self.group_page.participants
        self.add_parent_button = self.group_page.add_parent_button
        self.schedule.setToolTip(self.tr("Double-click a delivered session to see its summary"))
        self.schedule.cellDoubleClicked.connect(lambda row, _column: self.show_run_summary(row))
        self.planner = PlannerView(self)
        for index, page in ((1, self.group_page), (2, self.planner), (3, self.attendance_page)):
            placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            placeholder.deleteLater()

        self.videos = VideoLinks(self)
        self.planner.install_actions(self)
        self.planner.planChanged.connect(lambda _id: self.programme.refresh())
        self.planner.programmesChanged.connect(self.planner.refresh_programmes)
        self.databaseReady.connect(self.planner.refresh_programmes)
        self.groupChanged.connect(self.planner.refresh_programmes)

    # ---- menus ------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.file_menu, self.tr("&New group..."), self.new_group, QKeySequence.StandardKey.New, "newGroup")
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Export..."), self.export_document, "Ctrl+E", "exportDocument")
        self._action(self.file_menu, self.tr("&Print..."), self.print_document, QKeySequence.StandardKey.Print, "printDocument")
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Restore from backup..."), self.restore_from_backup, None, "restoreBackup")
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Add &parent..."), self.add_participant, "Ctrl+Shift+P", "addParent")
        self._action(self.edit_menu, self.tr("&Edit group..."), self.edit_group, None, "editGroup")
        self.archive_action = self._action(self.edit_menu, self.tr("&Archive group"), self.toggle_archived, None, "archiveGroup")
        self._action(self.edit_menu, self.tr("&Delete group..."), self.delete_group, None, "deleteGroup")
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("&Find in notes..."), self.find_in_notes, QKeySequence.StandardKey.Find, "findNotes")

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.view_menu, self.tr("&Programme"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self._action(self.view_menu, self.tr("&Group"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self._action(self.view_menu, self.tr("P&lanner"), lambda: self.tabs.setCurrentWidget(self.planner), "Ctrl+3")
        self._action(self.view_menu, self.tr("A&ttendance"), lambda: self.tabs.setCurrentWidget(self.attendance_page), "Ctrl+4")
        self.show_archived = self._action(self.view_menu, self.tr("Show &archived groups"),
                                          lambda: self.refresh_groups(), None, "showArchived")
        self.show_archived.setCheckable(True)
        self.view_menu.addSeparator()
        self._action(self.view_menu, self.tr("&Full screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen)

        self.projector_menu = self.view_menu.addMenu(self.tr("P&rojector"))
        self.projector_menu.setObjectName("projectorMenu")
        self.projector_menu.aboutToShow.connect(self._fill_projector_menu)

        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.start_session_action = self._action(
            self.session_menu, self.tr("&Start session..."), self.start_session, "F5", "startSession"
        )
        self._action(self.session_menu, self.tr("Session &summary"), lambda: self.show_run_summary(self.schedule.currentRow()),
                     None, "sessionSummary")
        self._action(self.session_menu, self.tr("&Review notes of a session..."),
                     lambda: self.group_page.review_selected() if self.group_page.selected_run() else self.review_notes(),
                     None, "reviewNotes")

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("Load &demo group"), self.load_demo_group, None, "loadDemo")
        self.help_menu.addSeparator()
        self._action(self.help_menu, self.tr("&About COS Desktop"), self.show_about, None, "about")

    def export_document(self, kind: str = "parent-summary", run_id: int | None = None):
        """File > Export...: choose a document, see its first page, save it as a PDF."""
        from cos_desktop.ui.printing.export_dialog import open_export_dialog

        return open_export_dialog(self, kind=kind, run_id=run_id)

    def print_document(self):
        """File > Print...: the same choices, then the system print dialog."""
        from cos_desktop.ui.printing.export_dialog import open_export_dialog

        return open_export_dialog(self, print_now=True)

    def _offer_documents(self, summary_dialog) -> None:
        from cos_desktop.ui.printing.export_dialog import offer_documents

        offer_documents(self, summary_dialog)

    def restore_from_backup(self):
        from cos_desktop.ui.backup_dialog import open_restore_dialog

        return open_restore_dialog(self)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ---- database ---------------------------------------------------------------------
    def open_database_soon(self) -> None:
        """Open the database once the window has painted, so the window appears at once."""
        QTimer.singleShot(0, self.open_database)

    def open_database(self) -> bool:
        from cos_desktop.db import store
        from cos_desktop.db.engine import DatabaseOpenError, open_database

        self._build_pages()
        try:
            self.database = open_database(self.database_url)
        except DatabaseOpenError as exc:
            report_error(self.tr("Cannot open the database"), str(exc), self)
            QTimer.singleShot(0, lambda: self._quit_with(2))
            return False
        self.session = self.database.session()
        store.ensure_builtin_template(self.session)
        if self.load_demo_on_open:
            self._load_demo(select=True)
        self.refresh_groups(self.group_picker.currentData() or self._last_group_id())
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        if self.database.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Database upgraded; the old copy is kept at {path}").format(path=self.database.backup_path)
            )
        self.databaseReady.emit()
        if self.present_on_open is not None:
            QTimer.singleShot(0, self._present_on_open)
        else:
            QTimer.singleShot(0, self.offer_resume)
        return True

    def _quit_with(self, code: int) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.exit(code)

    def close_database(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        if self.database is not None:
            self.database.dispose()
            self.database = None

    # ---- groups -----------------------------------------------------------------------
    def current_group(self):
        from cos_desktop.db.models import Group

        group_id = self.group_picker.currentData()
        if group_id is None or self.session is None:
            return None
        return self.session.get(Group, group_id)

    def refresh_groups(self, select_id: int | None = None) -> None:
        from cos_desktop.db import records

        if select_id is None:
            select_id = self.group_picker.currentData()
        self.group_picker.blockSignals(True)
        self.group_picker.clear()
        self.group_picker.addItem(self.tr("No group (programme template)"), None)
        for row in records.group_list(self.session, include_archived=self.show_archived.isChecked()):
            self.group_picker.addItem(row.name + (self.tr(" (archived)") if row.archived else ""), row.id)
        index = self.group_picker.findData(select_id) if select_id is not None else 0
        self.group_picker.setCurrentIndex(max(index, 0))
        self.group_picker.blockSignals(False)
        self._group_picked()

    def _last_group_id(self) -> int | None:
        """The group picked last time on this database, so the app opens where the facilitator left it."""
        if preferences.read(preferences.LAST_GROUP_DATABASE) != self.database_url:
            return None
        try:
            return int(preferences.read(preferences.LAST_GROUP_ID))
        except (TypeError, ValueError):
            return None

    def _group_picked(self) -> None:
        from cos_desktop.db import store

        if self.session is None:
            return
        group = self.current_group()
        preferences.write(preferences.LAST_GROUP_DATABASE, self.database_url)
        preferences.write(preferences.LAST_GROUP_ID, group.id if group is not None else "")
        if group is None:
            self.programme.set_curriculum(store.builtin_template(self.session))
        else:
            dates = {run.chapter_position: run.date for run in group.sessions}
            delivered = {run.chapter_position for run in group.sessions if run.status == "ended"}
            self.programme.set_curriculum(group.curriculum, group.start_time, dates, delivered)
        self._fill_group_page(group)
        self.archive_action.setEnabled(group is not None)
        self.archive_action.setText(self.tr("Bring back from the &archive") if group is not None and group.archived
                                    else self.tr("&Archive group"))
        self.groupChanged.emit()

    def _fill_group_page(self, group) -> None:
        self.group_page.show_group(group)
        self.attendance_page.show_group(group)

    def _group_records_changed(self) -> None:
        group = self.current_group()
        if group is not None:
            dates = {run.chapter_position: run.date for run in group.sessions}
            self.programme.set_curriculum(group.curriculum, group.start_time, dates)
        self._fill_group_page(group)

    def _attendance_changed(self) -> None:
        pass  # the attendance page redraws itself; the group page shows no marks

    def new_group(self) -> None:
        from cos_desktop.db import store
        from cos_desktop.db.models import Curriculum
        from cos_desktop.ui.records.group_dialog import NewGroupDialog

        if self.session is None:
            return
        dialog = NewGroupDialog([(c.id, c.name) for c in store.templates(self.session)], self)
        if dialog.exec() != NewGroupDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        template = self.session.get(Curriculum, values.pop("template_id"))
        group = store.create_group(self.session, template=template, **values)
        self.session.commit()
        self.refresh_groups(group.id)
        self.statusBar().showMessage(self.tr("Group created: {name}").format(name=group.name), 5000)

    def add_participant(self, name: str | None = None) -> None:
        from cos_desktop.db import records
        from cos_desktop.ui.records.group_page import save

        group = self.current_group()
        if group is None:
            return
        ages, consent = "", False
        if name is None:
            from cos_desktop.ui.records.group_page import ParentDialog

            dialog = ParentDialog(self, same_names={p.display_name for p in group.participants})
            dialog.setWindowTitle(self.tr("Add parent"))
            if dialog.exec() != ParentDialog.DialogCode.Accepted:
                return
            name, ages, consent = dialog.name.text(), dialog.ages.text(), dialog.consent.isChecked()
        if save(self.session, self, lambda: records.add_participant(
                self.session, group, name, child_ages=ages, consent_named=consent)):
            self._fill_group_page(group)

    def edit_group(self) -> None:
        from cos_desktop.db import records
        from cos_desktop.ui.records.group_dialog import NewGroupDialog
        from cos_desktop.ui.records.group_page import save

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
        from cos_desktop.ui.records.group_page import save

        group = self.current_group()
        if group is None:
            return
        archive = not group.archived
        if save(self.session, self, lambda: records.set_archived(self.session, group, archive)):
            self.refresh_groups(group.id if not archive or self.show_archived.isChecked() else None)
            message = self.tr("{name} archived: View > Show archived groups brings it back.") if archive \
                else self.tr("{name} is back in the group list.")
            self.statusBar().showMessage(message.format(name=group.name), 8000)

    def delete_group(self, confirmed: bool = False) -> None:
        from cos_desktop.ui.records.record_commands import DeleteGroupCommand

        group = self.current_group()
        if group is None:
            return
        if not confirmed:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete group"), "",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name is shown as typed
            box.setText(self.tr("Delete {name} with its {n} parents, attendance and notes? "
                                "Edit > Undo brings it back until you close COS Desktop.").format(
                name=group.name, n=len(group.participants)))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        self._flush_notes()
        name, group_id = group.name, group.id
        self.undo_stack.push(DeleteGroupCommand(
            self.session, group_id, name, refresh=lambda: self.refresh_groups(group_id),
            report=lambda detail: self.statusBar().showMessage(self.tr("Not saved: {detail}").format(detail=detail))))
        self.statusBar().showMessage(self.tr("Deleted {name}. Edit > Undo brings it back.").format(name=name), 10000)

    # ---- notes ------------------------------------------------------------------------
    def review_notes(self, run_id: int | None = None, note_id: int | None = None):
        """The review screen of a session's notes (default: the group's latest delivered or next session)."""
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

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About COS Desktop"),
            self.tr(
                "<h3>{name} {version}</h3><p>A companion for facilitators of the Circle of Security "
                "Parenting programme: plan, run and record your sessions.</p><p>Circle of Security is "
                "developed by Bert Powell, Glen Cooper and Kent Hoffman. This app does not include the "
                "programme's video or manual; link your own licensed copy.</p>"
            ).format(name=APP_NAME, version=__version__),
        )

    # ---- live sessions ----------------------------------------------------------------
    def start_session(self) -> None:
        """Session > Start session: choose a chapter (the group's next one), then open the presenter."""
        from cos_desktop.db import store
        from cos_desktop.core.kinds import run_status_label
        from cos_desktop.ui.live.start_dialog import ChapterChoice, StartSessionDialog

        if self.session is None:
            return
        if self.live_session is not None:
            self.live_session.presenter.show()
            self.live_session.presenter.raise_()
            self.live_session.presenter.activateWindow()
            return
        group = self.current_group()
        if group is not None:
            upcoming = store.next_session(group)
            choices = [
                ChapterChoice(
                    run.chapter_id, run.id,
                    f"{run.chapter_position}. {run.chapter.title} ({run.date.strftime('%d %b')}, "
                    f"{self.tr(run_status_label(run.status)).lower()})",
                    run.status == "ended",
                )
                for run in group.sessions
            ]
            default = next((i for i, run in enumerate(group.sessions) if run is upcoming), 0)
        else:
            template = store.builtin_template(self.session)
            chapters = template.chapters if template is not None else []
            choices = [ChapterChoice(c.id, None, f"{c.position}. {c.title}", False) for c in chapters]
            default = max(0, self.programme.chapter_list.currentRow())
        if not choices:
            return
        dialog = StartSessionDialog(choices, default, group_name=group.name if group else "", parent=self)
        if dialog.exec() != StartSessionDialog.DialogCode.Accepted:
            return
        choice, rehearsal = dialog.choice()
        self.open_live_session(chapter_id=choice.chapter_id, run_id=None if rehearsal else choice.run_id)

    def open_live_session(self, *, chapter_id: int, run_id: int | None, clock=None, start: bool = False):
        """Open the presenter (and projector) on a group's session, or on a chapter as a rehearsal."""
        from cos_desktop.db.models import ChapterPlan, SessionRun
        from cos_desktop.ui.live.live_session import LiveSession

        run = self.session.get(SessionRun, run_id) if run_id is not None else None
        chapter = run.chapter if run is not None else self.session.get(ChapterPlan, chapter_id)
        live = LiveSession(session=self.session, run=run, chapter=chapter, undo_stack=self.undo_stack,
                           clock=clock, full_screen=self.live_full_screen, parent=self)
        self.live_session = live
        if run is not None:
            from cos_desktop.ui.live.live_records import attach_live_records

            attach_live_records(live, self)
        live.ended.connect(lambda _summary: self._live_session_ended(live))
        live.closed.connect(lambda: self._live_session_closed(live))
        self.presenterOpened.emit(live)
        live.open()
        if start:
            live.controller.start()
        return live

    def _add_live_video(self, live) -> None:
        from cos_desktop.ui.live.live_video import LiveVideo

        live.video = LiveVideo(live, self.session)

    def _live_session_ended(self, live) -> None:
        self._fill_group_page(self.current_group())
        if live.summary is not None:
            title = live.presenter.chapter_label.text()
            self.show_summary_dialog(live.summary, title, live.run, parent=live.presenter)

    def _live_session_closed(self, live) -> None:
        if self.live_session is live:
            self.live_session = None
        self._fill_group_page(self.current_group())
        self.activateWindow()

    def show_summary_dialog(self, summary, title: str, run=None, parent=None):
        from cos_desktop.ui.live.summary_dialog import SessionSummaryDialog

        dialog = SessionSummaryDialog(summary, title, parent or self, run=run)
        if run is not None:
            run_id = run.id
            dialog.add_action_button(self.tr("Review &notes..."), lambda: self.review_notes(run_id))
        self.summaryOpened.emit(dialog)
        dialog.show()
        self.last_summary_dialog = dialog
        return dialog

    def show_run_summary(self, row: int):
        """The saved summary of one of the group's delivered sessions (its history)."""
        from cos_desktop.db import run_store

        group = self.current_group()
        if group is None or not 0 <= row < len(group.sessions):
            return None
        run = group.sessions[row]
        summary = run_store.summary_of(run)
        if summary is None:
            self.statusBar().showMessage(self.tr("This session has not been run yet."), 4000)
            return None
        title = f"{group.name} · " + self.tr("Chapter {n}: {title}").format(n=run.chapter_position, title=run.chapter.title)
        return self.show_summary_dialog(summary, title, run)

    def offer_resume(self) -> bool:
        """After a crash or power cut: offer to carry on with the interrupted session."""
        from cos_desktop.core.plan import format_duration
        from cos_desktop.db import run_store

        if self.session is None or self.live_session is not None:
            return False
        runs = run_store.interrupted_runs(self.session)
        if not runs:
            return False
        run = runs[0]
        offer = run_store.resume_offer(run)
        log.info("interrupted session found: %s", offer.text)
        if not interactive():
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name is the facilitator's text
        box.setWindowTitle(self.tr("Carry on with the session?"))
        box.setText(self.tr("{group}: the session was interrupted.").format(group=offer.group_name))
        box.setInformativeText(
            self.tr("Resume chapter {chapter}, segment {segment} ({elapsed} elapsed)?").format(
                chapter=offer.chapter_position, segment=offer.segment_position,
                elapsed=format_duration(int(offer.elapsed_seconds)))
            + "\n\n" + self.tr("The time since it stopped counts in that segment, as the group kept going.")
        )
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not resume:
            return False
        self.resume_run(run.id)
        return True

    def resume_run(self, run_id: int):
        from cos_desktop.db.models import SessionRun

        run = self.session.get(SessionRun, run_id)
        if run is None:
            return None
        if run.group is not None:
            self.refresh_groups(run.group_id)
        live = self.open_live_session(chapter_id=run.chapter_id, run_id=run.id)
        snap = live.controller.snapshot()
        log.info(
            "resumed run %d: chapter %d, segment %d, %.3f s elapsed at %s",
            run.id, run.chapter_position, snap.current + 1, snap.elapsed_ns / 1e9, snap.now_wall.isoformat(),
        )
        return live

    def _present_on_open(self) -> None:
        """`cos-desktop present`: open the presenter on a group's next session straight away."""
        from cos_desktop.db import run_store, store

        options = self.present_on_open or {}
        if options.get("resume"):
            runs = run_store.interrupted_runs(self.session)
            if runs:
                self.resume_run(runs[0].id)
                return
        group = store.group_by_name(self.session, options["group"]) if options.get("group") else None
        if options.get("group") and group is None:
            report_error(self.tr("Start session"), self.tr("There is no group called {name}.").format(name=options["group"]), self)
            return
        if group is not None:
            self.refresh_groups(group.id)
            run = store.next_session(group)
            if options.get("chapter"):
                run = next((r for r in group.sessions if r.chapter_position == options["chapter"]), run)
            if run is None:
                report_error(self.tr("Start session"), self.tr("Every chapter of this group has been delivered."), self)
                return
            self.open_live_session(chapter_id=run.chapter_id, run_id=run.id, start=bool(options.get("start")))
            return
        template = store.builtin_template(self.session)
        position = options.get("chapter") or 1
        chapter = next(c for c in template.chapters if c.position == position)
        self.open_live_session(chapter_id=chapter.id, run_id=None, start=bool(options.get("start")))

    def _fill_projector_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from cos_desktop.ui.live.live_session import screen_key, screen_label

        self.projector_menu.clear()
        show = QAction(self.tr("Show the projector window"), self.projector_menu)
        show.setEnabled(self.live_session is not None)
        show.triggered.connect(lambda: self.live_session and self.live_session.show_projector())
        self.projector_menu.addAction(show)
        self.projector_menu.addSection(self.tr("Projector screen"))
        wanted = preferences.read(preferences.PROJECTOR_SCREEN)
        for screen in QGuiApplication.screens():
            action = QAction(screen_label(screen), self.projector_menu)
            action.setCheckable(True)
            action.setChecked(screen_key(screen) == wanted)
            action.triggered.connect(lambda _checked=False, s=screen: self.choose_projector_screen(s))
            self.projector_menu.addAction(action)

    def choose_projector_screen(self, screen) -> None:
        from cos_desktop.ui.live.live_session import screen_key

        preferences.write(preferences.PROJECTOR_SCREEN, screen_key(screen))
        if self.live_session is not None:
            self.live_session.place_projector()

    # ---- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = preferences.read(preferences.MAIN_WINDOW_GEOMETRY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1200, 760)
        else:  # first start: most of the screen, centred
            self.resize(min(1400, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))
            self.move(screen.center() - self.rect().center())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        preferences.write(preferences.MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        if self.session is not None and not self._flush_notes() and interactive() and not self._close_unsaved():
            event.ignore()  # a note could not be saved yet: it stays on screen
            return
        if self.live_session is not None:
            self.live_session.close()
        if self.session is not None:
            try:
                self.session.commit()
            except Exception:  # a failing save must never stop the window closing
                log.exception("saving on close failed")
        super().closeEvent(event)
