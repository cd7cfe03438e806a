"""Requests built the way ``httpx.Client.build_request`` builds them, with the fixed parts worked out once.

httpx parses the base URL, merges it with the path and copies the client's headers on every
``build_request``; on a trigger that was a third of the facade's own time. The builder keeps the default
headers (httpx's ``Accept``, ``Accept-Encoding``, ``Connection``, ``User-Agent`` and the key), each set
merged with an operation's own headers, and the URLs it has parsed, and hands the rest to
``httpx.Request``. For async calls, ``outgoing`` also keeps the header lines httpx gave the first call
of each shape and fills in only the body and its length. Either way the bytes sent are httpx's own:
tests/facade/test_requests.py compares both with httpx's client for any path, query, header and body.
The client's cookie jar is the one part left out: a call carries its key and nothing a vendor set on an
earlier answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._decoding import ACCEPT_ENCODING
from ._errors import InvalidInputError
from ._plain_http import Laid, json_body

if TYPE_CHECKING:
    from ._call import Call

KEPT = 256
"""Parsed URLs (and merged header sets) kept per client: a trigger's path is one URL; a status read's differs
by run id."""
K = TypeVar("K")
V = TypeVar("V")


def keep(kept: dict[K, V], key: K, value: V) -> V:
    """``value``, remembered under ``key``; a cache that holds ``KEPT`` already is emptied first, so run ids never
    grow it."""
    if len(kept) >= KEPT:
        kept.clear()
    kept[key] = value
    return value


_JSON_CALL = frozenset({"method", "url", "headers", "json"})
"""What a call's ``request_kwargs`` hold when its body (if any) is JSON: the shape ``outgoing`` fills in itself."""


@dataclass(frozen=True, slots=True, repr=False)
class Outgoing:
    """A built request as it goes on the wire: method, URL, header lines in order, and body.

    Its header lines hold the key, so its repr shows only the method and URL, as httpx's does.
    """

    method: str
    url: httpx.URL
    raw_headers: tuple[tuple[bytes, bytes], ...]
    content: bytes
    extensions: dict[str, Any]

    def __repr__(self) -> str:
        return f"<Outgoing({self.method!r}, {str(self.url)!r})>"

    @classmethod
    def of(cls, request: httpx.Request) -> Outgoing:
        """``request``'s parts."""
        return cls(request.method, request.url, tuple(request.headers.raw), request.content, request.extensions)

    @property
    def headers(self) -> httpx.Headers:
        """The header lines as httpx headers (for logs)."""
        return httpx.Headers(list(self.raw_headers))

    def as_httpx(self) -> httpx.Request:
        """The same request as an ``httpx.Request`` (its Host and Content-Length lines are already there)."""
        return httpx.Request(
            self.method, self.url, headers=list(self.raw_headers), content=self.content, extensions=self.extensions
        )


@dataclass(frozen=True, slots=True, repr=False)  # its header lines hold the key
class _Template:
    """The header lines httpx gave one shape of call; only the body's length differs from call to call."""

    method: str
    url: httpx.URL
    raw_headers: tuple[tuple[bytes, bytes], ...]
    length_at: int | None

    @classmethod
    def of(cls, request: httpx.Request, content: bytes, merged: httpx.Headers) -> _Template | None:
        """The template of ``request`` (httpx's own build), or None where its lines are not the body's alone."""
        if request.content != content or "content-length" in merged or "transfer-encoding" in merged:
            return None  # an encoding other than ours, or a length the operation sets itself: httpx builds each
        raw = tuple(request.headers.raw)
        if not content:
            return cls(request.method, request.url, raw, None)  # every line fixed (a POST's "Content-Length: 0" too)
        at = [i for i, (name, _) in enumerate(raw) if name.lower() == b"content-length"]
        if len(at) != 1 or raw[at[0]][1] != str(len(content)).encode():
            return None
        return cls(request.method, request.url, raw, at[0])

    def fill(self, content: bytes, extensions: dict[str, Any]) -> Outgoing:
        """This shape's request with ``content`` as its body."""
        raw = self.raw_headers
        if self.length_at is not None:
            at = self.length_at
            raw = (*raw[:at], (raw[at][0], str(len(content)).encode()), *raw[at + 1 :])
        return Outgoing(self.method, self.url, raw, content, extensions)


class _NeverSends(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError("the request builder's client never sends")


class RequestBuilder:
    """Builds a generated operation's request on a base URL and headers (the key's), as httpx's client would."""

    def __init__(self, base_url: str, headers: Mapping[str, str]) -> None:
        # A client that only builds: its base URL and default headers are what httpx merges into a request.
        self._client = httpx.Client(base_url=base_url, headers=headers, transport=_NeverSends())
        # Only the encodings the facade can decode within an answer's bound (set in place: httpx's order stays).
        self._client.headers["Accept-Encoding"] = ACCEPT_ENCODING
        self.auth = headers
        """The headers it was made with (a connection makes a new builder when its key is read)."""
        self._headers = self._client.headers.copy()
        self._urls: dict[str, httpx.URL] = {}
        self._merged: dict[tuple[tuple[str, str], ...], httpx.Headers] = {}
        self._templates: dict[tuple[str, str, tuple[tuple[str, str], ...], bool], _Template] = {}

    def _url(self, path: str) -> httpx.URL:
        url = self._urls.get(path)
        if url is None:
            # httpx's own merge of base URL and path, odd paths included ("//x" loses its leading slashes).
            url = keep(self._urls, path, self._client.build_request("GET", path).url)
        return url

    def _with(self, own: Mapping[str, Any] | None) -> httpx.Headers:
        """The default headers with the operation's own (usually its Content-Type) merged as httpx merges them."""
        if not own:
            return self._headers  # httpx.Request copies what it is given: the defaults are never changed
        key = tuple(own.items())  # the generated code gives header values as text
        merged = self._merged.get(key)
        if merged is None:
            merged = keep(self._merged, key, self._headers.copy())
            merged.update(own)  # a default the operation names is replaced
        return merged

    def build(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> httpx.Request:
        """The request for the generated ``request_kwargs`` (method, url, params, headers, body)."""
        headers = self._with(kwargs.pop("headers", None))
        return httpx.Request(
            kwargs.pop("method"),
            self._url(kwargs.pop("url")),
            headers=headers,
            extensions={"timeout": timeout.as_dict()},
            **kwargs,
        )

    def outgoing(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> Outgoing:
        """What ``build`` makes, as its wire parts; after a shape's first call httpx's lines are reused.

        Building an ``httpx.Request`` cost more than the rest of an async trigger's own work. A call with
        a JSON body (or none) differs from the last one of its shape (method, path, headers) only in its
        body and that body's length, so httpx builds the first and its header lines serve the rest.
        """
        if not _JSON_CALL.issuperset(kwargs):
            return Outgoing.of(self.build(kwargs, timeout))
        own = kwargs.get("headers")
        body = kwargs.get("json")
        content = b"" if body is None else json_body(body)
        key = (kwargs["method"], kwargs["url"], tuple(own.items()) if own else (), body is not None)
        template = self._templates.get(key)
        if template is not None:
            return template.fill(content, {"timeout": timeout.as_dict()})
        merged = self._with(own)
        request = self.build(kwargs, timeout)
        made = _Template.of(request, content, merged)
        if made is not None:
            keep(self._templates, key, made)
        return Outgoing.of(request)


BuiltT = TypeVar("BuiltT", httpx.Request, Outgoing)


def built(
    vendor: str,
    builder: RequestBuilder,
    make: Callable[[RequestBuilder, dict[str, Any], httpx.Timeout], BuiltT],
    call: Call,
    timeout: httpx.Timeout,
) -> BuiltT:
    """``call``'s request, made by ``make`` on ``builder``; a value no request can carry is an
    ``InvalidInputError`` (the value itself is never repeated: it may be anything)."""
    try:
        return make(builder, call.request_kwargs(**call.kwargs), timeout)
    except httpx.InvalidURL:
        problem = "a path or query value makes an invalid URL"
    except UnicodeEncodeError:
        problem = "a value cannot be encoded (a lone surrogate, or a header value that is not ASCII)"
    raise InvalidInputError(f"{vendor}: {problem}", vendor=vendor)


def laid_out(vendor: str, base_url: str, auth: Mapping[str, str], call: Call) -> Laid:
    """What httpx builds of ``call`` on ``base_url`` with the key's headers ``auth``: a dry run's request where
    ``_plain_http`` leaves it to httpx (or where httpx, too, must refuse a value)."""
    request = built(vendor, RequestBuilder(base_url, auth), RequestBuilder.build, call, httpx.Timeout(None))
    return Laid(request.method, str(request.url), list(request.headers.items()), request.content)
