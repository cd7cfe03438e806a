"""Requests built the way ``httpx.Client.build_request`` builds them, with the fixed parts worked out once.

httpx parses the base URL, merges it with the path and copies the client's headers on every
``build_request``; on a trigger that was a third of the facade's own time. The builder keeps the default
headers (httpx's ``Accept``, ``Accept-Encoding``, ``Connection``, ``User-Agent`` and the key) and the
URLs it has parsed, and hands the rest to ``httpx.Request``, so the bytes sent stay httpx's own
(tests/facade/test_requests.py compares both). The client's cookie jar is the one part left out: a call
carries its key and nothing a vendor set on an earlier answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

KEPT_URLS = 256
"""Parsed URLs kept per client: a trigger's path is one URL; a status read's differs by run id."""


class _NeverSends(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError("the request builder's client never sends")


class RequestBuilder:
    """Builds a generated operation's request on a base URL and headers (the key's), as httpx's client would."""

    def __init__(self, base_url: str, headers: Mapping[str, str]) -> None:
        # A client that only builds: its base URL and default headers are what httpx merges into a request.
        self._client = httpx.Client(base_url=base_url, headers=headers, transport=_NeverSends())
        self._headers = self._client.headers.copy()
        self._urls: dict[str, httpx.URL] = {}

    def _url(self, path: str) -> httpx.URL:
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= KEPT_URLS:
                self._urls.clear()
            # httpx's own merge of base URL and path, odd paths included ("//x" loses its leading slashes).
            url = self._urls[path] = self._client.build_request("GET", path).url
        return url

    def build(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> httpx.Request:
        """The request for the generated ``request_kwargs`` (method, url, params, headers, body)."""
        headers = self._headers.copy()
        own = kwargs.pop("headers", None)
        if own:
            headers.update(own)  # as httpx merges them: a default the operation names is replaced
        return httpx.Request(
            kwargs.pop("method"),
            self._url(kwargs.pop("url")),
            headers=headers,
            extensions={"timeout": timeout.as_dict()},
            **kwargs,
        )
