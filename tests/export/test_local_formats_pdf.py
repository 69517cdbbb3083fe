"""A parent summary read back from the PDF: its dates, its 12/24-hour times and its paper follow
the locale when nothing is chosen in Settings (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from cos_desktop.core import local_formats
from cos_desktop.db import report_queries as rq
from cos_desktop.db import settings
from cos_desktop.db.demo import load_demo_group
from cos_desktop.export import build_document
from tests.export import pdfread

A4_WIDTH, LETTER_WIDTH = 595.3, 612.0


@pytest.fixture
def follow(monkeypatch):
    """follow('en_US'): the export side's locale, as the CLI would get it from LANG."""
    def use(name: str) -> None:
        monkeypatch.setattr(local_formats, "_source", lambda: name)
        monkeypatch.setattr(local_formats, "_clock", lambda: "locale")

    return use


def parent_summary(session, tmp_path, name: str):
    group = load_demo_group(session)
    session.commit()
    views = rq.document_views(session, "parent-summary", group.name, chapter=1)
    out = tmp_path / f"summary-{name}.pdf"
    build_document("parent-summary", views, out, paper=settings.paper_size(session), service=settings.service_details(session))
    return group, out


@pytest.mark.parametrize("name,width,clock", [
    ("en_US", LETTER_WIDTH, "6:30 PM"), ("en_GB", A4_WIDTH, "18:30"), ("es_ES", A4_WIDTH, "18:30"),
    ("de_DE", A4_WIDTH, "18:30")])
def test_parent_summary_dates_times_and_paper_follow_the_locale(session, tmp_path, follow, name, width, clock):
    follow(name)
    group, pdf = parent_summary(session, tmp_path, name)
    text = " ".join(pdfread.all_text(pdf).replace("\u202f", " ").split())
    assert f"at {clock}" in text  # the next session's time
    second = group.sessions[1].date
    month = second.strftime("%B")
    expected = f"{month} {second.day}, {second.year}" if name == "en_US" else f"{second.day} {month} {second.year}"
    assert expected in text
    assert {round(w, 1) for w, _h in pdfread.page_sizes(pdf)} == {width}
