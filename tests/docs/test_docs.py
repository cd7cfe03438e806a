"""The documentation holds together: the site builds strictly, every vendor has its page, every citation stays
in the repository, the supported Pythons agree, and the README stays short."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from testruns.vendors.manifest import load_manifest
from tests.docs.snippets import ROOT

MANIFEST = load_manifest()
# Where the vendors' docs were read before they were restated in docs/vendors/: never to be cited again.
OUTSIDE = ("shared/" + "vendor-docs", "/work/" + "shared")
CITING = (
    "README.md",
    "CONTRIBUTING.md",
    "specs",
    "docs",
    "testruns",
    "testruns_generator",
    "tests",
    "generated",
    "action",
)


def test_make_docs_builds_the_site_strictly(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    reference = (tmp_path / "site" / "reference" / "index.html").read_text()
    for name in ("testruns.Client.trigger", "testruns.AsyncClient.wait", "testruns.RunStatus", "WaitTimeoutError"):
        assert name in reference, f"the API reference lost {name}"


def test_every_vendor_has_a_page_in_the_site_and_the_index() -> None:
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]
    listed = set(_pages(nav))
    index = (ROOT / "docs" / "vendors" / "index.md").read_text()
    for vendor in MANIFEST.vendors:
        page = f"vendors/{vendor.id}.md"
        assert (ROOT / "docs" / page).is_file(), f"{vendor.id}: no docs/{page}"
        assert page in listed, f"{vendor.id}: docs/{page} is not in mkdocs.yml's nav"
        assert f"({vendor.id}.md)" in index, f"{vendor.id}: not in docs/vendors/index.md"
        text = (ROOT / "docs" / page).read_text()
        assert re.search(r"https://\S+", text), f"{vendor.id}: the page gives no public address"


def _pages(value: object) -> list[str]:
    """Every page a (part of) mkdocs.yml's nav names."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [page for item in items for page in _pages(item)]


def test_no_citation_points_outside_the_repository() -> None:
    found = []
    for name in CITING:
        root = ROOT / name
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".png"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(ROOT)}: {cited}" for cited in OUTSIDE if cited in text]
    assert found == []


def test_the_classifiers_name_the_pythons_ci_tests() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    versions = [re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c) for c in project["classifiers"]]
    classified = sorted(found[1] for found in versions if found)
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    tested = sorted(str(v) for v in ci["jobs"]["test"]["strategy"]["matrix"]["python-version"])
    assert classified == tested and tested
    assert project["requires-python"] == f">={tested[0]}"


def test_the_readme_is_short_enough_to_finish() -> None:
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) <= 250, f"README.md has {len(lines)} lines: move reference material to docs/"
