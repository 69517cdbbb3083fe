"""English plural forms for texts written as tr("%n chapter(s)", "", n): "1 chapter", "2 chapters".

Qt picks plural forms from a translation; with none loaded it would show "1 chapter(s)". This
translator gives English its forms, and is asked after any catalogue: "(s)" and "(es)" become the
ending for any count but one. Qt itself then puts the number in place of %n.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from cos_desktop.core.translation import english_plural

_installed: list[QTranslator] = []


class EnglishPlurals(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        if n is None or n < 0 or not source_text or "(" not in source_text:
            return None  # not a plural text: no translation, Qt keeps the source
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


def install() -> None:
    """Once per application; harmless to call again."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
