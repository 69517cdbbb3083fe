"""A text too long for its field, typed into the app: a clear message, and nothing half-saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from cos_desktop.app import make_application
from cos_desktop.db.models import Curriculum, Group
from cos_desktop.ui import refusals
from cos_desktop.ui.main_window import MainWindow
from cos_desktop.ui.records.group_dialog import NewGroupDialog


def test_a_new_group_with_a_300_character_name_is_refused_in_words(qtbot, tmp_path, capfd, caplog):
    make_application()
    window = MainWindow("sqlite:///" + str(tmp_path / "records.sqlite3"))
    qtbot.addWidget(window)
    refusals.install(window)  # as the app does at start-up
    window.show()
    assert window.open_database()
    programmes = window.session.scalar(select(func.count()).select_from(Curriculum))

    filled = []

    def fill_in_and_create():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, NewGroupDialog) and w.isVisible()),
                      None)
        if dialog is None:  # not on screen yet
            QTimer.singleShot(50, fill_in_and_create)
            return
        filled.append(dialog)
        qtbot.keyClicks(dialog.name, "Tuesday group " * 22)  # pasted twice by mistake: 308 characters
        create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, fill_in_and_create)
    capfd.readouterr()
    next(a for a in window.file_menu.actions() if a.objectName() == "newGroup").trigger()
    message = capfd.readouterr().err
    assert filled, "the New group dialog never opened"
    window.session.expire_all()
    try:
        assert window.session.scalar(select(func.count()).select_from(Group)) == 0
        # The group's own copy of the programme, made before the name was checked, was not kept either.
        assert window.session.scalar(select(func.count()).select_from(Curriculum)) == programmes
    finally:
        window.close_database()
    # Told in words (a message box; in this scripted run, the status bar and the log).
    assert "Traceback" not in message
    told = [r.getMessage() for r in caplog.records]
    assert "Not changed: The group's name is 307 characters long; at most 200 fit. Shorten it by 107 characters." in told
