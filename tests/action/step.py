"""action.yml's step, run as the runner runs it: its ``run`` line and ``env`` mapping are action.yml's own
(``${{ inputs.x }}`` filled in from the inputs, with action.yml's defaults), with fake ``GITHUB_OUTPUT`` and
``GITHUB_STEP_SUMMARY`` files. Only the install step is left out: it installs the package this checkout is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text())
STEP: dict[str, Any] = next(step for step in ACTION["runs"]["steps"] if step.get("id") == "run")


@dataclass
class Step:
    """What one run of the action's step left."""

    code: int
    outputs: dict[str, str]
    summary: str
    log: str


def read_outputs(path: Path) -> dict[str, str]:
    """``GITHUB_OUTPUT``'s ``name<<END ... END`` blocks, as the runner reads them."""
    found: dict[str, str] = {}
    lines = iter(path.read_text().splitlines())
    for line in lines:
        name, end = line.split("<<", 1)
        value = []
        for item in lines:
            if item == end:
                break
            value.append(item)
        found[name] = "\n".join(value)
    return found


def step_env(inputs: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """The step's environment: its ``env`` mapping with the inputs filled in, and the runner's variables."""
    given = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()} | inputs

    def fill(template: str) -> str:
        return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: given[m.group(1)], template)

    venv = tmp_path / "runner" / "testruns-venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").symlink_to(sys.executable)  # what the install step would have made
    (tmp_path / "output").touch()
    (tmp_path / "summary.md").write_text("# an earlier step\n")
    return {
        **{name: fill(str(value)) for name, value in STEP["env"].items()},
        "RUNNER_TEMP": str(tmp_path / "runner"),
        "GITHUB_ACTION_PATH": str(ROOT),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        # The runner's python is a symlink, so the testruns beside it is named here.
        "TESTRUNS_COMMAND": str(Path(sys.executable).with_name("testruns")),
    }


def run_step(vendor_env: dict[str, str], tmp_path: Path, **inputs: str) -> Step:
    """Run the action's step with ``inputs`` and the vendors' variables ``vendor_env``, in ``tmp_path``."""
    env = {**os.environ, **vendor_env, **step_env(inputs, tmp_path)}
    done = subprocess.run(
        ["bash", "-e", "-c", STEP["run"]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    return Step(
        done.returncode,
        read_outputs(tmp_path / "output"),
        (tmp_path / "summary.md").read_text(),
        done.stdout + done.stderr,
    )
