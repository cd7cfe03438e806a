"""What real documents of the public corpus hold and the sandbox must still serve, true to them.

AWS's documents put several operations on one path, told apart by a header named after a ``#`` in the
template, spell JSON answers with a charset, type fields through ``allOf`` and write patterns in another
regex dialect (``\\p{L}``); others give an example that breaks its own schema, a ``default`` the spec
validator refuses, or servers per path. The vendor's package holds only its ``openapi.json``.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from testruns.sandbox import DUMMY_KEY, Sandbox

from .packaged import entry, packaged


def _operation(target: str, request: str, answer: str, media: str = "application/json") -> dict[str, Any]:
    return {
        "post": {
            "operationId": target,
            "parameters": [
                {
                    "name": "X-Amz-Target",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string", "enum": [f"Jobs.{target}"]},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {media: {"schema": {"$ref": f"#/components/schemas/{request}"}}},
            },
            "responses": {
                "200": {
                    "description": "Done.",
                    "content": {
                        "application/json;charset=UTF-8": {"schema": {"$ref": f"#/components/schemas/{answer}"}}
                    },
                },
                "480": {
                    "description": "Invalid input.",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
            },
        }
    }


SPEC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Jobs", "version": "2020-01-01"},
    "servers": [{"url": "https://jobs.example.com"}],
    "security": [{"key": []}],
    "paths": {
        "/#X-Amz-Target=Jobs.StartJob": _operation("StartJob", "StartJobRequest", "StartJobResult"),
        # JSON under the vendor's own media type, as VTEX's documents give their bodies.
        "/#X-Amz-Target=Jobs.StopJob": _operation(
            "StopJob", "StopJobRequest", "StopJobResult", "application/vnd.jobs.v1+json"
        ),
        "/#X-Amz-Target=Jobs.TagJob": _operation("TagJob", "Tag", "Tag"),
        "/health": {
            "servers": [
                {"url": "https://{region}.health.jobs.example.com", "variables": {"region": {"default": "eu"}}}
            ],
            "get": {
                "operationId": "Health",
                "responses": {
                    "200": {
                        "description": "Up.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["tries"],
                                    "properties": {
                                        "tries": {"type": "array", "default": "none", "items": {"type": "integer"}}
                                    },
                                }
                            }
                        },
                    }
                },
            },
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        # Apideck gives its answers by reference.
        "responses": {
            "Started": {
                "description": "Started.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StartJobResult"}}},
            }
        },
        "schemas": {
            # Apideck's id is readOnly where it is defined, required where it is used: in answers only.
            "TagId": {"type": "string", "readOnly": True},
            "Date": {"type": "string", "format": "date-time"},
            "Tag": {
                "type": "object",
                "required": ["Id", "Label", "At"],
                "properties": {
                    "Id": {"$ref": "#/components/schemas/TagId"},
                    "Label": {"type": "string"},
                    "At": {"$ref": "#/components/schemas/Date"},
                },
                # DynamoDB's example table has a date-time its format refuses: the example is not answered.
                "example": {"Id": "t-1", "Label": "x", "At": "1421866952.062"},
            },
            "Name": {"type": "string", "pattern": "^[\\p{L}\\p{N} ]+$", "minLength": 1},
            "State": {"type": "string", "enum": ["QUEUED", "DONE"]},
            "StartJobRequest": {
                "type": "object",
                "required": ["Name"],
                "properties": {"Name": {"allOf": [{"$ref": "#/components/schemas/Name"}, {"xml": {"name": "n"}}]}},
            },
            "StopJobRequest": {"type": "object", "properties": {"JobId": {"type": "string"}}},
            "StartJobResult": {
                "type": "object",
                "required": ["JobId", "State", "Pin", "Owner"],
                "properties": {
                    "JobId": {"type": "string"},
                    "State": {"allOf": [{"$ref": "#/components/schemas/State"}, {"description": "Its state."}]},
                    "Pin": {"type": "integer", "example": "XXXX1234"},
                    "Owner": {"type": "string", "pattern": "^[a-z]+$", "example": "Not Lower Case"},
                },
            },
            "StopJobResult": {
                "type": "object",
                "required": ["Stopped"],
                "properties": {"Stopped": {"type": "boolean"}},
            },
        },
    },
}
SPEC["paths"]["/#X-Amz-Target=Jobs.StartJob"]["post"]["responses"]["200"] = {"$ref": "#/components/responses/Started"}
ENTRY = entry(
    "jobs",
    "Jobs",
    "jobs_any.client",
    header="X-Key",
    server="https://jobs.example.com",
    trigger={"operation_id": "StartJob", "run_id": "/JobId", "status": "/State"},
)


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox that plays only this vendor, from a package holding its spec."""
    with packaged(tmp_path_factory.mktemp("any"), SPEC, ENTRY) as sandbox:
        yield sandbox


def _post(sandbox: Sandbox, target: str | None, body: Any, media: str = "application/json") -> httpx.Response:
    headers = {"X-Key": DUMMY_KEY, "Content-Type": media, **({"X-Amz-Target": target} if target else {})}
    return httpx.post(sandbox.base_url("jobs") + "/", content=json.dumps(body), headers=headers)


def test_operations_on_one_path_are_told_apart_by_the_header_their_template_names(jobs: Sandbox) -> None:
    started = _post(jobs, "Jobs.StartJob", {"Name": "Nightly Ünïcode 7"})
    stopped = _post(jobs, "Jobs.StopJob", {}, "application/vnd.jobs.v1+json")
    assert (started.status_code, stopped.status_code) == (200, 200), (started.text, stopped.text)
    assert stopped.json() == {"Stopped": False}
    assert [r.operation for r in jobs.requests()[-2:]] == ["StartJob", "StopJob"]
    unnamed = _post(jobs, None, {})
    assert unnamed.status_code == 404 and "no such endpoint: /jobs/" in unnamed.text, unnamed.text


def test_a_pattern_python_cannot_compile_is_left_unchecked_and_named_in_a_note(jobs: Sandbox) -> None:
    (note,) = jobs.notes
    assert "^[\\\\p{L}\\\\p{N} ]+$" in note and "#/components/schemas/Name/pattern" in note.replace("at /", "at #/")
    assert "unchecked" in note
    # What the pattern would have checked is not; everything else still is (the name is required, minLength 1).
    assert _post(jobs, "Jobs.StartJob", {"Name": "?"}).status_code == 200
    assert _post(jobs, "Jobs.StartJob", {"Name": ""}).status_code == 480
    assert _post(jobs, "Jobs.StartJob", {}).status_code == 480


def test_answers_take_values_from_the_schema_not_from_examples_that_break_it(jobs: Sandbox) -> None:
    made = _post(jobs, "Jobs.StartJob", {"Name": "n"})
    assert made.headers["content-type"] == "application/json"
    body = made.json()
    # State's type and enum come through allOf; the integer's text example and the pattern-breaking owner are not used.
    assert body["State"] == "QUEUED" and body["JobId"].startswith("run-")
    assert isinstance(body["Pin"], int) and body["Owner"] != "Not Lower Case"


def test_a_server_per_path_and_a_default_that_breaks_its_schema_do_not_stop_it_serving(jobs: Sandbox) -> None:
    health = httpx.get(jobs.base_url("jobs") + "/health", headers={"X-Key": DUMMY_KEY})
    assert health.status_code == 200 and health.json() == {"tries": []}


def test_a_body_in_the_vendors_own_json_media_type_is_judged_as_json(jobs: Sandbox) -> None:
    # openapi-core knew only the usual JSON names and judged this body as bytes ("is not of type 'object'").
    vendor_json = "application/vnd.jobs.v1+json"
    assert _post(jobs, "Jobs.StopJob", {"JobId": "run-1"}, vendor_json).status_code == 200
    wrong = _post(jobs, "Jobs.StopJob", {"JobId": 7}, vendor_json)
    assert wrong.status_code == 480 and "JobId" in wrong.text, wrong.text


def test_a_required_read_only_property_is_required_in_answers_only(jobs: Sandbox) -> None:
    # openapi-schema-validator sees a readOnly written on the property itself, not one behind its $ref: it
    # demanded Apideck's id in the request, then refused it there as read-only.
    tagged = _post(jobs, "Jobs.TagJob", {"Label": "x", "At": "2024-05-31T14:00:00Z"})
    assert tagged.status_code == 200, tagged.text
    assert set(tagged.json()) == {"Id", "Label", "At"}
    sent = _post(jobs, "Jobs.TagJob", {"Id": "t-1", "Label": "x", "At": "2024-05-31T14:00:00Z"})
    assert sent.status_code == 480 and "read-only" in sent.text, sent.text


def test_an_example_that_breaks_a_format_deep_inside_it_is_not_answered(jobs: Sandbox) -> None:
    answer = _post(jobs, "Jobs.TagJob", {"Label": "x", "At": "2024-05-31T14:00:00Z"}).json()
    assert answer["At"] != "1421866952.062"
    datetime.datetime.fromisoformat(answer["At"])  # what a client's date-time parser reads


# IoT 1-Click's claim code (12 to 40 long, through allOf) and MediaConvert's job (Role and Settings required,
# the job itself not): the run id goes at /Job/Code.
CLAIMS: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Claims", "version": "2020-01-01"},
    "servers": [{"url": "https://claims.example.com"}],
    "security": [{"key": []}],
    "paths": {
        "/claims": {
            "post": {
                "operationId": "Claim",
                "responses": {
                    "201": {
                        "description": "Claimed.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Claimed"}}},
                    }
                },
            }
        },
        # Azure's alert rules: the discriminator is on the base's allOf, and the Fusion kind names no schema.
        "/rules": {
            "put": {
                "operationId": "PutRule",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rule"}}},
                },
                "responses": {"204": {"description": "Saved."}, "400": {"description": "Invalid."}},
            }
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "RuleKind": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["Scheduled", "Fusion"]}},
            },
            "Rule": {
                "type": "object",
                "allOf": [{"$ref": "#/components/schemas/RuleKind"}],
                "discriminator": {"propertyName": "kind"},
                "required": ["kind"],
            },
            "FusionRule": {
                "allOf": [{"$ref": "#/components/schemas/Rule"}],
                "properties": {"enabled": {"type": "boolean"}},
                "x-ms-discriminator-value": "Fusion",
            },
            "__stringMin12Max40": {"type": "string", "minLength": 12, "maxLength": 40},
            "Job": {
                "type": "object",
                "required": ["Role", "Settings"],
                "properties": {
                    "Code": {"allOf": [{"$ref": "#/components/schemas/__stringMin12Max40"}, {"xml": {"name": "c"}}]},
                    "Role": {"type": "string"},
                    "Settings": {"type": "object", "properties": {"Name": {"type": "string"}}},
                },
            },
            "Claimed": {"type": "object", "properties": {"Job": {"$ref": "#/components/schemas/Job"}}},
        },
    },
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox playing a vendor whose run id has a minimum length, inside an object with required fields."""
    claim_entry = entry(
        "claims",
        "Claims",
        "claims_any.client",
        header="X-Key",
        server="https://claims.example.com",
        trigger={"operation_id": "Claim", "run_id": "/Job/Code"},
    )
    with packaged(tmp_path_factory.mktemp("claims"), CLAIMS, claim_entry) as sandbox:
        yield sandbox


def _claim(claims: Sandbox) -> Any:
    made = httpx.post(claims.base_url("claims") + "/claims", headers={"X-Key": DUMMY_KEY})
    assert made.status_code == 201, made.text
    return made.json()


def test_a_text_run_id_is_as_long_as_its_field_requires_and_unique(claims: Sandbox) -> None:
    codes = [_claim(claims)["Job"]["Code"] for _ in range(2)]
    # run-1 broke the claim code's minLength: the facade refused the answer as one the spec forbids.
    assert all(12 <= len(code) <= 40 for code in codes), codes
    assert len(set(codes)) == 2 and codes[0].startswith("run-")


def test_the_object_holding_the_run_id_has_the_fields_its_schema_requires(claims: Sandbox) -> None:
    job = _claim(claims)["Job"]
    # Only the id was there: MediaConvert's generated parser raised KeyError on the missing Role.
    assert {"Role", "Settings", "Code"} <= set(job), job
    assert isinstance(job["Role"], str) and isinstance(job["Settings"], dict)


def test_a_discriminator_on_a_base_schemas_all_of_is_left_out_and_named_in_a_note(claims: Sandbox) -> None:
    def put(body: Any) -> httpx.Response:
        headers = {"X-Key": DUMMY_KEY, "Content-Type": "application/json"}
        return httpx.put(claims.base_url("claims") + "/rules", content=json.dumps(body), headers=headers)

    # openapi-schema-validator looked for a schema named Fusion and refused the body: "could not be resolved".
    fusion = put({"kind": "Fusion"})
    assert fusion.status_code == 204, fusion.text
    # The allOf is still checked: the kind is required and one of its enum.
    wrong = put({"kind": "Nope"})
    assert wrong.status_code == 400 and "kind" in wrong.text, wrong.text
    assert put({}).status_code == 400
    (note,) = claims.notes
    assert "#/components/schemas/Rule " in note and "discriminator" in note
