"""Shapes real public documents have (APIs.guru's corpus) that change no code, and what the generator makes of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from testruns.vendors.manifest import load_manifest
from testruns_generator.content_types import client_input
from testruns_generator.effective_spec import mapped_only, validate_openapi
from testruns_generator.errors import GenerationError
from testruns_generator.models import generate_models, input_schemas, pascal_case
from testruns_generator.schema_rules import for_the_client

FILE = Path("openapi.json")


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


# Patterns in another regex dialect than ECMA 262's, as AWS's and others' documents have them.
@pytest.mark.parametrize("pattern", [r"^\{config\-name}$", r"(?i)^abc$", r"^\p{L}+$"])
def test_a_pattern_in_another_regex_dialect_is_a_note_that_names_the_schema(pattern: str) -> None:
    notes = validate_openapi(_document({"Key": {"type": "string", "pattern": pattern}}), vendor="v", file=FILE)
    assert len(notes) == 1
    assert notes[0].startswith("v: the spec validator's finding at #/")
    assert "changes no code" in notes[0]


def test_an_enum_that_lists_a_value_twice_is_a_note_that_names_its_place_in_the_document() -> None:
    # Telnyx's PortingOrdersExceptionType lists PORTING_ORDER_SPLIT_REQUIRED twice: the values allowed are the
    # same. The validator judges each schema alone, so its path starts at the schema; the note's starts at the root.
    code = {"type": "string", "enum": ["SPLIT", "OTHER", "SPLIT"]}
    document = _document({"Exception": {"type": "object", "properties": {"code": code}}})
    notes = validate_openapi(document, vendor="v", file=FILE)
    assert len(notes) == 1, notes
    assert notes[0].startswith("v: the spec validator's finding at #/components/schemas/Exception/properties/code/enum")


@pytest.mark.parametrize(
    ("schema", "location"),
    [
        ({"type": "string", "pattern": 5}, "#/components/schemas/Key"),
        ({"type": "text"}, "#/components/schemas/Key"),
        ({"type": "object", "properties": {"code": {"type": "string", "minLength": -1}}}, "#/components/schemas/Key"),
    ],
)
def test_a_schema_that_is_not_one_is_still_an_error(schema: dict[str, Any], location: str) -> None:
    with pytest.raises(GenerationError) as caught:
        validate_openapi(_document({"Key": schema}), vendor="v", file=FILE)
    assert caught.value.location == location
    assert "not a valid OpenAPI 3.0.3 document" in caught.value.message


def _spec() -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}}
    return {
        **_document(
            {
                "Request": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}},
                "Kind": {"type": "string", "enum": ["a", "b"]},
                "Unused": {"type": "text"},
            }
        ),
        "paths": {
            "/runs": {
                "post": {
                    "operationId": "startRun",
                    "parameters": [
                        {"name": "api-version", "in": "query", "required": True, "schema": {"type": "string"}},
                        {"name": "filter", "in": "query", "allowEmptyValue": True, "schema": {"type": "string"}},
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": body,
                    "responses": {"204": {"description": "started"}},
                },
                "get": {"operationId": "listRuns", "responses": {"200": {"description": "the runs"}}},
            }
        },
    }


def test_the_validator_judges_the_mapped_operations_and_the_schemas_they_use() -> None:
    judged = mapped_only(_spec(), {"startRun"})
    assert list(judged["paths"]["/runs"]) == ["post"]
    assert list(judged["components"]["schemas"]) == ["Request", "Kind"]
    # So an unused schema openapi-python-client will name in a note does not refuse the document.
    assert validate_openapi(judged, vendor="v", file=FILE) == []


def test_an_empty_query_value_is_refused_by_the_models_unless_the_spec_allows_it() -> None:
    properties = input_schemas(_spec(), {"startRun"})["StartRunParameters"]["properties"]
    assert properties["api-version"] == {"type": "string", "minLength": 1}
    assert properties["filter"] == {"type": "string"}
    assert properties["X-Trace"] == {"type": "string"}


def test_an_annotated_lone_reference_is_given_to_the_client_as_the_reference() -> None:
    described = {"allOf": [{"$ref": "#/components/schemas/Kind"}, {"description": "The kind.", "xml": {"name": "k"}}]}
    constrained = {"allOf": [{"$ref": "#/components/schemas/Kind"}, {"nullable": True}]}
    two = {"allOf": [{"$ref": "#/components/schemas/Kind"}, {"$ref": "#/components/schemas/Other"}]}
    schema = {"type": "object", "properties": {"kind": described, "maybe": constrained, "both": two}}
    unwrapped = for_the_client({"components": {"schemas": {"Request": schema}}})
    assert unwrapped["components"]["schemas"]["Request"]["properties"] == {
        "kind": {"$ref": "#/components/schemas/Kind"},
        "maybe": constrained,
        "both": two,
    }
    untouched = {"components": {"schemas": {"Request": {"type": "object", "properties": {"maybe": constrained}}}}}
    assert for_the_client(untouched) is untouched


def test_a_pattern_pydantic_cannot_read_is_left_out_of_the_models_with_a_note(tmp_path: Path) -> None:
    spec = _spec()
    spec["components"]["schemas"]["Request"]["properties"] |= {
        "tag": {"type": "string", "pattern": r"[\p{all}]*"},
        "name": {"type": "string", "pattern": r"^\p{L}+$"},
        "pattern": {"type": "string"},  # a property named like the keyword
    }
    out = tmp_path / "models.py"
    notes = generate_models(spec, out_file=out, vendor="v", spec_file=FILE, only={"startRun"})
    assert notes == [
        "v: pattern '[\\\\p{all}]*' at /Request/properties/tag left out of the request models: "
        "pydantic cannot read it (error: Unicode property not found)"
    ]
    code = out.read_text(encoding="utf-8")
    assert "p{all}" not in code and "p{L}" in code and "pattern:" in code


def test_an_allof_of_one_reference_beside_its_own_properties_is_given_as_an_allof_of_both() -> None:
    resource = {"$ref": "#/components/schemas/Resource"}
    service = {"description": "A service.", "allOf": [resource], "properties": {"size": {"type": "integer"}}}
    subtype = {"allOf": [resource], "type": "object", "x-ms-discriminator-value": "Small"}
    enum = {"allOf": [{"$ref": "#/components/schemas/Kind"}], "type": "string"}
    schemas = for_the_client({"components": {"schemas": {"Service": service, "Small": subtype, "Kind": enum}}})
    assert schemas["components"]["schemas"] == {
        "Service": {"description": "A service.", "allOf": [resource, {"properties": {"size": {"type": "integer"}}}]},
        "Small": {"x-ms-discriminator-value": "Small", "allOf": [resource, {"type": "object"}]},
        "Kind": enum,  # not an object: openapi-python-client reads it as the reference, which is right here
    }


def test_an_answer_in_text_or_bytes_is_read_as_such_whatever_schema_it_gives() -> None:
    vendor = load_manifest().vendor("loadforge")
    spec = _spec()
    xml = {"text/xml": {"schema": {"$ref": "#/components/schemas/Request"}}}
    binary = {"application/octet-stream": {"schema": {"$ref": "#/components/schemas/Request"}}}
    spec["paths"]["/runs"]["get"]["responses"] = {"200": {"content": xml}, "400": {"content": binary}}
    given, notes = client_input(spec, vendor)
    answers = given["paths"]["/runs"]["get"]["responses"]
    assert answers["200"]["content"] == {"text/xml": {"schema": {"type": "string"}}}
    assert answers["400"]["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert notes == [
        "loadforge: listRuns responses.200: text/xml read as text",
        "loadforge: listRuns responses.400: application/octet-stream read as bytes",
    ]


def test_a_default_its_own_schema_rejects_is_left_out_of_the_models_with_a_note(tmp_path: Path) -> None:
    spec = _spec()
    scope = {"type": "array", "items": {"type": "array", "items": {}}, "default": ["balances", "details"]}
    spec["components"]["schemas"]["Request"]["properties"] |= {
        "scope": scope,
        "limit": {"type": "integer", "default": 10},
        "default": {"type": "string"},  # a property named like the keyword
    }
    out = tmp_path / "models.py"
    notes = generate_models(spec, out_file=out, vendor="v", spec_file=FILE, only={"startRun"})
    assert notes == [
        "v: default ['balances', 'details'] at /Request/properties/scope left out of the request models: "
        "its schema rejects it"
    ]
    code = out.read_text(encoding="utf-8")
    assert "'balances'" not in code and "= 10" in code


def test_a_mapped_body_offered_as_json_and_multipart_is_given_to_the_client_as_json_only() -> None:
    # As authentiq's and nordigen's documents offer it: the facade sends JSON, so the client must too.
    vendor = load_manifest().vendor("loadforge")
    spec = _spec()
    schema = {"schema": {"$ref": "#/components/schemas/Request"}}
    both = {"content": {"multipart/form-data": schema, "application/json": schema}}
    spec["paths"]["/runs"]["post"]["requestBody"] = both
    spec["paths"]["/other"] = {"post": {"operationId": "other", "requestBody": both, "responses": {"204": {}}}}
    given, notes = client_input(spec, vendor)
    assert given["paths"]["/runs"]["post"]["requestBody"]["content"] == {"application/json": schema}
    assert list(given["paths"]["/other"]["post"]["requestBody"]["content"]) == [
        "multipart/form-data",
        "application/json",
    ]
    assert notes == ["loadforge: startRun requestBody: left out multipart/form-data"]


def test_a_form_body_that_is_no_object_is_left_out_and_a_form_of_fields_kept() -> None:
    # As envoice's document offers it: a form of a bare integer, which the client would send with `to_dict`
    # on an int (mypy --strict refused the package); a form whose schema is an object of fields stays.
    vendor = load_manifest().vendor("loadforge")
    spec = _spec()
    number = {"schema": {"type": "integer", "format": "int32"}}
    fields = {"schema": {"$ref": "#/components/schemas/Request"}}
    content = {"application/json": number, "application/x-www-form-urlencoded": number}
    spec["paths"]["/count"] = {
        "post": {"operationId": "count", "requestBody": {"content": content}, "responses": {"204": {}}}
    }
    form = {"content": {"application/x-www-form-urlencoded": fields}}
    spec["paths"]["/form"] = {"post": {"operationId": "form", "requestBody": form, "responses": {"204": {}}}}
    given, notes = client_input(spec, vendor)
    assert given["paths"]["/count"]["post"]["requestBody"]["content"] == {"application/json": number}
    assert given["paths"]["/form"]["post"]["requestBody"] == form
    assert notes == ["loadforge: count requestBody: left out application/x-www-form-urlencoded"]


def test_a_component_named_as_an_operations_own_model_keeps_its_fields(tmp_path: Path) -> None:
    # As Azure Automation's document names it: the body's component is `<Operation>Parameters`, the name of the
    # operation's own parameters model; the body model held the query parameters instead of its fields.
    spec = _spec()
    schemas = spec["components"]["schemas"]
    schemas["StartRunParameters"] = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StartRunParameters"}}}}
    spec["paths"]["/runs"]["post"]["requestBody"] = body
    out = tmp_path / "models.py"
    generate_models(spec, out_file=out, vendor="v", spec_file=FILE, only={"startRun"})
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(encoding="utf-8"), str(out), "exec"), namespace)
    for model in (namespace["StartRunParameters"], namespace["StartRunBody"]):
        model.model_rebuild(_types_namespace=namespace)
    assert set(namespace["StartRunParameters"].model_fields) == {"api_version", "filter", "x_trace"}
    assert namespace["StartRunBody"].model_validate({"name": "n"}).model_dump(mode="json") == {"name": "n"}
    assert "name" in namespace["StartRunBody"].model_json_schema()["required"]


def test_a_number_of_format_decimal_is_sent_as_a_json_number(tmp_path: Path) -> None:
    # As tl-api's document has it: a Decimal field would be dumped as the string '0.5'.
    spec = _spec()
    spec["components"]["schemas"]["Request"]["properties"]["price"] = {"type": "number", "format": "decimal"}
    out = tmp_path / "models.py"
    generate_models(spec, out_file=out, vendor="v", spec_file=FILE, only={"startRun"})
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(encoding="utf-8"), str(out), "exec"), namespace)
    model = namespace["Request"]
    model.model_rebuild(_types_namespace=namespace)
    assert model(price=0.5).model_dump(mode="json", exclude_none=True) == {"price": 0.5}


def _with_read_only_id(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` as Apideck's documents are: the body's ``id`` is readOnly where it is defined and required where
    it is used, ``created`` is readOnly on the property, and the answer is given by reference."""
    schemas = spec["components"]["schemas"]
    schemas["Id"] = {"type": "string", "readOnly": True}
    schemas["Request"]["properties"] |= {
        "id": {"$ref": "#/components/schemas/Id"},
        "created": {"type": "string", "readOnly": True},
    }
    schemas["Request"]["required"] = ["id", "kind"]
    answer = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}}
    spec["components"]["responses"] = {"Started": answer}
    spec["paths"]["/runs"]["post"]["responses"] = {"201": {"$ref": "#/components/responses/Started"}}
    return spec


@pytest.mark.parametrize("operation_id", ["startRun", "IPRuns_Start"])
def test_a_read_only_property_is_left_out_of_the_request_models_and_kept_in_the_answers(
    tmp_path: Path, operation_id: str
) -> None:
    # The facade sent Apideck's collection_id and id, which the vendor refuses ("Tried to write read-only property").
    # datamodel-code-generator spells a split model its own way (Azure's PublicIPPrefixes: PublicIpPrefixes...).
    spec = _with_read_only_id(_spec())
    spec["paths"]["/runs"]["post"]["operationId"] = operation_id
    out = tmp_path / "models.py"
    generate_models(spec, out_file=out, vendor="v", spec_file=FILE, only={operation_id})
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(encoding="utf-8"), str(out), "exec"), namespace)
    name = pascal_case(operation_id)
    body, answer = namespace[f"{name}Body"], namespace[f"{name}Response201"]
    for model in (body, answer):
        model.model_rebuild(_types_namespace=namespace)
    assert set(body.model_fields) == {"kind"} and body.model_fields["kind"].is_required()
    assert set(answer.model_fields) == {"id", "kind", "created"} and answer.model_fields["id"].is_required()


def test_the_client_is_given_no_read_only_property_as_required() -> None:
    # openapi-python-client reads no readOnly: its body model's from_dict demanded the id the facade leaves out.
    given, _ = client_input(_with_read_only_id(_spec()), load_manifest().vendor("loadforge"))
    assert given["components"]["schemas"]["Request"]["required"] == ["kind"]


def test_a_property_named_ref_and_a_ref_written_in_an_example_are_not_references() -> None:
    # GitHub Enterprise 3.7's group members have a property called `$ref` (a string): it was read as a
    # reference, and the document refused as "not self-contained". A `$ref` inside example data is data too.
    from testruns_generator.effective_spec import check_references  # noqa: PLC0415

    properties: dict[str, Any] = {"$ref": {"type": "string"}, "value": {"type": "string"}}
    member = {
        "type": "object",
        "properties": properties,
        "example": {"$ref": "https://example.com/Users/1", "value": "1"},
    }
    check_references(_document({"Member": member}), vendor="v", file=FILE)  # no error: nothing to refuse
    properties["value"] = {"$ref": "https://example.com/value.json"}
    with pytest.raises(GenerationError, match=r"is not a local reference") as caught:
        check_references(_document({"Member": member}), vendor="v", file=FILE)
    assert caught.value.location == "#/components/schemas/Member/properties/value/$ref"
