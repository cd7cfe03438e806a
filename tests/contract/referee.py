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
the RFC allows, but Prism, like many servers, reads as the header missing);
and a ``pattern`` as every engine involved reads it: its ``\\w``, ``\\d`` and
``\\s`` ASCII only (JSON Schema's, ECMA 262's, ``\\w`` and ``\\d`` are ASCII;
Python's and the facade's are Unicode, each its own way), its ``$`` the end
only (Python's also matches before a last newline), and a ``\\p{L}``, which
Python's ``re`` cannot compile, as an ASCII part of its class; lists and
maps of a few items (``FEW``) where the spec allows more; and a path parameter
never ``.`` or ``..``, which a URL drops as a dot-segment.
The constraints that invalid values break are still the spec's own, whole
range included.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from testruns.contract import FragmentRoutes, about_the_run_asked
from testruns.runs.client import adapter_classes
from testruns.vendors import is_json
from testruns.vendors.openapi import pointer_steps
from testruns_generator.effective_spec import IGNORED_HEADERS
from testruns_generator.models import not_empty, operations, with_format_bounds

from .inline import inlined


class Recorder(httpx.BaseTransport):
    """A real transport that records each exchange and may add Prism's ``Prefer`` header; a request for a path
    that names its operation after a ``#`` goes where Prism routes it (``FragmentRoutes``, as ``testruns
    contract`` sends it).

    ``about``: for a status read, the run asked about and where the answer names its run (the manifest's
    pointer); the answer then names that run (``about_the_run_asked``, as ``testruns contract`` reads it).
    The answer is recorded as Prism sent it.
    """

    def __init__(self, spec: dict[str, Any], prefer: str | None = None) -> None:
        self._inner = httpx.HTTPTransport()
        self._routes = FragmentRoutes(spec)
        self.prefer = prefer
        self.about: tuple[str, str] | None = None
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        self._routes.to_prism(request)
        response = self._inner.handle_request(request)
        response.read()  # kept for the test to read; the facade streams what was read
        self.exchanges.append((request, response))
        return response if self.about is None else about_the_run_asked(response, *self.about)

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


def refusal_is_right(response: httpx.Response, error: str, run_id_at: str | None) -> bool:
    """Whether the facade was right to refuse ``response`` as unexpected (``error``, its message), given where
    the manifest reads the run id (``run_id_at``, a pointer; None where the caller names the run): Prism
    itself says its answer breaks the spec (its mock of a ``format: byte`` field is ``"string"``), or the
    answer is spec-valid but holds no id at the pointer (absent, null or ``""``: Prism answers with the
    spec's example, which the spec does not oblige to hold it) and ``error`` names that pointer. An answer
    that holds the id never excuses a refusal: a facade reading the wrong place fails."""
    if response_violations(response):
        return True
    # The pointer whole: "/id" is not "/identifier".
    if run_id_at is None or not re.search(f"the answer has no run id at {re.escape(run_id_at)}(:|$)", error):
        return False
    try:
        document = response.json()
    except ValueError:
        document = None  # no JSON at all: no id in it either
    return not holds_value(document, run_id_at)


def holds_value(document: Any, pointer: str) -> bool:
    """Whether ``document`` holds a value at JSON Pointer ``pointer``: one that is there, not null and not ``""``
    (read here, not with the facade's reader, which is what is judged)."""
    node = document
    for key in pointer_steps(pointer):
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return False
    return node is not None and node != ""


# The largest integer a double, and so JSON as JavaScript reads it, holds exactly (Number.MAX_SAFE_INTEGER).
JSON_EXACT = 2**53 - 1
# ASCII parts of the classes a spec's \p{...} names (Unicode's, and Java's that AWS writes), which Python's re cannot
# compile: a value drawn from the part is in the class for every engine. One not named here is left as it is.
_CLASS_PARTS = {
    **dict.fromkeys(("L", "Letter", "Alpha"), "A-Za-z"),
    **dict.fromkeys(("Lu", "Upper"), "A-Z"),
    **dict.fromkeys(("Ll", "Lower"), "a-z"),
    **dict.fromkeys(("N", "Nd", "Digit"), "0-9"),
    **dict.fromkeys(("Z", "Zs"), " "),
    **dict.fromkeys(("P", "Punct"), "!,.:;?_\\-"),
    **dict.fromkeys(("ASCII", "Print", "all"), " -~"),
    "Alnum": "A-Za-z0-9",
    "XDigit": "0-9A-Fa-f",
    "Graph": "!-~",
    "S": "$+<=>\\^`\\|\\~",
}


def drawable_pattern(pattern: str) -> str:
    """``pattern`` as values are drawn from it: anchored, ASCII ``\\w``, ``\\d`` and ``\\s`` (``(?a)``), ``$``
    as the end only, and each ``\\p{...}`` outside a negated class as the ASCII part of its class
    (``_CLASS_PARTS``). A value drawn from it matches ``pattern`` too; where no part is known, ``re`` still
    refuses it, and the test says so."""
    out: list[str] = []
    in_class = negated = False
    index = first = 0  # first: where the open class's members start (a "]" there is a member)
    while index < len(pattern):
        char = pattern[index]
        found = re.match(r"\\p\{(\w+)\}", pattern[index:])
        if found and not negated and (in_class or found[1] in _CLASS_PARTS):
            # A class with no ASCII part (\p{M}) is left out of the class it is one member of: still a part of it.
            part = _CLASS_PARTS.get(found[1], "")
            out.append(part if in_class else f"[{part}]")
            index += len(found[0])
            continue
        if char == "$" and not in_class:  # the end, as ECMA 262 reads it: Python's $ also matches before a last \n
            out.append("\\Z")
            index += 1
            continue
        if in_class and char in "|&~":  # literal in a class; doubled, Python reads a set operation to come
            out.append("\\" + char)
            index += 1
            continue
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class, negated = True, pattern[index + 1 : index + 2] == "^"
            first = index + 1 + negated
        elif char == "]" and in_class and index > first:
            in_class = negated = False
        out.append(char)
        index += 1
    body = "".join(out)
    flags = re.match(r"\(\?[aiLmsux]+\)", body)  # a pattern's own flags stay at its start, as re asks
    start = flags[0] if flags else ""
    # Anchored at both ends: a value matching the whole matches anywhere too, and a length bound beside an
    # unanchored pattern (AWS's UUIDs) no longer makes hypothesis throw away nearly every value it draws.
    return f"(?a){start}^(?:{body[len(start) :]})\\Z"


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
    if isinstance(schema.get("properties"), dict):  # a readOnly property is not sent (as at the top level)
        dropped = {name for name, value in narrowed["properties"].items() if _read_only(value)}
        narrowed["properties"] = {name: v for name, v in narrowed["properties"].items() if name not in dropped}
        if isinstance(schema.get("required"), list):
            narrowed["required"] = [name for name in schema["required"] if name not in dropped]
    if "integer" in _types(schema):
        narrowed["minimum"] = max(schema.get("minimum", -JSON_EXACT), -JSON_EXACT)
        narrowed["maximum"] = min(schema.get("maximum", JSON_EXACT), JSON_EXACT)
    if isinstance(schema.get("pattern"), str):
        narrowed["pattern"] = drawable_pattern(_with_lengths(schema["pattern"], schema))
    if "items" in schema or "array" in _types(schema):
        narrowed["maxItems"] = min(schema.get("maxItems", FEW), max(schema.get("minItems", 0), FEW))
    if isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties"):
        fewest = max(schema.get("minProperties", 0), len(schema.get("required", [])), FEW)
        narrowed["maxProperties"] = min(schema.get("maxProperties", fewest), fewest)
    return narrowed


# A pattern that is one repeated character class (AWS's "^[a-f0-9\-]+$"), anchored or not at either end, after a
# lookahead maybe (AWS's "^(?!\s*$).+": not only spaces).
_ONE_CLASS = re.compile(r"\^?(\(\?[!=][^()]*\))?(\[(?:\\.|[^\]\\])+\]|\\.|\.)[+*]\$?")


def _with_lengths(pattern: str, schema: dict[str, Any]) -> str:
    """``pattern`` with the string's length bounds as its repeat count, where it is one repeated class: drawn
    first and filtered by length after, a 36-character UUID of ``[a-f0-9\\-]+`` is almost never drawn."""
    found = _ONE_CLASS.fullmatch(pattern)
    if not found or not {"minLength", "maxLength"} & set(schema):
        return pattern
    fewest = max(schema.get("minLength", 0), 1 if pattern.rstrip("$").endswith("+") else 0)
    return f"^{found[1] or ''}{found[2]}{{{fewest},{schema.get('maxLength', '')}}}$"


def _read_only(schema: Any) -> bool:
    """``readOnly: true`` on ``schema`` or one of its ``allOf`` parts (Azure's ``allOf: [$ref], readOnly``)."""
    if not isinstance(schema, dict):
        return False
    return schema.get("readOnly") is True or any(_read_only(part) for part in schema.get("allOf") or [])


# Items in a drawn list or map, where the spec allows more: AWS's 100 rows of up to 100 cells each overran
# hypothesis's buffer, and so few cases ran that the test failed its own count. What the spec bounds is not.
FEW = 3
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
    paths: frozenset[str] = frozenset()  # the facade names of path parameters

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
        for name in self.paths:  # a path segment "." or ".." is a dot-segment: the URL drops it (RFC 3986 5.2.4)
            properties[name] = {"allOf": [properties[name], {"not": {"enum": [".", ".."]}}]}
        # Written in first (``inlined``): json_exact then sees what a $ref hides, a readOnly included.
        drawable: dict[str, Any] = json_exact(inlined({**self.schema, "properties": properties}))
        return drawable


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _read_only_in(spec: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    """``readOnly: true`` on ``schema`` itself (beside its ``$ref``: Google's ``appliedCapabilities``), behind its
    ``$ref`` or on an ``allOf`` part; ``depth`` ends a search in an ``allOf`` that holds itself."""
    if not isinstance(schema, dict) or depth > 16:
        return False
    if schema.get("readOnly") is True:
        return True
    parts = [*(schema.get("allOf") or []), *([{"$ref": schema["$ref"]}] if "$ref" in schema else [])]
    return any(_read_only_in(spec, _resolve(spec, part), depth + 1) for part in parts)


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
    # The spec's name -> the facade's, for the parameters and for the body: a body field named like a parameter
    # of another type is the caller's body_<name> (Endpoint.body_renames).
    parameter_name: dict[str, str] = {}
    body_name: dict[str, str] = {}
    for model_name, facade_name, own in (
        (endpoint.parameters, parameter_name, {}),
        (endpoint.body, body_name, endpoint.body_renames),
    ):
        renames = {**own, **endpoint.renames}  # the body's own names first: they win
        for name, info in endpoint.model(model_name).model_fields.items() if model_name else ():
            caller = next((caller for caller, spec_name in renames.items() if spec_name == name), name)
            facade_name[info.alias or name] = caller
    properties: dict[str, Any] = {}
    required: list[str] = []
    headers: set[str] = set()
    paths: set[str] = set()
    for parameter in parameters:
        # Accept, Content-Type, Authorization and Content-Length are no parameters (OpenAPI ignores them) and the
        # facade has none of that name: the client sets them.
        if parameter.get("in") == "header" and str(parameter.get("name")).lower() in IGNORED_HEADERS:
            continue
        if parameter.get("in") in ("path", "query", "header"):
            caller = parameter_name[parameter["name"]]
            if parameter["in"] == "header":
                headers.add(caller)
            if parameter["in"] == "path":
                paths.add(caller)
            schema = _resolve(spec, parameter["schema"])
            properties[caller] = not_empty(parameter, schema)
            if parameter.get("in") == "path" or parameter.get("required"):
                required.append(caller)
    # The body in JSON, whatever its media type's name (VTEX's application/vnd.vtex.giftcard.v1+json, Azure
    # Batch's application/json; odata=minimalmetadata): the facade sends it.
    content = operation.get("requestBody", {}).get("content", {})
    body = next((value.get("schema") for media, value in content.items() if is_json(media)), None)
    parts = _members(spec, body) if body is not None else []
    if parts and "root" in body_name and not any("properties" in part for part in parts):
        # A body that is one value (a list: Xero's payroll items), which the caller gives as ``root``.
        properties[body_name["root"]] = body
        if operation["requestBody"].get("required"):
            required.append(body_name["root"])
    named = dict(properties)  # the parameters'; a body field of the same name takes the same value
    for part in parts:
        for prop, prop_schema in part.get("properties", {}).items():
            if _read_only_in(spec, prop_schema):
                continue  # the vendor's to write, never the caller's: OpenAPI says a request does not send it
            caller = body_name[prop]
            if caller in named:
                # A name the spec repeats in one type (Testsigma's project_id in path and body) is given once and
                # sent to both, so a valid value is valid for both.
                properties[caller] = {"allOf": [named.pop(caller), prop_schema]}
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
    json_names = {caller: spec for names in (parameter_name, body_name) for spec, caller in names.items()}
    return Operation(vendor, name, with_format_bounds(schema), json_names, frozenset(headers), frozenset(paths))
