"""Spec -> typed httpx client package, with openapi-python-client run in-process."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

from testruns.vendors import spec_operations

from .class_names import class_overrides
from .client_problems import sort_problems
from .effective_spec import operations_kept, python_name, unused_name, with_components_renamed
from .errors import GenerationError
from .models import pascal_case

TEMPLATES_DIR = Path(__file__).parent / "templates"


def generate_client(
    spec: dict[str, Any], *, package: str, out_dir: Path, vendor: str, spec_file: Path, mapped: set[str]
) -> list[str]:
    """Write the client package for ``spec`` into ``out_dir``; a note for each operation or schema it leaves out.

    A warning about an operation in ``mapped`` (or about the document as a whole) is an error.
    """
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415 - heavy, only when generating

    notes: list[str] = []
    literal_enums = False
    try:
        data, config = _parsed(spec, package, out_dir, spec_file)
    except ValueError as exc:
        if not str(exc).startswith("Duplicate key"):
            raise
        # Two members of one enum make one Python name (Storecove's SEBANKGIRO): its own hint, done for this
        # vendor only, so its enums are Literal types. The facade sends and reads the same JSON either way.
        literal_enums = True
        notes.append(f"{exc.args[0].partition(';')[0]}: this vendor's client has Literal types for its enums")
        data, config = _parsed(spec, package, out_dir, spec_file, literal_enums)
    untitled = _untitled(spec, _named_twice(data))
    if untitled is not spec:
        # It names a component's model by its title where it has one, so two components titled alike (Azure's
        # errorDetail and errorResponse, both "Error details.") make it refuse the second: those titles are
        # left out of its input, and the models are named by their keys.
        spec = untitled
        data, config = _parsed(spec, package, out_dir, spec_file, literal_enums)
    hoisted = _hoisted(spec, _inline_clashes(data, spec))
    if hoisted is not spec:
        # It refuses a component for a model of an inline object it made twice: a nullable object's object part
        # is read twice (Docker's RegistryServiceConfig.IndexConfigs), or two components' inline objects are
        # named alike (Akeneo's Attribute.group_labels and AttributeGroup.labels); or for a nullable inline
        # object in a nullable component (GitHub's nullable-simple-commit.author). The other models still
        # import it. The component's inline objects are given as components of their own (renamed below
        # where that name is taken).
        spec = hoisted
        data, config = _parsed(spec, package, out_dir, spec_file, literal_enums)
    clashing = _clashing_components(data, spec)
    if clashing:
        # A component named like a model openapi-python-client makes of another's inline schema (Google's
        # OperationMetadata beside Operation.metadata) makes it refuse both: the component is renamed.
        spec = with_components_renamed(spec, clashing)
        data, config = _parsed(spec, package, out_dir, spec_file, literal_enums)
    if not isinstance(data, GeneratorData):
        raise GenerationError(
            f"openapi-python-client cannot read it: {data.header} {data.detail or ''}".strip(),
            vendor=vendor,
            file=spec_file,
        )
    problems = _built(data, config)
    orphans = _orphans(out_dir, spec)
    if orphans:
        # It left out a schema (one it could not read, or one using it) yet kept an operation whose answer is
        # made of it (GitHub Enterprise's issue timeline): the operation's module imports a model never written.
        for operation_id, model in sorted(orphans.items()):
            why = f"its code imports models.{model}, which openapi-python-client left out with a schema it uses"
            if operation_id in mapped:
                raise GenerationError(
                    f"mapped operation {operation_id!r}: {why} (see the notes on schemas); correct the schema in "
                    "the overlay",
                    vendor=vendor,
                    file=spec_file,
                )
            notes.append(f"{operation_id} left out: {why}")
        spec = operations_kept(spec, lambda operation: operation.get("operationId") not in orphans)
        data, config = _parsed(spec, package, out_dir, spec_file, literal_enums)
        problems = _built(data, config)
    errors, left_out = sort_problems(problems, spec, mapped)
    if errors:
        raise GenerationError(f"openapi-python-client reported: {'; '.join(errors)}", vendor=vendor, file=spec_file)
    (out_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return [f"{vendor}: {note}" for note in notes + left_out]


def _built(data: Any, config: Any) -> Any:
    """openapi-python-client's build of the package it read: its problems."""
    from openapi_python_client import Project  # noqa: PLC0415 - heavy, only when generating

    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        return project.build()


_MODEL_IMPORT = re.compile(r"^\s*from \.\.\.models\.(\w+) import", re.MULTILINE)


def _orphans(out_dir: Path, spec: dict[str, Any]) -> dict[str, str]:
    """The operations whose module imports a model module that was never written, each with that module."""
    modules = {python_name(op.operation_id): op.operation_id for op in spec_operations(spec) if op.operation_id}
    found: dict[str, str] = {}
    for module in sorted((out_dir / "api").rglob("*.py")):
        missing = [
            name
            for name in _MODEL_IMPORT.findall(module.read_text(encoding="utf-8"))
            if not (out_dir / "models" / f"{name}.py").exists()
        ]
        if missing and module.stem in modules:
            found[modules[module.stem]] = missing[0]
    return found


def _parsed(
    spec: dict[str, Any], package: str, out_dir: Path, spec_file: Path, literal_enums: bool = False
) -> tuple[Any, Any]:
    """openapi-python-client's reading of ``spec`` (its ``GeneratorData``, or its error), and the config it used."""
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser import GeneratorData  # noqa: PLC0415

    config = Config.from_sources(
        # No post hooks: the pipeline formats every package in one ruff run.
        ConfigFile(
            package_name_override=package,
            post_hooks=[],
            literal_enums=literal_enums,
            class_overrides=class_overrides(spec),
        ),
        MetaType.NONE,
        document_source=spec_file,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    return GeneratorData.from_dict(spec, config=config), config


_DUPLICATE = re.compile(r'duplicate models with name "([^"]+)"')


def _named_twice(data: Any) -> set[str]:
    """The model names openapi-python-client found twice in its reading of a spec."""
    return {match for error in getattr(data, "errors", []) for match in _DUPLICATE.findall(str(error.detail or ""))}


def _untitled(spec: dict[str, Any], named: set[str]) -> dict[str, Any]:
    """``spec`` without the titles of the component schemas whose title names a model in ``named`` (other than
    the one its key names); ``spec`` itself where there is none."""
    from openapi_python_client.strings import ClassName  # noqa: PLC0415 - the client's own rule

    schemas = (spec.get("components") or {}).get("schemas") or {}
    titled = {
        key
        for key, schema in schemas.items()
        if isinstance(schema, dict)
        and isinstance(schema.get("title"), str)
        and (name := str(ClassName(schema["title"], "field_"))) in named
        and name != str(ClassName(key, "field_"))
    }
    if not titled:
        return spec
    kept = {
        key: {k: v for k, v in schema.items() if k != "title"} if key in titled else schema
        for key, schema in schemas.items()
    }
    return {**spec, "components": {**spec["components"], "schemas": kept}}


_REFUSED = re.compile(r"Unable to (?:parse|process) schema /components/schemas/(\S+?)(_type_0)?:")
_UNION = "Invalid property in union"


def _inline_clashes(data: Any, spec: dict[str, Any]) -> set[str]:
    """The components openapi-python-client refused (or their object part, ``<name>_type_0``) for a model it
    found twice that none of the components is named (one of their inline objects' models), or for a union
    among their inline objects that it could not read (a nullable object inside a nullable component)."""
    from openapi_python_client.strings import ClassName  # noqa: PLC0415 - the client's own rule

    named = {str(ClassName(key, "field_")) for key in (spec.get("components") or {}).get("schemas") or {}}
    found: set[str] = set()
    for error in getattr(data, "errors", []):
        refused = _REFUSED.search(str(error.header or ""))
        twice = set(_DUPLICATE.findall(str(error.detail or "")))
        if refused and ((twice and not twice & named) or _UNION in str(error.detail or "")):
            found.add(refused.group(1))
    return found


def _inline_object(schema: Any) -> bool:
    """Whether ``schema`` is written in place (no reference) and makes a model of its own: an object."""
    return (
        isinstance(schema, dict) and "$ref" not in schema and (schema.get("type") == "object" or "properties" in schema)
    )


def _hoisted(spec: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """``spec`` with the inline objects among the properties of the components ``names`` (or their items) made
    components ``<name><Property>``, referred to where they were; ``spec`` itself where there are none."""
    schemas = dict((spec.get("components") or {}).get("schemas") or {})
    changed = False
    for name in sorted(names):
        schema = schemas.get(name)
        if not (isinstance(schema, dict) and isinstance(properties := schema.get("properties"), dict)):
            continue
        kept: dict[str, Any] = {}
        for key, value in properties.items():
            array = isinstance(value, dict) and value.get("type") == "array"
            inner = value.get("items") if array else value
            if not _inline_object(inner):
                kept[key] = value
                continue
            new = unused_name(name + pascal_case(str(key)), schemas)
            schemas[new] = inner
            reference = {"$ref": f"#/components/schemas/{new}"}
            kept[key] = {**value, "items": reference} if array else reference
            changed = True
        schemas[name] = {**schema, "properties": kept}
    if not changed:
        return spec
    return {**spec, "components": {**spec["components"], "schemas": schemas}}


def _clashing_components(data: Any, spec: dict[str, Any]) -> dict[str, str]:
    """Component schemas whose model's name openapi-python-client found twice: old key -> new key."""
    from openapi_python_client.strings import ClassName  # noqa: PLC0415 - the client's own rule

    named = _named_twice(data)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    renamed: dict[str, str] = {}
    for key in schemas:
        if str(ClassName(key, "field_")) in named:
            renamed[key] = unused_name(f"{key}Model", schemas, renamed.values())
    return renamed
