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

# Long texts: a generous limit that still keeps one note from filling the disk.
LONG_TEXT = 100_000
_NOT_IN_ANY_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NOT_IN_ONE_LINE = re.compile(r"[\t\n\r]")

# Names a person would recognise, by column: used in messages.
FIELD_NAMES = {
    "name": "name", "title": "title", "display_name": "parent's name", "child_ages": "children's ages",
    "venue": "venue", "facilitators": "facilitators", "contact": "contact", "text": "note",
    "description": "description", "parent_summary": "parent summary", "notice_this_week": "notice this week",
    "facilitator_prompt": "facilitator prompt", "parent_takeaway": "parent take-away",
    "video_title": "video title", "optional_link_title": "link title", "optional_link_location": "link address",
    "location": "video location", "prompt": "pause prompt", "payload": "event details", "value": "setting",
}


class TextRuleError(ValueError):
    """A text that cannot be stored; str(error) says which field, why, and what to change."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


def field_label(field: str, where: str = "") -> str:
    label = FIELD_NAMES.get(field, field.replace("_", " "))
    return f"the {where} {label}".replace("  ", " ") if where else f"the {label}"


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
        raise TextRuleError(
            f"{label[0].upper()}{label[1:]} is {len(value):,} characters long; at most {limit:,} fit. "
            f"Shorten it by {len(value) - limit:,} characters" + ("." if one_line else ", or split it in two."),
            field,
        )
    return value
