"""One corpus document through everything a user adding it as a vendor meets, in a scratch copy of the repo.

Each worker keeps one scratch copy (``testruns/``, ``testruns_generator/``, the contract tests and ``pyproject.toml``)
and swaps only ``specs/`` and ``generated/`` per document, so mypy's cache of the toolkit is reused.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .directory import DIRECTORY, REPO, load
from .entry import PACKAGE, VENDOR, manifest_entry

_VENV_BIN = Path(sys.executable).parent
# Where the toolkit's own code is copied from; the vendor's files are the only other inputs.
_COPIED = ("testruns", "testruns_generator", "tests/__init__.py", "tests/conftest.py", "tests/contract")
_SECRET = "corpus-key-123456"
# Drawn cases per contract test in the corpus: enough to find a value the facade and Prism disagree on, few
# enough that sixty documents fit well under an hour on two shared cores (the repo's own vendors get 50).
CONTRACT_EXAMPLES = 10


@dataclass
class Step:
    """One step's verdict: passed or not (None: not run), its time, and what a user saw when it failed."""

    ok: bool | None = None
    seconds: float = 0.0
    said: str = ""


@dataclass
class Row:
    """Everything one document did."""

    path: str
    size: int
    note: str = ""
    steps: dict[str, Step] = field(default_factory=dict)

    def ok(self, name: str) -> bool | None:
        """The step's verdict, None when it did not run."""
        step = self.steps.get(name)
        return None if step is None else step.ok


STEPS = ("generate", "lint", "help", "dry-run", "sandbox", "contract", "plain", "plain-mypy")


def _said(done: subprocess.CompletedProcess[str]) -> str:
    """The line a user would read first: pytest's first ``E`` line, an ``error:`` line, else the last line."""
    lines = [line.strip() for line in (done.stderr + "\n" + done.stdout).splitlines() if line.strip()]
    pytest_errors = [line[1:].strip() for line in lines if line.startswith("E ") and "Failing test case" not in line]
    if pytest_errors:
        return pytest_errors[0][:400]
    for marker in ("error:", "Error", "error", "FAILED", "Traceback"):
        for line in lines:
            if marker in line and "was left unchanged" not in line:
                return line[:400]
    return (lines[-1] if lines else f"exit {done.returncode}")[:400]


class Workspace:
    """A scratch copy of the repo for one worker."""

    def __init__(self, root: Path, *, contract: bool = False, sandbox: bool = True, plain: bool = True) -> None:
        self.root = root
        self.contract = contract
        self.sandbox = sandbox
        self.plain = plain
        for name in _COPIED:
            source, target = REPO / name, root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".*"), dirs_exist_ok=True)
            else:
                shutil.copy(source, target)
        shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
        if not (root / "node_modules").exists():
            (root / "node_modules").symlink_to(REPO / "node_modules")
        self.env = {
            **os.environ,
            "PYTHONPATH": f"{root}{os.pathsep}{root / 'generated'}",
            "PATH": f"{_VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        }
        self.env.pop("TESTRUNS_LOG", None)

    def run(
        self, *args: str, timeout: float = 900, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        """A Python command in the copy, and how long it took; a timeout is a failure that says so."""
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, *args],
                cwd=cwd or self.root,
                capture_output=True,
                text=True,
                env={**self.env, **(env or {})},
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            done = subprocess.CompletedProcess(list(args), 124, "", f"error: timed out after {timeout:.0f} s")
        return done, time.perf_counter() - started

    def step(self, row: Row, name: str, *args: str, timeout: float = 900, env: dict[str, str] | None = None) -> bool:
        """Run one step and record it in ``row``."""
        done, seconds = self.run(*args, timeout=timeout, env=env)
        ok = done.returncode == 0
        row.steps[name] = Step(ok, seconds, "" if ok else _said(done))
        return ok

    def judge(self, relative: str) -> Row:
        """Every step for one document; a failed step skips those that need it."""
        source = DIRECTORY / relative
        row = Row(relative, source.stat().st_size)
        spec = load(relative)
        entry, row.note = manifest_entry(spec, f"{VENDOR}/openapi.json")
        for name in ("specs", "generated", "plain"):
            shutil.rmtree(self.root / name, ignore_errors=True)
        (self.root / "specs" / VENDOR).mkdir(parents=True)
        shutil.copy(source, self.root / "specs" / VENDOR / "openapi.json")
        self._write_manifest(entry)
        if self.plain:
            self._plain(row, source)
        if not self.step(row, "generate", "-m", "testruns_generator", "generate"):
            return row
        generated = str(self.root / "generated" / PACKAGE.replace(".", "/"))
        ruff = ["-m", "ruff", "check", "--quiet", "--config", "testruns_generator/ruff_generated.toml", generated]
        mypy = ["-m", "mypy", "--no-error-summary", "-p", "testruns_clients"]
        if self.step(row, "lint", *ruff):
            self.step(row, "lint", *mypy)
        self.step(row, "help", "-m", "testruns", "trigger", VENDOR, "--help")
        defaulted = ",".join(entry.get("defaults", {}))
        call, seconds = self.run(
            str(REPO / "tests" / "corpus" / "example.py"), PACKAGE, entry_operation(entry), defaulted
        )
        if call.returncode != 0:
            row.steps["dry-run"] = Step(False, seconds, "(the corpus tool drew no valid call) " + _said(call))
            return row
        example = json.loads(call.stdout)
        keys = {variable: _SECRET for variable in _variables(entry)}
        argv = ["-m", "testruns", "trigger", VENDOR, *example["argv"]]
        self.step(row, "dry-run", *argv, "--dry-run", env=keys)
        if self.sandbox:
            self._sandbox(row, argv)
        if self.contract:
            entry["operations"]["trigger"]["example"] = example["params"]
            self._write_manifest(entry)
            contract = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contract/test_contract.py", "-k", VENDOR]
            self.step(
                row, "contract", *contract, env={"TESTRUNS_CONTRACT_EXAMPLES": str(CONTRACT_EXAMPLES)}, timeout=300
            )
        return row

    def _write_manifest(self, entry: dict[str, object]) -> None:
        # JSON is YAML: the manifest loader reads it as it reads specs/vendors.yaml.
        text = json.dumps({"vendors": [entry]}, indent=1)
        (self.root / "specs" / "vendors.yaml").write_text(text, encoding="utf-8")

    def _plain(self, row: Row, source: Path) -> None:
        """Plain openapi-python-client on the same document, and mypy --strict on what it wrote."""
        out = self.root / "plain" / "client"
        out.parent.mkdir(parents=True)
        binary = str(_VENV_BIN / "openapi-python-client")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [binary, "generate", "--path", str(source), "--output-path", str(out), "--meta", "none"],
                cwd=out.parent,
                capture_output=True,
                text=True,
                env=self.env,
                timeout=900,
                check=False,
            )
        except subprocess.TimeoutExpired:
            done = subprocess.CompletedProcess([], 124, "", "error: timed out")
        ok = done.returncode == 0 and out.is_dir()
        row.steps["plain"] = Step(ok, time.perf_counter() - started, "" if ok else _said(done))
        if ok:
            (out.parent / "mypy.ini").write_text("[mypy]\nstrict = True\n", encoding="utf-8")
            mypy = ["-m", "mypy", "--no-error-summary", "--config-file", "mypy.ini", "--cache-dir", "/dev/null"]
            done, seconds = self.run(*mypy, "client", cwd=out.parent)
            row.steps["plain-mypy"] = Step(done.returncode == 0, seconds, "" if done.returncode == 0 else _said(done))

    def _sandbox(self, row: Row, argv: list[str]) -> None:
        """Start the sandbox in the copy and trigger the example call against it."""
        command = [sys.executable, "-m", "testruns", "sandbox", "--json", "--port", "0"]
        started = time.perf_counter()
        sandbox = subprocess.Popen(
            command, cwd=self.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env
        )
        try:
            assert sandbox.stdout is not None
            line = sandbox.stdout.readline()
            if not line:
                said = (sandbox.communicate(timeout=30)[1] or "").strip().splitlines()
                row.steps["sandbox"] = Step(False, time.perf_counter() - started, (said or ["no output"])[-1][:400])
                return
            environment = json.loads(line)["environment"]
            self.step(row, "sandbox", *argv, "--json", env=environment, timeout=120)
        finally:
            sandbox.terminate()
            try:
                sandbox.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                sandbox.kill()
                sandbox.communicate()


def entry_operation(entry: dict[str, object]) -> str:
    """The trigger's operationId in an entry ``manifest_entry`` wrote."""
    operations = entry["operations"]
    assert isinstance(operations, dict)
    return str(operations["trigger"]["operation_id"])


def _variables(entry: dict[str, object]) -> list[str]:
    auth = entry["auth"]
    assert isinstance(auth, dict)
    found = [str(auth[key]) for key in ("env", "password_env") if auth.get(key)]
    return found + [str(item["env"]) for item in auth.get("headers", [])]
