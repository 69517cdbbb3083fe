"""An online session: the projector as a window shared in a video call, with the room's own picture,
a long message and a video in it (run by driver.py on the two-screen desktop with openbox)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox

from tests.journeys.driver import (
    OUT,
    button_named,
    click,
    on_modal,
    open_main_window,
    press,
    settle,
    shoot,
    shoot_screen,
    wait_until,
)

LONG_MESSAGE = ("Welcome back everyone. We start again at 19:45 with the next film. While you wait, think about "
                "one moment this week when your child needed you to be a safe haven. ") * 30


SHORT_MESSAGE = "Back at 19:45 · سنعود الساعة ١٩:٤٥ · 我们19:45回来 ☕🙂"


def _link_pictures(window) -> None:
    """Setup, not a gesture: a picture for the next chapter's first segment, one in the library."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    from cos_desktop.db import picture_links, store
    from cos_desktop.db.transactions import committed

    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#f7f3ea"))
    painter = QPainter(image)  # a stand-in for a programme's graphic: a circle of hands
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#2a6f97"), 60))
    painter.drawEllipse(500, 150, 600, 600)
    painter.setPen(QPen(QColor("#c8553d"), 40))
    painter.drawLine(800, 150, 800, 750)
    painter.end()
    path = OUT / "circle-graphic.png"
    image.save(str(path))
    svg = OUT / "library-graphic.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" '
                   'fill="#f4d35e"/></svg>', encoding="utf-8")
    run = store.next_session(window.current_group())
    segment_id = run.chapter.segments[0].id
    committed(window.session, lambda: picture_links.link_picture(window.session, path, segment_id=segment_id))
    committed(window.session, lambda: picture_links.link_picture(window.session, svg))


def _decorated(widget) -> bool:
    """The window manager drew a frame (a title bar) around it: Qt reads its extents from the WM."""
    return widget.frameGeometry().height() > widget.geometry().height()


def _shoot_window(widget, name: str) -> None:
    """What a call app captures: the window's own pixels, read from the screen with it in front
    (an X server without a compositor keeps no pixels of a covered window)."""
    widget.raise_()
    settle(300)
    screen = widget.screen()
    screen.grabWindow(int(widget.winId())).save(str(OUT / f"{name}.png"))
    live_presenter = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "presenterWindow" and w.isVisible())
    live_presenter.raise_()
    settle(200)


def _close_room_boxes_three_ways(window) -> None:
    """A rehearsal: the message box and the list of pictures closed by a button, Esc and the window's close."""
    from tests.journeys.driver import close_three_ways

    def answer(dialog) -> None:
        click(button_named(dialog, "Open presenter"))

    on_modal(answer)
    press(Qt.Key.Key_F5)
    wait_until(lambda: window.live_session is not None and window.live_session.presenter.isVisible(), what="the presenter")
    live = window.live_session
    wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter to take the focus")
    for key, attribute, button in ((Qt.Key.Key_M, "message_box", "Cancel"), (Qt.Key.Key_I, "chooser", "Cancel")):
        for how in ("button", "esc", "close"):
            def open_box(key=key, attribute=attribute):
                press(key)
                wait_until(lambda: getattr(live.pictures, attribute) is not None, what=f"the {attribute} to open")
                return getattr(live.pictures, attribute)

            close_three_ways(open_box, how, button)
            wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter back")
    live.presenter.close()  # not started: closes without asking
    wait_until(lambda: window.live_session is None, what="the rehearsal to close")
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, 5, "the main window back")


def share_window(url: str) -> None:
    window = open_main_window(url)
    _close_room_boxes_three_ways(window)  # no pictures yet: I opens the list, to add one
    _link_pictures(window)

    def start(dialog) -> None:
        box = dialog.findChild(QCheckBox, "sharedWindowCheck")
        if not box.isChecked():
            click(box)
        click(button_named(dialog, "Open presenter"))

    on_modal(start)
    press(Qt.Key.Key_F5)
    wait_until(lambda: window.live_session is not None and window.live_session.presenter.isVisible(), what="the presenter")
    live = window.live_session
    wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter to take the focus")
    shared = live.projector
    wait_until(shared.isVisible, what="the shared window")
    settle(400)
    screens = QGuiApplication.screens()
    assert shared.screen() is screens[0], "the shared window is on the laptop's screen"
    assert not shared.isFullScreen() and (shared.width(), shared.height()) == (1280, 720), shared.size()
    assert _decorated(shared), "the shared window has no title bar"
    assert shared.windowTitle() == "COS Desktop: shared screen"
    press(Qt.Key.Key_F5)
    # I: this segment's one picture, straight up.
    press(Qt.Key.Key_I)
    wait_until(lambda: shared.pages.currentIndex() == shared.PICTURE_PAGE, what="the picture")
    settle(300)
    _shoot_window(shared, "share-picture")
    wait_until(lambda: live.presenter.miniature.word == "PICTURE", what="the miniature")
    settle(200)
    shoot(live.presenter, "presenter-picture")
    press(Qt.Key.Key_I)
    assert shared.pages.currentIndex() == shared.SEGMENT_PAGE
    # M: a message thousands of characters long, pasted; Enter puts it up.
    QApplication.clipboard().setText(LONG_MESSAGE)
    press(Qt.Key.Key_M)
    wait_until(lambda: QApplication.activeModalWidget() is not None
               and QApplication.activeModalWidget().objectName() == "roomMessageBox", what="the message box")
    wait_until(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == "roomMessageText",
               what="the message box to take the keys")
    press(Qt.Key.Key_V, modifiers="ctrl")
    press(Qt.Key.Key_Return)
    wait_until(lambda: shared.pages.currentIndex() == shared.MESSAGE_PAGE, what="the message")
    settle(400)
    drawn = shared.message_view.drawn_rect
    rect = QRect(shared.message_view.mapTo(shared, drawn.topLeft()), drawn.size())
    assert len(shared.message_view.text) > 3000 and not rect.isEmpty() and shared.rect().contains(rect), rect
    _shoot_window(shared, "share-long-message")
    wait_until(lambda: live.presenter.miniature.word == "MESSAGE", what="the miniature")
    settle(200)
    shoot(live.presenter, "presenter-message")
    press(Qt.Key.Key_X)
    assert shared.pages.currentIndex() == shared.SEGMENT_PAGE
    # A short one, in several scripts: large, across the window.
    QApplication.clipboard().setText(SHORT_MESSAGE)
    press(Qt.Key.Key_M)
    wait_until(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == "roomMessageText",
               what="the message box to take the keys")
    press(Qt.Key.Key_V, modifiers="ctrl")
    press(Qt.Key.Key_Return)
    wait_until(lambda: shared.message_view.text == SHORT_MESSAGE, what="the short message")
    settle(300)
    _shoot_window(shared, "share-short-message")
    drawn = shared.message_view.drawn_rect
    assert drawn.width() > shared.width() / 2 and shared.rect().contains(drawn), drawn
    press(Qt.Key.Key_X)
    # A video plays in the shared window; the laptop keeps the controls.
    chapter = live.chapter
    video_at = next(i for i, s in enumerate(chapter.segments) if s.kind == "video" and s.media_item is not None)
    press(Qt.Key.Key_PageDown, times=video_at)
    settle(400)
    press(Qt.Key.Key_Space)
    wait_until(lambda: live.video.controller.state.value == "playing", what="the video to play")
    settle(900)
    assert shared.pages.currentIndex() == shared.VIDEO_PAGE
    surface = live.video.projector_surface
    shared.raise_()
    settle(300)
    picture = surface.screen().grabWindow(int(surface.winId())).toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert centre.value() > 10, f"the video draws nothing in the shared window ({centre.name()})"
    _shoot_window(shared, "share-video")
    press(Qt.Key.Key_Space)
    # Back to the room's projector from View > Projector, mid-session: full screen on the second screen.
    window.projector_menu.aboutToShow.emit()
    next(a for a in window.projector_menu.actions() if a.objectName() == "sharedWindow").trigger()
    settle(500)
    wait_until(lambda: shared.isFullScreen() and shared.screen() is screens[1], what="the projector on screen 2")
    assert shared.windowTitle() == "Projector"
    # The room's projector takes the same gestures: a message over the whole second screen.
    live.presenter.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is live.presenter, 5, "the presenter back")
    QApplication.clipboard().setText(SHORT_MESSAGE)
    press(Qt.Key.Key_M)
    wait_until(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == "roomMessageText",
               what="the message box to take the keys")
    press(Qt.Key.Key_V, modifiers="ctrl")
    press(Qt.Key.Key_Return)
    wait_until(lambda: shared.pages.currentIndex() == shared.MESSAGE_PAGE, what="the message on the projector")
    settle(300)
    shoot_screen(1, "projector-message")
    drawn = shared.message_view.drawn_rect
    assert shared.rect().contains(QRect(shared.message_view.mapTo(shared, drawn.topLeft()), drawn.size()))
