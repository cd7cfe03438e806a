"""The layout shows the architecture: no import circle, and no private name imported across packages.

Read off the source with ``ast`` (module-level imports, those under ``if TYPE_CHECKING:`` left out: they
never run). The generator may use only testruns' public names; inside testruns, a subpackage may use another's
public names and the top-level private modules every part shares (``_errors``, ``_models``), never another
subpackage's private names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ROOTS = ("testruns", "testruns_generator")


def _module(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(path): path for root in ROOTS for path in (REPO / root).rglob("*.py")}


def _runtime_imports(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each ``(module, names)`` that ``path`` imports when it is loaded (not under TYPE_CHECKING, not in a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            submodules = [f"{target}.{name}" for name in names if f"{target}.{name}" in MODULES]
            yield from ((sub, []) for sub in submodules)
            yield target, [name for name in names if f"{target}.{name}" not in MODULES]


def _graph() -> dict[str, set[str]]:
    return {
        name: {target for target, _ in _runtime_imports(path) if target in MODULES and target != name}
        for name, path in MODULES.items()
    }


def test_no_module_imports_itself_round_a_circle() -> None:
    graph = _graph()
    seen: dict[str, int] = {}  # 1: on the path being walked, 2: done
    circles: list[list[str]] = []

    def walk(name: str, path: list[str]) -> None:
        seen[name] = 1
        for target in sorted(graph[name]):
            if seen.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in seen:
                walk(target, [*path, target])
        seen[name] = 2

    for name in sorted(graph):
        if name not in seen:
            walk(name, [name])
    assert circles == []


def _private(dotted: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in dotted.split("."))


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("testruns_generator")))
def test_the_generator_uses_only_testruns_public_names(name: str) -> None:
    for target, names in _runtime_imports(MODULES[name]):
        if target.startswith("testruns"):
            assert not _private(target), f"{name} imports the private module {target}"
            assert not [n for n in names if n.startswith("_")], f"{name} imports private names of {target}"


def _subpackage(name: str) -> str:
    parts = name.split(".")
    return (
        ".".join(parts[:2])
        if len(parts) > 2
        or name in {"testruns.http", "testruns.runs", "testruns.vendors", "testruns.sandbox", "testruns.cli"}
        else "testruns"
    )


@pytest.mark.parametrize("name", sorted(name for name in MODULES if name.startswith("testruns")))
def test_no_subpackage_uses_another_s_private_names(name: str) -> None:
    mine = _subpackage(name)
    for target, names in _runtime_imports(MODULES[name]):
        if not target.startswith("testruns") or _subpackage(target) in (mine, "testruns"):
            continue
        assert not _private(target.removeprefix(_subpackage(target))), (
            f"{name} imports {target}, private to its package"
        )
        assert not [n for n in names if n.startswith("_")], f"{name} imports private names of {target}"
