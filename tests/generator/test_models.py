"""The request models are made of the mapped operations' schemas and the component schemas they reach."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from testruns_generator.models import generate_models, input_schemas


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/runs": {
            "post": {
                "operationId": "startRun",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RunRequest"}}}
                },
                "responses": {"201": {"content": {"application/json": {"schema": _object(id={"type": "string"})}}}},
            },
            "get": {
                "operationId": "listRuns",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/RunList"}}}}
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Unused": _object(name={"type": "string"}),
            "RunList": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}},
            "Run": _object(id={"type": "string"}),
            # Reached through a property, an allOf and a pointer into another schema; Loop refers to itself.
            "RunRequest": {
                "allOf": [{"$ref": "#/components/schemas/Base"}, _object(loop={"$ref": "#/components/schemas/Loop"})]
            },
            "Base": _object(plan={"$ref": "#/components/schemas/Plan/properties/id"}),
            "Plan": _object(id={"type": "integer"}),
            "Loop": _object(next={"$ref": "#/components/schemas/Loop"}),
        }
    },
}


def test_only_the_component_schemas_a_mapped_operation_reaches_are_modelled() -> None:
    schemas = input_schemas(SPEC, {"startRun"})
    # In the document's order, the operation's own after them, as before.
    assert list(schemas) == ["RunRequest", "Base", "Plan", "Loop", "StartRunBody", "StartRunResponse201"]


def test_without_a_selection_every_component_schema_is_modelled() -> None:
    schemas = input_schemas(SPEC)
    assert set(SPEC["components"]["schemas"]) | {"StartRunBody", "StartRunResponse201", "ListRunsResponse200"} == set(
        schemas
    )


def test_the_module_holds_the_reached_models_and_not_the_others(tmp_path: Path) -> None:
    out = tmp_path / "models.py"
    generate_models(SPEC, out_file=out, vendor="t", spec_file=tmp_path / "spec.json", only={"startRun"})
    code = out.read_text(encoding="utf-8")
    assert "class StartRunBody(" in code and "class Loop(" in code and "class Base(" in code
    assert "class Unused(" not in code and "class RunList(" not in code


def _start_body(properties: dict[str, Any]) -> dict[str, Any]:
    """A spec whose one operation takes a body of ``properties``, none required."""
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": properties}}}}
    operation = {"operationId": "start", "requestBody": body, "responses": {"200": {"description": "ok"}}}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/r": {"post": operation}}}


def _loaded(spec: dict[str, Any], tmp_path: Path, name: str) -> ModuleType:
    """The request models generated from ``spec``, imported as module ``name`` (generation must say nothing)."""
    out = tmp_path / "models.py"
    assert generate_models(spec, out_file=out, vendor="t", spec_file=tmp_path / "spec.json") == []
    loaded = importlib.util.spec_from_file_location(name, out)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules[name] = module  # its annotations are resolved in the module, by its name
    try:
        loaded.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def test_an_object_default_is_left_to_the_vendor_and_the_models_pass_mypy(tmp_path: Path) -> None:
    # Akeneo's `default: {}` of an object: written as the model field's default, a dict where mypy --strict
    # wants the model. The facade sends only the fields given, so the vendor applies it.
    out = tmp_path / "models.py"
    labels = {"type": "object", "properties": {"en": {"type": "string"}}, "default": {}}
    items = {"type": "array", "items": labels, "default": [{"en": "x"}]}
    # A property named "default" is a schema, not the keyword: it stays.
    spec = _start_body({"labels": labels, "all": items, "default": {"type": "object", "properties": {}}})
    assert generate_models(spec, out_file=out, vendor="t", spec_file=tmp_path / "spec.json") == []
    code = out.read_text(encoding="utf-8")
    assert "labels: Labels | None = None" in code and "default: " in code
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", "/dev/null", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.stdout + done.stderr == ""


def test_a_null_default_of_a_nullable_field_is_no_default_its_schema_rejects(tmp_path: Path) -> None:
    spec = _start_body({"note": {"type": "string", "nullable": True, "default": None}})
    out = tmp_path / "models.py"
    assert generate_models(spec, out_file=out, vendor="t", spec_file=tmp_path / "spec.json") == []
    assert "note: str | None = None" in out.read_text(encoding="utf-8")


def test_a_body_in_json_spelt_another_way_is_modelled(tmp_path: Path) -> None:
    # Azure Batch's `application/json; odata=minimalmetadata`: the client took it as JSON and the models did not,
    # so the facade called the client without the body it requires.
    spec = _start_body({"formula": {"type": "string"}})
    body = spec["paths"]["/r"]["post"]["requestBody"]
    body["content"] = {"application/json; odata=minimalmetadata": body["content"]["application/json"]}
    assert "StartBody" in input_schemas(spec, {"start"})


def test_a_float_is_held_to_its_format_s_range_and_base64_text_is_sent_as_given(tmp_path: Path) -> None:
    # AnomalyDetector's float threshold: 8e209 went to the vendor (Prism: "must be <= 3.4e38"). Google's
    # `format: byte` etag: pydantic's Base64Str demanded UTF-8 once decoded, and refused a valid etag.
    from pydantic import ValidationError  # noqa: PLC0415

    spec = _start_body(
        {"threshold": {"type": "number", "format": "float"}, "etag": {"type": "string", "format": "byte"}}
    )
    module = _loaded(spec, tmp_path, "float_models")
    body = module.StartBody.model_validate_json('{"threshold": 1.5, "etag": "/w=="}', strict=True)
    assert body.model_dump(mode="json") == {"threshold": 1.5, "etag": "/w=="}  # "/w==" decodes to 0xff: no UTF-8
    try:
        module.StartBody.model_validate_json('{"threshold": 8e209}', strict=True)
    except ValidationError as error:
        assert error.errors()[0]["loc"] == ("threshold",)
    else:
        raise AssertionError("a float beyond 3.4e38 was accepted")


def test_an_email_address_is_sent_as_the_caller_gave_it(tmp_path: Path) -> None:
    # Storecove's `format: email` list: pydantic's EmailStr decoded the drawn domain's `xn--9krt00a` to `微博`,
    # and the facade sent that (Prism: "must match format email").
    spec = _start_body({"emails": {"type": "array", "items": {"type": "string", "format": "email"}}})
    module = _loaded(spec, tmp_path, "email_models")
    given = ["mN@HF0Swj.z.xN--9KRT00A"]
    body = module.StartBody.model_validate_json('{"emails": ["mN@HF0Swj.z.xN--9KRT00A"]}', strict=True)
    assert body.model_dump(mode="json") == {"emails": given}


def test_a_required_property_the_schema_does_not_declare_is_sent_and_demanded(tmp_path: Path) -> None:
    # Storecove's invoice response requires `receivedInvoiceGuid` and declares only its other properties: the
    # model dropped the one the caller gave, and the vendor got an object without it (Prism: "must have
    # required property"). A name declared by another part of an allOf keeps its type there.
    from pydantic import ValidationError  # noqa: PLC0415

    spec = _start_body(
        {"reply": {"$ref": "#/components/schemas/Reply"}, "named": {"$ref": "#/components/schemas/Named"}}
    )
    spec["components"] = {
        "schemas": {
            "Reply": {"type": "object", "required": ["guid", "code"], "properties": {"code": {"type": "string"}}},
            "Base": {"type": "object", "properties": {"name": {"type": "integer"}}},
            "Named": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["name"], "properties": {}}]},
        }
    }
    module = _loaded(spec, tmp_path, "declared_models")
    body = module.StartBody.model_validate_json('{"reply": {"code": "AB", "guid": "g-1"}}', strict=True)
    assert body.model_dump(mode="json", by_alias=True, exclude_unset=True) == {"reply": {"code": "AB", "guid": "g-1"}}
    try:
        module.StartBody.model_validate_json('{"reply": {"code": "AB"}}', strict=True)
    except ValidationError as error:
        assert error.errors()[0]["loc"] == ("reply", "guid")
    else:
        raise AssertionError("a reply without its required guid was accepted")
    try:
        module.StartBody.model_validate_json('{"named": {"name": "text"}}', strict=True)
    except ValidationError as error:
        assert error.errors()[0]["loc"] == ("named", "name")
    else:
        raise AssertionError("the allOf part's required name lost its type")


def test_the_default_of_a_referred_scalar_schema_is_left_to_the_vendor_and_the_models_pass_mypy(
    tmp_path: Path,
) -> None:
    # Telnyx's `address_book: {$ref: address_book}`, a boolean schema with `default: true`: the field took the
    # default as its own, `AddressBook | None = True`, a bool where mypy --strict wants the root model.
    spec = _start_body({"address_book": {"$ref": "#/components/schemas/address_book"}})
    spec["components"] = {"schemas": {"address_book": {"type": "boolean", "default": True}}}
    out = tmp_path / "models.py"
    assert generate_models(spec, out_file=out, vendor="t", spec_file=tmp_path / "spec.json") == []
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", "/dev/null", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.stdout + done.stderr == ""


def test_a_keyword_of_another_type_says_nothing_about_the_field(tmp_path: Path) -> None:
    # Azure QnA Maker's questions: a list with `minLength: 1`, which JSON Schema applies to text only. pydantic
    # read it as the list's length, and refused an empty list the spec allows.
    from pydantic import ValidationError  # noqa: PLC0415

    questions = {"type": "array", "items": {"type": "string"}, "minLength": 1, "maxLength": 100}
    name = {"type": "string", "minItems": 2, "maxLength": 3}
    module = _loaded(_start_body({"questions": questions, "name": name}), tmp_path, "typed_keyword_models")
    body = module.StartBody.model_validate_json('{"questions": [], "name": "abc"}', strict=True)
    assert body.model_dump(mode="json", exclude_unset=True) == {"questions": [], "name": "abc"}
    try:
        module.StartBody.model_validate_json('{"name": "abcd"}', strict=True)  # its own type's bound stays
    except ValidationError as error:
        assert error.errors()[0]["loc"] == ("name",)
    else:
        raise AssertionError("a name beyond its maxLength was accepted")


def test_a_dotted_schema_name_is_one_model_of_the_single_module(tmp_path: Path) -> None:
    # Twilio's `numbers.v2.bundle`: datamodel-code-generator read the dots as module paths and wrote a package
    # of modules, which the generator refused ("produced no single module").
    spec = _start_body({"bundle": {"$ref": "#/components/schemas/numbers.v2.bundle"}})
    spec["components"] = {"schemas": {"numbers.v2.bundle": _object(sid={"type": "string"})}}
    module = _loaded(spec, tmp_path, "dotted_models")
    body = module.StartBody.model_validate_json('{"bundle": {"sid": "BU1"}}', strict=True)
    assert body.model_dump(mode="json", exclude_unset=True) == {"bundle": {"sid": "BU1"}}
