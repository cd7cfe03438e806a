"""What httpx 0.28 makes of plain values, worked out without importing it: a dry run starts in less time than
importing httpx takes (about 0.1 s).

"Plain" is narrow on purpose: an http(s) base URL of a lower-case host (or an IPv4 address) and a path of
unreserved characters; a path of unreserved characters and ``%XX`` escapes, without dot segments; a query of
text, numbers and booleans; header names and values of printable ASCII; a JSON body or none; httpx 0.28
installed without the brotli or zstandard decoders. For these, httpx changes nothing in the URL and
adds its fixed headers, so the request is known without building it. Anything else is left to httpx
itself (``plain_request`` gives None). tests/facade/test_plain_http.py holds both functions to httpx's own
results for any base URL, path, query, header and body.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._decoding import ACCEPT_ENCODING

_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_PLAIN_BASE = re.compile(
    rf"(?P<scheme>https?)://(?P<host>{_LABEL}(?:\.{_LABEL})*)(?::(?P<port>[1-9][0-9]{{0,4}}))?"
    r"(?P<path>(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/*)"
)
_IPV4_STYLE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+")  # httpx checks these as addresses
_OCTET = re.compile(r"0|[1-9][0-9]{0,2}")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHAR = r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})"
_PLAIN_PATH = re.compile(rf"/|(?:/(?:[A-Za-z0-9_~-]|%[0-9A-F]{{2}}){_CHAR}*)+/?")  # no segment starts with a dot
_HEADER_NAME = re.compile(r"[A-Za-z0-9-]+")
_HEADER_VALUE = re.compile(r"[ -~]*")
_LAID_OUT_BY_HTTPX = frozenset({"host", "content-length", "transfer-encoding", "cookie"})
_KWARGS = frozenset({"method", "url", "params", "headers", "json"})
_PRIMITIVES = (str, int, float, bool)
_MAX_LENGTH = 2000
_HTTPX_VERSION = re.compile(r'^__version__ = "(0\.28\.[0-9]+)"$', re.MULTILINE)


@dataclass(frozen=True)
class PlainBase:
    """A plain base URL's parts as httpx gives them: ``netloc`` without a default port, ``path`` as written
    (empty, or trailing slashes and all)."""

    scheme: str
    netloc: str
    path: str


@dataclass(frozen=True)
class Laid:
    """A request as httpx lays it out: method, URL, header lines (names in lower case, as
    ``httpx.Headers.items()`` gives them) and body."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes


# json.dumps makes a new encoder on every call that passes options; one serves every body.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def json_body(value: Any) -> bytes:
    """httpx 0.28's encoding of ``json=``."""
    return _ENCODER.encode(value).encode("utf-8")


def plain_base_url(url: str) -> PlainBase | None:
    """``url``'s parts where it is a plain base URL (httpx accepts it as written, but for a default port
    and trailing slashes), else None."""
    if len(url) > _MAX_LENGTH:
        return None
    found = _PLAIN_BASE.fullmatch(url)
    if found is None:
        return None
    scheme, host, port = found["scheme"], found["host"], found["port"]
    if _IPV4_STYLE.fullmatch(host) and not all(
        _OCTET.fullmatch(octet) and int(octet) <= 255 for octet in host.split(".")
    ):
        return None
    netloc = host if port is None or int(port) == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    return PlainBase(scheme, netloc, found["path"])


@functools.cache
def _httpx_defaults() -> tuple[str, str] | None:
    """httpx's ``User-Agent`` and ``Accept-Encoding``, read without importing it; None where its version or its
    decoders are not the ones this module lays requests out for."""
    spec = importlib.util.find_spec("httpx")
    if spec is None or spec.origin is None:
        return None
    try:
        version = _HTTPX_VERSION.search(Path(spec.origin).with_name("__version__.py").read_text("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    if version is None or any(importlib.util.find_spec(name) for name in ("brotli", "brotlicffi", "zstandard")):
        return None
    return f"python-httpx/{version[1]}", ACCEPT_ENCODING


def _plain_query(params: object) -> str | None:
    """The query httpx makes of ``params`` (stdlib ``urlencode`` of its items), or None where they are not
    plain."""
    if not isinstance(params, dict):
        return None
    items: list[tuple[str, str]] = []
    for name, value in params.items():
        values = value if type(value) in (list, tuple) else [value]
        if type(name) is not str or any(type(item) not in _PRIMITIVES for item in values):
            return None
        items += [(name, "true" if item is True else "false" if item is False else str(item)) for item in values]
    return urllib.parse.urlencode(items)


def _plain_headers(*sets: Mapping[str, Any]) -> dict[str, str] | None:
    """The header sets merged as httpx's ``Headers.update`` merges them (a name set again moves to the end,
    with its new value), or None where a name or value is not plain or is one httpx works out itself."""
    merged: dict[str, str] = {}
    for headers in sets:
        names = set()
        for name, value in headers.items():
            if type(name) is not str or type(value) is not str:
                return None
            lower = name.lower()
            if lower in _LAID_OUT_BY_HTTPX or not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
                return None
            if lower in names:
                return None  # the same name twice in one set: httpx keeps both lines
            names.add(lower)
            merged.pop(lower, None)
            merged[lower] = value
    return merged


def plain_request(base_url: str, auth: Mapping[str, str], kwargs: Mapping[str, Any]) -> Laid | None:
    """The request httpx builds of the generated ``request_kwargs`` on ``base_url`` with the key's headers
    ``auth``, where everything is plain; else None.

    Raises ``UnicodeEncodeError`` where httpx would (a lone surrogate in the query or body).
    """
    defaults = _httpx_defaults()
    base = plain_base_url(base_url)
    method, path = kwargs.get("method"), kwargs.get("url")
    if defaults is None or base is None or not _KWARGS.issuperset(kwargs) or type(method) is not str:
        return None
    if type(path) is not str or len(path) > _MAX_LENGTH or not _PLAIN_PATH.fullmatch(path):
        return None
    params, own = kwargs.get("params"), kwargs.get("headers") or {}
    query = _plain_query(params) if params else ""
    user_agent, accept_encoding = defaults
    fixed = {"Accept": "*/*", "Accept-Encoding": accept_encoding, "Connection": "keep-alive", "User-Agent": user_agent}
    headers = _plain_headers(fixed, auth, own) if isinstance(own, Mapping) else None
    if query is None or headers is None:
        return None
    body = kwargs.get("json")
    try:
        content = b"" if body is None else json_body(body)
    except UnicodeEncodeError:
        raise
    except (TypeError, ValueError):
        return None  # httpx says what is wrong with it
    if content:
        headers.setdefault("content-length", str(len(content)))
        headers.setdefault("content-type", "application/json")
    method = method.upper()
    auto = [("host", base.netloc)]
    if "content-length" not in headers and method in ("POST", "PUT", "PATCH"):
        auto.append(("content-length", "0"))
    # httpx appends the path to the base URL's own, which it makes end in one slash if it does not already.
    prefix = base.path if base.path.endswith("/") else base.path + "/"
    url = f"{base.scheme}://{base.netloc}{prefix}{path.lstrip('/')}" + (f"?{query}" if params else "")
    return Laid(method, url, auto + list(headers.items()), content)
