"""Chapters in parts through the gestures a facilitator makes: split and join in the planner (with
Undo), the New group dialog's online choice, and the schedule listing the parts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialogButtonBox, QLabel

from cos_desktop.db import store
from cos_desktop.db.engine import open_database


def saved_sessions(url, name):
    """The group's sessions as another connection reads them: proves each change was saved."""
    database = open_database(url)
    with database.session() as session:
        group = store.group_by_name(session, name)
        rows = [(r.chapter_position, r.part, r.date) for r in group.sessions]
    database.dispose()
    return rows


@pytest.fixture
def window(main_window_factory):
    win = main_window_factory()
    group = store.create_group(win.session, name="Thursday", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 8))
    win.session.commit()
    win.refresh_groups(group.id)
    win.tabs.setCurrentWidget(win.planner)
    win.planner.refresh_programmes()
    picker = win.planner.programme_picker
    picker.setCurrentIndex(picker.findText("Plan of group: Thursday"))
    return win


def test_split_a_group_chapter_at_a_segment_then_undo_joins_it_back(window, qtbot, sqlite_url):
    planner = window.planner
    before = saved_sessions(sqlite_url, "Thursday")
    planner.chapter_list.setFocus()
    qtbot.keyClick(planner.chapter_list, Qt.Key.Key_Down)
    qtbot.keyClick(planner.chapter_list, Qt.Key.Key_Down)  # chapter 3
    planner.table.setFocus()
    planner.table.setCurrentCell(0, 0)
    assert not planner.split_button.isEnabled()  # a split here would leave an empty part: not offered
    for _ in range(4):
        qtbot.keyClick(planner.table, Qt.Key.Key_Down)
    assert planner.split_button.isEnabled() and not planner.join_button.isEnabled()
    qtbot.mouseClick(planner.split_button, Qt.MouseButton.LeftButton)

    assert planner.table.verticalHeaderItem(0).text() == "Part 1"
    assert planner.table.verticalHeaderItem(4).text() == "Part 2"
    assert planner.table.item(4, 0).text() == "18:30"  # part 2 is a session of its own: its times start again
    assert planner.total.text().startswith("Part 1: ") and " · Part 2: " in planner.total.text()
    assert "2 parts of 45 min" in planner.chapter_list.item(2).text()
    assert not planner.split_button.isEnabled()  # the first segment of part 2
    assert planner.join_button.isEnabled()
    after = saved_sessions(sqlite_url, "Thursday")
    assert len(after) == 9
    assert after[3] == (3, 2, before[2][2] + dt.timedelta(weeks=1))

    window.tabs.setCurrentWidget(window.group_page)
    labels = [window.group_page.schedule.item(r, 0).text() for r in range(window.group_page.schedule.rowCount())]
    assert labels[2].startswith("Chapter 3, part 1 of 2: ")
    assert labels[3].startswith("Chapter 3, part 2 of 2: ")

    window.tabs.setCurrentWidget(window.planner)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_sessions(sqlite_url, "Thursday") == before
    assert planner.table.verticalHeader().isHidden()


def test_join_button_puts_the_parts_back_and_removing_the_only_segment_of_a_part_is_refused(window, qtbot, sqlite_url):
    planner = window.planner
    last = planner.table.rowCount() - 1
    planner.table.setFocus()
    planner.table.setCurrentCell(last, 0)
    qtbot.mouseClick(planner.split_button, Qt.MouseButton.LeftButton)
    assert len(saved_sessions(sqlite_url, "Thursday")) == 9  # part 2: only the last segment
    planner.table.setCurrentCell(last, 0)
    qtbot.mouseClick(planner.remove_button, Qt.MouseButton.LeftButton)
    assert "Part 2 of chapter 1 would have no segments" in window.statusBar().currentMessage()
    assert planner.table.rowCount() == last + 1
    qtbot.mouseClick(planner.join_button, Qt.MouseButton.LeftButton)
    assert len(saved_sessions(sqlite_url, "Thursday")) == 8
    assert planner.table.verticalHeader().isHidden()


def test_fit_to_length_fits_each_part(window, qtbot):
    planner = window.planner
    planner.table.setFocus()
    planner.table.setCurrentCell(4, 0)
    qtbot.mouseClick(planner.split_button, Qt.MouseButton.LeftButton)
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "fitDialog":
            QTimer.singleShot(20, answer)
            return
        preset = dialog.findChild(QComboBox, "fitPreset")
        preset.setFocus()
        qtbot.keyClick(preset, Qt.Key.Key_Home)  # 1 hour, the first length offered
        seen.append(dialog.findChild(QLabel, "fitSummary").text())
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(planner.fit_button, Qt.MouseButton.LeftButton)
    assert "each of its parts fitted" in seen[0]
    assert planner.total.text() == "Part 1: 60 min (on time) · Part 2: 60 min (on time)"


def test_new_group_online_in_two_60_minute_parts_by_keys_and_clicks(main_window_factory, qtbot, sqlite_url):
    win = main_window_factory()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(20, fill)  # typing starts once the dialog has the keyboard
            return
        qtbot.keyClicks(focus, "Online Wednesdays")  # the name field has the focus
        online = dialog.findChild(QCheckBox, "onlineParts")
        qtbot.mouseClick(online, Qt.MouseButton.LeftButton)
        seen["minutes"] = dialog.minutes.value()
        seen["dates"] = len(dialog.dates)
        QApplication.processEvents()  # the dialog grows to the 16 dates' lines
        dates = dialog.findChild(QLabel, "scheduleDates")
        seen["dates shown whole"] = dates.height() >= dates.heightForWidth(dates.width())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window_action = next(a for a in win.findChildren(QAction) if a.objectName() == "newGroup")
    window_action.trigger()
    assert seen == {"minutes": 60, "dates": 16, "dates shown whole": True}
    sessions = saved_sessions(sqlite_url, "Online Wednesdays")
    assert len(sessions) == 16
    assert [(c, p) for c, p, _d in sessions][:3] == [(1, 1), (1, 2), (2, 1)]
    labels = [win.group_page.schedule.item(r, 0).text() for r in range(win.group_page.schedule.rowCount())]
    assert labels[1].startswith("Chapter 1, part 2 of 2: ")


def test_each_part_is_its_own_live_session_with_its_own_timer(main_window_factory, qtbot, monkeypatch):
    from cos_desktop.core.run_summary import RunSummary
    from cos_desktop.db.models import SessionRun
    from cos_desktop.ui.live.start_dialog import StartSessionDialog

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    win.session.commit()
    win.refresh_groups(group.id)
    first, second = group.sessions[0], group.sessions[1]
    part_one = [s.title for s in first.segments]
    monkeypatch.setattr(StartSessionDialog, "exec", lambda self: StartSessionDialog.DialogCode.Accepted)

    assert win.next_session_banner.text.text().startswith("Next session: chapter 1, part 1 of 2, ")
    win.start_session_action.trigger()  # the next session: chapter 1, part 1
    live = win.live_session
    assert live.run.id == first.id
    assert "part 1 of 2" in live.presenter.chapter_label.text()
    assert len(live.controller.snapshot().planned_seconds) == len(part_one)
    qtbot.keyClick(QApplication.focusWidget() or live.presenter, Qt.Key.Key_PageDown)
    live.presenter.end_button.click()
    qtbot.mouseClick(live.presenter.messages.end_now, Qt.MouseButton.LeftButton)
    win.session.expire_all()
    saved = win.session.get(SessionRun, first.id)
    assert saved.status == "ended"
    assert [s.title for s in RunSummary.from_json(saved.summary_json).segments] == part_one
    assert win.session.get(SessionRun, second.id).status == "planned"
    win.last_summary_dialog.close()
    live.close()

    assert win.next_session_banner.text.text().startswith("Next session: chapter 1, part 2 of 2, ")
    win.start_session_action.trigger()  # now chapter 1, part 2, on a fresh timer
    live = win.live_session
    assert live.run.id == second.id
    assert "part 2 of 2" in live.presenter.chapter_label.text()
    assert [s.title for s in live.run.segments] == [s.title for s in second.segments]
    assert len(live.controller.snapshot().planned_seconds) == len(second.segments)
    assert live.controller.snapshot().session_elapsed_ns == 0
    live.close()


def test_a_part_on_a_holiday_is_marked_and_moved_with_the_later_sessions_in_one_click(main_window_factory, qtbot):
    from cos_desktop.db import settings

    win = main_window_factory()
    settings.set_holiday_country(win.session, "GB")
    group = store.create_group(win.session, name="Online Fridays", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 10, 16), session_minutes=60, parts=2)
    win.session.commit()
    win.refresh_groups(group.id)
    page = win.group_page
    assert page.holiday_note.text() == "★ Chapter 6, part 1 of 2 falls on a public holiday (Christmas Day)."
    assert page.holiday_button.text() == "Move Chapter 6, part 1 of 2 and the later sessions a week later"
    qtbot.mouseClick(page.holiday_button, Qt.MouseButton.LeftButton)
    win.session.expire_all()
    runs = win.current_group().sessions
    assert [r.date for r in runs[:10]] == [dt.date(2026, 10, 16) + dt.timedelta(weeks=i) for i in range(10)]
    assert (runs[10].chapter_position, runs[10].part, runs[10].date) == (6, 1, dt.date(2027, 1, 1))
    assert runs[15].date == dt.date(2027, 2, 5)


def test_attendance_is_taken_per_part(main_window_factory, qtbot):
    from cos_desktop.db import records

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    ana = records.add_participant(win.session, group, "Ana")
    win.session.commit()
    win.refresh_groups(group.id)
    win.tabs.setCurrentWidget(win.attendance_page)
    page = win.attendance_page
    grid = page.grid
    assert grid.columnCount() == 17
    assert [grid.horizontalHeaderItem(c).text().split("\n")[0] for c in range(3)] == ["Ch. 1.1", "Ch. 1.2", "Ch. 2.1"]
    assert page.check_in.run_id == group.sessions[0].id
    assert page.check_in.heading.text().startswith("Check-in: chapter 1, part 1 of 2, ")
    qtbot.mouseClick(page.check_in.buttons[ana.id]["present"], Qt.MouseButton.LeftButton)
    win.session.expire_all()
    assert records.attendance_for_run(win.session, group.sessions[0]) == {ana.id: "present"}
    assert records.attendance_for_run(win.session, group.sessions[1]) == {}  # part 2 has its own check-in
    assert grid.cell_text("Ana", 1) == "Present"


def test_the_programme_tab_times_each_part_from_the_start_and_dates_a_chapter_by_its_first_part(main_window_factory):
    from cos_desktop.core import local_formats

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    group.sessions[0].status = "ended"  # part 1 of chapter 1 delivered, part 2 not yet
    win.session.commit()
    win.refresh_groups(group.id)
    programme = win.programme
    first = programme.chapter_list.item(0).text()
    assert local_formats.day_month_year(dt.date(2026, 1, 7)) in first and "(delivered)" not in first
    programme.chapter_list.setCurrentRow(0)
    table = programme.segment_table
    part_two = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == "Part 2")
    assert table.item(0, 0).text() == table.item(part_two, 0).text()  # both parts start at the group's time
    assert programme.chapter_total.text() == "Part 1: 60 min (on time) · Part 2: 60 min (on time)"


def test_new_group_online_moves_the_part_on_a_holiday_with_the_later_dates(main_window_factory, qtbot, sqlite_url):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from cos_desktop.db import settings

    win = main_window_factory()
    settings.set_holiday_country(win.session, "GB")
    win.session.commit()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(focus, "Online Fridays")
        first = dialog.first_date
        first.setFocus()
        first.setDate(QDate(2026, 10, 16))  # the date field, as its calendar sets it
        qtbot.mouseClick(dialog.findChild(QCheckBox, "onlineParts"), Qt.MouseButton.LeftButton)
        seen["note"] = dialog.findChild(QLabel, "holidayNote").text()
        qtbot.mouseClick(dialog.findChild(QPushButton, "moveHolidayButton"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    next(a for a in win.findChildren(QAction) if a.objectName() == "newGroup").trigger()
    assert seen["note"] == "★ Session 11 falls on a public holiday (Christmas Day)."
    sessions = saved_sessions(sqlite_url, "Online Fridays")
    assert len(sessions) == 16
    assert sessions[9] == (5, 2, dt.date(2026, 12, 18))
    assert sessions[10] == (6, 1, dt.date(2027, 1, 1))  # moved a week, with every later part
    assert sessions[15][2] == dt.date(2027, 2, 5)


def test_change_date_of_a_part_moves_the_later_sessions(main_window_factory, qtbot, sqlite_url):
    from PySide6.QtWidgets import QDialog

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    win.session.commit()
    win.refresh_groups(group.id)
    page = win.group_page
    win.tabs.setCurrentWidget(page)
    table = page.schedule
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(5, 0)).center())
    assert table.item(5, 0).text().startswith("Chapter 3, part 2 of 2: ")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.shift.text())
        dialog.date.setDate(dialog.date.date().addDays(2))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert seen == ["Move the 10 later sessions by the same amount"]
    dates = [d for _c, _p, d in saved_sessions(sqlite_url, "Online")]
    assert dates[:5] == [dt.date(2026, 1, 7) + dt.timedelta(weeks=i) for i in range(5)]
    assert dates[5:] == [dt.date(2026, 1, 7) + dt.timedelta(weeks=i, days=2) for i in range(5, 16)]


def test_the_pdf_of_part_2_is_not_offered_the_name_of_part_1s_file(main_window_factory, qtbot):
    from PySide6.QtWidgets import QLineEdit

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    win.session.commit()
    win.refresh_groups(group.id)
    dialog = win.export_document()
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("facilitator-record"))
    offered = {}
    for run in group.sessions[:2]:
        dialog.chapter.setCurrentIndex(dialog.chapter.findData(run.id))
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20000)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.save_dialog is not None and dialog.save_dialog.isVisible(), timeout=5000)
        offered[run.part] = dialog.save_dialog.findChild(QLineEdit, "fileNameEdit").text()
        qtbot.keyClick(dialog.save_dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: dialog.save_dialog is None or not dialog.save_dialog.isVisible(), timeout=5000)
    assert offered[1].endswith("chapter-1-part-1.pdf") and offered[2].endswith("chapter-1-part-2.pdf"), offered


def test_in_spanish_a_parts_title_is_the_built_in_chapter_title_in_spanish(main_window_factory):
    from cos_desktop.ui import language

    win = main_window_factory()
    group = store.create_group(win.session, name="Online", template=store.builtin_template(win.session),
                               first_date=dt.date(2026, 1, 7), session_minutes=60, parts=2)
    win.session.commit()
    language.install(QApplication.instance(), "es")
    try:
        title = group.sessions[0].plan.title
    finally:
        language.install(QApplication.instance(), "en")
    assert title.endswith("parte 1 de 2") and "Welcome" not in title, title
