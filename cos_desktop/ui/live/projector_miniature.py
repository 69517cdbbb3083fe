"""The laptop's live picture of the projector: what the room sees now, with a word for it.

The picture is the projector window itself, drawn small (so it cannot differ from the room's);
a video plays in a native window, read back from the screen twice a second where the windowing
system allows it (X11), else shown as a black picture with the VIDEO badge. The badge is a word, not only a colour: ON AIR, TIMER, TITLE,
BLANK, VIDEO, PICTURE or MESSAGE.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from cos_desktop.core.public_view import PublicView, Screen

# How often the picture of a playing video is taken again (it is for a glance, not for watching).
VIDEO_REDRAW_MS = 500
# Badge colours with white text: each at least 4.5:1 against white.
BADGES = {
    "ON AIR": "#a31515",
    "TIMER": "#a31515",
    "VIDEO": "#5b2a86",
    "TITLE": "#0b4f8a",
    "BLANK": "#333333",
    "PICTURE": "#1f5f3a",
    "MESSAGE": "#7a3b00",
}


def badge_word(view: PublicView | None, video_shown: bool) -> str:
    if view is None or view.screen is Screen.BLANK:
        return "BLANK"
    if view.message:
        return "MESSAGE"
    if view.picture and not video_shown:
        return "PICTURE"
    if video_shown:
        return "VIDEO"
    if view.screen is Screen.TITLE:
        return "TITLE"
    return "TIMER" if view.timer_text else "ON AIR"


def badge_text(word: str) -> str:
    return {
        "ON AIR": QCoreApplication.translate("Miniature", "ON AIR"),
        "TIMER": QCoreApplication.translate("Miniature", "TIMER"),
        "VIDEO": QCoreApplication.translate("Miniature", "VIDEO"),
        "TITLE": QCoreApplication.translate("Miniature", "TITLE"),
        "BLANK": QCoreApplication.translate("Miniature", "BLANK"),
        "PICTURE": QCoreApplication.translate("Miniature", "PICTURE"),
        "MESSAGE": QCoreApplication.translate("Miniature", "MESSAGE"),
    }[word]


class ProjectorMiniature(QWidget):
    """Follows a ProjectorWindow: call `follow(projector)`, then `update_from(view, video_shown)`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectorMiniature")
        self.projector = None
        self.word = "BLANK"
        self.picture = QLabel()
        self.picture.setObjectName("miniaturePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumHeight(100)  # big enough to tell a title from a timer across the table
        self.picture.setStyleSheet("background: black; border: 1px solid #555;")
        self.badge = QLabel()
        self.badge.setObjectName("miniatureBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.badge.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.badge.setFont(font)
        caption = QLabel(self.tr("The room sees"))
        caption.setObjectName("miniatureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(caption)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.badge)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self._draw)
        self._set_badge("BLANK")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(240, 180)

    def follow(self, projector) -> None:
        self.projector = projector

    def update_from(self, view: PublicView | None, video_shown: bool) -> None:
        self._set_badge(badge_word(view, video_shown))
        # Drawn after the projector has painted its own change (never in the key press's path).
        self._redraw.start(30)

    def _set_badge(self, word: str) -> None:
        self.word = word
        self.badge.setText(badge_text(word))
        self.badge.setStyleSheet(f"color: white; background: {BADGES[word]}; padding: 3px; border-radius: 3px;")

    def _draw(self) -> None:
        box = self.picture.contentsRect().size()
        if self.projector is None or box.width() < 8 or box.height() < 8:
            return
        if self.word == "VIDEO":
            pixmap = self._video_picture(box)
            self._redraw.start(VIDEO_REDRAW_MS)  # a moving picture: look again soon
        else:
            pixmap = self.projector.grab().scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def _video_picture(self, box) -> QPixmap:
        """The video as the projector shows it: read back from its native window where the windowing
        system allows (X11), else a black picture (the badge still says VIDEO)."""
        surface = self.projector.video_slot.currentWidget() if self.projector is not None else None
        pixmap = QPixmap()
        if surface is not None and surface.isVisible() and QGuiApplication.platformName() == "xcb":
            screen = surface.screen()
            if screen is not None:
                pixmap = screen.grabWindow(int(surface.winId()))
        if pixmap.isNull():
            pixmap = QPixmap(box)
            pixmap.fill(QColor("black"))
            return pixmap
        return pixmap.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._redraw.start(30)
