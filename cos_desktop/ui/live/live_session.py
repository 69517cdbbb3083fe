"""One live session on screen: the run, its presenter and projector windows, and the screens.

Opened from Session > Start session (or on resuming an interrupted session). Keeps the
projector on the chosen screen, survives screens being plugged in or removed, and saves the
summary when the session ends.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cos_desktop.core.clock import Clock, RealClock
from cos_desktop.core.programme_text import programme_text
from cos_desktop.core.public_view import TimerSize
from cos_desktop.core.run_summary import RunSummary
from cos_desktop.db import run_store
from cos_desktop.ui import preferences
from cos_desktop.ui.live.pictures_and_messages import PicturesAndMessages
from cos_desktop.ui.live.presenter_controller import PresenterController
from cos_desktop.ui.live.presenter_window import PresenterWindow
from cos_desktop.ui.live.projector_window import ProjectorWindow

log = logging.getLogger(__name__)



def screen_key(screen: QScreen) -> str:
    """A name for a screen that survives restarts: its name plus model and size when names repeat."""
    name = screen.name() or "screen"
    details = [d for d in (screen.manufacturer(), screen.model()) if d]
    size = screen.geometry().size()
    return " ".join([name, *details, f"{size.width()}x{size.height()}"])


def screen_label(screen: QScreen) -> str:
    size = screen.geometry().size()
    model = " ".join(d for d in (screen.manufacturer(), screen.model()) if d)
    name = screen.name() or QCoreApplication.translate("LiveSession", "Screen")
    return f"{name}{' ' + model if model else ''} ({size.width()}×{size.height()})"


def shared_window_wanted() -> bool:
    return str(preferences.read(preferences.PROJECTOR_SHARED_WINDOW)).lower() in ("true", "1")


class RehearsalNotes(QPlainTextEdit):
    """Practice notes during a rehearsal (not kept). Esc gives the keys back to the session."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rehearsalNotes")

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class LiveSession(QObject):
    """A live run with its windows. `run` is None for a rehearsal (nothing is recorded)."""

    ended = Signal(object)  # RunSummary
    closed = Signal()
    sharedChanged = Signal(bool)  # the projector became a window to share in a video call, or back

    def __init__(self, *, session, run, chapter, undo_stack=None, clock: Clock | None = None,
                 full_screen: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.db_session = session
        self.run = run
        self.chapter = chapter
        self.clock = clock or RealClock()
        self.full_screen = full_screen
        self.live = run_store.live_run_for(session, run, chapter, self.clock)
        self.resumed = self.live.started and not self.live.ended
        self.controller = PresenterController(
            self.live,
            chapter_title=programme_text(chapter.title),
            chapter_position=chapter.position,
            group_name=run.group.name if run is not None else "",
            rehearsal=run is None,
            parent=self,
        )
        self._recall_projector_timer()
        self.presenter = PresenterWindow(self.controller, undo_stack)
        if isinstance(parent, QWidget):
            self.presenter.clicker_windows.append(parent)  # the clicker works with the main window in front
        self.projector = ProjectorWindow()
        self.shared = shared_window_wanted()
        self.projector.set_shared(self.shared)
        self.projector.key_handler = self.controller.handle_key
        self.controller.publicViewChanged.connect(self.projector.show_view)
        self.controller.publicViewChanged.connect(self._remember_projector_timer)
        self.presenter.miniature.follow(self.projector)
        self.projector.pictureChanged.connect(self.presenter.miniature.update_from)
        self.pictures = PicturesAndMessages(self)
        if run is None:
            self._add_rehearsal_notes()
        self.controller.runEnded.connect(self._run_ended)
        self.summary: RunSummary | None = None
        # Callables that add to the summary before it is saved (e.g. the video pause points reached).
        self.summary_contributors: list = []
        self._closing = False
        self.presenter.destroyed.connect(lambda *_: None)
        self.presenter.installEventFilter(self)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)

    # ---- the projector timer, as the facilitator left it last time ------------------
    def _recall_projector_timer(self) -> None:
        shown = preferences.read(preferences.PROJECTOR_TIMER_SHOWN)
        self.controller.show_timer_on_projector = str(shown).lower() in ("true", "1")
        try:
            self.controller.timer_size = TimerSize(str(preferences.read(preferences.PROJECTOR_TIMER_SIZE)))
        except ValueError:
            self.controller.timer_size = TimerSize.LARGE

    def _remember_projector_timer(self, _view) -> None:
        shown, size = self.controller.show_timer_on_projector, self.controller.timer_size.value
        if (shown, size) != getattr(self, "_timer_remembered", None):
            self._timer_remembered = (shown, size)
            preferences.write(preferences.PROJECTOR_TIMER_SHOWN, shown)
            preferences.write(preferences.PROJECTOR_TIMER_SIZE, size)

    def _add_rehearsal_notes(self) -> None:
        """A rehearsal records nothing, but typing still needs a place: letters there are text."""
        pad = RehearsalNotes()
        pad.escaped.connect(lambda: self.presenter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        pad.setPlaceholderText(self.tr("Practice notes: type here while you rehearse. They are not kept."))
        self.rehearsal_notes = pad
        self.presenter.add_side_panel(pad, self.tr("Notes (N)"))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_N), self.presenter)
        shortcut.activated.connect(lambda: (self.presenter.side_tabs.setCurrentWidget(pad), pad.setFocus()))

    # ---- opening and screens -------------------------------------------------------
    def open(self) -> None:
        if self.resumed:
            self.live.reopen()
        self._place_presenter()
        self.place_projector()
        self.controller.refresh()
        self.presenter.raise_()
        self.presenter.activateWindow()
        self.presenter.setFocus()

    def _place_presenter(self) -> None:
        screen = QGuiApplication.primaryScreen()
        handle = self.presenter.windowHandle()
        if handle is None:
            self.presenter.create()
            handle = self.presenter.windowHandle()
        if screen is not None and handle is not None:
            handle.setScreen(screen)
            self.presenter.setGeometry(screen.availableGeometry())
        if self.full_screen and not self.shared:  # shared in a call: a normal window, the call app needs room
            self.presenter.showFullScreen()
        else:
            self.presenter.show()

    def projector_screen(self) -> QScreen | None:
        """The remembered screen if it is plugged in, else any screen that is not the presenter's."""
        screens = QGuiApplication.screens()
        wanted = preferences.read(preferences.PROJECTOR_SCREEN)
        for screen in screens:
            if wanted and screen_key(screen) == wanted:
                return screen
        presenter_screen = self.presenter.screen() if self.presenter.isVisible() else QGuiApplication.primaryScreen()
        for screen in screens:
            if screen is not presenter_screen:
                return screen
        return None

    def choose_projector_screen(self, screen: QScreen) -> None:
        preferences.write(preferences.PROJECTOR_SCREEN, screen_key(screen))
        self.place_projector()

    def set_shared(self, shared: bool) -> None:
        """The projector as a window to share in a video call (remembered for next time), or back."""
        preferences.write(preferences.PROJECTOR_SHARED_WINDOW, shared)
        if shared == self.shared:
            return
        self.shared = shared
        self.projector.set_shared(shared)
        self.projector.hide()  # placed afresh: full screen, the small window or the call's size
        self.place_projector()
        self.sharedChanged.emit(shared)

    def _place_shared(self) -> None:
        """A normal, decorated, resizable window sized for a video call, on the laptop's screen."""
        window = self.projector
        if window.isFullScreen() or not window.isVisible():
            window.hide()
            window.setWindowState(Qt.WindowState.WindowNoState)
            primary = QGuiApplication.primaryScreen()
            width, height = ProjectorWindow.SHARE_SIZE
            # Always the call's own size (a smaller window would send a smaller picture), centred
            # where it fits, else from the top left corner of the laptop's screen.
            window.resize(width, height)
            if primary is not None:
                window.windowHandle().setScreen(primary)
                area = primary.availableGeometry()
                window.move(area.x() + max(0, (area.width() - width) // 2), area.y() + max(0, (area.height() - height) // 2))
            window.show()
        log.info("projector shared as a window")

    def place_projector(self) -> None:
        """Full screen on the projector's screen; a movable window when there is only one screen;
        a window sized for a video call when it is shared online."""
        if self._closing:
            return
        window = self.projector
        if window.windowHandle() is None:
            window.create()
        self.presenter.set_single_screen_notice(len(QGuiApplication.screens()) < 2, shared=self.shared)
        if self.shared:
            self._place_shared()
            return
        screen = self.projector_screen()
        if screen is not None:
            if window.isVisible() and window.isFullScreen() and window.screen() is screen:
                return
            window.hide()
            window.windowHandle().setScreen(screen)
            window.setGeometry(screen.geometry())
            # Not showFullScreen(): that also activates the window, and the keys belong to the presenter.
            window.setWindowState(Qt.WindowState.WindowFullScreen)
            window.show()
            log.info("projector on %s", screen_key(screen))
        else:
            primary = QGuiApplication.primaryScreen()
            if window.isFullScreen() or not window.isVisible():
                window.hide()
                window.setWindowState(Qt.WindowState.WindowNoState)
                if primary is not None:
                    window.windowHandle().setScreen(primary)
                    area = primary.availableGeometry()
                    width, height = min(640, area.width() // 3), min(360, area.height() // 3)
                    # Bottom right, small: out of the way of the countdown.
                    window.setGeometry(area.right() - width - 20, area.bottom() - height - 40, width, height)
                window.show()
            log.info("one screen: projector as a movable window")

    def show_projector(self) -> None:
        """Bring the projector window back (after it was closed or hidden behind the presenter)."""
        self.place_projector()
        self.projector.show()
        self.projector.raise_()

    def _screens_changed(self, *_args) -> None:
        # Let Qt finish moving windows off a removed screen before placing ours again.
        QTimer.singleShot(0, self._after_screens_changed)

    def _screen_removed(self, screen: QScreen) -> None:
        if self.presenter.isVisible() and self.presenter.screen() is screen:
            primary = QGuiApplication.primaryScreen()
            if primary is not None and primary is not screen:
                self.presenter.windowHandle().setScreen(primary)
        self._screens_changed()

    def _after_screens_changed(self) -> None:
        if self._closing:
            return
        try:
            if self.presenter.isFullScreen():
                primary = QGuiApplication.primaryScreen()
                if primary is not None:
                    self.presenter.setGeometry(primary.geometry())
            self.place_projector()
        except RuntimeError:  # a window already deleted while closing
            log.exception("placing windows after a screen change")

    # ---- the end -------------------------------------------------------------------------
    def _run_ended(self) -> None:
        self.summary = self.live.summary()
        for contribute in list(self.summary_contributors):
            try:
                contribute(self.summary)
            except Exception:
                log.exception("adding to the session summary failed")
        if self.run is not None and self.db_session is not None:
            if not run_store.save_summary(self.db_session, self.run, self.summary):
                self.presenter.show_save_problem(self.tr("the summary"))
        self.ended.emit(self.summary)

    def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        self.controller.stop()
        app = QGuiApplication.instance()
        try:
            app.screenAdded.disconnect(self._screens_changed)
            app.screenRemoved.disconnect(self._screen_removed)
        except (RuntimeError, TypeError):
            pass
        self.projector.close()
        self.presenter.removeEventFilter(self)
        self.presenter.close()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt name)
        from PySide6.QtCore import QEvent

        if watched is self.presenter and event.type() == QEvent.Type.Close and not self._closing:
            if not self._may_close_mid_session():
                event.ignore()
                return True
            # Closing the presenter closes the projector too; the run itself stays as it is
            # (an unfinished session can be resumed later).
            QTimer.singleShot(0, self.close)
        return False

    def _may_close_mid_session(self) -> bool:
        """Closing the presenter of a running session asks first: it is easy to do by mistake."""
        from PySide6.QtWidgets import QMessageBox

        from cos_desktop.core.run_timeline import RunState
        from cos_desktop.ui.errors import interactive

        state = self.controller.snapshot().state
        if self.run is None or state not in (RunState.RUNNING, RunState.PAUSED) or not interactive():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("The session is still running"), self.tr(
            "Close the presenter now? The session stays open: the main window's Carry on button (F5) "
            "brings it back where it was. To finish the session, use End session instead."),
            QMessageBox.StandardButton.NoButton, self.presenter)
        keep = box.addButton(self.tr("Keep the session open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close the presenter"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    @property
    def windows(self) -> list[QWidget]:
        return [self.presenter, self.projector]
