"""A prepared call, and reading values out of an answer: what the facade hands between validating and sending.

Nothing here loads httpx, so validating a call and showing it (a dry run) never do.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from .._errors import InvalidInputError
from ..http.redact import refuse_pickling
from ..vendors.openapi import pointer_steps

if TYPE_CHECKING:
    from ..http.retry import Operation


class Call(NamedTuple):
    """One prepared operation: the generated module's two halves and its keyword arguments.

    A named tuple, immutable as a frozen dataclass is, and made in a third of the time: every call makes one.
    """

    operation: Operation
    request_kwargs: Callable[..., dict[str, Any]]
    """The generated ``request_kwargs``: method, URL, query, headers, body."""
    parse_response: Callable[..., Any]
    """The generated ``parse_response``: the answer's parsed model (an undocumented status raises)."""
    kwargs: dict[str, Any]
    """The generated call's arguments: a password field's value among them, so never in the repr."""
    run_id_at: str | None = None
    """JSON Pointer to the run id in the success answer: read even from an answer that breaks the spec."""
    lenient: bool = False
    """A success answer the generated parser refuses is kept (``parsed`` None): a status read shows a state
    word the spec does not list instead of failing on it."""
    needs_key: bool = True
    """Whether the operation asks for credentials; where the spec declares none, no key is demanded or sent."""
    secrets: tuple[str, ...] = ()
    """The values of the call's ``format: password`` fields: masked, as the key is, in all that is shown."""
    names: Mapping[str, str] = {}
    """The generated call's argument → the caller's name for it, where the two differ (errors speak the caller's)."""

    def __reduce__(self) -> NoReturn:
        refuse_pickling(self)  # ``kwargs`` and ``secrets`` hold the password fields' values

    def request(self, vendor: str) -> dict[str, Any]:
        """The generated ``request_kwargs`` for this call: what the sent request and a dry run are built from.

        A path value no URL can carry (empty, ``.`` or ``..``, refused by the generated code) is an
        ``InvalidInputError`` naming the caller's parameter; nothing is sent.
        """
        try:
            return self.request_kwargs(**self.kwargs)
        except ValueError as exc:
            errors = getattr(sys.modules[self.request_kwargs.__module__], "errors", None)
            if errors is None or not isinstance(exc, errors.PathValueError):
                raise
            field = self.names.get(exc.parameter, exc.parameter)
            raise InvalidInputError(f"{vendor}: {field}: {exc.reason}", vendor=vendor, field=field) from None

    def __repr__(self) -> str:
        # Not the tuple's own: the arguments and secrets hold a password field's value.
        return f"Call(operation={self.operation!r}, request_kwargs={self.request_kwargs.__module__})"


@functools.cache
def _steps(pointer: str) -> tuple[str, ...]:
    """A pointer's keys, worked out once: every answer of an operation is read at the same few pointers."""
    return tuple(pointer_steps(pointer))


def value_at(document: Any, pointer: str | None) -> str | None:
    """The text or number at JSON Pointer ``pointer`` in ``document``, as text; None where there is none."""
    if pointer is None:
        return None
    node = document
    for key in _steps(pointer):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    if isinstance(node, bool) or not isinstance(node, str | int):
        return None
    return str(node) or None
