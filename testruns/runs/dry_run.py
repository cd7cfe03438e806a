"""A dry run: what a call would send, as the facade decides it, with its credentials masked; nothing sent.

It shows the facade's own decisions, read off the generated ``request_kwargs`` (the same function that builds
the sent request): the method, the URL (the vendor's server and the operation's path), the query, the headers
the facade sets (the key's, masked, and the operation's own) and the body. httpx adds its usual headers
(``Host``, ``User-Agent``, ``Accept``, ``Content-Length`` ...) when it builds the real request; they are not
predicted here, so a dry run needs no httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..http.decoding import ACCEPT_ENCODING

if TYPE_CHECKING:
    from ..http.target import Target
    from .call import Call


def describe(target: Target, call: Call) -> dict[str, Any]:
    """``call``'s request on ``target``: method, URL, query, headers and body, with credentials masked."""
    kwargs = call.request(target.vendor.id)
    redactor = target.redactor
    auth = target.auth_headers(placeholder=True) if call.needs_key else {}
    headers = {"Accept-Encoding": ACCEPT_ENCODING, **auth, **kwargs.get("headers", {})}
    shown: dict[str, Any] = {
        "method": str(kwargs["method"]).upper(),
        "url": redactor.url(target.url(str(kwargs["url"]))),
    }
    query = {name: value for name, value in (kwargs.get("params") or {}).items() if value is not None}
    if query:
        shown["query"] = redactor.data(query)
    shown["headers"] = redactor.headers((name.lower(), str(value)) for name, value in headers.items())
    body = kwargs.get("json", kwargs.get("content", kwargs.get("data")))
    shown["body"] = redactor.data(body.decode("utf-8", "replace") if isinstance(body, bytes) else body)
    return shown
