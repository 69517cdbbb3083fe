"""The packages import one way: ui -> (core, db, media, export); db, export -> core; core -> nothing.

Walks every module's imports (including those inside functions) with ast and names each arrow that
goes against the rules, by file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cos_desktop"

# What each layer may import from cos_desktop (the package root's constants are open to all).
ALLOWED = {
    "core": {"core"},
    "db": {"core", "db"},
    "export": {"core", "export"},
    "media": {"core", "media"},
    "ui": {"core", "db", "media", "export", "ui"},
}
ENTRY_POINTS = {"app", "cli", "cli_csv", "cli_language", "cli_parent", "cli_private", "__main__", "logging_setup"}
QT_ALLOWED_IN_MEDIA = {"cos_desktop/media/video_widget.py"}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports_of(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "cos_desktop":
                for alias in node.names:
                    yield node.lineno, f"cos_desktop.{alias.name}"
            else:
                yield node.lineno, node.module


def violations(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).as_posix()
        own = layer_of(".".join(path.relative_to(package.parent).with_suffix("").parts))
        if own in ENTRY_POINTS or own == "__init__":
            continue
        for line, name in imports_of(path):
            where = f"{relative}:{line} imports {name}"
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                if own in {"core", "db", "export"} or (own == "media" and relative not in QT_ALLOWED_IN_MEDIA):
                    found.append(where + " (Qt belongs in ui/ and the one video widget)")
                continue
            if not name.startswith("cos_desktop.") or name.count(".") == 0:
                continue
            target = layer_of(name)
            if target in ENTRY_POINTS:
                found.append(where + " (nothing imports the entry points)")
            elif target in ALLOWED and target not in ALLOWED[own]:
                found.append(where + f" ({own} may import only {', '.join(sorted(ALLOWED[own]))})")
    return found


def test_imports_flow_one_way():
    assert violations() == []


def test_the_rule_catches_an_upward_import(tmp_path):
    """The checker itself: a core module importing ui, or Qt, is named with its file and line."""
    fake = tmp_path / "cos_desktop"
    (fake / "core").mkdir(parents=True)
    (fake / "core" / "bad.py").write_text("import os\n\ndef f():\n    from cos_desktop.ui import x\n    import PySide6.QtCore\n")
    assert violations(fake) == [
        "cos_desktop/core/bad.py:4 imports cos_desktop.ui (core may import only core)",
        "cos_desktop/core/bad.py:5 imports PySide6.QtCore (Qt belongs in ui/ and the one video widget)",
    ]


def test_widgets_never_commit_or_roll_back():
    """The data layer owns transactions: ui/ hands its writes to db functions (db/transactions.py)."""
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in {"commit", "rollback"}:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.func.attr}()")
    assert found == []
