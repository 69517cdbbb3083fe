"""Erasure that holds: the confirmation says when the rotating automatic backups will have let the
erased parent expire, and the rotation keeps that promise (7 daily and 8 weekly copies)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cos_desktop.db import backup as backups
from cos_desktop.db import records
from cos_desktop.db.demo import load_demo_group
from cos_desktop.db.engine import open_database
from cos_desktop.db.erasure import backup_note, backups_expire_on

BEN = "Ben T. (demo)"
ERASED_ON = dt.datetime(2026, 12, 2, 15, 0)  # a Wednesday


@pytest.fixture
def database_file(tmp_path) -> Path:
    path = tmp_path / "records.sqlite3"
    database = open_database("sqlite:///" + str(path))
    with database.session() as session:
        load_demo_group(session)
    database.dispose()
    return path


def holding_ben(path: Path) -> list[Path]:
    """The automatic backups that still hold the erased parent."""
    held = []
    for b in backups.list_backups(path):
        conn = sqlite3.connect(f"file:{b.path}?mode=ro", uri=True)
        try:
            if conn.execute("SELECT count(*) FROM participant WHERE display_name = ?", (BEN,)).fetchone()[0]:
                held.append(b.path)
        finally:
            conn.close()
    return held


def erase_ben(path: Path, today: dt.date) -> list[str]:
    database = open_database("sqlite:///" + str(path))
    try:
        with database.session() as session:
            ben = _find(session)
            note = backup_note(session, today=today)
            records.erase_participant(session, records.erase_plan(session, ben))
            session.commit()
    finally:
        database.dispose()
    return note


def _find(session):
    from sqlalchemy import select

    from cos_desktop.db.models import Participant

    return session.scalars(select(Participant).where(Participant.display_name == BEN)).one()


def test_the_date_is_the_monday_eight_weeks_after_the_erasure_week():
    assert backups_expire_on(ERASED_ON.date()) == dt.date(2027, 1, 25)
    assert backups_expire_on(dt.date(2027, 1, 25)) == dt.date(2027, 3, 22)  # a Monday counts as its own week


@pytest.mark.parametrize("every_days, first_day", [(1, 0), (7, 0), (7, 5), (7, 6)],
                         ids=["used daily", "used on Mondays after", "used on Saturdays after", "used on Sundays after"])
def test_the_rotation_lets_the_erased_parent_expire_by_the_date_given(database_file, every_days, first_day):
    start = ERASED_ON - dt.timedelta(days=70)
    day = start
    while day < ERASED_ON:  # used every day for ten weeks before
        backups.take_backup(database_file, now=day)
        day += dt.timedelta(days=1)
    note = erase_ben(database_file, ERASED_ON.date())
    expiry = backups_expire_on(ERASED_ON.date())
    assert "Monday 25 January 2027" in " ".join(note)
    assert holding_ben(database_file)

    monday_after = ERASED_ON.date() - dt.timedelta(days=ERASED_ON.weekday()) + dt.timedelta(weeks=1)
    day = dt.datetime.combine(monday_after + dt.timedelta(days=first_day), dt.time(10)) if every_days == 7 \
        else ERASED_ON + dt.timedelta(hours=2)
    while day.date() < expiry + dt.timedelta(days=7):
        backups.take_backup(database_file, now=day)
        if day.date() >= expiry:
            assert holding_ben(database_file) == [], day
        day += dt.timedelta(days=every_days)


def test_without_backups_the_confirmation_says_none_hold_the_parent(database_file):
    note = erase_ben(database_file, ERASED_ON.date())
    assert note == ["No automatic backup holds these records."]


def test_copies_made_before_an_upgrade_are_named_as_never_deleted_by_themselves(database_file):
    backups.take_backup(database_file, now=ERASED_ON - dt.timedelta(days=1))
    beside = database_file.with_name(f"{database_file.stem}.before-upgrade-20261101-120000.sqlite3")
    beside.write_bytes(database_file.read_bytes())
    note = " ".join(erase_ben(database_file, ERASED_ON.date()))
    assert "1 copy made before an upgrade or a restore" in note and "never deleted by themselves" in note


def test_the_command_line_erase_list_says_when_backups_let_the_parent_go(database_file, cli):
    backups.take_backup(database_file)
    url = "sqlite:///" + str(database_file)
    asked = cli("--database", url, "parent", "erase", "--group", "Demo group", "--parent", BEN)
    assert asked.returncode == 1 and "Nothing was erased" in asked.stdout
    expected = backups_expire_on(dt.date.today())
    from cos_desktop.core.report_views import long_date

    assert f"deleted on or soon after {long_date(expected)}" in " ".join(asked.stdout.split())
