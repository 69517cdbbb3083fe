"""Videos in a live session.

With a projector, the video fills the projector screen and the laptop keeps the controls and
the facilitator's prompt. With one screen, it plays inside the presenter view, with a
full-screen toggle. Space plays and pauses while a video segment is current; the clicker keys
keep stepping segments, except that while a pause point's question is showing, the next key
press carries the video on. When a clip ends the projector shows the segment title.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from cos_desktop.core.kinds import is_video_segment
from cos_desktop.core.live_run import RunState
from cos_desktop.core.run_summary import PausePointReached
from cos_desktop.db.models import SegmentPlan
from cos_desktop.media.backend import PlaybackState
from cos_desktop.media.video_widget import VideoSurface
from cos_desktop.ui.live.presenter_controller import NEXT_KEYS
from cos_desktop.ui.live.text_fields import typing_in_text_field
from cos_desktop.ui.video.video_controller import VideoController
from cos_desktop.ui.video.video_panel import VideoPanel

log = logging.getLogger(__name__)

# Keys that carry on a video stopped at a pause point (instead of stepping to the next segment).
CONTINUE_KEYS = NEXT_KEYS | {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down}
SHOWING = (PlaybackState.OPENING, PlaybackState.PLAYING, PlaybackState.PAUSED)
# How long after leaving a video segment its player is stopped (after the projector has repainted).
STOP_AFTER_MS = 80


class FullScreenVideo(QWidget):
    """One screen: the video on the whole laptop screen. Esc, F or a double-click comes back."""

    def __init__(self, owner: LiveVideo):
        super().__init__(None, Qt.WindowType.Window)
        self.owner = owner
        self.setObjectName("fullScreenVideo")
        self.setWindowTitle(self.tr("Video"))
        self.setStyleSheet("#fullScreenVideo { background: black; }")
        self.surface = VideoSurface()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.surface)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.owner.set_full_screen(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F):
            self.owner.set_full_screen(False)
            return
        handler = self.owner.live.controller.handle_key
        if handler(event, None):
            return
        super().keyPressEvent(event)


class LiveVideo(QObject):
    """Added to a LiveSession; owns the session's one video player."""

    def __init__(self, live, db_session, controller: VideoController | None = None):
        super().__init__(live)
        self.live = live
        self.db_session = db_session
        self.controller = controller or VideoController(parent=self)
        self.segment: SegmentPlan | None = None
        self.index: int | None = None
        self.panel: VideoPanel | None = None
        self.projector_surface = VideoSurface()
        self.projector_surface.setObjectName("projectorVideo")
        live.projector.set_video_widget(self.projector_surface)
        self.full_screen_window: FullScreenVideo | None = None
        self._surface: VideoSurface | None = None
        self.reached: list[PausePointReached] = []
        # Where each video was left when the facilitator paged away (segment id -> ms).
        self.left_at: dict[int, int] = {}
        self._stop_token = 0
        self.controller.stateChanged.connect(self._state_changed)
        self.controller.cueReached.connect(self._cue_reached)
        live.presenter.set_segment_content_factory(self._content_for)
        live.summary_contributors.append(self._add_to_summary)
        live.controller.runEnded.connect(self._run_ended)
        live.closed.connect(self.close)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        live.sharedChanged.connect(self._screens_changed)  # the video moves to the shared window, or back
        # Installed after the presenter's own filter, so this one sees keys first.
        QApplication.instance().installEventFilter(self)
        self.check_view = None
        self.check_tab = -1
        if any(is_video_segment(s.kind, s.media_item is not None) for s in live.chapter.segments):
            self._add_check_panel()

    # ---- the check before starting ---------------------------------------------------------
    def _add_check_panel(self) -> None:
        from PySide6.QtWidgets import QPushButton

        from cos_desktop.ui.video.preflight_dialog import PreflightView

        box = QWidget()
        box.setObjectName("videoCheckPanel")
        self.check_view = PreflightView()
        self.check_view.fixRequested.connect(self._check_fix)
        again = QPushButton(self.tr("Check again"))
        again.setObjectName("videoCheckAgain")
        again.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        again.clicked.connect(self.run_check)
        layout = QVBoxLayout(box)
        layout.addWidget(self.check_view, 1)
        layout.addWidget(again)
        self.check_tab = self.live.presenter.add_side_panel(box, self.tr("Videos"))
        self.run_check()

    def run_check(self) -> None:
        """A quick check of this chapter's videos (the full one is Session > Check this session)."""
        main = self.parent_window()
        if main is None or self.check_view is None:
            return
        report = main.videos.run_check(self.live.chapter, decode=False)
        self.check_view.show_report(report)
        tabs = self.live.presenter.side_tabs
        if report.failures:
            n = len(report.failures)
            tabs.setTabText(self.check_tab, self.tr("Videos (%n to fix)", "", n))
            if self.live.controller.snapshot().state is RunState.NOT_STARTED:
                tabs.setCurrentIndex(self.check_tab)  # before starting: show what to fix
        else:
            tabs.setTabText(self.check_tab, self.tr("Videos"))

    def _check_fix(self, fix: str, segment_id) -> None:
        main = self.parent_window()
        if main is None:
            return

        def done() -> None:
            self.run_check()
            if self.segment is not None and self.segment.id == segment_id:
                self.controller.open_segment(self.segment)

        main.videos._apply_fix(fix, segment_id, self.live.chapter, on_done=done)

    # ---- where the picture goes ------------------------------------------------------------
    def projector_mode(self) -> bool:
        """True when a second screen (or a window shared in a video call) shows the projector: the video goes there."""
        if getattr(self.live, "shared", False):
            return True
        return len(QGuiApplication.screens()) >= 2 and self.live.projector_screen() is not None

    def _target_surface(self) -> VideoSurface | None:
        if self.full_screen_window is not None and self.full_screen_window.isVisible():
            return self.full_screen_window.surface
        if self.projector_mode():
            return self.projector_surface
        return self.panel.surface if self.panel is not None else None

    def _attach(self) -> None:
        """Point the player at the right window; restart at the same moment if it moved."""
        surface = self._target_surface()
        if surface is None or surface is self._surface:
            return
        self._surface = surface
        state = self.controller.state
        self.controller.attach(surface)
        if state in (PlaybackState.PLAYING, PlaybackState.PAUSED) and self.segment is not None:
            self.controller.reopen_at(self.controller.position(), playing=state is PlaybackState.PLAYING)
        self._update_projector()

    def _screens_changed(self, *_args) -> None:
        QTimer.singleShot(50, self._after_screens_changed)

    def _after_screens_changed(self) -> None:
        if self.segment is None:
            return
        one_screen = not self.projector_mode()
        if self.panel is not None and (self.panel.surface is not None) != one_screen:
            # Rebuild the presenter's panel for the new layout (with or without the picture).
            self.live.presenter.set_segment_content_factory(self._content_for)
        else:
            self._attach()

    # ---- segments ------------------------------------------------------------------------
    def _content_for(self, planned, index: int) -> QWidget | None:
        segment = self.db_session.get(SegmentPlan, planned.segment_id) if planned.segment_id is not None else None
        is_video = segment is not None and (is_video_segment(segment.kind, segment.media_item is not None))
        same = segment is not None and self.segment is not None and segment.id == self.segment.id
        if not same:
            self._leave_segment()
        resume = None
        if self.panel is not None and self._surface is self.panel.surface and self._surface is not None:
            # The old panel's window is about to go: keep libvlc away from it.
            if same and self.controller.state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
                resume = (self.controller.position(), self.controller.state is PlaybackState.PLAYING)
            self.controller.stop()
            self._surface = None
        if not is_video:
            self.panel = None
            return None
        one_screen = not self.projector_mode()
        panel = VideoPanel(self.controller, show_picture=one_screen, full_screen_button=one_screen)
        panel.setObjectName("liveVideoPanel")
        panel.fixRequested.connect(self._fix)
        if panel.controls.full_screen_button is not None:
            panel.controls.fullScreenToggled.connect(lambda: self.set_full_screen(True))
        self.panel = panel
        if not same:
            self.segment, self.index = segment, index
            self.controller.open_segment(segment)
            if segment.id in self.left_at:
                self.controller.offer_resume(self.left_at.pop(segment.id))
        # The presenter places the panel once this returns; the picture is attached after that.
        QTimer.singleShot(0, lambda: self._placed(panel, resume))
        self._update_projector()
        return panel

    def _placed(self, panel: VideoPanel, resume) -> None:
        if panel is not self.panel:
            return
        self._attach()
        if resume is not None:
            self.controller.reopen_at(resume[0], playing=resume[1])

    def _leave_segment(self) -> None:
        if self.segment is not None:
            if self.controller.state in (PlaybackState.PLAYING, PlaybackState.PAUSED):
                self.controller.pause()
                self.left_at[self.segment.id] = self.controller.position()
            elif self.controller.resume_from is not None:
                self.left_at[self.segment.id] = self.controller.resume_from
            # libvlc's stop waits for its threads: the room sees the next segment first (a paused
            # video shows nothing), the player stops just after, unless another video took it.
            self._stop_token += 1
            token = self._stop_token
            QTimer.singleShot(STOP_AFTER_MS, lambda: self._stop_if_left(token))
        self.set_full_screen(False)
        self.segment = None
        self.index = None
        self.live.projector.show_video(False)

    def _stop_if_left(self, token: int) -> None:
        if token == self._stop_token and self.segment is None and not self.controller.backend.released:
            self.controller.stop()

    def _fix(self, fix: str) -> None:
        main = self.parent_window()
        if fix == "locate" and main is not None and self.segment is not None:
            if main.videos.locate(segment=self.segment):
                self.controller.open_segment(self.segment)
        elif fix == "check-again" and self.segment is not None:
            self.controller.open_segment(self.segment)  # looks for the disc again

    def parent_window(self):
        parent = self.live.parent()
        return parent if hasattr(parent, "videos") else None

    # ---- playing ---------------------------------------------------------------------------
    def _state_changed(self, _state: str) -> None:
        self._update_projector()
        if self.controller.state is PlaybackState.ENDED and self.full_screen_window is not None:
            self.set_full_screen(False)

    def _update_projector(self) -> None:
        on_projector = (self.segment is not None and self._surface is self.projector_surface
                        and self.controller.state in SHOWING)
        self.live.projector.show_video(on_projector)

    def _cue_reached(self, cue) -> None:
        if self.segment is not None:
            self.reached.append(PausePointReached(self.segment.position, cue.at_ms, cue.prompt))
        # The question is for the facilitator: bring the presenter back from a full-screen video.
        self.set_full_screen(False)

    def set_full_screen(self, on: bool) -> None:
        if on:
            if self.projector_mode() or self.segment is None:
                return
            if self.full_screen_window is None:
                self.full_screen_window = FullScreenVideo(self)
            window = self.full_screen_window
            window.setGeometry(self.live.presenter.screen().geometry())
            window.showFullScreen()
            window.activateWindow()
            self._attach()
        elif self.full_screen_window is not None and self.full_screen_window.isVisible():
            self.full_screen_window.hide()
            self._attach()
            self.live.presenter.activateWindow()

    def _run_ended(self) -> None:
        self.controller.stop()
        self.set_full_screen(False)
        self.live.projector.show_video(False)

    def _add_to_summary(self, summary) -> None:
        summary.pause_points_reached.extend(self.reached)

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)
        app = QGuiApplication.instance()
        for signal in (app.screenAdded, app.screenRemoved):
            try:
                signal.disconnect(self._screens_changed)
            except (RuntimeError, TypeError):
                pass
        if self.full_screen_window is not None:
            self.full_screen_window.close()
            self.full_screen_window.deleteLater()
            self.full_screen_window = None
        self.controller.release()

    # ---- keys --------------------------------------------------------------------------------
    def video_key_action(self, event: QKeyEvent, focus: QWidget | None):
        """What a key does to the video, or None when it is the session's (or someone's typing)."""
        if self.segment is None or typing_in_text_field(focus):
            return None
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return None
        if self.live.controller.snapshot().state not in (RunState.RUNNING, RunState.PAUSED):
            return None
        key = event.key()
        if self.controller.current_cue is not None and key in CONTINUE_KEYS:
            return self.controller.play
        if key == Qt.Key.Key_Space and self.controller.available and self.controller.state is not PlaybackState.ERROR \
                and self.controller.location:
            return self.controller.toggle
        if key == Qt.Key.Key_F and self.panel is not None and self.panel.surface is not None:
            return lambda: self.set_full_screen(True)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window not in (self.live.presenter, self.live.projector, self.full_screen_window):
            return False
        action = self.video_key_action(event, QApplication.focusWidget())
        if action is None:
            return False
        action()
        return True
