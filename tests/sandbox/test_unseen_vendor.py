"""A vendor nobody has seen, played from its spec alone: the sandbox must be true to any document.

Its spec has what the real vendors' do not: a required query parameter, an error body nested under
``error`` with required parts, an operation that documents few statuses, fields whose values only the
schema knows (enum, example, default, format, bounds, nullable), and operations the manifest does not
map, one answering XML. The vendor's package holds only its ``openapi.json`` (no client is generated):
that is all the sandbox reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schemathesis import GenerationMode

from testruns.sandbox import DUMMY_KEY, Sandbox
from testruns.vendors.manifest import VendorEntry

from .packaged import entry, packaged
from .test_schemathesis import assert_true_to_the_spec, operation_ids

ERROR = {"$ref": "#/components/schemas/Problem"}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Acme Suites", "version": "1.0.0"},
    "servers": [{"url": "https://api.acme.example/v1"}],
    "security": [{"key": []}],
    "paths": {
        "/suites/{suiteId}/runs": {
            "post": {
                "operationId": "startRun",
                "parameters": [
                    {"name": "suiteId", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "api-version",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "enum": ["2024-05-01"]},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 40}},
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Queued.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Run"}}},
                    },
                    "400": {"description": "Invalid.", "content": {"application/json": {"schema": ERROR}}},
                    "401": {"description": "No key.", "content": {"application/json": {"schema": ERROR}}},
                },
            }
        },
        "/runs/{runId}": {
            "get": {
                "operationId": "getRun",
                "parameters": [
                    {"name": "runId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
                ],
                "responses": {
                    "200": {
                        "description": "The run.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Run"}}},
                    },
                    "404": {"description": "No such run.", "content": {"application/json": {"schema": ERROR}}},
                },
            }
        },
        "/runs/{runId}/report": {
            "get": {
                "operationId": "getReport",
                "parameters": [
                    {"name": "runId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
                    {
                        "name": "format",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "enum": ["junit"]},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "The report.",
                        "content": {"application/xml": {"schema": {"type": "string"}, "example": "<testsuites/>"}},
                    }
                },
            }
        },
        "/labels": {
            "post": {
                "operationId": "addLabel",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "Made.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Label"}}},
                    },
                    "422": {"description": "Refused.", "content": {"application/json": {"schema": ERROR}}},
                },
            }
        },
        "/labels/{labelId}": {
            "delete": {
                "operationId": "removeLabel",
                "parameters": [{"name": "labelId", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "204": {"description": "Removed."},
                    "404": {"description": "No such label.", "content": {"application/json": {"schema": ERROR}}},
                    "default": {"description": "Refused.", "content": {"application/json": {"schema": ERROR}}},
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Acme-Key"}},
        "schemas": {
            "Run": {
                "type": "object",
                "required": ["id", "state", "name", "verdict", "created", "priority", "owner", "tags"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "state": {"type": "string", "enum": ["waiting", "busy", "done", "stopped"]},
                    "name": {"type": "string"},
                    "verdict": {"type": "string", "nullable": True},
                    "created": {"type": "string", "format": "date-time"},
                    "priority": {"type": "integer", "minimum": 1, "maximum": 5, "default": 3},
                    "owner": {"type": "string", "example": "qa-team"},
                    "tags": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": ["smoke", "nightly"]}},
                },
            },
            "Label": {
                "type": "object",
                "required": ["id", "color", "weight", "site", "note"],
                "properties": {
                    "id": {"type": "integer", "minimum": 100, "multipleOf": 7},
                    "color": {"type": "string", "enum": ["red", "green"]},
                    "weight": {"type": "number", "exclusiveMinimum": True, "minimum": 0},
                    "site": {"type": "string", "format": "uri"},
                    "note": {"type": "string", "nullable": True},
                },
            },
            "Problem": {
                "type": "object",
                "required": ["error"],
                "additionalProperties": False,
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "additionalProperties": False,
                        "properties": {
                            "code": {
                                "type": "string",
                                "enum": ["invalid_request", "unauthorized", "not_found", "conflict"],
                            },
                            "message": {"type": "string"},
                            "target": {"type": "string", "nullable": True},
                        },
                    }
                },
            },
        },
    },
}
ENTRY = entry(
    "acme",
    "Acme Suites",
    "acme_unseen.client",
    header="X-Acme-Key",
    server="https://api.acme.example/v1",
    trigger={"operation_id": "startRun", "run_id": "/id", "status": "/state"},
    status={
        "operation_id": "getRun",
        "run_id": "/id",
        "status": "/state",
        "renames": {"run_id": "runId"},
        "states": {"waiting": "queued", "busy": "running", "done": "finished", "stopped": "cancelled"},
    },
)
KEY = {"X-Acme-Key": DUMMY_KEY}
VERSION = {"api-version": "2024-05-01"}


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox that plays only the unseen vendor, from a package holding its spec."""
    with packaged(tmp_path_factory.mktemp("unseen"), SPEC, ENTRY, queued_seconds=0.2, running_seconds=0.2) as sandbox:
        yield sandbox


def url(sandbox: Sandbox, path: str) -> str:
    return sandbox.base_url("acme") + path


def test_a_required_query_parameter_is_judged_as_sent(acme: Sandbox) -> None:
    body = {"name": "nightly"}
    made = httpx.post(url(acme, "/suites/7/runs"), params=VERSION, json=body, headers=KEY)
    missing = httpx.post(url(acme, "/suites/7/runs"), json=body, headers=KEY)
    wrong = httpx.post(url(acme, "/suites/7/runs"), params={"api-version": "1999-01-01"}, json=body, headers=KEY)
    assert made.status_code == 201, made.text
    assert (missing.status_code, wrong.status_code) == (400, 400)
    assert "api-version" in missing.json()["error"]["message"] and "api-version" in wrong.json()["error"]["message"]


def test_values_come_from_the_schema_and_the_manifest(acme: Sandbox) -> None:
    made = httpx.post(url(acme, "/suites/7/runs"), params=VERSION, json={"name": "nightly"}, headers=KEY).json()
    assert made["state"] == "waiting"  # the manifest's word for a queued run, which the enum allows
    assert made["name"] == "nightly"  # what the caller sent, echoed
    assert (made["verdict"], made["priority"], made["owner"], made["tags"]) == (None, 3, "qa-team", ["smoke"])
    assert made["created"].endswith("Z") and len(made["id"]) == 36
    label = httpx.post(url(acme, "/labels"), json={}, headers=KEY).json()
    assert label == {"id": 105, "color": "red", "weight": 1.0, "site": "https://example.com/", "note": None}
    assert "sandbox" not in json.dumps([made, label])


def test_an_operation_the_manifest_does_not_map_is_answered_from_its_spec(acme: Sandbox) -> None:
    acme.reset()
    run = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    report = httpx.get(url(acme, f"/runs/{run}/report"), params={"format": "junit"}, headers=KEY)
    assert (report.status_code, report.headers["content-type"], report.text) == (
        200,
        "application/xml",
        "<testsuites/>",
    )
    assert httpx.get(url(acme, f"/runs/{run}/report"), headers=KEY).status_code == 400  # format is required
    removed = httpx.delete(url(acme, "/labels/7"), headers=KEY)
    assert (removed.status_code, removed.content, "content-type" in removed.headers) == (204, b"", False)
    assert acme.runs() == []  # it keeps no state


def test_refusals_take_the_nearest_documented_status_in_the_nested_error_shape(acme: Sandbox) -> None:
    malformed = httpx.get(url(acme, "/runs/not-a-uuid"), headers=KEY)
    unknown = httpx.get(url(acme, "/runs/3fa85f64-5717-4562-b3fc-2c963f66afa6"), headers=KEY)
    keyless = httpx.get(url(acme, "/runs/3fa85f64-5717-4562-b3fc-2c963f66afa6"))
    trigger_keyless = httpx.post(url(acme, "/suites/7/runs"), params=VERSION, json={"name": "n"})
    label_refused = httpx.post(url(acme, "/labels"), json={"text": 5}, headers=KEY)
    removal_refused = httpx.delete(url(acme, "/labels/x"), headers=KEY)
    removal_keyless = httpx.delete(url(acme, "/labels/7"))
    # getRun documents only 200 and 404; addLabel 200 and 422; startRun its own 401; removeLabel a 404 and a default.
    answers = (malformed, unknown, keyless, trigger_keyless, label_refused, removal_refused, removal_keyless)
    assert [r.status_code for r in answers] == [404, 404, 404, 401, 422, 400, 401]
    assert malformed.json()["error"]["code"] == "not_found" and "runId" in malformed.json()["error"]["message"]
    assert trigger_keyless.json() == {
        "error": {"code": "unauthorized", "message": "missing or empty X-Acme-Key header"}
    }
    assert (
        set(label_refused.json()["error"]) == {"code", "message"} and "text" in label_refused.json()["error"]["message"]
    )


OPERATIONS = [(operation_id, mode) for operation_id in operation_ids(SPEC) for mode in GenerationMode]


@pytest.mark.parametrize(("operation_id", "mode"), OPERATIONS, ids=[f"{o}-{m.value}" for o, m in OPERATIONS])
def test_schemathesis_finds_every_answer_true_to_the_spec(
    acme: Sandbox, operation_id: str, mode: GenerationMode
) -> None:
    assert_true_to_the_spec(acme, VendorEntry.model_validate(ENTRY), SPEC, operation_id, mode)
