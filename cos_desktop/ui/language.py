"""The language COS Desktop speaks: Qt translators for the windows, and the same catalogues for
documents and command-line messages through core/translation.

Catalogues are resources/translations/cos_desktop_<code>.qm, compiled from translations/<code>/*.ts
by tools/translations.py. The choice is Settings > Language, or the system's languages when none
is chosen; a language without a catalogue falls back to English (and the window says so once).
Only QtCore is used here, so the command line can load it without the widgets.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from cos_desktop.core import translation
from cos_desktop.core.paths import resource_path

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "cos_desktop_"
LANGUAGE_VARIABLE = "COS_DESKTOP_LANGUAGE"
# Another folder of catalogues, for checks with a made-up language (tools/translations.py pseudo).
FOLDER_VARIABLE = "COS_DESKTOP_TRANSLATIONS_DIR"
# Offered in Settings > Language, each in its own words. Arabic and Hebrew lay the windows out
# right to left; their texts stay English until a catalogue exists.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "he": "עברית"}

_installed: list[QTranslator] = []


@dataclass(frozen=True)
class Choice:
    code: str  # the language used: "en" or one with a catalogue
    wanted: str  # the language asked for (or the system's first); differs from code when it has no catalogue
    catalogue: Path | None


def catalogue_folder() -> Path:
    """COS_DESKTOP_TRANSLATIONS_DIR when set, else the catalogues shipped with the app."""
    other = os.environ.get(FOLDER_VARIABLE)
    return Path(other) if other else resource_path("translations")


def available(folder: Path | None = None) -> list[str]:
    folder = folder or catalogue_folder()
    found = sorted(p.stem[len(CATALOGUE_PREFIX):] for p in folder.glob(CATALOGUE_PREFIX + "*.qm"))
    return ["en", *found]


def _base(code: str) -> str:
    return code.replace("-", "_").split("_")[0].lower()


def asked() -> str:
    """--language (passed on as COS_DESKTOP_LANGUAGE), else Settings > Language, else "" (the system's)."""
    from cos_desktop.ui import preferences

    return os.environ.get(LANGUAGE_VARIABLE) or str(preferences.read(preferences.LANGUAGE) or "")


def resolve(asked: str = "", folder: Path | None = None) -> Choice:
    """asked: a code such as "es" or "es_MX", or "" for the system's languages in their order."""
    folder = folder or catalogue_folder()
    wanted = [asked] if asked else list(QLocale.system().uiLanguages()) or ["en"]
    for code in wanted:
        base = _base(code)
        if base == "en":
            return Choice("en", "en", None)
        catalogue = folder / f"{CATALOGUE_PREFIX}{base}.qm"
        if catalogue.exists():
            return Choice(base, base, catalogue)
    return Choice("en", _base(wanted[0]), None)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


def is_right_to_left(code: str) -> bool:
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(path)):
        return translator
    log.warning("Could not read the translation %s", path)
    return None


def _qt_own(code: str) -> QTranslator | None:
    """Qt's own texts (standard buttons such as Cancel, the colour and file dialogs)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{code}.qm"
    return _load(path) if path.exists() else None


def _translators(choice: Choice) -> list[QTranslator]:
    """Most important first."""
    if choice.catalogue is None:
        return []
    found = [_load(choice.catalogue), _qt_own(choice.code)]
    return [t for t in found if t is not None]


def install(app, language: str | None = None) -> Choice:
    """For the app: translators on the application, the layout direction, and formats in the
    chosen language when it is not the system's."""
    from cos_desktop.ui import plurals

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    plurals.install()  # English plural forms, asked last
    choice = resolve(asked() if language is None else language)
    for translator in reversed(_translators(choice)):  # the last installed is asked first
        app.installTranslator(translator)
        _installed.append(translator)
    wanted_direction = choice.wanted if choice.code == "en" else choice.code
    direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(wanted_direction) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    system = QLocale.system()
    spoken = QLocale(choice.code).language()  # C for a made-up language such as the pseudo-translation
    if choice.code != "en" and spoken != QLocale.Language.C and _base(system.name()) != choice.code:
        QLocale.setDefault(QLocale(spoken, system.territory()))
    translation.use(lambda context, text, dis=None, n=-1: QCoreApplication.translate(context, text, dis, n))
    log.info("Language: %s (asked: %s)", choice.code, choice.wanted)
    return choice


def install_for_command_line() -> Choice:
    """For commands without a window: the same catalogues, read without an application."""
    from cos_desktop import APP_ID, APP_NAME

    QCoreApplication.setOrganizationName(APP_NAME)  # so Settings > Language is found
    QCoreApplication.setApplicationName(APP_ID)
    choice = resolve(asked())
    translators = _translators(choice)
    _installed[:] = translators  # kept alive while they are used

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
        return translation.english_plural(text, n).replace("%n", str(n)) if n >= 0 else text

    translation.use(translate)
    return choice


def missing_catalogue_notice(choice: Choice) -> str | None:
    """The one-time words for a language without a catalogue; None when there is nothing to say
    or it was said before for this language."""
    from cos_desktop.ui import preferences

    if choice.code == choice.wanted or choice.wanted == "en":
        return None
    if preferences.read(preferences.LANGUAGE_NOTICE_SHOWN) == choice.wanted:
        return None
    preferences.write(preferences.LANGUAGE_NOTICE_SHOWN, choice.wanted)
    return QCoreApplication.translate(
        "Language", "COS Desktop is not translated into {language} yet, so it is shown in English."
    ).format(language=language_name(choice.wanted))
