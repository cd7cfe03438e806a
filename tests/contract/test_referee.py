"""What the referee's helpers do to a request or a pattern, judged without starting Prism."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Annotated, Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from pydantic import BaseModel, StringConstraints, TypeAdapter, ValidationError
from testruns_clients.loadforge.request_models import StartRunBody

import testruns
from testruns.contract import FragmentRoutes, for_prism
from testruns.runs.client import adapter_classes

from . import referee
from .conftest import REPO
from .inline import UncuttableRecursion, inlined
from .referee import drawable_pattern, json_exact, operation_schema, refusal_is_right

AWS: dict[str, Any] = {
    "paths": {"/#X-Amz-Target=Svc.Start": {}, "/#X-Amz-Target=Svc.Stop": {}, "/items/{id}#Action=Get": {}}
}


def _sent(url: str, headers: dict[str, str] | None = None) -> str:
    request = httpx.Request("POST", url, headers=headers)
    FragmentRoutes(AWS).to_prism(request)
    return request.url.raw_path.decode()


def test_a_request_carrying_the_fragments_header_goes_to_that_operations_path() -> None:
    assert _sent("http://prism/", {"X-Amz-Target": "Svc.Stop"}) == "/%23X-Amz-Target%3DSvc.Stop"
    assert _sent("http://prism/items/7?Action=Get") == "/items/7%23Action%3DGet?Action=Get"


def test_a_request_without_the_fragments_values_keeps_its_path() -> None:
    assert _sent("http://prism/", {"X-Amz-Target": "Svc.Other"}) == "/"
    assert _sent("http://prism/items/7") == "/items/7"
    assert _sent("http://prism/other", {"X-Amz-Target": "Svc.Stop"}) == "/other"


PATTERNS = [
    r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$",
    r"^[\p{L}||\p{M}||\p{Z}||\p{S}||\p{N}||\p{P}]+$",
    r"^[-\w\._\(\)]+$",
    r"^\d+\s\w$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_values_drawn_from_a_drawable_pattern_match_the_pattern_in_ascii(pattern: str) -> None:
    drawable = drawable_pattern(pattern)
    facade = TypeAdapter(Annotated[str, StringConstraints(pattern=pattern)])  # the models' engine reads \p{L}

    @settings(max_examples=50, database=None)
    @given(value=st.from_regex(drawable))
    def check(value: str) -> None:
        # ECMA 262 (JSON Schema, Prism) reads \w and \d as ASCII; a value that is ASCII matches every engine.
        assert value.isascii(), value
        try:
            facade.validate_python(value)
        except ValidationError as error:
            pytest.fail(f"{value!r} does not match {pattern}: {error}")

    check()


def test_a_class_with_no_ascii_part_outside_a_class_is_left_for_re_to_refuse() -> None:
    with pytest.raises(re.error):
        re.compile(drawable_pattern(r"^\p{M}$"))
    with pytest.raises(re.error):
        re.compile(drawable_pattern(r"^[^\p{L}]$"))


def test_an_answer_offered_as_any_media_type_alone_is_offered_to_prism_as_json() -> None:
    schema = {"type": "object"}
    spec: dict[str, Any] = {"paths": {"/a": {"post": {"responses": {"200": {"content": {"*/*": {"schema": schema}}}}}}}}
    given = for_prism(spec)
    assert given["paths"]["/a"]["post"]["responses"]["200"]["content"] == {"application/json": {"schema": schema}}
    assert spec["paths"]["/a"]["post"]["responses"]["200"]["content"] == {"*/*": {"schema": schema}}  # a copy


def test_an_answer_offering_json_beside_types_prism_cannot_write_is_offered_as_its_json_alone() -> None:
    """GoDaddy lists application/javascript first: Prism, asked for */*, picked it and had no writer (HTTP 500).
    The client reads only the JSON of such an answer, so Prism is offered only that."""
    schema = {"type": "object", "properties": {"orderId": {"type": "integer"}}}
    types = ["application/javascript", "application/json", "application/xml", "text/javascript", "text/xml"]
    answer = {"content": {media: {"schema": schema} for media in types}}
    text_json = {"content": {"text/xml": {"schema": schema}, "text/json": {"schema": schema}}}
    spec: dict[str, Any] = {"components": {"responses": {"Order": answer, "Spelt": text_json}}}
    given = for_prism(spec)["components"]["responses"]
    assert given["Order"]["content"] == {"application/json": {"schema": schema}}
    assert given["Spelt"]["content"] == {"application/json": {"schema": schema}}  # Prism writes text/json as text


def test_an_answer_prism_cannot_write_an_object_as_keeps_its_type_with_a_string_schema() -> None:
    """Route 53 answers text/xml with an object schema: Prism had no text for the object (HTTP 500). The client
    reads such an answer as text whatever its schema, so the type stays and Prism mocks text; XML it writes."""
    schema = {"type": "object", "properties": {"Id": {"type": "string"}}, "example": {"Id": "x"}}
    content = {"text/xml": {"schema": schema}, "application/xml": {"schema": schema}, "application/pdf": {}}
    spec: dict[str, Any] = {"paths": {"/z": {"post": {"responses": {"200": {"content": content}}}}}}
    given = for_prism(spec)["paths"]["/z"]["post"]["responses"]["200"]["content"]
    text = {"schema": {"type": "string"}}
    assert given == {"text/xml": text, "application/xml": {"schema": schema}, "application/pdf": text}


def test_a_required_body_that_may_be_false_is_offered_to_prism_as_optional() -> None:
    """Prism reads a JSON body of false, 0, "" or null as none ("Body parameter is required"): Semantria's body
    of any value, given false, was refused. A body that must be an object or a list stays required."""

    def body(schema: dict[str, Any]) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    spec: dict[str, Any] = {
        "paths": {
            "/any": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Any"}, "responses": {}}},
            "/flag": {"post": {"requestBody": body({"type": "boolean"}), "responses": {}}},
            "/object": {"post": {"requestBody": body({"$ref": "#/components/schemas/Run"}), "responses": {}}},
            "/list": {"post": {"requestBody": body({"type": "array"}), "responses": {}}},
            "/null": {"post": {"requestBody": body({"type": "object", "nullable": True}), "responses": {}}},
        },
        "components": {"requestBodies": {"Any": body({})}, "schemas": {"Run": {"type": "object"}}},
    }
    given = for_prism(spec)
    assert given["components"]["requestBodies"]["Any"]["required"] is False
    required = {path: item["post"]["requestBody"].get("required") for path, item in given["paths"].items()}
    assert required == {"/any": None, "/flag": False, "/object": True, "/list": True, "/null": False}
    assert spec["components"]["requestBodies"]["Any"]["required"] is True  # a copy


def test_a_read_only_property_is_never_drawn_for_a_request() -> None:
    schema = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}},
        "required": ["id", "name"],
    }
    assert json_exact(schema)["properties"] == {"name": {"type": "string"}}
    assert json_exact(schema)["required"] == ["name"]


@pytest.mark.parametrize(
    ("pattern", "lengths", "whole"),
    [("^[a-f0-9\\-]+$", (36, 36), "[a-f0-9-]+"), ("^(?!\\s*$).+", (32, 64), "(?!\\s*$).+")],  # AWS's UUID, token
)
def test_a_length_bound_beside_one_repeated_class_is_drawn_without_throwing_values_away(
    pattern: str, lengths: tuple[int, int], whole: str
) -> None:
    schema = {"type": "string", "pattern": pattern, "minLength": lengths[0], "maxLength": lengths[1]}

    # With the health checks on: a strategy that throws most of its values away fails them.
    @settings(max_examples=20, database=None)
    @given(value=from_schema(json_exact(schema)))
    def check(value: str) -> None:
        assert lengths[0] <= len(value) <= lengths[1] and re.fullmatch(whole, value), value

    check()


# PatientView's groups hold groups: as child groups (a list) and as a parent (an optional property).
GROUPS: dict[str, Any] = {
    "type": "object",
    "properties": {"group": {"$ref": "#/components/schemas/Group"}},
    "required": ["group"],
    "components": {
        "schemas": {
            "Group": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "parent": {"$ref": "#/components/schemas/Group"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
                },
                "required": ["name"],
                "additionalProperties": False,
            }
        }
    },
}


def _depth(value: Any) -> int:
    """How many groups deep ``value`` nests."""
    inner = [value.get("parent"), *value.get("children", [])] if isinstance(value, dict) else []
    return 1 + max((_depth(group) for group in inner if group is not None), default=0)


def test_a_recursive_schema_is_drawn_unrolled_and_every_value_drawn_is_valid_against_it() -> None:
    drawable = inlined(GROUPS)
    assert "$ref" not in json.dumps(drawable) and "components" not in drawable
    whole = jsonschema.Draft202012Validator(GROUPS)  # the recursive schema, as the spec states it
    depths: set[int] = set()

    @settings(max_examples=60, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(value=from_schema(drawable))
    def check(value: dict[str, Any]) -> None:
        whole.validate(value)
        depths.add(_depth(value["group"]))

    check()
    assert depths == {1, 2}  # a group, and one (UNROLLED) nesting of it: cut there, never deeper


def test_a_recursion_that_every_value_must_hold_is_named_in_the_failure() -> None:
    node = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}, "required": ["next"]}
    schema = {
        "type": "object",
        "properties": {"node": node},
        "required": ["node"],
        "components": {"schemas": {"Node": node}},
    }
    where = r"/node/next .*/next is #/components/schemas/Node inside itself"
    with pytest.raises(UncuttableRecursion, match=r"cannot be cut.*: " + where):
        inlined(schema)


def test_a_read_only_property_behind_a_ref_is_never_drawn_for_a_request() -> None:
    # Apideck's line items: updated_at is a $ref to UpdatedAt, which is readOnly; Google's writes readOnly
    # beside the $ref.
    schema = {
        "type": "object",
        "properties": {"lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}},
        "components": {
            "schemas": {
                "Line": {
                    "type": "object",
                    "properties": {
                        "amount": {"type": "integer"},
                        "updated_at": {"$ref": "#/components/schemas/UpdatedAt"},
                        "capabilities": {"$ref": "#/components/schemas/Caps", "readOnly": True},
                    },
                    "required": ["amount", "updated_at"],
                    "additionalProperties": False,
                },
                "UpdatedAt": {"type": "string", "format": "date-time", "readOnly": True},
                "Caps": {"type": "object"},
            }
        },
    }
    line = json_exact(inlined(schema))["properties"]["lines"]["items"]
    assert list(line["properties"]) == ["amount"] and line["required"] == ["amount"]


def test_a_body_property_marked_read_only_beside_its_ref_is_no_facade_parameter() -> None:
    """Google's ``appliedCapabilities: {$ref, readOnly: true}``: the facade leaves it out, and so does the referee
    (it read readOnly behind the $ref only, and found no facade parameter for it)."""
    spec = json.loads((REPO / "generated" / "testruns_clients" / "loadforge" / "openapi.json").read_text())
    request = spec["components"]["schemas"]["RunRequest"]
    request["properties"]["caps"] = {"$ref": "#/components/schemas/Result", "readOnly": True}
    operation = operation_schema(spec, "loadforge", "trigger", "startRun")
    assert set(operation.schema["properties"]) == {"test_id", "duration"}


def _refused(answer: httpx.Response) -> tuple[httpx.Response, str]:
    """LoadForge's trigger answered with ``answer``: what the facade refused, and its error's text."""
    transport = httpx.MockTransport(lambda request: answer)
    client = testruns.Client(
        api_keys={"loadforge": {"LOADFORGE_API_KEY": "key-123456"}},
        base_urls={"loadforge": "http://vendor.invalid"},
        transport=transport,
        max_retries=0,
    )
    with client, pytest.raises(testruns.UnexpectedResponseError) as caught:
        client.trigger("loadforge", test_id=42, duration=10)
    return answer, str(caught.value)


@pytest.mark.parametrize("answer", [{"status": "queued"}, {"run_id": None}, {"run_id": ""}])
def test_refusing_an_answer_that_holds_no_run_id_where_the_manifest_reads_it_is_right(
    answer: dict[str, Any],
) -> None:
    response, error = _refused(httpx.Response(200, json=answer))
    assert refusal_is_right(response, error, "/run_id")


def test_refusing_an_answer_that_holds_the_run_id_is_never_excused() -> None:
    """A facade that reads the wrong place says the same words; the answer holding the id still fails it."""
    _, error = _refused(httpx.Response(200, json={"status": "queued"}))
    holding = httpx.Response(200, json={"run_id": 7, "status": "queued"})
    assert not refusal_is_right(holding, error, "/run_id")
    assert not refusal_is_right(httpx.Response(200, json={}), error.replace("/run_id", "/run_identifier"), "/run_id")
    assert not refusal_is_right(httpx.Response(200, json={}), "corpus: the answer breaks the spec at /x", "/run_id")


def test_a_name_a_parameter_and_a_body_field_share_in_one_type_is_drawn_valid_for_both() -> None:
    """The facade gives it once and sends it to both (Testsigma's project_id, a UUID in the path and the body)."""
    spec = json.loads((REPO / "generated" / "testruns_clients" / "testsigma" / "openapi.json").read_text())
    body = spec["components"]["schemas"]["TestRunCreateRequest"]["properties"]["project_id"]
    operation = operation_schema(spec, "testsigma", "trigger", "createTestRun")
    path = {"type": "string", "format": "uuid"}
    assert operation.schema["properties"]["project_id"] == {"allOf": [path, body]}
    assert "body_project_id" not in operation.schema["properties"]


class StartRunQuery(BaseModel):
    """A query ``test_id`` of text beside LoadForge's body ``test_id``, an integer (the facade below's)."""

    test_id: str | None = None


__all__ = ["StartRunBody", "StartRunQuery"]  # the models of the facade below, read from this module


def test_a_name_a_parameter_and_a_body_field_have_in_two_types_is_drawn_as_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """No value is both (Google's query ``fields``, text, and body ``fields``, a list): the facade takes the
    body's as ``body_<name>`` (``Endpoint.body_renames``), and each is drawn from its own schema alone."""
    spec = json.loads((REPO / "generated" / "testruns_clients" / "loadforge" / "openapi.json").read_text())
    start = spec["paths"]["/run"]["post"]
    start["parameters"] = [
        *start.get("parameters", []),
        {"name": "test_id", "in": "query", "schema": {"type": "string"}},
    ]
    body = spec["components"]["schemas"]["RunRequest"]["properties"]["test_id"]
    facade = adapter_classes("loadforge")[0]
    endpoint = dataclasses.replace(
        facade.endpoint("trigger"),
        models=__name__,
        parameters="StartRunQuery",
        body_renames={"body_test_id": "test_id"},
    )
    twin = type("TwoTestIds", (facade,), {"endpoints": {**facade.endpoints, "trigger": endpoint}})
    monkeypatch.setattr(referee, "adapter_classes", lambda vendor: (twin, twin))
    operation = operation_schema(spec, "loadforge", "trigger", "startRun")
    assert operation.schema["properties"]["test_id"] == {"type": "string", "minLength": 1}
    assert operation.schema["properties"]["body_test_id"] == body
    assert "body_test_id" in operation.schema["required"] and "test_id" not in operation.schema["required"]
    assert operation.json_names["body_test_id"] == operation.json_names["test_id"] == "test_id"
