"""A SQLite database protected with a passphrase (SQLCipher, through the `sqlcipher3` module).

How the keys fit together:
- The database is encrypted with a random 256-bit key derived from the *recovery key* (shown once
  when the database is protected, to print or write down). The recovery key alone always opens it.
- The *passphrase* unlocks a wrapped copy of that key kept beside the database in `NAME.key`
  (scrypt, then a one-time pad and an HMAC check). Changing the passphrase rewrites only that small
  file; the database is not encrypted again.
- A copy of the database without its key file (another computer, a backup) opens with the
  recovery key, and a new passphrase can then be set.

Nothing is counted or locked: a wrong passphrase changes nothing, however often it is tried.
Keys live in this process's memory only (`remember`), never in a file, the log or a URL string.
"""

from __future__ import annotations

from cos_desktop.core.translation import translate

import base64
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_FILE_SUFFIX = ".key"
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
RECOVERY_LABEL = b"cos-desktop recovery key v1:"

_keys: dict[Path, str] = {}  # database file -> raw SQLCipher key (hex), for this process only


class ProtectionError(Exception):
    """A passphrase problem; str(error) is one line for the facilitator, and nothing was changed."""


class WrongSecret(ProtectionError):
    pass


class KeyNeeded(ProtectionError):
    pass


# ---- recognising a protected file ---------------------------------------------------------------

def sqlite_path(database_url: str) -> Path | None:
    """The file of a sqlite:/// URL, without importing SQLAlchemy (start-up time)."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        return Path(database_url[len("sqlite:///"):].split("?", 1)[0])
    return None


def key_file(path: Path) -> Path:
    return path.with_name(path.name + KEY_FILE_SUFFIX)


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_protected(path: Path) -> bool:
    """An existing, non-empty file that is not plain SQLite and has a key file, or whose key we hold."""
    if not path.exists() or path.stat().st_size == 0 or _header(path) == SQLITE_HEADER:
        return False
    return key_file(path).exists() or _resolved(path) in _keys


def looks_encrypted(path: Path) -> bool:
    """Not plain SQLite (protected, or damaged: only a key can tell)."""
    return path.exists() and path.stat().st_size > 0 and _header(path) != SQLITE_HEADER


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path))


def remember(path: Path, raw_key: str) -> None:
    _keys[_resolved(path)] = raw_key


def forget(path: Path) -> None:
    _keys.pop(_resolved(path), None)


def remembered(path: Path) -> str | None:
    return _keys.get(_resolved(path))


# ---- keys -------------------------------------------------------------------------------------

def new_recovery_key() -> str:
    """25 letters and digits in five groups, easy to copy by hand (no 0/O or 1/I confusion)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    chars = "".join(secrets.choice(alphabet) for _ in range(25))
    return "-".join(chars[i:i + 5] for i in range(0, 25, 5))


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def raw_key_from_recovery(recovery_key: str) -> str:
    digest = hashlib.sha256(RECOVERY_LABEL + normalise_recovery_key(recovery_key).encode()).hexdigest()
    return digest


def _derive(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=64, **SCRYPT)
    return material[:32], material[32:]


def wrap(raw_key: str, passphrase: str) -> dict:
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(passphrase, salt)
    wrapped = bytes(a ^ b for a, b in zip(bytes.fromhex(raw_key), pad))
    tag = hmac.new(mac_key, wrapped, hashlib.sha256).digest()
    enc = base64.b64encode
    return {"version": 1, "kdf": "scrypt", **SCRYPT, "salt": enc(salt).decode(), "wrapped": enc(wrapped).decode(),
            "check": enc(tag).decode()}


def unwrap(box: dict, passphrase: str) -> str | None:
    dec = base64.b64decode
    pad, mac_key = _derive(passphrase, dec(box["salt"]))
    wrapped = dec(box["wrapped"])
    if not hmac.compare_digest(hmac.new(mac_key, wrapped, hashlib.sha256).digest(), dec(box["check"])):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, pad)).hex()


def write_key_file(path: Path, box: dict) -> None:
    """Owner-only, written beside and swapped in, so a crash leaves the old file or the new one."""
    target = key_file(path)
    partial = target.with_name(target.name + ".part")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(box, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def read_key_file(path: Path) -> dict | None:
    """The key file's contents, or None when it is missing or damaged (then only the recovery key opens)."""
    try:
        box = json.loads(key_file(path).read_text(encoding="utf-8"))
        dec = base64.b64decode
        if len(dec(box["salt"])) < 16 or len(dec(box["wrapped"])) != 32 or len(dec(box["check"])) != 32:
            return None
        return box
    except (OSError, ValueError, KeyError, TypeError):
        return None


# ---- opening ----------------------------------------------------------------------------------

def dbapi_connect(path: Path, raw_key: str | None = None):
    """A DB-API connection to a file: SQLCipher with the key when there is one, plain sqlite3 otherwise."""
    raw_key = raw_key or remembered(path)
    if raw_key is None:
        import sqlite3

        return sqlite3.connect(path)
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{raw_key}'\"")
    return connection


def key_opens(path: Path, raw_key: str) -> bool:
    import sqlcipher3

    connection = dbapi_connect(path, raw_key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def unlock(path: Path, secret: str) -> str:
    """Check a passphrase or recovery key against the file; remember and return the raw key.

    Raises WrongSecret (one line) when neither opens it; nothing is written either way.
    """
    if not secret:
        raise WrongSecret(translate(
            "Privacy", "The passphrase is empty. Type the passphrase you chose, or the recovery key."))
    if not looks_encrypted(path):
        raise ProtectionError(
            translate(
                "Privacy", "{name} is not protected with a passphrase: open it without one (or protect it with: "
                "cos-desktop protect).").format(name=path.name))
    box = read_key_file(path)
    candidates = []
    if box is not None:
        unwrapped = unwrap(box, secret)
        if unwrapped is not None:
            candidates.append(unwrapped)
    if len(normalise_recovery_key(secret)) == 25:
        candidates.append(raw_key_from_recovery(secret))
    for raw_key in candidates:
        if key_opens(path, raw_key):
            remember(path, raw_key)
            return raw_key
    if box is not None and unwrap(box, secret) is not None:
        raise ProtectionError(
            translate(
                "Privacy", "The passphrase is right, but {name} cannot be read with it: the file is damaged, or the key "
                "file beside it belongs to another database. Nothing was changed; restore a backup.").format(
                    name=path.name))
    if box is None and not candidates:
        raise WrongSecret(
            translate(
                "Privacy", "{name} has no usable key file beside it ({name2}), so only its recovery key can open it. "
                "Type the recovery key (five groups of five letters and digits).").format(
                    name=path.name, name2=key_file(path).name))
    raise WrongSecret(translate(
        "Privacy", "That passphrase is not right. Nothing was changed; try again, or use the recovery key."))


def sqlalchemy_url(path: Path, raw_key: str):
    from sqlalchemy.engine import URL

    return URL.create("sqlite+pysqlcipher", password=f"x'{raw_key}'", database=str(path))


def sqlcipher_engine(url: str, on_connect):
    """For db.engine: an engine for a protected SQLite file, or None for anything else."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    if not looks_encrypted(path):
        return None
    raw_key = remembered(path)
    if raw_key is None:
        from cos_desktop.db.engine import DatabaseOpenError

        if key_file(path).exists():
            raise DatabaseOpenError(
                translate(
                    "Privacy", "The database {path} is protected with a passphrase. Give it with --passphrase-file "
                    "FILE, or start from a terminal or the app to be asked for it.").format(path=path))
        return None  # not plain SQLite and no key file: the engine reports it as damaged
    engine = create_engine(sqlalchemy_url(path, raw_key), connect_args={"timeout": 10})

    def quiet_then_pragmas(dbapi_connection, record) -> None:
        dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
        # Pages are decrypted as they enter SQLite's own cache: a bigger cache (32 MB) decrypts less often.
        dbapi_connection.execute("PRAGMA cache_size = -32768")
        on_connect(dbapi_connection, record)

    event.listen(engine, "connect", quiet_then_pragmas)
    return engine


def copy_key_file(source: Path, target: Path) -> None:
    """A backup of a protected database gets the same key file, so the same passphrase opens it."""
    box = read_key_file(source)
    if box is not None:
        write_key_file(target, box)
