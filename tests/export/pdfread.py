"""Reading PDFs back for tests: text per page (pdftotext), sizes and fonts (pypdf)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

FURNITURE = [
    re.compile(r"Page \d+ of \d+"),
    re.compile(r"COS Desktop · [A-Za-z -]+(· [a-z ]+)?(· Prepared on [A-Za-z0-9 ,()-]+)?"),
    re.compile(r"CONFIDENTIAL: facilitator record, not for parents"),
    re.compile(r"(?m)^.*(Chapter \d+: .* · |· as of )\d{1,2} [A-Z][a-z]{2} \d{4}\s*$"),  # what the page is about
]
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))


def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    options = ["-layout"] if layout else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def body_text(path: Path) -> str:
    """The text without page numbers, footers and markings, joined across pages."""
    text = all_text(path)
    for pattern in FURNITURE:
        text = pattern.sub(" ", text)
    return text


def squeeze(text: str) -> str:
    """Compatibility-normalised (Arabic presentation forms, ligatures), no whitespace, no bidi marks."""
    text = unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)
    return "".join(text.split())


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)
    return ["".join(ch for ch in w if unicodedata.category(ch)[0] in "LN") for w in text.split()]


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def word_boxes(path: Path) -> list[tuple[float, float, str]]:
    """(x, y, word) for every word pdftotext finds, words normalised (NFKC)."""
    import html

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', out):
        boxes.append((float(match[1]), float(match[2]), unicodedata.normalize("NFKC", html.unescape(match[3]))))
    return boxes


def right_to_left_line(path: Path, first_word: str) -> list[str]:
    """The words on the line holding `first_word`, read from the right margin leftwards, each
    written in reading order (the PDF stores a right-to-left word's letters in visual order)."""
    boxes = word_boxes(path)
    y = next(y for x, y, w in boxes if w in (first_word, first_word[::-1]))
    line = sorted((b for b in boxes if abs(b[1] - y) < 2), key=lambda b: -b[0])
    return [w[::-1] if any(unicodedata.bidirectional(c) in ("R", "AL") for c in w) and "-" not in w else w
            for _x, _y, w in line]
