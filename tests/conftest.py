"""Shared fixtures: a scratch copy of specs/ and generated/ that a test may break freely."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from testruns.vendors.manifest import Manifest, load_manifest

REPO = Path(__file__).resolve().parent.parent
# A command started from a shell's background job inherits SIGINT ignored, and Python then never
# turns Ctrl-C into KeyboardInterrupt: tests that send SIGINT start their command through this.
_DEFAULT_SIGINT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
)


def with_ctrl_c(argv: list[str]) -> list[str]:
    """``argv``, started with SIGINT at its default, whatever the test runner's own setting."""
    return [sys.executable, "-c", _DEFAULT_SIGINT, *argv]


def generator_in_process(argv: list[str]) -> int:
    """``python -m testruns_generator ARGV``'s exit status, run in this process with Ctrl-C at Python's default; the
    signal handlers the command installs (and, once stopped, its ignoring of signals) are undone after."""
    from testruns_generator.__main__ import main  # noqa: PLC0415

    own = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return main(argv)
    finally:
        for sig, handler in own.items():
            signal.signal(sig, handler)


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
