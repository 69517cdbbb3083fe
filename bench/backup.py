"""Backing up a ten-year database: COS Desktop's backup against a plain file copy, in the same run.

    python bench/backup.py [--repeat N]

Builds the ten-year SQLite database of bench/records.py (200 groups, 1,600 sessions, 100,000
notes), then times, each as the median of N runs:

1. a plain copy of the closed file (shutil.copyfile): the baseline;
2. SQLite's online backup alone (what the app uses, consistent while the app writes);
3. the whole automatic backup: online backup, integrity_check, rename into place, rotation
   (db/backup.py take_backup).

Prints each time and its ratio to the plain copy.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from records import build  # noqa: E402
from timing import median_seconds  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import os

    folder = Path(tempfile.mkdtemp(prefix="cos-bench-backup-"))
    os.environ["COS_DESKTOP_BACKUP_DIR"] = str(folder / "backups")
    from cos_desktop.db import backup as backups
    from cos_desktop.db.engine import open_database

    path = folder / "records.sqlite3"
    database = open_database("sqlite:///" + str(path))
    started = time.perf_counter()
    build(database, random.Random(7))
    database.dispose()
    size = path.stat().st_size
    print(f"built a ten-year database: {size / 1_000_000:.1f} MB in {time.perf_counter() - started:.1f} s")

    copies = folder / "copies"
    copies.mkdir()
    counter = iter(range(10**6))

    def plain_copy() -> None:
        shutil.copyfile(path, copies / f"plain-{next(counter)}.sqlite3")

    def online_backup() -> None:
        reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        writer = sqlite3.connect(copies / f"online-{next(counter)}.sqlite3")
        reader.backup(writer)
        writer.close()
        reader.close()

    def full_backup() -> None:
        backups.take_backup(path)

    results = [
        ("plain file copy (baseline)", median_seconds(plain_copy, args.repeat)),
        ("SQLite online backup", median_seconds(online_backup, args.repeat)),
        ("automatic backup (backup + integrity_check + rotation)", median_seconds(full_backup, args.repeat)),
    ]
    base = results[0][1]
    print(f"\n{'':58} {'ms':>9} {'ratio':>6}")
    for label, seconds in results:
        print(f"{label:58} {seconds * 1000:9.1f} {seconds / base:6.2f}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
