"""Finding parents' names in free text, in any script, so they can be kept off parent pages.

Text and names are compared after folding: compatibility forms (NFKD: full-width letters,
Arabic presentation forms, ligatures), case folding, combining marks (accents, Arabic and
Hebrew vowel points) and invisible characters (zero-width and bidi controls) set aside.
A name then matches:
- in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) anywhere
  inside a run of text;
- in Arabic and Hebrew with a joined prefix (و ف ب ك ل ال / ו ה ב כ ל מ ש) and suffix;
- in Korean with a particle after it; elsewhere as a whole word ("Amira's" included);
- by the given name alone ("Amira" for "Amira K."), and a Chinese given name without the family name.
Honorifics next to a name (Mrs, さん, 先生, 씨...) are replaced with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

IGNORED = frozenset(
    "\u00ad\u034f\u061c\u0640\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff" + "".join(map(chr, range(0xFE00, 0xFE10)))
)
# Scripts written without spaces between words: (first, last) code points.
NO_SPACE = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF), (0x2E80, 0x2FDF),
            (0x3005, 0x3007), (0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
            (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F), (0xF900, 0xFAFF), (0x20000, 0x3134F))
ARABIC_PREFIXES = frozenset({"و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ول", "فل", "وب", "فب", "وك",
                             "ولل", "فلل", "س", "وس"})
ARABIC_SUFFIXES = frozenset({"ه", "ها", "هم", "هن", "هما", "ك", "كم", "ي", "نا", "ة", "ات", "ان", "ين", "ون"})
HEBREW_PREFIXES = frozenset({"ו", "ה", "ב", "כ", "ל", "מ", "ש", "וה", "וב", "וכ", "ול", "ומ", "וש", "שה", "שב", "של",
                             "שמ", "מה", "כש", "וכש", "ושה", "ושב", "ושל", "לכש"})
HEBREW_SUFFIXES = frozenset({"י", "ה", "ו", "ים", "ות", "של"})
HONORIFICS_BEFORE = ("mrs", "mr", "ms", "mx", "miss", "dr", "mme", "mlle", "m", "sra", "sr", "srta", "frau", "herr",
                     "г-жа", "г-н", "κα", "κ", "السيدة", "السيد", "الأخت", "الأخ", "גב'", "מר", "श्रीमती", "श्री")
HONORIFICS_AFTER = ("さん", "さま", "様", "ちゃん", "くん", "君", "氏", "先生", "女士", "小姐", "太太", "妈妈", "媽媽",
                    "씨", "님", "ji", "जी", "-san", "-chan", "-kun")
REPLACEMENTS = (  # (script test, "a parent" in that language)
    ("kana", "ある保護者"), ("han", "一位家长"), ("arabic", "أحد الوالدين"), ("hebrew", "הורה"), ("hangul", "한 부모"),
    ("thai", "ผู้ปกครองท่านหนึ่ง"), ("cyrillic", "один из родителей"), ("greek", "ένας γονέας"),
    ("devanagari", "एक अभिभावक"),
)
DEFAULT_REPLACEMENT = "a parent"
# Languages written in Latin letters, told apart by their commonest small words.
LATIN_LANGUAGES = (
    ("a parent", "a the and is was with her his she he very not to of said their"),
    ("un padre o una madre", "el la los las que y con su sus muy pero está dijo hija hijo del"),
    ("un parent", "le la les et est avec sa son ses très mais pour dit fille fils du une"),
    ("ein Elternteil", "der die das und ist mit sein seine ihr ihre sehr nicht hat sagte tochter sohn"),
    ("un genitore", "il che è con sua suo molto della per ha detto figlia figlio"),
    ("um dos pais", "o que com sua seu muito não para ele ela disse filha filho"),
    ("een ouder", "de het en is met zijn haar niet een heel zei dochter zoon"),
    ("en förälder", "och är med hennes hans inte ett mycket att sa dotter son"),
    ("en forælder", "og er med hendes hans ikke et meget at sagde datter søn"),
    ("en forelder", "og er med hennes hans ikke et veldig at sa datter sønn"),
    ("üks lapsevanem", "ja on oma see ei väga ka ütles tütar poeg"),
    ("un părinte", "și este cu lui foarte nu fiica fiul spus"),
)


@dataclass(frozen=True)
class NameMatch:
    start: int  # in the original text
    end: int
    name: str  # the parent's name as recorded
    found: str  # the text that matched (with prefix, suffix or honorific as replaced)


def _in(ch: str, ranges) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in ranges)


def no_space(ch: str) -> bool:
    return _in(ch, NO_SPACE)


def is_arabic(ch: str) -> bool:
    return _in(ch, ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)))


def is_hebrew(ch: str) -> bool:
    return _in(ch, ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)))


def is_hangul(ch: str) -> bool:
    return _in(ch, ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)))


def _letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"


def fold(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the original character."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        if ch in IGNORED:
            continue
        for part in unicodedata.normalize("NFKD", ch.casefold()):
            if unicodedata.category(part) == "Mn" or part in IGNORED:
                continue
            for folded in unicodedata.normalize("NFKD", part.casefold()):
                out.append(folded)
                where.append(index)
    return "".join(out), where


def _folded(text: str) -> str:
    return fold(text)[0]


def name_patterns(names: Iterable[str]) -> list[tuple[str, str]]:
    """(folded pattern, recorded name): the full name, each part of it long enough to be a name
    (the given name alone), and a Chinese given name without its one-character family name.
    Longest first, so "Amira K." is found before "Amira"."""
    found: dict[str, str] = {}
    for name in names:
        bare = "".join(ch for ch in name if ch not in "()[]").strip()
        core = name.split("(")[0].strip() or bare
        for candidate in {bare, core}:
            folded = _folded(candidate).strip(" .,;:")
            if len(folded) >= 2:
                found.setdefault(folded, name)
        for part in _folded(core).replace("-", " ").split():
            part = part.strip(" .,;:'’")
            if len(part) >= 3 or (len(part) == 2 and (no_space(part[0]) or is_hangul(part[0]))):
                found.setdefault(part, name)
        if " " not in core and len(core) >= 3 and (no_space(core[0]) or is_hangul(core[0])):
            found.setdefault(_folded(core[1:]), name)  # 王小明 -> 小明, 김민준 -> 민준
            found.setdefault(_folded(core[-2:]), name)  # 山田花子 -> 花子
        for part in _folded(core).split():
            if len(part) >= 4 and _is_inflected(part[-1]) and part[-1] in "аяйьоеыиαηοε":
                found.setdefault(part[:-1], name)  # Мария -> Мари(ей), Ελένη -> Ελέν(ης)
    return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)


def _is_inflected(ch: str) -> bool:
    """Scripts whose names take case endings (Cyrillic, Greek)."""
    return _in(ch, ((0x0370, 0x03FF), (0x0400, 0x04FF)))


def _letters_before(folded: str, start: int) -> str:
    begin = start
    while begin > 0 and _letter(folded[begin - 1]):
        begin -= 1
    return folded[begin:start]


def _letters_after(folded: str, end: int) -> str:
    stop = end
    while stop < len(folded) and _letter(folded[stop]):
        stop += 1
    return folded[end:stop]


def _start_ok(folded: str, start: int, pattern: str) -> int | None:
    """Where the replaced text begins (before a joined prefix it stays), or None when the
    pattern sits inside a longer word."""
    if start == 0 or not _letter(folded[start - 1]) or no_space(pattern[0]) or no_space(folded[start - 1]):
        return start
    prefix = _letters_before(folded, start)
    if is_arabic(pattern[0]) and prefix in ARABIC_PREFIXES:
        return start
    if is_hebrew(pattern[0]) and prefix in HEBREW_PREFIXES:
        return start
    return None


def _end_ok(folded: str, end: int, pattern: str) -> int | None:
    """Where the replaced text ends (after a joined suffix), or None inside a longer word."""
    if end == len(folded) or not _letter(folded[end]) or no_space(pattern[-1]) or no_space(folded[end]):
        return end
    suffix = _letters_after(folded, end)
    if (is_arabic(pattern[-1]) and suffix in ARABIC_SUFFIXES) or (is_hebrew(pattern[-1]) and suffix in HEBREW_SUFFIXES):
        return end + len(suffix)
    if _is_inflected(pattern[-1]) and len(suffix) <= 3:  # Марии, Марией, Ελένης
        return end + len(suffix)
    if is_hangul(pattern[-1]) and len(suffix) <= 6:  # a particle (이, 가, 는, 에게...) in jamo after folding
        return end + len(suffix)
    return None


def _honorifics(folded: str, start: int, end: int) -> tuple[int, int]:
    """Take in an honorific just before or after the name."""
    after = end + 1 if folded[end:end + 1] == " " else end
    for word in HONORIFICS_AFTER:
        w = _folded(word)
        for at in dict.fromkeys((end, after)):
            if folded.startswith(w, at) and (no_space(w[0]) or is_hangul(w[0]) or w[0] == "-" or
                                             at + len(w) == len(folded) or not _letter(folded[at + len(w)])):
                return _before(folded, start, at + len(w))
    return _before(folded, start, end)


def _before(folded: str, start: int, end: int) -> tuple[int, int]:
    head = folded[:start].rstrip()
    gap = start - len(head)
    for word in HONORIFICS_BEFORE:
        w = _folded(word)
        for candidate in (w + ".", w) if len(w) > 1 else (w + ".",):  # "M." but never a lone "m" (I'm)
            if head.endswith(candidate) and (len(head) == len(candidate) or not _letter(head[-len(candidate) - 1])):
                if gap >= 1 or not _letter(candidate[-1]):
                    return len(head) - len(candidate), end
    return start, end


def find_names(text: str, names: Iterable[str]) -> list[NameMatch]:
    """Every mention of these parents in `text`, without overlaps, in order."""
    if not text:
        return []
    folded, where = fold(text)
    taken = [False] * len(folded)
    spans: list[tuple[int, int, str]] = []
    for pattern, name in name_patterns(names):
        at = folded.find(pattern)
        while at >= 0:
            end = at + len(pattern)
            start_ok, end_ok = _start_ok(folded, at, pattern), _end_ok(folded, end, pattern)
            if start_ok is not None and end_ok is not None and not any(taken[at:end]):
                start, stop = _honorifics(folded, start_ok, end_ok)
                if any(taken[start:stop]):
                    start, stop = start_ok, end_ok
                for i in range(start, stop):
                    taken[i] = True
                spans.append((start, stop, name))
            at = folded.find(pattern, at + 1)
    matches = []
    for start, stop, name in sorted(spans):
        first, last = where[start], where[stop - 1] + 1
        while last < len(text) and (text[last] in IGNORED or unicodedata.category(text[last]) == "Mn"):
            last += 1  # vowel points and marks that belong to the name's last letter
        matches.append(NameMatch(first, last, name, text[first:last]))
    return matches


def _has(text: str, test: str) -> bool:
    checks = {
        "kana": lambda ch: 0x3040 <= ord(ch) <= 0x30FF,
        "han": lambda ch: no_space(ch) and 0x2E80 <= ord(ch),
        "arabic": is_arabic, "hebrew": is_hebrew, "hangul": is_hangul,
        "thai": lambda ch: 0x0E00 <= ord(ch) <= 0x0E7F,
        "cyrillic": lambda ch: 0x0400 <= ord(ch) <= 0x04FF,
        "greek": lambda ch: 0x0370 <= ord(ch) <= 0x03FF,
        "devanagari": lambda ch: 0x0900 <= ord(ch) <= 0x097F,
    }
    return any(checks[test](ch) for ch in text)


def _latin_replacement(text: str) -> str:
    """The language with most of its small words in the text; English when unsure."""
    words = [w.strip(".,;:!?\"'()") for w in text.casefold().split()]
    best, best_score = DEFAULT_REPLACEMENT, 0
    for replacement, small_words in LATIN_LANGUAGES:
        vocabulary = set(small_words.split())
        score = sum(1 for w in words if w in vocabulary)
        if score > best_score:
            best, best_score = replacement, score
    return best


def replacement_for(text: str) -> str:
    """'a parent' in the language the text seems to be written in (by its script)."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ord(ch) < 0x0250)
    if letters and latin * 2 > len(letters):
        return _latin_replacement(text)
    for test, words in REPLACEMENTS:
        if _has(text, test):
            return words
    return DEFAULT_REPLACEMENT


def redact_names(text: str, names: Iterable[str], replacement: str | None = None, found: list | None = None) -> str:
    """The text with every mention of these names replaced by a neutral phrase (by default "a
    parent" in the text's language). Each (match, replacement) is appended to `found` when given."""
    matches = find_names(text, names)
    if not matches:
        return text
    words = replacement or replacement_for(text)
    parts, last = [], 0
    for match in matches:
        parts += [text[last:match.start], words]
        last = match.end
    if found is not None:
        found.extend((match, words) for match in matches)
    return "".join(parts) + text[last:]
