"""Right-to-left order: the word-level bidi rules, and real PDFs read back by position."""

from __future__ import annotations

import io

from cos_desktop.export import bidi
from tests.export import pdfread


def test_visual_order_of_a_line():
    assert bidi.visual_order("مجموعة الخميس".split(), True) == ["الخميس", "مجموعة"]
    assert bidi.visual_order("For נועה כהן".split(), False) == ["For", "כהן", "נועה"]
    # Numbers and English inside right-to-left text keep their own order.
    assert bidi.visual_order("הפגישה ב 12 13 במרץ".split(), True) == ["במרץ", "12", "13", "ב", "הפגישה"]
    assert bidi.visual_order("تحدثت Amira Smith عن".split(), True) == ["عن", "Amira", "Smith", "تحدثت"]
    # A neutral word between two right-to-left words goes with them.
    assert bidi.visual_order("Hi שלום - לכם".split(), False) == ["Hi", "לכם", "-", "שלום"]


def test_digits_joined_to_hebrew_letters_keep_their_order():
    assert bidi.mixed_word_visual("ב-12") == "12-ב"
    assert bidi.mixed_word_visual("שלום") is None
    assert bidi.mixed_word_visual("(2)") is None


def test_right_to_left_paragraphs_read_from_the_right(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from cos_desktop.export import layout

    styles = layout.make_styles()
    pdf = tmp_path / "rtl.pdf"
    story = [
        layout.plain("مجموعة الخميس في المركز", styles.body),
        layout.plain("הפגישה השלישית ב-12 במרץ", styles.body),
        layout.labelled("Venue:", "מרכז המשפחה", styles.body),
    ]
    SimpleDocTemplate(str(pdf)).build(story)
    assert pdfread.right_to_left_line(pdf, "مجموعة") == ["مجموعة", "الخميس", "في", "المركز"]
    assert pdfread.right_to_left_line(pdf, "הפגישה") == ["הפגישה", "השלישית", "12-ב", "במרץ"]
    # An English label first: the line reads left to right, the Hebrew run inside it from its right.
    assert pdfread.right_to_left_line(pdf, "Venue:") == ["מרכז", "המשפחה", "Venue:"]


def test_long_right_to_left_text_breaks_into_lines_that_each_read_from_the_right(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from cos_desktop.export import layout

    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    words = [letters[i // 22] + letters[i % 22] + "ים" for i in range(60)]
    pdf = io.BytesIO()
    SimpleDocTemplate(pdf).build([layout.plain(" ".join(words), layout.make_styles().body)])
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf.getvalue())
    boxes = pdfread.word_boxes(path)
    rows: dict[float, list] = {}
    for x, y, w in boxes:
        rows.setdefault(round(y), []).append((x, w))
    read = []
    for y in sorted(rows):
        # From the right margin leftwards; each stored word holds its letters in visual order.
        read += [w[::-1] for _x, w in sorted(rows[y], key=lambda item: -item[0])]
    assert len(rows) > 1
    assert read == words


def test_long_right_to_left_notes_flow_across_pages(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from cos_desktop.export import layout

    body = layout.make_styles().body
    spaced = " ".join(["مرحبا بكم في المجموعة"] * 500)
    one_word = "ש" * 10_000
    path = tmp_path / "long-rtl.pdf"
    SimpleDocTemplate(str(path)).build([layout.plain(spaced, body), layout.plain(one_word, body)])
    assert pdfread.page_count(path) > 3
    text = pdfread.all_text(path)
    assert text.count("ש") == 10_000
    assert pdfread.squeeze(text).count(pdfread.squeeze("مرحبا")) == 500
