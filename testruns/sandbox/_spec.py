"""One vendor's effective spec in the sandbox: its routes, and openapi-core judging each request.

The spec is the one the vendor's client was generated from (``openapi.json`` in
its generated package), so the sandbox, the client and the contract tests agree
on one document. Every operation of it is routed: the ones the manifest maps
play their part of a run, the others are answered from their schemas. Routing is
ours (a regex per path template, literal paths first, as OpenAPI matches them);
every judgement on the request (security, path and query parameters, headers,
content type, body) is openapi-core's.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import (
    InvalidRequestBody,
    ParameterValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ..vendors.manifest import VendorEntry
from ..vendors.openapi import (
    is_json,
    python_re_error,
    read_only_not_required,
    resolve,
    spec_operations,
    without_patterns,
)

# openapi-core matches the request URL against the spec's servers; the sandbox
# rewrites them to this host plus the vendor's prefix, whatever host it listens on.
_HOST = "http://sandbox"
# Every spec lookup openapi-core makes walks the document; caching the resolved
# nodes makes validation several times faster, and the documents are small.
_RESOLVED_CACHE_SIZE = 4096

Kind = Literal["trigger", "cancel", "status"]
# Where an operation does not document the status a case calls for, the nearest it does, in this order
# (then its first documented 4xx): what a client would do with the answer decides how near one is.
_NEAREST_STATUS: dict[int, tuple[int, ...]] = {
    400: (422, 404, 409),
    401: (403, 400, 422),
    403: (401, 400, 422),
    404: (410, 400, 422),
    409: (400, 422),
    422: (400,),
}
# A refusal lists at most this many of the vendor's paths.
_SHOWN_PATHS = 8


@dataclass(frozen=True)
class Route:
    """One operation of the vendor's spec, as the sandbox plays it."""

    kind: Kind | None  # None: an operation the manifest does not map, answered from its schemas alone
    operation_id: str
    method: str
    template: str  # the full path template, prefix included
    pattern: re.Pattern[str]
    success_status: int
    responses: frozenset[str]  # every response the spec lists, upper-cased: "404", "4XX", "DEFAULT"
    integer_parameters: frozenset[str]
    query_names: frozenset[str] = frozenset()  # the query parameters the operation declares
    group_names: Mapping[str, str] = field(default_factory=dict)  # regex group -> the parameter's name
    secured: bool = True  # False where the spec declares no security for the operation
    # What tells operations on one path apart where the template names it after a "#" (AWS's
    # "/#X-Amz-Target=Service.Action" and "/#Action=CreateRole"): a header or query value, by lower-case name.
    selects: tuple[tuple[Literal["header", "query"], str, str], ...] = ()

    def selected(self, query: Mapping[str, str], headers: Mapping[str, str]) -> bool:
        """Whether the request carries what ``selects`` asks for (always, where the template names nothing)."""
        given = {"query": query, "header": headers}
        return all(given[where].get(name) == value for where, name, value in self.selects)

    def documents(self, status: int) -> bool:
        """Whether the spec lists ``status`` for this operation (itself, its range such as 4XX, or default)."""
        return bool({str(status), f"{status // 100}XX", "DEFAULT"} & self.responses)

    def closest(self, status: int) -> int:
        """``status`` where the spec documents it for this operation, else the nearest status it documents.

        None near: its first documented 4xx. None at all (an operation that lists only its success): ``status``.
        """
        for candidate in (status, *_NEAREST_STATUS.get(status, ())):
            if self.documents(candidate):
                return candidate
        errors = sorted(int(code) for code in self.responses if code.isdigit() and 400 <= int(code) < 500)
        return errors[0] if errors else status

    def raw_path_values(self, match: re.Match[str]) -> dict[str, str]:
        """The path parameters as text, by their names in the spec."""
        return {self.group_names.get(group, group): value for group, value in match.groupdict().items()}

    def path_values(self, match: re.Match[str]) -> dict[str, Any]:
        """The path parameters, typed as the spec types them (only after openapi-core accepted them)."""
        values: dict[str, Any] = self.raw_path_values(match)
        for name in self.integer_parameters & values.keys():
            values[name] = int(values[name])
        return values


@dataclass(frozen=True)
class Rejection:
    """Why a request breaks the spec: the status a vendor would answer, a message and the fields."""

    status: int
    message: str
    details: Mapping[str, list[str]] = field(default_factory=dict)
    allow: tuple[str, ...] = ()  # for a 405: the methods the path has


@dataclass
class _Request:
    """What openapi-core reads of a request (its Request and SupportsPathPattern protocols)."""

    path: str
    path_pattern: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    host_url: str = _HOST


class VendorSpec:
    """Routes and judges the requests to one vendor under ``/<vendor id><server path>``."""

    def __init__(self, vendor: VendorEntry, key: str) -> None:
        self.vendor = vendor
        self._key = key
        document = json.loads(resources.files(vendor.package).joinpath("openapi.json").read_text("utf-8"))
        self.document: dict[str, Any] = json.loads(json.dumps(document))  # as published, servers untouched
        server_path = urlsplit(vendor.regions[vendor.default_region]).path.rstrip("/")
        self.base_path = f"/{vendor.id}{server_path}"
        # The document openapi-core judges requests by: a required readOnly property is required in answers only.
        document = read_only_not_required(document)
        document["servers"] = [{"url": f"{_HOST}{self.base_path}"}]
        # What openapi-core could not judge by is left unchecked, and said so (``notes``).
        document, notes = _servable(document, vendor.id)
        self.notes = tuple(notes)
        spec = SchemaPath.from_dict(document, resolved_cache_maxsize=_RESOLVED_CACHE_SIZE)
        # The generator validated this document already (what changes no code is a note of its, not a refusal);
        # openapi-core's own check would refuse those again and the sandbox would serve nothing.
        # (None is openapi-core's documented way to turn the check off; its Config's annotation leaves it out.)
        # JSON under a vendor's own media type (VTEX's application/vnd.vtex.giftcard.v1+json) is read as JSON, as
        # the generator and the client read it; openapi-core knows only the usual names and kept it as bytes.
        json_media = {media: _json_loads for media in _body_media_types(document) if is_json(media)}
        unchecked = Config(spec_validator_cls=None, extra_media_type_deserializers=json_media)  # type: ignore[arg-type]
        self._validator = OpenAPI(spec, config=unchecked).request_validator
        self.routes = tuple(self._routes(document))
        # Exactly what the facade sends when every variable holds the sandbox's key.
        self._expected = vendor.auth.render(dict.fromkeys(vendor.auth.variables, key))

    @property
    def key(self) -> str:
        """The one key this vendor's stand-in accepts (the ``echo-key`` fault says it back)."""
        return self._key

    def _routes(self, document: Mapping[str, Any]) -> Iterable[Route]:
        kinds: dict[str, Kind] = {}
        for name in ("trigger", "cancel", "status"):
            if name in self.vendor.operation_ids:
                kinds[self.vendor.operation_ids[name]] = name
        routes = []
        for op in spec_operations(document):
            parameters = [p for p in op.parameters if p.get("in") == "path"]
            path_template, _, fragment = op.template.partition("#")
            regex = re.escape(self.base_path + path_template)
            names: dict[str, str] = {}
            for index, parameter in enumerate(parameters):
                # Group names are p0, p1 ...: a parameter's name need not be a Python identifier.
                names[f"p{index}"] = parameter["name"]
                regex = regex.replace(re.escape("{" + parameter["name"] + "}"), f"(?P<p{index}>[^/]+)")
            responses = frozenset(str(code).upper() for code in op.operation.get("responses") or {})
            successes = [int(code) for code in responses if code.isdigit() and code.startswith("2")]
            security = op.operation.get("security", document.get("security")) or []
            routes.append(
                Route(
                    kind=kinds.get(op.operation_id),
                    operation_id=op.operation_id,
                    method=op.method.upper(),
                    template=self.base_path + op.template,
                    pattern=re.compile(regex + "$"),
                    success_status=min(successes, default=200),
                    responses=responses,
                    integer_parameters=frozenset(
                        p["name"] for p in parameters if resolve(document, p.get("schema", {})).get("type") == "integer"
                    ),
                    group_names=names,
                    query_names=frozenset(
                        str(resolve(document, p).get("name"))
                        for p in op.parameters
                        if resolve(document, p).get("in") == "query"
                    ),
                    # An empty requirement ({}) among the alternatives makes the credential optional.
                    secured=bool(security) and all(security),
                    selects=_selects(fragment, op.parameters),
                )
            )
        # A literal path wins over a templated one that also matches it (/runs/latest before /runs/{id}); one
        # that names a header or query value wins over one that names none.
        return sorted(routes, key=lambda route: (route.template.count("{"), not route.selects))

    def route(
        self, method: str, path: str, query: str = "", headers: Mapping[str, str] | None = None
    ) -> tuple[Route, re.Match[str]] | Rejection:
        """The operation ``method path`` asks for, or the vendor's 404 / 405 (``query`` and ``headers``, with
        lower-case names, choose among operations sharing a path: ``Route.selects``)."""
        allowed = []
        values = {name.lower(): value for name, value in parse_qsl(query, keep_blank_values=True)}
        for route in self.routes:
            match = route.pattern.match(path)
            if match and route.selected(values, headers or {}):
                if route.method == method:
                    return route, match
                allowed.append(route.method)
        if allowed:
            return Rejection(405, f"{method} is not allowed on {path}; use {', '.join(allowed)}", allow=tuple(allowed))
        templates = sorted({route.template for route in self.routes})
        known = ", ".join(templates[:_SHOWN_PATHS]) + (" ..." if len(templates) > _SHOWN_PATHS else "")
        return Rejection(404, f"no such endpoint: {path} (this vendor has {known})")

    def judge(
        self, route: Route, match: re.Match[str], path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> Rejection | None:
        """None if openapi-core finds the request true to the spec; else why, as a 401 or a 400.

        The key is checked first, as a vendor would (where the operation is secured), then that a body is
        JSON at all (openapi-core cannot be trusted with bytes that are not UTF-8 or nested a hundred
        thousand deep). ``query`` is the request's query string, as sent.
        """
        credential = self._credential(headers) if route.secured else None
        if credential is not None:
            return Rejection(401, credential)
        unknown = sorted({name for name, _ in parse_qsl(query, keep_blank_values=True)} - route.query_names)
        if unknown:
            # What the operation does not declare is refused, as a strict vendor would: a misspelt parameter
            # sent to the sandbox is a caller's bug to find here, not one to find at the vendor.
            shown = ", ".join(repr(name) for name in unknown[:5])
            return Rejection(400, f"invalid request: query: unknown parameter {shown}", {"query": ["unknown"]})
        if body and not _is_json(body):
            return Rejection(
                400, "invalid request: body: not UTF-8 JSON (or nested too deeply)", {"body": ["not JSON"]}
            )
        request = _Request(
            path=path,
            path_pattern=route.template,
            method=route.method.lower(),
            body=body or None,
            content_type=headers.get("content-type", ""),
            parameters=RequestParameters(
                query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
                header=Headers(headers),
                cookie=ImmutableMultiDict(_cookies(headers.get("cookie", ""))),
                path=route.raw_path_values(match),
            ),
        )
        errors = [
            error for error in self._validator.iter_errors(request) if not isinstance(error, SecurityValidationError)
        ]
        if not errors:
            return None
        details: dict[str, list[str]] = {}
        for error in errors:
            for name, problem in _problems(error):
                details.setdefault(name, []).append(problem)
        summary = "; ".join(f"{name}: {', '.join(problems)}" for name, problems in details.items())
        return Rejection(400, f"invalid request: {summary}", details)

    def _credential(self, headers: Mapping[str, str]) -> str | None:
        """Why the request's credentials are refused, or None: only the sandbox's own key is accepted."""
        for name, expected in self._expected.items():
            value = headers.get(name.lower(), "")
            scheme, _, rest = expected.partition(" ") if " " in expected else ("", "", expected)
            given = value.removeprefix(f"{scheme} ").strip() if scheme and value.startswith(f"{scheme} ") else value
            if not given.strip() or (scheme and not value.startswith(f"{scheme} ")):
                return f"missing or empty {name} header"
            # The key given is never echoed: a user may have pasted a real one.
            if not hmac.compare_digest(given.encode("utf-8", "replace"), rest.encode()):
                return f"the key in the {name} header is not this sandbox's key"
        return None


def _selects(fragment: str, parameters: Iterable[Mapping[str, Any]]) -> tuple[tuple[Any, str, str], ...]:
    """What a template's fragment (``X-Amz-Target=Service.Action``) asks of a request: each ``name=value``
    is the value of the operation's header or query parameter of that name (a header, where it declares none)."""
    where = {str(p.get("name", "")).lower(): p.get("in") for p in parameters}
    found = []
    for name, value in parse_qsl(fragment, keep_blank_values=True):
        found.append(("query" if where.get(name.lower()) == "query" else "header", name.lower(), value))
    return tuple(found)


def _json_loads(value: bytes | str, **_parameters: str) -> Any:
    """A JSON body, whatever parameters its media type names (openapi-core passes them on)."""
    return json.loads(value)


def _body_media_types(document: Mapping[str, Any]) -> set[str]:
    """The media types the document's request bodies are offered in."""
    found: set[str] = set()
    for operation in spec_operations(document):
        body = resolve(document, operation.request_body)
        content = body.get("content") if isinstance(body, Mapping) else None
        found |= {media for media in content if isinstance(media, str)} if isinstance(content, Mapping) else set()
    return found


def _servable(document: dict[str, Any], vendor: str) -> tuple[dict[str, Any], list[str]]:
    """``document`` as openapi-core can judge every request with it, and a note for what it gives up.

    Every operation is served on the sandbox's one base URL, so servers given per path or per operation go
    (Pinecone's data plane). A ``pattern`` Python's ``re`` cannot compile (``\\p{L}``, a dialect of another
    engine) is left out: jsonschema would raise on it at every request, so the value it constrains goes
    unchecked, and the note names the pattern and where it was. A discriminator on a named schema's ``allOf``
    is left out likewise, and named in a note.
    """
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            item.pop("servers", None)
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.pop("servers", None)
    document, dropped = without_patterns(document, python_re_error)
    notes = [
        f"{vendor}: the pattern {pattern!r} at {where} is not one Python's re compiles ({reason}); the sandbox "
        "leaves the value it constrains unchecked"
        for where, pattern, reason in dropped
    ]
    found = (document.get("components") or {}).get("schemas")
    schemas: dict[str, Any] = found if isinstance(found, dict) else {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "discriminator" in schema and "allOf" in schema:
            # A base schema's discriminator (Azure's AlertRule, whose Fusion kind no schema is named after):
            # openapi-schema-validator follows the value to the schema it names instead of checking the allOf,
            # which names nothing (the value is not a schema's name) or loops (the subtype's allOf is the base).
            schemas[name] = {key: value for key, value in schema.items() if key != "discriminator"}
            notes.append(
                f"{vendor}: the discriminator of #/components/schemas/{name} is on its allOf, which the sandbox's "
                "validator cannot follow; the sandbox checks the allOf alone and leaves what each kind adds unchecked"
            )
    return document, notes


def _cookies(header: str) -> list[tuple[str, str]]:
    """The ``name=value`` pairs of a Cookie header."""
    pairs = (part.strip().partition("=") for part in header.split(";"))
    return [(name, value) for name, sign, value in pairs if sign and name]


def _is_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except (ValueError, RecursionError):
        return False
    return True


def _problems(error: Exception) -> Iterable[tuple[str, str]]:
    """(field, what is wrong) for one openapi-core error."""
    if isinstance(error, InvalidRequestBody):
        for schema_error in getattr(error.__cause__, "schema_errors", ()):
            yield _field(schema_error), schema_error.message
    elif isinstance(error, ParameterValidationError):
        cause = error.__cause__
        reasons = [e.message for e in getattr(cause, "schema_errors", ())] or [_cast_reason(cause)]
        for reason in reasons:
            yield error.name, reason
    else:
        yield "body", str(error).removeprefix("Request body validation error: ")


def _field(error: Any) -> str:
    # error is a jsonschema ValidationError (jsonschema ships no type stubs).
    where = [str(part) for part in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        # jsonschema reports each missing property as its own error, named only in the message.
        missing = [name for name in error.validator_value if name not in error.instance and repr(name) in error.message]
        where.extend(missing[:1])
    return ".".join(where) or "body"


def _cast_reason(cause: BaseException | None) -> str:
    expected = getattr(cause, "type", None)
    return f"{getattr(cause, 'value', '')!r} is not of type {expected!r}" if expected else str(cause)
