"""Kill the app with SIGKILL mid-segment; a fresh start resumes with its clock intact."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from cos_desktop.db.models import RunEvent, SessionRun
from tests.conftest import ROOT, run_cli

RESUMED = re.compile(r"resumed run (\d+): chapter (\d+), segment (\d+), ([\d.]+) s elapsed at (\S+)")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def wait_for(condition, timeout: float = 40.0, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def start_app(url: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "cos_desktop", "--database", url, "present", "--windowed", *args],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def events(engine, kind: str | None = None) -> list[RunEvent]:
    with Session(engine) as session:
        query = select(RunEvent).order_by(RunEvent.run_id, RunEvent.seq)
        if kind:
            query = query.where(RunEvent.kind == kind)
        return list(session.scalars(query))


@pytest.mark.slow
def test_sigkill_mid_segment_then_resume_within_a_second_of_the_truth(tmp_path, isolated_home):
    url = "sqlite:///" + str(tmp_path / "crash.sqlite3")
    assert run_cli("--database", url, "demo", "--no-window").returncode == 0
    engine = create_engine(url)
    demo_events = len(events(engine))

    before_start = utcnow()
    first = start_app(url, "--group", "Demo group", "--start")
    try:
        wait_for(lambda: len(events(engine)) > demo_events, what="the session to start")
        after_start = utcnow()
        time.sleep(1.5)  # mid-segment
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert first.returncode == -signal.SIGKILL

    with Session(engine) as session:
        run = session.scalars(select(SessionRun).where(SessionRun.status == "running")).one()
        run_id, start_wall = run.id, run.events[0].wall_time
    assert before_start - dt.timedelta(seconds=1) <= start_wall <= after_start + dt.timedelta(seconds=1)

    time.sleep(2.0)  # the app is closed; the group keeps going
    log_file = Path(isolated_home) / "data" / "logs" / "cos-desktop.log"
    reopened_before = utcnow()
    second = start_app(url, "--resume")
    try:
        line = wait_for(
            lambda: RESUMED.search(log_file.read_text(encoding="utf-8")) if log_file.exists() else None,
            what="the resume line in the log",
        )
        reported_at = utcnow()
        wait_for(lambda: events(engine, "reopen"), what="the reopen event")
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait(10)

    assert int(line.group(1)) == run_id and line.group(2) == "2" and line.group(3) == "1"
    elapsed = float(line.group(4))
    shown_at = dt.datetime.fromisoformat(line.group(5))
    truth = (shown_at - start_wall).total_seconds()
    assert abs(elapsed - truth) < 1.0
    # The time the app was closed counted: at least 3.5 s had passed since the start.
    assert (reopened_before - start_wall).total_seconds() - 1.0 <= elapsed <= (reported_at - start_wall).total_seconds() + 1.0
    assert elapsed >= 3.5
    reopen = events(engine, "reopen")[0]
    assert reopen.run_id == run_id and reopen.segment_index == 0
