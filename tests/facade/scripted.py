"""Scripted answers over httpx's MockTransport: each request gets the next one, and is recorded."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from testruns import RetryPolicy

Handler = Callable[[httpx.Request], httpx.Response]
FAST = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)
"""The default three attempts, without the waits, so retry tests count requests quickly."""


def replies(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering each request with the next of ``responses`` (raising it if an exception), and the
    list of requests it received. A request beyond the script fails the call, so extra requests are seen."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler, seen
