"""The room's own pictures and messages, from the presenter's keys and buttons (offscreen Qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from cos_desktop.core.clock import FakeClock
from cos_desktop.db import picture_links, store
from tests.ui.pictures import make_pictures

SCRIPTS = {
    "latin": "Back at 19:45. Phones on silent, thank you",
    "arabic": "سنعود في الساعة ٧:٤٥ مساءً، شكراً لكم",
    "hebrew": "נחזור בשעה 19:45, תודה רבה",
    "chinese": "我们将在晚上七点四十五分回来，请将手机调至静音，谢谢",
    "thai": "เราจะกลับมาเวลา 19:45 น. กรุณาปิดเสียงโทรศัพท์ ขอบคุณค่ะ",
    "emoji": "☕🍪 Tea break 🙂👍 back soon ⏰",
}


@pytest.fixture
def window(main_window_factory):
    return main_window_factory(demo=True)


@pytest.fixture
def pictures(tmp_path):
    return make_pictures(tmp_path / "pictures")


@pytest.fixture
def live(window, qtbot):
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is live.presenter)
    qtbot.keyClick(focused(live), Qt.Key.Key_F5)
    assert live.controller.snapshot().state.value == "running"
    return live


def focused(live):
    return QApplication.focusWidget() or live.presenter


def press(qtbot, live, key):
    qtbot.keyClick(focused(live), key)


def open_dialog(qtbot, live, name: str):
    """The box the last key or click opened, once it has the keyboard."""
    def ready() -> bool:
        modal, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        return modal is not None and modal.objectName() == name and focus is not None and focus.window() is modal

    qtbot.waitUntil(ready)
    return QApplication.activeModalWidget()


def page(live) -> int:
    return live.projector.pages.currentIndex()


def text_rect_in_window(live) -> QRect:
    """Where the message's text was drawn, in the projector window's coordinates."""
    view = live.projector.message_view
    live.projector.grab()  # paints it, as the screen would
    rect = view.drawn_rect
    return QRect(view.mapTo(live.projector, rect.topLeft()), rect.size())


# ---- messages ---------------------------------------------------------------------------------
def test_m_opens_a_box_enter_shows_the_message_and_x_takes_it_off(live, qtbot):
    miniature = live.presenter.miniature.picture
    qtbot.waitUntil(lambda: live.presenter.miniature.word == "ON AIR" and not miniature.pixmap().isNull())
    qtbot.wait(100)  # drawn once the projector shows the first segment
    before = miniature.pixmap().toImage()
    press(qtbot, live, Qt.Key.Key_M)
    box = open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClicks(QApplication.focusWidget(), "Back at 19:45")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: live.pictures.message_box is None)
    assert page(live) == live.projector.MESSAGE_PAGE
    assert live.projector.message_view.text == "Back at 19:45"
    assert "Back at 19:45" in live.projector.visible_texts()
    qtbot.waitUntil(lambda: live.presenter.miniature.word == "MESSAGE")
    assert live.presenter.miniature.badge.text() == "MESSAGE"
    # The laptop's picture of the room's screen changed with it (it is drawn from the projector itself).
    qtbot.waitUntil(lambda: live.presenter.miniature.picture.pixmap().toImage() != before)
    assert live.presenter.clear_message_button.isEnabled()
    # The session's keys work again at once: the clicker steps on, the message stays up.
    press(qtbot, live, Qt.Key.Key_PageDown)
    assert live.controller.snapshot().current == 1 and page(live) == live.projector.MESSAGE_PAGE
    press(qtbot, live, Qt.Key.Key_X)
    assert page(live) == live.projector.SEGMENT_PAGE and live.projector.message_view.text == ""
    assert not live.presenter.clear_message_button.isEnabled()


def test_the_buttons_do_the_same_and_letters_in_the_box_are_text(live, qtbot):
    qtbot.mouseClick(live.presenter.message_button, Qt.MouseButton.LeftButton)
    box = open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClicks(QApplication.focusWidget(), "Be back soon: tea is in the kitchen")  # b, m, x, i are text here
    assert live.controller.screen_mode.value == "segment" and live.controller.room_message == ""
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    assert live.projector.message_view.text == "Be back soon: tea is in the kitchen"
    qtbot.mouseClick(live.presenter.clear_message_button, Qt.MouseButton.LeftButton)
    assert live.projector.message_view.text == "" and page(live) == live.projector.SEGMENT_PAGE
    # Esc closes the box and changes nothing.
    press(qtbot, live, Qt.Key.Key_M)
    box = open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClicks(QApplication.focusWidget(), "never shown")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: live.pictures.message_box is None)
    assert live.controller.room_message == ""


def test_the_box_shows_the_message_up_and_takes_it_off(live, qtbot):
    press(qtbot, live, Qt.Key.Key_M)
    open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClicks(QApplication.focusWidget(), "Phones on silent")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    press(qtbot, live, Qt.Key.Key_M)
    box = open_dialog(qtbot, live, "roomMessageBox")
    assert box.text.text() == "Phones on silent"
    qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert live.controller.room_message == "" and page(live) == live.projector.SEGMENT_PAGE


@pytest.mark.parametrize("script", list(SCRIPTS))
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (480, 270)])
def test_a_message_thousands_of_characters_long_stays_inside_the_window(live, qtbot, script, size):
    live.projector.resize(*size)
    long = " ".join([SCRIPTS[script]] * 200)[:4000]
    QApplication.clipboard().setText(long)
    press(qtbot, live, Qt.Key.Key_M)
    open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(live.projector.message_view.text) >= 3000
    rect = text_rect_in_window(live)
    assert not rect.isEmpty() and live.projector.rect().contains(rect), (rect, live.projector.rect())
    # A short one in the same window is large (a room can read it), and also inside.
    press(qtbot, live, Qt.Key.Key_M)
    open_dialog(qtbot, live, "roomMessageBox")
    QApplication.clipboard().setText(SCRIPTS[script])  # any script: pasted, as from a phrase kept elsewhere
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    short = text_rect_in_window(live)
    assert live.projector.rect().contains(short)
    assert short.width() > size[0] / 2 or short.height() > size[1] / 4  # big, not a line of small print


def test_one_word_longer_than_the_screen_breaks_instead_of_running_off(live, qtbot):
    QApplication.clipboard().setText("https://example.org/" + "x" * 3000)
    press(qtbot, live, Qt.Key.Key_M)
    open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    rect = text_rect_in_window(live)
    assert not rect.isEmpty() and live.projector.rect().contains(rect)


# ---- pictures ---------------------------------------------------------------------------------
def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def add_picture(qtbot, monkeypatch, chooser, path, *, for_segment=True):
    choose_file(monkeypatch, path)
    button = chooser.add_segment if for_segment else chooser.add_library
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_i_with_no_pictures_offers_to_add_one_then_shows_it_and_i_hides_it(live, qtbot, monkeypatch, pictures):
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    assert chooser.list.count() == 0 and not chooser.show_button.isEnabled()
    add_picture(qtbot, monkeypatch, chooser, pictures["png"])
    assert chooser.list.count() == 1 and chooser.show_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: live.pictures.chooser is None)
    assert page(live) == live.projector.PICTURE_PAGE
    assert live.presenter.picture_button.isChecked()
    qtbot.waitUntil(lambda: live.presenter.miniature.word == "PICTURE")
    assert live.projector.grab().toImage().pixelColor(live.projector.rect().center()).name() == "#c0392b"
    miniature = live.presenter.miniature.picture  # the laptop's picture of the room's screen shows it too

    def miniature_centre():
        pixmap = miniature.pixmap()
        return "" if pixmap.isNull() else pixmap.toImage().pixelColor(pixmap.rect().center()).name()

    qtbot.waitUntil(lambda: miniature_centre() == "#c0392b")
    press(qtbot, live, Qt.Key.Key_I)  # the same key hides it
    assert page(live) == live.projector.SEGMENT_PAGE and not live.presenter.picture_button.isChecked()
    press(qtbot, live, Qt.Key.Key_I)  # one picture of this segment: up at once, no list
    assert page(live) == live.projector.PICTURE_PAGE
    press(qtbot, live, Qt.Key.Key_Escape)  # Esc hides it too
    assert page(live) == live.projector.SEGMENT_PAGE
    press(qtbot, live, Qt.Key.Key_I)
    press(qtbot, live, Qt.Key.Key_PageDown)  # like a slide: the next segment takes it down
    assert page(live) == live.projector.SEGMENT_PAGE and live.controller.snapshot().current == 1
    assert not live.presenter.picture_button.isChecked()


def test_several_pictures_are_chosen_from_a_list_and_the_button_does_the_same(live, qtbot, monkeypatch, pictures):
    qtbot.mouseClick(live.presenter.picture_button, Qt.MouseButton.LeftButton)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    add_picture(qtbot, monkeypatch, chooser, pictures["png"])
    add_picture(qtbot, monkeypatch, chooser, pictures["svg"], for_segment=False)  # the library
    add_picture(qtbot, monkeypatch, chooser, pictures["jpeg"])
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert texts == ["circle-png (this segment)", "circle-jpeg (this segment)", "programme-graphic (library)"]
    chooser.list.setFocus()
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)
    assert live.projector.picture_view.path == str(pictures["svg"])
    assert not live.projector.picture_view.image.isNull()
    qtbot.mouseClick(live.presenter.picture_button, Qt.MouseButton.LeftButton)  # hides it
    assert page(live) == live.projector.SEGMENT_PAGE
    # The next segment has none of its own: the library's picture is offered there too.
    press(qtbot, live, Qt.Key.Key_PageDown)
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    assert [chooser.list.item(i).text() for i in range(chooser.list.count())] == ["programme-graphic (library)"]


def test_a_missing_picture_or_one_that_is_not_a_picture_leaves_the_projector_as_it_was(
        live, qtbot, monkeypatch, pictures, window):
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    for name in ("png", "fake", "jpeg"):
        add_picture(qtbot, monkeypatch, chooser, pictures[name])
    qtbot.keyClick(chooser.list, Qt.Key.Key_Home)
    qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)  # the first: circle-png
    assert live.projector.picture_view.path == str(pictures["png"])
    pictures["jpeg"].unlink()  # gone since it was linked
    press(qtbot, live, Qt.Key.Key_I)  # hide, then choose again
    press(qtbot, live, Qt.Key.Key_M)  # (a message box opened and closed on the way changes nothing)
    open_dialog(qtbot, live, "roomMessageBox")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    rows = {chooser.list.item(i).text(): i for i in range(chooser.list.count())}
    assert "circle-jpeg (this segment) \u2013 missing: find it again" in rows
    for wrong, words in (("not-really (this segment)", "not a picture"),
                         ("circle-jpeg (this segment) – missing: find it again", "not where it was")):
        chooser.list.setCurrentRow(rows[wrong])
        qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)
        assert chooser.isVisible() and words in chooser.problem.text()
        assert page(live) == live.projector.SEGMENT_PAGE  # nothing went up; the room sees what it saw
        assert words in live.presenter.messages.current_message()
    chooser.list.setCurrentRow(rows["circle-png (this segment)"])
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert page(live) == live.projector.PICTURE_PAGE and live.pictures.chooser is None


def test_a_moved_picture_is_found_again_from_the_list(live, qtbot, monkeypatch, pictures, tmp_path, window):
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    add_picture(qtbot, monkeypatch, chooser, pictures["png"])
    add_picture(qtbot, monkeypatch, chooser, pictures["svg"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("png", "svg"):
        pictures[name].rename(moved / pictures[name].name)
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    assert chooser.find_button.isEnabled() and not chooser.problem.isVisible()
    qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)  # missing: said, nothing up
    assert "not where it was" in chooser.problem.text() and page(live) == live.projector.SEGMENT_PAGE
    choose_file(monkeypatch, moved / pictures["png"].name)
    qtbot.mouseClick(chooser.find_button, Qt.MouseButton.LeftButton)
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert texts == ["circle-png (this segment)", "programme-graphic (this segment)"]  # both found
    qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)
    assert page(live) == live.projector.PICTURE_PAGE
    assert live.projector.picture_view.path == str(moved / pictures["png"].name)
    run_segment = live.controller.segments[0].segment_id
    assert all(not r.missing for r in picture_links.pictures_for(window.session, run_segment))


def test_linking_a_text_file_is_refused_in_words_in_the_list(live, qtbot, monkeypatch, pictures):
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    add_picture(qtbot, monkeypatch, chooser, pictures["text"])
    assert chooser.list.count() == 0 and "PNG, JPEG or SVG" in chooser.problem.text()


def test_blank_covers_pictures_and_messages_and_the_miniature_says_so(live, qtbot, monkeypatch, pictures):
    press(qtbot, live, Qt.Key.Key_I)
    chooser = open_dialog(qtbot, live, "pictureChooser")
    add_picture(qtbot, monkeypatch, chooser, pictures["png"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    press(qtbot, live, Qt.Key.Key_B)
    assert page(live) == live.projector.BLANK_PAGE
    qtbot.waitUntil(lambda: live.presenter.miniature.word == "BLANK")
    press(qtbot, live, Qt.Key.Key_B)
    assert page(live) == live.projector.PICTURE_PAGE


def test_reading_a_picture_says_what_is_wrong_and_keeps_big_photos_light(pictures, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    from cos_desktop.ui.live.projector_picture import PictureProblem, read_picture

    assert read_picture(str(tmp_path / "gone.png")) == (None, PictureProblem.MISSING)
    assert read_picture(str(tmp_path)) == (None, PictureProblem.MISSING)  # a folder
    assert read_picture(str(pictures["fake"])) == (None, PictureProblem.NOT_A_PICTURE)
    svg, problem = read_picture(str(pictures["svg"]))
    assert problem is None and svg.width() == 1920  # drawn at a large projector's size, not 160 pixels
    big = QImage(6000, 4000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    path = tmp_path / "camera.jpg"
    big.save(str(path))
    image, problem = read_picture(str(path))
    assert problem is None and image.width() <= 3840 and image.height() <= 2160


@pytest.mark.parametrize("palette", ["dark", "high contrast"])
def test_the_words_about_a_picture_that_cannot_be_shown_are_readable_on_any_palette(
        palette, main_window_factory, qtbot, monkeypatch, pictures):
    from tests.ui.palette_check import PALETTES, system_palette, unreadable_texts

    assert palette in PALETTES
    with system_palette(palette):
        window = main_window_factory(demo=True)
        run = store.next_session(window.current_group())
        live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=FakeClock())
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is live.presenter)
        press(qtbot, live, Qt.Key.Key_I)
        chooser = open_dialog(qtbot, live, "pictureChooser")
        add_picture(qtbot, monkeypatch, chooser, pictures["fake"])
        qtbot.mouseClick(chooser.show_button, Qt.MouseButton.LeftButton)
        assert chooser.problem.isVisible() and presenter_notice_shown(live)
        assert unreadable_texts(chooser) == []
        qtbot.keyClick(chooser.list, Qt.Key.Key_Escape)  # the list closes; the word stays on the presenter
        qtbot.waitUntil(lambda: live.pictures.chooser is None)
        assert presenter_notice_shown(live)
        assert unreadable_texts(live.presenter) == []


def presenter_notice_shown(live) -> bool:
    return live.presenter.messages.notice_frame.isVisible()
