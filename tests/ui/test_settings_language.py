"""Settings > Language: chosen by keys in the settings dialog, saved, and used when COS Desktop starts again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from cos_desktop.ui import preferences
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def no_language_chosen():
    """A new facilitator's settings: no language chosen (Qt may keep one settings file per process)."""
    preferences.write(preferences.LANGUAGE, "")
    yield
    preferences.write(preferences.LANGUAGE, "")


def open_settings_and(window, qtbot, act) -> None:
    """Edit > Language, dates, paper and holidays... (a modal dialog): `act(dialog)` runs while it is open."""
    seen, failures, tries = [], [], []

    def inside() -> None:
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        if (dialog is None or focus is None or focus.window() is not dialog) and len(tries) < 200:
            tries.append(1)
            QTimer.singleShot(20, inside)  # until the dialog is up and has the keyboard
            return
        seen.append(dialog)
        try:
            act(dialog)
        except Exception as exc:  # noqa: BLE001 (reported below, once the dialog is closed)
            failures.append(exc)
        if dialog.isVisible():
            failures.append(AssertionError("the dialog stayed open"))
            dialog.reject()

    action = next(a for a in window.edit_menu.actions() if a.objectName() == "localSettings")
    QTimer.singleShot(0, inside)
    action.trigger()
    assert seen and seen[0].objectName() == "localSettingsDialog"
    if failures:
        raise failures[0]


def texts_of_a_new_start() -> tuple[list[str], list[str]]:
    """The menu bar and the programme's column headers of COS Desktop started again in its own
    process, with the saved settings."""
    code = (
        "import time\n"
        "from cos_desktop.app import make_application\n"
        "from cos_desktop.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "import os\n"
        "window = MainWindow('sqlite:///' + os.path.join(os.environ['COS_DESKTOP_DATA_DIR'], 'start.sqlite3'))\n"
        "window.show()\n"
        "window.open_database_soon()  # as the app does once its window is up\n"
        "end = time.monotonic() + 60\n"
        "while window.programme is None and time.monotonic() < end:\n"
        "    app.processEvents()\n"
        "table = window.programme.segment_table\n"
        "print('|'.join(a.text() for a in window.menuBar().actions()))\n"
        "print('|'.join(table.horizontalHeaderItem(i).text() for i in range(table.columnCount())))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COS_DESKTOP_LANGUAGE"}  # as a facilitator starts it
    os.makedirs(env["COS_DESKTOP_DATA_DIR"], exist_ok=True)
    # The settings file this process writes (Qt picks its folder once per process).
    env["XDG_CONFIG_HOME"] = str(Path(QSettings().fileName()).parents[1])
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            env={**env, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert result.returncode == 0, result.stderr
    menus, headers = result.stdout.strip().splitlines()[-2:]
    return menus.split("|"), headers.split("|")


def spanish_catalogue():
    from PySide6.QtCore import QTranslator

    from cos_desktop.ui import language

    translator = QTranslator()
    assert translator.load(str(language.resolve("es").catalogue))
    return translator


def test_spanish_chosen_by_keys_in_settings_is_used_at_the_next_start(main_window_factory, qtbot):
    window = main_window_factory()
    assert texts_of_a_new_start() == (["&File", "&Edit", "&View", "&Session", "&Help"],
                                      ["Start", "Minutes", "Kind", "Segment", "Video"])  # the computer's: English
    notes = []

    def choose_spanish(dialog) -> None:
        combo = QApplication.focusWidget()
        assert combo.objectName() == "languageChoice" and combo.accessibleName() == "Language"
        assert combo.currentText().startswith("As the computer")
        for _ in range(2):  # As the computer, English, Español
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Español"
        notes.append(dialog.findChild(type(dialog.findChild(object, "languageNote")), "languageNote").text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the dialog's Save

    open_settings_and(window, qtbot, choose_spanish)
    assert "Español is used the next time COS Desktop starts" in notes[0]
    assert preferences.read(preferences.LANGUAGE) == "es"
    menus, headers = texts_of_a_new_start()
    assert headers == ["Inicio", "Minutos", "Tipo", "Segmento", "Vídeo"]
    catalogue = spanish_catalogue()
    assert menus == [catalogue.translate("MainMenus", t) or t for t in ("&File", "&Edit", "&View", "&Session", "&Help")]


def test_cancel_keeps_the_language_and_as_the_computer_is_the_default(main_window_factory, qtbot):
    window = main_window_factory()

    def look_then_escape(dialog) -> None:
        combo = QApplication.focusWidget()
        assert combo.currentData() == ""  # As the computer
        names = [combo.itemText(i) for i in range(combo.count())]
        assert names[1:] == ["English", "Español", "العربية", "עברית"]  # each in its own words
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Escape)

    open_settings_and(window, qtbot, look_then_escape)
    assert preferences.read(preferences.LANGUAGE) == ""
