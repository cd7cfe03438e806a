"""Text fields with a ``pattern`` are answered with text that matches it (AWS's ``policy-...`` ids).

A hand-made vendor whose run id, a required field and the status path's parameter each have a pattern
that ``run-<n>`` and the sandbox's default text break; its answers are judged against the spec's own
schemas by openapi-schema-validator, a referee apart from the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator

from testruns.sandbox import DUMMY_KEY, Sandbox
from testruns.sandbox._double import Received
from testruns.sandbox._runs import RunStore, Timing

from .packaged import entry, packaged

POLICY_ID = {"type": "string", "pattern": "^policy-[0-9A-Za-z]{17}$", "minLength": 24, "maxLength": 24}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Policies", "version": "1.0.0"},
    "servers": [{"url": "https://policies.example.com"}],
    "security": [{"key": []}],
    "paths": {
        "/policies": {
            "post": {
                "operationId": "CreatePolicy",
                "responses": {
                    "200": {
                        "description": "Made.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Policy"}}},
                    }
                },
            }
        },
        "/policies/{PolicyId}": {
            "get": {
                "operationId": "GetPolicy",
                "parameters": [{"name": "PolicyId", "in": "path", "required": True, "schema": POLICY_ID}],
                "responses": {
                    "200": {
                        "description": "The policy.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Policy"}}},
                    },
                    "404": {"description": "No such policy.", "content": {"application/json": {"schema": {}}}},
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Policy": {
                "type": "object",
                "required": ["PolicyId", "State", "Arn", "Short"],
                "properties": {
                    "PolicyId": POLICY_ID,
                    "State": {"type": "string", "enum": ["ENABLED", "DISABLED", "ERROR"]},
                    # A default that breaks the pattern is not used either.
                    "Arn": {
                        "type": "string",
                        "pattern": "^arn:aws:dlm:[a-z0-9-]+:[0-9]{12}:policy/.+$",
                        "default": "x",
                    },
                    # rstr repeats + up to 100 times: the bound is what keeps it short.
                    "Short": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 3},
                },
            }
        },
    },
}
ENTRY = entry(
    "policies",
    "Policies",
    "policies_patterns.client",
    header="X-Key",
    server="https://policies.example.com",
    trigger={"operation_id": "CreatePolicy", "run_id": "/PolicyId", "status": "/State"},
    status={
        "operation_id": "GetPolicy",
        "run_id": "/PolicyId",
        "status": "/State",
        "renames": {"run_id": "PolicyId"},
        "states": {"ENABLED": "running", "DISABLED": "finished", "ERROR": "error"},
    },
)
KEY = {"X-Key": DUMMY_KEY}


@pytest.fixture(scope="module")
def policies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox that plays only this vendor, from a package holding its spec."""
    with packaged(tmp_path_factory.mktemp("patterns"), SPEC, ENTRY) as sandbox:
        yield sandbox


def _breaks(body: Any) -> list[str]:
    """What the spec's Policy schema finds wrong with ``body`` (empty: nothing)."""
    validator = OAS30Validator({**SPEC["components"]["schemas"]["Policy"], "components": SPEC["components"]})
    return [error.message for error in validator.iter_errors(body)]


def test_a_run_id_and_fields_with_a_pattern_are_answered_with_text_that_matches_it(policies: Sandbox) -> None:
    base = policies.base_url("policies")
    made = [httpx.post(base + "/policies", headers=KEY) for _ in range(5)]
    assert [m.status_code for m in made] == [200] * 5, [m.text for m in made]
    bodies = [m.json() for m in made]
    assert [_breaks(body) for body in bodies] == [[]] * 5, bodies
    ids = [body["PolicyId"] for body in bodies]
    assert len(set(ids)) == 5  # each run its own id
    # The drawn id is the run's: its status path (whose parameter has the pattern too) finds it.
    status = httpx.get(f"{base}/policies/{ids[0]}", headers=KEY)
    assert status.status_code == 200, status.text
    assert status.json()["PolicyId"] == ids[0] and _breaks(status.json()) == []


def test_a_drawn_id_a_live_run_has_is_drawn_again() -> None:
    store = RunStore(Timing(), max_runs=10)
    draws = iter(["policy-a", "policy-a", "policy-b"])
    first = store.create("policies", "text", Received({}, None), text_id=lambda _: next(draws))
    second = store.create("policies", "text", Received({}, None), text_id=lambda _: next(draws))
    assert (first.id, second.id) == ("policy-a", "policy-b")
    assert [run.id for run in store.all()] == ["policy-a", "policy-b"]
