"""``testruns sandbox``: serve the sandbox in the foreground and say how to point the facade at it."""

from __future__ import annotations

import json
import sys

from ._sandbox import Sandbox

__all__ = ["serve"]


def serve(
    *,
    host: str,
    port: int,
    queued_seconds: float,
    running_seconds: float,
    max_runs: int,
    as_json: bool,
) -> None:
    """Serve until Ctrl-C or SIGTERM, after printing the ``export`` lines (or one JSON object)."""
    sandbox = Sandbox(
        host=host, port=port, queued_seconds=queued_seconds, running_seconds=running_seconds, max_runs=max_runs
    )
    env = sandbox.environment()

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
