"""Fonts are found at run time; a missing one is logged and the document still prints."""

from __future__ import annotations

import datetime as dt
import io
import logging

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
