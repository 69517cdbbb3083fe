"""What text the records accept: one rule per field, the same on SQLite and PostgreSQL.

A name or title is one line; a long text (a note, a prompt, a summary) keeps its tabs and line
breaks. No text keeps NUL or any other control character (PostgreSQL refuses NUL outright, and a
character nobody can see is never what was meant), nor a broken half of a surrogate pair: they
are dropped. Each field has one length limit, counted in characters (as PostgreSQL counts):
the column's own length for names and titles, LONG_TEXT for long texts; a longer text is
refused with a message that names the field. The database layer applies these rules to every write.
"""

from __future__ import annotations

import re

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# Long texts: a generous limit that still keeps one note from filling the disk.
LONG_TEXT = 100_000
_NOT_IN_ANY_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NOT_IN_ONE_LINE = re.compile(r"[\t\n\r]")

# Names a person would recognise, by column: used in messages.
FIELD_NAMES = {  # translated where shown
    "name": QT_TRANSLATE_NOOP("TextRules", "name"),
    "title": QT_TRANSLATE_NOOP("TextRules", "title"),
    "display_name": QT_TRANSLATE_NOOP("TextRules", "parent's name"),
    "child_ages": QT_TRANSLATE_NOOP("TextRules", "children's ages"),
    "venue": QT_TRANSLATE_NOOP("TextRules", "venue"),
    "facilitators": QT_TRANSLATE_NOOP("TextRules", "facilitators"),
    "contact": QT_TRANSLATE_NOOP("TextRules", "contact"),
    "text": QT_TRANSLATE_NOOP("TextRules", "note"),
    "description": QT_TRANSLATE_NOOP("TextRules", "description"),
    "parent_summary": QT_TRANSLATE_NOOP("TextRules", "parent summary"),
    "notice_this_week": QT_TRANSLATE_NOOP("TextRules", "notice this week"),
    "facilitator_prompt": QT_TRANSLATE_NOOP("TextRules", "facilitator prompt"),
    "parent_takeaway": QT_TRANSLATE_NOOP("TextRules", "parent take-away"),
    "video_title": QT_TRANSLATE_NOOP("TextRules", "video title"),
    "optional_link_title": QT_TRANSLATE_NOOP("TextRules", "link title"),
    "optional_link_location": QT_TRANSLATE_NOOP("TextRules", "link address"),
    "location": QT_TRANSLATE_NOOP("TextRules", "video location"),
    "prompt": QT_TRANSLATE_NOOP("TextRules", "pause prompt"),
    "payload": QT_TRANSLATE_NOOP("TextRules", "event details"),
    "value": QT_TRANSLATE_NOOP("TextRules", "setting"),
}


class TextRuleError(ValueError):
    """A text that cannot be stored; str(error) says which field, why, and what to change."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


def field_label(field: str, where: str = "") -> str:
    label = translate("TextRules", FIELD_NAMES[field]) if field in FIELD_NAMES else field.replace("_", " ")
    if where:
        return translate("TextRules", "the {where} {field}").format(where=where, field=label)
    return translate("TextRules", "the {field}").format(field=label)


def clean(value: str, *, one_line: bool) -> str:
    """`value` without control characters; in a one-line field, tabs and line breaks become spaces."""
    if one_line and _NOT_IN_ONE_LINE.search(value):
        value = _NOT_IN_ONE_LINE.sub(" ", value)
    return _NOT_IN_ANY_TEXT.sub("", value)


def check_text(value: str, *, field: str, limit: int | None, one_line: bool, where: str = "") -> str:
    """`value` as it may be stored in this field, else TextRuleError with a message for a person.

    Invisible control characters are dropped (they come from pasting, never from typing, and a
    note must still save mid-session); a text over the field's limit is refused, never cut.
    """
    if not isinstance(value, str):
        return value
    value = clean(value, one_line=one_line)
    limit = limit or LONG_TEXT
    if len(value) > limit:
        label = field_label(field, where)
        text = (translate("TextRules", "{field} is {length:,} characters long; at most {limit:,} fit. Shorten it by "
                          "{over:,} characters.") if one_line else
                translate("TextRules", "{field} is {length:,} characters long; at most {limit:,} fit. Shorten it by "
                          "{over:,} characters, or split it in two."))
        message = text.format(field=label[0].upper() + label[1:], length=len(value), limit=limit, over=len(value) - limit)
        raise TextRuleError(message, field)
    return value
