"""The OS's dark or high-contrast palette is respected: every text the app shows stays readable
(WCAG 4.5:1, 3:1 for large text), measured against what is drawn behind it; and colour is never the
only cue: the words and signs are there too."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cos_desktop.core.clock import FakeClock
from cos_desktop.db import store
from tests.ui.palette_check import PALETTES, system_palette, unreadable_texts

MIN = 60
SHOTS = os.environ.get("COS_PALETTE_SHOTS")  # a folder: keep screenshots of what was checked


def shot(widget, name: str, palette: str) -> None:
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, f"{palette.replace(' ', '-')}-{name}.png"))


@pytest.fixture(params=list(PALETTES))
def palette(request):
    with system_palette(request.param):
        yield request.param


@pytest.fixture
def demo_window(palette, main_window_factory):
    return main_window_factory(demo=True)


def open_demo_session(window, clock):
    run = store.next_session(window.current_group())
    return window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock)


def test_every_page_of_the_main_window_is_readable(demo_window, palette, qtbot):
    tabs = demo_window.tabs
    problems = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        shot(demo_window, f"main-{index}", palette)
        found = unreadable_texts(demo_window)
        if found:
            problems[tabs.tabText(index)] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_outcomes_that_improved_or_worsened_are_readable(demo_window, palette, qtbot):
    from cos_desktop.db import measures
    from cos_desktop.db.transactions import committed

    window = demo_window
    group = window.current_group()
    people = group.participants
    def write():
        measure_id = measures.add_measure(window.session, group.id, "Parenting stress", 36, 180, "lower")
        for person, (pre, post) in zip(people, ((120, 98), (100, 104), (90, 90))):
            measures.set_score(window.session, measure_id, person.id, "pre", pre)
            measures.set_score(window.session, measure_id, person.id, "post", post)
        return True

    committed(window.session, write)
    window.measures_page.show_group(group)
    window.tabs.setCurrentWidget(window.measures_page)
    qtbot.wait(20)
    table = window.measures_page.table
    assert table.item(0, 2).text().endswith("▲") and table.item(1, 2).text().endswith("▼")
    shot(window, "outcomes", palette)
    assert unreadable_texts(window) == []


def test_the_first_day_main_window_is_readable(palette, main_window_factory, qtbot):
    window = main_window_factory()
    qtbot.wait(20)
    shot(window, "first-day", palette)
    assert unreadable_texts(window) == []


def test_presenter_and_projector_are_readable_running_over_and_paused(demo_window, palette, qtbot):
    clock = FakeClock()
    live = open_demo_session(demo_window, clock)
    presenter, projector = live.presenter, live.projector
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_F5)
    assert unreadable_texts(presenter) == []
    clock.advance(30 * MIN)  # far over time: the timer turns and the offer to finish on time shows
    live.controller.refresh()
    assert presenter.rebalance_banner.isVisible()
    shot(presenter, "presenter-over", palette)
    shot(projector, "projector", palette)
    assert unreadable_texts(presenter) == []
    assert unreadable_texts(projector) == []
    for key, page in ((Qt.Key.Key_T, "timer"), (Qt.Key.Key_W, "title")):  # what the room sees, on its own look
        qtbot.keyClick(QApplication.focusWidget() or presenter, key)
        shot(projector, f"projector-{page}", palette)
        assert unreadable_texts(projector) == [], page
    presenter.messages.set_save_warning("Not saved yet: the disk is full.")
    qtbot.wait(10)
    shot(presenter, "presenter-not-saved", palette)
    assert unreadable_texts(presenter) == []
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_Space)  # pause
    assert unreadable_texts(presenter) == []


def test_dialogs_that_colour_their_text_are_readable(demo_window, palette, qtbot):
    from cos_desktop.ui.passphrase_dialog import SecretDialog
    from cos_desktop.ui.records.measures_page import MeasureDialog

    demo_window.programme.select_chapter(2)
    preflight = demo_window.videos.check_session()  # a missing video: a problem, a warning, ready items
    qtbot.waitExposed(preflight)
    shot(preflight, "preflight", palette)
    assert unreadable_texts(preflight) == []
    preflight.close()

    demo_window.tabs.setCurrentWidget(demo_window.planner)
    fit = demo_window.planner.make_fit_dialog()
    qtbot.addWidget(fit)
    fit.show()
    qtbot.waitExposed(fit)
    shot(fit, "fit", palette)
    assert unreadable_texts(fit) == []

    secret = SecretDialog("Open the records", "Type the passphrase.", [("passphrase", "&Passphrase:")], "Open",
                          demo_window)
    qtbot.addWidget(secret)
    secret.problem.setText("That passphrase does not open this database.")
    secret.show()
    assert unreadable_texts(secret) == []

    measure = MeasureDialog(demo_window)
    qtbot.addWidget(measure)
    measure.problem.setText("The lowest total must be below the highest.")
    measure.show()
    assert unreadable_texts(measure) == []


def test_notices_in_the_video_panel_and_notes_are_readable(palette, qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from cos_desktop.media.backend import Fix
    from cos_desktop.ui.video.video_panel import CuePrompt, ProblemBanner

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    banner, cue = ProblemBanner(holder), CuePrompt(holder)
    layout.addWidget(banner)
    layout.addWidget(cue)
    holder.show()
    banner.show_message("The video file cannot be found.", [Fix.LOCATE_FILE] if hasattr(Fix, "LOCATE_FILE") else [])
    cue.show()
    for child in cue.findChildren(type(banner.label)):
        child.setText(child.text() or "What might the child need here?")
    qtbot.wait(10)
    shot(holder, "video-notices", palette)
    assert unreadable_texts(holder) == []


def test_colour_is_never_the_only_cue(main_window_factory, qtbot):
    """Where a colour means something, words or signs say the same (read here as text, not colour)."""
    from cos_desktop.ui.records.attendance_grid import AttendanceGridView

    window = main_window_factory(demo=True)
    # Pre-flight: each finding starts with its word, beside its sign.
    window.programme.select_chapter(2)
    preflight = window.videos.check_session()
    texts = [label.text() for label in preflight.findChildren(type(preflight.summary))]
    assert any(t.startswith("Check \u2014 Segment 2") for t in texts) and "!" in texts
    assert any(t.startswith("Ready \u2014 Video player") for t in texts) and "\u2714" in texts
    preflight.close()

    # Attendance: a missed chapter says "missed", a mark says its status.
    window.tabs.setCurrentIndex(3)
    grid = window.findChild(AttendanceGridView)
    cells = {grid.item(r, 0).text() for r in range(grid.rowCount()) if grid.item(r, 0) is not None}
    assert {"Present", "Late", "Absent\nmissed", "Excused\nmissed"} <= cells

    # The planner's total says whether the chapter is on time, over or under.
    window.tabs.setCurrentWidget(window.planner)
    assert window.planner.total.text().endswith("on time")

    # Over time in the room: a plus sign and the word "over", and the projected finish says "late".
    clock = FakeClock()
    live = open_demo_session(window, clock)
    presenter = live.presenter
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_F5)
    clock.advance(15 * MIN)  # the first segment is planned at 12 min
    live.controller.refresh()
    assert presenter.countdown.text() == "+3:00" and presenter.countdown_note.text() == "over"
    assert "late" in presenter.finish_label.text()


def test_a_note_naming_a_parent_and_a_note_not_saved_are_readable(palette, qtbot, sqlite_url):
    import datetime as dt

    from cos_desktop.app import make_application
    from cos_desktop.db.demo import load_demo_group
    from cos_desktop.db.engine import open_database
    from cos_desktop.ui.live.notes_panel import NotesPanel
    from tests.ui.keyboard import type_text

    make_application()
    db = open_database(sqlite_url)
    session = db.session()
    try:
        group = load_demo_group(session, today=dt.date(2026, 5, 12))
        run = group.sessions[1]
        panel = NotesPanel(session)
        qtbot.addWidget(panel)
        panel.show()
        panel.set_context(run.id, run.chapter.segments[0].id, "Chapter 2, check-in")
        warning = panel.editor.findChildren(object, "noteNameWarning")[0]
        if not panel.editor.shareable.isChecked():
            qtbot.mouseClick(panel.editor.shareable, Qt.MouseButton.LeftButton,
                             pos=panel.editor.shareable.rect().center())
        assert panel.editor.shareable.isChecked()
        panel.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
        panel.editor.text.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.editor.text)
        type_text(QApplication.focusWidget(),
                  f"{group.participants[0].display_name} shared a story.")
        qtbot.waitUntil(warning.isVisible, timeout=3000)
        shot(panel, "note-name-warning", palette)
        assert unreadable_texts(panel) == []
        panel.editor._failed("disk-full")  # what the editor shows when the disk refuses the note
        assert "Not saved yet" in panel.editor.status.text()
        shot(panel, "note-not-saved", palette)
        assert unreadable_texts(panel) == []
    finally:
        session.close()
        db.dispose()


def test_switching_to_dark_while_the_app_is_open_keeps_every_text_readable(main_window_factory, qtbot):
    """The OS turns dark mode on (or a high-contrast theme) with the app and a session open."""
    window = main_window_factory(demo=True)
    live = open_demo_session(window, FakeClock())
    live.presenter.messages.set_save_warning("Not saved yet: the disk is full.")
    for name in PALETTES:
        with system_palette(name):
            qtbot.wait(20)
            for index in (0, 2, 3):  # the programme, the planner and the attendance grid
                window.tabs.setCurrentIndex(index)
                qtbot.wait(10)
                assert unreadable_texts(window) == [], (name, window.tabs.tabText(index))
            shot(live.presenter, "presenter-switched", name)
            assert unreadable_texts(live.presenter) == [], name


@pytest.mark.parametrize("name", ["light", *PALETTES])
def test_every_meaning_reads_on_the_window_the_lists_and_its_own_tint(name, qtbot):
    from PySide6.QtGui import QPalette

    from cos_desktop.ui import appearance as look

    palette = QApplication.style().standardPalette() if name == "light" else PALETTES[name]()
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(palette)
    try:
        for meaning in look.ROLE_COLOURS:
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                assert look.contrast(look.role_colour(meaning, on=role), palette.color(role)) >= 4.5, (meaning, role)
            for role, text in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                               (QPalette.ColorRole.Base, QPalette.ColorRole.Text)):
                background = look.tint(meaning, on=role)
                assert look.contrast(look.ink_on(background, text_role=text), background) >= 4.5, (meaning, role)
                assert look.contrast(look.role_colour(meaning), background) >= 3, (meaning, "its border")
    finally:
        app.setPalette(before)
