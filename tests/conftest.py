"""Shared fixtures: an isolated data folder per test, real SQLite files, and PostgreSQL when asked.

Database tests take the `db_url` fixture. It runs each test on a fresh SQLite file, and also on
a fresh PostgreSQL database when COS_TEST_POSTGRES_URL names a server (CI sets it), e.g.
postgresql+psycopg://postgres@localhost/postgres.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

# Qt reads this when the first QApplication is made: set it before anything imports Qt.
# Tests that need native windows run in a separate pytest call under Xvfb with QT_QPA_PLATFORM=xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COS_DESKTOP_NONINTERACTIVE"] = "1"
# No sound device here: libvlc plays sound into a dummy output.
os.environ.setdefault("COS_DESKTOP_VLC_OPTIONS", "--aout=dummy")

pytest_plugins = ["tests.media_clips", "tests.disc_image"]

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_URL = os.environ.get("COS_TEST_POSTGRES_URL", "")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder and Qt settings, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COS_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("COS_DESKTOP_DATABASE", raising=False)
    # Never the user's own keyring: a test sets an in-memory one when it needs one.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture(autouse=True)
def british_formats(monkeypatch):
    """Dates, times and paper as in en_GB (24-hour clock, A4) whatever the machine's locale, for
    the Qt-free side (LANG) and the UI (QLocale) alike; a test may switch with QLocale.setDefault."""
    from PySide6.QtCore import QLocale

    for name in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("COS_DESKTOP_LANGUAGE", "en")  # a test (or its subprocess) may ask for another
    QLocale.setDefault(QLocale("en_GB"))


def pytest_sessionstart(session):
    """The translation catalogues the app loads, compiled when their sources changed."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations

        translations.build()
    finally:
        sys.path.pop(0)


def _postgres_database():
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = "cos_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    return admin, name, url


def _drop_postgres_database(admin, name):
    from sqlalchemy import text

    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


DB_BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(params=DB_BACKENDS)
def db_url(request, tmp_path):
    """A URL of an empty database: a SQLite file, and (in CI) a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "test.sqlite3")
        return
    admin, name, url = _postgres_database()
    try:
        yield url
    finally:
        _drop_postgres_database(admin, name)


@pytest.fixture
def database(db_url):
    from cos_desktop.db.engine import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def session(database):
    with database.session() as s:
        yield s


@pytest.fixture
def sqlite_url(tmp_path):
    return "sqlite:///" + str(tmp_path / "cos.sqlite3")


def run_cli(*args: str, env: dict | None = None, timeout: float = 60, input: str | None = None):
    """Run `python -m cos_desktop ARGS` in a subprocess with this test's environment."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "cos_desktop", *args],
        capture_output=True, text=True, timeout=timeout, env=full_env, cwd=ROOT, input=input,
    )


@pytest.fixture
def cli():
    return run_cli
