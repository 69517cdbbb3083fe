"""Fonts are found at run time; a missing one is logged and the document still prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import shutil
import struct
from pathlib import Path

import pytest
from pypdf import PdfReader

from cos_desktop.core.report_views import ParentSummaryView
from cos_desktop.export import fonts
from cos_desktop.export.documents import build_parent_summary

VIEW = ParentSummaryView(
    group_name="Wednesday group 你好 😀", chapter_position=1, chapter_title="Welcome", date=dt.date(2026, 1, 7),
    explored="We met.", takeaways=("Be kind",), shared_notes=("שלום לכם",), notice_this_week="Notice.",
    next_session=None, contact="Sam", facilitators="Sam",
)


def test_system_fonts_are_found_and_text_falls_back_per_character():
    found = fonts.font_set()
    assert found.base == fonts.BASE
    assert found.files[fonts.BASE].name == "DejaVuSans.ttf"
    marked = fonts.markup("Hi 你好 🎉 & <b>")
    assert f'<font name="{fonts.CJK}">你好' in marked
    assert f'<font name="{fonts.EMOJI}">🎉' in marked
    assert "&amp; &lt;b&gt;" in marked


def test_missing_fonts_are_logged_and_the_document_still_builds(monkeypatch, caplog):
    monkeypatch.setattr(fonts, "font_dirs", lambda: [])
    monkeypatch.setattr(fonts, "_font_set", None)
    with caplog.at_level(logging.WARNING, logger="cos_desktop.export.fonts"):
        out = io.BytesIO()
        pages = build_parent_summary([VIEW], out)
    assert pages == 1 and out.getvalue().startswith(b"%PDF-")
    assert fonts.font_set().base == "Helvetica"
    messages = caplog.text
    assert "fonts-dejavu-core" in messages and "Helvetica" in messages
    assert "fonts-droid-fallback" in messages and "fonts-symbola" in messages


# ---- Windows and macOS font folders, laid out with Debian's font files under their names --------
DEBIAN = Path("/usr/share/fonts/truetype")
DEJAVU = DEBIAN / "dejavu"
DROID = DEBIAN / "droid" / "DroidSansFallbackFull.ttf"
SYMBOLA = DEBIAN / "ancient-scripts" / "Symbola_hint.ttf"
MIXED = "Hi 你好 😀 ★ שלום مرحبا"

needs_debian_fonts = pytest.mark.skipif(
    not all(p.is_file() for p in (DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSerif.ttf", DROID, SYMBOLA)),
    reason="needs fonts-dejavu-core, fonts-dejavu-extra, fonts-droid-fallback and fonts-symbola",
)


def make_collection(members: list[Path], out: Path) -> Path:
    """A TrueType collection (.ttc) holding `members`, as Windows and macOS ship CJK fonts."""
    header = 12 + 4 * len(members)
    blobs, offsets, position = [], [], header
    for member in members:
        data = bytearray(member.read_bytes())
        (tables,) = struct.unpack_from(">H", data, 4)
        for i in range(tables):  # table offsets count from the start of the collection file
            record = 12 + 16 * i + 8
            struct.pack_into(">I", data, record, struct.unpack_from(">I", data, record)[0] + position)
        data += b"\0" * (-len(data) % 4)
        blobs.append(bytes(data))
        offsets.append(position)
        position += len(data)
    out.write_bytes(b"ttcf" + struct.pack(">HHI", 1, 0, len(members)) + struct.pack(f">{len(members)}I", *offsets)
                    + b"".join(blobs))
    return out


def place(folder: Path, name: str, source: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, folder / name)


def _forget_fonts() -> None:
    """Make the next font_set() register every font again (reportlab keeps the first font
    registered under a name or with a face, so both are taken out of its registry)."""
    from reportlab.pdfbase import pdfmetrics

    for name in (fonts.BASE, fonts.BASE_BOLD, fonts.BASE_ITALIC, fonts.BASE_BOLD_ITALIC, *fonts.FALLBACK_ORDER):
        font = pdfmetrics._fonts.pop(name, None)
        if font is not None and hasattr(font, "face"):  # and its face, which reportlab shares between names
            pdfmetrics._dynFaceNames.pop(font.face.name, None)
    fonts._font_set = None


@pytest.fixture
def fresh_fonts(monkeypatch):
    """Fonts registered again from the folders a test chooses; the real ones again afterwards."""
    def use(dirs: list[Path]) -> fonts.FontSet:
        monkeypatch.setattr(fonts, "font_dirs", lambda: [d for d in dirs if d.is_dir()])
        _forget_fonts()
        return fonts.font_set()

    yield use
    _forget_fonts()


def windows_fonts(tmp_path: Path) -> list[Path]:
    windir = tmp_path / "Windows"
    system = windir / "Fonts"
    for name, source in (("arial.ttf", "DejaVuSans.ttf"), ("arialbd.ttf", "DejaVuSans-Bold.ttf"),
                         ("ariali.ttf", "DejaVuSans-Oblique.ttf"), ("arialbi.ttf", "DejaVuSans-BoldOblique.ttf")):
        place(system, name, DEJAVU / source)
    # Microsoft YaHei is a collection; here its Chinese font is the second one in the file.
    make_collection([DEJAVU / "DejaVuSerif.ttf", DROID], system / "msyh.ttc")
    place(system, "seguiemj.ttf", SYMBOLA)
    place(system, "seguisym.ttf", SYMBOLA)
    user = tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"
    user.mkdir(parents=True)
    env = {"WINDIR": str(windir), "LOCALAPPDATA": str(tmp_path / "AppData" / "Local")}
    dirs = fonts.system_font_dirs("win32", env, tmp_path / "home")
    assert dirs == [system, user]
    return dirs


def macos_fonts(tmp_path: Path) -> list[Path]:
    root, home = tmp_path / "mac", tmp_path / "mac" / "Users" / "sam"
    supplemental = root / "System" / "Library" / "Fonts" / "Supplemental"
    # Arial without Arabic or Hebrew (as DejaVu Serif is): those come from Geeza Pro and Arial Hebrew.
    for name in ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"):
        place(supplemental, name, DEJAVU / "DejaVuSerif.ttf")
    system = root / "System" / "Library" / "Fonts"
    make_collection([DROID], system / "PingFang.ttc")
    make_collection([DEJAVU / "DejaVuSans.ttf"], system / "GeezaPro.ttc")
    make_collection([DEJAVU / "DejaVuSans.ttf"], system / "ArialHB.ttc")
    place(system, "Apple Symbols.ttf", SYMBOLA)
    (system / "Apple Color Emoji.ttc").write_bytes(b"ttcf" + bytes(200))  # colour bitmaps: nothing to print
    place(root / "Library" / "Fonts", "Symbola.ttf", SYMBOLA)  # a font the facilitator installed
    (home / "Library" / "Fonts").mkdir(parents=True)
    dirs = fonts.system_font_dirs("darwin", {}, home, root)
    assert dirs == [home / "Library/Fonts", root / "Library/Fonts", system]
    return dirs


def pdf_with(text: str, tmp_path: Path) -> tuple[str, set[str]]:
    """Build a parent summary with `text`; its text read back, and the fonts embedded in it."""
    from tests.export.pdfread import page_texts

    view = dataclasses.replace(VIEW, group_name="Group", shared_notes=(text,))
    path = tmp_path / "summary.pdf"
    with path.open("wb") as out:
        build_parent_summary([view], out)
    embedded = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            embedded.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return page_texts(path)[0], embedded


@needs_debian_fonts
def test_fonts_are_found_in_windows_font_folders(tmp_path, fresh_fonts):
    found = fresh_fonts(windows_fonts(tmp_path))
    assert found.base == fonts.BASE and found.files[fonts.BASE].name == "arial.ttf"
    assert found.files[fonts.BASE_BOLD].name == "arialbd.ttf"
    assert fonts.missing_scripts(MIXED) == []
    assert found.files[fonts.CJK].name == "msyh.ttc"  # the collection's second font: the one with Chinese
    text, embedded = pdf_with(MIXED, tmp_path)
    assert "你好" in text and "שלום" in text and "😀" in text
    assert {"DejaVuSans", "DroidSansFallback"} <= embedded, embedded


@needs_debian_fonts
def test_fonts_are_found_in_macos_font_folders(tmp_path, fresh_fonts):
    found = fresh_fonts(macos_fonts(tmp_path))
    assert found.files[fonts.BASE].name == "Arial.ttf"
    assert found.files[fonts.BASE_BOLD_ITALIC].name == "Arial Bold Italic.ttf"
    assert fonts.missing_scripts(MIXED) == []
    assert found.files[fonts.CJK].name == "PingFang.ttc"
    assert found.files[fonts.ARABIC].name == "GeezaPro.ttc" and found.files[fonts.HEBREW].name == "ArialHB.ttc"
    assert found.files[fonts.EMOJI].name == "Symbola.ttf"  # Apple Symbols has no 😀; colour emoji never print
    # Hebrew from a fallback font: the comma stays in the word's font, so the word is shaped whole.
    hebrew = found.fallback_for(ord("ש"))
    assert hebrew in (fonts.HEBREW, fonts.ARABIC)  # one font file serves both: registered once
    assert fonts.font_runs("שלום לכם, חברים") == [(hebrew, "שלום לכם, חברים")]
    text, embedded = pdf_with(MIXED, tmp_path)
    assert "你好" in text and "😀" in text and "★" in text
    assert {"DejaVuSerif", "DejaVuSans", "DroidSansFallback", "Symbola"} <= embedded, embedded


@needs_debian_fonts
def test_broken_font_files_are_skipped_and_the_next_one_is_used(tmp_path, fresh_fonts, caplog):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "DejaVuSans.ttf").write_bytes(b"\0\1\0\0" + bytes(64))  # a damaged copy, found first
    (broken / "DejaVuSans-Bold.ttf").write_bytes((DEJAVU / "DejaVuSans-Bold.ttf").read_bytes()[:300_000])
    (broken / "msyh.ttc").write_bytes(b"ttcf\0\1\0\0\0\0\0\5")  # says five fonts, holds none
    (broken / "DroidSansFallbackFull.ttf").write_bytes(b"")
    good = tmp_path / "good"
    place(good, "DejaVuSans.ttf", DEJAVU / "DejaVuSans.ttf")
    place(good, "DejaVuSans-Bold.ttf", DEJAVU / "DejaVuSans-Bold.ttf")
    place(good, "DroidSansFallbackFull.ttf", DROID)
    with caplog.at_level(logging.WARNING, logger="cos_desktop.export.fonts"):
        found = fresh_fonts([broken, good])
        assert fonts.missing_scripts("你好") == []
    assert found.files[fonts.BASE] == good / "DejaVuSans.ttf"
    assert found.files[fonts.BASE_BOLD] == good / "DejaVuSans-Bold.ttf"
    assert found.files[fonts.CJK] == good / "DroidSansFallbackFull.ttf"
    assert str(broken / "DejaVuSans.ttf") in caplog.text and "Skipping" in caplog.text
    text, _embedded = pdf_with("你好 and bold", tmp_path)
    assert "你好" in text


@needs_debian_fonts
def test_a_script_without_any_font_is_named_before_printing(tmp_path, fresh_fonts):
    only_latin = tmp_path / "fonts"
    place(only_latin, "DejaVuSans.ttf", DEJAVU / "DejaVuSans.ttf")
    fresh_fonts([only_latin])
    assert fonts.missing_scripts("Hello, Zoë") == []
    assert fonts.missing_scripts("Notes: 你好 and नमस्ते and 😀 and שלום") == [
        "Chinese, Japanese and Korean", "Devanagari"]
    assert fonts.missing_scripts("🦜") == ["emoji"]  # DejaVu has 😀 but no parrot
    text, _embedded = pdf_with("Notes: 你好", tmp_path)  # headings ask for bold: the regular face stands in
    assert "Notes:" in text and "From our group" in text
