"""The main window's menus and their shortcuts, with the small actions that live only in a menu."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from cos_desktop import APP_NAME, __version__
from cos_desktop.ui import preferences
from cos_desktop.ui.printing import open_print_pack


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Shift+Z and (except on macOS) Ctrl+Y, each once.

    A key listed twice on one action makes Qt refuse it as "Ambiguous shortcut overload".
    """
    import sys

    wanted = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)) + [QKeySequence("Ctrl+Shift+Z")]
    if sys.platform != "darwin":
        wanted.append(QKeySequence("Ctrl+Y"))
    keys: list[QKeySequence] = []
    for key in wanted:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class MainMenus:
    """Mixed into MainWindow: builds File, Edit, View, Session and Help."""

    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # triggered(bool) would hand `checked` to a slot's first parameter: the slot is called with none.
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menu_titles(self) -> None:
        """The menu bar's titles, shown in the first paint; the actions come with the pages.

        Giving Qt its first shortcut costs ~20 ms (PySide makes its key enums then), so the
        actions wait until the window is on screen.
        """
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _fill_menus(self) -> None:
        self._fill_file_menu()
        self._fill_edit_menu()
        self._fill_view_menu()
        self._fill_session_menu()
        self._fill_help_menu()

    def _fill_file_menu(self) -> None:
        self._action(self.file_menu, self.tr("&New group..."), self.new_group, QKeySequence.StandardKey.New, "newGroup")
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Export..."), self.export_document, "Ctrl+E", "exportDocument")
        self._action(self.file_menu, self.tr("&Print..."), self.print_document, QKeySequence.StandardKey.Print, "printDocument")
        self._action(self.file_menu, self.tr("Print tonight's p&ack..."), lambda: open_print_pack(self), "Ctrl+Alt+P", "printPack")
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Restore from backup..."), self.restore_from_backup, None, "restoreBackup")
        from cos_desktop.ui.passphrase_actions import PassphraseActions

        self.passphrase_actions = PassphraseActions(self, self.file_menu)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

    def _fill_edit_menu(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys())
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Add &parent..."), self.add_participant, "Ctrl+Shift+P", "addParent")
        self._action(self.edit_menu, self.tr("&Edit group..."), self.edit_group, None, "editGroup")
        self.archive_action = self._action(self.edit_menu, self.tr("&Archive group"), self.toggle_archived, None, "archiveGroup")
        self._action(self.edit_menu, self.tr("&Delete group..."), self.delete_group, None, "deleteGroup")
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("&Find in notes..."), self.find_in_notes, QKeySequence.StandardKey.Find, "findNotes")
        self._action(self.edit_menu, self.tr("Language, dates, paper and &holidays..."), self.edit_local_settings, None, "localSettings")

    def _fill_view_menu(self) -> None:
        self._action(self.view_menu, self.tr("&Programme"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self._action(self.view_menu, self.tr("&Group"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self._action(self.view_menu, self.tr("P&lanner"), lambda: self.tabs.setCurrentWidget(self.planner), "Ctrl+3")
        self._action(self.view_menu, self.tr("A&ttendance"), lambda: self.tabs.setCurrentWidget(self.attendance_page), "Ctrl+4")
        self._action(self.view_menu, self.tr("&Outcomes"), lambda: self.tabs.setCurrentWidget(self.measures_page), "Ctrl+5",
                     "showOutcomes")
        self.show_archived = self._action(self.view_menu, self.tr("Show &archived groups"),
                                          lambda: self.refresh_groups(), None, "showArchived")
        self.show_archived.setCheckable(True)
        self.view_menu.addSeparator()
        self._action(self.view_menu, self.tr("&Full screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen)
        self._add_larger_text_action()

        self.projector_menu = self.view_menu.addMenu(self.tr("P&rojector"))
        self.projector_menu.setObjectName("projectorMenu")
        self.projector_menu.aboutToShow.connect(self._fill_projector_menu)

    def _add_larger_text_action(self) -> None:
        from cos_desktop.ui import appearance

        self.larger_text_action = QAction(self.tr("Larger te&xt"), self)
        self.larger_text_action.setObjectName("largerText")
        self.larger_text_action.setCheckable(True)
        self.larger_text_action.setChecked(appearance.larger_text_wanted())
        self.larger_text_action.toggled.connect(appearance.set_larger_text)
        self.view_menu.addAction(self.larger_text_action)

    def _fill_session_menu(self) -> None:
        self.start_session_action = self._action(
            self.session_menu, self.tr("&Start session..."), self.start_session, "F5", "startSession"
        )
        self._action(self.session_menu, self.tr("Session s&ummary"), lambda: self.show_run_summary(self.schedule.currentRow()),
                     None, "sessionSummary")
        self._action(self.session_menu, self.tr("&Review notes of a session..."),
                     lambda: self.group_page.review_selected() if self.group_page.selected_run() else self.review_notes(),
                     None, "reviewNotes")

    def _fill_help_menu(self) -> None:
        self._action(self.help_menu, self.tr("Load &demo group"), self.load_demo_group, None, "loadDemo")
        self.help_menu.addSeparator()
        self._action(self.help_menu, self.tr("&About COS Desktop"), self.show_about, None, "about")

    def _fill_projector_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from cos_desktop.ui.live.live_session import screen_key, screen_label

        self.projector_menu.clear()
        show = QAction(self.tr("Show the projector window"), self.projector_menu)
        show.setEnabled(self.live_session is not None)
        show.triggered.connect(lambda: self.live_session and self.live_session.show_projector())
        self.projector_menu.addAction(show)
        self.projector_menu.addAction(self._shared_window_action())
        self.projector_menu.addSection(self.tr("Projector screen"))
        wanted = preferences.read(preferences.PROJECTOR_SCREEN)
        for screen in QGuiApplication.screens():
            action = QAction(screen_label(screen), self.projector_menu)
            action.setCheckable(True)
            action.setChecked(screen_key(screen) == wanted)
            # The screen's key, not the QScreen: a projector unplugged while the menu is open is gone.
            action.triggered.connect(lambda _checked=False, key=screen_key(screen): self.choose_projector_screen(key))
            self.projector_menu.addAction(action)

    def _shared_window_action(self) -> QAction:
        """Online groups: the projector's picture in a window to share in the call (also mid-session)."""
        from cos_desktop.ui.live.live_session import shared_window_wanted

        action = QAction(self.tr("&Share this window in a video call"), self.projector_menu)
        action.setObjectName("sharedWindow")
        action.setCheckable(True)
        action.setChecked(self.live_session.shared if self.live_session is not None else shared_window_wanted())
        action.toggled.connect(self.set_shared_window)
        return action

    def set_shared_window(self, shared: bool) -> None:
        if self.live_session is not None:
            self.live_session.set_shared(shared)
        else:
            preferences.write(preferences.PROJECTOR_SHARED_WINDOW, shared)

    def choose_projector_screen(self, key: str) -> None:
        preferences.write(preferences.PROJECTOR_SCREEN, key)
        if self.live_session is not None:
            self.live_session.place_projector()

    def restore_from_backup(self):
        from cos_desktop.ui.backup_dialog import open_restore_dialog

        return open_restore_dialog(self)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

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
