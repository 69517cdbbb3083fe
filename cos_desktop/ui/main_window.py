"""The main window: the programme, the group's schedule and parents, and the menus."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cos_desktop import APP_NAME
from cos_desktop.core.kinds import RunStatus
from cos_desktop.ui import preferences
from cos_desktop.ui.live.live_actions import LiveActions
from cos_desktop.ui.main_menus import MainMenus
from cos_desktop.ui.records.group_actions import GroupActions
from cos_desktop.ui.errors import interactive, report_error

log = logging.getLogger(__name__)


class MainWindow(MainMenus, GroupActions, LiveActions, QMainWindow):
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
        from cos_desktop.ui.appearance import apply_text_size

        apply_text_size()  # View > Larger text, as the facilitator left it
        # One undo history for the whole window: planner edits, deleted notes and groups.
        self.undo_stack = QUndoStack(self)

        self.group_picker = QComboBox()
        self.group_picker.setObjectName("groupPicker")
        self.group_picker.setAccessibleName(self.tr("Group"))
        self.group_picker.setMinimumContentsLength(24)
        # As wide as its longest entry ("No group (programme template)" grows in other languages),
        # within reason: a very long group name is cut rather than widening the window off the screen.
        self.group_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_picker.setMaximumWidth(self.group_picker.fontMetrics().averageCharWidth() * 60)
        self.group_picker.currentIndexChanged.connect(self._group_picked)
        picker_label = QLabel(self.tr("&Group:"))
        picker_label.setBuddy(self.group_picker)
        new_group_button = QPushButton(self.tr("New group..."))
        new_group_button.clicked.connect(self.new_group)

        self.tabs = QTabWidget()
        # The pages are built by _build_pages once the window is on screen; until then (a fraction
        # of a second, while the database opens) their tabs hold empty placeholders.
        self.programme = self.group_page = self.attendance_page = self.planner = self.videos = None
        for title in (self.tr("&Programme"), self.tr("G&roup"), self.tr("P&lanner"), self.tr("A&ttendance")):
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

        self._build_menu_titles()
        self.presenterOpened.connect(self._add_live_video)
        self.summaryOpened.connect(self._offer_documents)
        self._restore_geometry()

    def _build_pages(self) -> None:
        """The Programme, Group, Planner and Attendance pages and the video actions.

        Built after the first paint: their modules and widgets cost more start-up time than the
        rest of the window together.
        """
        if self.planner is not None:
            return
        from cos_desktop.ui.live.next_session_banner import NextSessionBanner
        from cos_desktop.ui.planning.planner_view import PlannerView
        from cos_desktop.ui.planning.programme_view import ProgrammeView
        from cos_desktop.ui.planning.video_links import VideoLinks
        from cos_desktop.ui.records.attendance_page import AttendancePage
        from cos_desktop.ui.records.group_page import GroupPage

        self._fill_menus()
        self.programme = ProgrammeView()
        # A newcomer's one obvious step: the next session and a large Start (F5) above the programme.
        self.next_session_banner = NextSessionBanner()
        self.next_session_banner.startRequested.connect(self.start_session)
        self.programme.layout().insertWidget(0, self.next_session_banner)
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
        pages = ((0, self.programme), (1, self.group_page), (2, self.planner), (3, self.attendance_page))
        current = self.tabs.currentIndex()
        for index, page in pages:
            placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        from cos_desktop.ui.records.measures_page import MeasuresPage  # pre/post totals per parent
        self.measures_page = MeasuresPage(self)
        self.tabs.addTab(self.measures_page, self.tr("&Outcomes"))

        self.videos = VideoLinks(self)
        self.planner.install_actions(self)
        self.planner.planChanged.connect(lambda _id: self.programme.refresh())
        # Splitting or joining a chapter's parts adds or removes sessions: the schedule shows them.
        self.planner.planChanged.connect(lambda _id: self._fill_group_page(self.current_group()))
        self.planner.programmesChanged.connect(self.planner.refresh_programmes)
        self.databaseReady.connect(self.planner.refresh_programmes)
        self.groupChanged.connect(self.planner.refresh_programmes)

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
            self.group_picker.addItem(self.tr("{name} (archived)").format(name=row.name) if row.archived else row.name,
                                    row.id)
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

        if self.session is None:
            return
        group = self.current_group()
        preferences.write(preferences.LAST_GROUP_DATABASE, self.database_url)
        preferences.write(preferences.LAST_GROUP_ID, group.id if group is not None else "")
        self._show_programme(group)
        self.show_next_session(group)
        self._fill_group_page(group)
        self.archive_action.setEnabled(group is not None)
        self.archive_action.setText(self.tr("Bring back from the &archive") if group is not None and group.archived
                                    else self.tr("&Archive group"))
        self.groupChanged.emit()

    def _show_programme(self, group) -> None:
        """The Programme tab: the group's own chapters with their dates and which are delivered."""
        from cos_desktop.db import store

        if group is None:
            self.programme.set_curriculum(store.builtin_template(self.session))
            return
        # A chapter in parts: the date it starts, and delivered once every part is.
        dates = {run.chapter_position: run.date for run in reversed(group.sessions)}
        delivered = {run.chapter_position for run in group.sessions} - {
            run.chapter_position for run in group.sessions if run.status != RunStatus.ENDED.value}
        self.programme.set_curriculum(group.curriculum, group.start_time, dates, delivered)

    def _fill_group_page(self, group) -> None:
        self.group_page.show_group(group)
        self.attendance_page.show_group(group)

    def _group_records_changed(self) -> None:
        group = self.current_group()
        if group is not None:
            self._show_programme(group)
        self._fill_group_page(group)

    def _attendance_changed(self) -> None:
        pass  # the attendance page redraws itself; the group page shows no marks

























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
            from cos_desktop.db.transactions import save_on_close

            save_on_close(self.session)  # a failing save never stops the window closing
        super().closeEvent(event)
