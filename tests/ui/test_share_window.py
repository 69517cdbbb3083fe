"""The projector as a window to share in a video call (online groups), offscreen Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget

from cos_desktop.core.clock import FakeClock
from cos_desktop.core.kinds import Visibility
from cos_desktop.db import store
from cos_desktop.db.models import Attendance, Note
from cos_desktop.ui import preferences
from cos_desktop.ui.live.live_session import shared_window_wanted

NAMES = ["Amira Haddad", "أمينة الفارسي", "נועה כהן", "王小梅", "สมใจ ใจดี", "Zoë 🌻 Brennan"]
SECRETS = [
    "Safeguarding: talk to Amira after the session",
    "ملاحظة خاصة: القلق بشأن المنزل",
    "הערה פרטית: לדבר עם העובדת הסוציאלית",
    "私人笔记：孩子晚上睡不好",
    "บันทึกส่วนตัว: กังวลเรื่องบ้าน",
    "Private 🔒 note: court date next week",
]


@pytest.fixture
def window(main_window_factory):
    QSettings().remove(preferences.PROJECTOR_SHARED_WINDOW.key)
    yield main_window_factory(demo=True)
    QSettings().remove(preferences.PROJECTOR_SHARED_WINDOW.key)  # Qt keeps one settings file per process


def start_from_the_dialog(window, qtbot, *, shared: bool):
    """F5 on the main window, then the start dialog's check box and its Open presenter button."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "startSessionDialog":
            QTimer.singleShot(30, answer)
            return
        box = dialog.findChild(QCheckBox, "sharedWindowCheck")
        if box.isChecked() != shared:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(30, answer)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.live_session is not None)
    return window.live_session


def test_the_start_dialog_opens_the_projector_as_a_window_to_share_and_remembers_it(window, qtbot):
    live = start_from_the_dialog(window, qtbot, shared=True)
    projector = live.projector
    qtbot.waitUntil(projector.isVisible)
    assert live.shared and not projector.isFullScreen()
    assert (projector.width(), projector.height()) == (1280, 720)
    assert projector.windowTitle() == "COS Desktop: shared screen"
    flags = projector.windowFlags()
    assert not flags & Qt.WindowType.FramelessWindowHint  # a title bar and borders, to move and resize it
    assert projector.minimumWidth() < 640 and projector.maximumWidth() > 1920  # resizable
    assert shared_window_wanted()
    assert live.presenter.isVisible()
    notice = live.presenter.screen_notice  # not the warning about a mirrored projector: which window to share
    assert notice.isVisibleTo(live.presenter) and "COS Desktop: shared screen" in notice.text()
    projector.resize(900, 500)  # the facilitator makes it smaller: the picture follows
    assert projector.pages.currentIndex() == projector.TITLE_PAGE
    assert projector.title_heading.text() == live.presenter.chapter_label.text().split(" · ")[0] or \
        projector.title_heading.text() in live.presenter.chapter_label.text()
    assert projector.grab().size().width() == 900
    live.presenter.close()  # not started yet: closes without asking
    qtbot.waitUntil(lambda: window.live_session is None)
    # Next time the dialog offers the same; unticked, the projector is the room's window again.
    live = start_from_the_dialog(window, qtbot, shared=False)
    assert not live.shared and projector is not live.projector
    assert live.projector.windowTitle() == "Projector" and not shared_window_wanted()


def test_the_view_menu_switches_mid_session_and_the_video_follows(window, qtbot):
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock(), start=True)
    projector = live.projector
    assert not live.shared and projector.width() < 1280  # one screen: a small movable window
    assert not live.video.projector_mode()  # the video plays in the presenter
    window._fill_projector_menu()
    action = next(a for a in window.projector_menu.actions() if a.objectName() == "sharedWindow")
    assert not action.isChecked()
    action.trigger()
    assert live.shared and (projector.width(), projector.height()) == (1280, 720)
    assert projector.isVisible() and not projector.isFullScreen()
    assert live.video.projector_mode() and shared_window_wanted()
    qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_PageDown)  # on: the timer goes on
    assert live.controller.snapshot().current == 1
    window._fill_projector_menu()
    action = next(a for a in window.projector_menu.actions() if a.objectName() == "sharedWindow")
    assert action.isChecked()
    action.trigger()
    assert not live.shared and projector.width() < 1280 and not shared_window_wanted()


def test_nothing_private_reaches_the_shared_window_in_any_script(window, qtbot):
    preferences.write(preferences.PROJECTOR_SHARED_WINDOW, True)
    clock = FakeClock(wall=dt.datetime(2026, 3, 5, 18, 30))
    group = window.current_group()
    for participant, name in zip(group.participants, NAMES):
        participant.display_name = name
    run = store.next_session(group)
    for text in SECRETS:
        run.notes.append(Note(text=text, visibility=Visibility.PRIVATE.value))
    run.notes.append(Note(text="Shared: " + NAMES[1], visibility=Visibility.SHAREABLE.value))
    for participant in group.participants:
        run.attendance.append(Attendance(participant=participant, status="present"))
    run.chapter.segments[3].kind = "break"
    window.session.commit()
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)
    assert live.shared
    private = [p.display_name for p in group.participants] + [n.text for r in group.sessions for n in r.notes]
    presenter_keys = [Qt.Key.Key_T, Qt.Key.Key_S, Qt.Key.Key_W, Qt.Key.Key_W, Qt.Key.Key_B, Qt.Key.Key_B]
    qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_F5)
    seen = set()
    for index, _segment in enumerate(live.controller.segments):
        clock.advance(9 * 60)
        for key in presenter_keys[index % len(presenter_keys):][:2]:
            qtbot.keyClick(QApplication.focusWidget() or live.presenter, key)
        live.projector.grab()
        seen.update(live.projector.visible_texts())
        seen.update(w.toolTip() for w in live.projector.findChildren(QWidget))
        seen.update(w.accessibleName() for w in live.projector.findChildren(QWidget))
        qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_PageDown)
    seen.update(live.projector.visible_texts())
    blob = "\n".join(seen)
    assert "Back at" in blob and live.controller.segments[2].title in blob
    for text in private:
        assert text not in blob
    for name in NAMES:
        for part in name.split():
            if len(part) > 1 and part != "🌻":
                assert part not in blob, part


def test_a_video_plays_in_the_shared_window_and_the_laptop_keeps_the_controls(window, qtbot):
    from cos_desktop.media.backend import PlaybackState

    preferences.write(preferences.PROJECTOR_SHARED_WINDOW, True)
    run = window.current_group().sessions[0]  # chapter 1 of the demo has its video linked
    video_at = next(i for i, s in enumerate(run.chapter.segments) if s.kind == "video")
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=None, clock=FakeClock())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is live.presenter)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    for _ in range(video_at):
        qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_PageDown)
    qtbot.wait(20)  # the panel is placed, then the picture attached
    panel = live.presenter.content_widget
    assert panel is not None and panel.surface is None  # no picture on the laptop: it is in the shared window
    qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: live.video.controller.state is PlaybackState.PLAYING, timeout=5000)
    assert live.projector.pages.currentIndex() == live.projector.VIDEO_PAGE
    assert live.video._surface is live.video.projector_surface
    qtbot.waitUntil(lambda: live.presenter.miniature.word == "VIDEO")
    qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_Space)
    assert live.video.controller.state is PlaybackState.PAUSED
