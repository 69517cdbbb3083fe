"""Open COS Desktop in its own process and write down every text a person can see, window by window.

    python -m tests.ui.spanish_walk DATABASE_URL

Started by tests/ui/test_spanish_windows.py with COS_DESKTOP_LANGUAGE=es. The demo group is loaded
as `cos-desktop --demo` does; each page of the main window is opened by clicking its tab, File >
Restore from backup..., Protect with a passphrase... and Help > About from their menu items (each
closed with Esc), the presenter by F5 and the start dialog's own button, the session started with
F5, paused and carried on with Space, moved to a video with Page Down, the projector shown from
View > Projector, the presenter's side tabs clicked, the list of keys opened with F1, and the
session ended with Page Down and Enter. Prints one JSON object a line:
    {"text": ..., "kind": ..., "where": ..., "module": ...}   a text on screen
    {"menu": ..., "items": [...]}                               the texts of one menu, in order
    {"data": [...]}                                             the group's own texts (names, titles)
    {"size": ..., "minimum": [width, height]}                   the smallest size a window allows
Exit status 0 unless something raised or Qt reported a critical problem.
"""

from __future__ import annotations

import json
import re
import sys
import time
import traceback

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

problems: list[str] = []
TAGS = re.compile(r"<[^>]+>")


def emit(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def owner_module(obj: QObject) -> str:
    """The module of the nearest COS Desktop class holding `obj` (itself or a parent)."""
    while obj is not None:
        module = type(obj).__module__
        if module.startswith("cos_desktop."):
            return module
        obj = obj.parent()
    return ""


def plain(text: str) -> str:
    return TAGS.sub(" ", text) if "<" in text and ">" in text else text


def say(text: str, kind: str, where: str, obj: QObject) -> None:
    text = plain(text or "").strip()
    if text:
        emit({"text": text, "kind": kind, "where": where, "module": owner_module(obj)})


def header_texts(model: QAbstractItemModel, orientation: Qt.Orientation, count: int) -> list[str]:
    return [str(model.headerData(i, orientation) or "") for i in range(count)]


def walk(root: QWidget, where: str) -> None:
    """Every visible widget's own texts: what it shows, its tooltip and what a screen reader says."""
    say(root.windowTitle(), "window title", where, root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for kind, text in (("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
                           ("accessible description", widget.accessibleDescription())):
            say(text, kind, where, widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            say(widget.text(), type(widget).__name__, where, widget)
        if isinstance(widget, QGroupBox):
            say(widget.title(), "group box", where, widget)
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            say(widget.placeholderText(), "placeholder", where, widget)
        if isinstance(widget, QComboBox):
            say(widget.placeholderText(), "placeholder", where, widget)
            for i in range(widget.count()):
                say(widget.itemText(i), "combo item", where, widget)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                say(widget.tabText(i), "tab", where, widget)
                say(widget.tabToolTip(i), "tab tooltip", where, widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
            view = header() if header is not None else None
            if isinstance(view, QHeaderView) and view.isVisible():
                model = widget.model()
                for text in header_texts(model, Qt.Orientation.Horizontal, model.columnCount(QModelIndex())):
                    say(text, "header", where, widget)


def walk_menus(window, where: str) -> None:
    bar = window.menuBar()
    titles = []
    for action in bar.actions():
        if action.isVisible() and action.text():
            titles.append(action.text())
            say(action.text(), "menu title", where, bar)
    emit({"menu": "menu bar", "items": titles})
    for action in bar.actions():
        if action.menu() is not None and action.isVisible():
            walk_menu(action.menu(), action.text(), where)


def walk_menu(menu: QMenu, name: str, where: str) -> None:
    menu.aboutToShow.emit()  # menus that fill themselves when opened (View > Projector)
    items = []
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator() or not action.text():
            continue
        if action.menu() is not None:
            walk_menu(action.menu(), action.text(), where)
        say(action.text(), "menu item", where, action)
        say(action.toolTip() if action.toolTip() != action.text().replace("&", "") else "", "menu tooltip",
            where, action)
        items.append(action.text())
    emit({"menu": name, "items": items})


def wait_until(condition, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def press(key: Qt.Key, target: QWidget) -> None:
    """A key sent where the keyboard is: the focused widget, or the window."""
    QTest.keyClick(QApplication.focusWidget() or target, key)
    QApplication.processEvents()


def click(widget: QWidget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    QApplication.processEvents()


def group_data(window) -> list[str]:
    """Every text stored in the database (names, titles, prompts): the group's own words."""
    from cos_desktop.db.models import Base

    found = set()
    for mapper in Base.registry.mappers:
        for row in window.session.query(mapper.class_).all():
            for column in mapper.columns:
                value = getattr(row, column.key, None)
                if isinstance(value, str) and len(value.strip()) > 1:
                    found.add(value.strip())
    return sorted(found)


def open_pages(window) -> None:
    tabs: QTabWidget = window.tabs
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        click(bar, bar.tabRect(index).center())
        wait_until(lambda: tabs.currentIndex() == index)
        walk(window, f"main window, page {tabs.tabText(index)}")


def size_of(widget: QWidget, where: str) -> None:
    """The smallest size the window's layout allows: Spanish words must not make it outgrow a laptop."""
    hint = widget.minimumSizeHint()
    emit({"size": where, "minimum": [hint.width(), hint.height()]})


def visit_dialog(action, where: str) -> None:
    """Trigger a menu item; the window it opens is read, then closed with Esc."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    done = []

    def poll() -> None:
        new = [w for w in QApplication.topLevelWidgets()
               if w.isVisible() and isinstance(w, QDialog) and id(w) not in before]
        if not new:
            QTimer.singleShot(20, poll)
            return
        dialog = new[0]
        walk(dialog, where)
        size_of(dialog, where)
        done.append(dialog)
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, poll)
    action.trigger()
    assert wait_until(lambda: bool(done)), f"{where} did not open"
    wait_until(lambda: not shiboken6.isValid(done[0]) or not done[0].isVisible())  # a message box deletes itself


def open_dialogs(window) -> None:
    for name, where in (("restoreBackup", "restore from backup"), ("protectDatabase", "protect with a passphrase"),
                        ("about", "about")):
        action = next(a for a in window.findChildren(QAction) if a.objectName() == name)
        if action.isVisible():
            visit_dialog(action, where)


def start_presenter(window) -> None:
    """F5 in the main window, then the start dialog's own button."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        walk(dialog, "start session dialog")
        buttons = dialog.findChild(QDialogButtonBox)
        click(buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, answer)
    window.activateWindow()
    press(Qt.Key.Key_F5, window)
    if window.live_session is None:  # the shortcut did not reach the window: the menu item then
        QTimer.singleShot(0, answer)
        window.start_session_action.trigger()


def run(window) -> None:
    assert wait_until(lambda: window.session is not None and window.current_group() is not None, 30), "no demo group"
    emit({"data": group_data(window)})
    walk_menus(window, "main window menus")
    open_pages(window)
    size_of(window, "main window")
    open_dialogs(window)
    start_presenter(window)
    assert wait_until(lambda: window.live_session is not None), "the presenter did not open"
    live = window.live_session
    presenter = live.presenter
    wait_until(presenter.isVisible)
    walk(presenter, "presenter, before the start")
    presenter.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is presenter, 3)
    press(Qt.Key.Key_F5, presenter)
    assert wait_until(lambda: live.controller.snapshot().state.name == "RUNNING"), "F5 did not start the session"
    walk(presenter, "presenter, running")
    size_of(presenter, "presenter")
    press(Qt.Key.Key_Space, presenter)
    walk(presenter, "presenter, paused")
    press(Qt.Key.Key_Space, presenter)
    press(Qt.Key.Key_PageDown, presenter)  # the chapter's first video, not linked yet in the demo
    walk(presenter, "presenter, video segment")
    if not live.projector.isVisible():
        show = next(a for a in window.projector_menu.actions() if a.isEnabled() and not a.isCheckable()
                    and not a.isSeparator())
        show.trigger()
    wait_until(live.projector.isVisible)
    walk(live.projector, "projector")
    press(Qt.Key.Key_F1, presenter)
    keys = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutHelp" and w.isVisible()), None)
    if keys is not None:
        walk(keys, "presenter, list of keys")
        press(Qt.Key.Key_Escape, keys)
    press(Qt.Key.Key_B, presenter)  # blank: the miniature says what the room sees
    walk(presenter, "presenter, projector blank")
    press(Qt.Key.Key_B, presenter)
    side = presenter.side_tabs.tabBar()
    for index in range(side.count()):  # outline, notes, check-in, videos
        click(side, side.tabRect(index).center())
        walk(presenter, f"presenter, side tab {side.tabText(index)}")
    press(Qt.Key.Key_Escape, presenter)  # the keys back to the session
    end_session(window, live)


def end_session(window, live) -> None:
    """Page Down through every segment; the session asks before it ends, Enter ends it."""
    presenter = live.presenter
    for _ in range(len(live.controller.segments) - live.controller.snapshot().current):
        presenter.activateWindow()
        press(Qt.Key.Key_PageDown, presenter)
    walk(presenter, "presenter, asking to end")
    press(Qt.Key.Key_Return, presenter)
    assert wait_until(lambda: getattr(window, "last_summary_dialog", None) is not None), "no summary after the end"
    summary = window.last_summary_dialog
    wait_until(summary.isVisible)
    walk(summary, "session summary")
    walk(presenter, "presenter, ended")
    press(Qt.Key.Key_Escape, summary)


def main(argv: list[str]) -> int:
    from cos_desktop.app import make_application
    from cos_desktop.ui.main_window import MainWindow

    def on_exception(kind, value, tb):
        problems.append("".join(traceback.format_exception(kind, value, tb)))
        print("PROBLEM:", problems[-1], file=sys.stderr, flush=True)

    sys.excepthook = on_exception
    app = make_application()
    window = MainWindow(argv[0], load_demo=True)
    window.live_full_screen = False
    window.show()
    window.open_database_soon()
    try:
        run(window)
    except Exception:
        on_exception(*sys.exc_info())
    if window.live_session is not None:
        window.live_session.close()
    window.close_database()
    window.close()
    app.processEvents()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
