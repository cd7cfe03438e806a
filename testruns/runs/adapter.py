"""What a vendor is to the facade: which generated call each operation makes, and how to read its answer.

A vendor's facade classes are generated (``<package>/facade.py``, from the
manifest and the spec): each declares an ``Endpoint`` per operation, with the
generated API module, the names of its input and answer models (generated
pydantic models carrying the spec's constraints, loaded with the first call),
and where the run id and status are in the answer. This module turns the
caller's snake_case parameters into that call, validated by those models before
anything is sent, and reads the answer back.
"""

from __future__ import annotations

import functools
import importlib
import os
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, ParamSpec, TypeVar

from .._errors import ConfigurationError, InvalidInputError, TestRunsError, UnsupportedOperationError, detached
from .._models import RunStatus, TriggeredRun
from ..http.redact import KeyHolder
from ..http.retry import Operation
from ..text import shown
from ..vendors.openapi import pointer_steps
from ..vendors.registry import vendor_summary
from .call import Call, value_at
from .lifecycle import StateMap
from .polling import DEFAULT_POLL, DEFAULT_WAIT, Polling, Waiting
from .validation import holds_secrets, is_root, reject_unknown, revealed, typed_text, validated

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ..http.connection import Answer, Connection, ReadResponse, Timeout
    from ..http.target import Target
    from ..vendors.manifest import Manifest

__all__ = [
    "Endpoint",
    "Form",
    "InputField",
    "OnStatus",
    "StateMap",
    "VendorAccess",
    "VendorAdapter",
    "present",
]

AdapterT = TypeVar("AdapterT", bound="VendorAdapter")
# Called with every status a wait reads (a CLI shows progress with it).
OnStatus = Callable[[RunStatus], None]


# How the command line reads a parameter: one value, a flag, a repeated option, or JSON text.
Form = Literal["value", "flag", "repeated", "json"]


@dataclass(frozen=True)
class InputField:
    """One parameter of an operation as the caller names it, as the command line shows and reads it.

    Attributes:
        name: the caller's (snake_case) name.
        help: the spec's type, bounds, enum values, default and description, in a line.
        required: whether the caller must give it.
        form: how the command line reads it.
        metavar: what its option's help calls the value (``INTEGER``, ``JSON``).
        number: whether its text (each item's, where repeated) is read as a number where it is one.
    """

    name: str
    help: str = ""
    required: bool = False
    form: Form = "value"
    metavar: str = "VALUE"
    number: bool = False


@dataclass(frozen=True)
class Endpoint:
    """One vendor operation: the generated API module and the names of its generated input and answer models.

    Attributes:
        api: the generated module with ``request_kwargs`` / ``parse_response``, or its dotted name (the
            generator writes the name: the module, and the models it names, load with the first call).
        models: the module of the operation's pydantic models (``<package>.request_models``), imported with
            the first call: they validate its input and hold its answer to the spec.
        parameters: the name of the ``<Operation>Parameters`` model (path and query), if any.
        body: the name of the request body's model, if any.
        body_class: the generated client's class for the body (built with ``from_dict``); None where the
            body is untyped (any JSON) or no model (a bare value), sent as it is.
        body_items: whether the body is a JSON array of ``body_class`` (each item built with ``from_dict``).
        response: the name of the ``<Operation>Response<status>`` model of the success answer, if it has a
            JSON body: the answer is held to the types the spec promises.
        run_id_at: JSON Pointer to the run id in the success answer, read even when the rest of the
            answer breaks the spec, so the caller learns which run was started.
        run_id_parameter: or the caller's parameter that names the run (a cancel answered with nothing).
        status_at: JSON Pointer to the run's status in the answer, if the vendor gives one.
        status_value: or the status a success means by itself (``cancelled``).
        renames: caller's name → the model's field name, where the facade's word differs
            (a cancel takes ``run_id`` whatever the vendor calls it).
        body_renames: caller's name → the body model's field name, for a body field named like a parameter of
            another type (Google's query ``fields``, text, and body ``fields``, a list): no value could be both,
            so the caller gives it as ``body_<name>``, sent in the body only, and ``<name>`` goes to the
            parameter only. A name shared by parts of one type is one value sent to both (Testsigma's
            ``project_id``).
        states: for a status operation, how its answer reads as the facade's state.
        inputs: the caller's parameters, path and query first, then the body's (for the command line).
        defaults: a parameter → the environment variable its value comes from when the caller gives none
            (the manifest's ``defaults``: a tenant header every call needs).
        needs_key: False where the spec declares no security for the operation: no key is demanded or sent.
        arguments: a parameter model's field name → the generated call's argument, where they differ (the
            spec's ``$.xgafv`` is the model's ``field__xgafv`` and the call's ``xgafv``).
    """

    api: ModuleType | str
    models: str = ""
    parameters: str | None = None
    body: str | None = None
    body_class: Any = None
    body_items: bool = False
    response: str | None = None
    run_id_at: str | None = None
    run_id_parameter: str | None = None
    status_at: str | None = None
    status_value: str | None = None
    renames: Mapping[str, str] = field(default_factory=dict)
    body_renames: Mapping[str, str] = field(default_factory=dict)
    states: StateMap | None = None
    inputs: tuple[InputField, ...] = ()
    defaults: Mapping[str, str] = field(default_factory=dict)
    arguments: Mapping[str, str] = field(default_factory=dict)
    needs_key: bool = True

    def read(self, response: ReadResponse, params: Mapping[str, Any]) -> tuple[str | None, str | None]:
        """The run id and status that an answer (or the call's own parameters) give; None where absent."""
        document = response.document() if self.run_id_at or self.status_at else None
        if self.run_id_parameter is not None:
            given = params.get(self.run_id_parameter)
            run_id = None if given is None else str(given)
        else:
            run_id = value_at(document, self.run_id_at)
        status = self.status_value if self.status_at is None else value_at(document, self.status_at)
        return run_id, status

    @functools.cached_property
    def module(self) -> ModuleType:
        """The generated API module (imported here, the first time, where ``api`` is its name)."""
        if not isinstance(self.api, str):
            return self.api
        try:
            return importlib.import_module(self.api)
        except ImportError as exc:
            raise ConfigurationError(f"{self.api}: cannot load the API module ({exc}); run `make generate`") from None

    def model(self, name: str) -> type[BaseModel]:
        """The generated pydantic model ``name`` (this imports the vendor's request models, and pydantic)."""
        return _model(self.models, name)

    @functools.cached_property
    def _answer_model(self) -> type[BaseModel] | None:
        """The success answer's model, looked up once: every answer is held to it."""
        return None if self.response is None else self.model(self.response)

    @functools.cached_property
    def _parts(self) -> list[tuple[type[BaseModel], frozenset[str], bool]]:
        """Each input model, its fields' names, and whether it is the body."""
        parts = ((self.parameters, False), (self.body, True))
        return [
            (model, frozenset(model.model_fields), is_body)
            for name, is_body in parts
            if name
            for model in [self.model(name)]
        ]

    @functools.cached_property
    def _body_optional(self) -> bool:
        """Whether the spec lets the body be left out: the generated call's ``body`` then has a default."""
        import inspect  # noqa: PLC0415 - only for an operation whose body is one value, on its first call

        parameter = inspect.signature(self.module.request_kwargs).parameters.get("body")
        return parameter is not None and parameter.default is not inspect.Parameter.empty

    @functools.cached_property
    def _names(self) -> frozenset[str]:
        return frozenset(field.name for field in self.inputs)

    @property
    def names(self) -> frozenset[str]:
        """The caller's parameter names."""
        return self._names

    @functools.cached_property
    def _shown(self) -> dict[str, str]:
        """Spec name → the caller's name, so errors speak the caller's words."""
        return {spec: caller for caller, spec in self.renames.items()}

    @functools.cached_property
    def _callers(self) -> dict[str, str]:
        """The generated call's argument → the caller's name, where they differ (a path value's error names it)."""
        names = {
            self.arguments.get(model, model): self._shown.get(model, model) for model in {*self.arguments, *self._shown}
        }
        return {argument: caller for argument, caller in names.items() if argument != caller}

    @functools.cached_property
    def _body_shown(self) -> dict[str, str]:
        """``_shown`` for the body: a field the caller gives as ``body_<name>`` is named so."""
        return {**self._shown, **{spec: caller for caller, spec in self.body_renames.items()}}

    def fields(self) -> list[InputField]:
        """The caller's parameters: path and query first, then the body's, each name once."""
        return list(self.inputs)

    def call(self, operation: Operation, params: Mapping[str, Any], vendor: str) -> Call:
        """Validate ``params`` against the generated pydantic models and build the generated call; nothing is sent."""
        if not self._names.issuperset(params):
            reject_unknown(self._names, params, vendor=vendor)
        if self.defaults:
            params = {**_from_environment(self.defaults, params), **params}
        values = {self.renames.get(k, k): v for k, v in params.items()} if self.renames else params
        if isinstance(params.get("run_id"), str):
            # A run id is text in every TriggeredRun; the vendor's path may type it as an integer.
            number = any(field.number for field in self.inputs if field.name == "run_id")
            run_id = self.renames.get("run_id", "run_id")
            values = {**values, run_id: typed_text(values[run_id], number)}
        kwargs: dict[str, Any] = {}
        secrets: list[str] = []
        for model, names, is_body in self._parts:
            mine = {k: v for k, v in values.items() if k in names}
            if is_body and self.body_renames:
                # The body's own field goes by its own name only: the parameter's value is not the body's.
                mine = {k: v for k, v in mine.items() if k not in self.body_renames.values()}
                mine.update({spec: params[caller] for caller, spec in self.body_renames.items() if caller in params})
            if is_body and not mine and is_root(model):
                if self._body_optional:
                    continue  # a body that is one value (a list), not given where the spec lets it be left out
                # Built from no values, a body of any JSON would be ``{}``, and sent so (Semantria's).
                raise InvalidInputError(f"{vendor}: root: Field required", vendor=vendor, field="root")
            try:
                shown_names = self._body_shown if is_body else self._shown
                checked = validated(model, mine, vendor=vendor, shown_names=shown_names)
            except InvalidInputError as error:
                variable = self.defaults.get(error.field or "")
                if variable is None or error.field in params:
                    raise
                raise InvalidInputError(
                    f"{vendor}: {error.field}: required: give it, or set {variable}", vendor=vendor, field=error.field
                ) from None
            if holds_secrets(model):
                # pydantic masks a secret in every dump: the python one keeps it, to be revealed and sent.
                dumped = revealed(checked.model_dump(by_alias=is_body, exclude_unset=True), secrets)
                if is_body:
                    from pydantic_core import to_jsonable_python  # noqa: PLC0415 - loaded with pydantic

                    dumped = to_jsonable_python(dumped)
            else:
                dumped = checked.model_dump(mode="json" if is_body else "python", by_alias=is_body, exclude_unset=True)
            if is_body:
                kwargs["body"] = self._body(dumped)
            else:
                kwargs.update({self.arguments.get(name, name): value for name, value in dumped.items()})
        lenient = self.states is not None
        api = self.module
        return Call(
            operation,
            api.request_kwargs,
            api.parse_response,
            kwargs,
            self.run_id_at,
            lenient,
            self.needs_key,
            tuple(secrets),
            self._callers,
        )

    def _body(self, dumped: Any) -> Any:
        """The generated client's body from its JSON: its model, a list of them, or the value itself."""
        if self.body_class is None:
            return dumped
        if self.body_items:
            return [self.body_class.from_dict(item) for item in dumped]
        return self.body_class.from_dict(dumped)

    def check_answer(
        self, response: ReadResponse, *, mask: Callable[[Any], Any], open_words: tuple[str, ...] = ()
    ) -> str | None:
        """Why the answer breaks the spec's success answer (strictly: a text is no integer), or None.

        ``mask``: masks the key in the value quoted (``Redactor.data``), before it is cut to be shown: a vendor
        may echo the key where the spec wants a number.
        ``open_words``: JSON Pointers where a text outside the spec's enum is the vendor's new word, not a
        break (a status read shows a state or verdict the spec does not list; its type still counts).
        """
        model = self._answer_model
        if model is None:
            return None
        try:
            model.model_validate_json(response.content, strict=True)
        except ValueError as exc:  # pydantic's ValidationError is one; imported here, on the error path only
            from pydantic import ValidationError  # noqa: PLC0415

            if not isinstance(exc, ValidationError):
                raise
            problems = [(tuple(str(part) for part in found["loc"]), found) for found in exc.errors(include_url=False)]
            open_steps = [pointer_steps(at) for at in open_words]
            new_words = [
                loc
                for loc, found in problems
                if found["type"] in _NEW_WORD
                and isinstance(found.get("input"), str)
                and any(_names(loc, steps) for steps in open_steps)
            ]
            document = response.document()
            for loc, found in problems:
                if loc in new_words or any(_other_branch(document, loc, word) for word in new_words):
                    continue
                where = ".".join(loc) or "the body"
                return f"{where}: {found['msg']} (got {shown(mask(found.get('input')))})"
        return None


# pydantic's error types for a text outside an enum: where the vendor says a word the spec does not list.
_NEW_WORD = frozenset({"enum", "literal_error"})


P = ParamSpec("P")
R = TypeVar("R")


def to_caller(method: Callable[P, R]) -> Callable[P, R]:
    """``method``, its errors ``detached``: the frames below it hold the vendor's answer as it came."""

    @functools.wraps(method)
    def raising(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except TestRunsError as error:
            raise detached(error) from None

    return raising


def _to_caller_async(method: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """``to_caller`` for a coroutine method."""

    @functools.wraps(method)
    async def raising(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await method(*args, **kwargs)
        except TestRunsError as error:
            raise detached(error) from None

    return raising


class VendorAdapter(KeyHolder):
    """Base of the generated facade classes: ``vendor_id`` and ``endpoints`` are what a vendor fills in."""

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

    @to_caller
    def prepare(self, operation: Operation, params: Mapping[str, Any]) -> Call:
        """Validate ``params`` and build the generated call for ``operation``; nothing is sent."""
        return self._prepared(self._connection.target, operation, params)

    @classmethod
    def _prepared(cls, target: Target, operation: Operation, params: Mapping[str, Any]) -> Call:
        """``prepare`` on ``target``: the call, whose password fields ``target`` masks from now on."""
        call = cls.endpoint(operation).call(operation, params, cls.vendor_id)
        if call.secrets:
            target.mask(call.secrets)
        return call

    def _read(self, operation: Operation, answer: Answer, params: Mapping[str, Any]) -> TriggeredRun:
        endpoint = self.endpoints[operation]  # there is one: the call was prepared with it
        holds = self._holds_secret(answer.response)
        run_id, status = self._masked(endpoint, answer.response, params, holds)
        if run_id is None:
            where = endpoint.run_id_at or endpoint.run_id_parameter
            raise self._connection.unexpected(answer.response, f"{self.vendor_id}: the answer has no run id at {where}")
        problem = endpoint.check_answer(answer.response, mask=self._connection.redactor.data)
        if problem is not None:
            # The run exists (the vendor said so), so its id goes with the error: a CI job must not start another.
            raise self._connection.unexpected(
                answer.response, f"{self.vendor_id}: the answer breaks the spec at {problem}", run_id=run_id
            )
        # Worked out once per class: a trigger's hot path pays a set lookup per parameter, and none without any.
        follow_up = self._follow_up_names() if operation == "trigger" else None
        scope = {k: v for k, v in params.items() if k in follow_up} if follow_up else {}
        masked, echoed = self._masked_document(answer.response, holds)
        raw = masked if echoed else answer.parsed
        return TriggeredRun(vendor=self.vendor_id, run_id=run_id, status=status, raw=raw, scope=scope)

    def _holds_secret(self, response: ReadResponse) -> bool:
        """Whether the answer can hold a secret (``Redactor.may_hold``); where not, nothing read from it needs
        masking: every text in its document is spelt out in its bytes."""
        return self._connection.redactor.may_hold(response.content)

    def _masked(
        self, endpoint: Endpoint, response: ReadResponse, params: Mapping[str, Any], holds: bool
    ) -> tuple[str | None, str | None]:
        """The run id and status word ``endpoint`` reads, with the key masked where the vendor echoes it: where
        the answer may hold a secret (``holds``), or the run id is the caller's own text."""
        found = endpoint.read(response, params)
        if not holds and endpoint.run_id_parameter is None:
            return found
        redactor = self._connection.redactor
        run_id, status = found
        return (
            None if run_id is None else redactor.text(run_id),
            None if status is None else redactor.text(status),
        )

    def _masked_document(self, response: ReadResponse, holds: bool) -> tuple[Any, bool]:
        """The answer's JSON document with the key masked, and whether the vendor echoed it (then ``raw`` is the
        masked document, never the generated model that holds the key); ``holds``: ``_holds_secret``'s answer."""
        document = response.document()
        if not holds:
            return document, False
        masked = self._connection.redactor.data(document)
        return masked, masked != document

    @classmethod
    @functools.cache
    def _follow_up_names(cls) -> frozenset[str]:
        """The parameters besides the run id that status and cancel take (a trigger's are kept for them)."""
        names = {name for op in ("status", "cancel") if op in cls.endpoints for name in cls.endpoints[op].names}
        return frozenset(names - {"run_id"})

    def _status(self, answer: Answer, params: Mapping[str, Any]) -> RunStatus:
        endpoint = self.endpoint("status")
        states = endpoint.states
        assert states is not None, "a status endpoint carries its states"
        response = answer.response
        holds = self._holds_secret(response)
        run_id, word = self._masked(endpoint, response, params, holds)
        asked = params.get("run_id")
        if run_id is not None and asked is not None and not _same_run(run_id, str(asked)):
            # Another run's state must never decide this one's (a gate would pass on it).
            raise self._connection.unexpected(
                response, f"{self.vendor_id}: the status answer is about run {run_id}, not run {asked}"
            )
        document = response.document()
        if endpoint.status_at is not None and word is None and _present(document, endpoint.status_at):
            raise self._connection.unexpected(
                response, f"{self.vendor_id}: the status at {endpoint.status_at} is neither text nor a number"
            )
        # A state or verdict the spec does not list is the vendor's new word, shown as its own; any other break
        # (a field of the wrong type, a number JSON cannot carry) is an unexpected answer, as for a trigger.
        open_words = tuple(at for at in (endpoint.status_at, states.verdict_at) if at is not None)
        problem = endpoint.check_answer(response, mask=self._connection.redactor.data, open_words=open_words)
        if problem is not None:
            breaks = f"{self.vendor_id}: the status answer breaks the spec at {problem}"
            raise self._connection.unexpected(response, breaks)
        # The generated parser refuses a word its enum does not list: the masked JSON document stands in for it.
        shown_document, echoed = self._masked_document(response, holds)
        raw = shown_document if echoed or answer.parsed is None else answer.parsed
        return states.read(self.vendor_id, run_id or ("" if asked is None else str(asked)), word, shown_document, raw)

    @to_caller
    def status_of(self, params: Mapping[str, Any], timeout: Timeout = None, *, retries: bool = True) -> RunStatus:
        """Read the run's status once (retried on 429, 5xx and timeouts: reading changes nothing)."""
        call = self.prepare("status", params)
        return self._status(self._connection.send(call, timeout=timeout, retries=retries), params)

    @_to_caller_async
    async def status_of_async(
        self, params: Mapping[str, Any], timeout: Timeout = None, *, retries: bool = True
    ) -> RunStatus:
        """Async ``status_of``."""
        call = self.prepare("status", params)
        return self._status(await self._connection.send_async(call, timeout=timeout, retries=retries), params)

    def _read_timeout(self, polling: Polling) -> float | None:
        """Each read's budget: the client's, or less where the deadline is nearer."""
        from ..http.connection import deadline_seconds  # noqa: PLC0415 - loaded with the connection already

        left = max(polling.remaining(), 1.0)
        return left if left < deadline_seconds(self._connection.timeout) else None

    def _waiting(self, params: Mapping[str, Any], timeout: float, poll: float, on_status: OnStatus | None) -> Waiting:
        from ..http.connection import failure_reason  # noqa: PLC0415 - loaded with the connection already

        self.prepare("status", params)  # an unsupported vendor or a bad parameter fails before any request
        polling = Polling(timeout, poll)
        return Waiting(self.vendor_id, self._connection.vendor.name, params, polling, on_status, failure_reason)

    @to_caller
    def wait_for(
        self,
        params: Mapping[str, Any],
        *,
        timeout: float = DEFAULT_WAIT,
        poll: float = DEFAULT_POLL,
        on_status: OnStatus | None = None,
    ) -> RunStatus:
        """Read the run's status until it is over, or raise ``WaitTimeoutError`` at ``timeout`` seconds."""
        waiting = self._waiting(params, timeout, poll, on_status)
        for interval in waiting.polling.intervals():
            status, error = None, None
            try:
                status = self.status_of(params, self._read_timeout(waiting.polling), retries=False)
            except TestRunsError as failed:
                error = failed
            settled = waiting.settle(status, error, interval)
            if isinstance(settled, RunStatus):
                return settled
            time.sleep(settled)
        raise AssertionError("intervals never end")

    @_to_caller_async
    async def wait_for_async(
        self,
        params: Mapping[str, Any],
        *,
        timeout: float = DEFAULT_WAIT,
        poll: float = DEFAULT_POLL,
        on_status: OnStatus | None = None,
    ) -> RunStatus:
        """Async ``wait_for``; cancelling the task stops the wait (the run itself goes on)."""
        waiting = self._waiting(params, timeout, poll, on_status)
        for interval in waiting.polling.intervals():
            status, error = None, None
            try:
                status = await self.status_of_async(params, self._read_timeout(waiting.polling), retries=False)
            except TestRunsError as failed:
                error = failed
            settled = waiting.settle(status, error, interval)
            if isinstance(settled, RunStatus):
                return settled
            import asyncio  # noqa: PLC0415 - asyncio loads for async callers only

            await asyncio.sleep(settled)
        raise AssertionError("intervals never end")

    @to_caller
    def run(self, operation: Operation, params: Mapping[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Validate, send (with retries) and read one operation."""
        call = self.prepare(operation, params)
        return self._read(operation, self._connection.send(call, timeout=timeout), params)

    @_to_caller_async
    async def run_async(self, operation: Operation, params: Mapping[str, Any], timeout: Timeout = None) -> TriggeredRun:
        """Async ``run``."""
        call = self.prepare(operation, params)
        return self._read(operation, await self._connection.send_async(call, timeout=timeout), params)

    @to_caller
    def dry_run(self, operation: Operation, params: Mapping[str, Any]) -> dict[str, Any]:
        """The exact request ``operation`` would send (credentials masked), built by the generated client; not sent."""
        return self.describe(self._connection.target, operation, params)

    @classmethod
    @to_caller
    def describe(cls, target: Target, operation: Operation, params: Mapping[str, Any]) -> dict[str, Any]:
        """``dry_run`` on ``target``, without a connection: the command line's dry run loads no httpx."""
        from .dry_run import describe  # noqa: PLC0415 - a dry run's own module

        return describe(target, cls._prepared(target, operation, params))

    def close(self) -> None:
        """Close the vendor's connection pool."""
        self._connection.close()

    async def aclose(self) -> None:
        """Close the vendor's async connection pool."""
        await self._connection.aclose()


@functools.cache
def _model(models: str, name: str) -> type[BaseModel]:
    """Model ``name`` of the generated module ``models``, looked up once per process (every call reads it)."""
    try:
        found: type[BaseModel] = getattr(importlib.import_module(models), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError(f"{models}: cannot load the model {name} ({exc}); run `make generate`") from None
    return found


def _same_run(answered: str, asked: str) -> bool:
    """Whether the run id an answer gives is the one asked about: the same text, or the same UUID spelt
    otherwise (in upper case, or without its hyphens)."""
    if answered == asked:
        return True
    import uuid  # noqa: PLC0415 - only where the two differ as text

    try:
        return uuid.UUID(answered) == uuid.UUID(asked)
    except ValueError:
        return False


def _from_environment(defaults: Mapping[str, str], given: Mapping[str, Any]) -> dict[str, str]:
    """The defaulted parameters the caller left out, from their environment variables where those are set."""
    found = {name: os.environ.get(variable, "").strip() for name, variable in defaults.items() if name not in given}
    return {name: value for name, value in found.items() if value}


def _names(loc: tuple[str, ...], steps: list[str]) -> bool:
    """Whether pydantic's error location ``loc`` is the field at ``steps``; a union's member names (``output.
    TestOutput.result``) stand between the keys, so the keys must appear in order and end it."""
    if not steps or not loc or loc[-1] != steps[-1]:
        return False
    rest = iter(loc)
    return all(step in rest for step in steps)


def _other_branch(document: Any, loc: tuple[str, ...], word: tuple[str, ...]) -> bool:
    """Whether ``loc`` is in another member of the union whose matching member holds the new word at ``word``.

    pydantic reports a union's failure in every member, each under its name (``output.PlannerSkippedOutput
    .kind`` beside ``output.TestOutput.result``): the first step where the two differ, where it names no key
    of the answer on either side, is where the members part.
    """
    node = document
    for mine, theirs in zip(loc, word, strict=False):
        if mine != theirs:
            keys = node if isinstance(node, dict) else {}
            return mine not in keys and theirs not in keys
        if isinstance(node, dict) and mine in node:
            node = node[mine]
        elif isinstance(node, list) and mine.isdigit() and int(mine) < len(node):
            node = node[int(mine)]
    return False


def _present(document: Any, pointer: str) -> bool:
    """Whether ``document`` holds a value (any value) at ``pointer``."""
    node = document
    for key in pointer_steps(pointer):
        if not isinstance(node, dict) or key not in node:
            return False
        node = node[key]
    return node is not None


# A call's own keywords. A vendor's field of the same name is passed with a trailing underscore (``timeout_=``), in
# the typed facades and in the calls by vendor id alike, so both take every field a spec can name.
CALL_KEYWORDS = frozenset({"timeout", "poll", "on_status"})
_UNDERSCORED = {f"{keyword}_": keyword for keyword in CALL_KEYWORDS}


def vendor_fields(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` by the vendor's own names: ``timeout_`` is the field ``timeout``, as in the typed facades."""
    if _UNDERSCORED.keys().isdisjoint(params):
        return params
    return {_UNDERSCORED.get(name, name): value for name, value in params.items()}


def present(values: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters a caller gave: those left at ``None`` are not sent, so the vendor's default applies."""
    return {name: value for name, value in values.items() if value is not None}


class VendorAccess:
    """What the generated typed properties of ``Client`` / ``AsyncClient`` stand on."""

    def adapter(self, vendor_id: str) -> VendorAdapter:
        """The vendor's facade object (the client provides it)."""
        raise NotImplementedError

    def typed_adapter(self, vendor_id: str, cls: type[AdapterT]) -> AdapterT:
        """The vendor's facade object, checked to be of the generated class ``cls``."""
        made = self.adapter(vendor_id)
        if not isinstance(made, cls):
            raise ConfigurationError(
                f"{vendor_id}: its facade is a {type(made).__name__}, not a {cls.__name__}: run `make generate`",
                vendor=vendor_id,
            )
        return made


def adapter_classes(
    vendor_id: str, manifest: Manifest | None = None
) -> tuple[type[VendorAdapter], type[VendorAdapter]]:
    """The vendor's generated sync and async facade classes; importing them imports its generated client."""
    vendor = manifest.vendor(vendor_id) if manifest is not None else vendor_summary(vendor_id)
    return facade_classes(vendor_id, vendor.package)


def facade_classes(vendor_id: str, package: str) -> tuple[type[VendorAdapter], type[VendorAdapter]]:
    """The generated sync and async facade classes in ``package``; a clear error where they cannot load."""
    try:
        module = importlib.import_module(f"{package}.facade")
    except ModuleNotFoundError as exc:
        raise ConfigurationError(
            f"{vendor_id}: cannot load its facade or client ({exc.name} is missing); run `make generate`",
            vendor=vendor_id,
        ) from None
    sync, asynchronous = module.facades
    return sync, asynchronous
