"""The one gate every text passes on its way into the records (rules in core/text_rules.py).

Each String and Text column of every model gets an attribute listener: the value is checked
when it is set (also through a constructor), before anything reaches the database, so a
refused text leaves nothing half-written and both databases see exactly the same text.
A String column's length is its limit; a Text column holds a long text (tabs and line breaks kept).
"""

from __future__ import annotations

from sqlalchemy import String, Text, event
from sqlalchemy.orm import DeclarativeBase

from cos_desktop.core.text_rules import LONG_TEXT, check_text

# How a message names the record a column belongs to ("the group's name").
_WHERE = {"group_": "group's", "participant": "", "note": "", "curriculum": "programme's",
          "chapter_plan": "chapter's", "segment_plan": "segment's", "media_item": "video's",
          "pause_point": "", "app_setting": "", "session_run": "session's", "run_event": "",
          "measure": "measure's"}


def _listener(field: str, limit: int | None, one_line: bool, where: str):
    def check(_target, value, _old, _initiator):
        return check_text(value, field=field, limit=limit, one_line=one_line, where=where)

    return check


def guard_text_columns(base: type[DeclarativeBase]) -> list[tuple[str, str, int | None]]:
    """Install the check on every text column of every model; returns (table, column, limit) for each."""
    guarded = []
    for mapper in base.registry.mappers:
        table = mapper.local_table.name
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            if not isinstance(column.type, String):
                continue
            long_text = isinstance(column.type, Text) or column.type.length is None
            limit = LONG_TEXT if long_text else column.type.length
            attribute = getattr(mapper.class_, prop.key)
            event.listen(attribute, "set", _listener(prop.key, limit, not long_text, _WHERE.get(table, "")),
                         retval=True)
            guarded.append((table, prop.key, limit))
    return guarded
