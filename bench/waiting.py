"""Waiting on 100 concurrent runs with the async client against the sandbox, and a bare httpx loop alike.

Both sides poll the same runs' status on the same schedule (1 s, growing by
half, up to the cap) until each run is over; the figures are the polling load
per run (requests per minute) and the CPU spent per poll in this process.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from pathlib import Path

import httpx

import testruns
from testruns.runs.polling import Polling
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest

from .common import PYTHON, figure, free_port, heading, serving

RUNS = 100
POLL = 2.0  # the cap; the runs below last about 9 s
VENDOR = "testerarmy"


async def _trigger_all(client: testruns.AsyncClient) -> list[testruns.TriggeredRun]:
    example = dict(load_manifest().vendor(VENDOR).operations["trigger"].example)
    return list(await asyncio.gather(*(client.trigger(AnyVendorId(VENDOR), **example) for _ in range(RUNS))))


async def facade_side() -> tuple[int, float, float]:
    """(polls, wall seconds, CPU seconds) of 100 concurrent ``AsyncClient.wait``."""
    async with testruns.AsyncClient() as client:
        runs = await _trigger_all(client)
        seen: list[testruns.RunStatus] = []
        started, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(client.wait(run, poll=POLL, timeout=120, on_status=seen.append) for run in runs))
        return len(seen), time.perf_counter() - started, time.process_time() - cpu


async def bare_side(base_url: str) -> tuple[int, float, float]:
    """The same with a bare ``httpx.AsyncClient`` GET loop on the same schedule."""
    async with testruns.AsyncClient() as client:
        runs = await _trigger_all(client)
    headers = {"Authorization": f"Bearer {os.environ['TESTERARMY_API_KEY']}"}
    polls = itertools.count()

    async def one(http: httpx.AsyncClient, run_id: str) -> None:
        for interval in Polling(120, POLL).intervals():
            answer = (await http.get(f"/v1/runs/{run_id}")).json()
            next(polls)
            if answer["status"] in ("completed", "failed", "cancelled"):
                return
            await asyncio.sleep(interval)

    started, cpu = time.perf_counter(), time.process_time()
    async with httpx.AsyncClient(base_url=base_url, headers=headers) as http:
        await asyncio.gather(*(one(http, run.run_id) for run in runs))
    return next(polls), time.perf_counter() - started, time.process_time() - cpu


def run() -> None:
    """Print the waiting figures."""
    port = free_port()
    command = str(Path(PYTHON).with_name("testruns"))
    timing = ["--queued-seconds", "1", "--running-seconds", "8", "--max-runs", "100000"]
    with serving([command, "sandbox", "--port", str(port), *timing], port) as url:
        paths = httpx.get(f"{url}/_sandbox").json()["vendors"]
        for vendor in load_manifest().vendors:
            os.environ[vendor.base_url_env] = url + paths[vendor.id]
            for variable in vendor.auth.variables:
                os.environ[variable] = "sandbox-key"
        facade = asyncio.run(facade_side())
        bare = asyncio.run(bare_side(url + paths[VENDOR]))
    heading(f"Waiting on {RUNS} concurrent runs (about 9 s each) against the sandbox, poll cap {POLL:g} s")
    for label, (polls, wall, cpu) in (("facade AsyncClient.wait", facade), ("bare httpx.AsyncClient GET loop", bare)):
        figure(f"{label}: status reads per run per minute", polls / RUNS / (wall / 60), "req/min")
        figure(f"{label}: CPU per poll", cpu / polls * 1e6, "µs")
    figure("ratio facade / bare, CPU per poll", (facade[2] / facade[0]) / (bare[2] / bare[0]), "")
