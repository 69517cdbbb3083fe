"""Ten years of records: the group list and a note search, app code against raw SQL in the same run.

    python bench/records.py [--database URL] [--repeat N]

Builds 200 groups (each with its own copy of the 8-chapter programme and 8 parents), 1,600
sessions, 100,000 notes (some tagged to parents) and the attendance of every delivered session,
in a fresh SQLite file (default) or the empty database at --database. Then times, each as the
median of N runs:

1. Opening the group list: records.group_list() against the same SQL through the bare driver
   (sqlite3 or psycopg cursor, rows as tuples).
2. A note search ("sleep" across every group; then one group and one parent): search_notes()
   against the same SQL and parameters through the bare driver. The made-up notes use a small
   vocabulary, so a word like "sleep" is in half of them: a hard case for a search.

Goal: each ratio <= 2 and each app time under 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_seconds  # noqa: E402

GROUPS = 200
PARENTS_PER_GROUP = 8
NOTES = 100_000
WORDS = ("sleep", "bedtime", "naps", "tantrum", "comfort", "explore", "shark", "music", "repair", "rupture",
         "nursery", "grandmother", "calm", "angry", "shy", "circle", "hands", "biting", "feeding", "crying",
         "settled", "worried", "laughed", "shared", "noticed", "toddler", "baby", "week", "hard", "better")


def build(database, rng: random.Random) -> None:
    from sqlalchemy import insert, select

    from cos_desktop.db import store
    from cos_desktop.db.models import Attendance, Note, NoteTag, Participant, SegmentPlan, SessionRun

    with database.session() as session:
        template = store.ensure_builtin_template(session)
        first = dt.date(2016, 1, 4)
        for i in range(GROUPS):
            group = store.create_group(session, name=f"Group {i:03d} {rng.choice(WORDS)}", template=template,
                                       first_date=first + dt.timedelta(days=18 * i))
            for j in range(PARENTS_PER_GROUP):
                store.add_participant(session, group, f"Parent {i}-{j}")
            for run in group.sessions[: 8 if i < GROUPS - 10 else 3]:
                run.status = "ended"
            if i % 20 == 19:
                group.archived = True
            if i % 25 == 24:
                session.commit()
        session.commit()
        runs = session.execute(select(SessionRun.id, SessionRun.group_id, SessionRun.chapter_id, SessionRun.status)).all()
        segments: dict[int, list[int]] = {}
        for segment_id, chapter_id in session.execute(select(SegmentPlan.id, SegmentPlan.chapter_id)):
            segments.setdefault(chapter_id, []).append(segment_id)
        parents: dict[int, list[int]] = {}
        for participant_id, group_id in session.execute(select(Participant.id, Participant.group_id)):
            parents.setdefault(group_id, []).append(participant_id)
        attendance = [
            {"run_id": r.id, "participant_id": p, "status": rng.choice(("present", "present", "present", "late", "absent"))}
            for r in runs if r.status == "ended" for p in parents[r.group_id]
        ]
        session.execute(insert(Attendance), attendance)
        notes, tags = [], []
        for n in range(NOTES):
            run = runs[n % len(runs)]
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 40))).capitalize() + "."
            notes.append({"id": n + 1, "run_id": run.id, "segment_id": rng.choice(segments[run.chapter_id]),
                          "text": text, "visibility": "private" if n % 3 else "shareable",
                          "created_at": dt.datetime(2020, 1, 1), "updated_at": dt.datetime(2020, 1, 1)})
            if n % 4 == 0:
                tags.append({"note_id": n + 1, "participant_id": rng.choice(parents[run.group_id])})
        for start in range(0, len(notes), 10_000):
            session.execute(insert(Note), notes[start:start + 10_000])
        session.execute(insert(NoteTag), tags)
        session.commit()
        if database.engine.dialect.name == "postgresql":
            session.execute(__import__("sqlalchemy").text("SELECT setval('note_id_seq', (SELECT max(id) FROM note))"))
            session.commit()


def raw_runner(database):
    """Run SQL with the bare driver: (sql with :name parameters, params) -> list of tuples."""
    connection = database.engine.raw_connection()
    dialect = database.engine.dialect.name

    def run(sql: str, params: dict) -> list:
        if dialect == "postgresql":
            sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql)
        cursor = connection.cursor()
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.close()
        if dialect == "postgresql":
            connection.commit()
        return rows

    return run, connection


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", help="an EMPTY database URL (default: a new SQLite file)")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from sqlalchemy import select

    from cos_desktop.db import records
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.models import Group, Participant
    from cos_desktop.db.search import query_terms, search_notes, search_sql

    folder = tempfile.mkdtemp(prefix="cos-bench-")
    url = args.database or "sqlite:///" + str(Path(folder) / "records.sqlite3")
    database = open_database(url)
    started = time.perf_counter()
    build(database, random.Random(7))
    print(f"built {GROUPS} groups, {GROUPS * 8} sessions, {NOTES:,} notes on {database.engine.dialect.name} "
          f"in {time.perf_counter() - started:.1f} s")

    run_raw, connection = raw_runner(database)
    dialect = database.engine.dialect.name
    results = []
    with database.session() as session:
        # 1. the group list
        group_sql = str(records.group_list_query().compile(database.engine, compile_kwargs={"literal_binds": True}))
        app_rows = records.group_list(session)
        raw_rows = run_raw(group_sql, {})
        assert len(app_rows) == len(raw_rows) == GROUPS - GROUPS // 20
        results.append(("group list (%d groups)" % len(app_rows),
                        median_seconds(lambda: records.group_list(session), args.repeat),
                        median_seconds(lambda: run_raw(group_sql, {}), args.repeat)))

        # 2. note searches
        group = session.scalars(select(Group).order_by(Group.id).offset(50)).first()
        parent = session.scalars(select(Participant).where(Participant.group_id == group.id)).first()
        cases = [("search 'sleep', all groups", "sleep", None, None),
                 ("search 'shark music', all groups", "shark music", None, None),
                 ("search 'sleep', one group", "sleep", group.id, None),
                 ("search 'sleep', one parent", "sleep", group.id, parent.id)]
        for label, query, group_id, participant_id in cases:
            sql, params = search_sql(dialect, query_terms(query), group_id=group_id, participant_id=participant_id, limit=200)
            hits = search_notes(session, query, group_id=group_id, participant_id=participant_id)
            assert len(hits) == len(run_raw(sql, params)) > 0
            app = median_seconds(lambda: search_notes(session, query, group_id=group_id, participant_id=participant_id),
                              args.repeat)
            raw = median_seconds(lambda: run_raw(sql, params), args.repeat)
            results.append((f"{label} ({len(hits)} hits)", app, raw))
    connection.close()

    print(f"\n{'':44} {'app ms':>8} {'raw ms':>8} {'ratio':>6}")
    for label, app, raw in results:
        flag = "" if app / raw <= 2 and app < 0.1 else "  (goal: <= 2x and < 100 ms)"
        print(f"{label:44} {app * 1000:8.2f} {raw * 1000:8.2f} {app / raw:6.2f}{flag}")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
