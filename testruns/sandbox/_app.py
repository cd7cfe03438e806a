"""The sandbox as one ASGI app: ``/<vendor>/...`` goes to that vendor's stand-in, ``/_sandbox/...`` to control."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from ._control import PREFIX, Control
from ._server import DroppedConnection
from ._stand_in import Answer, StandIn

__all__ = ["SandboxApp"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

# No vendor's test-run request comes near this; a bigger body is refused unread.
MAX_BODY = 1024 * 1024


class SandboxApp:
    """Routes each request by its first path segment."""

    def __init__(self, stand_ins: Mapping[str, StandIn], control: Control) -> None:
        self._stand_ins = stand_ins
        self._control = control

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method: str = scope["method"]
        path: str = scope["path"]
        body = await _read_body(receive)
        if body is None:
            answer = Answer.json(413, {"error": f"the body is larger than {MAX_BODY} bytes"})
        else:
            try:
                answer = self._answer(scope, method, path, body)
            except Exception:
                # A bug of the sandbox's own: said in JSON, logged once, never a plain-text traceback to the client.
                logging.getLogger("testruns.sandbox").exception("the sandbox failed on %s %s", method, path)
                answer = Answer.json(500, {"error": "the sandbox failed on this request (see its log)"})
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.drop:
            # Headers out, then the connection closes: the client is left without a complete answer.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})
            raise DroppedConnection
        headers = [*answer.headers, (b"content-length", str(len(answer.body)).encode())]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": answer.body})

    def _answer(self, scope: Scope, method: str, path: str, body: bytes) -> Answer:
        first = path.split("/", 2)[1] if path.startswith("/") else ""
        if first == PREFIX.lstrip("/"):
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            return self._control.answer(method, path, query, body)
        stand_in = self._stand_ins.get(first)
        if stand_in is None:
            known = ", ".join(f"/{vendor}" for vendor in self._stand_ins)
            return Answer.json(404, {"error": f"no vendor at {path}; the sandbox serves {known} and {PREFIX}"})
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        return stand_in.answer(method, path, scope.get("query_string", b"").decode("latin-1"), headers, body)


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
