"""A hash of what goes into the bundle, written beside it, so a test can reuse a bundle that is
still current instead of building it again (a build takes most of a minute)."""

from __future__ import annotations

import hashlib
from pathlib import Path

INPUTS = ("cos_desktop", "resources", "packaging", "pyproject.toml", "setup.py")


def source_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        top = root / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in paths:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def stamp_path(dist: Path) -> Path:
    return dist / "cos-desktop.source"
