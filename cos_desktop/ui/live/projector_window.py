"""The projector window: what the room sees, built only from a PublicView (no names, no notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from cos_desktop.core.public_view import PublicView, Screen, TimerSize
from cos_desktop.ui.live.countdown_label import CountdownLabel
from cos_desktop.ui.live.projector_message import RoomMessage
from cos_desktop.ui.live.projector_picture import PictureView

BACKGROUND = "#10233a"
TEXT = "#f4f1ea"


def _label(name: str, scale: float, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles are the facilitator's text, never markup
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * scale))
    font.setBold(bold)
    label.setFont(font)
    return label


class ProjectorWindow(QWidget):
    """A window for the second screen. `show_view` is its only way to receive content."""

    pictureChanged = Signal(object, bool)  # the PublicView now shown, and whether a video covers it

    BLANK_PAGE, TITLE_PAGE, SEGMENT_PAGE, VIDEO_PAGE, PICTURE_PAGE, MESSAGE_PAGE = range(6)
    # Sized for a video call when shared as a window (View > Projector > Share this window in a video call).
    SHARE_SIZE = (1280, 720)

    def __init__(self, parent: QWidget | None = None):
        # The room's screen never takes the keyboard from the presenter (the clicker's keys go there).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Projector"))
        self.setStyleSheet(f"#projectorWindow, QStackedWidget, QWidget#page {{ background: {BACKGROUND}; }}"
                           f" QLabel {{ color: {TEXT}; background: transparent; }}"
                           f" #blankPage {{ background: black; }}")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.view: PublicView | None = None

        self.pages = QStackedWidget()
        blank = QWidget()
        blank.setObjectName("blankPage")
        blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        title_page = QWidget()
        title_page.setObjectName("page")
        self.title_heading = _label("titleHeading", 2.6, bold=True)
        self.title_sub = _label("titleSub", 1.6)
        title_layout = QVBoxLayout(title_page)
        title_layout.addStretch(2)
        title_layout.addWidget(self.title_heading)
        title_layout.addWidget(self.title_sub)
        title_layout.addStretch(3)

        segment_page = QWidget()
        segment_page.setObjectName("page")
        self.chapter_label = _label("chapterLabel", 1.7)
        self.segment_label = _label("segmentLabel", 3.4, bold=True)
        self.back_at_label = _label("backAtLabel", 3.0, bold=True)
        self.timer_label = CountdownLabel(max_pixels=2000)
        self.timer_label.setObjectName("projectorTimer")
        segment_layout = QVBoxLayout(segment_page)
        segment_layout.setContentsMargins(60, 40, 60, 40)
        segment_layout.addWidget(self.chapter_label)
        segment_layout.addStretch(1)
        segment_layout.addWidget(self.segment_label)
        segment_layout.addWidget(self.back_at_label)
        segment_layout.addStretch(1)
        segment_layout.addWidget(self.timer_label, 2)
        segment_layout.addStretch(1)
        self.segment_layout = segment_layout

        # Where a video can be shown later (the media player puts its widget here).
        self.video_slot = QStackedWidget()
        self.video_slot.setObjectName("videoSlot")
        self.video_slot.setStyleSheet("background: black;")

        # What the facilitator puts up themselves: a picture, a message typed for the room.
        self.picture_view = PictureView()
        self.message_view = RoomMessage(TEXT)
        self.message_view.setObjectName("projectorMessage")
        message_page = QWidget()
        message_page.setObjectName("page")
        message_layout = QVBoxLayout(message_page)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.message_view)

        for page in (blank, title_page, segment_page, self.video_slot, self.picture_view, message_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.resize(960, 540)
        self._video_shown = False
        self.shared = False
        # The clicker may send its keys here when this window has the focus.
        self.key_handler = None  # callable(QKeyEvent, focus widget) -> bool

    # ---- content ---------------------------------------------------------------------
    def show_view(self, view: PublicView) -> None:
        self.view = view
        heading = view.chapter_heading if view.chapter_position is None else self.tr("Chapter {n}: {title}").format(
            n=view.chapter_position, title=view.chapter_title)
        self.title_heading.setText(heading)
        self.title_sub.setText(self.tr("Thank you for coming") if view.ended else "")
        self.chapter_label.setText(heading)
        self.segment_label.setText(view.segment_title)
        self.back_at_label.setText(self.tr("Back at {time}").format(time=view.back_at) if view.back_at else "")
        self.back_at_label.setVisible(bool(view.back_at))
        self.timer_label.setText(view.timer_text)
        self.timer_label.setVisible(bool(view.timer_text))
        self._size_timer(view)
        self.message_view.set_text(view.message)
        # A picture that cannot be read (gone since it was checked) leaves the page underneath.
        picture = bool(view.picture) and self.picture_view.set_picture(view.picture)
        if view.screen is Screen.BLANK:
            self.pages.setCurrentIndex(self.BLANK_PAGE)
        elif view.message:
            self.pages.setCurrentIndex(self.MESSAGE_PAGE)
        elif picture:
            self.pages.setCurrentIndex(self.PICTURE_PAGE)
        elif self._video_shown:
            self.pages.setCurrentIndex(self.VIDEO_PAGE)
        elif view.screen is Screen.TITLE:
            self.pages.setCurrentIndex(self.TITLE_PAGE)
        else:
            self.pages.setCurrentIndex(self.SEGMENT_PAGE)
        self.pictureChanged.emit(view, self.pages.currentIndex() == self.VIDEO_PAGE)

    def _size_timer(self, view: PublicView) -> None:
        """Small: a strip; large: under the title; full: the timer alone on the whole screen."""
        full = bool(view.timer_text) and view.timer_size is TimerSize.FULL
        for label in (self.chapter_label, self.segment_label):
            label.setVisible(not full)
        stretch = {TimerSize.SMALL: 1, TimerSize.LARGE: 4, TimerSize.FULL: 20}[view.timer_size]
        self.segment_layout.setStretchFactor(self.timer_label, stretch)

    def set_video_widget(self, widget: QWidget) -> None:
        """Put a video surface in the slot (replacing any earlier one)."""
        while self.video_slot.count():
            old = self.video_slot.widget(0)
            self.video_slot.removeWidget(old)
        self.video_slot.addWidget(widget)

    def show_video(self, shown: bool) -> None:
        """Show the video slot instead of the titles (a blank screen still wins)."""
        self._video_shown = shown
        if self.view is not None:
            self.show_view(self.view)
        elif shown:
            self.pages.setCurrentIndex(self.VIDEO_PAGE)
            self.pictureChanged.emit(None, True)

    def visible_texts(self) -> list[str]:
        """Every text in this window's widget tree (for checks that nothing private is shown)."""
        texts = []
        for label in self.findChildren(QLabel):
            texts.append(label.text())
        texts.append(self.message_view.text)
        texts.append(self.windowTitle())
        return texts

    # ---- shared in a video call ------------------------------------------------------
    def set_shared(self, shared: bool) -> None:
        """A normal window to share in a call app (named so it is easy to find in its list), or the
        room's full screen (no pointer over the picture)."""
        self.shared = shared
        self.setWindowTitle(self.tr("COS Desktop: shared screen") if shared else self.tr("Projector"))
        if shared:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.BlankCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if self.key_handler is not None and self.key_handler(event, self.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)
