"""Print a valid call of the corpus vendor's trigger, in the facade's names: run inside the scratch copy.

``python tests/corpus/example.py PACKAGE OPERATION_ID [DEFAULTED,...]`` prints ``{"params": {...}, "argv":
[...]}``: each required parameter and body field of the generated request models (but those the manifest's
``defaults`` fill) with the smallest value their JSON schema allows that is not empty, where one is (drawn by
hypothesis-jsonschema, so bounds, patterns, formats and enums hold), and the same as options.

Not empty, because a command line cannot give an empty list (a repeated option given no times is missing),
and an empty header is read as no header. A pattern Python's ``re`` cannot compile (``\\p{L}``) cannot be
drawn from: the value is drawn without it, and the facade's own validation (pydantic's regex engine) judges it.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from importlib import resources
from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from hypothesis_jsonschema import from_schema
from jsonschema.exceptions import SchemaError
from pydantic import BaseModel, RootModel

from testruns.cli.options import example_argv
from testruns.vendors import json_schema, python_re_error, resolve, spec_operations, without_patterns
from testruns_generator.cli_fields import input_fields
from tests.contract.referee import json_exact

_QUIET = settings(database=None, derandomize=True, max_examples=200, suppress_health_check=list(HealthCheck))
# pydantic writes a UUID field as {"format": "uuid"}, a format hypothesis-jsonschema does not know of itself.
_FORMATS = {"uuid": st.uuids().map(str)}


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def _without_uncompilable_patterns(schema: Any) -> Any:
    return without_patterns(schema, python_re_error)[0]


def _smallest(schema: dict[str, Any]) -> Any:
    """The simplest value ``schema`` accepts, never null, and not empty where it can be."""
    try:
        return _find(schema)
    except (re.error, SchemaError):  # hypothesis-jsonschema compiles the pattern, or jsonschema refuses it
        return _find(_without_uncompilable_patterns(schema))


def _find(schema: dict[str, Any]) -> Any:
    # Drawn as the contract tests draw (json_exact): patterns as ECMA 262 reads them, lengths a class can reach.
    drawn = from_schema(json_exact(schema), custom_formats=_FORMATS)
    try:
        return find(drawn, lambda value: value not in (None, "", [], {}), settings=_QUIET)
    except NoSuchExample:
        return find(drawn, lambda value: value is not None, settings=_QUIET)


# What the request models may leave out of a text field and the vendor (the sandbox) still holds it to: a
# pattern pydantic's engine cannot read, and an email address's format (the models send it as given).
_TEXT_RULES = ("pattern", "format")
_LEFT_TO_THE_VENDOR = frozenset({"email"})


def _rules(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, str]:
    """``schema``'s ``pattern`` and ``format``, followed through references and ``allOf`` parts (AWS's ``allOf:
    [{$ref: Domain}, {description}]``); the first found of each."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 16:
        return {}
    found = {key: str(schema[key]) for key in _TEXT_RULES if isinstance(schema.get(key), str)}
    if found.get("format") not in _LEFT_TO_THE_VENDOR:
        found.pop("format", None)
    for part in schema.get("allOf") or []:
        found = {**_rules(spec, part, depth + 1), **found}
    return found


def spec_rules(package: str, operation_id: str) -> dict[str, dict[str, str]]:
    """The spec's ``pattern`` and ``format`` of each parameter and top-level body field of the operation, by its
    spec name.

    The request models leave out a pattern pydantic's regex engine cannot read (RUM's domain, with lookarounds),
    and an email's format (sent as given), so a value drawn from them alone may break it; the sandbox judges it,
    as the vendor would.
    """
    spec = json.loads(resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8"))
    operation = next(op for op in spec_operations(spec) if op.operation_id == operation_id)
    schemas = {str(parameter.get("name")): parameter.get("schema") for parameter in operation.parameters}
    body = resolve(spec, json_schema(operation.request_body))
    for part in [body, *(body.get("allOf") or [])] if isinstance(body, dict) else []:
        resolved = resolve(spec, part)
        properties = resolved.get("properties") if isinstance(resolved, dict) else None
        schemas |= properties if isinstance(properties, dict) else {}
    found = {name: _rules(spec, schema) for name, schema in schemas.items()}
    return {name: rules for name, rules in found.items() if rules}


def required_values(
    model: type[BaseModel], skip: set[str], rules: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    """Each required field of ``model`` (by its Python name) but those in ``skip``, with a value its schema
    accepts, and the spec's pattern and format for it in ``rules`` (by its spec name), where the model left
    them out."""
    schema = model.model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    if issubclass(model, RootModel):  # a body that is one value (any JSON, a list): the caller gives it as root
        return {} if "root" in skip else {"root": _smallest(schema)}
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if not info.is_required() or name in skip:
            continue
        field_schema = dict(schema["properties"][info.alias or name])
        lost = {k: v for k, v in (rules or {}).get(info.alias or name, {}).items() if field_schema.get(k) != v}
        if lost:
            field_schema = {"allOf": [field_schema, lost]}
        values[name] = _smallest({**field_schema, "$defs": definitions} if definitions else field_schema)
    return values


def main(package: str, operation_id: str, defaulted: str = "") -> int:
    """Print the call; exit 1 when the models cannot be read."""
    models = importlib.import_module(f"{package}.request_models")
    rules = spec_rules(package, operation_id)
    params: dict[str, Any] = {}
    found: list[type[BaseModel]] = []
    for suffix in ("Parameters", "Body"):
        model = getattr(models, f"{_pascal(operation_id)}{suffix}", None)
        if isinstance(model, type) and issubclass(model, BaseModel):
            found.append(model)
            for name, value in required_values(model, set(defaulted.split(",")), rules).items():
                params.setdefault(name, value)
    # The options as the generator makes them, so a value is written as the command line reads it.
    print(json.dumps({"params": params, "argv": example_argv(params, input_fields(found, {}))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
