"""A dry run: the request a call would send, shown with its credentials masked, and nothing sent.

The generated ``request_kwargs`` build the call, as when it is sent. Where nothing has loaded httpx yet (the
``testruns`` command), a plain request is laid out by ``_plain_http`` without it; otherwise httpx builds it,
as it builds every request that is sent. Either way the key sits among the client's own headers, where the
sent request carries it.
"""

from __future__ import annotations

import contextlib
import json
import sys
from typing import TYPE_CHECKING, Any

from ._plain_http import Laid, plain_request

if TYPE_CHECKING:
    from ._call import Call
    from ._target import Target


def describe(target: Target, call: Call) -> dict[str, Any]:
    """``call``'s request on ``target`` as method, URL, headers and body, with credentials masked."""
    auth = target.auth_headers(placeholder=True)
    laid = None
    if "httpx" not in sys.modules:
        # A value no request can carry raises here; httpx then refuses it below, as when the call is sent.
        with contextlib.suppress(UnicodeEncodeError):
            laid = plain_request(target.base_url, auth, call.request_kwargs(**call.kwargs))
    if laid is None:
        from ._requests import laid_out  # noqa: PLC0415 - httpx builds what is not plain

        laid = laid_out(target.vendor.id, target.base_url, auth, call)
    return _shown(target, laid)


def _shown(target: Target, laid: Laid) -> dict[str, Any]:
    content = laid.content.decode("utf-8", "replace")
    body: Any
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = content
    redactor = target.redactor
    return {
        "method": laid.method,
        "url": redactor.url(laid.url),
        "headers": redactor.headers(laid.headers),
        "body": redactor.data(body),
    }
