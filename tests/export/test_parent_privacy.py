"""Other parents' names never reach a parent page, in any script (cos_desktop.core.name_match)."""

from __future__ import annotations

import pytest

from cos_desktop.core.name_match import find_names, redact_names, replacement_for

# (script, the parent's recorded name, a note that mentions them, what must not survive)
CASES = [
    ("Latin, honorific and possessive", "Amira K.", "Mrs Amira said Amira's son slept better.", ["Amira"]),
    ("Latin, given name alone", "Gwen L. (demo)", "gwen brought cake.", ["gwen"]),
    ("Latin, accents both ways", "José Núñez", "JOSE\u0301 and Jose talked; Núñez too.", ["JOS", "Jose", "Núñez"]),
    ("Latin, full-width letters", "Amira K.", "Ａｍｉｒａ came early.", ["Ａｍｉｒａ"]),
    ("Latin, zero-width inside", "Amira K.", "Ami\u200bra shared 😊 a story.", ["Ami"]),
    ("Cyrillic, case ending", "Мария Иванова", "Мы говорили с Марией, и Мария улыбнулась.", ["Мари"]),
    ("Greek, honorific and accents", "Ελένη", "Η κα ΕΛΈΝΗ είπε ότι η Ελένη κουράστηκε.", ["ΕΛΈΝΗ", "Ελένη"]),
    ("Arabic, joined prefix", "أمينة", "قالت وأمينة إن ابنها نام جيدا.", ["أمينة", "امينة"]),
    ("Arabic, vowel marks and bidi controls", "أمينة", "شكرا \u2067لأَمِينَة\u2069 على القصة.", ["مِين", "مين"]),
    ("Arabic, honorific", "أمينة", "السيدة أمينة شاركت قصة.", ["أمينة", "السيدة"]),
    ("Hebrew, joined prefixes", "נועה", "ולנועה היה שבוע קשה, ושנועה סיפרה.", ["נועה"]),
    ("Chinese, inside a run", "王小明", "今天王小明分享了一个关于他女儿的故事。", ["王小明", "小明"]),
    ("Chinese, given name and honorific", "王小明", "小明说他很累。王小明先生也来了。", ["小明", "先生"]),
    ("Japanese, さん after the name", "山田 花子", "花子さんが話してくれた。山田さんも。", ["花子", "山田"]),
    ("Japanese, written without a space", "山田花子", "花子さんが来ました。", ["花子"]),
    ("Latin, French honorific", "Amira K.", "M. Amira est venu.", ["Amira", "M. "]),
    ("Japanese, half-width katakana", "サクラ", "ｻｸﾗちゃんは元気でした。", ["ｻｸﾗ", "サクラ"]),
    ("Korean, particle and honorific", "김민준", "민준이가 말했다. 김민준 씨도 왔다.", ["민준", "김민준"]),
    ("Thai, no spaces, honorific before", "สมชาย", "คุณสมชายเล่าว่าลูกหลับดี", ["สมชาย"]),
    ("Lao, no spaces", "ສົມສັກ", "ສົມສັກເວົ້າວ່າລູກນອນດີ", ["ສົມສັກ"]),
    ("Khmer, no spaces", "សុខា", "សុខាបាននិយាយថាកូនគេងលក់", ["សុខា"]),
    ("Myanmar, no spaces", "မောင်မောင်", "မောင်မောင်ကပြောတယ်", ["မောင်မောင်"]),
    ("Devanagari, honorific after", "प्रिया", "प्रिया जी ने बताया कि बच्चा सोया।", ["प्रिया", "जी"]),
]


@pytest.mark.parametrize("script, name, note, gone", CASES, ids=[c[0] for c in CASES])
def test_a_name_is_found_and_replaced_in_every_script(script, name, note, gone):
    redacted = redact_names(note, [name])
    for piece in gone:
        assert piece not in redacted, f"{piece!r} survived in {redacted!r}"
    assert find_names(note, [name]), "the warning while typing finds it too"
    assert replacement_for(note) in redacted


@pytest.mark.parametrize(
    "name, text",
    [
        ("Amira K.", "The admiral and Amiral Road."),
        ("Ann", "Our annual meeting: annotate the handout."),
        ("Gwen L. (demo)", "A demo of the video."),  # the note in brackets is not a name
        ("Maria de la Cruz", "We talked de la semaine."),  # short parts are not names on their own
        ("נועה", "נועהלה"[:0] + "נועם היה כאן"),
    ],
)
def test_ordinary_words_are_left_alone(name, text):
    assert redact_names(text, [name]) == text


def test_the_replacement_is_in_the_notes_language():
    assert redact_names("王小明分享了故事。", ["王小明"]) == "一位家长分享了故事。"
    assert redact_names("花子さんが話した。", ["花子"]) == "ある保護者が話した。"
    assert redact_names("Amira shared a story.", ["Amira"]) == "a parent shared a story."
    assert redact_names("Amira dijo que su hija duerme mejor.", ["Amira"]) == \
        "un padre o una madre dijo que su hija duerme mejor."
    assert redact_names("Amira a dit que sa fille dort mieux avec le doudou.", ["Amira"]).startswith("un parent a dit")
    assert redact_names("Amira sagte, dass ihre Tochter besser schläft und nicht weint.", ["Amira"]).startswith(
        "ein Elternteil sagte")
    assert redact_names("I'm Amira's friend.", ["Amira"]) == "I'm a parent's friend."  # "m" alone is no honorific
    assert "أحد الوالدين" in redact_names("قالت أمينة شيئا", ["أمينة"])


def test_each_match_is_reported_with_the_text_it_replaced():
    found: list = []
    redact_names("Mrs Amira and 小明说", ["Amira K.", "王小明"], found=found)
    assert [(m.name, m.found, words) for m, words in found] == [
        ("Amira K.", "Mrs Amira", "a parent"), ("王小明", "小明", "a parent")]
