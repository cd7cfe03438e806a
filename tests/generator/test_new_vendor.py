"""Adding a vendor nobody has seen is a spec and a manifest entry: proved on a temporary copy of the repo.

The vendor's spec has what the others do not: a required header parameter declared once as a ``$ref``, a
required query parameter, a trigger whose body has a field named like a path parameter of its type (one
value, sent to both) and one named like a query parameter of another type (the caller's ``body_tags``), an
abort operation with a 409, a status with its own state words, two key headers, a ``format: password`` query
parameter (sent as given, shown masked), a query parameter named like the calls' own ``timeout``
(``timeout_=`` in Python, ``--field-timeout``), a UUID header (sent as text), an error body nested under
``error``, and an operation the manifest does not map with media types no client can be made for, enum
members named like str's methods, an email field and a description with curly quotes, triple quotes and a
backslash. Only the spec and the manifest entry are written; then generate, lint, the CLI's help and dry run,
a trigger and an abort against the sandbox, a ``trigger --wait`` to the run's end, and the contract tests
(Prism) for it all run in the copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.repo_copy import repo_copy, run_in

SPEC = """\
openapi: 3.1.0
info: {title: Acme Load API, version: 3.2.0}
servers:
  - url: https://api.acme.example/v3
security:
  - AcmeKey: []
    AcmeApp: []
paths:
  /tests/{testId}/runs:
    post:
      operationId: startTestRun
      summary: Start a run of a load test, with the test's saved settings.
      parameters:
        - {name: testId, in: path, required: true, schema: {type: integer, minimum: 1}, description: The test.}
        - $ref: '#/components/parameters/StackId'
        - {name: api-version, in: query, required: true, schema: {type: string, enum: ['2024-05-01']}}
        - name: passphrase
          in: query
          description: The stack's passphrase.
          schema: {type: string, format: password, minLength: 8, pattern: '^[a-z0-9]+$'}
        - {name: timeout, in: query, schema: {type: integer, minimum: 1}, description: Seconds the run may take.}
        - {name: X-Request-Id, in: header, schema: {type: string, format: uuid}, description: Our own trace id.}
        - name: since
          in: query
          description: Count requests from then on.
          schema: {type: string, format: date-time, default: '2026-01-01T00:00:00Z'}
        - {name: tags, in: query, schema: {type: string}, description: 'Tags the run is filed under, comma-separated.'}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                testId: {type: integer, minimum: 1}
                tags: {type: array, items: {type: string}, description: Tags each request of the run carries.}
      responses:
        '201':
          description: The run was queued.
          content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}
        '400':
          description: Bad request.
          content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
  /reports:
    post:
      operationId: makeReport
      summary: 'Make a report \u201cnow\u201d \u2013 a description with \"\"\" and \\ in it, never mapped.'
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                group: {type: string, enum: [count, title, index], default: count}
                notify: {type: string, format: email}
                model_version: {type: string}
          text/plain:
            schema: {type: string}
      responses:
        '200':
          description: The report.
          content:
            application/xml: {schema: {type: string}}
            application/json: {schema: {type: object, properties: {url: {type: string}}}}
  /runs/{runId}/abort:
    post:
      operationId: abortRun
      summary: Abort a queued or running run.
      parameters:
        - {name: runId, in: path, required: true, schema: {type: string, format: uuid}}
        - $ref: '#/components/parameters/StackId'
      responses:
        '200':
          description: The run was aborted.
          content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}
        '404':
          description: No such run.
          content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
        '409':
          description: The run has already finished.
          content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
  /runs/{runId}:
    get:
      operationId: getRun
      summary: A run, with its state.
      security: []
      parameters:
        - {name: runId, in: path, required: true, schema: {type: string, format: uuid}}
        - $ref: '#/components/parameters/StackId'
      responses:
        '200':
          description: The run.
          content: {application/json: {schema: {$ref: '#/components/schemas/Run'}}}
        '404':
          description: No such run.
          content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
components:
  parameters:
    StackId:
      name: X-Stack-Id
      in: header
      required: true
      description: The stack the test runs against.
      schema: {type: string, pattern: '^[a-z0-9-]{1,32}$'}
  schemas:
    Run:
      type: object
      required: [id, state]
      properties:
        id: {type: string, format: uuid}
        state: {type: string, enum: [pending, running, aborted, done]}
    Problem:
      type: object
      required: [error]
      properties:
        error:
          type: object
          required: [code, message]
          properties:
            code: {type: string, enum: [invalid_request, not_found, conflict]}
            message: {type: string}
  securitySchemes:
    AcmeKey: {type: apiKey, in: header, name: X-Acme-Key}
    AcmeApp: {type: apiKey, in: header, name: X-Acme-App}
"""

ENTRY = """
  - id: acme
    name: Acme Load
    spec: acme/openapi.yaml
    package: testruns_clients.acme_load
    auth:
      scheme: api_key_header
      headers:
        - {header: X-Acme-Key, env: ACME_API_KEY}
        - {header: X-Acme-App, env: ACME_APP_KEY}
    regions: {default: https://api.acme.example/v3}
    default_region: default
    defaults: {x_stack_id: {env: ACME_STACK_ID}}
    operations:
      trigger:
        operation_id: startTestRun
        run_id: /id
        status: /state
        example: {test_id: 5, x_stack_id: prod, api_version: '2024-05-01'}
      cancel:
        operation_id: abortRun
        run_id: /id
        status: /state
        renames: {run_id: runId}
        example: {run_id: 3fa85f64-5717-4562-b3fc-2c963f66afa6, x_stack_id: prod}
      status:
        operation_id: getRun
        run_id: /id
        status: /state
        renames: {run_id: runId}
        states: {pending: queued, running: running, aborted: cancelled, done: finished}
        example: {run_id: 3fa85f64-5717-4562-b3fc-2c963f66afa6, x_stack_id: prod}
"""
# The trigger's options: the path's test, the $ref'd header, the required query parameter and a password
# (the sandbox holds it to its pattern, which a masked value breaks).
PASSPHRASE = "s3cretpass99"
TRIGGER = ("--test-id", "5", "--x-stack-id", "prod", "--api-version", "2024-05-01", "--passphrase", PASSPHRASE)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the repo with only the new vendor's spec and manifest entry added."""
    yield repo_copy(tmp_path_factory.mktemp("repo"), "acme", SPEC, ENTRY)


def run(
    copy: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """A command in the copy (see ``tests.repo_copy.run_in``)."""
    return run_in(copy, *args, env=env, timeout=timeout)


def test_a_new_vendor_is_a_spec_and_a_manifest_entry(copy: Path) -> None:
    generated = run(copy, "-m", "testruns_generator", "generate")
    assert generated.returncode == 0, generated.stderr
    assert "acme: new vendor" in generated.stdout
    assert (copy / "generated" / "testruns_clients" / "acme_load" / "facade.py").is_file()
    assert "note: acme: makeReport requestBody: left out text/plain" in generated.stderr
    assert "note: acme: makeReport responses.200: left out application/xml" in generated.stderr
    assert "pattern on SecretStr; StartTestRunParameters.passphrase is generated without" in generated.stderr
    assert "note: acme: startTestRun requestBody: field 'tags' is given as body_tags" in generated.stderr

    ruff = run(copy, "-m", "ruff", "check", "--config", "testruns_generator/ruff_generated.toml", "generated")
    assert ruff.returncode == 0, ruff.stdout
    mypy = run(copy, "-m", "mypy", "-p", "testruns_clients")
    assert mypy.returncode == 0, mypy.stdout

    shown = run(copy, "-m", "testruns", "trigger", "acme", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "--x-stack-id" in text and "--test-id" in text and "ACME_API_KEY and ACME_APP_KEY" in text
    assert "--tags TEXT" in text and "--body-tags TEXT" in text and "Tags each request of the run carries" in text

    # The query's tags (text) and the body's (a list) are two values, each sent to its own place only; the test
    # id, an integer in both, is one value sent to both.
    traced = ("--x-request-id", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
    tags = ("--tags", "smoke,nightly", "--body-tags", "a", "--body-tags", "b")
    dry = run(
        copy, "-m", "testruns", "trigger", "acme", *TRIGGER, *traced, *tags, "--field-timeout", "90", "--dry-run",
        "--json",
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    request = json.loads(dry.stdout)
    assert request["headers"]["x-request-id"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert request["url"] == "https://api.acme.example/v3/tests/5/runs"
    assert request["body"] == {"testId": 5, "tags": ["a", "b"]}
    # `since` is not given: the generated call sends the spec's default, made once at import.
    assert request["query"] == {
        "api-version": "2024-05-01", "passphrase": "***", "timeout": 90, "tags": "smoke,nightly",
        "since": "2026-01-01T00:00:00+00:00",
    }  # fmt: skip
    # In Python too, and a wrong type is named by the caller's own name.
    script = (
        "import testruns\n"
        "client = testruns.Client()\n"
        "kwargs = dict(test_id=5, x_stack_id='prod', api_version='2024-05-01')\n"
        "print(client.acme.trigger.__doc__)\n"
        "try:\n"
        "    client.acme.trigger(**kwargs, tags='x', body_tags='y')\n"
        "except testruns.InvalidInputError as error:\n"
        "    print(f'{error.field}: {error}')\n"
    )
    keys = {"ACME_API_KEY": "k", "ACME_APP_KEY": "a"}
    typed = run(copy, "-c", script, env=keys)
    assert typed.returncode == 0, typed.stderr
    assert "body_tags: Tags each request of the run carries" in typed.stdout
    assert "body_tags: acme: body_tags: Input should be a valid array (got 'y')" in typed.stdout, typed.stdout
    assert PASSPHRASE not in dry.stdout + dry.stderr
    assert (request["headers"]["x-acme-key"], request["headers"]["x-acme-app"]) == ("***", "***")
    assert request["headers"]["x-stack-id"] == "prod"

    # The tenant header comes from ACME_STACK_ID when the command does not give it; missing both is refused.
    bare = ("--test-id", "5", "--api-version", "2024-05-01", "--dry-run", "--json")
    defaulted = run(copy, "-m", "testruns", "trigger", "acme", *bare, env={"ACME_STACK_ID": "from-env"})
    assert defaulted.returncode == 0, defaulted.stderr
    assert json.loads(defaulted.stdout)["headers"]["x-stack-id"] == "from-env"
    unset = {**os.environ}
    unset.pop("ACME_STACK_ID", None)
    missing = subprocess.run(
        [sys.executable, "-m", "testruns", "trigger", "acme", *bare],
        cwd=copy,
        capture_output=True,
        text=True,
        env={**unset, "PYTHONPATH": f"{copy}{os.pathsep}{copy / 'generated'}"},
        timeout=60,
    )
    assert missing.returncode == 2 and "ACME_STACK_ID" in missing.stderr, missing.stderr

    # The spec declares no security for getRun: its request carries no key, and none is demanded.
    status = run(copy, "-m", "testruns", "status", "acme", "--run-id", "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                 "--x-stack-id", "prod", "--dry-run", "--json")  # fmt: skip
    assert status.returncode == 0, status.stderr
    assert not {"x-acme-key", "x-acme-app"} & set(json.loads(status.stdout)["headers"])


def test_the_new_vendor_runs_against_the_sandbox(copy: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": f"{copy}{os.pathsep}{copy / 'generated'}"}
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "testruns", "sandbox", "--json", "--port", "0", "--running-seconds", "2"],
        cwd=copy,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert sandbox.stdout is not None
        announced = json.loads(sandbox.stdout.readline())
        env = announced["environment"]
        assert env["ACME_API_KEY"] == env["ACME_APP_KEY"] == "sandbox-key"
        logged = {**env, "TESTRUNS_LOG": "debug"}
        triggered = run(copy, "-m", "testruns", "trigger", "acme", *TRIGGER, "--json", env=logged)
        assert triggered.returncode == 0, triggered.stderr
        assert PASSPHRASE not in triggered.stdout + triggered.stderr and "passphrase=***" in triggered.stderr
        run_id = json.loads(triggered.stdout)["run_id"]
        assert json.loads(triggered.stdout)["status"] == "pending"
        aborted = run(
            copy, "-m", "testruns", "cancel", "acme", "--run-id", run_id, "--x-stack-id", "prod", "--json", env=env
        )
        assert aborted.returncode == 0, aborted.stderr
        assert (json.loads(aborted.stdout)["run_id"], json.loads(aborted.stdout)["status"]) == (run_id, "aborted")
        argv = ["trigger", "acme", *TRIGGER, "--wait", "--poll", "200ms", "--json"]
        waited = run(copy, "-m", "testruns", *argv, env=env)
        assert waited.returncode == 0, waited.stderr
        final = json.loads(waited.stdout)
        assert (final["state"], final["vendor_state"], final["exit_code"]) == ("finished", "done", 0)
    finally:
        sandbox.terminate()
        sandbox.communicate(timeout=15)


def test_the_contract_tests_cover_the_new_vendor(copy: Path) -> None:
    done = run(copy, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contract", "-k", "acme", timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert "passed" in summary and "failed" not in summary and "skipped" not in summary
    assert int(summary.split()[0]) >= 8  # example, drawn valid, drawn invalid, and every documented status


def test_the_per_vendor_tests_cover_the_new_vendor(copy: Path) -> None:
    done = run(copy, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/sandbox/test_every_vendor.py", "-k", "acme")
    assert done.returncode == 0, done.stdout[-3000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("3 passed"), summary  # trigger (four ways), cancel, help and dry run
