"""The import tidy before ruff: ruff's own fixes of a module come out the same with it or without it, and a
module it tidied leaves ruff's fixers nothing to do (which is the time it saves)."""

from __future__ import annotations

import ast
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ruff import find_ruff_bin

from generator.clients import generate_client
from generator.effective_spec import effective_spec
from generator.pipeline import RUFF_CONFIG
from generator.tidy_imports import tidy_module
from testruns.vendors.manifest import load_manifest

RUFF = find_ruff_bin()

# Modules and names as the generated code imports them, with a few that sort awkwardly.
MODULES = {
    "__future__": ["annotations"],
    "typing": ["TYPE_CHECKING", "Any", "BinaryIO", "Generator", "TextIO", "TypeVar", "cast", "Literal"],
    "collections.abc": ["Mapping", "Iterator"],
    "http": ["HTTPStatus"],
    "urllib.parse": ["quote"],
    "attrs": ["define", "field", "evolve"],
    "dateutil.parser": ["isoparse"],
    "...": ["errors"],
    "...types": ["UNSET", "Response", "Unset", "File"],
    "...models.error": ["Error"],
    "...models.start_run_body": ["StartRunBody"],
    "..types": ["UNSET", "Unset"],
    "..models.a_b": ["AB", "ABc"],
    ".b": ["B", "b_helper"],
}
PLAIN_MODULES = ["json", "datetime", "httpx", "ssl"]

imported = st.sampled_from(sorted(MODULES)).flatmap(
    lambda module: st.tuples(st.just(module), st.sampled_from(MODULES[module]), st.sampled_from([None, None, "_x"]))
)


def _statement(module: str, name: str, alias: str | None) -> str:
    return f"from {module} import {name}" + (f" as {alias}_{name}" if alias else "")


def _bound(name: str, alias: str | None) -> str:
    return f"{alias}_{name}" if alias else name


@st.composite
def modules(draw: st.DrawFn) -> str:
    """A module as a template might render it: imports in any order, repeated, some unused, blank lines between."""
    drawn = draw(st.lists(imported, min_size=1, max_size=12))
    # One module per name, as in any module that passes ruff: the same name from two places is an error of
    # its own (F811), which neither ruff nor the tidy mends.
    source: dict[str, str] = {}
    imports = [item for item in drawn if source.setdefault(_bound(item[1], item[2]), item[0]) == item[0]]
    plain = draw(st.lists(st.sampled_from(PLAIN_MODULES), max_size=2))
    lines = [_statement(*item) for item in imports] + [f"import {m}" for m in plain]
    lines = draw(st.permutations(lines))
    spaced = [line + "\n" * draw(st.integers(0, 2)) for line in lines]
    candidates = sorted({_bound(name, alias) for _, name, alias in imports if name != "annotations"} | set(plain))
    used = draw(st.lists(st.sampled_from(candidates), unique=True)) if candidates else []
    checking = draw(st.lists(st.sampled_from(["from ..models.z import Z", "from ...client import Client"]), max_size=2))
    body = draw(st.sampled_from(["def f() -> None:", "class C:", "T = 1", "@staticmethod"]))
    text = "\n".join(spaced) + "\n" * draw(st.integers(1, 4))
    if checking:
        text += "if TYPE_CHECKING:\n" + "".join(f"    {line}\n" for line in checking) + "\n"
        used.append("TYPE_CHECKING")
        used += [line.split()[-1] for line in checking]
    references = ", ".join(used) or "None"
    if body == "@staticmethod":
        return text + f"@staticmethod\ndef g() -> object:\n    return [{references}]\n"
    if body.endswith(":"):
        return text + f"{body}\n    x = [{references}]\n"
    return text + f"{body}\nx = [{references}]\n"


def _ruff(text: str, *args: str, check: bool = False) -> str:
    done = subprocess.run(
        [RUFF, *args, "--config", str(RUFF_CONFIG), "--stdin-filename", "pkg/api/module.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=check,
    )
    return done.stdout


def _fixed(text: str) -> str:
    """ruff's fixes, then its format: what the pipeline writes (a module it cannot read fails the test)."""
    return _ruff(_ruff(text, "check", "--fix-only", "--quiet", check=True), "format", "--quiet", check=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(modules())
@example(
    "from __future__ import annotations\n\nfrom ..types import UNSET, Unset\n\nfrom ..types import UNSET, Unset\n"
    "from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator\n\n\n\n"
    'T = TypeVar("T", bound="X")\nclass X:\n    a: Any | Unset = UNSET\n'
)
@example("from ..models.a_b import AB, ABc\nfrom attrs import field\n\nx = [ABc, _field, fields]\n")
def test_ruff_makes_the_same_module_with_or_without_it(module: str) -> None:
    tidied = tidy_module(module)
    assert _fixed(tidied) == _fixed(module)
    # Nothing left for ruff's import fixes: the time they took is what the tidy saves.
    left = _ruff(tidied, "check", "--select", "F401,F811,I001", "--output-format", "concise", "--quiet")
    assert left == "", (module, tidied)


@pytest.mark.parametrize(
    "module",
    [
        "from typing import Any  # noqa: F401\n\nx = 1\n",  # a comment ruff keeps where it is
        "from typing import *\n\nx = Any\n",
        "from typing import (Any,\n    cast)  # why\nx = Any\n",
        "import os; import sys\nx = os\n",
        "from typing import \\\n    Any\nx = Any\n",
        "x = 1\nfrom typing import Any\n",  # not a leading import block
        "if TYPE_CHECKING:\n    from typing import Any\n",
    ],
)
def test_a_module_it_does_not_read_is_left_as_it_was(module: str) -> None:
    assert tidy_module(module) == module


def test_a_name_found_only_in_a_string_is_kept() -> None:
    # ``__all__`` and forward references name imports in strings; whatever ruff makes of it, it decides.
    module = 'from .b import B, C\n\n__all__ = ["B"]\nx: "C"\n'
    assert tidy_module(module) == module


def test_every_generated_module_is_left_as_ruff_formatted_it() -> None:
    # The committed packages are ruff's output: tidying them must change nothing in them.
    generated = Path(__file__).resolve().parents[2] / "generated"
    modules = [p for p in generated.rglob("*.py") if p.name != "__init__.py" and "/." not in str(p)]
    assert modules
    changed = [str(p.relative_to(generated)) for p in modules if tidy_module(text := p.read_text()) != text]
    assert changed == []


def test_the_client_generator_writes_its_modules_tidied(tmp_path: Path) -> None:
    # The time is saved only if openapi-python-client's modules really pass through the tidy on their way out.
    manifest = load_manifest()
    vendor = manifest.vendors[0]
    out = tmp_path / vendor.package
    generate_client(
        effective_spec(vendor, manifest), package=vendor.package, out_dir=out, vendor=vendor.id, spec_file=tmp_path
    )
    modules = [p for p in out.rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) > 3
    check = [RUFF, "check", "--select", "F401,F811,I001", "--config", str(RUFF_CONFIG), "--output-format", "json"]
    found = subprocess.run(
        [*check, "--no-cache", *map(str, modules)],
        capture_output=True,
        text=True,
        check=False,
    )
    # The imports a function makes for itself (openapi-python-client's lazy model imports) are ruff's to tidy.
    leading = [
        f"{Path(finding['filename']).name}:{finding['location']['row']} {finding['code']}"
        for finding in json.loads(found.stdout)
        if finding["location"]["row"] < _first_statement(Path(finding["filename"]))
    ]
    assert leading == []


def _first_statement(module: Path) -> int:
    """The line of the first top-level statement that is not the docstring, an import or ``if TYPE_CHECKING:``."""
    for node in ast.parse(module.read_text()).body:
        docstring = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        checking = isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        if not (docstring or checking or isinstance(node, ast.Import | ast.ImportFrom)):
            return node.lineno
    return 10**9


def test_a_module_the_tidy_trips_on_is_written_as_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Speed only: whatever goes wrong in the tidy, the client is still made (and ruff judges it as ever).
    def trips(text: str) -> str:
        raise IndexError("a module the tidy did not expect")

    monkeypatch.setattr("generator.tidy_imports.tidy_module", trips)
    manifest = load_manifest()
    vendor = manifest.vendors[0]
    out = tmp_path / vendor.package
    generate_client(
        effective_spec(vendor, manifest), package=vendor.package, out_dir=out, vendor=vendor.id, spec_file=tmp_path
    )
    models = list((out / "models").glob("*.py"))
    assert models
    assert any("from typing import Any, TypeVar, BinaryIO, TextIO" in p.read_text() for p in models)
