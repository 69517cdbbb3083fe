"""The main window: the programme, the group's schedule and parents, and the menus."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop import APP_NAME, __version__
from cos_desktop.app import interactive, report_error
from cos_desktop.ui.programme_view import ProgrammeView

log = logging.getLogger(__name__)

STATUS_LABELS = {"planned": "Planned", "running": "In progress", "ended": "Delivered"}


class MainWindow(QMainWindow):
    databaseReady = Signal()
    groupChanged = Signal()

    def __init__(self, database_url: str, *, load_demo: bool = False):
        super().__init__()
        self.database_url = database_url
        self.load_demo_on_open = load_demo
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
        self.schedule = QTableWidget(0, 3)
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setHorizontalHeaderLabels([self.tr("Chapter"), self.tr("Date"), self.tr("Status")])
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.schedule.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.participants = QListWidget()
        self.participants.setObjectName("participantList")
        self.add_parent_button = QPushButton(self.tr("Add parent..."))
        self.add_parent_button.clicked.connect(self.add_participant)

        group_page = QWidget()
        group_layout = QHBoxLayout(group_page)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sessions")))
        left.addWidget(self.schedule)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Parents")))
        right.addWidget(self.participants)
        right.addWidget(self.add_parent_button)
        group_layout.addLayout(left, 3)
        group_layout.addLayout(right, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.programme, self.tr("&Programme"))
        self.tabs.addTab(group_page, self.tr("G&roup"))

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
        self._restore_geometry()

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

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.view_menu, self.tr("&Programme"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self._action(self.view_menu, self.tr("&Group"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self.view_menu.addSeparator()
        self._action(self.view_menu, self.tr("&Full screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen)

        self.session_menu = bar.addMenu(self.tr("&Session"))

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("Load &demo group"), self.load_demo_group, None, "loadDemo")
        self.help_menu.addSeparator()
        self._action(self.help_menu, self.tr("&About COS Desktop"), self.show_about, None, "about")

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ---- database ---------------------------------------------------------------------
    def open_database_soon(self) -> None:
        """Open the database once the window has painted, so the window appears at once."""
        QTimer.singleShot(0, self.open_database)

    def open_database(self) -> bool:
        from cos_desktop.db import store
        from cos_desktop.db.engine import DatabaseOpenError, open_database

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
        self.refresh_groups()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        if self.database.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Database upgraded; the old copy is kept at {path}").format(path=self.database.backup_path)
            )
        self.databaseReady.emit()
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
        from cos_desktop.db import store

        if select_id is None:
            select_id = self.group_picker.currentData()
        self.group_picker.blockSignals(True)
        self.group_picker.clear()
        self.group_picker.addItem(self.tr("No group (programme template)"), None)
        for group in store.groups(self.session):
            self.group_picker.addItem(group.name, group.id)
        index = self.group_picker.findData(select_id) if select_id is not None else 0
        self.group_picker.setCurrentIndex(max(index, 0))
        self.group_picker.blockSignals(False)
        self._group_picked()

    def _group_picked(self) -> None:
        from cos_desktop.db import store

        if self.session is None:
            return
        group = self.current_group()
        if group is None:
            self.programme.set_curriculum(store.builtin_template(self.session))
        else:
            dates = {run.chapter_position: run.date for run in group.sessions}
            delivered = {run.chapter_position for run in group.sessions if run.status == "ended"}
            self.programme.set_curriculum(group.curriculum, group.start_time, dates, delivered)
        self._fill_group_page(group)
        self.add_parent_button.setEnabled(group is not None)
        self.groupChanged.emit()

    def _fill_group_page(self, group) -> None:
        self.schedule.setRowCount(0)
        self.participants.clear()
        if group is None:
            return
        self.schedule.setRowCount(len(group.sessions))
        for row, run in enumerate(group.sessions):
            cells = (
                f"{run.chapter_position}. {run.chapter.title}",
                run.date.strftime("%a %d %b %Y"),
                self.tr(STATUS_LABELS.get(run.status, run.status)),
            )
            for column, text in enumerate(cells):
                self.schedule.setItem(row, column, QTableWidgetItem(text))
        for participant in group.participants:
            self.participants.addItem(participant.display_name)

    def new_group(self) -> None:
        from cos_desktop.db import store
        from cos_desktop.db.models import Curriculum
        from cos_desktop.ui.group_dialog import NewGroupDialog

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

    def add_participant(self) -> None:
        from cos_desktop.db import store

        group = self.current_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add parent"), self.tr("Name (a first name or initials is enough):"))
        if not ok:
            return
        try:
            store.add_participant(self.session, group, name)
        except ValueError as exc:
            QMessageBox.information(self, self.tr("Add parent"), str(exc))
            return
        self.session.commit()
        self._fill_group_page(group)

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

    # ---- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1200, 760)
        else:  # first start: most of the screen, centred
            self.resize(min(1400, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))
            self.move(screen.center() - self.rect().center())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        if self.session is not None:
            try:
                self.session.commit()
            except Exception:  # a failing save must never stop the window closing
                log.exception("saving on close failed")
        super().closeEvent(event)
