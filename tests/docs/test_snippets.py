"""Every snippet of README.md and docs/ runs as written, against the sandbox the docs tell the reader to start.

The sandbox is started with the docs' own command (the ``<!-- snippet: sandbox -->`` block), and its
``export`` lines are what each snippet's environment gets, as a reader pastes them; it is reset between
snippets. Python runs as a script (with pytest where it holds tests), shell with ``bash -euo pipefail``, a
workflow's testruns step through action.yml's own step, and a manifest entry is read by the manifest loader
in place of the vendor's own. What is skipped, and why, is printed at the end (tests/docs/conftest.py).
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from testruns.vendors.manifest import load_manifest
from tests.action.step import ACTION, run_step
from tests.docs.snippets import ROOT, Snippet, all_snippets

SNIPPETS = all_snippets()
SANDBOX = [snippet for snippet in SNIPPETS if snippet.mark == "sandbox"]
ACTION_REF = re.compile(r"^[\w.-]+/testruns@v\d+\.\d+\.\d+$")
# Each snippet is bounded: a wait in one ends in seconds against this sandbox.
TIMEOUT = 120


def _words(code: str) -> list[str]:
    return shlex.split(code, comments=True)


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    """The docs' sandbox, started with their command; the variables its ``export`` lines set."""
    (first, *others) = SANDBOX
    assert all(_words(other.code) == _words(first.code) for other in others), "the docs start the sandbox alike"
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    served = subprocess.Popen(
        ["bash", "-c", first.code],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert served.stdout is not None and served.stderr is not None
    exported: dict[str, str] = {}
    try:
        for line in served.stdout:
            if line.startswith("export "):
                name, value = line.removeprefix("export ").strip().split("=", 1)
                exported[name] = value
            if line.startswith("# Faults"):  # its last line: it serves
                break
        if not exported:  # e.g. port 8765 taken, by a sandbox a reader of the docs left running
            served.wait(timeout=30)
            why = served.stderr.read()
            pytest.fail(f"{first.id}: the docs' sandbox did not start (exit {served.returncode}): {why}")
        yield {**env, **exported}
    finally:
        os.killpg(served.pid, signal.SIGTERM)
        served.communicate(timeout=30)
    assert served.returncode == 0, f"{first.id} did not stop cleanly on SIGTERM"


def _reset(env: dict[str, str]) -> None:
    base = env["WALLARM_BASE_URL"].removesuffix("/wallarm")
    urllib.request.urlopen(urllib.request.Request(f"{base}/_sandbox/reset", method="POST"), timeout=10).close()


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> None:
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"


def _run_python(snippet: Snippet, env: dict[str, str], tmp_path: Path) -> None:
    if re.search(r"^def test_", snippet.code, re.MULTILINE):
        # Tests for the reader's own suite: pytest runs them, with the testruns plugin as installed.
        (tmp_path / "test_snippet.py").write_text(snippet.code)
        _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_snippet.py"], env, tmp_path)
        return
    (tmp_path / "snippet.py").write_text(snippet.code)
    _run([sys.executable, "snippet.py"], env, tmp_path)


def _run_workflow(workflow: dict[str, Any], env: dict[str, str], tmp_path: Path) -> None:
    steps = [step for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    ours = [step for step in steps if step["uses"].split("@")[0].endswith("/testruns")]
    assert ours, "the workflow uses the testruns action"
    for number, step in enumerate(ours):
        assert ACTION_REF.match(step["uses"]), f"{step['uses']}: the action at a release tag"
        inputs = {name: str(value) for name, value in step.get("with", {}).items()}
        unknown = set(inputs) - set(ACTION["inputs"])
        assert not unknown, f"inputs action.yml does not have: {unknown}"
        secrets = {}
        for name, value in step.get("env", {}).items():
            secret = re.fullmatch(r"\$\{\{\s*secrets\.(\w+)\s*\}\}", str(value))
            assert secret, f"{name}: a key comes from a secret"
            secrets[name] = env[secret[1]]  # the secret holds what the variable would: the sandbox's key
        done = run_step({**env, **secrets}, tmp_path / f"step{number}", **inputs)
        assert done.code == 0 and done.outputs["state"] in ("passed", "finished", "triggered"), done.log
        assert done.outputs["run-id"], done.log


def _run_manifest_entry(entries: list[dict[str, Any]], tmp_path: Path) -> None:
    manifest = yaml.safe_load((ROOT / "specs" / "vendors.yaml").read_text())
    for entry in entries:
        others = [vendor for vendor in manifest["vendors"] if vendor["id"] != entry["id"]]
        assert len(others) < len(manifest["vendors"]), f"{entry['id']}: the example is a vendor of the manifest"
        manifest["vendors"] = [*others, entry]
    (tmp_path / "vendors.yaml").write_text(yaml.safe_dump(manifest))
    for name in {entry["spec"].split("/")[0] for entry in entries}:
        (tmp_path / name).symlink_to(ROOT / "specs" / name)
    load_manifest.cache_clear()
    try:
        loaded = load_manifest(tmp_path / "vendors.yaml")
    finally:
        load_manifest.cache_clear()
    assert {entry["id"] for entry in entries} <= set(loaded.ids)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[snippet.id for snippet in SNIPPETS])
def test_snippet(snippet: Snippet, sandbox_env: dict[str, str], tmp_path: Path) -> None:
    if snippet.skipped:
        pytest.skip(snippet.skipped)
    if snippet.mark == "sandbox":
        return  # it is the sandbox every other snippet ran against (the fixture started it)
    _reset(sandbox_env)
    cwd = ROOT if snippet.mark == "in-checkout" else tmp_path
    if snippet.lang == "python":
        _run_python(snippet, sandbox_env, tmp_path)
    elif snippet.lang == "sh":
        _run(["bash", "-euo", "pipefail", "-c", snippet.code], sandbox_env, cwd)
    else:
        document = yaml.safe_load(snippet.code)
        if isinstance(document, dict) and "jobs" in document:
            _run_workflow(document, sandbox_env, tmp_path)
        elif isinstance(document, list) and all(isinstance(item, dict) and "id" in item for item in document):
            _run_manifest_entry(document, tmp_path)
        else:
            pytest.fail(f"{snippet.id}: a yaml snippet is a workflow or a manifest entry; teach the test another")


def test_the_docs_hold_snippets_and_say_how_to_start_the_sandbox() -> None:
    # A page with a block the rules cannot place (no language, never closed, an unknown mark) fails collection.
    assert len(SNIPPETS) > 10 and SANDBOX
