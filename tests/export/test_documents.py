"""The printed documents, read back from real PDFs (pdftotext, pypdf, pdftoppm)."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from sqlalchemy import event

from cos_desktop.core.kinds import Visibility
from cos_desktop.core.report_views import ParentSummaryView
from cos_desktop.db import report_queries as rq
from cos_desktop.db import settings
from cos_desktop.db.demo import load_demo_group, make_delivered_group
from cos_desktop.db.models import Note
from cos_desktop.export import build_document
from tests.export import pdfread

PRIVATE = "Safeguarding follow-up: call the health visitor about the bruise"
PRIVATE_TAGGED = "Ben seemed withdrawn; check in privately next week"
SHARED_TAGGED_TO_AMIRA = "Amira K. (demo) shared a lovely moment at the park"
SHARED_NAMING = "Ben and Chloé both noticed their children checking back in"

HOSTILE = [
    "<b>not bold</b> and <i>not italic</i> and <font size=40>big</font>",
    '<img src="/etc/hostname"/> after an image tag',
    "AT&T &amp; &lt;tag&gt; a<b c>d 5 > 3 & 2 < 4",
    "</para><para>closing tags</para>",
    "Ελληνικά και Кириллица: Привет, группа",
    "Chinese: 你好，欢迎来到我们的小组",
    "Emoji: 😀 🎉 👍 ❤ 🌱",
]
HOSTILE_RTL = [
    "مرحبا بكم في المجموعة اليوم",
    "שלום לכולם בקבוצה שלנו",
]


def long_note(length: int = 10_000) -> str:
    parts, i = [], 0
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(f"long{i}")
        i += 1
    return " ".join(parts)[:length]


@pytest.fixture
def demo(session):
    group = load_demo_group(session)
    run = group.sessions[0]
    amira, ben = group.participants[0], group.participants[1]
    run.notes.append(Note(text=PRIVATE, visibility=Visibility.PRIVATE.value))
    run.notes.append(Note(text=PRIVATE_TAGGED, visibility=Visibility.PRIVATE.value, tagged=[ben]))
    run.notes.append(Note(text=SHARED_TAGGED_TO_AMIRA, visibility=Visibility.SHAREABLE.value, tagged=[amira]))
    run.notes.append(Note(text=SHARED_NAMING, visibility=Visibility.SHAREABLE.value))
    session.commit()
    return group


def build(session, tmp_path, kind, group, **kw):
    views = rq.document_views(session, kind, group.name, **kw)
    out = tmp_path / f"{kind}-{len(list(tmp_path.iterdir()))}.pdf"
    pages = build_document(kind, views, out, paper=settings.paper_size(session))
    assert pages == pdfread.page_count(out)
    return out


def private_texts(group):
    return [n.text for run in group.sessions for n in run.notes if n.visibility == Visibility.PRIVATE.value]


def test_private_notes_reach_only_the_facilitator_record(session, tmp_path, demo):
    settings.set_certificate_threshold(session, 1)
    parent_facing = [
        build(session, tmp_path, "parent-summary", demo, chapter=1),
        build(session, tmp_path, "parent-summary", demo, chapter=1, per_parent=True),
        build(session, tmp_path, "catch-up", demo, chapter=1),
        build(session, tmp_path, "certificates", demo),
    ]
    privates = private_texts(demo)
    assert len(privates) == 4
    for pdf in parent_facing:
        text = pdfread.squeeze(pdfread.all_text(pdf))
        for private in privates:
            assert pdfread.squeeze(private) not in text, (pdf.name, private)
    record = pdfread.squeeze(pdfread.body_text(build(session, tmp_path, "facilitator-record", demo, chapter=1)))
    for private in privates:
        assert pdfread.squeeze(private) in record
    assert pdfread.squeeze("PRIVATE") in record


def test_group_summary_names_no_parent_and_keeps_shareable_notes(session, tmp_path, demo):
    pdf = build(session, tmp_path, "parent-summary", demo, chapter=1)
    text = pdfread.all_text(pdf)
    squeezed = pdfread.squeeze(text)
    assert pdfread.squeeze("The group settled quickly and agreed to keep phones on silent.") in squeezed
    assert pdfread.squeeze("a parent and a parent both noticed their children checking back in") in squeezed
    for parent in demo.participants:
        first = parent.display_name.split()[0]
        assert first not in text, first
    assert "Chapter 2: Exploring Our Children" in text  # the next session
    assert "18:30" in text and "Riverside Family Centre" in text
    assert "Sam Example, 01234 567890" in text  # the contact line
    assert pdfread.page_count(pdf) == 1


def test_each_personalised_page_names_only_its_reader(session, tmp_path, demo):
    pdf = build(session, tmp_path, "parent-summary", demo, chapter=1, per_parent=True)
    pages = pdfread.page_texts(pdf)
    missed = {"Gwen L. (demo)", "Hiro N. (demo)"}
    readers = [p.display_name for p in demo.participants if p.consent_named and p.display_name not in missed]
    assert len(pages) == len(readers) == 5
    names = [p.display_name for p in demo.participants]
    for reader, page in zip(readers, pages):
        assert f"For {reader}" in page
        for other in names:
            if other != reader:
                assert other.split()[0] not in page, (reader, other)
    amira_page = pages[readers.index("Amira K. (demo)")]
    assert "lovely moment at the park" in amira_page
    assert all("lovely moment" not in page for page in pages if page is not amira_page)


def test_catch_up_sheets_go_to_each_parent_who_missed_the_chapter(session, tmp_path, demo):
    pages = pdfread.page_texts(build(session, tmp_path, "catch-up", demo, chapter=1))
    assert len(pages) == 2  # Gwen was absent, Hiro excused (by name)
    # Gwen did not agree to be named: "Dear parent" and a line to write her name by hand.
    assert "Dear parent, ____" in pages[0] and "Gwen" not in pages[0] and "Hiro" not in pages[0]
    assert "Dear Hiro N. (demo)," in pages[1] and "Gwen" not in pages[1]
    assert "What we explored" in pages[0] and "We missed you" in pages[0]
    assert not any("Thank you for coming" in page for page in pages)  # said to those who came, not here
    one = pdfread.page_texts(build(session, tmp_path, "catch-up", demo, chapter=1, participant="Hiro N. (demo)"))
    assert len(one) == 1 and "Hiro N. (demo)" in one[0]


def test_a_catch_up_sheet_is_only_for_a_parent_absent_or_excused(session, demo):
    with pytest.raises(rq.ReportLookupError, match=r'"Ben T. \(demo\)" was present at chapter 1, so there is nothing'):
        rq.document_views(session, "catch-up", demo.name, chapter=1, participant="Ben T. (demo)")
    with pytest.raises(rq.ReportLookupError, match="Chapter 2 has not been delivered yet"):
        rq.document_views(session, "catch-up", demo.name, chapter=2, participant="Gwen L. (demo)")


def test_a_summary_of_a_planned_chapter_says_so(session, tmp_path, demo):
    text = pdfread.all_text(build(session, tmp_path, "parent-summary", demo, chapter=2))
    assert "Planned, not yet delivered" in text and "What we will explore" in text
    assert "What we explored" not in text and "Thank you for coming" not in text


def test_parent_view_query_reads_only_shareable_notes(session, demo):
    """Private text cannot reach a parent's page: the query itself never selects it."""
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", remember)
    try:
        session.expire_all()
        run = demo.sessions[0]
        view = rq.parent_summary_view(session, run)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    note_queries = [s for s, _ in statements if "FROM note" in s]
    assert note_queries, "the view reads the shareable notes from the database"
    assert all("visibility" in s for s in note_queries)
    assert all(Visibility.SHAREABLE.value in str(p) for s, p in statements if "FROM note" in s)
    fields = {f.name for f in dataclasses.fields(ParentSummaryView)}
    assert not fields & {"notes", "private_notes", "attendance", "participants"}
    assert PRIVATE not in repr(view)


def test_hostile_text_comes_out_as_the_same_characters(session, tmp_path, demo):
    run = demo.sessions[0]
    demo.name = "Tuesday <b>group</b> & friends ✨ مجموعة"
    texts = HOSTILE + HOSTILE_RTL + [long_note()]
    for text in texts:
        run.notes.append(Note(text=text, visibility=Visibility.SHAREABLE.value))
    session.commit()
    for kind in ("parent-summary", "facilitator-record"):
        pdf = build(session, tmp_path, kind, demo, chapter=1)
        body = pdfread.body_text(pdf)
        squeezed = pdfread.squeeze(body)
        for text in HOSTILE + [long_note()]:
            assert pdfread.squeeze(text) in squeezed, (kind, text[:40])
        extracted_words = set(pdfread.words(body))
        for text in HOSTILE_RTL:
            # pdftotext gives right-to-left words in visual order; each word must come out whole.
            assert set(pdfread.words(text)) <= extracted_words, (kind, text)
        assert pdfread.squeeze("Tuesday <b>group</b> & friends ✨") in squeezed
        assert pdfread.page_count(pdf) >= 2  # the long note flowed onto more pages
        fonts = " ".join(pdfread.font_names(pdf))
        assert "DroidSansFallback" in fonts and "Symbola" in fonts and "DejaVuSans" in fonts


def test_facilitator_record_is_confidential_on_every_page_with_timings(session, tmp_path, demo):
    demo.sessions[0].notes.append(Note(text=long_note(), visibility=Visibility.PRIVATE.value))
    session.commit()
    pdf = build(session, tmp_path, "facilitator-record", demo, chapter=1)
    pages = pdfread.page_texts(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "CONFIDENTIAL" in page
        assert f"Page {number} of {len(pages)}" in page
    first = pdfread.page_texts(pdf, layout=True)[0]
    for name in ("Amira K. (demo)", "Hiro N. (demo)"):
        assert name in first
    assert "Excused" in first and "Late" in first
    # Chapter 1 of the demo: 90 planned minutes, 94 taken.
    assert "Total (minutes)" in first
    line = next(l for l in first.splitlines() if "Total (minutes)" in l)
    assert "90" in line and "94" in line and "+4" in line


def test_every_document_numbers_its_pages(session, tmp_path, demo):
    settings.set_certificate_threshold(session, 1)
    for kind in ("parent-summary", "catch-up", "programme-report", "facilitator-record", "print-pack"):
        pages = pdfread.page_texts(build(session, tmp_path, kind, demo, chapter=1))
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page, kind
            assert "Prepared on " in page, kind
    # A certificate has nothing printed at its foot inside the border.
    for page in pdfread.page_texts(build(session, tmp_path, "certificates", demo)):
        assert "Page " not in page and "COS Desktop" not in page


def test_paper_size_comes_from_the_setting(session, tmp_path, demo):
    a4 = pdfread.page_sizes(build(session, tmp_path, "parent-summary", demo))
    assert a4 == [(pytest.approx(595.3, abs=0.5), pytest.approx(841.9, abs=0.5))]
    settings.set_paper_size(session, "Letter")
    letter = pdfread.page_sizes(build(session, tmp_path, "parent-summary", demo))
    assert letter == [(612, 792)]


def test_programme_report_of_ten_parents_and_eight_chapters(session, tmp_path):
    group = make_delivered_group(session, parents=10, delivered=8, note_words=2000)
    pdf = build(session, tmp_path, "programme-report", group)
    assert 1 <= pdfread.page_count(pdf) <= 3
    text = pdfread.all_text(pdf)
    assert "Delivered: 8 of 8" in text
    assert "Parent 10 (demo)" in text and "private:" not in text
    png = tmp_path / "report"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(png)], check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("report*.png"))).convert("L")
    dark = sum(image.histogram()[:200])
    assert dark > image.width * image.height * 0.01  # not a blank page


def test_certificates_follow_the_threshold(session, tmp_path):
    group = make_delivered_group(session, parents=10, delivered=8, note_words=20)
    report = rq.programme_report_view(session, group)
    expected = [p.name for p in report.parents if p.attended >= 6]
    assert 0 < len(expected) < 10
    pages = pdfread.page_texts(build(session, tmp_path, "certificates", group))
    assert len(pages) == len(expected)
    consent = {p.display_name: p.consent_named for p in group.participants}
    for name, page in zip(expected, pages):
        assert "Certificate of completion" in page
        if consent[name]:
            assert name in page and sum(1 for p in report.parents if p.name in page) == 1
        else:  # not agreed to be named: a line to write the name on by hand
            assert "Parent " not in page and "____" in page
        assert page.count("Facilitator") == 2  # one signature line per facilitator
    settings.set_certificate_threshold(session, 8)
    with pytest.raises(rq.ReportLookupError, match="Nobody .* has attended 8 chapters"):
        rq.document_views(session, "certificates", group.name)


def test_missing_things_give_clear_messages(session, demo):
    with pytest.raises(rq.ReportLookupError, match='no group called "Nobody"'):
        rq.document_views(session, "parent-summary", "Nobody")
    with pytest.raises(rq.ReportLookupError, match="has no chapter 12"):
        rq.document_views(session, "facilitator-record", demo.name, chapter=12)
    with pytest.raises(rq.ReportLookupError, match='no parent called "Zed"'):
        rq.document_views(session, "catch-up", demo.name, chapter=1, participant="Zed")
    with pytest.raises(rq.ReportLookupError, match="agreed to be named"):
        rq.document_views(session, "parent-summary", demo.name, chapter=1, participant="Chloé R. (demo)")
    # Without --chapter: the last delivered session (the demo has delivered chapter 1).
    assert rq.document_views(session, "facilitator-record", demo.name).chapter_position == 1


def test_tonights_print_pack_has_each_parents_page_in_name_order(session, tmp_path, demo):
    pack = rq.document_views(session, "print-pack", demo.name, chapter=1)
    assert [p.reader for p in pack.pages] == sorted((p.display_name for p in demo.participants), key=str.casefold)
    assert (pack.summaries, pack.catch_ups) == (6, 2)
    pages = pdfread.page_texts(build(session, tmp_path, "print-pack", demo, chapter=1))
    assert len(pages) == 8
    for page, entry in zip(pages, pack.pages):
        assert ("We missed you" in page) == entry.catch_up
        named = entry.reader in page
        assert named == any(p.consent_named for p in demo.participants if p.display_name == entry.reader)
        others = [p.display_name for p in demo.participants if p.display_name != entry.reader]
        assert not any(name in page for name in others)
    # Chloé (present, not agreed to be named) gets the summary without her name; Gwen (absent, not
    # agreed) gets "Dear parent" and a line to write on.
    chloe = [p.reader for p in pack.pages].index("Chloé R. (demo)")
    assert "Chloé" not in pages[chloe] and "What we explored" in pages[chloe]


def test_a_print_pack_needs_a_delivered_session_with_attendance(session, demo):
    with pytest.raises(rq.ReportLookupError, match="has not been delivered yet"):
        rq.document_views(session, "print-pack", demo.name, chapter=2)
    run = demo.sessions[0]
    run.attendance.clear()
    session.commit()
    with pytest.raises(rq.ReportLookupError, match="Nobody is marked as having come to chapter 1"):
        rq.document_views(session, "print-pack", demo.name, chapter=1)


def test_names_in_any_script_are_taken_out_and_listed(session, tmp_path, demo):
    run = demo.sessions[0]
    demo.participants[2].display_name = "王小明"
    demo.participants[3].display_name = "أمينة"
    run.notes.append(Note(text="今天王小明分享了一个关于他女儿的故事。", visibility=Visibility.SHAREABLE.value))
    run.notes.append(Note(text="قالت وأمينة إن ابنها نام جيدا", visibility=Visibility.SHAREABLE.value))
    session.commit()
    found: list = []
    views = rq.document_views(session, "parent-summary", demo.name, chapter=1, found=found)
    text = pdfread.all_text(build(session, tmp_path, "parent-summary", demo, chapter=1))
    assert "王小明" not in text and "小明" not in text and "一位家长" in text
    assert "أمينة" not in repr(views) and "王小明" not in repr(views)
    assert {(m.name, words) for m, words in found} >= {("王小明", "一位家长"), ("أمينة", "أحد الوالدين")}


def test_every_document_names_itself_and_embeds_every_font_it_declares(session, tmp_path, demo):
    from pypdf import PdfReader

    settings.set_certificate_threshold(session, 1)
    settings.set_service_details(session, name="Riverside Family Centre", contact="01632 960 123")
    titles = {"parent-summary": "Parent summary - Demo group - Chapter 1", "print-pack": "Print pack - Demo group - Chapter 1",
              "facilitator-record": "Facilitator record - Demo group · Chapter 1", "catch-up": "Catch-up sheet - Demo group",
              "programme-report": "Programme report - Demo group", "certificates": "Certificates of completion - Demo group"}
    for kind, title in titles.items():
        views = rq.document_views(session, kind, demo.name, chapter=1)
        out = tmp_path / f"{kind}.pdf"
        build_document(kind, views, out, service=settings.service_details(session))
        reader = PdfReader(str(out))
        assert reader.metadata.title.startswith(title), kind
        assert reader.metadata.author == "Riverside Family Centre" and reader.metadata.subject, kind
        assert str(reader.trailer["/Root"]["/Lang"]) == "en", kind
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), (kind, fonts)  # the "emb" column
        if kind != "certificates":
            assert "Riverside Family Centre" in pdfread.all_text(out) and "COS Desktop" not in pdfread.all_text(out)


def test_the_facilitator_record_names_its_group_and_session_on_every_page(session, tmp_path, demo):
    demo.sessions[0].notes.append(Note(text=long_note(6000), visibility=Visibility.PRIVATE.value))
    session.commit()
    pages = pdfread.page_texts(build(session, tmp_path, "facilitator-record", demo, chapter=1))
    assert len(pages) >= 2
    for page in pages:
        assert "Demo group · Chapter 1: Welcome to Circle of Security Parenting" in page


def test_a_long_note_never_leaves_one_line_alone_on_a_page(session, tmp_path, demo):
    # Notes of many lengths: whichever one breaks across a page, at least two of its lines go each side.
    for words in range(120, 400, 23):
        demo.sessions[0].notes.append(Note(text=" ".join(f"w{words}x{i}" for i in range(words)),
                                           visibility=Visibility.PRIVATE.value))
    session.commit()
    pdf = build(session, tmp_path, "facilitator-record", demo, chapter=1)
    pages = pdfread.page_texts(pdf, layout=True)
    breaks = 0
    for before, after in zip(pages, pages[1:]):
        lines_before = [ln for ln in before.splitlines() if ln.strip() and "Page " not in ln and "Prepared on" not in ln
                        and " · " not in ln]
        lines_after = [ln for ln in after.splitlines() if ln.strip() and "CONFIDENTIAL" not in ln]
        last_note = lines_before[-1].split()[0].split("x")[0]
        first_note = lines_after[0].split()[0].split("x")[0]
        if last_note == first_note and last_note.startswith("w"):  # one note runs across the break
            breaks += 1
            assert sum(1 for ln in lines_before if ln.split()[0].startswith(last_note + "x")) >= 2
            assert sum(1 for ln in lines_after if ln.split()[0].startswith(first_note + "x")) >= 2
    assert breaks >= 1  # the notes did run across pages


def test_dates_are_written_one_way_on_every_document():
    import datetime as dt

    from cos_desktop.core.report_views import long_date, short_date

    day = dt.date(2026, 2, 2)
    assert long_date(day) == "Monday 2 February 2026" and short_date(day) == "2 Feb 2026"
    assert long_date(day, "mdy") == "Monday, February 2, 2026" and short_date(day, "mdy") == "Feb 2, 2026"
    assert long_date(day, "ymd") == "2026-02-02 (Monday)" and short_date(day, "ymd") == "2026-02-02"


def test_the_services_logo_is_on_the_page(session, tmp_path, demo):
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (47, 111, 143)).save(logo)
    settings.set_service_details(session, name="Riverside Family Centre", contact="", logo=str(logo))
    out = tmp_path / "summary.pdf"
    build_document("parent-summary", rq.document_views(session, "parent-summary", demo.name, chapter=1), out,
                   service=settings.service_details(session))
    images = PdfReader(str(out)).pages[0]["/Resources"].get("/XObject", {})
    assert len(images) == 1
    # A logo file that has gone missing never stops the document.
    logo.unlink()
    assert build_document("parent-summary", rq.document_views(session, "parent-summary", demo.name, chapter=1),
                          tmp_path / "again.pdf", service=settings.service_details(session)) == 1
