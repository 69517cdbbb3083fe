"""The one-folder app built by PyInstaller, run as a user runs it: start, demo, print, upgrade, video."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from cos_desktop import __version__
from cos_desktop.db import schema_version
from tests.packaging.conftest import run_bundle, xvfb_run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only the Linux bundle is built and tried here"),
]


def test_bundle_says_its_version_and_opens_its_window(bundle, tmp_path):
    assert run_bundle(bundle, tmp_path, "--version").stdout.strip() == f"COS Desktop {__version__}"
    wrap = xvfb_run()
    platform = "xcb" if wrap else "offscreen"
    started = run_bundle(bundle, tmp_path, wrap=wrap, QT_QPA_PLATFORM=platform, COS_DESKTOP_STARTUP_PROBE="1")
    assert started.returncode == 0, started.stderr
    # "shown": the main window is on screen; "ready": the programme came out of the new database.
    assert started.stdout.split() == ["shown", "ready"]
    assert "Traceback" not in started.stderr


def test_bundle_adds_the_demo_group_and_prints_a_pdf(bundle, tmp_path):
    from tests.export.pdfread import page_texts

    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    demo = run_bundle(bundle, tmp_path, "--database", url, "demo", "--no-window")
    assert demo.returncode == 0, demo.stderr
    assert "The demo group is ready: Demo group" in demo.stdout
    pdf = tmp_path / "summary.pdf"
    export = run_bundle(bundle, tmp_path, "--database", url, "export", "parent-summary", "--group", "Demo group",
                        "--out", str(pdf))
    assert export.returncode == 0, export.stderr
    text = page_texts(pdf)[0]
    assert "Demo group" in text and "Welcome to Circle of Security Parenting" in text


def test_bundle_upgrades_a_database_from_an_older_version(bundle, tmp_path):
    from sqlalchemy import create_engine, text

    from cos_desktop.db.engine import run_migrations

    path = tmp_path / "old.sqlite3"
    engine = create_engine("sqlite:///" + str(path))
    run_migrations(engine, schema_version.KNOWN_REVISIONS[0])
    # Plain SQL, as the first schema had it: the models have grown columns since.
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO curriculum (id, name, description, is_template, builtin, created_at, "
                          "updated_at) VALUES (1, 'Old programme', '', 0, 0, '2025-01-01', '2025-01-01')"))
        conn.execute(text("INSERT INTO group_ (id, name, delivery, session_minutes, weekday, start_time, first_date, "
                          "venue, facilitators, contact, archived, is_demo, curriculum_id, created_at) VALUES "
                          "(1, 'Group from last year', 'group', 90, 0, '18:30:00', '2025-01-06', '', '', '', 0, 0, 1, "
                          "'2025-01-01')"))
    engine.dispose()

    upgraded = run_bundle(bundle, tmp_path, "--database", "sqlite:///" + str(path), "demo", "--no-window")
    assert upgraded.returncode == 0, upgraded.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_version.HEAD_REVISION
        names = {row[0] for row in conn.execute("SELECT name FROM group_")}
    assert {"Group from last year", "Demo group"} <= names
    assert list(tmp_path.glob("old.*.sqlite3")), "the old database is copied before its upgrade"


def test_bundle_plays_video_with_its_own_vlc(bundle, tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert run_bundle(bundle, tmp_path, "--database", url, "demo", "--no-window").returncode == 0
    # LD_DEBUG lists each library the loader opens: libvlc and its plugins must come from the bundle.
    check = run_bundle(bundle, tmp_path, "--database", url, "check", "--group", "Demo group", "--chapter", "1",
                       LD_DEBUG="files")
    assert "OK       Video player: VLC is available." in check.stdout, check.stdout
    assert "The video is ready (demo-clip.mp4" in check.stdout
    loaded = [line for line in check.stderr.splitlines() if "file=" in line and "vlc" in line]
    assert any(f"{bundle}/_internal/libvlc.so.5" in line for line in loaded)
    assert any(f"{bundle}/_internal/vlc/plugins/demux/libmp4_plugin.so" in line for line in loaded)
    assert not any("/usr/lib" in line and "plugin" in line for line in loaded)


def test_bundle_without_a_usable_vlc_starts_with_install_advice(bundle, tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert run_bundle(bundle, tmp_path, "--database", url, "demo", "--no-window").returncode == 0
    check = run_bundle(bundle, tmp_path, "--database", url, "check", "--group", "Demo group", "--chapter", "1",
                       PYTHON_VLC_LIB_PATH=str(tmp_path / "no-libvlc.so"))
    assert check.returncode == 1
    assert "libvlc is not installed" in check.stdout and "Fix: Install VLC" in check.stdout
    assert "Traceback" not in check.stderr


def test_bundle_adds_itself_to_the_application_menu_and_can_take_it_away(bundle, tmp_path):
    import shutil
    import subprocess

    share = tmp_path / "share"
    script = bundle / "install-desktop-entry.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(share)}
    added = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    entry = share / "applications" / "org.cosdesktop.CosDesktop.desktop"
    assert f'Exec="{bundle}/cos-desktop"' in entry.read_text()
    assert (share / "icons/hicolor/48x48/apps/org.cosdesktop.CosDesktop.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/org.cosdesktop.CosDesktop.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert validated.returncode == 0, validated.stdout
    subprocess.run(["sh", str(script), "--remove"], env=env, check=True)
    assert not entry.exists()
    assert not (share / "icons/hicolor/48x48/apps/org.cosdesktop.CosDesktop.png").exists()


def test_bundle_built_without_vlc_plays_video_with_the_computers_vlc(bundle_without_vlc, tmp_path):
    assert not list((bundle_without_vlc / "_internal").glob("libvlc*")), "no lone libvlc without its plugins"
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert run_bundle(bundle_without_vlc, tmp_path, "--database", url, "demo", "--no-window").returncode == 0
    check = run_bundle(bundle_without_vlc, tmp_path, "--database", url, "check", "--group", "Demo group",
                       "--chapter", "1")
    assert "OK       Video player: VLC is available." in check.stdout, check.stdout
    assert "The video is ready (demo-clip.mp4" in check.stdout


def test_bundle_opens_a_protected_database_with_the_key_kept_in_the_keyring(bundle, tmp_path):
    """keyring and its backends are inside the bundle: the key kept there opens the database without asking."""
    import json
    import shutil

    from cos_desktop.db import encryption as enc
    from tests.conftest import ROOT

    assert list((bundle / "_internal").glob("keyring-*.dist-info")), "keyring's metadata names its backends"
    path = tmp_path / "protected.sqlite3"
    url = "sqlite:///" + str(path)
    assert run_bundle(bundle, tmp_path, "--database", url, "demo", "--no-window").returncode == 0
    (tmp_path / "passphrase").write_text("a long passphrase for the test\n")
    protected = run_bundle(bundle, tmp_path, "--database", url, "protect",
                           "--new-passphrase-file", str(tmp_path / "passphrase"))
    assert protected.returncode == 0, protected.stderr
    raw_key = enc.unlock(path, "a long passphrase for the test")
    # The computer's keyring, played by a file keyring that keyring's own config file points at.
    backends = tmp_path / "backends"
    backends.mkdir()
    shutil.copy(ROOT / "tests" / "file_keyring.py", backends / "file_keyring.py")
    (tmp_path / "keyring.json").write_text(json.dumps({f"COS Desktop\n{path.resolve()}": raw_key}))
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = file_keyring.FileKeyring\nkeyring-path = {backends}\n")

    check = run_bundle(bundle, tmp_path, "--database", url, "check", "--group", "Demo group", "--chapter", "1",
                       "--quick", COS_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"))
    assert "Group: Demo group" in check.stdout, check.stderr
    assert "Passphrase" not in check.stdout + check.stderr
    assert "Traceback" not in check.stderr
