"""A scripted HTTP server on 127.0.0.1 for tests that need real sockets (the CLI, timeouts, dropped connections)."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted answer: a status and JSON (or raw) body, or a fault."""

    status: int = 200
    body: Any = None
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering
    trickle: float = 0.0  # promise a megabyte, then send one byte each `trickle` seconds (at most 30 s)
    head_trickle: float = 0.0  # send the status line and headers one byte each `head_trickle` seconds (30 s at most)
    wire: bytes | None = None  # the whole answer as sent, status line and headers included (then the socket closes)


@dataclass(frozen=True)
class Received:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    wire_headers: tuple[tuple[str, str], ...] = ()
    """The header lines as sent: names in their case, in their order."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a hundred callers connect at once in the pool tests


class Loopback:
    """Answers each request with the next scripted ``Reply`` (the last one repeats) and records it."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        """``tls``: serve https with this server-side context (plain http without)."""
        self.replies: list[Reply] = [Reply(200, {})]
        self.received: list[Received] = []
        self.connections = 0
        """TCP connections accepted so far."""
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def setup(self) -> None:
                super().setup()
                with outer._lock:
                    outer.connections += 1

            def do_GET(self) -> None:
                self.do_POST()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                content = self.rfile.read(length) if length else b""
                with outer._lock:
                    outer.received.append(
                        Received(
                            self.command,
                            self.path,
                            {k.lower(): v for k, v in self.headers.items()},
                            json.loads(content) if content else None,
                            tuple(self.headers.items()),
                        )
                    )
                    reply = outer.replies.pop(0) if len(outer.replies) > 1 else outer.replies[0]
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.wire is not None:
                    self.close_connection = True
                    self.wfile.write(reply.wire)
                    return
                if reply.drop:
                    self.close_connection = True
                    self.wfile.flush()
                    self.connection.shutdown(2)
                    return
                data = (
                    reply.raw
                    if reply.raw is not None
                    else (b"" if reply.body is None else json.dumps(reply.body).encode())
                )
                if reply.trickle:
                    self._trickle(reply)
                    return
                if reply.head_trickle:
                    self._trickle_head(reply, data)
                    return
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _trickle(self, reply: Reply) -> None:
                self.close_connection = True
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(1024 * 1024))
                self.end_headers()
                deadline = time.monotonic() + 30
                try:
                    while time.monotonic() < deadline:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                except OSError:
                    pass  # the client gave up, as it should

            def _trickle_head(self, reply: Reply, data: bytes) -> None:
                self.close_connection = True
                head = f"HTTP/1.1 {reply.status} OK\r\nContent-Type: application/json\r\n"
                head += "".join(f"X-Pad-{i}: {'p' * 40}\r\n" for i in range(100))
                head += f"Content-Length: {len(data)}\r\n\r\n"
                deadline = time.monotonic() + 30
                try:
                    for byte in head.encode():
                        if time.monotonic() > deadline:
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(reply.head_trickle)
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up, as it should

        self.server = _Server(("127.0.0.1", 0), Handler)
        if tls is not None:
            # The handshake happens on accept: a client that rejects the certificate never reaches a handler.
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        scheme = "http" if tls is None else "https"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, in order; the last one then repeats."""
        with self._lock:
            self.replies = list(replies)
            self.received = []


@contextmanager
def loopback(tls: ssl.SSLContext | None = None) -> Iterator[Loopback]:
    """A running ``Loopback`` (https with ``tls``), shut down afterwards."""
    server = Loopback(tls)
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()
        thread.join(5)
