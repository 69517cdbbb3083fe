"""The privacy commands as a person runs them: `protect`, `--passphrase-file`, `agency ...`."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL, _drop_postgres_database, _postgres_database

PASSPHRASE = "seven green apples in a bowl"


@pytest.fixture
def demo_db(cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'cos.sqlite3'}"
    assert cli("--database", url, "demo", "--no-window").returncode == 0
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    return url, tmp_path / "cos.sqlite3", secret


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_protect_prints_the_recovery_key_once_and_commands_then_need_the_passphrase(cli, demo_db, tmp_path):
    url, path, secret = demo_db
    done = cli("--database", url, "--passphrase-file", str(secret), "protect")
    assert done.returncode == 0, done.stderr
    recovery = done.stdout.split("Recovery key")[1].splitlines()[1].strip()
    assert len(recovery) == 29 and b"Amira" not in path.read_bytes()
    before = _digest(path)
    asked = cli("--database", url, "export", "programme-report", "--group", "Demo group", "--out", str(tmp_path / "a.pdf"))
    assert asked.returncode == 2 and "passphrase" in asked.stderr.lower() and asked.stderr.count("\n") == 1
    wrong = tmp_path / "wrong.txt"
    for attempt in range(5):
        wrong.write_text(f"not it {attempt}")
        refused = cli("--database", url, "--passphrase-file", str(wrong), "paths")
        assert refused.returncode == 2
        assert refused.stderr.strip().splitlines() == [
            "COS Desktop: That passphrase is not right. Nothing was changed; try again, or use the recovery key."]
    assert _digest(path) == before
    exported = cli("--database", url, "--passphrase-file", str(secret), "export", "programme-report",
                   "--group", "Demo group", "--out", str(tmp_path / "a.pdf"))
    assert exported.returncode == 0, exported.stderr
    assert recovery not in exported.stdout
    by_recovery = tmp_path / "recovery.txt"
    by_recovery.write_text(recovery)
    assert cli("--database", url, "--passphrase-file", str(by_recovery), "paths").returncode == 0


def test_change_and_remove_from_the_command_line(cli, demo_db, tmp_path):
    url, path, secret = demo_db
    assert cli("--database", url, "--passphrase-file", str(secret), "protect").returncode == 0
    new = tmp_path / "new.txt"
    new.write_text("a different sentence entirely")
    changed = cli("--database", url, "--passphrase-file", str(secret), "protect", "--change",
                  "--new-passphrase-file", str(new))
    assert changed.returncode == 0, changed.stderr
    assert cli("--database", url, "--passphrase-file", str(secret), "paths").returncode == 2
    removed = cli("--database", url, "--passphrase-file", str(new), "protect", "--remove")
    assert removed.returncode == 0, removed.stderr
    assert path.read_bytes().startswith(b"SQLite format 3\0")
    plain_as_protected = cli("--database", url, "--passphrase-file", str(new), "paths")
    assert plain_as_protected.returncode == 2 and "not protected" in plain_as_protected.stderr


def test_protect_refuses_while_the_app_has_the_database_open(cli, demo_db):
    from cos_desktop.app import acquire_lock

    url, path, secret = demo_db
    lock, _ = acquire_lock(url)
    try:
        refused = cli("--database", url, "--passphrase-file", str(secret), "protect")
    finally:
        lock.unlock()
    assert refused.returncode == 2 and "already open" in refused.stderr
    assert path.read_bytes().startswith(b"SQLite format 3\0")


def test_protect_on_postgresql_and_agency_on_sqlite_say_what_to_do(cli, demo_db):
    url, _path, secret = demo_db
    refused = cli("--database", url, "agency", "setup")
    assert refused.returncode == 2 and "PostgreSQL" in refused.stderr
    refused = cli("--database", "postgresql+psycopg://nobody@127.0.0.1/none", "protect")
    assert refused.returncode == 2 and "sslmode=require" in refused.stderr


@pytest.mark.skipif(not POSTGRES_URL, reason="needs COS_TEST_POSTGRES_URL (a PostgreSQL server)")
def test_agency_commands_from_setup_to_removal(cli, tmp_path):
    admin, name, owner_url = _postgres_database()
    suffix = uuid.uuid4().hex[:8]
    alice, sam, weak = f"alice_{suffix}", f"sam_{suffix}", f"weak_{suffix}"
    password = tmp_path / "pw.txt"
    password.write_text("first password 123\n")
    try:
        assert cli("--database", owner_url, "demo", "--no-window").returncode == 0
        setup = cli("--database", owner_url, "agency", "setup")
        assert setup.returncode == 0 and "Row-level security is on" in setup.stdout, setup.stderr
        for kind, who in (("facilitator", alice), ("supervisor", sam)):
            added = cli("--database", owner_url, "agency", f"add-{kind}", who, "--password-file", str(password))
            assert added.returncode == 0, added.stderr
        assert cli("--database", owner_url, "agency", "assign", alice, "--group", "Demo group").returncode == 0
        listed = cli("--database", owner_url, "agency", "list").stdout
        assert f"{alice}: facilitator (Demo group)" in listed and f"{sam}: supervisor" in listed
        again = cli("--database", owner_url, "agency", "add-facilitator", alice, "--password-file", str(password))
        assert again.returncode == 2 and "already exists" in again.stderr
        bad = cli("--database", owner_url, "agency", "add-facilitator", "Robert'); DROP", "--password-file", str(password))
        assert bad.returncode == 2 and "cannot be a sign-in name" in bad.stderr
        as_alice = make_url(owner_url).set(username=alice, password="first password 123").render_as_string(False)
        assert cli("--database", as_alice, "export", "programme-report", "--group", "Demo group",
                   "--out", str(tmp_path / "a.pdf")).returncode == 0
        assert cli("--database", owner_url, "agency", "remove", alice).returncode == 0
        gone = cli("--database", as_alice, "export", "programme-report", "--group", "Demo group", "--out", str(tmp_path / "b.pdf"))
        assert gone.returncode == 2 and "Traceback" not in gone.stderr
        _weak_account_is_told_what_is_missing(cli, owner_url, weak)
    finally:
        _drop_postgres_database(admin, name)
        roles = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with roles.connect() as conn:
            for role in (alice, sam, weak):
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        roles.dispose()


def _weak_account_is_told_what_is_missing(cli, owner_url, weak):
    owner = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f"CREATE ROLE {weak} LOGIN PASSWORD 'weak pw'"))
    owner.dispose()
    as_weak = make_url(owner_url).set(username=weak, password="weak pw").render_as_string(False)
    refused = cli("--database", as_weak, "agency", "setup")
    assert refused.returncode == 2 and "does not own the agency's tables" in refused.stderr
    assert "Traceback" not in refused.stderr
    # Its own database (it owns the tables) but no right to create roles.
    own = make_url(as_weak).set(database=f"{weak}_own").render_as_string(False)
    owner = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {weak}_own OWNER {weak}"))
    try:
        refused = cli("--database", own, "agency", "setup")
        assert refused.returncode == 2 and f"ALTER ROLE {weak} CREATEROLE" in refused.stderr, refused.stderr
    finally:
        with owner.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {weak}_own WITH (FORCE)"))
        owner.dispose()
