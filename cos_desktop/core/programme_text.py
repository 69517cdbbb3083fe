"""The built-in programme's parent-facing texts in the chosen language.

tools/translations.py extracts the built-in programme's titles, parent summaries, notice-this-week
texts and take-aways into the "Programme" context. A text the facilitator has not changed is
found there and shown translated; a text they wrote or edited is not, and is shown as written.
"""

from __future__ import annotations

from cos_desktop.core.translation import translate


def programme_text(text: str) -> str:
    """`text` translated when it is one of the built-in programme's, otherwise as it is."""
    if not text.strip():
        return text
    return translate("Programme", text.strip()) or text
