"""Choosing the language: a catalogue when there is one, English (said once) when not, and right
to left for Arabic and Hebrew."""

from __future__ import annotations

import pytest

from cos_desktop.app import make_application
from cos_desktop.core.translation import translate
from cos_desktop.ui import language, preferences


@pytest.fixture
def app():
    app = make_application()
    yield app
    language.install(app, "en")


def test_spanish_has_a_catalogue_and_is_chosen_by_its_code_or_a_regional_code():
    assert "es" in language.available()
    assert language.resolve("es").code == "es"
    assert language.resolve("es_MX").code == "es"


def test_a_language_without_a_catalogue_falls_back_to_english_and_says_so_once(app):
    choice = language.install(app, "de")
    assert (choice.code, choice.wanted) == ("en", "de")
    notice = language.missing_catalogue_notice(choice)
    assert notice and "Deutsch" in notice and "English" in notice
    assert language.missing_catalogue_notice(choice) is None
    assert preferences.read(preferences.LANGUAGE_NOTICE_SHOWN) == "de"


def test_english_needs_no_notice(app):
    assert language.missing_catalogue_notice(language.install(app, "en")) is None


@pytest.mark.parametrize("code", ["ar", "he"])
def test_arabic_and_hebrew_lay_the_windows_out_right_to_left(app, code):
    from PySide6.QtWidgets import QWidget

    language.install(app, code)
    widget = QWidget()
    assert widget.isRightToLeft()
    language.install(app, "en")
    assert not QWidget().isRightToLeft()


def test_spanish_reaches_qt_own_buttons_and_the_qt_free_side(app):
    from PySide6.QtCore import QCoreApplication

    language.install(app, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    language.install(app, "en")
    assert translate("Anything", "%n chapter(s)", "", 1) == "1 chapter"
    assert translate("Anything", "%n chapter(s)", "", 3) == "3 chapters"


def test_settings_choice_is_used_unless_the_command_line_asks_for_another(monkeypatch):
    monkeypatch.delenv(language.LANGUAGE_VARIABLE)
    preferences.write(preferences.LANGUAGE, "es")
    assert language.asked() == "es"
    monkeypatch.setenv(language.LANGUAGE_VARIABLE, "en")
    assert language.asked() == "en"


def _tools():
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def test_a_made_up_language_from_another_folder_translates_and_keeps_the_system_formats(app, tmp_path, monkeypatch):
    """The pseudo-translation (tools/translations.py pseudo) is found through COS_DESKTOP_TRANSLATIONS_DIR;
    it has no country or calendar, so dates stay as the system writes them."""
    from PySide6.QtCore import QCoreApplication, QLocale

    _tools().pseudo(tmp_path)
    monkeypatch.setenv(language.FOLDER_VARIABLE, str(tmp_path))
    choice = language.install(app, "pseudo")
    assert choice.code == "pseudo"
    assert QCoreApplication.translate("MainWindow", "Ready") == _tools().pseudo_text("Ready")
    assert QLocale().language() == QLocale.Language.English
    assert not QLocale().textDirection() == language.Qt.LayoutDirection.RightToLeft


def test_every_parent_facing_programme_text_has_its_spanish():
    """Chapter titles, parent summaries, what to notice and take-aways: a Spanish parent summary is
    Spanish from top to bottom."""
    import xml.etree.ElementTree as ET

    tools = _tools()
    done = {}
    for message in ET.parse(tools.SOURCES / "es" / "programme.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") is None and translation.text:
            done[message.findtext("source")] = translation.text
    for text in tools._programme_texts():
        assert text in done, f"no Spanish for {text!r}"
        assert done[text] != text
        assert ("Círculo" in done[text]) == ("Circle" in text), f"the Circle keeps its name: {done[text]!r}"


def test_the_programme_texts_reach_the_app_in_spanish(app):
    from PySide6.QtCore import QCoreApplication

    language.install(app, "es")
    assert QCoreApplication.translate("Programme", "Summary and Celebration") == "Resumen y celebración"
    assert translate("Programme", "Closing round") == "Ronda de cierre"
