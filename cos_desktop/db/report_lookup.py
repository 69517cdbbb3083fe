"""Finding what to print by the names typed (a group, a chapter, a parent), or saying in the
chosen language why it cannot be found. Used by report_queries and the command line."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cos_desktop.core.kinds import RunStatus
from cos_desktop.core.translation import translate
from cos_desktop.db import store
from cos_desktop.db.models import Group, Participant, SessionRun


class ReportLookupError(LookupError):
    """A group, chapter or parent that does not exist; str(error) is a message for the user."""


# ---- finding what to print --------------------------------------------------------------------
def find_group(session: Session, name: str) -> Group:
    group = store.group_by_name(session, name)
    if group is None:
        lowered = name.strip().casefold()
        matches = [g for g in store.groups(session, include_archived=True) if g.name.casefold() == lowered]
        group = matches[0] if matches else None
    if group is None:
        known = ", ".join(f'"{g.name}"' for g in store.groups(session, include_archived=True)) or translate(
            "Reports", "none yet")
        raise ReportLookupError(translate("Reports", 'There is no group called "{name}". Groups: {known}.').format(
            name=name, known=known))
    return group


def find_run(group: Group, chapter: int | None, part: int | None = None) -> SessionRun:
    """The group's session for chapter N (its first part, or `part`, for a chapter in parts); without
    N, the last delivered one."""
    if chapter is None:
        delivered = [run for run in group.sessions if run.status == RunStatus.ENDED.value]
        if not delivered:
            raise ReportLookupError(
                translate("Reports", '"{group}" has not delivered a session yet. Name a chapter with --chapter N.')
                .format(group=group.name))
        return delivered[-1]
    runs = [run for run in group.sessions if run.chapter_position == chapter]
    if runs and part is not None:
        chosen = [run for run in runs if run.part == part]
        count = len(runs)
        if not chosen:
            raise ReportLookupError(translate("Reports", 'Chapter {chapter} of "{group}" has no part {part}: it has '
                                              '%n part(s).', "", count)
                                    .format(chapter=chapter, group=group.name, part=part))
        return chosen[0]
    if runs:
        return runs[0]
    positions = ", ".join(str(n) for n in dict.fromkeys(run.chapter_position for run in group.sessions))
    raise ReportLookupError(translate("Reports", '"{group}" has no chapter {chapter}. Its chapters are {positions}.')
                            .format(group=group.name, chapter=chapter, positions=positions))


def find_participant(group: Group, name: str) -> Participant:
    wanted = name.strip().casefold()
    exact = [p for p in group.participants if p.display_name.casefold() == wanted]
    if exact:
        return exact[0]
    starts = [p for p in group.participants if p.display_name.casefold().startswith(wanted)] if wanted else []
    if len(starts) == 1:
        return starts[0]
    known = ", ".join(f'"{p.display_name}"' for p in group.participants) or translate("Reports", "none yet")
    if len(starts) > 1:
        raise ReportLookupError(translate("Reports", 'More than one parent in "{group}" starts with "{name}": {known}.')
                                .format(group=group.name, name=name, known=known))
    raise ReportLookupError(translate("Reports", 'There is no parent called "{name}" in "{group}". Parents: {known}.')
                            .format(group=group.name, name=name, known=known))
