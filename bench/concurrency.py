"""Async triggers under load: the facade against the same POST made directly with httpx-aiohttp's client (the
stack the facade stands on), pure aiohttp and raw httpx for reference; connections counted on the server.

The server (bench/counting_server.py) answers at once in its own process, so what is measured is the
callers' own cost. Each level runs 5,000 triggers; the rounds interleave the callers so drift in machine
load falls on all of them alike (every other round in reverse order, in an even number of rounds), each run
starts after a full garbage collection (``settled``), and a ratio is the median of each round's own ratio.
Peak memory of 1,000 concurrent triggers is measured in a fresh process per caller (tracemalloc's peak over the
burst, after the imports).
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx

import testruns
from bench.common import PYTHON, REPO, figure, free_port, heading, serving, spread

LEVELS = (1, 50, 200, 1000)
TRIGGERS = 5000
_ASKED_ROUNDS = int(os.environ.get("BENCH_ROUNDS", "6"))
ROUNDS = _ASKED_ROUNDS + _ASKED_ROUNDS % 2
"""Even, so the two orders of the callers (``levels``) count alike in every median."""
SUSTAINED_SECONDS = 10
SECRET = "bench-secret"
BODY = {"test_id": 42, "duration": 10}

Once = Callable[[], Awaitable[Any]]


@contextmanager
def counting_server() -> Iterator[str]:
    """The instantly answering server; its base URL."""
    port = free_port()
    with serving([PYTHON, str(REPO / "bench" / "counting_server.py"), str(port)], port) as url:
        yield url


async def connections(url: str) -> int:
    """Connections the server has accepted so far, this question's own excluded (not an earlier question's)."""
    async with aiohttp.ClientSession() as session, session.get(f"{url}/_connections") as answer:
        return int(await answer.text()) - 1


def settled() -> None:
    """Collect what the callers before left behind, so no caller's figure pays for another's garbage.

    A full collection takes 30 to 55 ms here, and a run of 1,000 callers leaves thousands of objects promoted
    to the oldest generation: whoever ran next (the facade, first in every level) paid for collecting them.
    """
    gc.collect()


async def drive(callers: int, total: int, once: Once) -> float:
    """``total`` triggers from ``callers`` concurrent tasks; triggers per second."""
    left = total

    async def caller() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await once()

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(callers)))
    return total / (time.perf_counter() - started)


async def with_facade(url: str, work: Callable[[Once], Awaitable[float]]) -> float:
    async with testruns.AsyncClient(api_keys={"loadforge": SECRET}, base_urls={"loadforge": url}) as client:
        return await work(lambda: client.loadforge.trigger(**BODY))


async def with_aiohttp(url: str, work: Callable[[Once], Awaitable[float]]) -> float:
    headers = {"Authorization": f"Bearer {SECRET}"}
    async with aiohttp.ClientSession(headers=headers) as session:

        async def once() -> Any:
            async with session.post(f"{url}/run", json=BODY) as answer:
                return await answer.json()

        return await work(once)


async def with_httpx_aiohttp(url: str, work: Callable[[Once], Awaitable[float]]) -> float:
    from httpx_aiohttp import HttpxAiohttpClient  # noqa: PLC0415 - the reference the facade is measured against

    headers = {"Authorization": f"Bearer {SECRET}"}
    async with HttpxAiohttpClient(base_url=url, headers=headers, timeout=httpx.Timeout(30.0)) as client:

        async def once() -> Any:
            return (await client.post("/run", json=BODY)).json()

        return await work(once)


async def with_httpx(url: str, work: Callable[[Once], Awaitable[float]]) -> float:
    # No pool timeout: at 1,000 callers httpx's own pool otherwise gives up on loopback.
    timeout = httpx.Timeout(30.0, pool=None)
    headers = {"Authorization": f"Bearer {SECRET}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout) as client:

        async def once() -> Any:
            return (await client.post("/run", json=BODY)).json()

        return await work(once)


CALLERS = {
    "facade (testruns.AsyncClient)": with_facade,
    "httpx_aiohttp.HttpxAiohttpClient": with_httpx_aiohttp,
    "pure aiohttp": with_aiohttp,
    "raw httpx.AsyncClient": with_httpx,
}
HTTPX_LEVELS = (1, 50)
"""raw httpx runs at these levels only: above them it takes minutes (the collapse the issue describes)."""


async def levels(url: str) -> None:
    rates: dict[tuple[str, int], list[float]] = {}
    opened: dict[tuple[str, int], list[int]] = {}
    for round_ in range(ROUNDS):
        # Every other round in reverse, so neither caller always runs first after the collection.
        order = list(CALLERS.items()) if round_ % 2 == 0 else list(CALLERS.items())[::-1]
        for callers in LEVELS:
            for name, run in order:
                if run is with_httpx and callers not in HTTPX_LEVELS:
                    continue
                settled()
                before = await connections(url)
                rate = await run(url, lambda once, n=callers: drive(n, TRIGGERS, once))  # type: ignore[misc]
                opened.setdefault((name, callers), []).append(await connections(url) - before - 1)
                rates.setdefault((name, callers), []).append(rate)
    heading(f"Async triggers on loopback: {TRIGGERS} per level, {ROUNDS} interleaved rounds (triggers/s)")
    for callers in LEVELS:
        print(f"  {callers} concurrent caller{'s' if callers > 1 else ''}")
        for name in CALLERS:
            if (name, callers) in rates:
                conns = max(opened[(name, callers)])
                print(f"    {name:<34} {spread(rates[(name, callers)], '/s', 0)}   connections: {conns} at most")
        facade = rates[(next(iter(CALLERS)), callers)]
        for name, goal in (("httpx_aiohttp.HttpxAiohttpClient", ">= 0.9"), ("pure aiohttp", "reported")):
            # Each round's own ratio, then their median: a drift in the machine's speed during one round falls
            # on both sides of that round's ratio, not on one side of the figure.
            paired = [mine / theirs for mine, theirs in zip(facade, rates[(name, callers)], strict=True)]
            short = "httpx-aiohttp" if name.startswith("httpx") else name
            figure(f"  ratio facade / {short} at {callers}", statistics.median(paired), "x", goal)


async def sustained(url: str) -> None:
    heading(f"Sustained: 1,000 concurrent callers for {SUSTAINED_SECONDS} s (triggers per second, each second)")
    for name in ("facade (testruns.AsyncClient)", "httpx_aiohttp.HttpxAiohttpClient", "pure aiohttp"):
        seconds: list[int] = []

        async def work(once: Once, seconds: list[int] = seconds) -> float:
            stop = time.perf_counter() + SUSTAINED_SECONDS
            counts = [0] * SUSTAINED_SECONDS
            start = time.perf_counter()

            async def caller() -> None:
                while time.perf_counter() < stop:
                    await once()
                    second = int(time.perf_counter() - start)
                    if second < SUSTAINED_SECONDS:
                        counts[second] += 1

            await asyncio.gather(*(caller() for _ in range(1000)))
            seconds.extend(counts)
            return sum(counts) / SUSTAINED_SECONDS

        settled()
        before = await connections(url)
        mean = await CALLERS[name](url, work)
        conns = await connections(url) - before - 1
        print(
            f"  {name:<34} mean {mean:>7.0f}/s  first {seconds[0]:>6}/s  last {seconds[-1]:>6}/s  "
            f"slowest second {min(seconds):>6}/s  connections: {conns} for {sum(seconds)} triggers"
        )


MEMORY = """
import asyncio, sys, tracemalloc
sys.path.insert(0, {repo!r})
from bench.concurrency import BODY, SECRET
import aiohttp, httpx, testruns

async def main(kind, url):
    if kind == "facade":
        client = testruns.AsyncClient(api_keys={{"loadforge": SECRET}}, base_urls={{"loadforge": url}})
        once = lambda: client.loadforge.trigger(**BODY)
    else:
        client = httpx.AsyncClient(base_url=url, headers={{"Authorization": "Bearer " + SECRET}},
                                   timeout=httpx.Timeout(30.0, pool=None))
        once = lambda: client.post("/run", json=BODY)
    await asyncio.gather(*(once() for _ in range(100)))  # warm: connections open, modules loaded
    tracemalloc.start()
    await asyncio.gather(*(once() for _ in range(1000)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    await client.aclose()
    print(peak)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def memory(url: str) -> None:
    code = MEMORY.format(repo=str(REPO))
    peaks: dict[str, list[float]] = {"facade": [], "httpx": []}
    for _ in range(ROUNDS):
        for kind, found in peaks.items():
            out = subprocess.run([PYTHON, "-c", code, kind, url], check=True, capture_output=True, text=True).stdout
            found.append(int(out) / 1e6)
    heading(f"Peak memory of 1,000 concurrent triggers (tracemalloc, fresh process each, {ROUNDS} rounds)")
    print(f"  {'facade (testruns.AsyncClient)':<58} {spread(peaks['facade'], ' MB', 2)}")
    print(f"  {'raw httpx.AsyncClient':<58} {spread(peaks['httpx'], ' MB', 2)}")
    figure(
        "ratio facade / raw httpx (medians)",
        statistics.median(peaks["facade"]) / statistics.median(peaks["httpx"]),
        "x",
        "<= 1.1",
    )


def run() -> None:
    """Print the concurrency figures."""
    with counting_server() as url:
        asyncio.run(levels(url))
        asyncio.run(sustained(url))
        memory(url)
    sys.stdout.flush()
