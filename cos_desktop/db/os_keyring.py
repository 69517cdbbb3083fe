"""The database's key kept in the computer's own keyring (macOS Keychain, Windows Credential
Manager, GNOME Keyring or KWallet), when the facilitator chooses so: the app then opens without
asking for the passphrase.

`keyring` is an optional dependency (pip install 'cos-desktop[keyring]'): on Linux it brings
SecretStorage and cryptography (about 17 MB), and it is imported only for a protected database.
What is kept is the database's own key, not the passphrase: it still works after the passphrase is
changed, and it never appears in a log or a message.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from cos_desktop.db import encryption as enc

log = logging.getLogger(__name__)
SERVICE = "COS Desktop"
NOT_INSTALLED = (QT_TRANSLATE_NOOP(
    "Privacy", "This copy of COS Desktop was installed without keyring support, so it cannot remember the passphrase."))
NO_BACKEND = (QT_TRANSLATE_NOOP(
    "Privacy", "This computer has no keyring that COS Desktop can use (such as the macOS Keychain, Windows Credential "
    "Manager, GNOME Keyring or KWallet), so it cannot remember the passphrase."))


def _account(path: Path) -> str:
    return os.path.abspath(path)


def _backend():
    """The keyring in use, or None with the reason why there is none."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None, translate("Privacy", NOT_INSTALLED)
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up must not stop the app
        log.exception("the keyring could not be loaded")
        return None, translate("Privacy", NO_BACKEND)
    if isinstance(backend, (fail.Keyring, null.Keyring)) or getattr(backend, "backends", None) == []:
        return None, translate("Privacy", NO_BACKEND)
    return backend, ""


def unavailable_reason() -> str:
    """"" when a keyring works here; otherwise a plain sentence saying why the option is off."""
    return _backend()[1]


def keep(path: Path, raw_key: str) -> bool:
    """Keep the database's key in the keyring. False (logged, no secret) when that fails."""
    backend, _reason = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _account(path), raw_key)
        return True
    except Exception:
        log.warning("the keyring refused to keep the key of %s", Path(path).name)
        return False


def drop(path: Path) -> None:
    """Take the database's key out of the keyring (nothing happens when it is not there)."""
    backend, _reason = _backend()
    if backend is None:
        return
    try:
        if backend.get_password(SERVICE, _account(path)) is not None:
            backend.delete_password(SERVICE, _account(path))
    except Exception:
        log.warning("the keyring could not forget the key of %s", Path(path).name)


def is_kept(path: Path) -> bool:
    backend, _reason = _backend()
    try:
        return backend is not None and backend.get_password(SERVICE, _account(path)) is not None
    except Exception:
        return False


def unlock_from_keyring(path: Path) -> bool:
    """Open a protected database with the key kept in the keyring. A key that no longer opens it (the
    protection was removed and set again) is dropped, and the passphrase is asked as usual."""
    backend, _reason = _backend()
    if backend is None:
        return False
    try:
        raw_key = backend.get_password(SERVICE, _account(path))
    except Exception:
        log.warning("the keyring could not be read for %s", Path(path).name)
        return False
    if raw_key is None:
        return False
    if not enc.key_opens(path, raw_key):
        drop(path)
        return False
    enc.remember(path, raw_key)
    return True
