"""Serving the sandbox's ASGI app with uvicorn: in a background thread (tests) or in the foreground (CLI)."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable, Generator
from types import FrameType
from typing import Any

import uvicorn

__all__ = ["DroppedConnection", "Server"]

_STARTUP_TIMEOUT = 10.0


class DroppedConnection(Exception):
    """Raised by the app to make uvicorn close the connection mid-answer (the ``drop`` fault)."""


class _QuietAboutDrops(logging.Filter):
    # uvicorn logs an app exception with a traceback; a drop is on purpose, so it says nothing.
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietAboutDrops())


class _Uvicorn(uvicorn.Server):
    on_ready: Callable[[], None] | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        # Announced only now: whoever reads it can connect at once, and a signal is already handled.
        if self.started and self.on_ready:
            self.on_ready()

    # uvicorn re-raises Ctrl-C / SIGTERM once it has shut down, which would end
    # the process with a signal; the sandbox wants to return and say it stopped.
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def stop(sig: int, frame: FrameType | None) -> None:
            self.should_exit = True

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


class Server:
    """uvicorn serving ``app`` on a socket bound at once, so the port is known before it serves."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        self._socket = socket.create_server((host, port))
        self._uvicorn = _Uvicorn(
            uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=2)
        )
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        """The host and port actually bound."""
        host, port = self._socket.getsockname()[:2]
        return host, port

    def serve(self, on_ready: Callable[[], None] | None = None) -> None:
        """Serve until Ctrl-C or SIGTERM (in the main thread) or ``stop()``; ``on_ready`` runs once it accepts."""
        self._uvicorn.on_ready = on_ready
        try:
            self._uvicorn.run(sockets=[self._socket])
        finally:
            self._socket.close()

    def start(self) -> None:
        """Serve in a background thread; returns once the server accepts connections."""
        self._thread = threading.Thread(target=self.serve, name="testruns-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while not self._uvicorn.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        if not self._uvicorn.started:
            raise RuntimeError("the sandbox's server did not start (see the log above)")

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._uvicorn.should_exit = True
        if self._thread:
            self._thread.join(timeout=_STARTUP_TIMEOUT)
            self._thread = None
