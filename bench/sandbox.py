"""The sandbox's own cost: triggers per second from the async facade, against a bare ASGI echo of its answers.

Both servers are uvicorn with the same settings, each in its own process; the
echo replays the answers the sandbox gave, so the only difference is the
sandbox's work: routing, openapi-core's validation of every request, faults,
the request log and the run store.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import statistics
import time
from pathlib import Path
from typing import Any

import httpx

import testruns
from bench.common import PYTHON, figure, free_port, heading, serving
from testruns.sandbox import DUMMY_KEY
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest

CALLERS = 50
CALLS = 2000
ROUNDS = 3
# One trigger per vendor of the manifest: the example beside its entry.
TRIGGERS: dict[str, dict[str, Any]] = {v.id: dict(v.operations["trigger"].example) for v in load_manifest().vendors}

ECHO = """
import json, sys, uvicorn
answers = {vendor: (status, body.encode()) for vendor, (status, body) in json.loads(sys.argv[2]).items()}
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    status, body = answers.get(scope["path"].split("/", 2)[1], (404, b"{}"))
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, lifespan="off")
"""


def base_urls(url: str, paths: dict[str, str]) -> dict[str, str]:
    """Each vendor's base URL on the server at ``url``, from the sandbox's own paths (``GET /_sandbox``)."""
    return {vendor: url + path for vendor, path in paths.items()}


async def triggers_per_second(urls: dict[str, str]) -> float:
    """Throughput of ``CALLS`` triggers, round-robin over the vendors, from ``CALLERS`` concurrent callers."""
    calls = itertools.islice(itertools.cycle(TRIGGERS.items()), CALLS)
    keys = dict.fromkeys(TRIGGERS, DUMMY_KEY)
    async with testruns.AsyncClient(api_keys=keys, base_urls=urls, timeout=60) as client:
        for vendor, params in TRIGGERS.items():  # warm the clients and connections
            await client.trigger(AnyVendorId(vendor), **params)

        async def caller() -> None:
            for vendor, params in calls:
                await client.trigger(AnyVendorId(vendor), **params)

        started = time.perf_counter()
        await asyncio.gather(*(caller() for _ in range(CALLERS)))
        return CALLS / (time.perf_counter() - started)


def recorded_answers(url: str, paths: dict[str, str]) -> dict[str, tuple[int, str]]:
    """One real answer per vendor from the sandbox (its status from the sandbox's log), for the echo to replay."""
    bodies = {}
    with testruns.Client(api_keys=dict.fromkeys(TRIGGERS, DUMMY_KEY), base_urls=base_urls(url, paths)) as client:
        for vendor, params in TRIGGERS.items():
            bodies[vendor] = json.dumps(client.trigger(AnyVendorId(vendor), **params).raw.to_dict())
    statuses = {r["vendor"]: r["status"] for r in httpx.get(f"{url}/_sandbox/requests").json()}
    return {vendor: (statuses[vendor], body) for vendor, body in bodies.items()}


def run() -> None:
    """Print the sandbox's figures."""
    sandbox_port, echo_port = free_port(), free_port()
    testruns_command = str(Path(PYTHON).with_name("testruns"))
    with serving([testruns_command, "sandbox", "--port", str(sandbox_port)], sandbox_port) as sandbox_url:
        paths = httpx.get(f"{sandbox_url}/_sandbox").json()["vendors"]
        answers = recorded_answers(sandbox_url, paths)
        with serving([PYTHON, "-c", ECHO, str(echo_port), json.dumps(answers)], echo_port) as echo_url:
            sandbox_rates, echo_rates = [], []
            for _ in range(ROUNDS):  # interleaved, so drift in machine load falls on both alike
                echo_rates.append(asyncio.run(triggers_per_second(base_urls(echo_url, paths))))
                sandbox_rates.append(asyncio.run(triggers_per_second(base_urls(sandbox_url, paths))))
    echo, sandbox = statistics.median(echo_rates), statistics.median(sandbox_rates)
    heading(f"Sandbox throughput: {CALLERS} concurrent async facade callers, {CALLS} triggers, median of {ROUNDS}")
    figure("bare ASGI echo of the same answers (uvicorn)", echo, "triggers/s")
    figure("sandbox, every request validated by openapi-core", sandbox, "triggers/s")
    figure("ratio sandbox / echo", sandbox / echo, "", ">= 0.50")
