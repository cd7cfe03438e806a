"""``testruns sandbox``: serve the sandbox in the foreground and say how to point the facade at it."""

from __future__ import annotations

import ipaddress
import json
import sys

from .._errors import ConfigurationError
from ._sandbox import Sandbox

__all__ = ["serve"]


def serve(
    *,
    host: str,
    port: int,
    queued_seconds: float,
    running_seconds: float,
    max_runs: int,
    key: str,
    as_json: bool,
) -> None:
    """Serve until Ctrl-C or SIGTERM, after printing the ``export`` lines (or one JSON object)."""
    try:
        sandbox = Sandbox(
            host=host,
            port=port,
            queued_seconds=queued_seconds,
            running_seconds=running_seconds,
            max_runs=max_runs,
            key=key,
        )
        env = sandbox.environment()  # binds the port
    except ValueError as exc:
        raise ConfigurationError(f"sandbox: {exc}") from None
    except OSError as exc:
        raise ConfigurationError(
            f"sandbox: cannot listen on {host}:{port} ({exc.strerror or exc}); "
            "choose another --port, or --port 0 for a free one"
        ) from None
    for note in sandbox.notes:
        print(f"note: {note}", file=sys.stderr, flush=True)
    if not _is_loopback(host):
        print(
            f"warning: the sandbox listens on {host}, beyond this machine: its control API (/_sandbox) "
            "has no authentication, so anyone who reaches it can plan faults and read the request log",
            file=sys.stderr,
            flush=True,
        )

    def announce() -> None:
        if as_json:
            where = {"url": sandbox.url, "control": f"{sandbox.url}/_sandbox", "environment": env}
            print(json.dumps(where), flush=True)
            return
        print(f"# testruns sandbox: {len(sandbox.vendors)} vendors on {sandbox.url} (Ctrl-C to stop)")
        print("# Point the facade (and the testruns command) at it:")
        for name, value in env.items():
            print(f"export {name}={value}")
        print(f"# Faults, the request log and runs: {sandbox.url}/_sandbox", flush=True)

    sandbox.serve(on_ready=announce)
    print("testruns sandbox: stopped", file=sys.stderr, flush=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
