"""Right-to-left order for Arabic and Hebrew, one line at a time (pure Python, no reportlab).

reportlab joins Arabic letters with HarfBuzz but, without its optional rlbidi module, lays the
words of a line out left to right. We break the lines ourselves and hand reportlab each line
with its words already in visual order (a simplified Unicode bidirectional algorithm at the
level of words): in a right-to-left paragraph the words run from the right, and a run of
left-to-right words (English, numbers, Chinese) keeps its own order inside it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

RTL, LTR, NEUTRAL = "R", "L", "N"


def char_direction(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return RTL
    if kind in ("L", "EN", "AN"):
        return LTR
    return NEUTRAL


def word_direction(word: str) -> str:
    """The direction of a word's first letter or digit; NEUTRAL for punctuation and symbols."""
    for ch in word:
        direction = char_direction(ch)
        if direction != NEUTRAL:
            return direction
    return NEUTRAL


def paragraph_is_rtl(text: str) -> bool:
    return word_direction(text) == RTL


def visual_order(words: Sequence[T], base_rtl: bool, text_of: Callable[[T], str] = str) -> list[T]:
    """The words of one line in the order they are drawn from left to right."""
    directions = [word_direction(text_of(w)) for w in words]
    base = RTL if base_rtl else LTR
    # A neutral word (a dash, an emoji) takes its neighbours' direction when they agree.
    resolved = []
    for index, direction in enumerate(directions):
        if direction == NEUTRAL:
            before = next((d for d in reversed(directions[:index]) if d != NEUTRAL), base)
            after = next((d for d in directions[index + 1:] if d != NEUTRAL), base)
            direction = before if before == after else base
        resolved.append(direction)
    # Group into runs of one direction, reverse the words of right-to-left runs, and in a
    # right-to-left paragraph reverse the order of the runs.
    runs: list[tuple[str, list[T]]] = []
    for word, direction in zip(words, resolved):
        if runs and runs[-1][0] == direction:
            runs[-1][1].append(word)
        else:
            runs.append((direction, [word]))
    if base_rtl:
        runs.reverse()
    ordered: list[T] = []
    for direction, run in runs:
        ordered.extend(reversed(run) if direction == RTL else run)
    return ordered


def mixed_word_visual(word: str) -> str | None:
    """For a word that mixes directions inside it (such as "ב-12"): its characters in visual
    order. None for a word in one direction, which HarfBuzz lays out itself."""
    runs: list[list] = []
    for ch in word:
        direction = char_direction(ch)
        if direction == NEUTRAL and runs:
            runs[-1][1] += ch
        elif runs and runs[-1][0] == direction:
            runs[-1][1] += ch
        else:
            runs.append([direction, ch])
    strong = {d for d, _ in runs if d != NEUTRAL}
    if strong != {RTL, LTR}:
        return None
    if word_direction(word) == RTL:
        runs.reverse()
    return "".join(text[::-1] if direction == RTL else text for direction, text in runs)
