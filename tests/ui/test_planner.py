"""The planner on a real (offscreen) Qt with a real SQLite file: edits, undo and redo, fit, files."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from cos_desktop.core.kinds import RunStatus
from cos_desktop.db import store
from cos_desktop.db.engine import open_database


@pytest.fixture
def window(main_window_factory):
    win = main_window_factory()
    win.tabs.setCurrentWidget(win.planner)
    return win


def saved_plan(url):
    """The plan as another connection reads it from the file: proves each edit was saved."""
    database = open_database(url)
    with database.session() as session:
        snapshot = store.snapshot_curriculum(store.builtin_template(session))
    database.dispose()
    return snapshot


def titles(planner):
    return [planner.table.item(r, 3).text() for r in range(planner.table.rowCount())]


def starts(planner):
    return [planner.table.item(r, 0).text() for r in range(planner.table.rowCount())]


def test_reorder_by_keyboard_then_undo_and_redo_restore_the_exact_plans(window, qtbot, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    first = titles(planner)
    planner.table.setFocus()
    planner.table.setCurrentCell(1, 0)
    qtbot.keyClick(planner.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(planner)[:3] == [first[0], first[2], first[1]]
    assert planner.table.currentRow() == 2  # the moved segment stays selected
    qtbot.keyClick(planner.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(planner)[3] == first[1]
    moved = saved_plan(sqlite_url)
    assert [s["title"] for s in moved["chapters"][0]["segments"]][:4] == [first[0], first[2], first[3], first[1]]
    assert window.undo_stack.count() == 2

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_plan(sqlite_url) == original
    assert titles(planner) == first
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert saved_plan(sqlite_url) == moved


def test_editing_minutes_updates_start_times_and_over_under_as_you_go(window, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    assert planner.total.text() == "90 min planned: on time"
    before = starts(planner)
    planner.table.setCurrentCell(0, 0)
    first_minutes = planner.minutes.value()
    planner.minutes.setValue(first_minutes + 4)
    planner.minutes.setValue(first_minutes + 5)
    assert planner.total.text() == "95 min planned: 5 min over"
    assert "5 min over" in planner.chapter_list.item(0).text()
    assert starts(planner)[1] != before[1]
    assert saved_plan(sqlite_url)["chapters"][0]["segments"][0]["planned_seconds"] == (first_minutes + 5) * 60
    assert window.undo_stack.count() == 1  # typing in one field is one step
    planner.table.setCurrentCell(4, 0)
    planner.minutes.setValue(planner.minutes.value() - 8)
    assert planner.total.text() == "87 min planned: 3 min under"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert saved_plan(sqlite_url) == original
    assert starts(planner) == before and planner.total.text() == "90 min planned: on time"


def test_add_duplicate_remove_rename_and_undo_everything(window, qtbot, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    planner.table.setCurrentCell(2, 0)
    planner.add_segment()
    assert planner.table.currentRow() == 3 and titles(planner)[3] == "New segment"
    planner.segment_title.selectAll()
    qtbot.keyClicks(planner.segment_title, "Songs ")
    for character in "✨ أغنية":  # typed text in any script (keyClicks knows only ASCII)
        QApplication.sendEvent(planner.segment_title, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character))
    assert titles(planner)[3] == "Songs ✨ أغنية"
    planner.kind.setCurrentIndex(planner.kind.findData("activity"))
    planner.prompt.setPlainText("Sing together")
    planner.duplicate_segment()
    assert titles(planner)[4] == "Songs ✨ أغنية"
    planner.table.setCurrentCell(0, 0)
    planner.remove_segment()
    planner.chapter_title.setText("")
    qtbot.keyClicks(planner.chapter_title, "Welcome, everyone")
    edited = saved_plan(sqlite_url)
    chapter = edited["chapters"][0]
    assert chapter["title"] == "Welcome, everyone"
    assert [s["title"] for s in chapter["segments"]][2:4] == ["Songs ✨ أغنية", "Songs ✨ أغنية"]
    assert chapter["segments"][2]["kind"] == "activity" and chapter["segments"][3]["facilitator_prompt"] == "Sing together"
    steps = window.undo_stack.count()
    assert 6 <= steps <= 8
    for _ in range(steps):
        window.undo_stack.undo()
    assert saved_plan(sqlite_url) == original
    for _ in range(steps):
        window.undo_stack.redo()
    again = saved_plan(sqlite_url)
    for snapshot in (again, edited):  # new rows get new ids when redone; everything else is the same
        for c in snapshot["chapters"]:
            for s in c["segments"]:
                s["id"] = None
    assert again == edited


def test_drag_and_drop_moves_a_segment(window, sqlite_url):
    planner = window.planner
    table = planner.table
    first = titles(planner)
    table.setCurrentCell(0, 0)
    mime = table.model().mimeData([table.model().index(0, c) for c in range(table.columnCount())])
    target = table.visualRect(table.model().index(3, 0))
    point = QPointF(target.center().x(), target.bottom() - 2)
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    table.dropEvent(event)
    assert titles(planner)[:4] == [first[1], first[2], first[3], first[0]]
    assert [s["title"] for s in saved_plan(sqlite_url)["chapters"][0]["segments"]][3] == first[0]
    window.undo_stack.undo()
    assert titles(planner) == first


def test_fit_to_two_hours_previews_then_applies_in_one_step(window, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    planner.chapter_list.setCurrentRow(2)
    dialog = planner.make_fit_dialog()
    dialog.preset.setCurrentIndex(dialog.preset.findData(120))
    assert dialog.summary.text() == "Each chapter will last exactly 120 min."
    preview = dialog.preview
    rows = [[preview.item(r, c).text() for c in range(5)] for r in range(preview.rowCount())]
    assert ["", "Break", "Break", "", "15 (new)"] in rows
    assert rows[-1] == ["", "Total", "", "90", "120"]
    video_rows = [r for r in rows if r[2] == "Video"]
    assert video_rows and all(r[3] == r[4] for r in video_rows)
    assert planner.apply_fit(dialog)
    assert window.undo_stack.count() == 1
    assert planner.total.text() == "120 min planned: on time"
    assert "Break" in titles(planner)
    assert saved_plan(sqlite_url)["chapters"][2]["target_minutes"] == 120
    window.undo_stack.undo()
    assert saved_plan(sqlite_url) == original


def test_fit_says_why_it_cannot(window):
    planner = window.planner
    dialog = planner.make_fit_dialog()
    dialog.every_chapter.setChecked(True)
    dialog.target.setValue(15)
    assert dialog.summary.text().startswith("Cannot fit to 15 min:\nChapter 1: The videos alone take 20 min")
    assert not dialog.apply_button.isEnabled() and dialog.result_snapshot() is None


def test_import_lists_every_problem_and_imports_nothing(window, tmp_path):
    planner = window.planner
    good = tmp_path / "good.yaml"
    store.export_curriculum(store.builtin_template(window.session), good)
    bad = tmp_path / "bad.yaml"
    text = good.read_text(encoding="utf-8").replace("minutes: 8\n", "minutes: 0\n", 1).replace("kind: handout", "kind: homework", 1)
    bad.write_text(text, encoding="utf-8")
    count = planner.programme_picker.count()
    problems = planner.import_file(bad)
    assert problems == [
        "chapter 1, segment 1, minutes: must be a whole number from 1 to 240",
        "chapter 1, segment 8, kind: must be one of check-in, video, reflection, discussion, activity, break, handout, closing",
    ]
    dialog = planner.problems_dialog
    assert dialog.isVisible() and dialog.problem_list.count() == 2
    assert dialog.problem_list.item(0).text() == problems[0]
    assert planner.programme_picker.count() == count and window.undo_stack.count() == 0
    dialog.close()


def test_import_a_programme_with_videos_to_locate_then_undo_and_redo(window, tmp_path):
    planner = window.planner
    path = tmp_path / "shared.yaml"
    store.export_curriculum(store.builtin_template(window.session), path)
    text, count = re.subn(r"(title: Chapter 1 video, part 1\n\s+location:) null", r"\1 ch1.mp4",
                          path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(text, encoding="utf-8")
    assert planner.import_file(path) == []
    assert planner.programme_picker.currentText() == "Circle of Security Parenting (8 chapters) (2)"
    assert "ch1.mp4" in planner.locate_box.text()
    videos = [planner.table.item(r, 4).text() for r in range(planner.table.rowCount())]
    assert "ch1.mp4 (needs locating)" in videos
    planner.locate_box.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "ch1.mp4").write_bytes(b"a copy of the chapter 1 video")
    assert planner.locate_in_folder(str(folder)) == 1
    videos = [planner.table.item(r, 4).text() for r in range(planner.table.rowCount())]
    assert "Chapter 1 video, part 1" in videos and "ch1.mp4 (needs locating)" not in videos
    window.undo_stack.undo()
    assert planner.programme_picker.findText("Circle of Security Parenting (8 chapters) (2)") == -1
    window.undo_stack.redo()
    assert planner.programme_picker.currentText() == "Circle of Security Parenting (8 chapters) (2)"
    assert planner.chapter_list.count() == 8


def test_save_as_new_programme_leaves_the_original_alone(window, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    copy = planner.save_as_named("Two-hour evenings")
    assert planner.programme_picker.currentText() == "Two-hour evenings"
    planner.table.setCurrentCell(0, 0)
    planner.minutes.setValue(30)
    assert copy.chapters[0].segments[0].planned_seconds == 30 * 60
    assert saved_plan(sqlite_url) == original


def test_group_plan_keeps_delivered_chapters_and_adopts_the_rest(window, sqlite_url):
    planner = window.planner
    session = window.session
    template = store.builtin_template(session)
    group = store.create_group(session, name="Wednesday", template=template, first_date=dt.date(2026, 1, 7))
    group.sessions[0].status = RunStatus.ENDED.value
    session.commit()
    window.refresh_groups(group.id)
    # edit the template: chapter 1 and 2 first segment to 20 minutes
    planner.refresh_programmes(template.id)
    for row in (0, 1):
        planner.chapter_list.setCurrentRow(row)
        planner.table.setCurrentCell(0, 0)
        planner.minutes.setValue(20)
    assert group.curriculum.chapters[1].segments[0].planned_seconds != 20 * 60
    taken = planner.adopt(group, template)
    assert taken == [2, 3, 4, 5, 6, 7, 8]
    assert group.curriculum.chapters[0].segments[0].planned_seconds != 20 * 60  # delivered: kept
    assert group.curriculum.chapters[1].segments[0].planned_seconds == 20 * 60
    # the group's plan shows chapter 1 locked
    planner.refresh_programmes(group.curriculum_id)
    planner.chapter_list.setCurrentRow(0)
    assert planner.locked_banner.isVisible() and not planner.form_box.isEnabled()
    assert "delivered" in planner.chapter_list.item(0).text()
    planner.chapter_list.setCurrentRow(1)
    assert not planner.locked_banner.isVisible() and planner.form_box.isEnabled()
    window.undo_stack.undo()
    assert group.curriculum.chapters[1].segments[0].planned_seconds != 20 * 60


def test_ctrl_z_in_a_text_field_undoes_the_plan_not_just_the_field(window, qtbot, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    planner.table.setCurrentCell(1, 0)
    planner.segment_title.setFocus()
    planner.segment_title.selectAll()
    qtbot.keyClicks(planner.segment_title, "Hello there, parents")
    assert titles(planner)[1] == "Hello there, parents"  # spaces survive typing
    qtbot.keyClick(planner.segment_title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_plan(sqlite_url) == original
    assert planner.segment_title.text() == original["chapters"][0]["segments"][1]["title"]
    qtbot.keyClick(planner.segment_title, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert planner.segment_title.text() == "Hello there, parents"


def test_chapters_can_be_added_moved_and_removed_in_a_programme_only(window, qtbot, sqlite_url):
    planner = window.planner
    original = saved_plan(sqlite_url)
    planner.chapter_list.setCurrentRow(7)
    planner.add_chapter()
    assert planner.chapter_list.count() == 9 and planner.chapter_list.currentRow() == 8
    qtbot.keyClicks(planner.chapter_title, "Reunion")
    planner.chapter_list.setFocus()
    qtbot.keyClick(planner.chapter_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    plan = saved_plan(sqlite_url)
    assert [c["title"] for c in plan["chapters"]][6:] == [original["chapters"][6]["title"], "Reunion",
                                                          original["chapters"][7]["title"]]
    assert [c["position"] for c in plan["chapters"]] == list(range(1, 10))
    planner.chapter_list.setCurrentRow(0)
    planner.remove_chapter()
    assert planner.chapter_list.count() == 8
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert saved_plan(sqlite_url) == original
    # a group's plan: chapters belong to its sessions
    session = window.session
    group = store.create_group(session, name="Friday", template=store.builtin_template(session),
                               first_date=dt.date(2026, 1, 9))
    session.commit()
    planner.refresh_programmes(group.curriculum_id)
    assert planner.programme_picker.currentText() == "Plan of group: Friday"
    assert not planner.add_chapter_button.isEnabled() and not planner.remove_chapter_button.isEnabled()
    planner.remove_chapter()
    assert len(group.curriculum.chapters) == 8 and not window.undo_stack.canRedo()


def test_the_planner_keeps_its_place_when_the_group_list_changes(window):
    planner = window.planner
    planner.chapter_list.setCurrentRow(4)
    planner.table.setCurrentCell(3, 0)
    window.load_demo_group()  # adds a group: the programme list is refilled
    assert planner.programme_picker.findText("Plan of group: Demo group") >= 0
    assert (planner.chapter_list.currentRow(), planner.table.currentRow()) == (4, 3)


def click_in_modal_soon(qtbot, button_text: str, seen: list):
    """A person answering the message box that is about to open: click its button named `button_text`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text() if hasattr(box, "text") else box.windowTitle())
        button = next(b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_a_file_from_the_1000x_version_is_offered_corrected_times(window, qtbot, tmp_path):
    from cos_desktop.db.models import MediaItem

    planner = window.planner
    clip = tmp_path / "chapter1.mp4"
    clip.write_bytes(b"video")
    window.session.add(MediaItem(title="Chapter 1", location=str(clip), duration_ms=120_000))
    window.session.commit()
    path = tmp_path / "old.yaml"
    store.export_curriculum(store.builtin_template(window.session), path)
    text, count = re.subn(r"(title: Chapter 1 video, part 1\n(\s+)location:) null",
                          r"\1 chapter1.mp4\n\2clip_start: '50:03'\n\2pause_points:\n\2- at: '1:40:42'\n\2  prompt: Shark?",
                          path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(text, encoding="utf-8")
    seen: list[str] = []
    click_in_modal_soon(qtbot, "Use the corrected times", seen)
    assert planner.import_file(path) == []
    assert "50:03  \u2192  0:03.003" in seen[0] and "1:40:42  \u2192  0:06.042" in seen[0]
    imported = planner.curriculum()
    segment = next(s for s in imported.chapters[0].segments if s.video_title == "Chapter 1 video, part 1")
    assert segment.clip_start_ms == 3_003 and [p.at_ms for p in segment.pause_points] == [6_042]


def test_link_a_file_in_the_planner_links_it(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    planner = window.planner
    clip = tmp_path / "COS chapter 1.mp4"
    clip.write_bytes(b"video")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(clip), ""))
    row = next(r for r in range(planner.table.rowCount()) if planner.table.item(r, 4).text() == "Not linked yet")
    planner.table.setCurrentCell(row, 0)
    qtbot.mouseClick(planner.link_button, Qt.MouseButton.LeftButton)
    assert planner.table.item(row, 4).text() == "COS chapter 1"
    assert planner.video.currentText() == "COS chapter 1"
    window.programme.refresh()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert planner.table.item(row, 4).text() == "Not linked yet"


def test_using_a_programme_keeps_the_groups_own_videos_and_undo_restores_everything(window, qtbot, tmp_path):
    from cos_desktop.db.models import MediaItem, PausePoint

    session = window.session
    template = store.builtin_template(session)
    group = store.create_group(session, name="Wednesday", template=template, first_date=dt.date(2026, 1, 7))
    session.commit()
    video = next(s for s in group.curriculum.chapters[2].segments if s.kind == "video")
    video.media_item = MediaItem(title="Our chapter 3", location=str(tmp_path / "ch3.mp4"))
    video.clip_start_ms = 3_000
    video.pause_points = [PausePoint(at_ms=6_000, prompt="What was the child's need?")]
    session.commit()
    before = store.snapshot_curriculum(group.curriculum)
    copy = window.planner.save_as_named("Evenings")
    question = window.planner.adopt_question(group, copy)
    assert "chapters 1, 2, 3, 4, 5, 6, 7, 8" in question and "chapters 1" not in question.replace("chapters 1,", "")
    assert "own video links, clips and pause points stay: chapter 3." in question
    window.planner.adopt(group, copy)
    session.expire_all()
    video = next(s for s in group.curriculum.chapters[2].segments if s.kind == "video")
    assert video.media_item.title == "Our chapter 3" and video.clip_start_ms == 3_000
    assert [(p.at_ms, p.prompt) for p in video.pause_points] == [(6_000, "What was the child's need?")]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    session.expire_all()
    assert store.snapshot_curriculum(group.curriculum) == before


def test_a_delivered_chapter_is_read_only_in_the_programme_tab_planner_and_preview(main_window_factory, qtbot):
    from cos_desktop.db import media_library
    from cos_desktop.db.store import PlanLocked

    window = main_window_factory(demo=True)
    window.tabs.setCurrentIndex(0)
    view = window.programme
    view.chapter_list.setCurrentRow(0)  # the demo group delivered chapter 1
    for row in range(view.segment_table.rowCount()):
        view.segment_table.setCurrentCell(row, 0)
        if view.current_segment().media_item is not None:
            break  # the chapter's linked video
    links = window.videos
    assert not links.link_file_action.isEnabled() and not links.unlink_action.isEnabled()
    assert "Chapter 1 was delivered on" in links.link_file_action.toolTip()
    preview = links.preview()
    assert "Chapter 1 was delivered on" in preview.notice.text()
    assert not preview.start_button.isEnabled() and not preview.whole_button.isEnabled()
    assert not preview.add_button.isEnabled() and not preview.delete_button.isEnabled()
    preview.close()
    with pytest.raises(PlanLocked, match="delivered on"):
        media_library.unlink(window.session, view.current_segment())
    window.session.rollback()
    window.tabs.setCurrentWidget(window.planner)
    window.planner.refresh_programmes(window.current_group().curriculum_id)
    window.planner.chapter_list.setCurrentRow(0)
    assert "Chapter 1 was delivered on" in window.planner.locked_banner.text()
    assert not window.planner.link_button.isEnabled()
