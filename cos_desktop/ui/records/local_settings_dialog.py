"""Edit > Language, dates, paper and holidays...: the language of the windows, the clock, the paper and the
country whose public holidays the schedule marks. Each starts as the computer has it; a choice here
wins. A new language is used from the next start: the windows are built once, in one language."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from cos_desktop.core import local_formats
from cos_desktop.ui import language, preferences
from cos_desktop.ui.errors import save


class LocalSettingsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        from cos_desktop.db import settings

        self.session = session
        self.setObjectName("localSettingsDialog")
        self.setWindowTitle(self.tr("Language, dates, paper and holidays"))
        self._build_language()
        self.clock = self._choices("clockChoice", [
            (self.tr("As my language and region have it"), "locale"),
            (self.tr("12-hour (6:30 PM)"), "12"), (self.tr("24-hour (18:30)"), "24")],
            str(preferences.read(preferences.CLOCK)))
        stored_paper = settings.get_setting(session, settings.PAPER_SIZE).strip()
        self.paper = self._choices("paperChoice", [
            (self.tr("As my region has it ({paper})").format(paper=local_formats.default_paper()), ""),
            (self.tr("A4"), "A4"), (self.tr("Letter"), "Letter")], stored_paper)
        self.country = QLineEdit(settings.get_setting(session, settings.HOLIDAY_COUNTRY))
        self.country.setObjectName("holidayCountry")
        self.country.setPlaceholderText(self.tr("{code} (from your region)").format(code=local_formats.territory()))
        self.country.setMaxLength(3)
        self.region = QLineEdit(settings.get_setting(session, settings.HOLIDAY_REGION))
        self.region.setObjectName("holidayRegion")
        self.region.setPlaceholderText(self.tr("e.g. SCT for Scotland; empty for the whole country"))
        for field in (self.country, self.region):  # wide enough for the example to be read whole
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        for box, name in ((self.clock, self.tr("Clock")), (self.paper, self.tr("Paper")),
                          (self.country, self.tr("Country code for public holidays")),
                          (self.region, self.tr("Region for public holidays"))):
            box.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Clock:"), self.clock)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Public holidays of (&country code):"), self.country)
        form.addRow(self.tr("&Region (optional):"), self.region)
        hint = QLabel(self.tr("Dates are written the way {language} writes them. A session on a public holiday is "
                              "marked with ★ on the Group tab.").format(language=QLocale().nativeLanguageName() or QLocale("en").nativeLanguageName()))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.save_and_close())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.language_note)  # outside the form, where a wrapped text gets its height
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _build_language(self) -> None:
        """"As the computer" first, then each language in its own words (so it can be found by
        someone who cannot read the one shown now)."""
        self.system_language = system = language.language_name(language.resolve("").code)
        choices = [(self.tr("As the computer ({language})").format(language=system), "")]
        choices += [(name, code) for code, name in language.LANGUAGE_NAMES.items()]
        self.shown_language = str(preferences.read(preferences.LANGUAGE) or "")
        self.language = self._choices("languageChoice", choices, self.shown_language)
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("A new language is used the next time COS Desktop starts."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code == self.shown_language:
            self.language_note.setText(self.tr("A new language is used the next time COS Desktop starts."))
        else:
            self.language_note.setText(self.tr(
                "{language} is used the next time COS Desktop starts: save here, then close COS Desktop and "
                "open it again.").format(language=language.LANGUAGE_NAMES.get(code, self.system_language)))
        self.adjustSize()  # room for the longer words

    def _choices(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def save_and_close(self) -> None:
        from cos_desktop.db import settings

        def write() -> None:
            settings.set_paper_size(self.session, self.paper.currentData())
            settings.set_holiday_country(self.session, self.country.text(), self.region.text())

        if save(self.session, self, write):
            preferences.write(preferences.CLOCK, self.clock.currentData())
            preferences.write(preferences.LANGUAGE, self.language.currentData())
            self.accept()
