"""A button's clicked(bool) and an action's triggered(bool) hand `checked` to any slot that takes a parameter.

`button.clicked.connect(window.add_participant)` with `def add_participant(self, name=None)` made
Add parent... receive False as the name. This test reads the code (ast) and fails on every
`clicked`/`triggered` connection to a method whose first parameter could receive `checked`.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cos_desktop"
SIGNALS = {"clicked", "triggered"}


def _methods() -> dict[str, list[tuple[str, ast.FunctionDef]]]:
    """Every method of a class in the package, by name (a name may be defined in several classes)."""
    found: dict[str, list[tuple[str, ast.FunctionDef]]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        found.setdefault(item.name, []).append((str(path.relative_to(PACKAGE.parent)), item))
    return found


def _candidates(methods, where: str, name: str):
    """The methods a connection may mean: those of its own file when it defines one, else any class's."""
    own = [m for m in methods.get(name, []) if m[0] == where.split(":")[0]]
    return own or methods.get(name, [])


def _takes_checked(function: ast.FunctionDef) -> bool:
    """True when a call with one positional argument would put it into a real parameter."""
    positional = function.args.posonlyargs + function.args.args
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    if positional:
        return positional[0].arg not in ("checked", "_checked")
    return function.args.vararg is not None


def _connections():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in SIGNALS) or len(node.args) != 1:
                continue
            slot = node.args[0]
            if isinstance(slot, ast.Attribute):
                yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", signal.attr, slot.attr


def test_no_clicked_or_triggered_slot_can_take_checked_by_mistake():
    methods = _methods()
    wrong = []
    for where, signal, name in _connections():
        for defined_in, function in _candidates(methods, where, name):
            if _takes_checked(function):
                first = (function.args.posonlyargs + function.args.args)[1:2] or [function.args.vararg]
                wrong.append(f"{where}: {signal} -> {name}() would get `checked` as "
                             f"{first[0].arg!r} ({defined_in}:{function.lineno})")
    assert not wrong, "\n".join(wrong)


def test_the_check_finds_the_mistake_it_is_for():
    source = "class W:\n    def add(self, name=None):\n        pass\n"
    function = ast.parse(source).body[0].body[0]
    assert _takes_checked(function)
    assert not _takes_checked(ast.parse("def add(self):\n    pass\n").body[0])
    assert not _takes_checked(ast.parse("def add(self, _checked=False):\n    pass\n").body[0])
