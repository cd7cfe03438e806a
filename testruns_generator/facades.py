"""Manifest entry + spec + generated package -> the vendor's typed facade classes (``<package>/facade.py``).

Each mapped operation becomes a method with explicit keyword parameters (the
spec's types, ``Literal`` for enums, ``None`` for optional ones), a docstring
built from the spec (summary, each parameter's description, bounds, default)
and an ``Endpoint`` that says which generated call it makes and where the run
id and status are in the answer. The generator also checks here that every
parameter of a mapped operation reached both the generated call and the
request models, and fails naming the vendor, the operation and the parameter.
"""

from __future__ import annotations

import ast
import builtins
import datetime
import enum
import functools
import importlib.util
import re
import sys
import types
import typing
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from testruns.adapters import CALL_KEYWORDS
from testruns.vendors import VENDOR_MODULE, Constant, FromParameter, OperationEntry, VendorEntry, success_answer

from .cli_fields import input_fields
from .effective_spec import python_name
from .errors import GenerationError
from .models import operations, pascal_case
from .pointers import missing_step
from .source import tuple_source

if TYPE_CHECKING:
    import jinja2

FACADE_FILE = "facade.py"
# The request models' module in each package (the pydantic models that judge each call, loaded with it).
MODELS_MODULE = "request_models"
# The facade's own templates (openapi-python-client's overrides are in the folder above).
TEMPLATES = Path(__file__).resolve().parent / "templates" / "testruns"
# The facade's own keywords: a spec parameter of that name gets a trailing underscore (``timeout_``), as in the calls
# by vendor id; ``poll`` and ``on_status`` are a wait's.
_TAKEN = CALL_KEYWORDS | {"self"}
# What ruff calls ambiguous in a docstring, written the plain way.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Parameter:
    """One parameter of a facade method."""

    caller: str  # the facade's name (a rename applied)
    python: str  # the Python identifier in the signature
    annotation: str
    required: bool
    doc: str


@dataclass(frozen=True)
class Method:
    """One facade operation: its endpoint and its method's parameters, summary and what it returns."""

    name: str
    endpoint: dict[str, Any]
    parameters: list[Parameter]
    summary: str
    returns: str

    @property
    def returns_type(self) -> str:
        """The method's return annotation."""
        return "RunStatus" if self.name == "status" else "TriggeredRun"

    @property
    def signature(self) -> str:
        """The method's parameters: the vendor's, then ``timeout``."""
        return _signature(self)

    @property
    def docstring(self) -> str:
        """The method's docstring, indented for its body."""
        return _docstring(self, "        ")

    @property
    def calls(self) -> tuple[str, str]:
        """What the sync and the async method return."""
        return _call(self, False), _call(self, True)

    @property
    def wait_signature(self) -> str:
        """``wait``'s parameters: the status method's, then the wait's own."""
        own = ("timeout: float = DEFAULT_WAIT", "poll: float = DEFAULT_POLL", "on_status: OnStatus | None = None")
        return _signature(self, own)

    @property
    def wait_docstring(self) -> str:
        """``wait``'s docstring, indented for its body."""
        return _docstring(self, "        ", waiting=True)

    @property
    def waits(self) -> tuple[str, str]:
        """What the sync and the async ``wait`` return."""
        values = f"{{{_values(self)}}}, timeout=timeout, poll=poll, on_status=on_status"
        return f"self.wait_for({values})", f"await self.wait_for_async({values})"


def class_name(vendor: VendorEntry) -> str:
    """``Tester Army`` -> ``TesterArmy``: the sync facade's class; the async one is ``Async<that>``."""
    return pascal_case(vendor.name) or pascal_case(vendor.id)


def docstring_text(text: object) -> str:
    """Vendor prose made safe inside a docstring: one line, plain punctuation, no quotes that end it."""
    plain = " ".join(str(text).split()).translate(_PLAIN)
    plain = "".join(ch for ch in unicodedata.normalize("NFKC", plain) if ch.isprintable())
    return plain.replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def _load_models(path: Path, vendor: str) -> dict[str, Any]:
    """The freshly generated pydantic models, loaded from the staging folder under a private name."""
    name = f"_testruns_generating_{vendor}_request_models"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves the module's annotations through sys.modules
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return vars(module)


def _api_module(package_dir: Path, operation_id: str, where: str) -> tuple[str, ast.FunctionDef]:
    """The generated module of ``operation_id`` (``api.<tag>.<name>``) and its ``request_kwargs``."""
    module = python_name(operation_id)
    found = sorted((package_dir / "api").glob(f"*/{module}.py"))
    if len(found) != 1:
        raise GenerationError(f"openapi-python-client wrote no module {module}.py for operationId {operation_id!r}")
    tree = ast.parse(found[0].read_text(encoding="utf-8"))
    function = next(
        (node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "request_kwargs"), None
    )
    if function is None:
        raise GenerationError(f"{found[0].name} has no request_kwargs: the endpoint template did not apply", file=where)
    return f"api.{found[0].parent.name}.{module}", function


def _body_class(function: ast.FunctionDef, operation_id: str, vendor: str) -> tuple[str | None, bool]:
    """The generated client's class for the request body, from ``request_kwargs``' ``body`` annotation, and
    whether the body is a JSON array of it.

    The facade builds a body with its model's ``from_dict`` (each item's, for an array of models). A body
    that is no model (a bare value, an array of them) or is untyped (``Any``) has no class: it is sent as the
    caller gives it. A body of anything else is an error naming the operation.
    """
    for argument in function.args.kwonlyargs:
        if argument.arg == "body" and argument.annotation is not None:
            names = [n.id for n in ast.walk(argument.annotation) if isinstance(n, ast.Name) and n.id != "Unset"]
            if names[:1] == ["list"] and len(names) == 2 and names[1] not in dir(builtins):
                return names[1], True
            if names and (names[0] == "Any" or all(name in dir(builtins) for name in names)):
                return None, False
            if names and names[0] in dir(builtins):
                raise GenerationError(
                    f"operation {operation_id!r} takes a request body of type {ast.unparse(argument.annotation)}, "
                    "which the facade cannot send: map another operation, or give it an object body in the overlay",
                    vendor=vendor,
                )
            return (names[0], False) if names else (None, False)
    return None, False


def _argument_names(function: ast.FunctionDef) -> set[str]:
    return {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}


def _without_none(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(kept) == 1:
            return kept[0]
        return typing.Union[tuple(kept)]  # noqa: UP007 - built from a runtime tuple
    return annotation


def render(annotation: Any, imports: set[str]) -> str:
    """A model field's annotation as the facade's parameter type: what a caller may pass."""
    annotation = _without_none(annotation)
    root = getattr(annotation, "model_fields", {}).get("root") if isinstance(annotation, type) else None
    if root is not None:  # a RootModel of a constrained value (an int32 list item)
        return render(root.annotation, imports)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        imports.add("from typing import Literal")
        return f"Literal[{', '.join(repr(member.value) for member in annotation)}]"
    if annotation in (int, str, float, bool):
        return str(annotation.__name__)
    if annotation is uuid.UUID:
        imports.add("from uuid import UUID")
        return "UUID | str"
    if annotation in (datetime.datetime, datetime.date):
        imports.add("import datetime")
        return f"datetime.{annotation.__name__} | str"
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return f"list[{render(item, imports)}]"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(render(arg, imports) for arg in typing.get_args(annotation))
    imports.add("from typing import Any")
    return "dict[str, Any]" if (isinstance(annotation, type) or origin is dict) else "Any"


def _describe(info: Any, annotation: Any) -> str:
    """The parameter's line in the docstring: description, then bounds, enum values and the vendor's default."""
    parts = [docstring_text(info.description)] if info.description else []
    facts = []
    for item in info.metadata:
        for name, word in (("ge", "at least"), ("gt", "more than"), ("le", "at most"), ("lt", "less than")):
            if getattr(item, name, None) is not None:
                facts.append(f"{word} {getattr(item, name)}")
    plain = _without_none(annotation)
    if isinstance(plain, type) and issubclass(plain, enum.Enum):
        facts.append("one of " + ", ".join(str(member.value) for member in plain))
    if not info.is_required() and info.default is not None:
        facts.append(f"vendor default {getattr(info.default, 'value', info.default)!r}")
    facts.append("required" if info.is_required() else "optional, not sent when None")
    return " ".join([*parts, f"({'; '.join(facts)})"])


def _pointer_text(where: str | FromParameter | Constant | None) -> str:
    if isinstance(where, FromParameter):
        return f"the {where.parameter} you gave"
    if isinstance(where, Constant):
        return repr(where.value)
    return f"the answer's {where}" if where else "none (the vendor gives none)"


def _endpoint(
    entry: OperationEntry,
    module: str,
    models: dict[str, Any],
    body_class: tuple[str | None, bool],
    all_renames: tuple[dict[str, str], dict[str, str]],
    package: str,
    defaults: dict[str, str],
    needs_key: bool,
) -> dict[str, Any]:
    """What the facade's ``Endpoint`` for ``entry`` holds, as the template writes it; ``all_renames``: the
    caller's name -> a model field's, for both parts, then for the body alone (``body_<name>``)."""
    renames, body_renames = all_renames
    pascal = pascal_case(entry.operation_id)
    response = sorted(name for name in models if re.fullmatch(rf"{pascal}Response2\d\d", name))
    parts = [models[name] for name in (f"{pascal}Parameters", f"{pascal}Body") if name in models]
    shown = {spec: caller for caller, spec in renames.items()}
    inputs = input_fields(parts, shown, defaults, {spec: caller for caller, spec in body_renames.items()})
    states = None
    if entry.states:
        states = {
            "states": dict(entry.states),
            "verdict_at": entry.verdict,
            "verdicts": dict(entry.verdicts),
            "message_at": tuple(entry.message),
        }
    return {
        # The API module by name: it loads with the operation's first call, with only the models it names.
        "api": f"{package}.{module}",
        "models": f"{package}.{MODELS_MODULE}",
        "parameters": f"{pascal}Parameters" if f"{pascal}Parameters" in models else None,
        "body": f"{pascal}Body" if f"{pascal}Body" in models else None,
        "body_class": body_class[0] if body_class[0] and f"{pascal}Body" in models else None,
        "body_items": body_class[1] and f"{pascal}Body" in models,
        "response": response[0] if response else None,
        "run_id_parameter": entry.run_id.parameter if isinstance(entry.run_id, FromParameter) else None,
        "run_id_at": entry.run_id if isinstance(entry.run_id, str) else None,
        "status_value": entry.status.value if isinstance(entry.status, Constant) else None,
        "status_at": entry.status if isinstance(entry.status, str) else None,
        "renames": renames,
        "body_renames": body_renames,
        "states": states,
        "inputs": inputs,
        "defaults": {name: variable for name, variable in defaults.items() if any(f.name == name for f in inputs)},
        "needs_key": needs_key,
    }


def _check_pointers(
    vendor: VendorEntry, name: str, entry: OperationEntry, spec: dict[str, Any], operation: dict[str, Any]
) -> None:
    """Every pointer the manifest reads the answer at must be a field of the success answer's schema."""
    status, schema = success_answer(operation)
    pointers = {
        "run_id": entry.run_id if isinstance(entry.run_id, str) else None,
        "status": entry.status if isinstance(entry.status, str) else None,
        "verdict": entry.verdict,
        **{f"message[{index}]": pointer for index, pointer in enumerate(entry.message)},
    }
    for key, pointer in pointers.items():
        if pointer is None:
            continue
        missing = None if schema is None else missing_step(spec, schema, pointer)
        if schema is None or missing is not None:
            lacks = "no JSON body" if schema is None else f"no {missing!r} there"
            raise GenerationError(
                f"operations.{name}.{key} reads {pointer}, but the {status or 'success'} answer of "
                f"{entry.operation_id!r} has {lacks}: the vendor moved or removed it; point the manifest at its "
                "new place (or correct the spec in the overlay)",
                vendor=vendor.id,
            )


def _needs_key(spec: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether the operation asks for credentials: its own ``security``, else the document's (OpenAPI 3.x).
    None at all, an empty list, or an empty requirement among them (credentials optional): the facade then
    neither demands a key nor sends one."""
    security = operation.get("security", spec.get("security")) or []
    return bool(security) and all(requirement for requirement in security)


def _spec_names(model: Any) -> dict[str, str]:
    """The spec's name (the field's alias, else its name) -> the model's field name."""
    return {(info.alias or name): name for name, info in model.model_fields.items()}


def _method(
    vendor: VendorEntry,
    name: str,
    entry: OperationEntry,
    spec: dict[str, Any],
    package_dir: Path,
    models: dict[str, Any],
) -> tuple[Method, str | None, set[str], list[str]]:
    """The facade method of operation ``name``, its body's client class, the imports it needs and its notes."""
    where = f"vendors[{vendor.id}].operations.{name}"
    found = next(((op, params) for op_id, op, params in operations(spec) if op_id == entry.operation_id), None)
    if found is None:
        raise GenerationError(f"operationId {entry.operation_id!r} is not in the spec", vendor=vendor.id)
    operation, spec_parameters = found
    _check_pointers(vendor, name, entry, spec, operation)
    module, function = _api_module(package_dir, entry.operation_id, where)
    pascal = pascal_case(entry.operation_id)
    parts = [models[n] for n in (f"{pascal}Parameters", f"{pascal}Body") if n in models]
    # Every parameter of the operation must reach the generated call and a model, or the facade could not send it.
    arguments = _argument_names(function)
    for parameter in spec_parameters:
        if parameter.get("in") == "cookie":
            raise GenerationError(
                f"operation {entry.operation_id!r} takes cookie parameter {parameter.get('name')!r}, which the "
                "facade cannot send: remove it in the overlay if the vendor does not need it",
                vendor=vendor.id,
            )
        spec_name = parameter.get("name", "")
        if python_name(spec_name) not in arguments or not any(spec_name in _spec_names(m) for m in parts):
            raise GenerationError(
                f"operation {entry.operation_id!r}: parameter {spec_name!r} ({parameter.get('in')}) did not reach "
                "the generated call or the request models",
                vendor=vendor.id,
            )
    # A model's field name -> the generated call's argument, where they differ (the spec's "$.xgafv" is the model's
    # field__xgafv and the call's xgafv): each namer has its own rule for a name that is no identifier.
    call_names = {
        field: python_name(spec_name)
        for model in [models[n] for n in (f"{pascal}Parameters",) if n in models]
        for spec_name, field in _spec_names(model).items()
        if python_name(spec_name) != field and python_name(spec_name) in arguments
    }
    renamed = {spec_name: caller for caller, spec_name in entry.renames.items()}
    # The facade's name -> the model's field name (the spec's testRunId is the model's test_run_id).
    field_renames = {
        caller: fields[spec_name]
        for caller, spec_name in entry.renames.items()
        for fields in map(_spec_names, parts)
        if spec_name in fields
    }
    imports: set[str] = set()
    parameters: dict[str, Parameter] = {}
    types: dict[str, str] = {}  # each caller's name -> the type its value has (a parameter's, then the body's)
    body = models.get(f"{pascal}Body")
    body_renames: dict[str, str] = {}
    notes: list[str] = []
    for model in parts:
        for spec_name, field in _spec_names(model).items():
            info = model.model_fields[field]
            caller = renamed.get(spec_name, renamed.get(field, field))
            annotation = render(info.annotation, imports)
            if caller in parameters and model is body and types[caller] != annotation:
                caller = _body_caller(vendor, name, entry.operation_id, caller, parameters, model, renamed)
                body_renames[caller] = field
                notes.append(
                    f"{vendor.id}: {entry.operation_id} requestBody: field {spec_name!r} is given as {caller} "
                    f"(--{caller.replace('_', '-')}): a parameter of another type has its name"
                )
            elif caller in parameters:
                continue  # a name the spec repeats (path and body) in one type is given once, sent to both
            types[caller] = annotation
            if info.is_required() and _without_none(info.annotation) is not info.annotation:
                annotation = f"{annotation} | None"  # required, yet the spec lets it be null
            if caller == "run_id" and annotation == "int":
                annotation = "int | str"  # every TriggeredRun.run_id is text
            python = f"{caller}_" if caller in _TAKEN else caller
            doc = _describe(info, info.annotation)
            required = info.is_required()
            if caller in vendor.defaults:  # given by the caller, else by its environment variable
                required, doc = False, f"{doc} (default: ${vendor.defaults[caller].env})"
            parameters[caller] = Parameter(caller, python, annotation, required, doc)
    for caller in entry.renames:
        if caller not in field_renames:
            raise GenerationError(
                f"operation {entry.operation_id!r}: renames names {entry.renames[caller]!r}, which it has no "
                "parameter or body field of",
                vendor=vendor.id,
            )
    summary = docstring_text(operation.get("summary") or operation.get("description") or f"{name} a run")
    if name == "status":
        words = ", ".join(f"{word} -> {state}" for word, state in entry.states.items())
        returns = f"RunStatus: the vendor's state from {_pointer_text(entry.status)} ({words})"
        if entry.verdict:
            returns += f"; a finished run's verdict from {_pointer_text(entry.verdict)}"
    else:
        returns = f"TriggeredRun: run_id from {_pointer_text(entry.run_id)}; status from {_pointer_text(entry.status)}"
    body_class = _body_class(function, entry.operation_id, vendor.id)
    defaults = {name: source.env for name, source in vendor.defaults.items()}
    endpoint = _endpoint(
        entry,
        module,
        models,
        body_class,
        (field_renames, body_renames),
        vendor.package,
        defaults,
        _needs_key(spec, operation),
    )
    endpoint["arguments"] = call_names
    method = Method(name, endpoint, list(parameters.values()), summary, returns)
    return method, body_class[0] if f"{pascal}Body" in models else None, imports, notes


def _body_caller(
    vendor: VendorEntry,
    operation: str,
    operation_id: str,
    name: str,
    parameters: dict[str, Parameter],
    body: Any,
    renamed: dict[str, str],
) -> str:
    """``body_<name>``: the caller's name for a body field named like a parameter of another type; an error
    where a parameter or another body field has that name already."""
    caller = f"body_{name}"
    body_callers = {renamed.get(spec, renamed.get(field, field)) for spec, field in _spec_names(body).items()}
    if caller in parameters or caller in body_callers:
        raise GenerationError(
            f"operation {operation_id!r}: parameter {name!r} and the body field {name!r} differ in type, so the "
            f"body's would be the caller's {caller!r}, which the operation has already: give one of them another "
            f"name with the manifest's renames (operations.{operation}.renames: {{my_{name}: {name}}}) or the overlay",
            vendor=vendor.id,
        )
    return caller


def _signature(method: Method, own: tuple[str, ...] = ("timeout: Timeout = None",)) -> str:
    """``self, *, <required>, <optional> = None, <own>``: the vendor's parameters, then the method's own."""
    ordered = sorted(method.parameters, key=lambda p: not p.required)
    params = [
        f"{p.python}: {p.annotation}" if p.required else f"{p.python}: {p.annotation} | None = None" for p in ordered
    ]
    return ", ".join(["self", "*", *params, *own])


_TIMEOUT_DOC = "    timeout: seconds for the whole answer (or an httpx.Timeout); the client's by default."
_WAIT_DOCS = [
    "    timeout: seconds to wait in all (default 30 minutes); then WaitTimeoutError, the run left going.",
    "    poll: the longest pause between reads, in seconds (from 1 s, growing; default 10).",
    "    on_status: called with every status read (to show progress).",
]


def _docstring(method: Method, indent: str, *, waiting: bool = False) -> str:
    summary = (
        f"Wait until the run is over: {method.summary[:1].lower()}{method.summary[1:]}, polled."
        if waiting
        else method.summary
    )
    lines = [summary, "", "Args:"]
    lines += [f"    {p.python}: {p.doc}" for p in method.parameters]
    lines += [*(_WAIT_DOCS if waiting else [_TIMEOUT_DOC]), ""]
    lines += ["Returns:", f"    {method.returns}{' once it is over' if waiting else ''}."]
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


def _values(method: Method) -> str:
    # Required values are passed as given (a nullable one may be None); optional ones only when given.
    required = [f"{p.caller!r}: {p.python}" for p in method.parameters if p.required]
    optional = [f"{p.caller!r}: {p.python}" for p in method.parameters if not p.required]
    return ", ".join([*required, *([f"**present({{{', '.join(optional)}}})"] if optional else [])])


def _call(method: Method, is_async: bool) -> str:
    values = _values(method)
    if method.name == "status":
        run = "await self.status_of_async" if is_async else "self.status_of"
        return f"{run}({{{values}}}, timeout)"
    run = "await self.run_async" if is_async else "self.run"
    return f'{run}("{method.name}", {{{values}}}, timeout)'


@functools.cache
def _templates() -> jinja2.Environment:
    """Our templates (``generator/templates/testruns``), with ``py`` (a value as Python) and ``source`` (a tuple
    of dataclass instances as the calls that build them)."""
    import jinja2  # noqa: PLC0415 - loaded with openapi-python-client already

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    environment.filters["py"] = repr
    environment.filters["source"] = tuple_source
    return environment


def render_facade(vendor: VendorEntry, spec: dict[str, Any], package_dir: Path) -> tuple[str, list[str]]:
    """The text of ``<package>/facade.py``, and the notes of what it names otherwise than the spec."""
    models = _load_models(package_dir / f"{MODELS_MODULE}.py", vendor.id)
    methods: list[Method] = []
    notes: list[str] = []
    body_classes: set[str] = set()
    imports: set[str] = {"from collections.abc import Mapping", "from typing import TYPE_CHECKING, ClassVar"}
    for name, entry in vendor.operations.items():
        method, body_class, needed, found = _method(vendor, name, entry, spec, package_dir, models)
        methods.append(method)
        notes += found
        body_classes |= {body_class} if body_class else set()
        imports |= needed
    unknown = sorted(set(vendor.defaults) - {p.caller for m in methods for p in m.parameters})
    if unknown:
        raise GenerationError(
            f"defaults names {', '.join(unknown)}, which no mapped operation takes: use the facade's parameter "
            "name (snake_case, after renames)",
            vendor=vendor.id,
            location=f"vendors[{vendor.id}].defaults",
        )
    names = {"Endpoint", "InputField", "Operation", "VendorAdapter"}
    names |= {"TriggeredRun"} if any(m.name != "status" for m in methods) else set()
    if "status" in vendor.operations:
        names |= {"DEFAULT_POLL", "DEFAULT_WAIT", "OnStatus", "RunStatus", "StateMap"}
    names |= {"present"} if any(not p.required for m in methods for p in m.parameters) else set()
    sync = class_name(vendor)
    text = str(
        _templates()
        .get_template("facade.py.jinja")
        .render(
            title=f"{docstring_text(vendor.name)} through the testruns facade: ``client.{vendor.id}``.",
            imports=sorted(imports),
            adapter_names=sorted(names),
            body_classes=sorted(body_classes),
            methods=methods,
            classes=[{"name": sync, "is_async": False}, {"name": f"Async{sync}", "is_async": True}],
            vendor_name=docstring_text(vendor.name),
            vendor_id=vendor.id,
        )
    )
    return text, notes


def write_facade(vendor: VendorEntry, spec: dict[str, Any], package_dir: Path, spec_file: Path) -> list[str]:
    """Write ``<package>/facade.py``; a problem names the vendor and the manifest entry. Returns its notes."""
    try:
        text, notes = render_facade(vendor, spec, package_dir)
    except GenerationError as error:
        where = error.file or spec_file
        raise GenerationError(error.message, vendor=vendor.id, file=where, location=error.location) from None
    (package_dir / FACADE_FILE).write_text(text, encoding="utf-8")
    (package_dir / f"{VENDOR_MODULE}.py").write_text(render_vendor(vendor), encoding="utf-8")
    return notes


def render_vendor(vendor: VendorEntry) -> str:
    """The text of ``<package>/vendor.py``: the vendor's validated manifest entry, all testruns reads of it."""
    return str(
        _templates()
        .get_template("vendor.py.jinja")
        .render(
            title=f"{docstring_text(vendor.name)} as testruns knows it: its manifest entry, validated.",
            entry=vendor.model_dump(mode="json", by_alias=True),
        )
    )


def render_index(vendors: list[VendorEntry]) -> str:
    """The text of the index package's ``__init__.py`` (``testruns_clients``): every vendor's package
    (``PACKAGES``), its id as a ``Literal`` (``VendorId``: mypy flags an id no vendor has) and a typed property
    for each, for ``Client``. Each property imports its vendor's facade when first read, so ``import testruns``
    loads no client. Written as ruff formats it: the index is not in a package ruff formats after generation."""
    shown = [
        {
            "id": v.id,
            "package": v.package,
            "name": docstring_text(v.name),
            "operations": list(v.operations),
            "sync_class": class_name(v),
            "both_classes": ", ".join(sorted([class_name(v), f"Async{class_name(v)}"])),
        }
        for v in vendors
    ]
    return str(_templates().get_template("index.py.jinja").render(vendors=shown))
