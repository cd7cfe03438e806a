"""The built wheel, installed as a user installs it: into a fresh venv outside the checkout.

One venv for the module: ``make dist``'s build of the wheel, installed with the sandbox and generate extras
(pinned by constraints.txt). From there, with the checkout nowhere on the path: the version, a dry run, a run
triggered on the sandbox the wheel serves, and an import of a generated client. Then a user's own vendor,
a small project made here (its spec, its manifest, ``testruns-generate`` into a package of its own
registered through the ``testruns.vendors`` entry point), installed beside testruns: the client, the
command line, the sandbox, the pytest fixture and ``testruns contract`` reach it; a second project with an
id testruns already has is refused, naming both.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PRISM = REPO / "node_modules" / ".bin" / "prism"

ACME_SPEC = """\
openapi: 3.0.3
info: {title: Acme Suites, version: 1.0.0}
servers: [{url: 'https://api.acme.example/v1'}]
security: [{key: []}]
paths:
  /suites/{suiteId}/runs:
    post:
      operationId: startRun
      parameters:
        - {name: suiteId, in: path, required: true, schema: {type: integer, minimum: 1}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              additionalProperties: false
              properties: {name: {type: string, minLength: 1, maxLength: 40}}
      responses:
        '201': {description: Queued., content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}}
        '400': {description: Invalid., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
  /runs/{runId}:
    get:
      operationId: getRun
      parameters:
        - {name: runId, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200': {description: The run., content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}}
        '404': {description: No run., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Acme-Key}
  schemas:
    Run:
      type: object
      required: [id, state]
      properties:
        id: {type: string, format: uuid}
        state: {type: string, enum: [waiting, busy, done, stopped]}
    Problem:
      type: object
      required: [message]
      properties: {message: {type: string}}
"""

ACME_MANIFEST = """\
vendors:
  - id: {id}
    name: Acme Suites
    spec: acme/openapi.yaml
    package: {index}.acme
    auth: {{scheme: api_key_header, header: X-Acme-Key, env: ACME_KEY}}
    regions: {{default: 'https://api.acme.example/v1'}}
    default_region: default
    operations:
      trigger:
        operation_id: startRun
        run_id: /id
        status: /state
        renames: {{suite_id: suiteId}}
        example: {{suite_id: 7, name: nightly}}
      status:
        operation_id: getRun
        run_id: /id
        status: /state
        renames: {{run_id: runId}}
        states: {{waiting: queued, busy: running, done: passed, stopped: cancelled}}
        example: {{run_id: 3fa85f64-5717-4562-b3fc-2c963f66afa6}}
"""

PROJECT = """\
[build-system]
requires = ["hatchling==1.33.0"]
build-backend = "hatchling.build"

[project]
name = "{name}"
version = "0.1.0"
dependencies = ["testruns"]

[project.entry-points."testruns.vendors"]
{entry_point} = "{index}"

[tool.hatch.build.targets.wheel]
packages = ["generated/{index}"]
"""

# The user's own test, with the fixture the wheel's pytest plugin gives.
USER_TEST = """\
import testruns


def test_my_vendor_on_the_sandbox(testruns_sandbox):
    with testruns.Client() as client:
        run = client.trigger(testruns.vendor_id("acme"), suite_id=7, name="nightly")
        final = client.wait(run, timeout=30, poll=0.2)
    assert final.state == "passed"
    assert [r.status for r in testruns_sandbox.requests("acme")][0] == 201
"""


def _run(
    venv: Path, *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """A command of the venv (``testruns``, ``python`` ...), run outside the checkout with no path into it."""
    clean = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"{done.args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv, outside the checkout, with the wheel built from it and the sandbox and generate extras."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("testruns-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True)
    pip = [str(root / "venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    installed = subprocess.run(
        [*pip, "-c", str(REPO / "constraints.txt"), f"testruns[sandbox,generate] @ {wheel.as_uri()}", "pytest"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    return root / "venv"


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder with no checkout in it or above it."""
    folder = tmp_path_factory.mktemp("user")
    assert not (folder / "testruns").exists() and REPO not in folder.parents
    return folder


def test_the_wheel_runs_from_a_fresh_venv(venv: Path, outside: Path) -> None:
    assert _ok(_run(venv, "testruns", "--version", cwd=outside)).startswith("testruns 0.")
    dry = _run(
        venv,
        "testruns",
        "trigger",
        "loadforge",
        "--test-id",
        "42",
        "--duration",
        "10",
        "--dry-run",
        "--json",
        cwd=outside,
    )
    assert json.loads(_ok(dry))["url"] == "https://app.loadforge.com/api/v2/run"
    imported = _run(
        venv,
        "python",
        "-c",
        "import testruns_clients, testruns_clients.loadforge as lf, testruns\n"
        "from testruns_clients.loadforge.models import RunRequest\n"
        "print(lf.__file__, testruns.__file__, sorted(testruns_clients.PACKAGES))",
        cwd=outside,
    )
    where, testruns_file, packages = _ok(imported).split(" ", 2)
    # Imported from the venv's site-packages, never from the checkout.
    assert where.startswith(str(venv)) and testruns_file.startswith(str(venv))
    assert "'loadforge'" in packages


@pytest.fixture
def sandbox(venv: Path, outside: Path) -> Iterator[dict[str, str]]:
    """``testruns sandbox`` of the venv, in the background; the environment it prints. Stopped after the test."""
    process = subprocess.Popen(
        [str(venv / "bin" / "testruns"), "sandbox", "--json", "--running-seconds", "0.5", "--queued-seconds", "0.2"],
        cwd=outside,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else ""
        yield json.loads(line)["environment"]
    finally:
        process.terminate()
        process.wait(30)


def test_a_run_triggered_on_the_wheel_s_sandbox(venv: Path, outside: Path, sandbox: dict[str, str]) -> None:
    done = _run(
        venv,
        "testruns",
        "trigger",
        "loadforge",
        "--test-id",
        "42",
        "--duration",
        "10",
        "--json",
        cwd=outside,
        env=sandbox,
    )
    assert json.loads(_ok(done))["vendor"] == "loadforge"


def _project(root: Path, name: str, index: str, vendor_id: str, entry_point: str) -> Path:
    """A user's repository: its spec and manifest, its package generated by ``testruns-generate``."""
    project = root / name
    (project / "specs" / "acme").mkdir(parents=True)
    (project / "specs" / "acme" / "openapi.yaml").write_text(ACME_SPEC)
    (project / "specs" / "vendors.yaml").write_text(ACME_MANIFEST.format(id=vendor_id, index=index))
    (project / "pyproject.toml").write_text(PROJECT.format(name=name, index=index, entry_point=entry_point))
    return project


@pytest.fixture(scope="module")
def acme(venv: Path, outside: Path) -> Path:
    """The user's project, generated with the wheel's testruns-generate and installed into the venv."""
    project = _project(outside, "acme-testruns", "acme_vendors", "acme", "acme")
    generated = _run(venv, "testruns-generate", "generate", cwd=project)
    assert "acme: new vendor" in _ok(generated)
    assert (project / "generated" / "acme_vendors" / "acme" / "facade.py").is_file()
    _ok(_run(venv, "python", "-m", "pip", "install", "--quiet", "--no-deps", str(project), cwd=outside))
    return project


def test_a_private_vendor_reaches_the_client_cli_sandbox_fixture_and_contract(
    venv: Path, outside: Path, acme: Path
) -> None:
    listed = json.loads(_ok(_run(venv, "testruns", "vendors", "--json", cwd=outside)))["vendors"]
    sources = {row["id"]: row["source"]["text"] for row in listed}
    assert sources["acme"] == "acme_vendors (entry point 'acme' of acme-testruns 0.1.0)"
    assert sources["loadforge"] == "testruns_clients (testruns)"

    dry = _run(
        venv, "testruns", "trigger", "acme", "--suite-id", "7", "--name", "n", "--dry-run", "--json", cwd=outside
    )
    assert json.loads(_ok(dry))["url"] == "https://api.acme.example/v1/suites/7/runs"

    (outside / "test_mine.py").write_text(USER_TEST)
    (outside / "pytest.ini").write_text("[pytest]\ntestruns_sandbox_running_seconds = 0.3\n")
    tested = _run(venv, "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_mine.py", cwd=outside)
    assert "1 passed" in _ok(tested)

    if not PRISM.exists():
        pytest.fail(f"Prism is not installed at {PRISM}: run `make test` or `npm ci` (needs Node.js and npm)")
    refereed = _run(venv, "testruns", "contract", "acme", "--prism", str(PRISM), cwd=outside)
    assert "contract: 6 passed, 0 failed (acme)" in _ok(refereed)
    # The referee can say no: the installed package's spec asks for another body field than the client sends.
    spec_file = Path(
        _ok(_run(venv, "python", "-c", "import acme_vendors.acme as a; print(a.__file__)", cwd=outside)).strip()
    ).with_name("openapi.json")
    original = spec_file.read_text()
    try:
        spec = json.loads(original)
        body = spec["paths"]["/suites/{suiteId}/runs"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        body["properties"] = {"title": body["properties"].pop("name")}
        body["required"] = ["title"]
        spec_file.write_text(json.dumps(spec))
        refused = _run(venv, "testruns", "contract", "acme", "--prism", str(PRISM), cwd=outside)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "FAIL  acme: trigger (example): Prism found the request breaks the spec" in refused.stdout
    finally:
        spec_file.write_text(original)


def test_a_private_vendor_on_the_wheel_s_sandbox(
    venv: Path, outside: Path, acme: Path, sandbox: dict[str, str]
) -> None:
    code = (
        "import testruns\n"
        "with testruns.Client() as client:\n"
        "    run = client.trigger(testruns.vendor_id('acme'), suite_id=7, name='nightly')\n"
        "    print(client.wait(run, timeout=30, poll=0.2).state)\n"
    )
    assert _ok(_run(venv, "python", "-c", code, cwd=outside, env=sandbox)).strip() == "passed"


def test_two_sources_of_one_vendor_id_are_refused_naming_both(venv: Path, outside: Path, acme: Path) -> None:
    clash = _project(outside, "clash-testruns", "clash_vendors", "loadforge", "clash")
    _ok(_run(venv, "testruns-generate", "generate", cwd=clash))
    _ok(_run(venv, "python", "-m", "pip", "install", "--quiet", "--no-deps", str(clash), cwd=outside))
    try:
        listed = _run(venv, "testruns", "vendors", cwd=outside)
        assert listed.returncode == 3, listed.stdout
        assert textwrap.dedent(listed.stderr).strip() == (
            "error (DuplicateVendorError): vendor id 'loadforge' is registered twice: by testruns_clients (testruns) "
            "and by clash_vendors (entry point 'clash' of clash-testruns 0.1.0); uninstall one, or give the vendor "
            "another id in its manifest and generate it again"
        )
    finally:
        _ok(_run(venv, "python", "-m", "pip", "uninstall", "--quiet", "--yes", "clash-testruns", cwd=outside))
        shutil.rmtree(clash)
