"""openapi-python-client's problems: a note naming an operation the manifest does not map (left out of the
client), an error naming a mapped one and the fix."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from testruns_generator.clients import generate_client
from testruns_generator.errors import GenerationError
from testruns_generator.schema_rules import for_the_client

# openapi-python-client cannot read an allOf made of a string: the operation that uses it is left out.
UNREADABLE = {"allOf": [{"$ref": "#/components/schemas/Name"}, {"type": "object"}]}


def spec_with(body_of_b: dict[str, Any]) -> dict[str, Any]:
    """Two operations: ``startRun`` (always readable) and ``makeReport``, whose body is ``body_of_b``."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/runs": {"post": {"operationId": "startRun", "responses": {"200": {"description": "started"}}}},
            "/reports": {
                "post": {
                    "operationId": "makeReport",
                    "requestBody": {"content": {"application/json": {"schema": body_of_b}}},
                    "responses": {"200": {"description": "made"}},
                }
            },
        },
        "components": {"schemas": {"Name": {"type": "string"}}},
    }


def generate(tmp_path: Path, spec: dict[str, Any], mapped: set[str]) -> list[str]:
    out = tmp_path / "client"
    return generate_client(
        spec, package="client", out_dir=out, vendor="acme", spec_file=Path("acme.yaml"), mapped=mapped
    )


def test_a_problem_in_an_unmapped_operation_is_a_note_and_the_operation_is_left_out(tmp_path: Path) -> None:
    notes = generate(tmp_path, spec_with(UNREADABLE), {"startRun"})
    assert len(notes) == 1
    assert notes[0].startswith("acme: makeReport (POST /reports) left out: ")
    modules = {path.name for path in (tmp_path / "client" / "api" / "default").iterdir()}
    assert "start_run.py" in modules and "make_report.py" not in modules


def test_a_problem_in_a_mapped_operation_is_an_error_naming_it_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as caught:
        generate(tmp_path, spec_with(UNREADABLE), {"startRun", "makeReport"})
    assert caught.value.vendor == "acme"
    assert "mapped operation 'makeReport' (POST /reports)" in caught.value.message
    assert "correct it in the overlay" in caught.value.message


def test_a_readable_spec_gives_no_note(tmp_path: Path) -> None:
    assert generate(tmp_path, spec_with({"type": "object"}), {"startRun", "makeReport"}) == []


def test_a_mapped_operation_s_error_names_the_schema_it_uses_that_the_client_cannot_read(tmp_path: Path) -> None:
    spec = spec_with({"$ref": "#/components/schemas/Report"})
    spec["components"]["schemas"]["Report"] = UNREADABLE
    with pytest.raises(GenerationError) as caught:
        generate(tmp_path, spec, {"startRun", "makeReport"})
    assert "mapped operation 'makeReport' (POST /reports)" in caught.value.message
    assert "it uses 'Report', left out as the client cannot read schema 'Report' (Cannot take allOf a non-object" in (
        caught.value.message
    )


def test_a_component_named_like_another_s_inline_model_is_renamed_for_the_client(tmp_path: Path) -> None:
    inline = {"type": "object", "additionalProperties": {"type": "string"}}
    spec = spec_with({"$ref": "#/components/schemas/Operation"})
    spec["components"]["schemas"] |= {
        "Operation": {"type": "object", "properties": {"metadata": inline, "done": {"type": "boolean"}}},
        "OperationMetadata": {"type": "object", "properties": {"progress": {"type": "integer"}}},
    }
    assert generate(tmp_path, spec, {"startRun", "makeReport"}) == []
    models = {path.name for path in (tmp_path / "client" / "models").iterdir()}
    assert {"operation.py", "operation_metadata.py", "operation_metadata_model.py"} <= models


def test_two_components_titled_alike_are_named_by_their_keys(tmp_path: Path) -> None:
    # openapi-python-client names a model by its schema's title: two alike made it refuse the second, and with
    # it the mapped operation that uses it.
    spec = spec_with({"$ref": "#/components/schemas/errorResponse"})
    spec["components"]["schemas"] |= {
        "errorDetail": {"title": "Error details.", "type": "object", "properties": {"code": {"type": "string"}}},
        "errorResponse": {
            "title": "Error details.",
            "type": "object",
            "properties": {"error": {"$ref": "#/components/schemas/errorDetail"}},
        },
    }
    assert generate(tmp_path, spec, {"startRun", "makeReport"}) == []
    models = {path.name for path in (tmp_path / "client" / "models").iterdir()}
    assert {"error_detail.py", "error_response.py"} <= models


def test_a_property_named_like_the_store_of_additional_properties_is_kept_in_that_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Azure's customMeasurements has a property called additionalProperties: the client declared it beside its
    # store of the properties a schema does not name, under the same Python name (mypy --strict: no-redef).
    spec = spec_with({"$ref": "#/components/schemas/Measurements"})
    spec["components"]["schemas"]["Measurements"] = {
        "type": "object",
        "properties": {"additionalProperties": {"type": "object"}, "count": {"type": "integer"}},
    }
    spec = for_the_client(spec)
    generate_client(
        spec, package="store_clash", out_dir=tmp_path / "store_clash", vendor="acme", spec_file=Path("a"), mapped=set()
    )
    code = (tmp_path / "store_clash" / "models" / "measurements.py").read_text(encoding="utf-8")
    assert code.count("    additional_properties:") == 1
    # The pipeline writes the package's provenance module afterwards; a stand-in lets it import.
    (tmp_path / "store_clash" / "_provenance.py").write_text('SPEC_VERSION = VERSION = "1"\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    measurements = importlib.import_module("store_clash.models.measurements").Measurements
    read = measurements.from_dict({"additionalProperties": {"a": 1}, "count": 2})
    assert read.count == 2 and read.additional_properties == {"additionalProperties": {"a": 1}}
    assert read.to_dict() == {"additionalProperties": {"a": 1}, "count": 2}


def mypy_strict(tmp_path: Path, spec: dict[str, Any]) -> str:
    """mypy --strict's complaints about the client generated for ``spec`` (every operation mapped)."""
    mapped = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    generate(tmp_path, spec, mapped)
    # The pipeline writes the package's provenance module afterwards; a stand-in lets it import.
    (tmp_path / "client" / "_provenance.py").write_text('SPEC_VERSION = VERSION = "1"\n', encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-error-summary",
        "--cache-dir",
        "/dev/null",
        "-p",
        "client",
    ]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def test_a_nullable_list_of_anything_is_read_without_a_redundant_cast(tmp_path: Path) -> None:
    # Discourse's `subcategory_list: {type: [array, null], items: {}}`: read after an isinstance check, the
    # client's cast to list[Any] was redundant.
    spec = spec_with({"$ref": "#/components/schemas/Category"})
    spec["openapi"] = "3.1.0"
    spec["components"]["schemas"]["Category"] = {
        "type": "object",
        "properties": {"subcategory_list": {"type": ["array", "null"], "items": {}}},
    }
    assert mypy_strict(tmp_path, spec) == ""


def test_a_union_of_two_arrays_is_read_and_written_as_one_array_of_either_item(tmp_path: Path) -> None:
    # Apideck's custom field value: a list of strings or a list of objects, which the client told apart only
    # by being a list: its second branch was dead, and mypy --strict rejected the first's assignment.
    spec = spec_with({"$ref": "#/components/schemas/CustomField"})
    value = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    value["anyOf"].append({"type": "array", "items": {"type": "object"}})
    spec["components"]["schemas"]["CustomField"] = {"type": "object", "properties": {"value": value}}
    assert mypy_strict(tmp_path, for_the_client(spec)) == ""


def test_a_nullable_object_s_inline_objects_are_made_models_once(tmp_path: Path) -> None:
    # Docker's RegistryServiceConfig: the client read a nullable object's object part twice, refused the
    # second reading's model of IndexConfigs, and the component's model imported a module never written.
    spec = spec_with({"$ref": "#/components/schemas/SystemInfo"})
    index = {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/IndexInfo"}}
    spec["components"]["schemas"] |= {
        "SystemInfo": {"type": "object", "properties": {"RegistryConfig": {"$ref": "#/components/schemas/Registry"}}},
        "Registry": {"type": "object", "nullable": True, "properties": {"IndexConfigs": index}},
        "IndexInfo": {"type": "object", "properties": {"Name": {"type": "string"}}},
    }
    assert mypy_strict(tmp_path, spec) == ""
    assert (tmp_path / "client" / "models" / "registry_index_configs.py").exists()


def test_a_nullable_inline_object_in_a_nullable_component_is_made_a_model(tmp_path: Path) -> None:
    # GitHub's nullable-simple-commit: the client could not read the union of its nullable `author`, refused
    # the component's object part, and WorkflowRun's model imported a module never written.
    spec = spec_with({"type": "object", "properties": {"head": {"$ref": "#/components/schemas/Commit"}}})
    person = {"type": "object", "nullable": True, "properties": {"name": {"type": "string"}}, "required": ["name"]}
    commit = {"type": "object", "nullable": True, "properties": {"author": person}, "required": ["author"]}
    spec["components"]["schemas"]["Commit"] = commit
    assert mypy_strict(tmp_path, spec) == ""
    assert (tmp_path / "client" / "models" / "commit_type_0.py").exists()


def test_two_components_inline_objects_named_alike_are_both_made_models(tmp_path: Path) -> None:
    # Akeneo's Attribute.group_labels and AttributeGroup.labels: both models are "AttributeGroupLabels", so the
    # client refused AttributeGroup, and Attribute's model imported a module never written.
    labels = {"type": "object", "properties": {"en": {"type": "string"}}}
    spec = spec_with({"$ref": "#/components/schemas/Both"})
    spec["components"]["schemas"] |= {
        "Both": {
            "type": "object",
            "properties": {
                "attribute": {"$ref": "#/components/schemas/Attribute"},
                "group": {"$ref": "#/components/schemas/AttributeGroup"},
            },
        },
        "Attribute": {"type": "object", "properties": {"group_labels": labels}},
        "AttributeGroup": {"type": "object", "properties": {"labels": labels}},
    }
    assert mypy_strict(tmp_path, spec) == ""
    assert (tmp_path / "client" / "models" / "attribute_group.py").exists()


def test_a_nullable_text_property_named_like_its_model_s_module_is_renamed(tmp_path: Path) -> None:
    # Plaid's LoanIdentifier.LoanIdentifier: a nullable string is read by a typed parse function, into the
    # variable from_dict then holds the new instance in.
    spec = spec_with({"$ref": "#/components/schemas/LoanIdentifier"})
    spec["components"]["schemas"]["LoanIdentifier"] = {
        "type": "object",
        "required": ["LoanIdentifier"],
        "properties": {"LoanIdentifier": {"type": "string", "nullable": True}},
    }
    assert mypy_strict(tmp_path, spec) == ""


def test_an_enum_whose_members_make_one_python_name_is_given_literal_types_with_a_note(tmp_path: Path) -> None:
    # openapi-python-client names a member by its upper-cased value: Storecove's `SEBANKGIRO` and `sebankgiro`
    # made one name, and it crashed (plain openapi-python-client too); its own hint, Literal enums, is taken.
    body = {"type": "object", "properties": {"means": {"type": "string", "enum": ["SEBANKGIRO", "sebankgiro"]}}}
    notes = generate(tmp_path, spec_with(body), {"startRun", "makeReport"})
    assert len(notes) == 1 and notes[0].startswith("acme: Duplicate key SEBANKGIRO in enum "), notes
    assert "Literal types" in notes[0]
    means = (tmp_path / "client" / "models" / "make_report_body_means.py").read_text()
    assert "MakeReportBodyMeans = Literal['SEBANKGIRO', 'sebankgiro']" in means.replace('"', "'")


def test_a_path_parameter_with_a_default_before_one_without_makes_python(tmp_path: Path) -> None:
    # A path parameter is always required, so its default never applies; openapi-python-client made it a
    # positional argument with a default before one without (VTEX Marketplace), which is no Python.
    from testruns_generator.effective_spec import without_path_defaults  # noqa: PLC0415

    spec = spec_with({"type": "object"})
    seller = {"name": "sellerId", "in": "path", "required": True, "schema": {"type": "string", "default": "s1"}}
    spec["components"]["parameters"] = {"Seller": seller}
    match = {"name": "matchId", "in": "path", "required": True, "schema": {"type": "string"}}
    operation: dict[str, Any] = {"operationId": "match", "responses": {"200": {"description": "matched"}}}
    operation["parameters"] = [{"$ref": "#/components/parameters/Seller"}, match]
    spec["paths"]["/suggestions/{sellerId}/matches/{matchId}"] = {"put": operation}
    given = without_path_defaults(spec)
    assert "default" not in given["components"]["parameters"]["Seller"]["schema"]
    assert spec["components"]["parameters"]["Seller"]["schema"]["default"] == "s1"  # the input is untouched
    generate(tmp_path, given, {"startRun", "match"})
    module = tmp_path / "client" / "api" / "default" / "match.py"
    compile(module.read_text(), str(module), "exec")  # a SyntaxError fails the test


LISTED = {"type": "array", "items": {"type": "string"}}
STATUS = {"type": "string", "enum": ["queued", "in_progress", "completed"]}


@pytest.mark.parametrize(
    "body",
    [
        # GitHub's reviewers body: an anyOf that only requires one property or another. The client read it as
        # a union of untyped values and wrote an `else:` with no `if`.
        {
            "type": "object",
            "properties": {"reviewers": LISTED, "team_reviewers": LISTED},
            "anyOf": [{"required": ["reviewers"]}, {"required": ["team_reviewers"]}],
        },
        # GitHub Enterprise 2.19's check run update: alternatives that narrow a declared property's enum. The
        # client wrote `body.to_dict()` on a union holding Unset, which mypy --strict refuses.
        {
            "type": "object",
            "properties": {"status": STATUS, "conclusion": {"type": "string"}},
            "anyOf": [
                {
                    "properties": {"status": {"enum": ["completed"]}},
                    "required": ["conclusion"],
                    "additionalProperties": True,
                },
                {"properties": {"status": {"enum": ["queued", "in_progress"]}}, "additionalProperties": True},
            ],
        },
    ],
    ids=["presence", "narrowing"],
)
def test_a_union_that_only_says_which_properties_are_present_makes_python(tmp_path: Path, body: dict[str, Any]) -> None:
    given = for_the_client(spec_with(body))
    assert "anyOf" not in given["paths"]["/reports"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert generate(tmp_path, given, {"startRun", "makeReport"}) == []
    module = tmp_path / "client" / "api" / "default" / "make_report.py"
    compile(module.read_text(), str(module), "exec")  # a SyntaxError fails the test
    assert "MakeReportBody" in module.read_text()


def _events_spec() -> dict[str, Any]:
    """GitHub Enterprise's issue timeline, in small: an answer made of a union component, one of whose models
    uses a schema the client cannot read (two properties, `+1` and `-1`, of one Python name)."""
    spec = spec_with({"type": "object"})
    spec["components"]["schemas"] |= {
        "Rollup": {"type": "object", "properties": {"+1": {"type": "integer"}, "-1": {"type": "integer"}}},
        "Labeled": {"type": "object", "properties": {"reactions": {"$ref": "#/components/schemas/Rollup"}}},
        "Renamed": {"type": "object", "properties": {"from": {"type": "string"}}},
        "Events": {"anyOf": [{"$ref": "#/components/schemas/Labeled"}, {"$ref": "#/components/schemas/Renamed"}]},
    }
    items = {"$ref": "#/components/schemas/Events"}
    answer = {"description": "events", "content": {"application/json": {"schema": {"type": "array", "items": items}}}}
    spec["paths"]["/events"] = {"get": {"operationId": "listEvents", "responses": {"200": answer}}}
    return spec


def test_an_operation_whose_code_imports_a_model_never_written_is_left_out_with_a_note(tmp_path: Path) -> None:
    # The client left out Labeled with the schema it uses, yet kept listEvents, whose module imported it.
    notes = generate(tmp_path, _events_spec(), {"startRun", "makeReport"})
    assert "acme: listEvents left out: its code imports models.labeled, which" in "\n".join(notes)
    modules = {path.name for path in (tmp_path / "client" / "api" / "default").iterdir()}
    assert "list_events.py" not in modules and "start_run.py" in modules
    (tmp_path / "client" / "_provenance.py").write_text('SPEC_VERSION = VERSION = "1"\n', encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", "/dev/null", "-p", "client"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.stdout == ""


def test_a_mapped_operation_whose_code_imports_a_model_never_written_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match=r"mapped operation 'listEvents': its code imports models\.labeled"):
        generate(tmp_path, _events_spec(), {"startRun", "listEvents"})
