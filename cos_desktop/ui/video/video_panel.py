"""Widgets for a segment's video: the controls, a problem banner with its fixes, the pause prompt.

The same controls serve the planning preview, the laptop during a session with a projector, and
the presenter view on one screen (with the picture and a full-screen toggle).
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.media.backend import Fix, PlaybackState, format_ms, install_vlc_text, is_address
from cos_desktop.media.video_widget import VideoSurface
from cos_desktop.ui.appearance import INFO, WARNING, banner_style, keep_styled, text_style
from cos_desktop.ui.video.video_controller import VideoController

SKIP_MS = 10_000


def fix_label(widget: QWidget, fix: Fix) -> str:
    labels = {
        Fix.LOCATE: QCoreApplication.translate("VideoPanel", "Locate..."),
        Fix.LINK: QCoreApplication.translate("VideoPanel", "Link a video..."),
        Fix.EDIT_CLIP: QCoreApplication.translate("VideoPanel", "Edit the clip..."),
        Fix.OPEN_IN_BROWSER: QCoreApplication.translate("VideoPanel", "Open in the web browser"),
        Fix.OPEN_IN_SYSTEM_PLAYER: QCoreApplication.translate("VideoPanel", "Open in the system player"),
        Fix.INSTALL_VLC: QCoreApplication.translate("VideoPanel", "How to install VLC"),
        Fix.PICK_SCREEN: QCoreApplication.translate("VideoPanel", "Pick another screen"),
        Fix.CHECK_AGAIN: QCoreApplication.translate("VideoPanel", "Check again"),
    }
    return labels[fix]


def open_externally(location: str) -> bool:
    """Open a file in the system's own player, or an address in the web browser."""
    if not location:
        return False
    if is_address(location):
        return QDesktopServices.openUrl(QUrl(location))
    url = QUrl.fromLocalFile(str(Path(location)))
    if QDesktopServices.openUrl(url):
        return True
    if sys.platform.startswith("linux"):
        try:
            subprocess.Popen(["xdg-open", str(location)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
        except OSError:
            return False
    return False


def show_install_help(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("VideoPanel", "Install VLC"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(install_vlc_text())
    box.addButton(QMessageBox.StandardButton.Ok)
    web = box.addButton(QCoreApplication.translate("VideoPanel", "Open videolan.org"),
                        QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is web:
        QDesktopServices.openUrl(QUrl("https://www.videolan.org/vlc/"))


class ProblemBanner(QFrame):
    """A plain message about the video, and a button for each way forward."""

    fixRequested = Signal(str)  # a Fix value

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("videoProblem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        keep_styled(self, lambda: banner_style(WARNING, "videoProblem", parent))
        self.label = QLabel()
        self.label.setObjectName("videoProblemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)
        self.hide()

    def show_message(self, message: str, fixes: list[Fix] = ()) -> None:
        while self.buttons.count() > 1:
            item = self.buttons.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.label.setText(message)
        for fix in fixes:
            button = QPushButton(fix_label(self, fix))
            button.setObjectName(f"fix-{fix.value}")
            button.clicked.connect(lambda _=False, f=fix: self.fixRequested.emit(f.value))
            self.buttons.addWidget(button)
        self.setVisible(bool(message))

    def fix_buttons(self) -> list[QPushButton]:
        return [self.buttons.itemAt(i).widget() for i in range(1, self.buttons.count())]


class CuePrompt(QFrame):
    """The reflection prompt of a pause point, for the facilitator's eyes only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cuePrompt")
        keep_styled(self, lambda: banner_style(INFO, "cuePrompt", parent, radius=6, border=2))
        self.heading = QLabel()
        self.heading.setObjectName("cuePromptHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("cuePromptText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.text.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.text.setFont(big)
        self.hint = QLabel(self.tr("Press Space or the clicker to continue the video."))
        self.hint.setObjectName("cuePromptHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self.hide()

    def show_cue(self, cue) -> None:
        self.heading.setText(self.tr("Paused at {time}: ask the group").format(time=format_ms(cue.at_ms)))
        self.text.setText(cue.prompt or self.tr("(No question written for this pause point.)"))
        self.show()


class PlayerControls(QWidget):
    """Play/pause, -10 s/+10 s, the position in the clip, volume and mute."""

    fullScreenToggled = Signal()

    def __init__(self, controller: VideoController, parent: QWidget | None = None, *, full_screen_button: bool = False):
        super().__init__(parent)
        self.setObjectName("playerControls")
        self.controller = controller
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("playPause")
        self.play_button.setMinimumWidth(90)
        self.play_button.setToolTip(self.tr("Play or pause the video (Space)"))
        self.play_button.clicked.connect(lambda _checked=False: controller.toggle())
        self.restart_button = QToolButton()
        self.restart_button.setText(self.tr("Restart"))
        self.restart_button.setObjectName("restartVideo")
        self.restart_button.setToolTip(self.tr("Play the clip again from its start"))
        self.restart_button.clicked.connect(lambda _checked=False: controller.restart())
        self.restart_button.hide()
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("-10 s"))
        self.back_button.setObjectName("back10")
        self.back_button.setToolTip(self.tr("Back 10 seconds"))
        self.back_button.clicked.connect(lambda: controller.skip(-SKIP_MS))
        self.forward_button = QToolButton()
        self.forward_button.setText(self.tr("+10 s"))
        self.forward_button.setObjectName("forward10")
        self.forward_button.setToolTip(self.tr("Forward 10 seconds"))
        self.forward_button.clicked.connect(lambda: controller.skip(SKIP_MS))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("positionSlider")
        self.slider.setAccessibleName(self.tr("Position in the clip"))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(10_000)
        self.slider.sliderReleased.connect(lambda: controller.seek(self.slider.value()))
        self.slider.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("timeLabel")
        self.time_label.setMinimumWidth(110)
        self.mute_button = QToolButton()
        self.mute_button.setObjectName("mute")
        self.mute_button.setCheckable(True)
        self.mute_button.setText(self.tr("Mute"))
        self.mute_button.toggled.connect(self._muted)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volume")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(controller.backend.volume())
        self.volume.setMaximumWidth(120)
        self.volume.valueChanged.connect(controller.set_volume)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.restart_button, self.back_button, self.forward_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.mute_button)
        layout.addWidget(self.volume)
        self.full_screen_button = None
        if full_screen_button:
            self.full_screen_button = QToolButton()
            self.full_screen_button.setObjectName("videoFullScreen")
            self.full_screen_button.setText(self.tr("Full screen"))
            self.full_screen_button.setToolTip(self.tr("Show the video on the whole screen (F)"))
            self.full_screen_button.clicked.connect(self.fullScreenToggled)
            layout.addWidget(self.full_screen_button)
        controller.stateChanged.connect(self._state_changed)
        controller.positionChanged.connect(self._position_changed)
        controller.opened.connect(self._opened)
        controller.resumeChanged.connect(self._resume_changed)  # a method: gone with this widget
        self._opened()

    def _slider_action(self, action: int) -> None:
        if action in (QSlider.SliderAction.SliderPageStepAdd, QSlider.SliderAction.SliderPageStepSub,
                      QSlider.SliderAction.SliderSingleStepAdd, QSlider.SliderAction.SliderSingleStepSub):
            self.controller.seek(self.slider.sliderPosition())

    def _muted(self, muted: bool) -> None:
        self.controller.set_muted(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))

    def _opened(self) -> None:
        self._update_range()
        self._state_changed(self.controller.state.value)
        self._position_changed(self.controller.position())

    def _update_range(self) -> None:
        clip = self.controller.clip
        end = self.controller.clip_end()
        blocker = QSignalBlocker(self.slider)
        self.slider.setRange(clip.start_ms, end if end is not None else clip.start_ms)
        del blocker

    def _state_changed(self, state: str) -> None:
        state = PlaybackState(state)
        self.play_button.setText(self.play_label(state))
        resume = self.controller.resume_from
        self.restart_button.setVisible(resume is not None or state is PlaybackState.PAUSED)
        usable = self.controller.available and state is not PlaybackState.ERROR and bool(self.controller.location)
        for widget in (self.play_button, self.back_button, self.forward_button, self.slider):
            widget.setEnabled(usable)
        if state is PlaybackState.PLAYING:
            self._update_range()

    def _resume_changed(self) -> None:
        self._state_changed(self.controller.state.value)

    def play_label(self, state: PlaybackState) -> str:
        """What Space (and this button) does now, in its words."""
        if state in (PlaybackState.PLAYING, PlaybackState.OPENING):
            return self.tr("Pause (Space)")
        if self.controller.resume_from is not None:
            start = self.controller.clip.start_ms
            return self.tr("Continue from {time} (Space)").format(time=format_ms(self.controller.resume_from - start))
        if state is PlaybackState.PAUSED:
            return self.tr("Carry on (Space)")
        if state is PlaybackState.ENDED:
            return self.tr("Play again (Space)")
        return self.tr("Play (Space)")

    def _position_changed(self, ms: int) -> None:
        end = self.controller.clip_end()
        if end is not None and self.slider.maximum() != end:
            self._update_range()
        if not self.slider.isSliderDown():
            blocker = QSignalBlocker(self.slider)
            self.slider.setValue(ms)
            del blocker
        start = self.controller.clip.start_ms
        length = (end - start) if end is not None else None
        self.time_label.setText(f"{format_ms(ms - start)} / {format_ms(length)}")


class VideoPanel(QWidget):
    """A segment's video for the facilitator: (optionally) the picture, the controls, any problem,
    and the pause prompt. Fix buttons are handled here where they need nothing else
    (install help, opening elsewhere); the rest are passed on through `fixRequested`."""

    fixRequested = Signal(str)

    def __init__(self, controller: VideoController, parent: QWidget | None = None, *, show_picture: bool = True,
                 full_screen_button: bool = False):
        super().__init__(parent)
        self.setObjectName("videoPanel")
        self.controller = controller
        self.surface = VideoSurface() if show_picture else None
        self.banner = ProblemBanner()
        self.cue_prompt = CuePrompt()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("videoWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        keep_styled(self.warning_label, lambda: text_style(WARNING, self))
        self.warning_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("videoStatus")
        self.controls = PlayerControls(controller, full_screen_button=full_screen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.surface is not None:
            layout.addWidget(self.surface, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.cue_prompt)
        layout.addWidget(self.controls)
        layout.addWidget(self.status_label)
        if self.surface is None:
            layout.addStretch(1)  # controls only: keep them together at the top
        self.banner.fixRequested.connect(self._fix)
        controller.problemChanged.connect(self._problem)
        controller.warningRaised.connect(self._warning)
        controller.cueReached.connect(self.cue_prompt.show_cue)
        controller.cueCleared.connect(self.cue_prompt.hide)
        controller.stateChanged.connect(self._state)
        controller.opened.connect(self._opened)
        if self.surface is not None:
            controller.attach(self.surface)
        self._opened()

    def _opened(self) -> None:
        warnings = [message for _problem, message in self.controller.playback.warnings]
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self.cue_prompt.hide()
        self._problem(self.controller.problem.value if self.controller.problem else "", self.controller.message)
        self._state(self.controller.state.value)

    def _problem(self, problem: str, message: str) -> None:
        self.banner.show_message(message, self.controller.fixes() if message else [])

    def _warning(self, problem: str, message: str) -> None:
        text = self.warning_label.text()
        self.warning_label.setText((text + "\n" if text else "") + message)
        self.warning_label.show()

    def _state(self, state: str) -> None:
        state = PlaybackState(state)
        texts = {
            PlaybackState.IDLE: self.tr("Ready to play.") if self.controller.location else self.tr("No video linked."),
            PlaybackState.OPENING: self.tr("Opening the video..."),
            PlaybackState.PLAYING: self.tr("Playing."),
            PlaybackState.PAUSED: self.tr("Paused."),
            PlaybackState.ENDED: self.tr("The clip has ended."),
            PlaybackState.ERROR: self.tr("The video cannot be shown."),
        }
        self.status_label.setText(texts[state])

    def _fix(self, fix: str) -> None:
        fix = Fix(fix)
        if fix is Fix.INSTALL_VLC:
            show_install_help(self)
        elif fix in (Fix.OPEN_IN_BROWSER, Fix.OPEN_IN_SYSTEM_PLAYER):
            if not open_externally(self.controller.location):
                QMessageBox.information(self, self.tr("Open the video"), self.tr(
                    "This computer has no program set to open it. The video is at: {where}"
                ).format(where=html.escape(self.controller.location)))
        self.fixRequested.emit(fix.value)
