"""Accessibility: every focusable control has a name, keyboard paths, larger text, a dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from cos_desktop.core.clock import FakeClock
from cos_desktop.db import store

MIN = 60


def exposed_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader hears as the name: accessibleName(), else the text Qt exposes."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if widget.isWindow() and widget.windowTitle().strip():
        return widget.windowTitle()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddies.get(id(widget), "")


def unnamed_controls(root: QWidget) -> list[str]:
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.text().replace("&", "").strip():
            buddies[id(label.buddy())] = label.text()
    missing = []
    for widget in widgets:
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible() or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        if parent is not None and parent.focusProxy() is widget:
            continue  # the line edit inside a spin box or combo box: named through its owner
        if widget.focusProxy() is not None:
            continue
        if not exposed_name(widget, buddies).strip():
            text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' {text!r}".strip())
    return missing


@pytest.fixture
def demo_window(main_window_factory):
    return main_window_factory(demo=True)


def open_demo_session(window, clock=None):
    run = store.next_session(window.current_group())
    live = window.open_live_session(chapter_id=run.chapter_id, run_id=run.id, clock=clock or FakeClock())
    return run, live


def test_every_tab_of_the_main_window_names_its_controls(demo_window, qtbot):
    tabs: QTabWidget = demo_window.tabs
    missing = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found = unnamed_controls(demo_window)
        if found:
            missing[tabs.tabText(index)] = found
    assert missing == {}, '\n'.join(f'{k}: {v}' for k, v in missing.items())


def test_the_first_day_main_window_names_its_controls(main_window_factory):
    assert unnamed_controls(main_window_factory()) == []


def test_presenter_and_projector_name_their_controls(demo_window, qtbot):
    _run, live = open_demo_session(demo_window)
    live.controller.start()
    qtbot.wait(10)
    assert unnamed_controls(live.presenter) == []
    assert unnamed_controls(live.projector) == []


def test_export_and_new_group_dialogs_name_their_controls(demo_window, qtbot):
    from cos_desktop.ui.records.group_dialog import NewGroupDialog

    dialog = demo_window.export_document()  # deletes itself once closed
    assert unnamed_controls(dialog) == []
    dialog.close()
    new_group = NewGroupDialog([(c.id, c.name) for c in store.templates(demo_window.session)], demo_window)
    qtbot.addWidget(new_group)
    new_group.show()
    assert unnamed_controls(new_group) == []


def test_session_summary_names_its_controls(demo_window, qtbot):
    dialog = demo_window.show_run_summary(0)  # the demo group's delivered first chapter
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def tab_to(qtbot, window, wanted, limit: int = 60) -> QWidget:
    """Press Tab (at whatever has the focus) until `wanted(focus)` holds; the widget reached."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is not None and wanted(focus):
            return focus
        qtbot.keyClick(focus or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def test_tab_reaches_a_preflight_fix_and_space_presses_it(demo_window, qtbot, monkeypatch):
    asked = []
    # The fix itself opens a file chooser; here it is enough that the key asked for it.
    monkeypatch.setattr(demo_window.videos, "_apply_fix", lambda fix, segment_id, chapter: asked.append(fix))
    demo_window.programme.select_chapter(2)
    dialog = demo_window.videos.check_session()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    fix = tab_to(qtbot, dialog, lambda w: w.objectName().startswith("fix-"))
    qtbot.keyClick(fix, Qt.Key.Key_Space)
    assert asked == [fix.objectName().removeprefix("fix-")]
    assert fix.accessibleDescription()  # which finding it fixes, for a screen reader
    dialog.close()


def test_the_finish_on_time_offer_is_taken_with_keys(demo_window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    from cos_desktop.ui.live import rebalance

    clock = FakeClock()
    _run, live = open_demo_session(demo_window, clock)
    presenter = live.presenter
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_F5)
    clock.advance(30 * MIN)  # far over in the first segment: the offer shows
    live.controller.refresh()
    assert presenter.rebalance_banner.isVisible()
    late = live.controller.snapshot().projected_finish
    monkeypatch.setattr(rebalance, "interactive", lambda: True)  # the real question box, answered by a key

    def answer_with_enter():
        box = QApplication.activeModalWidget()
        if box is not None:  # the question box is up (a shortcut clicks its button a moment later)
            poll.stop()
            seen.append(box.windowTitle())
            qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)

    seen = []
    poll = QTimer()
    poll.timeout.connect(answer_with_enter)
    poll.start(20)
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: live.controller.snapshot().projected_finish < late)
    assert seen == ["Finish on time"]


def test_larger_text_from_the_view_menu_grows_the_main_window_and_presenter(demo_window, qtbot):
    from cos_desktop.ui import appearance

    action = demo_window.larger_text_action
    assert action in demo_window.view_menu.actions() and not action.isChecked()
    _run, live = open_demo_session(demo_window)
    before = (demo_window.group_picker.font().pointSizeF(), live.presenter.next_button.font().pointSizeF())
    try:
        action.trigger()
        qtbot.waitUntil(lambda: demo_window.group_picker.font().pointSizeF() > before[0])  # Qt posts font changes
        after = (demo_window.group_picker.font().pointSizeF(), live.presenter.next_button.font().pointSizeF())
        assert after[0] > before[0] and after[1] > before[1]
        assert appearance.larger_text_wanted()  # remembered for the next start
    finally:
        if action.isChecked():
            action.trigger()
    qtbot.waitUntil(lambda: demo_window.group_picker.font().pointSizeF() == before[0])
    assert demo_window.group_picker.font().pointSizeF() == before[0]
    assert not appearance.larger_text_wanted()
