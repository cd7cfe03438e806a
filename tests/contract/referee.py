"""What the contract tests read Prism's verdict with, and what they draw parameters from.

``Recorder`` sends for real (it wraps httpx's own transport) and keeps every
exchange, so a test can read Prism's ``sl-violations`` header. The schemas for
hypothesis come from the effective spec, not from our models, so the facade's
validation is judged against the spec and not against itself.

Valid values are drawn from what the spec allows *and* the wire can carry as
sent: integers within +-(2**53 - 1), the range JSON carries exactly (Prism,
in JavaScript, reads every number as a double, so 2**53 + 1 arrives as
2**53); header values as RFC 9110 section 5.5 asks new fields to use, visible
ASCII with spaces and tabs inside, never at either end (obs-text, the bytes
above 0x7F, is obsolete, and the facade refuses it), and never empty (which
the RFC allows, but Prism, like many servers, reads as the header missing).
The constraints that invalid values break are still the spec's own, whole
range included.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from testruns.runs.client import adapter_classes
from testruns_generator.models import not_empty, operations, with_format_bounds


class Recorder(httpx.BaseTransport):
    """A real transport that records each exchange and may add Prism's ``Prefer`` header."""

    def __init__(self, prefer: str | None = None) -> None:
        self._inner = httpx.HTTPTransport()
        self.prefer = prefer
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        response = self._inner.handle_request(request)
        response.read()  # kept for the test to read; the facade streams what was read
        self.exchanges.append((request, response))
        return response

    def close(self) -> None:
        self._inner.close()


def request_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's findings about the request (its findings about its own answer concern the spec, not us)."""
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [item for item in found if item.get("location", [""])[0] == "request"]


def response_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's findings about its own answer: where it made one that breaks the spec."""
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [item for item in found if item.get("location", [""])[0] == "response"]


# The largest integer a double, and so JSON as JavaScript reads it, holds exactly (Number.MAX_SAFE_INTEGER).
JSON_EXACT = 2**53 - 1
# Python's \s also matches \x1c-\x1f and \x85, which a JSON Schema pattern's (ECMA 262's) does not, nor the
# facade's regex engine: values drawn for a pattern with \s leave them out.
NO_PYTHON_ONLY_SPACE = "^[^\\x1c-\\x1f\\x85]*$"
# RFC 9110 field-value, ASCII only and not empty: field-vchar, with SP / HTAB only between two of them.
HEADER_VALUE = r"^[!-~]([ \t!-~]*[!-~])?$"


def _types(schema: dict[str, Any]) -> list[Any]:
    kinds = schema.get("type")
    return kinds if isinstance(kinds, list) else [kinds]


def json_exact(schema: Any) -> Any:
    """``schema`` with every integer's range narrowed to +-``JSON_EXACT`` (a property named ``type`` is a name),
    and a schema with properties but no type read as an object, as the generated models (and every OpenAPI
    tool) read it: JSON Schema alone would let it be ``false``, which no vendor means."""
    if isinstance(schema, list):
        return [json_exact(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    narrowed = {key: _names(value) if key in _NAME_MAPS else json_exact(value) for key, value in schema.items()}
    if isinstance(schema.get("properties"), dict) and "type" not in schema:
        narrowed["type"] = "object"
    if "integer" in _types(schema):
        narrowed["minimum"] = max(schema.get("minimum", -JSON_EXACT), -JSON_EXACT)
        narrowed["maximum"] = min(schema.get("maximum", JSON_EXACT), JSON_EXACT)
    if isinstance(schema.get("pattern"), str) and "\\s" in schema["pattern"]:
        return {"allOf": [narrowed, {"pattern": NO_PYTHON_ONLY_SPACE}]}
    return narrowed


# Keys whose value maps names to schemas: its keys are names (a property called ``properties`` or ``type``).
_NAME_MAPS = frozenset({"properties", "patternProperties", "schemas", "$defs", "definitions"})


def _names(value: Any) -> Any:
    """A map of names to schemas, each schema narrowed."""
    return {name: json_exact(schema) for name, schema in value.items()} if isinstance(value, dict) else value


@dataclass(frozen=True)
class Operation:
    """One mapped operation and the JSON schema of its facade parameters, from the effective spec."""

    vendor: str
    name: str  # trigger / cancel
    schema: dict[str, Any]  # properties keyed by the facade's parameter names: the spec's constraints
    json_names: dict[str, str]  # facade name -> the spec's name
    headers: frozenset[str] = frozenset()  # the facade names of header parameters

    @property
    def id(self) -> str:
        return f"{self.vendor}-{self.name}"

    @property
    def drawable(self) -> dict[str, Any]:
        """``schema`` narrowed to what the wire carries as sent (see the module's docstring): what valid
        parameters are drawn from."""
        properties = dict(self.schema["properties"])
        for name in self.headers:
            if "string" in _types(properties[name]):
                properties[name] = {"allOf": [properties[name], {"pattern": HEADER_VALUE}]}
        drawable: dict[str, Any] = json_exact({**self.schema, "properties": properties})
        return drawable


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _members(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """``schema`` and the ``allOf`` members it is made of (Azure's resource bodies), resolved: each may add
    properties and required names."""
    schema = _resolve(spec, schema)
    return [schema, *(part for member in schema.get("allOf", []) for part in _members(spec, member))]


def find_operation(spec: dict[str, Any], operation_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation with ``operation_id`` and all its parameters (path-level ones included)."""
    for found_id, operation, parameters in operations(spec):
        if found_id == operation_id:
            return operation, parameters
    raise KeyError(operation_id)


def operation_schema(spec: dict[str, Any], vendor: str, name: str, operation_id: str) -> Operation:
    """The facade parameters of ``operation_id`` as one JSON schema (path, query, header parameters, body)."""
    operation, parameters = find_operation(spec, operation_id)
    endpoint = adapter_classes(vendor)[0].endpoint(name)  # type: ignore[arg-type]
    facade_name: dict[str, str] = {}
    for model_name in (endpoint.parameters, endpoint.body):
        for name, info in endpoint.model(model_name).model_fields.items() if model_name else ():
            caller = next((caller for caller, spec_name in endpoint.renames.items() if spec_name == name), name)
            facade_name[info.alias or name] = caller
    properties: dict[str, Any] = {}
    required: list[str] = []
    headers: set[str] = set()
    for parameter in parameters:
        if parameter.get("in") in ("path", "query", "header"):
            caller = facade_name[parameter["name"]]
            if parameter["in"] == "header":
                headers.add(caller)
            schema = _resolve(spec, parameter["schema"])
            properties[caller] = not_empty(parameter, schema)
            if parameter.get("in") == "path" or parameter.get("required"):
                required.append(caller)
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    for part in _members(spec, body) if body is not None else []:
        for prop, prop_schema in part.get("properties", {}).items():
            caller = facade_name[prop]
            properties.setdefault(caller, prop_schema)
            if prop in part.get("required", []) and caller not in required:
                required.append(caller)
    schema = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        # Nested $refs resolve against this document's root.
        "components": spec.get("components", {}),
    }
    json_names = {caller: spec_name for spec_name, caller in facade_name.items()}
    return Operation(vendor, name, with_format_bounds(schema), json_names, frozenset(headers))
