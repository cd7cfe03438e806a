"""Shared fixtures: a scratch copy of specs/ and generated/ that a test may break freely."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from testruns.manifest import Manifest, load_manifest

REPO = Path(__file__).resolve().parent.parent


def tree_digest(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (except caches), by relative path."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of specs/ and generated/ under tmp_path."""
    shutil.copytree(REPO / "specs", tmp_path / "specs")
    shutil.copytree(REPO / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__", ".*"))
    return tmp_path


@pytest.fixture
def load_workspace_manifest(workspace: Path) -> Callable[[], Manifest]:
    """Read the workspace's manifest afresh (the loader caches by path, so clear it)."""

    def load() -> Manifest:
        load_manifest.cache_clear()
        return load_manifest(workspace / "specs" / "vendors.yaml")

    return load
