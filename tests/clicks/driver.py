"""Click everything in COS Desktop as a person would, in its own process, and say what went wrong.

    python -m tests.clicks.driver DATABASE_URL [--demo]

Every visible, enabled button of each page of the main window is clicked, every menu action is
triggered and its shortcut pressed, and every window or dialog that opens has its own buttons
clicked before it is closed (by its Cancel/Close button, by Esc, or by the window's close, in turn).
Modal dialogs are met by a poller that keeps re-arming itself, so it also runs inside their
event loops. The forms a new facilitator fills on the first day (a new group, a parent, a name)
are filled and accepted the first time they appear; confirmations of deletion are declined.

Exit status: 0 when nothing went wrong; 1 after any uncaught exception or Qt warning (each is
printed with "PROBLEM:"), or when the app did not quit cleanly.
"""

from __future__ import annotations

import os
import re
import sys
import traceback

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QRadioButton,
    QTabBar,
    QWidget,
)

NAMES = ["Amira فاطمة", "Li Wei 李伟", "Sam O'Neil", "Zoë & Ben"]
# Dialogs filled in and accepted the first time they appear: what a new facilitator does on day one.
ACCEPT_FIRST_TIME = {"NewGroupDialog", "ParentDialog", "QInputDialog", "MoveDateDialog", "FitDialog"}
# Buttons that would end the run or the group early: they are clicked at the very end, or not at all.
LAST = {"quit"}

problems: list[str] = []


def problem(text: str) -> None:
    problems.append(text)
    print("PROBLEM:", text, file=sys.stderr, flush=True)


def on_exception(kind, value, tb) -> None:
    problem("uncaught exception:\n" + "".join(traceback.format_exception(kind, value, tb)))


# The offscreen platform (no window system) says this for every window with a size hint; it is not the app's.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()",
                  "This plugin does not support grabbing the keyboard",
                  # ...nor native child windows (the surface video is drawn on); under X11 they work
                  "This plugin does not support setParent!")
NATIVE_CHILD_NOISE = re.compile(r'QWidgetWindow\(0x[0-9a-f]+, name="QWidgetClassWindow"\) must be a top level window\.')


def on_qt_message(mode, context, message) -> None:
    if message in PLATFORM_NOISE or NATIVE_CHILD_NOISE.fullmatch(message):
        return
    if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        problem(f"Qt said: {message}")


def settle(ms: int = 10) -> None:
    QTest.qWait(ms)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def alive(widget) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def address(widget: QWidget) -> int:
    """The C++ object's address: Python ids of short-lived wrappers are reused, these are not."""
    return shiboken6.getCppPointer(widget)[0]


def windows_now() -> set[int]:
    return {address(w) for w in QApplication.topLevelWidgets()}


def key(button: QAbstractButton) -> tuple:
    """A button by what a person sees: lists rebuilt after a click make new buttons with the same face."""
    return type(button).__name__, button.objectName(), button.text(), button.toolTip()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.windowTitle()
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r}".replace("  ", " ")


class Driver(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.handling: set[int] = set()
        self.seen_dialogs: set[str] = set()
        self.close_turn = 0
        self.name_turn = 0
        self.clicks = 0
        self.passes = 0
        self.poll()

    # ---- modal dialogs ----------------------------------------------------------------------
    def poll(self) -> None:
        """Re-armed before it does anything, so it fires inside the event loop of a dialog it opens."""
        QTimer.singleShot(40, self.poll)
        popup = QApplication.activePopupWidget()
        if popup is not None:  # a menu opened at the pointer: a person presses Esc
            print("  popup closed by Esc", flush=True)
            QTest.keyClick(popup, Qt.Key.Key_Escape)
            return
        modal = QApplication.activeModalWidget()
        if modal is None or id(modal) in self.handling or not modal.isVisible():
            return
        self.handling.add(id(modal))
        try:
            self.exercise(modal, depth=1)
        finally:
            self.handling.discard(id(modal))

    # ---- one window or dialog -------------------------------------------------------------------
    def exercise(self, top: QWidget, depth: int) -> None:
        name = type(top).__name__
        print(f"{'  ' * depth}window: {describe(top)}", flush=True)
        first_time = name not in self.seen_dialogs
        self.seen_dialogs.add(name)
        self.check_fits(top)
        if depth < 4 and not isinstance(top, (QMessageBox, QFileDialog)):
            self.click_buttons_in(top, depth, skip_box=True)
        if not alive(top) or not top.isVisible():
            return
        if first_time and name in ACCEPT_FIRST_TIME and self.accept(top):
            return
        self.close(top)

    def check_fits(self, top: QWidget) -> None:
        """The window fits the screen's free area (with room for a title bar) and every button is on screen."""
        from cos_desktop.ui.screen_fit import FRAME_MARGIN

        settle()
        if not alive(top) or not top.isVisible() or isinstance(top, QFileDialog):
            return  # the file dialog is Qt's own (a desktop shows its native one)
        area = (top.screen() or QApplication.primaryScreen()).availableGeometry()
        if top.width() > area.width() or top.height() > area.height() - FRAME_MARGIN:
            problem(f"{describe(top)} is {top.width()}x{top.height()}: larger than a "
                    f"{area.width()}x{area.height()} screen leaves room for")
        for button in top.findChildren(QAbstractButton):
            if button.isVisible() and button.window() is top:
                corner = button.mapToGlobal(button.rect().bottomRight())
                if not area.contains(corner):
                    problem(f"{describe(button)} of {describe(top)} is off the screen")
                    break

    def accept(self, dialog: QWidget) -> bool:
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not edit.text().strip():
                type_text(edit, NAMES[self.name_turn % len(NAMES)])
                self.name_turn += 1
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole) \
                        and button.isVisible() and button.isEnabled():
                    self.click(button, 99)
                    settle()
                    return not dialog.isVisible()
        return False

    def close(self, top: QWidget) -> None:
        """Close by the dialog's own Cancel/Close button, by Esc, or by the window's close, in turn."""
        if not alive(top) or not top.isVisible():
            return
        how = self.close_turn % 3
        self.close_turn += 1
        if how == 0:
            button = self.cancel_button(top)
            if button is not None:
                self.click(button, 99)
                settle()
        elif how == 1:
            target = QApplication.focusWidget() if QApplication.focusWidget() and top.isAncestorOf(
                QApplication.focusWidget()) else top
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
            settle()
        if alive(top) and top.isVisible():
            top.close()
            settle()
        if alive(top) and top.isVisible():
            problem(f"{describe(top)} did not close (Esc, Cancel and the window's close all failed)")
            if isinstance(top, QDialog):
                top.reject()

    @staticmethod
    def cancel_button(top: QWidget):
        if isinstance(top, QMessageBox):
            return top.escapeButton() or next((b for b in top.buttons() if top.buttonRole(b) in (
                QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)), None) or top.defaultButton()
        for box in top.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole and button.isVisible():
                    return button
        return None

    # ---- buttons ------------------------------------------------------------------------------------
    def buttons_of(self, top: QWidget, skip_box: bool) -> list[QAbstractButton]:
        found = []
        for button in top.findChildren(QAbstractButton):
            if isinstance(button.parent(), QTabBar) or type(button).__name__ in ("QtPrivate", "QScrollBar"):
                continue
            if skip_box and isinstance(button.parent(), QDialogButtonBox):
                continue
            if button.window() is top and button.isVisible() and button.isEnabled():
                found.append(button)
        return found

    def click_buttons_in(self, top: QWidget, depth: int, skip_box: bool) -> None:
        done: set[tuple] = set()
        while True:  # a click can show or enable other buttons: look again each time
            if not alive(top) or not top.isVisible():
                return
            todo = [b for b in self.buttons_of(top, skip_box) if key(b) not in done and b.objectName() not in LAST]
            if not todo:
                return
            button = todo[0]
            done.add(key(button))
            before = windows_now()
            self.click(button, depth)
            self.exercise_new_windows(before, depth)

    def click(self, button: QAbstractButton, depth: int) -> None:
        self.clicks += 1
        print(f"{'  ' * min(depth, 6)}click: {describe(button)}", flush=True)
        if isinstance(button, (QCheckBox, QRadioButton)) or not button.isVisible():
            button.click()  # a check box may sit under another widget's edge; click() is the same signal
        else:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()

    def exercise_new_windows(self, before: set[int], depth: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if not alive(widget) or address(widget) in before or not widget.isVisible() or widget is self.window or isinstance(widget, QMenu):
                continue
            if widget.isModal() or id(widget) in self.handling:
                continue
            self.handling.add(id(widget))
            try:
                self.exercise(widget, depth + 1)
            finally:
                self.handling.discard(id(widget))

    # ---- the main window --------------------------------------------------------------------------
    def pages(self) -> None:
        window = self.window
        before = windows_now()
        top_buttons = [b for b in self.buttons_of(window, False) if window.tabs not in _ancestors(b)]
        for button in top_buttons:
            self.click(button, 1)
            self.exercise_new_windows(before, 1)
        for index in range(window.tabs.count()):
            QTest.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                             pos=window.tabs.tabBar().tabRect(index).center())
            settle()
            print(f"page: {window.tabs.tabText(index)}", flush=True)
            self.pick_first_rows(window.tabs.widget(index))
            self.click_buttons_in_page(window.tabs.widget(index))
        self.passes += 1

    def pick_first_rows(self, page: QWidget) -> None:
        """Click a row of each list and table, as a person does before Edit... or Erase...

        The first pass takes the first row, the next the fourth (in the demo, a chapter's first video)."""
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and view.isEnabled() and model is not None and model.rowCount() > 0:
                row = 0 if self.passes == 0 or isinstance(view, QListWidget) else min(3, model.rowCount() - 1)
                index = model.index(row, 0)
                rect = view.visualRect(index)
                if rect.isValid():
                    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                    settle()

    def click_buttons_in_page(self, page: QWidget) -> None:
        done: set[tuple] = set()
        while True:
            todo = [b for b in self.buttons_of(self.window, False) if page.isAncestorOf(b) and key(b) not in done]
            if not todo:
                return
            done.add(key(todo[0]))
            before = windows_now()
            self.click(todo[0], 1)
            self.exercise_new_windows(before, 1)

    def menus(self) -> None:
        for action in self.menu_actions(self.window.menuBar().actions()):
            if action.objectName() in LAST or not action.isEnabled() or action.isSeparator():
                continue
            print(f"menu: {action.text()}", flush=True)
            before = windows_now()
            action.trigger()
            settle()
            self.exercise_new_windows(before, 1)
            if self.window.isFullScreen():
                action.trigger()  # View > Full screen: back, so the rest runs in a normal window
                settle()

    def menu_actions(self, actions) -> list:
        found = []
        for action in actions:
            menu = action.menu()
            if menu is not None:
                menu.aboutToShow.emit()  # menus filled as they open (View > Projector)
                found.extend(self.menu_actions(menu.actions()))
            else:
                found.append(action)
        return found

    def shortcuts(self) -> None:
        """Press each menu action's shortcuts in the main window: an ambiguous one makes Qt warn."""
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window, 2000)
        for action in self.menu_actions(self.window.menuBar().actions()):
            if action.objectName() in LAST or not action.isEnabled():
                continue
            for sequence in action.shortcuts():
                combination = sequence[0]
                if combination.key() in (Qt.Key.Key_Redo, Qt.Key.Key_Undo):
                    continue  # keys of special keyboards, which QTest cannot type
                print(f"shortcut: {sequence.toString(QKeySequence.SequenceFormat.PortableText)}", flush=True)
                before = windows_now()
                self.window.activateWindow()  # a dialog closed just now may have left no window active
                QTest.qWaitForWindowActive(self.window, 2000)
                self.window.tabs.tabBar().setFocus()  # not inside a text field, whose own Undo would take the key
                QTest.keyClick(QApplication.focusWidget() or self.window, combination.key(),
                               combination.keyboardModifiers())
                settle()
                self.exercise_new_windows(before, 1)
                if self.window.isFullScreen():
                    self.window.showNormal()
                    settle()

    def run(self) -> None:
        try:
            settle(50)
            self.check_fits(self.window)
            self.pages()
            self.menus()
            self.shortcuts()
            self.pages()  # again, now that the first pass has made a group and parents
        except Exception:  # noqa: BLE001 (reported, then the app quits)
            on_exception(*sys.exc_info())
        print(f"clicked {self.clicks} buttons", flush=True)
        quit_action = next(a for a in self.menu_actions(self.window.menuBar().actions()) if a.objectName() == "quit")
        quit_action.trigger()


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    while widget is not None:
        found.append(widget)
        widget = widget.parentWidget()
    return found


def main(argv: list[str]) -> int:
    from cos_desktop.app import make_application
    from cos_desktop.ui.main_window import MainWindow

    sys.excepthook = on_exception
    qInstallMessageHandler(on_qt_message)
    app = make_application()
    window = MainWindow(argv[0], load_demo="--demo" in argv)
    window.live_full_screen = False
    window.show()
    window.open_database_soon()
    driver = Driver(window)
    window.databaseReady.connect(lambda: QTimer.singleShot(0, driver.run))
    code = app.exec()
    window.close_database()
    if window.isVisible():
        problem("the main window is still open after File > Quit")
    if code != 0:
        problem(f"the app exited with status {code}")
    print(f"{len(problems)} problem(s)", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    os.environ.pop("COS_DESKTOP_NONINTERACTIVE", None)  # dialogs show, as for a person
    sys.exit(main(sys.argv[1:]))
