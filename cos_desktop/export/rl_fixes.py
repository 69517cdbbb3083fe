"""Two corrections to reportlab's text handling, applied once before the first PDF is built.

1. ToUnicode for characters outside the Basic Multilingual Plane (emoji): reportlab writes the
   code point as plain hex (<1F600>), which PDF readers take as two bytes and copy/search/read
   aloud as a wrong character. We write them as UTF-16 surrogate pairs, as the PDF format asks.
   Applied only when the installed reportlab still has the problem.
2. HarfBuzz shaping (used for Arabic and Hebrew paragraphs): turn off the `dlig` feature that
   reportlab enables by default (DejaVu then draws "st" as a historic ligature), and leave
   unshaped a word that mixes fonts (reportlab would shape it all with the first font's glyphs).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SHAPING_FEATURES = {"kern": True, "liga": True, "dlig": False}
_applied = False


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def apply() -> None:
    global _applied
    if _applied:
        return
    _applied = True
    try:
        _fix_to_unicode()
    except Exception:  # never stop a document over a correction
        log.exception("could not correct reportlab's ToUnicode maps; emoji may copy as wrong characters")
    try:
        _fix_shaping()
    except Exception:
        log.exception("could not adjust reportlab's text shaping; right-to-left text is shaped with its defaults")


def _fix_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if "<D83DDE00>" in original("Probe", [0x1F600]):
        return  # this reportlab already writes surrogate pairs

    def make_to_unicode_cmap(fontname, subset):
        text = original(fontname, [code if code <= 0xFFFF else 0 for code in subset])
        lines = text.split("\n")
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                old = "<%02X> <0000>" % index
                if old in lines:
                    lines[lines.index(old)] = "<%02X> <%s>" % (index, _utf16_hex(code))
        return "\n".join(lines)

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def _fix_shaping() -> None:
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph

    shape = getattr(ttfonts, "shapeFragWord", None)
    if shape is None or not getattr(ttfonts, "uharfbuzz", None):
        log.info("HarfBuzz (reportlab[shaping]) is not available: Arabic letters will not be joined")
        return

    def shape_frag_word(word, features=None, force=False):
        features = SHAPING_FEATURES if features is None else features
        parts = word[1:]
        fonts = {frag.fontName for frag, _text in parts if not hasattr(frag, "cbDefn")}
        if len(fonts) > 1:
            return word
        text = "".join(str(t) for f, t in parts if not hasattr(f, "cbDefn"))
        if len(direction_runs(text)) > 1:
            # HarfBuzz lays a whole word out in one direction ("ב-12" would print "21-ב"):
            # a word that mixes directions is left as it is.
            return word
        return shape(word, features, force)

    paragraph.shapeFragWord = shape_frag_word


def direction_runs(text: str) -> list[tuple[bool, str]]:
    """Split a word into right-to-left and left-to-right runs: (is_rtl, text).

    Letters decide; digits always run left to right; punctuation and other neutral characters
    stay with the run before them (with the first run at the start of the word)."""
    import unicodedata

    runs: list[list] = []
    pending = ""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl = True
        elif kind in ("L", "EN", "AN"):
            rtl = False
        else:
            if runs:
                runs[-1][1] += ch
            else:
                pending += ch
            continue
        if runs and runs[-1][0] == rtl:
            runs[-1][1] += ch
        else:
            runs.append([rtl, pending + ch])
            pending = ""
    if not runs:
        return [(False, text)]
    return [(rtl, run) for rtl, run in runs]
