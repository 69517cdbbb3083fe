"""Linking a DVD title through 'From a disc...' and the pre-flight check's "Insert the disc", by the
gestures a facilitator makes (the system's file picker stands in for a person choosing a file)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from cos_desktop.core.disc import parse_link
from cos_desktop.media.disc_drives import DRIVES_ENV
from cos_desktop.core.disc import link_for
from cos_desktop.media.backend import Clip, PlaybackState
from cos_desktop.media.disc_reader import read_disc
from cos_desktop.media.playback import Cue
from tests.ui.test_video import panel, select_segment, video_cell, window  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def drives(monkeypatch, tmp_path, test_disc):
    """The computer's drives, empty at first; insert() puts the disc in one (mounted under its volume name)."""
    monkeypatch.setenv(DRIVES_ENV, "")

    class Drives:
        def insert(self):
            mount = tmp_path / "media" / test_disc.volume
            if not mount.exists():
                shutil.copytree(test_disc.folder, mount)
            monkeypatch.setenv(DRIVES_ENV, str(mount))
            return mount

    return Drives()


def pick_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_disc_dialog(window, qtbot):
    button = window.findChild(QPushButton, "linkVideoDiscButton")
    qtbot.waitUntil(button.isVisible)  # buttons added to a shown window appear on the next event loop turn
    click(qtbot, button)
    qtbot.waitUntil(lambda: window.videos.disc_dialog is not None and window.videos.disc_dialog.isVisible())
    dialog = window.videos.disc_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def tree_rows(dialog):
    rows = []
    for i in range(dialog.titles.topLevelItemCount()):
        top = dialog.titles.topLevelItem(i)
        rows.append((top.text(0), top.text(1), [(c.text(0), c.text(2)) for c in
                                                (top.child(j) for j in range(top.childCount()))]))
    return rows


def press(qtbot, key, times=1):
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), key)


def test_a_chapter_of_a_disc_image_is_linked_through_the_dialog(window, qtbot, drives, test_disc, tmp_path,
                                                                 monkeypatch):
    iso = test_disc.copy_iso(tmp_path / "copied")
    segment = select_segment(window, "part 2")
    dialog = open_disc_dialog(window, qtbot)
    assert "No disc was found in a drive" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()
    pick_file(monkeypatch, iso)
    click(qtbot, dialog.image_button)
    assert tree_rows(dialog) == [("Title 1", "0:04", [("Chapter 1", "0:00"), ("Chapter 2", "0:01")]),
                                 ("Title 2", "0:03", [])]
    assert "COS_TEST" in dialog.status.text()
    dialog.titles.setFocus()
    assert QApplication.focusWidget() is dialog.titles
    press(qtbot, Qt.Key.Key_Down, 2)  # Title 1 -> its chapter 1 -> chapter 2
    assert dialog.titles.currentItem().text(0) == "Chapter 2"
    click(qtbot, dialog.ok_button)
    window.session.expire_all()
    link = parse_link(segment.media_item.location)
    assert (link.display_name, link.title, link.chapter, link.at) == ("COS_TEST", 1, 2, str(iso))
    assert 1500 <= segment.clip_start_ms <= 2100 and abs(segment.clip_end_ms - 4000) <= 100
    assert not video_cell(window).text().startswith("Missing")
    assert "chapter 2" in window.statusBar().currentMessage()

    # Another title of the same disc: the segment now shows the whole of title 2.
    dialog = open_disc_dialog(window, qtbot)
    click(qtbot, dialog.image_button)
    dialog.titles.setFocus()
    press(qtbot, Qt.Key.Key_End)
    click(qtbot, dialog.ok_button)
    window.session.expire_all()
    link = parse_link(segment.media_item.location)
    assert (link.title, link.chapter) == (2, None)
    assert (segment.clip_start_ms, segment.clip_end_ms) == (None, None)


def test_on_a_first_day_a_title_of_the_disc_in_the_drive_is_linked_by_keys(main_window_factory, qtbot, drives):
    window = main_window_factory()  # an empty database: the built-in programme, no group
    drives.insert()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # View > Programme
    table = window.programme.segment_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 2) and "ideo" in table.item(r, 2).text())
    table.setCurrentCell(row, 0)
    segment = window.programme.current_segment()
    dialog = open_disc_dialog(window, qtbot)
    assert dialog.sources.currentText().startswith("Drive: COS_TEST")
    assert [r[0] for r in tree_rows(dialog)] == ["Title 1", "Title 2"]
    dialog.titles.setFocus()
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return)  # Enter picks the highlighted title
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.session.expire_all()
    link = parse_link(segment.media_item.location)
    assert (link.title, link.chapter) == (2, None) and segment.media_item.duration_ms == link.title_length_ms


def finding_texts(dialog, severity):
    """The words of the findings shown now (rows replaced by Check again are left out)."""
    rows = dialog.view.rows
    frames = [rows.itemAt(i).widget() for i in range(rows.count()) if rows.itemAt(i).widget() is not None]
    return [label.text() for frame in frames if frame.objectName() == f"finding-{severity}"
            for label in frame.findChildren(QLabel) if "\n" in label.text()]


def tab_to(qtbot, dialog, name, limit=30):
    for _ in range(limit):
        if QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == name:
            return QApplication.focusWidget()
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def test_preflight_asks_for_the_disc_and_recognises_it_in_a_drive_or_relocated(window, qtbot, drives, test_disc,
                                                                              tmp_path, monkeypatch):
    iso = test_disc.copy_iso(tmp_path / "copied")
    segment = select_segment(window, "part 2")
    dialog = open_disc_dialog(window, qtbot)
    pick_file(monkeypatch, iso)
    click(qtbot, dialog.image_button)
    click(qtbot, dialog.ok_button)
    moved = tmp_path / "moved" / "renamed.iso"
    moved.parent.mkdir()
    shutil.move(iso, moved)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    check = window.videos.preflight_dialog
    assert check is not None and check.isVisible()
    problems = finding_texts(check, "failure")
    assert any("Insert the disc \u201cCOS_TEST\u201d" in text and segment.title in text for text in problems)
    check.activateWindow()
    qtbot.waitUntil(check.isActiveWindow)
    button = tab_to(qtbot, check, "fix-check-again")
    press(qtbot, Qt.Key.Key_Space)  # still not in: the same words
    assert any("Insert the disc" in t for t in finding_texts(check, "failure"))

    drives.insert()  # the disc goes into a drive (another place than before)
    button = tab_to(qtbot, check, "fix-check-again")
    assert button.text() == "Check again"
    press(qtbot, Qt.Key.Key_Space)
    assert not any("Insert the disc" in t for t in finding_texts(check, "failure"))
    assert any(segment.title in t and "COS_TEST" in t for t in finding_texts(check, "ok"))

    # Out of the drive again; the moved image is located instead, and recognised as the same disc.
    monkeypatch.setenv(DRIVES_ENV, "")
    click(qtbot, check.findChild(QPushButton, "fix-check-again"))
    click(qtbot, check.findChild(QPushButton, "fix-locate"))
    finder = window.videos.disc_dialog
    assert finder.windowTitle() == "Find the disc \u201cCOS_TEST\u201d"
    pick_file(monkeypatch, moved)
    click(qtbot, finder.image_button)
    assert finder.ok_button.text() == "Use this disc"
    click(qtbot, finder.ok_button)
    window.session.expire_all()
    assert parse_link(segment.media_item.location).at == str(moved)
    assert not any("Insert the disc" in t for t in finding_texts(check, "failure"))


def test_another_disc_is_not_taken_for_the_linked_one(window, qtbot, drives, test_disc, tmp_path, monkeypatch):
    iso = test_disc.copy_iso(tmp_path / "copied")
    segment = select_segment(window, "part 2")
    dialog = open_disc_dialog(window, qtbot)
    pick_file(monkeypatch, iso)
    click(qtbot, dialog.image_button)
    click(qtbot, dialog.ok_button)
    other = test_disc.copy_iso(tmp_path / "other", "other.iso")
    with open(other, "r+b") as f:  # the same pictures on a disc with another volume name
        f.seek(16 * 2048 + 40)
        f.write(b"ANOTHER_DISC".ljust(32))
    iso.unlink()
    window.programme.refresh()
    select_segment(window, "part 2")
    click(qtbot, window.findChild(QPushButton, "locateVideoButton"))
    finder = window.videos.disc_dialog
    pick_file(monkeypatch, other)
    click(qtbot, finder.image_button)
    assert "another disc" in finder.status.text() and "ANOTHER_DISC" in finder.status.text()
    assert not finder.ok_button.isEnabled()
    click(qtbot, finder.buttons.button(finder.buttons.StandardButton.Cancel))
    window.session.expire_all()
    assert parse_link(segment.media_item.location).at == str(iso)


def test_the_video_panel_plays_a_disc_title_to_its_pause_point_and_asks_for_a_missing_disc(panel, qtbot, drives,
                                                                                             test_disc, tmp_path):
    iso = test_disc.copy_iso(tmp_path / "copied")
    location = link_for(read_disc(iso), 2).location()
    controller = panel.controller
    controller.open(location, Clip(), [Cue(1200, "What did the child need just then?")])
    with qtbot.waitSignal(controller.cueReached, timeout=10_000):
        click(qtbot, panel.controls.play_button)
    assert controller.state is PlaybackState.PAUSED and abs(controller.position() - 1200) <= 300
    assert panel.cue_prompt.isVisible()
    iso.unlink()
    controller.open(location, Clip())
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=5000)
    assert "Insert the disc \u201cCOS_TEST\u201d" in panel.banner.label.text()
    assert [b.text() for b in panel.banner.fix_buttons()] == ["Check again", "Locate..."]
    assert not panel.controls.play_button.isEnabled()


def test_a_folder_or_image_that_is_not_a_dvd_says_so_and_links_nothing(window, qtbot, drives, tmp_path, monkeypatch):
    segment = select_segment(window, "part 2")
    holiday = tmp_path / "Holiday photos"
    holiday.mkdir()
    (holiday / "beach.jpg").write_bytes(b"\xff\xd8 not much of a photo")
    noise = tmp_path / "download.iso"
    noise.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(200_000)))
    dialog = open_disc_dialog(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(holiday))
    click(qtbot, dialog.folder_button)
    assert "No DVD video could be read there" in dialog.status.text()
    assert dialog.titles.topLevelItemCount() == 0 and not dialog.ok_button.isEnabled()
    pick_file(monkeypatch, noise)
    click(qtbot, dialog.image_button)
    assert "No DVD video could be read there" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.session.expire_all()
    assert segment.media_item is None
