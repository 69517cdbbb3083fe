"""With Arabic or Hebrew chosen, the whole app lays out right to left (its texts may stay English
until a catalogue exists).

The app starts in a child process (a native crash fails the test) on the demo group, on a
1366x768 laptop and a 1024x768 projector, with COS_DESKTOP_LANGUAGE=ar or he. Gestures open the
pages (Ctrl+1..5), the menus (a click on their titles), File > Export... (Ctrl+E), the presenter
and the projector (F5, Open presenter, F5 to start). Screenshots go to COS_RTL_SHOTS (a temporary
folder when not set).

    python -m tests.ui.test_right_to_left OUT_FOLDER   (the child; writes OUT_FOLDER/results.json)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.ui.test_pseudo_translation import (
    click,
    key,
    on_modal,
    open_main_window,
    run_child,
    settle,
    wait_until,
)

SHOTS_VARIABLE = "COS_RTL_SHOTS"


def _shots(code: str) -> Path:
    import tempfile

    wanted = os.environ.get(SHOTS_VARIABLE)
    return Path(wanted) / code if wanted else Path(tempfile.mkdtemp(prefix=f"cos-rtl-{code}-"))


@pytest.fixture(scope="module", params=["ar", "he"])
def rtl_run(request):
    out = _shots(request.param)
    result, found = run_child("tests.ui.test_right_to_left", request.param, out)
    assert result.returncode == 0, f"the app failed (exit {result.returncode}):\n{result.stderr[-4000:]}\n{found}"
    return out, found


def test_every_window_is_right_to_left(rtl_run):
    out, found = rtl_run
    assert set(found["windows"]) == {"main window", "export dialog", "start dialog", "presenter", "projector"}
    assert all(found["windows"].values()), found["windows"]
    assert all((out / f"{name.replace(' ', '-')}.png").exists() for name in found["windows"])


def test_the_menu_bar_starts_at_the_right_and_menus_open_right_to_left(rtl_run):
    _out, found = rtl_run
    bar = found["menu_bar"]
    assert bar["first_right"] > bar["last_right"], bar
    assert bar["width"] - bar["first_right"] < 40, "the first menu (File) is at the right edge"
    assert found["menus"] and all(found["menus"].values()), found["menus"]


def test_form_labels_stand_right_of_their_fields(rtl_run):
    _out, found = rtl_run
    assert found["form_rows"] >= 3, "the planner's segment form was not seen"
    assert not found["form_rows_wrong"], found["form_rows_wrong"]


def test_no_widget_is_held_left_to_right(rtl_run):
    _out, found = rtl_run
    assert not found["forced_left_to_right"], found["forced_left_to_right"]


def test_rows_read_from_the_right(rtl_run):
    """The main window's first row: "Group:" right of its picker, New group... to its left."""
    _out, found = rtl_run
    assert found["group_row"]["label"] > found["group_row"]["picker"] > found["group_row"]["button"], found["group_row"]


# ---- the child -------------------------------------------------------------------------------
def form_rows(window) -> tuple[int, list[str]]:
    """(rows seen, rows whose label is not right of its field) in the visible form layouts."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    seen, wrong = 0, []
    for widget in [window, *window.findChildren(QWidget)]:
        form = widget.layout()
        if not isinstance(form, QFormLayout) or not widget.isVisible():
            continue
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or label.widget() is None or not label.widget().isVisible():
                continue
            seen += 1
            if label.geometry().center().x() <= field.geometry().center().x():
                wrong.append(f"{type(widget).__name__}: {label.widget().text()}")
    return seen, wrong


def forced_left_to_right(window) -> list[str]:
    """Visible widgets set to left to right by the code, whatever the language."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    return [f"{type(w).__module__}.{type(w).__name__}#{w.objectName()}" for w in [window, *window.findChildren(QWidget)]
            if w.isVisible() and w.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection) and w.isLeftToRight()]


def group_row(window) -> dict:
    """Where the middles of "Group:", its picker and New group... are, across the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel, QPushButton

    picker = window.group_picker
    label = next(w for w in window.findChildren(QLabel) if w.buddy() is picker)
    button = next(b for b in window.findChildren(QPushButton) if b.parentWidget() is picker.parentWidget()
                  and abs(b.geometry().center().y() - picker.geometry().center().y()) < 10)
    return {name: w.mapTo(window, QPoint(w.width() // 2, 0)).x()
            for name, w in (("label", label), ("picker", picker), ("button", button))}


def child(out: Path) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from cos_desktop.app import make_application
    from cos_desktop.ui import crash_guard

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    crash_guard.install()
    found: dict = {"windows": {}, "menus": {}, "form_rows": 0, "form_rows_wrong": [], "forced_left_to_right": [],
                   "errors": []}

    def shoot(name: str, window) -> None:
        settle(150)
        window.grab().save(str(out / f"{name.replace(' ', '-')}.png"))
        found["windows"][name] = window.isRightToLeft()
        found["forced_left_to_right"] += forced_left_to_right(window)

    try:
        window = open_main_window()
        for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
            key(digit, Qt.KeyboardModifier.ControlModifier)
            settle(100)
            window.grab().save(str(out / f"page-{digit - Qt.Key.Key_0}.png"))
            seen, wrong = form_rows(window)
            found["form_rows"] += seen
            found["form_rows_wrong"] += wrong
        key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        shoot("main window", window)
        found["group_row"] = group_row(window)

        bar = window.menuBar()
        actions = [a for a in bar.actions() if a.isVisible()]
        found["menu_bar"] = {"width": bar.width(), "first_right": bar.actionGeometry(actions[0]).right(),
                             "last_right": bar.actionGeometry(actions[-1]).right()}
        for action in actions:
            title = bar.actionGeometry(action)
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=title.center())
            menu = action.menu()
            wait_until(menu.isVisible, f"the menu {action.text()}")
            settle(100)
            # A right-to-left menu opens under its title, aligned on the title's right edge.
            title_right = bar.mapToGlobal(title.topRight()).x()
            found["menus"][action.text()] = menu.isRightToLeft() and abs(menu.geometry().right() - title_right) <= 2
            menu.grab().save(str(out / f"menu-{actions.index(action)}.png"))
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            settle(80)
            if menu.isVisible():
                menu.hide()
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window, "the main window active again")

        key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File > Export...
        wait_until(lambda: getattr(window, "last_export_dialog", None) is not None, "the export dialog")
        dialog = window.last_export_dialog
        settle(600)
        shoot("export dialog", dialog)
        seen, wrong = form_rows(dialog)
        found["form_rows"] += seen
        found["form_rows_wrong"] += wrong
        dialog.close()
        settle(100)
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window, "the main window active again")

        def open_presenter(start) -> None:
            shoot("start dialog", start)
            click(start.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

        on_modal(open_presenter)
        key(Qt.Key.Key_F5)
        wait_until(lambda: window.live_session is not None and window.live_session.presenter.isVisible(), "the presenter")
        live = window.live_session
        live.presenter.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is live.presenter, "the presenter to take the focus")
        key(Qt.Key.Key_F5)  # start the clock
        settle(300)
        shoot("presenter", live.presenter)
        shoot("projector", live.projector)
        seen, wrong = form_rows(live.presenter)
        found["form_rows"] += seen
        found["form_rows_wrong"] += wrong
    except Exception:
        import traceback

        found["errors"].append(traceback.format_exc())
    found["errors"] += list(crash_guard.problems)
    (out / "results.json").write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    sys.stdout.flush()
    app.processEvents()
    os._exit(1 if found["errors"] else 0)


if __name__ == "__main__":
    child(Path(sys.argv[1]))
