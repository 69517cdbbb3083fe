"""Planner timings as ratios of loading the built-in programme file with the YAML library alone.

    python bench/planner.py [--repeat N]

Prints the median time of each task and its ratio to the baseline measured in the same run:
  - baseline: yaml.safe_load of resources/programme.yaml (the YAML library alone)
  - for comparison, the C YAML loader alone (the app's loader is built on it)
  - fit all 8 chapters to 120 minutes (plan snapshot in, fitted snapshot out, as the app does)
  - read and validate the file (curriculum_file.load_file: strict YAML, schema, located messages)
  - import the file as a new programme into a fresh SQLite database (validate, build, commit)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402
from timing import median_seconds  # noqa: E402

from cos_desktop.core import curriculum_file as cf  # noqa: E402
from cos_desktop.core import plan_edit  # noqa: E402
from cos_desktop.core.paths import resource_path  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from cos_desktop.db import store
    from cos_desktop.db.engine import open_database

    path = resource_path("programme.yaml")
    text = path.read_text(encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="cos-bench-"))
    database = open_database("sqlite:///" + str(folder / "bench.sqlite3"))
    session = database.session()
    template = store.ensure_builtin_template(session)
    snapshot = store.snapshot_curriculum(template)
    chapters = list(range(len(snapshot["chapters"])))

    def baseline():
        yaml.safe_load(text)

    def c_loader():
        yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506

    def fit_all():
        after, outcomes = plan_edit.fit_chapters(snapshot, chapters, 120)
        assert all(not isinstance(o, str) for o in outcomes.values())

    def load():
        cf.load_file(path)

    def import_file():
        curriculum, _ = store.import_curriculum(session, cf.load_file(path))
        session.commit()

    results = [
        ("baseline: yaml.safe_load of programme.yaml", median_seconds(baseline, args.repeat)),
        ("for comparison: yaml.load with the C loader (CSafeLoader)", median_seconds(c_loader, args.repeat)),
        ("fit all 8 chapters to 120 min", median_seconds(fit_all, args.repeat)),
        ("read + validate the template file", median_seconds(load, args.repeat)),
        ("import the template into SQLite (validate, build, commit)", median_seconds(import_file, args.repeat)),
    ]
    session.close()
    database.dispose()
    base = results[0][1]
    print(f"{'task':60} {'median ms':>10} {'ratio':>8}")
    for name, seconds in results:
        print(f"{name:60} {seconds * 1000:10.2f} {seconds / base:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
