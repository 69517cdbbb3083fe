"""What privacy costs, each measured against its baseline in the same run.

    python bench/privacy.py [--postgres URL] [--repeat N] [--starts N]

1. Ten years of records (bench/records.py's data: 200 groups, 100,000 notes) in a plain SQLite
   file and in a copy protected with a passphrase (SQLCipher): the group list, note searches and
   a note save (change + commit), through the app's own functions. Goal: encrypted <= 1.5x plain.
2. The same records on PostgreSQL, read by the owner (row-level security does not apply) and by a
   facilitator who facilitates every group and wrote every note (the policies run on every row,
   the same rows come back). Goal: with RLS <= 1.3x without. Needs --postgres (a server URL whose
   account may create databases and roles; the bench database and role are dropped afterwards).
3. App start (spawn to programme on screen, offscreen) on a protected database with
   --passphrase-file against the same database unprotected (the typing is excluded).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records import build  # noqa: E402
from startup import timed  # noqa: E402
from timing import time_once  # noqa: E402

PASSPHRASE = "a bench passphrase of several words"


def tasks(database, session) -> list[tuple[str, object]]:
    """(label, task) for the reads and the write a facilitator makes most."""
    from sqlalchemy import select

    from cos_desktop.db import records
    from cos_desktop.db.models import Group, Note, Participant
    from cos_desktop.db.search import search_notes

    group = session.scalars(select(Group).order_by(Group.id).offset(50)).first()
    parent = session.scalars(select(Participant).where(Participant.group_id == group.id)).first()
    note = session.scalars(select(Note).order_by(Note.id).offset(500)).first()
    counter = iter(range(10**9))

    def save_note() -> None:
        records.set_note_text(session, note, f"typed a little more {next(counter)}")
        session.commit()

    return [
        (f"group list ({len(records.group_list(session))} groups)", lambda: records.group_list(session)),
        ("search 'sleep', all groups", lambda: search_notes(session, "sleep")),
        ("search 'shark music', all groups", lambda: search_notes(session, "shark music")),
        ("search 'sleep', one parent",
         lambda: search_notes(session, "sleep", group_id=group.id, participant_id=parent.id)),
        ("save a note (change + commit)", save_note),
    ]


def compare(base_db, other_db, repeat: int):
    """Medians of each task on both databases, alternating A, B, A, B... so that load on the
    machine falls on both alike."""
    with base_db.session() as base_session, other_db.session() as other_session:
        pairs = list(zip(tasks(base_db, base_session), tasks(other_db, other_session)))
        base, other = [], []
        for (label, task_a), (_same, task_b) in pairs:
            task_a(), task_b()  # warm up
            a, b = [], []
            for _ in range(repeat):
                a.append(time_once(task_a))
                b.append(time_once(task_b))
            base.append((label, statistics.median(a)))
            other.append((label, statistics.median(b)))
    return base, other


def print_table(title: str, base_name: str, other_name: str, base, other, goal: float) -> None:
    print(f"\n{title}\n{'':40} {base_name:>10} {other_name:>10} {'ratio':>6}")
    for (label, b), (_same, o) in zip(base, other):
        flag = "" if o / b <= goal else f"  (goal <= {goal}x)"
        print(f"{label:40} {b * 1000:8.2f}ms {o * 1000:8.2f}ms {o / b:6.2f}{flag}")


def sqlite_costs(folder: Path, repeat: int) -> tuple[Path, Path]:
    from cos_desktop.db import encryption as enc
    from cos_desktop.db.engine import open_database
    from cos_desktop.db.protection import protect

    plain = folder / "plain" / "cos-desktop.sqlite3"
    plain.parent.mkdir()
    database = open_database(f"sqlite:///{plain}")
    started = time.perf_counter()
    build(database, random.Random(7))
    database.dispose()
    print(f"built ten years of records in {time.perf_counter() - started:.1f} s")
    protected = folder / "protected" / "cos-desktop.sqlite3"
    protected.parent.mkdir()
    shutil.copy2(plain, protected)
    started = time.perf_counter()
    protect(protected, PASSPHRASE)
    print(f"protecting it in place (copy, check, swap): {time.perf_counter() - started:.2f} s "
          f"for {protected.stat().st_size / 1e6:.0f} MB")
    enc.forget(protected)
    started = time.perf_counter()
    enc.unlock(protected, PASSPHRASE)
    print(f"checking the passphrase at start: {(time.perf_counter() - started) * 1000:.0f} ms")
    plain_db, protected_db = open_database(f"sqlite:///{plain}"), open_database(f"sqlite:///{protected}")
    results = compare(plain_db, protected_db, repeat)
    plain_db.dispose()
    protected_db.dispose()
    print_table("SQLite: plain vs protected with a passphrase", "plain", "encrypted", *results, goal=1.5)
    return plain, protected


def postgres_costs(server_url: str, repeat: int) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from cos_desktop.db import agency
    from cos_desktop.db.engine import open_database

    name, who = "cos_bench_" + uuid.uuid4().hex[:8], "bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
    owner_url = make_url(server_url).set(database=name)
    try:
        owner = open_database(owner_url.render_as_string(hide_password=False))
        build(owner, random.Random(7))
        with owner.engine.begin() as conn:
            conn.execute(text("UPDATE note SET author = :w"), {"w": who})
            conn.execute(text("ANALYZE"))
        agency.setup(owner.engine)
        agency.add_member(owner.engine, who, "bench password", "facilitator")
        with owner.engine.begin() as conn:
            conn.execute(text("INSERT INTO group_facilitator (group_id, role_name) SELECT id, :w FROM group_"), {"w": who})
        facilitator = open_database(owner_url.set(username=who, password="bench password")
                                    .render_as_string(hide_password=False))
        base, rls = compare(owner, facilitator, repeat)
        facilitator.dispose()
        owner.dispose()
        print_table("PostgreSQL: without row-level security (owner) vs with (a facilitator)", "no RLS", "RLS",
                    base, rls, goal=1.3)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{who}"'))
        admin.dispose()


def start_costs(plain: Path, protected: Path, starts: int) -> None:
    secret = protected.parent / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT),
               COS_DESKTOP_STARTUP_PROBE="1", COS_DESKTOP_NONINTERACTIVE="1")
    times: dict[str, list[float]] = {"plain": [], "protected": []}  # alternating, like compare()
    for _ in range(starts):
        for label, path, extra in (("plain", plain, []), ("protected", protected, ["--passphrase-file", str(secret)])):
            with tempfile.TemporaryDirectory() as home:
                run_env = dict(env, COS_DESKTOP_DATA_DIR=home, XDG_CONFIG_HOME=home)
                marks = timed([sys.executable, "-m", "cos_desktop", "--database", f"sqlite:///{path}", *extra], run_env)
            times[label].append(marks["ready"])
    plain_s, protected_s = statistics.median(times["plain"]), statistics.median(times["protected"])
    print(f"\nApp start to the programme on screen (median of {starts}): plain {plain_s:.2f} s, "
          f"with a passphrase {protected_s:.2f} s, ratio {protected_s / plain_s:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", help="a PostgreSQL server URL (e.g. COS_TEST_POSTGRES_URL)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cos-bench-privacy-") as folder:
        plain, protected = sqlite_costs(Path(folder), args.repeat)
        if args.postgres:
            postgres_costs(args.postgres, args.repeat)
        start_costs(plain, protected, args.starts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
