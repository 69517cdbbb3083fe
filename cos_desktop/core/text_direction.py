"""Which way a text reads, from its own letters (so a note in Arabic reads right to left
in an English window, and on paper)."""

from __future__ import annotations

import unicodedata


def starts_right_to_left(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Arabic, Hebrew...): the
    paragraph then reads right to left, as the Unicode rules for a paragraph's direction say."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
