"""A copy of the repo with one vendor added (its spec and manifest entry only), and commands run in it.

What a user adding a vendor does, proved where nothing the test writes can reach the real ``specs/`` or
``generated/``: the copy's own ``testruns``, ``testruns_generator`` and ``generated`` come first on the path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def repo_copy(root: Path, vendor: str, spec: str, entry: str, spec_name: str = "openapi.yaml") -> Path:
    """``root`` made a copy of the repo with ``spec`` at ``specs/<vendor>/<spec_name>`` and ``entry`` appended
    to the manifest (Prism, in node_modules, is linked, not copied)."""
    for name in ("testruns", "testruns_generator", "specs", "generated", "tests"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    (root / "specs" / vendor).mkdir()
    (root / "specs" / vendor / spec_name).write_text(spec)
    with (root / "specs" / "vendors.yaml").open("a") as manifest:
        manifest.write(entry)
    return root


def run_in(
    copy: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in the copy, whose testruns, generator and generated packages come first on the path."""
    environment = {**os.environ, **(env or {}), "PYTHONPATH": f"{copy}{os.pathsep}{copy / 'generated'}"}
    if "TESTRUNS_LOG" not in (env or {}):
        environment.pop("TESTRUNS_LOG", None)  # the caller's own logging would change what a test reads
    return subprocess.run(
        [sys.executable, *args], cwd=copy, capture_output=True, text=True, env=environment, timeout=timeout
    )
