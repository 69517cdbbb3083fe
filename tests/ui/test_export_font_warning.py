"""Before printing or exporting, the dialog names a script no font on this computer can draw, and
still lets the facilitator save or print (issue 14, item 6). The font lookup is pointed at a folder
holding only DejaVu Sans, which has no Thai and no Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cos_desktop.export import fonts
from tests.export.test_fonts import DEJAVU, fresh_fonts, place  # noqa: F401 (fresh_fonts is a fixture)
from tests.ui.test_export_dialog import save_as, wait_built

needs_dejavu = pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").is_file(), reason="needs fonts-dejavu-core")


@pytest.fixture
def window(main_window_factory):
    return main_window_factory(demo=True)


@pytest.fixture
def only_latin_fonts(tmp_path, fresh_fonts):  # noqa: F811 (the imported fixture)
    folder = tmp_path / "fonts"
    place(folder, "DejaVuSans.ttf", DEJAVU / "DejaVuSans.ttf")
    fresh_fonts([folder])


def add_parent(window, name: str) -> None:
    from cos_desktop.db import records
    from cos_desktop.db.transactions import committed

    committed(window.session, lambda: records.add_participant(window.session, window.current_group(), name))


def open_export(window, qtbot):
    """File > Export..., as the menu does it."""
    action = next(a for a in window.file_menu.actions() if a.objectName() == "exportDocument")
    action.trigger()
    dialog = window.last_export_dialog
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    return dialog


def choose_document_by_keys(qtbot, dialog, kind: str) -> None:
    dialog.document.setFocus()
    combo = QApplication.focusWidget() or dialog.document
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != kind:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{kind} is not offered"
    wait_built(qtbot, dialog)


@needs_dejavu
def test_a_script_no_font_can_print_is_named_and_the_pdf_can_still_be_saved(window, qtbot, tmp_path, only_latin_fonts):
    add_parent(window, "สมชาย")  # a Thai name
    add_parent(window, "李明")  # a Chinese name
    dialog = open_export(window, qtbot)
    choose_document_by_keys(qtbot, dialog, "programme-report")  # lists every parent by name
    warning = dialog.findChild(type(dialog.status), "exportFontWarning")
    assert warning.isVisible()
    text = warning.text()
    assert "Thai" in text and "Chinese" in text and "empty boxes" in text, text
    assert "You can still save or print" in text
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    target = tmp_path / "report.pdf"
    save_as(qtbot, dialog, target)  # the facilitator goes on anyway
    assert target.read_bytes().startswith(b"%PDF")


@needs_dejavu
def test_no_warning_when_every_letter_has_a_font(window, qtbot, only_latin_fonts):
    add_parent(window, "Zoë Ñúñez")  # Latin letters with accents: DejaVu has them all
    dialog = open_export(window, qtbot)
    choose_document_by_keys(qtbot, dialog, "programme-report")
    assert not dialog.findChild(type(dialog.status), "exportFontWarning").isVisible()
    assert fonts.missing_scripts("Zoë Ñúñez") == []
