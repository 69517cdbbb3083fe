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
