"""Every user-facing text outside the widgets passes through translate().

The app and the command line plug Qt's translator in when they start (ui/language.py), so the
texts of documents, command-line messages and labels are translated by the same catalogues as
the windows, while this package stays free of Qt. Until then English is used, with its plural
forms: texts are written as "%n chapter(s)" and counted with n.

Texts kept in module-level tables are marked with QT_TRANSLATE_NOOP(context, text) so the
extraction tool (pyside6-lupdate, see tools/translations.py) finds them; they are translated
with translate(context, text) where they are shown.
"""

from __future__ import annotations

import re
from typing import Callable

Translator = Callable[[str, str, "str | None", int], str]

_PLURAL_ENDING = re.compile(r"\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """"%n note(s) found" -> "1 note found" / "2 notes found"; the number is put in by the caller."""
    return _PLURAL_ENDING.sub(lambda m: "" if n == 1 else m.group(1), text)


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return text
    return english_plural(text, n).replace("%n", str(n))


_active: Translator = _english


def use(translator: Translator | None) -> None:
    """Translate with translator from now on (None: English again)."""
    global _active
    _active = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the chosen language; with n, the plural form for n with %n replaced by n."""
    return _active(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the extraction tool looks for)
    """Marks a text for translation where it is defined; translate it where it is shown."""
    return text
