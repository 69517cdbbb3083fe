"""Where COS Desktop keeps its files (platformdirs), and where its resources are."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cos_desktop import APP_ID


def data_dir() -> Path:
    """The user data folder; COS_DESKTOP_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("COS_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("COS_DESKTOP_DATA_DIR")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "cos-desktop.sqlite3"


def default_database_url() -> str:
    return "sqlite:///" + str(default_database_path())


def lock_file_path(database_url: str) -> Path:
    """One lock per database: beside a SQLite file, or keyed by the URL in the data folder."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        return Path(database_url[len("sqlite:///"):] + ".lock")
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
    return data_dir() / f"database-{digest}.lock"


def resource_path(name: str) -> Path:
    """A file in resources/: from the source tree when running from it, else the installed copy."""
    source_tree = Path(__file__).resolve().parents[2] / "resources" / name
    if source_tree.exists():
        return source_tree
    from importlib import resources  # only needed when installed; slow to import at start-up

    return Path(str(resources.files("cos_desktop.resources") / name))
