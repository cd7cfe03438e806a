"""The request models are made of the mapped operations' schemas and the component schemas they reach."""

from __future__ import annotations

from pathlib import Path
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
