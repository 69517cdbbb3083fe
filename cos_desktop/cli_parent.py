"""`cos-desktop parent export|erase`: everything held about one parent, or erasing them for good
(the erase list also says until when the older automatic backups still hold them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cos_desktop import APP_NAME
from cos_desktop.core.translation import translate


def find_parent(session, group_name: str, parent: str):
    """The one parent meant, or a message saying why not."""
    from cos_desktop.db import store

    group = store.group_by_name(session, group_name)
    if group is None:
        return None, translate("Cli", "there is no group named {name}.").format(name=repr(group_name))
    if parent.startswith("#") and parent[1:].isdigit():
        matches = [p for p in group.participants if p.id == int(parent[1:])]
    else:
        matches = [p for p in group.participants if p.display_name == " ".join(parent.split())]
    if not matches:
        return None, translate("Cli", "{group} has no parent named {name}.").format(group=group.name, name=repr(parent))
    if len(matches) > 1:
        ids = ", ".join(f"#{p.id}" for p in matches)
        return None, translate(
            "Cli", "{group} has {count} parents named {name}; give one of {ids} as --parent.").format(
            group=group.name, count=len(matches), name=repr(parent), ids=ids)
    return matches[0], ""


def cmd_parent(args: argparse.Namespace) -> int:
    from cos_desktop.cli import hold_write_lock_or_exit, open_database_or_exit
    from cos_desktop.db import records
    from cos_desktop.db.erasure import backup_note, finish_erasure

    _lock = hold_write_lock_or_exit(args) if args.parent_command == "erase" and args.yes else None  # noqa: F841
    database = open_database_or_exit(args)
    try:
        with database.session() as session:
            participant, problem = find_parent(session, args.group, args.parent)
            if participant is None:
                print(f"{APP_NAME}: {problem}", file=sys.stderr)
                return 1
            if args.parent_command == "export":
                try:
                    path = records.export_participant(session, participant, Path(args.out))
                    session.commit()  # the audit entry
                except OSError as exc:
                    print(f"{APP_NAME}: " + translate("Cli", "cannot write {path}: {reason}.").format(
                        path=args.out, reason=exc.strerror or exc), file=sys.stderr)
                    return 3
                print(translate("Cli", "Wrote everything held about {name} to {path}.").format(
                    name=participant.display_name, path=path))
                return 0
            plan = records.erase_plan(session, participant)
            print(translate("Cli", "Erasing removes, for good:"))
            for line in plan.lines():
                print(f"  - {line}")
            for line in backup_note(session):  # erasure holds once the older backups are gone
                print(line)
            if not args.yes:
                print(translate("Cli", "Nothing was erased. Run the same command with --yes to erase exactly this."))
                return 1
            records.erase_participant(session, plan)
            session.commit()
            finish_erasure(session)  # no trace left in the file
            print(translate("Cli", "Erased {name}.").format(name=plan.name))
            return 0
    finally:
        database.dispose()
