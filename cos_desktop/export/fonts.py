"""Fonts for the PDFs, found on the system at run time (Linux, Windows, macOS); none is shipped.

- The text family: DejaVu Sans (Debian: fonts-dejavu-core, fonts-dejavu-extra for the oblique
  faces), else Arial (Windows, macOS). Both cover Latin, Greek, Cyrillic, Arabic and Hebrew.
- Fallbacks, each looked for only when a character needs it: Arabic and Hebrew (Noto, Tahoma,
  Segoe UI, Geeza Pro, Arial Hebrew), Chinese/Japanese/Korean (Droid Sans Fallback, Microsoft
  YaHei, SimSun, STHeiti, Arial Unicode), emoji and symbols in black and white (Symbola, Segoe UI
  Emoji and Symbol, Apple Symbols). Colour-only emoji fonts have no outlines to print: not used.
- A font collection (.ttc) holds several fonts: the first one with the script's letters is used.
- A file that cannot be read (damaged, or PostScript outlines reportlab cannot embed) is logged and
  skipped; the next candidate is tried.

Text is split per character: each run goes to the first font that has its glyphs. A script with
no font at all prints as empty boxes: missing_scripts() names it before printing, and it is
logged once (with the Debian package to install, on Linux).
Paragraphs that contain right-to-left text are shaped with HarfBuzz (reportlab[shaping]).
"""

from __future__ import annotations

import io
import logging
import os
import re
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

BASE = "CosSans"
BASE_BOLD = "CosSans-Bold"
BASE_ITALIC = "CosSans-Italic"
BASE_BOLD_ITALIC = "CosSans-BoldItalic"
ARABIC = "CosArabic"
HEBREW = "CosHebrew"
CJK = "CosCJK"
EMOJI = "CosEmoji"
SYMBOLS = "CosSymbols"

# File names to look for (any case), in order of preference: Linux (Debian), Windows, macOS.
FONT_FILES = {
    BASE: ["DejaVuSans.ttf", "arial.ttf"],
    BASE_BOLD: ["DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"],
    BASE_ITALIC: ["DejaVuSans-Oblique.ttf", "ariali.ttf", "Arial Italic.ttf"],
    BASE_BOLD_ITALIC: ["DejaVuSans-BoldOblique.ttf", "arialbi.ttf", "Arial Bold Italic.ttf"],
    ARABIC: ["NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "DejaVuSans.ttf",
             "tahoma.ttf", "segoeui.ttf", "arial.ttf", "GeezaPro.ttc", "Geeza Pro.ttf"],
    HEBREW: ["NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf", "tahoma.ttf", "segoeui.ttf", "arial.ttf",
             "ArialHB.ttc", "Arial Hebrew.ttf"],
    CJK: ["DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-zenhei.ttc", "msyh.ttc", "msyh.ttf",
          "simsun.ttc", "msgothic.ttc", "malgun.ttf", "STHeiti Light.ttc", "STHeiti Medium.ttc",
          "PingFang.ttc", "Arial Unicode.ttf", "AppleGothic.ttf"],
    EMOJI: ["Symbola_hint.ttf", "Symbola.ttf", "seguiemj.ttf", "seguisym.ttf", "Apple Symbols.ttf"],
    SYMBOLS: ["Symbola_hint.ttf", "Symbola.ttf", "seguisym.ttf", "Apple Symbols.ttf", "Arial Unicode.ttf"],
}
FONT_PACKAGES = {
    BASE: "fonts-dejavu-core",
    BASE_BOLD: "fonts-dejavu-core",
    BASE_ITALIC: "fonts-dejavu-extra",
    BASE_BOLD_ITALIC: "fonts-dejavu-extra",
    ARABIC: "fonts-dejavu-core",
    HEBREW: "fonts-dejavu-core",
    CJK: "fonts-droid-fallback",
    EMOJI: "fonts-symbola",
    SYMBOLS: "fonts-symbola",
}
_R = range
# The characters each script fallback is for; EMOJI and SYMBOLS take anything else.
SCRIPT_RANGES = {
    ARABIC: (_R(0x0600, 0x0700), _R(0x0750, 0x0780), _R(0x0870, 0x0900), _R(0xFB50, 0xFE00), _R(0xFE70, 0xFF00)),
    HEBREW: (_R(0x0590, 0x0600), _R(0xFB1D, 0xFB50)),
    CJK: (_R(0x1100, 0x1200), _R(0x2E80, 0x3400), _R(0x3400, 0xA000), _R(0xA960, 0xA980), _R(0xAC00, 0xD800),
          _R(0xF900, 0xFB00), _R(0xFE30, 0xFE50), _R(0xFF00, 0xFFF0), _R(0x20000, 0x40000)),
}
SCRIPT_LABELS = {ARABIC: QT_TRANSLATE_NOOP("Fonts", "Arabic"), HEBREW: QT_TRANSLATE_NOOP("Fonts", "Hebrew"),
                 CJK: QT_TRANSLATE_NOOP("Fonts", "Chinese, Japanese and Korean"),
                 EMOJI: QT_TRANSLATE_NOOP("Fonts", "emoji"), SYMBOLS: QT_TRANSLATE_NOOP("Fonts", "symbols")}
# A character each font must have to count for its role (found in the right subfont of a .ttc).
PROBES = {BASE: "A", BASE_BOLD: "A", BASE_ITALIC: "A", BASE_BOLD_ITALIC: "A", ARABIC: "\u0628",
          HEBREW: "\u05d0", CJK: "\u4e2d", EMOJI: "\U0001F600", SYMBOLS: "\u2605"}
FALLBACK_ORDER = (ARABIC, HEBREW, CJK, EMOJI, SYMBOLS)
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")


def system_font_dirs(platform: str, environ, home: Path, root: Path = Path("/")) -> list[Path]:
    """Where `platform` (sys.platform's values) keeps fonts, system-wide and for the user."""
    if platform == "win32":
        dirs = [Path(environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if environ.get("LOCALAPPDATA"):  # fonts installed for one user (Windows 10 1809 and later)
            dirs.append(Path(environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if platform == "darwin":
        return [home / "Library/Fonts", root / "Library/Fonts", root / "System/Library/Fonts"]
    data_home = Path(environ.get("XDG_DATA_HOME") or home / ".local/share")
    return [data_home / "fonts", home / ".fonts", root / "usr/local/share/fonts", root / "usr/share/fonts"]


def font_dirs() -> list[Path]:
    extra = os.environ.get("COS_DESKTOP_FONT_DIRS", "")
    dirs = [Path(p) for p in extra.split(os.pathsep) if p]
    dirs += system_font_dirs(sys.platform, os.environ, Path.home())
    return [d for d in dirs if d.is_dir()]


def index_fonts(dirs: list[Path]) -> dict[str, list[Path]]:
    """Every font file under `dirs` by lower-case file name, in the order of `dirs` (one walk)."""
    found: dict[str, list[Path]] = {}
    for directory in dirs:
        for folder, _subdirs, files in os.walk(directory, onerror=lambda _error: None):
            for name in files:
                if name.lower().endswith(FONT_SUFFIXES):
                    found.setdefault(name.lower(), []).append(Path(folder) / name)
    return found


def subfonts(data: bytes) -> Iterator[bytes]:
    """The fonts in a collection (.ttc), each as a file of its own, one at a time (a collection
    can hold a dozen large fonts); just `data` for a single font.

    reportlab can read one font of a collection, but its HarfBuzz shaping (Arabic and Hebrew
    paragraphs) always reads the collection's first font: a font of its own keeps both right.
    """
    if data[:4] != b"ttcf":
        yield data
        return
    (count,) = struct.unpack_from(">I", data, 8)
    for index in range(count):
        (start,) = struct.unpack_from(">I", data, 12 + 4 * index)
        (tables,) = struct.unpack_from(">H", data, start + 4)
        directory = bytearray(data[start:start + 12 + 16 * tables])
        body = bytearray()
        for record in range(12, 12 + 16 * tables, 16):
            offset, length = struct.unpack_from(">II", directory, record + 8)
            struct.pack_into(">I", directory, record + 8, len(directory) + len(body))
            body += data[offset:offset + length] + b"\0" * (-length % 4)
        yield bytes(directory + body)


def load_font(name: str, path: Path, probe: str):
    """A reportlab TTFont named `name` from `path` that has `probe`, or None (logged) if the file
    cannot be used. In a collection the first font with `probe` is taken."""
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        for index, data in enumerate(subfonts(path.read_bytes())):
            font = TTFont(name, io.BytesIO(data))
            if ord(probe) in font.face.charToGlyph:
                font.face.makeSubset([ord(probe)])  # reads a glyph's outline: a cut-off file fails here
                font.cos_subfont = index  # which font of the collection, for the log
                return font
        return None
    except Exception as exc:  # damaged, truncated, or outlines reportlab cannot embed: try the next
        log.warning("Skipping the font file %s: it cannot be used for PDFs (%s)", path, exc)
        return None


@dataclass
class FontSet:
    """The registered fonts and the characters each one covers."""

    base: str
    base_chars: object  # a container of code points
    files: dict[str, Path] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    index: dict[str, list[Path]] = field(default_factory=dict)  # the font files found, by name
    chars: dict[str, object] = field(default_factory=dict)  # registered font -> its code points
    faces: dict[bytes, str] = field(default_factory=dict)  # a font's own name -> its registered name
    _fallbacks: dict[str, str | None] = field(default_factory=dict)  # role -> the font serving it, on demand
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.chars.setdefault(self.base, self.base_chars)
        # Characters that need no font switch and no cleaning (Cc controls other than newline dropped).
        self.plain_chars = frozenset(
            chr(c) for c in self.base_chars if not (c < 32 or 0x7F <= c < 0xA0 or 0xD800 <= c < 0xE000)
        ) | {"\n"}

    def fallback_for(self, code: int) -> str | None:
        """The fallback font with a glyph for `code`: its script's font, else emoji, symbols or CJK."""
        script = script_of(code)
        roles = (script,) if script in SCRIPT_RANGES else (EMOJI, SYMBOLS, CJK)
        for role in roles:
            font = self._fallback_font(role)
            if font is not None and code in self.chars[font]:
                return font
        return None

    def _fallback_font(self, role: str) -> str | None:
        if role in self._fallbacks:
            return self._fallbacks[role]
        with self._lock:
            if role not in self._fallbacks:
                self._fallbacks[role] = _register_fallback(self, role)
        return self._fallbacks[role]

    def covers(self, font: str, code: int) -> bool:
        chars = self.chars.get(font)
        return chars is not None and code in chars

    def add(self, role: str, font, path: Path) -> str:
        """Register `font` for `role`; the name to use for it. A font already registered for another
        role is used under its first name: reportlab cannot embed one font twice in a document."""
        from reportlab.pdfbase import pdfmetrics

        self.files[role] = path
        pdfmetrics.registerFont(font)  # a face registered before: reportlab files `role` under that font
        same = self.faces.get(font.face.name)
        if same is not None:
            return same
        self.faces[font.face.name] = role
        self.chars[role] = frozenset(font.face.charToGlyph)
        return role


def script_of(code: int) -> str | None:
    """The fallback role whose script `code` belongs to (Arabic, Hebrew, CJK), or None."""
    for name, ranges in SCRIPT_RANGES.items():
        if any(code in r for r in ranges):
            return name
    return None


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


def _first_usable(role: str, index: dict[str, list[Path]]):
    """(font, path) for the first candidate file of `role` that loads, or (None, None)."""
    for candidate in FONT_FILES[role]:
        for path in index.get(candidate.lower(), []):
            font = load_font(role, path, PROBES[role])
            if font is not None:
                return font, path
    return None, None


def _register_base() -> FontSet:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    index = index_fonts(font_dirs())
    base_font, path = _first_usable(BASE, index)
    if base_font is None:
        log.warning(
            "Neither DejaVu Sans (the Debian package fonts-dejavu-core) nor Arial was found; PDFs use "
            "Helvetica, and letters outside Western European scripts may print as empty boxes."
        )
        return FontSet(base="Helvetica", base_chars=range(0, 256), missing=[BASE], index=index)
    fonts = FontSet(base=BASE, base_chars=frozenset(base_font.face.charToGlyph), index=index)
    fonts.add(BASE, base_font, path)
    faces: dict[str, str] = {}
    for role in (BASE_BOLD, BASE_ITALIC, BASE_BOLD_ITALIC):
        font, path = _first_usable(role, index)
        if font is None:
            log.warning("The face %s of the text font was not found (Debian package %s): using the regular "
                        "face instead.", FONT_FILES[role][0], FONT_PACKAGES[role])
            fonts.missing.append(role)
            # The name still works (the regular face under it): the documents ask for bold by name.
            pdfmetrics.registerFont(load_font(role, fonts.files[BASE], PROBES[BASE]))
            faces[role] = BASE
        else:
            faces[role] = fonts.add(role, font, path)
    bold, italic, bold_italic = faces[BASE_BOLD], faces[BASE_ITALIC], faces[BASE_BOLD_ITALIC]
    pdfmetrics.registerFontFamily(BASE, normal=BASE, bold=bold, italic=italic, boldItalic=bold_italic)
    addMapping(BASE, 0, 0, BASE)
    addMapping(BASE, 1, 0, bold)
    addMapping(BASE, 0, 1, italic)
    addMapping(BASE, 1, 1, bold_italic)
    log.info("PDF fonts: %s", ", ".join(f"{role}={path}" for role, path in fonts.files.items()))
    return fonts


def _register_fallback(fonts: FontSet, role: str) -> str | None:
    """The registered font that serves `role` (registering it), or None when there is none."""
    from reportlab.pdfbase import pdfmetrics

    font, path = _first_usable(role, fonts.index)
    if font is None:
        hint = f" (install the Debian package {FONT_PACKAGES[role]})" if sys.platform.startswith("linux") else ""
        log.warning("No font for %s was found%s: those characters print as empty boxes.",
                    SCRIPT_LABELS[role], hint)
        fonts.missing.append(role)
        return None
    name = fonts.add(role, font, path)
    if name == role:
        pdfmetrics.registerFontFamily(role, normal=role, bold=role, italic=role, boldItalic=role)
    log.info("PDF font for %s: %s (font %d in the file)", SCRIPT_LABELS[role], path, font.cos_subfont)
    return name


def missing_scripts(text: str) -> list[str]:
    """The scripts in `text` that no font on this computer can print (they would come out as empty
    boxes), named for the facilitator, e.g. ["Chinese, Japanese and Korean", "emoji"]; [] when all print."""
    fonts = font_set()
    names: list[str] = []
    for ch in set(text):
        code = ord(ch)
        if code in fonts.base_chars or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me"):
            continue
        if fonts.fallback_for(code) is None:
            label = _script_label(ch)
            if label not in names:
                names.append(label)
    return sorted(names)


def _script_label(ch: str) -> str:
    role = script_of(ord(ch))
    if role is not None:
        return translate("Fonts", SCRIPT_LABELS[role])
    if unicodedata.category(ch).startswith("S"):
        return translate("Fonts", SCRIPT_LABELS[EMOJI] if ord(ch) >= 0x1F000 else SCRIPT_LABELS[SYMBOLS])
    # The script is the first word of the character's Unicode name: "DEVANAGARI LETTER KA".
    words = unicodedata.name(ch, "").split()
    return words[0].capitalize() if words else translate("Fonts", "other characters")


# ---- text to reportlab markup -----------------------------------------------------------------
_JOINING = {"Mn", "Me", "Cf"}  # marks, joiners and variation selectors stay with the letter before


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # Other control characters have no glyph and can upset the PDF text layer.
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


_NEUTRAL = {"CS", "ES", "ET", "ON", "EN", "AN", "WS", "BN"}  # punctuation, digits, spaces: no direction


def font_runs(text: str) -> list[tuple[str, str]]:
    """`text` (cleaned) as (font, characters) runs: each character in the first font that has it.
    Marks stay with the letter before them; so do punctuation and digits after right-to-left
    letters from a fallback font, so that the word is shaped as one ("לכם," stays whole)."""
    fonts = font_set()
    runs: list[tuple[str, str]] = []
    run_font, run, run_rtl = fonts.base, [], False
    for ch in _clean(text):
        code = ord(ch)
        if ch == "\n" or ch == " ":
            font = run_font if run else fonts.base
        elif run_rtl and unicodedata.bidirectional(ch) in _NEUTRAL and fonts.covers(run_font, code):
            font = run_font
        elif unicodedata.category(ch) in _JOINING and fonts.covers(run_font, code):
            font = run_font
        elif code in fonts.base_chars:
            font = fonts.base
        else:
            font = fonts.fallback_for(code) or fonts.base
        if font != run_font and run:
            runs.append((run_font, "".join(run)))
            run = []
        run_font = font
        run.append(ch)
        if unicodedata.bidirectional(ch) in ("R", "AL"):
            run_rtl = run_font != fonts.base
        elif unicodedata.bidirectional(ch) == "L" or not run[1:]:
            run_rtl = False
    if run:
        runs.append((run_font, "".join(run)))
    return runs


def markup(text: str) -> str:
    """Escape user text for a reportlab Paragraph and pick a font for each run of characters."""
    fonts = font_set()
    if fonts.plain_chars.issuperset(text):
        # The common case: every character is in the text font and none needs cleaning.
        return escape(text).replace("\n", "<br/>")
    out = []
    for font, chunk in font_runs(text):
        chunk = escape(chunk).replace("\n", "<br/>")
        out.append(chunk if font == fonts.base else f'<font name="{font}">{chunk}</font>')
    return "".join(out)


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan..., their presentation forms, and the
# right-to-left historic blocks: a quick test before the exact per-character one.
_RTL_BLOCKS = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\U00010800-\U00010FFF\U0001E800-\U0001EFFF]")


def has_rtl(text: str) -> bool:
    if not _RTL_BLOCKS.search(text):
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of plain text in points, with the same per-character fonts as markup()."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font_set()  # the fonts registered with reportlab before any width is measured
    total = 0.0
    for font, chunk in font_runs(text):
        if font == BASE and bold:
            font = BASE_BOLD
        total += stringWidth(chunk, font, size)
    return total
