"""The two ends ``make test-oldest`` and ``make test-newest`` test are the ends of ``pyproject.toml``'s ranges:
each file names every run-time dependency once, the oldest at its lower bound, the newest inside its range."""

from __future__ import annotations

import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from .constraints import BOUNDS, REPO, main


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    return {canonicalize_name(r.name): r for r in requirements}


def _pins(bound: str) -> dict[str, Version]:
    return _pins_in(f"constraints-{bound}.txt")


def _pins_in(file: str) -> dict[str, Version]:
    lines = (REPO / file).read_text().splitlines()
    pairs = [line.split("==", 1) for line in lines if "==" in line and not line.startswith("#")]
    return {canonicalize_name(name): Version(version) for name, version in pairs}


@pytest.mark.parametrize("bound", BOUNDS)
def test_a_bound_pins_every_run_time_dependency_within_its_range(bound: str) -> None:
    requirements = _requirements()
    pins = _pins(bound)
    assert sorted(pins) == sorted(requirements)
    outside = {name: str(pins[name]) for name, r in requirements.items() if pins[name] not in r.specifier}
    assert outside == {}


def test_the_oldest_are_the_lower_bounds() -> None:
    lower = {
        name: Version(spec.version)
        for name, requirement in _requirements().items()
        for spec in requirement.specifier
        if spec.operator == ">="
    }
    assert _pins("oldest") == lower


def test_the_development_pins_lie_between_the_two_bounds() -> None:
    pinned = _pins_in("constraints.txt")
    oldest, newest = _pins("oldest"), _pins("newest")
    assert {name: str(pinned[name]) for name in oldest if not oldest[name] <= pinned[name] <= newest[name]} == {}


def test_an_unknown_bound_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["latest"]) == 2
    assert "latest" in capsys.readouterr().err
