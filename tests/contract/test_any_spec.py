"""The contract tests and the command line on an ordinary spec nobody here wrote, added in a copy of the repo.

The spec has what real documents often have and ours do not: int64 fields with no bounds of their own (drawn
past 2**53, which Prism cannot read exactly in a path), a required header of any text (drawn non-ASCII, which the facade
refuses), a body of only optional fields, an operation with no constraint to break, error statuses documented
with no body, a parameter whose name is no identifier (Google's ``$.xgafv``, named apart by the models and the
client), and descriptions written as Markdown with a ``\\n`` written out. Only the spec and a manifest
entry are written; the contract tests and the command line then run on it in the copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.repo_copy import repo_copy, run_in

SPEC = """\
openapi: 3.0.3
info: {title: Plain Jobs API, version: 1.0.0}
servers:
  - url: https://api.plainco.example
security:
  - Token: []
paths:
  /v1/queues/{queueId}/jobs:
    post:
      operationId: createJob
      summary: Queue a job.
      parameters:
        - name: X-Tenant
          in: header
          required: true
          description: "The tenant.\\\\n- Use your own.\\\\n- Never share it."
          schema: {type: string}
        - {name: queueId, in: path, required: true, schema: {type: integer, format: int64}}
        - {name: $.xgafv, in: query, schema: {type: string, enum: ['1', '2']}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                label: {type: string, description: "A label.\\n\\n- short\\n- **plain**"}
                priority: {type: integer, format: int64}
                ship_date: {type: string, format: date}
                started_at: {type: string, format: date-time}
      responses:
        '202':
          description: Queued.
          content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}
        '400':
          description: Bad request, with no body.
  /v1/jobs/stop:
    post:
      operationId: stopJob
      summary: Stop a job, or the tenant's current one.
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                jobId: {type: string}
                reason: {type: string}
      responses:
        '200':
          description: Stopped.
          content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}
        '404':
          description: No such job, with no body.
components:
  schemas:
    Job:
      type: object
      required: [id, state]
      properties:
        id: {type: string}
        state: {type: string, enum: [queued, running, stopped, done]}
  securitySchemes:
    Token: {type: apiKey, in: header, name: X-Token}
"""

ENTRY = """
  - id: plainco
    name: Plain Jobs
    spec: plainco/openapi.yaml
    package: testruns_clients.plainco
    auth:
      scheme: api_key_header
      headers:
        - {header: X-Token, env: PLAINCO_API_KEY}
    regions: {default: https://api.plainco.example}
    default_region: default
    operations:
      trigger:
        operation_id: createJob
        run_id: /id
        status: /state
        example: {queue_id: 3, x_tenant: acme}
      cancel:
        operation_id: stopJob
        run_id: /id
        status: /state
        renames: {run_id: jobId}
        example: {run_id: j-7}
"""


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repo with the plain vendor added and generated."""
    root = repo_copy(tmp_path_factory.mktemp("repo"), "plainco", SPEC, ENTRY)
    generated = run_in(root, "-m", "testruns_generator", "generate", "plainco")
    assert generated.returncode == 0, generated.stderr
    return root


def test_the_contract_tests_pass_on_an_ordinary_spec_and_say_what_they_left_out(copy: Path) -> None:
    done = run_in(
        copy, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contract/test_contract.py", "-k", "plainco"
    )
    assert done.returncode == 0, done.stdout[-3000:]
    summary = done.stdout.strip().splitlines()[-1]
    # The example, drawn valid parameters for both, drawn invalid ones for the trigger only, four statuses.
    assert summary.startswith("9 passed") and "skipped" not in summary, summary
    left_out = "contract: 1 operation(s) left out of the invalid-parameter test, their spec states no constraint"
    assert left_out in done.stdout and done.stdout.count("plainco-cancel") == 1


def test_its_help_is_plain_text_and_its_errors_name_the_options(copy: Path) -> None:
    shown = run_in(copy, "-m", "testruns", "trigger", "plainco", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "--x-tenant TEXT The tenant. Use your own. Never share it. (required)" in text
    assert "--label TEXT A label. short; plain" in text and "\\n" not in text
    assert "--priority INTEGER" in text and "9223372036854775807" not in text
    assert "--ship-date DATE (YYYY-MM-DD)" in text and "--started-at DATETIME" in text and "VALUE" not in text
    assert "[--x-tenant" not in text and "[--label TEXT]" in text

    misspelt = run_in(copy, "-m", "testruns", "trigger", "plainco", "--x-tenent", "acme", "--json")  # nor --queue-id
    assert misspelt.returncode == 2
    message = json.loads(misspelt.stderr)["message"]
    assert message == (
        "unrecognized arguments: --x-tenent (did you mean --x-tenant?); the following arguments are required: "
        "--x-tenant, --queue-id"
    )
    wrong = run_in(
        copy, "-m", "testruns", "trigger", "plainco", "--queue-id", "3", "--x-tenant", "a", "--priority", "x", "--json"
    )
    assert wrong.returncode == 2
    assert json.loads(wrong.stderr)["message"].startswith("plainco: --priority: ")
