"""Protect a SQLite database with a passphrase, change the passphrase, or take the protection off.

Each change of the file itself is made safely: a new copy is written beside it, checked (integrity
and the same number of rows in every table), and only then swapped in; the old file is overwritten
with zeros and removed only after that. Close every connection to the database first.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cos_desktop.core.translation import translate
from cos_desktop.db import encryption as enc


@dataclass(frozen=True)
class Protected:
    recovery_key: str  # show once; never stored
    backups_protected: int


def _tables(connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").fetchall()
    return sorted(r[0] for r in rows)


def _counts(connection) -> dict[str, int]:
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in _tables(connection)}


def _check_copy(copy: Path, raw_key: str | None, expected: dict[str, int]) -> None:
    connection = enc.dbapi_connect(copy, raw_key) if raw_key else _plain(copy)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        counts = _counts(connection)
    finally:
        connection.close()
    if result != "ok" or counts != expected:
        raise enc.ProtectionError(translate(
            "Privacy", "The new copy did not check out, so it was not used. Nothing was changed."))


def _plain(path: Path):
    import sqlcipher3

    return sqlcipher3.connect(str(path))


def _export(source, target: Path, target_key: str) -> None:
    """Copy everything (schema, rows, user_version) into `target`, encrypted with `target_key` ('' = plain)."""
    key_sql = f"x'{target_key}'" if target_key else ""
    source.execute(f"ATTACH DATABASE ? AS target KEY \"{key_sql}\"", (str(target),))
    source.execute("SELECT sqlcipher_export('target')")
    version = source.execute("PRAGMA main.user_version").fetchone()[0]
    source.execute(f"PRAGMA target.user_version = {int(version)}")
    source.execute("DETACH DATABASE target")


def _scrub(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (a best effort: see the README on whole-disk encryption)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            for _ in range(0, size, 1 << 20):
                handle.write(b"\0" * min(1 << 20, size - handle.tell()))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _rewrite(path: Path, source_key: str | None, target_key: str) -> None:
    """Swap `path` for a checked copy of itself encrypted with `target_key` ('' = plain)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    fresh = path.with_name(f"{path.name}.new-{stamp}")
    aside = path.with_name(f"{path.name}.old-{stamp}")
    fd = os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    source = enc.dbapi_connect(path, source_key) if source_key else _plain(path)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        expected = _counts(source)
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _export(source, fresh, target_key)
    except Exception:
        fresh.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    try:
        _check_copy(fresh, target_key, expected)
    except Exception:
        fresh.unlink(missing_ok=True)
        raise
    for extra in ("-wal", "-shm"):  # checkpointed and closed: nothing left in them for the new file
        Path(str(path) + extra).unlink(missing_ok=True)
    os.replace(path, aside)
    os.replace(fresh, path)
    _scrub(aside)


def _backups(path: Path) -> list[Path]:
    """Copies kept beside the database (before-upgrade and rotating backups), plain ones only."""
    found = []
    for candidate in sorted(path.parent.glob(f"{path.stem}.*.sqlite3")):
        if candidate != path and not enc.looks_encrypted(candidate) and candidate.stat().st_size:
            found.append(candidate)
    return found


def protect(path: Path, passphrase: str) -> Protected:
    """Encrypt a plain database (and the backups beside it); returns the recovery key to show once."""
    if enc.looks_encrypted(path):
        raise enc.ProtectionError(translate(
            "Privacy", "{name} is already protected. To choose another passphrase, change it.").format(name=path.name))
    if not passphrase:
        raise enc.ProtectionError(translate(
            "Privacy", "The passphrase is empty. Choose one you will remember, of several words."))
    recovery = enc.new_recovery_key()
    raw_key = enc.raw_key_from_recovery(recovery)
    enc.write_key_file(path, enc.wrap(raw_key, passphrase))
    try:
        _rewrite(path, None, raw_key)
    except Exception:
        enc.key_file(path).unlink(missing_ok=True)
        raise
    enc.remember(path, raw_key)
    done = 0
    for backup in _backups(path):
        _rewrite(backup, None, raw_key)
        enc.write_key_file(backup, enc.wrap(raw_key, passphrase))
        done += 1
    return Protected(recovery_key=recovery, backups_protected=done)


def change_passphrase(path: Path, secret: str, new_passphrase: str) -> None:
    """A new passphrase, given the old one or the recovery key. Only the key file changes."""
    if not new_passphrase:
        raise enc.ProtectionError(translate("Privacy", "The new passphrase is empty. Choose one you will remember."))
    raw_key = enc.unlock(path, secret)
    enc.write_key_file(path, enc.wrap(raw_key, new_passphrase))


def remove_protection(path: Path, secret: str) -> None:
    """Decrypt the database in place, given its passphrase or recovery key."""
    raw_key = enc.unlock(path, secret)
    _rewrite(path, raw_key, "")
    enc.key_file(path).unlink(missing_ok=True)
    enc.forget(path)
