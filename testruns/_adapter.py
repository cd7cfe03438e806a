"""What a vendor adapter is: which generated call each operation makes, and how to read the run back.

An adapter is one file under ``testruns/_vendors/`` named after the vendor id.
It declares, per operation, the generated API module and the pydantic models
generated from the spec (path parameters, request body); this module turns the
caller's snake_case parameters into that call, validated before anything is
sent. The adapter only says where the run id and status are in the response.

Each vendor file also declares its typed signatures once and gets a sync and
an async facade class from them with ``sync_method`` / ``async_method``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar, Concatenate, ParamSpec

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from ._connection import Answer, Call, Connection, Timeout
from ._errors import UnexpectedResponseError, UnsupportedOperationError
from ._models import TriggeredRun
from ._retry import Operation
from ._shown import shown
from ._validation import reject_unknown, typed_text, validated

# What a vendor file imports from here (Timeout included, so the vendor files need only this module).
__all__ = ["Endpoint", "InputField", "Timeout", "VendorAdapter", "async_method", "sync_method"]

P = ParamSpec("P")


@dataclass(frozen=True)
class InputField:
    """One parameter of an operation as the caller names it, with the spec's field behind it."""

    name: str
    info: FieldInfo

    @property
    def required(self) -> bool:
        """Whether the caller must give it."""
        return self.info.is_required()


@dataclass(frozen=True)
class Endpoint:
    """One vendor operation: the generated API module and the generated models of its input.

    Attributes:
        api: the generated module with ``request_kwargs`` / ``build_response``.
        parameters: the ``<Operation>Parameters`` model (path and query), if any.
        body: the request body's pydantic model, if any.
        body_class: the generated client's class for the body (built with ``from_dict``).
        response: the ``<Operation>Response<status>`` model of the success answer, if it has a JSON body:
            the answer is held to the types the spec promises.
        run_id_at: JSON Pointer to the run id in the success answer, read even when the rest of the
            answer breaks the spec, so the caller learns which run was started.
        renames: caller's name → spec's name, where the facade's word differs
            (a cancel takes ``run_id`` whatever the vendor calls it).
    """

    api: ModuleType
    parameters: type[BaseModel] | None = None
    body: type[BaseModel] | None = None
    body_class: Any = None
    response: type[BaseModel] | None = None
    run_id_at: str | None = None
    renames: Mapping[str, str] = field(default_factory=dict)

    @functools.cached_property
    def unset(self) -> type:
        """The generated package's ``Unset``: what a response field the vendor left out holds."""
        package = self.api.__name__.partition(".")[0]
        unset: type = importlib.import_module(f"{package}.types").Unset
        return unset

    @functools.cached_property
    def _names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields())

    @functools.cached_property
    def _shown(self) -> dict[str, str]:
        """Spec name → the caller's name, so errors speak the caller's words."""
        return {spec: caller for caller, spec in self.renames.items()}

    @functools.cached_property
    def _parts(self) -> list[tuple[type[BaseModel], frozenset[str], bool]]:
        """Each input model with its field names, and whether it is the body (looked up once, not per call)."""
        return [
            (model, frozenset(model.model_fields), is_body)
            for model, is_body in ((self.parameters, False), (self.body, True))
            if model is not None
        ]

    def _annotation(self, name: str) -> Any:
        for model, names, _ in self._parts:
            if name in names:
                return model.model_fields[name].annotation
        return None

    def fields(self) -> list[InputField]:
        """The caller's parameters: path and query first, then the body's, each name once."""
        found: dict[str, InputField] = {}
        for model, _, _ in self._parts:
            for name, info in model.model_fields.items():
                caller = self._shown.get(name, name)
                # A value the vendor repeats in path and body (Testsigma's project_id) is given once.
                found.setdefault(caller, InputField(caller, info))
        return list(found.values())

    def call(self, operation: Operation, params: Mapping[str, Any], vendor: str) -> Call:
        """Validate ``params`` and build the generated call; nothing is sent."""
        if not self._names.issuperset(params):
            reject_unknown(self._names, params, vendor=vendor)
        values = {self.renames.get(k, k): v for k, v in params.items()} if self.renames else params
        run_id = self.renames.get("run_id", "run_id")
        if isinstance(values.get(run_id), str):
            # A run id is text in every TriggeredRun; the vendor's path may type it as an integer.
            values = {**values, run_id: typed_text(values[run_id], self._annotation(run_id))}
        kwargs: dict[str, Any] = {}
        for model, names, is_body in self._parts:
            mine = {k: v for k, v in values.items() if k in names}
            checked = validated(model, mine, vendor=vendor, shown_names=self._shown)
            if is_body:
                body = checked.model_dump(mode="json", by_alias=True, exclude_unset=True)
                kwargs["body"] = self.body_class.from_dict(body)
            else:
                kwargs.update(checked.model_dump(exclude_unset=True))
        return Call(operation, self.api.request_kwargs, self.api.build_response, kwargs, self.run_id_at)

    def check_answer(self, content: bytes) -> str | None:
        """Why ``content`` breaks the spec's success answer (strictly: a text is no integer), or None."""
        if self.response is None:
            return None
        try:
            self.response.model_validate_json(content, strict=True)
        except ValidationError as exc:
            problem = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in problem["loc"]) or "the body"
            return f"{where}: {problem['msg']} (got {shown(problem.get('input'))})"
        return None


class VendorAdapter:
    """Base of the per-vendor adapters: ``endpoints`` and ``read_*`` are what a vendor fills in."""

    vendor_id: ClassVar[str]
    endpoints: ClassVar[Mapping[Operation, Endpoint]]

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._connection!r})"

    @classmethod
    def endpoint(cls, operation: Operation) -> Endpoint:
        """The endpoint of ``operation``, or a clear error where the vendor has none."""
        try:
            return cls.endpoints[operation]
        except KeyError:
            raise UnsupportedOperationError(
                f"{cls.vendor_id}: the vendor has no {operation} operation (it has: {', '.join(cls.endpoints)})",
                vendor=cls.vendor_id,
                field=None,
            ) from None

    def read_trigger(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        """The run id and status from the trigger's typed response."""
        raise NotImplementedError

    def read_cancel(self, parsed: Any, params: Mapping[str, Any]) -> tuple[str, str | None]:
        """The run id and status after a cancel."""
        raise NotImplementedError

    def optional(self, value: Any, operation: Operation = "trigger") -> str | None:
        """``value`` as a string (an enum as its wire value), or ``None`` where the response left it out."""
        if value is None or isinstance(value, self.endpoint(operation).unset):
            return None
        return str(getattr(value, "value", value))

    def required(self, value: Any, field: str) -> str:
        """``value`` as a string; a missing one means the response broke the contract."""
        text = self.optional(value)
        if text is None:
            raise UnexpectedResponseError(
                f"{self.vendor_id}: the response has no {field}", vendor=self.vendor_id, status=None
            )
        return text

    def prepare(self, operation: Operation, params: Mapping[str, Any]) -> Call:
        """Validate ``params`` and build the generated call for ``operation``; nothing is sent."""
        return self.endpoint(operation).call(operation, params, self.vendor_id)

    def _read(self, operation: Operation, answer: Answer, params: Mapping[str, Any]) -> TriggeredRun:
        reader = self.read_trigger if operation == "trigger" else self.read_cancel
        try:
            run_id, status = reader(answer.parsed, params)
        except UnexpectedResponseError as error:
            # The body parsed but lacks what the spec promises: say which response it was.
            raise self._connection.unexpected(answer.response, error.message) from None
        problem = self.endpoint(operation).check_answer(answer.response.content)
        if problem is not None:
            # The run exists (the vendor said so), so its id goes with the error: a CI job must not start another.
            raise self._connection.unexpected(
                answer.response, f"{self.vendor_id}: the answer breaks the spec at {problem}", run_id=run_id
            )
        return TriggeredRun(vendor=self.vendor_id, run_id=run_id, status=status, raw=answer.parsed)

    def run(self, operation: Operation, params: Mapping[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Validate, send (with retries) and read one operation."""
        call = self.prepare(operation, params)
        return self._read(operation, self._connection.send(call, timeout=timeout), params)

    async def run_async(self, operation: Operation, params: Mapping[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Async ``run``."""
        call = self.prepare(operation, params)
        return self._read(operation, await self._connection.send_async(call, timeout=timeout), params)

    def dry_run(self, operation: Operation, params: Mapping[str, Any]) -> dict[str, Any]:
        """The exact request ``operation`` would send (credentials masked), built by the generated client; not sent."""
        request = self._connection.build_request(self.prepare(operation, params), placeholder=True)
        return self._connection.describe(request)

    def close(self) -> None:
        """Close the vendor's connection pool."""
        self._connection.close()

    async def aclose(self) -> None:
        """Close the vendor's async connection pool."""
        await self._connection.aclose()


def _given(signature: Callable[..., None]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Drops the optional parameters the caller left at ``None`` (the vendor's default applies)."""
    optional = {
        name
        for name, parameter in inspect.signature(signature).parameters.items()
        if parameter.default is None and name != "timeout"
    }

    def given(kwargs: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in kwargs.items() if k != "timeout" and not (k in optional and v is None)}

    return given


def _adopt(method: Callable[..., Any], operation: Operation, signature: Callable[..., None]) -> None:
    """Give ``method`` the declared signature and docstring, so ``help()`` and IDEs show the real parameters."""
    functools.update_wrapper(method, signature)
    method.__name__ = method.__qualname__ = operation
    declared = inspect.signature(signature)
    self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = declared.replace(  # type: ignore[attr-defined]
        parameters=[self_parameter, *declared.parameters.values()], return_annotation="TriggeredRun"
    )
    del method.__wrapped__  # type: ignore[attr-defined]


def sync_method(
    operation: Operation, signature: Callable[P, None]
) -> Callable[Concatenate[VendorAdapter, P], TriggeredRun]:
    """A typed method with ``signature``'s parameters and docstring that runs ``operation``."""
    given = _given(signature)

    def method(self: VendorAdapter, /, *args: P.args, **kwargs: P.kwargs) -> TriggeredRun:
        return self.run(operation, given(kwargs), kwargs.get("timeout"))  # type: ignore[arg-type]

    _adopt(method, operation, signature)
    return method


def async_method(
    operation: Operation, signature: Callable[P, None]
) -> Callable[Concatenate[VendorAdapter, P], Coroutine[Any, Any, TriggeredRun]]:
    """The async twin of ``sync_method``."""
    given = _given(signature)

    async def method(self: VendorAdapter, /, *args: P.args, **kwargs: P.kwargs) -> TriggeredRun:
        return await self.run_async(operation, given(kwargs), kwargs.get("timeout"))  # type: ignore[arg-type]

    _adopt(method, operation, signature)
    return method
