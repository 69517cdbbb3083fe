"""`cos-desktop export outcomes-csv` and `export attendance-csv`: a group's outcomes or attendance as a
CSV file for a funder's spreadsheet (UTF-8 with a byte order mark; see export/csv_export.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from cos_desktop import APP_NAME
from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

CSV_KINDS = {"outcomes-csv": QT_TRANSLATE_NOOP("Cli", "Outcomes (CSV)"),
             "attendance-csv": QT_TRANSLATE_NOOP("Cli", "Attendance (CSV)")}


def export_csv(args, open_database_or_exit) -> int:
    """Exit 0 when written; 1 for a group that does not exist or a folder given as --out; 3 when it cannot be written."""
    from cos_desktop.db.report_queries import ReportLookupError, find_group, programme_report_view
    from cos_desktop.db.measures import outcomes_view
    from cos_desktop.export.csv_export import write_attendance_csv, write_outcomes_csv

    out = Path(args.out)
    if out.is_dir():
        print(f"{APP_NAME}: " + translate("Cli", "{path} is a folder; give a file name such as {example}").format(
            path=out, example=out / (args.document + ".csv")), file=sys.stderr)
        return 1
    database = open_database_or_exit(args)
    try:
        with database.session() as session:
            try:
                group = find_group(session, args.group)
            except ReportLookupError as exc:
                print(f"{APP_NAME}: {exc}", file=sys.stderr)
                return 1
            if args.document == "outcomes-csv":
                view, write = outcomes_view(session, group), write_outcomes_csv
            else:
                view, write = programme_report_view(session, group), write_attendance_csv
        try:
            lines = write(view, out)
        except OSError as exc:
            print(f"{APP_NAME}: " + translate("Cli", "cannot write {path}: {reason}. Choose another folder.").format(
                path=out, reason=exc.strerror or exc), file=sys.stderr)
            return 3
    finally:
        database.dispose()
    print(translate("Cli", "{document}: %n line(s) written to {path}", "", lines).format(
        document=translate("Cli", CSV_KINDS[args.document]), path=out))
    return 0
