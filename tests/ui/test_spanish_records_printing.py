"""Planning, records and printing in Spanish: counted texts take the Spanish plural, sentences
are whole (no English fragments glued on), and the weekday follows the language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from cos_desktop.ui import language
from tests.ui.test_export_dialog import wait_built
from tests.export.test_fonts import DEJAVU, fresh_fonts  # noqa: F401 (fresh_fonts: a fixture for only_latin_fonts)
from tests.ui.test_export_font_warning import add_parent, choose_document_by_keys, only_latin_fonts, open_export  # noqa: F401


@pytest.fixture
def spanish(qtbot, monkeypatch):
    from cos_desktop.app import make_application

    monkeypatch.setenv(language.LANGUAGE_VARIABLE, "es")  # as `cos-desktop --language es` does
    app = make_application()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    language.install(app, "en")
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def window(spanish, main_window_factory):
    return main_window_factory(demo=True)


def test_tonights_pack_is_counted_in_spanish(window, qtbot):
    dialog = open_export(window, qtbot)
    assert dialog.save_button.text() == "&Guardar PDF..."
    choose_document_by_keys(qtbot, dialog, "print-pack")
    wait_built(qtbot, dialog)
    assert dialog.status.text() == "8 páginas: 6 hojas de resumen, 2 hojas de recuperación"
    lines = dialog.notice.text().splitlines()
    assert lines[0] == "En este orden:"
    assert "• Gwen L. (demo): hoja de recuperación (sin su nombre en la página)" in lines


def test_group_page_and_programme_headers_in_spanish(window):
    window.tabs.setCurrentWidget(window.group_page)
    details = window.group_page.details.text()
    assert "cada lunes a las" in details, details  # the demo group meets on Mondays
    table = window.programme.segment_table
    assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())] == [
        "Inicio", "Minutos", "Tipo", "Segmento", "Vídeo"]


@pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").is_file(), reason="needs fonts-dejavu-core")
def test_the_missing_script_is_named_in_spanish(window, qtbot, only_latin_fonts):
    add_parent(window, "สมชาย")
    dialog = open_export(window, qtbot)
    choose_document_by_keys(qtbot, dialog, "programme-report")
    assert dialog.font_warning.text().startswith(
        "Ninguna fuente de este ordenador puede imprimir las letras en tailandés:")
