"""A keyring kept in a JSON file named by COS_TEST_KEYRING_FILE: it stands in for the OS keyring
in command-line tests (a subprocess takes it with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _load(self) -> dict:
        path = Path(os.environ["COS_TEST_KEYRING_FILE"])
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _save(self, kept: dict) -> None:
        Path(os.environ["COS_TEST_KEYRING_FILE"]).write_text(json.dumps(kept), encoding="utf-8")

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        kept = self._load()
        kept[f"{service}\n{username}"] = password
        self._save(kept)

    def delete_password(self, service, username):
        kept = self._load()
        del kept[f"{service}\n{username}"]
        self._save(kept)
