"""The built-in programme's parent-facing texts (chapter titles, parent summaries, notice-this-week
texts, take-aways) come out in the chosen language on parent documents and the projector, while a
text the facilitator wrote or edited comes out exactly as written."""

from __future__ import annotations

import pytest

from cos_desktop.core import translation
from cos_desktop.db import report_queries as rq
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.transactions import committed
from cos_desktop.export import build_document
from tests.export import pdfread


@pytest.fixture
def programme_in_spanish(session):
    """A catalogue holding the Spanish of the demo's chapter 1 and 2 texts, as programme.ts will."""
    group = load_demo_group(session)
    first, second = group.curriculum.chapters[0], group.curriculum.chapters[1]
    spanish = {first.title: "Bienvenida al Círculo de Seguridad Parental",
               first.parent_summary.strip(): "Esta semana nos conocimos y acordamos cómo queremos trabajar.",
               first.notice_this_week.strip(): "Fíjese en los momentos en que su hijo sale a explorar.",
               second.title: "Las necesidades de nuestros hijos en todo el Círculo"}
    spanish.update({s.parent_takeaway.strip(): f"Idea {s.position} en español" for s in first.segments
                    if s.parent_takeaway.strip()})
    translation.use(lambda context, text, dis=None, n=-1: spanish.get(text, text) if context == "Programme" else text)
    yield group, spanish
    translation.use(None)


def test_unedited_built_in_texts_print_translated_on_the_parent_summary(session, tmp_path, programme_in_spanish):
    group, spanish = programme_in_spanish
    out = tmp_path / "summary.pdf"
    build_document("parent-summary", rq.document_views(session, "parent-summary", group.name, chapter=1), out)
    text = " ".join(pdfread.all_text(out).split())
    for english, translated in spanish.items():  # chapter 2's title is under "Next time"
        assert translated in text and english not in text, translated


def test_a_facilitators_own_text_is_printed_as_written(session, tmp_path, programme_in_spanish):
    group, spanish = programme_in_spanish
    chapter = group.sessions[0].chapter
    own = "Our own welcome evening, as we wrote it"
    committed(session, lambda: setattr(chapter, "title", own))
    out = tmp_path / "catch-up.pdf"
    build_document("catch-up", rq.document_views(session, "catch-up", group.name, chapter=1,
                                                 participant="Gwen L. (demo)"), out)
    text = " ".join(pdfread.all_text(out).split())
    assert own in text and "Bienvenida al Círculo de Seguridad Parental" not in text
    assert "Esta semana nos conocimos" in text  # the summary was not edited: still translated


def test_the_projector_shows_built_in_titles_translated_and_own_titles_as_written(programme_in_spanish):
    from cos_desktop.core.clock import FakeClock
    from cos_desktop.core.live_run import LiveRun, PlannedSegment
    from cos_desktop.core.public_view import public_view

    group, spanish = programme_in_spanish
    first = group.curriculum.chapters[0]
    spanish[first.segments[0].title] = "Bienvenida y ronda de inicio"
    plan = [PlannedSegment(1, first.segments[0].title, "check-in", 8 * 60), PlannedSegment(2, "Our own warm-up", "activity", 60)]
    run = LiveRun(plan, FakeClock())
    run.start()
    view = public_view(run.snapshot(), chapter_title=first.title, chapter_position=1)
    assert (view.chapter_title, view.segment_title) == (spanish[first.title], "Bienvenida y ronda de inicio")
    run.next()
    assert public_view(run.snapshot(), chapter_title="Our evening", chapter_position=1).segment_title == "Our own warm-up"
    assert public_view(run.snapshot(), chapter_title="Our evening", chapter_position=1).chapter_title == "Our evening"
