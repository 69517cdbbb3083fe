"""Fonts for the PDFs, found on the system at run time; nothing is shipped with the app.

- DejaVu Sans (Debian: fonts-dejavu-core for regular and bold, fonts-dejavu-extra for the
  oblique faces) is the text family: Latin, Greek, Cyrillic, Arabic, Hebrew and some symbols.
- Droid Sans Fallback (fonts-droid-fallback, Apache 2.0) covers Chinese, Japanese and Korean.
- Symbola (fonts-symbola, free for any use) covers emoji.

Text is split per character: each run goes to the first font that has its glyphs. A missing
font is logged once and the text falls back to DejaVu (or to Helvetica when DejaVu itself is
missing); a missing glyph then prints as an empty box instead of stopping the document.
Paragraphs that contain right-to-left text are shaped with HarfBuzz (reportlab[shaping]).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

log = logging.getLogger(__name__)

BASE = "CosSans"
BASE_BOLD = "CosSans-Bold"
BASE_ITALIC = "CosSans-Italic"
BASE_BOLD_ITALIC = "CosSans-BoldItalic"
CJK = "CosCJK"
EMOJI = "CosEmoji"

# File names to look for, in order of preference, for each role.
# Arial (Windows, macOS) is the second choice: it covers Latin, Greek, Cyrillic, Arabic and Hebrew.
FONT_FILES = {
    BASE: ["DejaVuSans.ttf", "arial.ttf", "Arial.ttf"],
    BASE_BOLD: ["DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"],
    BASE_ITALIC: ["DejaVuSans-Oblique.ttf", "ariali.ttf", "Arial Italic.ttf"],
    BASE_BOLD_ITALIC: ["DejaVuSans-BoldOblique.ttf", "arialbi.ttf", "Arial Bold Italic.ttf"],
    CJK: ["DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"],
    EMOJI: ["Symbola_hint.ttf", "Symbola.ttf"],
}
FONT_PACKAGES = {
    BASE: "fonts-dejavu-core",
    BASE_BOLD: "fonts-dejavu-core",
    BASE_ITALIC: "fonts-dejavu-extra",
    BASE_BOLD_ITALIC: "fonts-dejavu-extra",
    CJK: "fonts-droid-fallback",
    EMOJI: "fonts-symbola",
}
# Likely places first; a walk of the font folders only when these miss.
KNOWN_SUBDIRS = ["truetype/dejavu", "truetype/droid", "truetype/ancient-scripts", "truetype/symbola", "TTF", "dejavu"]


def font_dirs() -> list[Path]:
    dirs: list[Path] = []
    extra = os.environ.get("COS_DESKTOP_FONT_DIRS", "")
    dirs += [Path(p) for p in extra.split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs += [Path(windir) / "Fonts", Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft/Windows/Fonts"]
    elif sys.platform == "darwin":
        dirs += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
        dirs += [data_home / "fonts", home / ".fonts", Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return [d for d in dirs if d.is_dir()]


def find_font_file(names: list[str], dirs: list[Path] | None = None) -> Path | None:
    dirs = font_dirs() if dirs is None else dirs
    for directory in dirs:
        for sub in ["", *KNOWN_SUBDIRS]:
            for name in names:
                candidate = directory / sub / name
                if candidate.is_file():
                    return candidate
    for directory in dirs:
        for root, _subdirs, files in os.walk(directory):
            for name in names:
                if name in files:
                    return Path(root) / name
    return None


@dataclass
class FontSet:
    """The registered fonts and the characters each one covers."""

    base: str
    base_chars: object  # a container of code points
    files: dict[str, Path] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    _fallbacks: dict[str, object] = field(default_factory=dict)  # name -> code points, loaded on demand
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        # Characters that need no font switch and no cleaning (Cc controls other than newline dropped).
        self.plain_chars = frozenset(
            chr(c) for c in self.base_chars if not (c < 32 or 0x7F <= c < 0xA0 or 0xD800 <= c < 0xE000)
        ) | {"\n"}

    def fallback_for(self, code: int) -> str | None:
        for name in (CJK, EMOJI):
            chars = self._fallback_chars(name)
            if chars is not None and code in chars:
                return name
        return None

    def _fallback_chars(self, name: str):
        if name in self._fallbacks:
            return self._fallbacks[name]
        with self._lock:
            if name not in self._fallbacks:
                self._fallbacks[name] = _register_fallback(self, name)
        return self._fallbacks[name]

    def covers(self, font: str, code: int) -> bool:
        if font == self.base:
            return code in self.base_chars
        chars = self._fallbacks.get(font)
        return chars is not None and code in chars


_font_set: FontSet | None = None
_setup_lock = threading.Lock()


def font_set() -> FontSet:
    """Register the fonts once per process (the first call costs the TTF parsing)."""
    global _font_set
    if _font_set is None:
        with _setup_lock:
            if _font_set is None:
                from cos_desktop.export import rl_fixes

                rl_fixes.apply()
                _font_set = _register_base()
    return _font_set


def _register_base() -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    dirs = font_dirs()
    files: dict[str, Path] = {}
    missing: list[str] = []
    for role in (BASE, BASE_BOLD, BASE_ITALIC, BASE_BOLD_ITALIC):
        path = find_font_file(FONT_FILES[role], dirs)
        if path is None:
            missing.append(role)
        else:
            files[role] = path
    if BASE not in files:
        log.warning(
            "DejaVu Sans was not found (install the Debian package fonts-dejavu-core); PDFs use "
            "Helvetica, and letters outside Western European scripts may print as empty boxes."
        )
        return FontSet(base="Helvetica", base_chars=range(0, 256), files=files, missing=missing)
    pdfmetrics.registerFont(TTFont(BASE, str(files[BASE])))
    faces = {}
    for role in (BASE_BOLD, BASE_ITALIC, BASE_BOLD_ITALIC):
        if role in files:
            pdfmetrics.registerFont(TTFont(role, str(files[role])))
            faces[role] = role
        else:
            log.warning(
                "The DejaVu Sans face %s was not found (Debian package %s): using the regular face instead.",
                FONT_FILES[role][0], FONT_PACKAGES[role],
            )
            faces[role] = BASE
    bold, italic, bold_italic = faces[BASE_BOLD], faces[BASE_ITALIC], faces[BASE_BOLD_ITALIC]
    pdfmetrics.registerFontFamily(BASE, normal=BASE, bold=bold, italic=italic, boldItalic=bold_italic)
    addMapping(BASE, 0, 0, BASE)
    addMapping(BASE, 1, 0, bold)
    addMapping(BASE, 0, 1, italic)
    addMapping(BASE, 1, 1, bold_italic)
    base_chars = frozenset(pdfmetrics.getFont(BASE).face.charToGlyph)
    log.info("PDF fonts: %s", ", ".join(f"{role}={path}" for role, path in files.items()))
    return FontSet(base=BASE, base_chars=base_chars, files=files, missing=missing)


def _register_fallback(fonts: FontSet, name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = find_font_file(FONT_FILES[name])
    if path is None:
        what = "Chinese, Japanese and Korean" if name == CJK else "emoji"
        log.warning(
            "No %s font was found (install the Debian package %s): those characters print as empty boxes.",
            what, FONT_PACKAGES[name],
        )
        fonts.missing.append(name)
        return None
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:  # a damaged font file must not stop the document
        log.exception("The font %s could not be read; using %s instead", path, fonts.base)
        fonts.missing.append(name)
        return None
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    fonts.files[name] = path
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


# ---- text to reportlab markup -----------------------------------------------------------------
_JOINING = {"Mn", "Me", "Cf"}  # marks, joiners and variation selectors stay with the letter before


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # Other control characters have no glyph and can upset the PDF text layer.
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def markup(text: str) -> str:
    """Escape user text for a reportlab Paragraph and pick a font for each run of characters."""
    fonts = font_set()
    if fonts.plain_chars.issuperset(text):
        # The common case: every character is in the text font and none needs cleaning.
        return escape(text).replace("\n", "<br/>")
    text = _clean(text)
    out: list[str] = []
    run_font = fonts.base
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(chunk if run_font == fonts.base else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for ch in text:
        code = ord(ch)
        if ch == "\n" or ch == " ":
            font = run_font if run else fonts.base
        elif unicodedata.category(ch) in _JOINING and fonts.covers(run_font, code):
            font = run_font
        elif code in fonts.base_chars:
            font = fonts.base
        else:
            font = fonts.fallback_for(code) or fonts.base
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan..., their presentation forms, and the
# right-to-left historic blocks: a quick test before the exact per-character one.
_RTL_BLOCKS = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\U00010800-\U00010FFF\U0001E800-\U0001EFFF]")


def has_rtl(text: str) -> bool:
    if not _RTL_BLOCKS.search(text):
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (the paragraph reads RTL)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of plain text in points, with the same per-character fonts as markup()."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = font_set()
    total = 0.0
    for ch in _clean(text):
        code = ord(ch)
        if code in fonts.base_chars:
            name = fonts.base
            if bold and fonts.base == BASE:
                name = BASE_BOLD if BASE_BOLD in fonts.files else BASE
        else:
            name = fonts.fallback_for(code) or fonts.base
        total += stringWidth(ch, name, size)
    return total
