"""The async pool (aiohttp) against httpx's: the same bytes on the wire, faults classified by whether the
request left, connections kept alive and bounded, and httpx's pool wherever a proxy applies."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import testruns
from testruns._aiohttp_pool import AiohttpPool
from testruns._pools import HttpxPool, async_pool

from .cases import CASES, SECRETS, Case
from .loopback import Loopback, Reply, loopback
from .scripted import FAST

LOADFORGE = {"test_id": 42, "duration": 10}


@pytest.fixture
def lb() -> Iterator[Loopback]:
    with loopback() as server:
        yield server


def _bases(server: Loopback) -> dict[str, str]:
    return {case.vendor: f"{server.url}/{case.vendor}" for case in CASES}


def _call_sync(server: Loopback, case: Case) -> Any:
    with testruns.Client(api_keys=SECRETS, base_urls=_bases(server), max_retries=0) as made:
        return getattr(getattr(made, case.vendor), case.operation)(**case.params)


def _call_async(server: Loopback, case: Case, times: int = 1) -> Any:
    async def call() -> Any:
        async with testruns.AsyncClient(api_keys=SECRETS, base_urls=_bases(server), max_retries=0) as made:
            for _ in range(times):
                answer = await getattr(getattr(made, case.vendor), case.operation)(**case.params)
            return answer

    return asyncio.run(call())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_the_async_pool_sends_what_the_sync_client_sends(case: Case, lb: Loopback) -> None:
    lb.script(Reply(case.reply_status, case.reply))
    _call_async(lb, case, times=2)  # httpx builds the first; the second reuses its header lines
    first, second = lb.received
    lb.script(Reply(case.reply_status, case.reply))
    _call_sync(lb, case)
    (sync,) = lb.received
    for asynchronous in (first, second):
        assert (asynchronous.method, asynchronous.path, asynchronous.body) == (sync.method, sync.path, sync.body)
        # Every header line, its name's case and its place included.
        assert asynchronous.wire_headers == sync.wire_headers


def test_async_calls_use_aiohttp_unless_a_transport_or_a_proxy_says_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    assert isinstance(async_pool("https://api.example.com", None), AiohttpPool)
    assert isinstance(async_pool("https://api.example.com", httpx.MockTransport(lambda _: None)), HttpxPool)  # type: ignore[arg-type]
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert isinstance(async_pool("https://api.example.com", None), HttpxPool)
    assert isinstance(async_pool("http://api.example.com", None), AiohttpPool)  # no proxy for http
    monkeypatch.setenv("NO_PROXY", "api.example.com")
    assert isinstance(async_pool("https://api.example.com", None), AiohttpPool)


def _trigger(url: str, **kwargs: Any) -> testruns.TriggeredRun:
    async def call() -> testruns.TriggeredRun:
        async with testruns.AsyncClient(api_keys=SECRETS, base_urls={"loadforge": url}, retry=FAST, **kwargs) as made:
            return await made.loadforge.trigger(**LOADFORGE)

    return asyncio.run(call())


def test_a_connection_dropped_after_the_trigger_left_is_never_retried(lb: Loopback) -> None:
    lb.script(Reply(drop=True), Reply(200, {"run_id": 314}))
    with pytest.raises(testruns.NetworkError) as caught:
        _trigger(lb.url)
    assert caught.value.maybe_sent is True
    assert len(lb.received) == 1  # one trigger: the vendor may have started a run


def test_an_answer_later_than_the_timeout_is_a_timeout_and_never_retried(lb: Loopback) -> None:
    lb.script(Reply(200, {"run_id": 314}, delay=1.0))
    with pytest.raises(testruns.RequestTimeoutError):
        _trigger(lb.url, timeout=0.3)
    assert len(lb.received) == 1


def test_a_refused_connection_is_known_unsent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(testruns.NetworkError) as caught:
        _trigger(f"http://127.0.0.1:{port}")
    assert caught.value.maybe_sent is False
    assert "cannot connect" in str(caught.value)


def test_a_compressed_answer_is_decoded_as_httpx_would(lb: Loopback) -> None:
    body = gzip.compress(json.dumps({"run_id": 271}).encode())
    lb.script(Reply(200, raw=body, headers={"Content-Encoding": "gzip"}))
    assert _trigger(lb.url).run_id == "271"
    assert "gzip" in lb.received[0].headers["accept-encoding"]


def test_a_compressed_answer_is_still_bounded(lb: Loopback) -> None:
    body = gzip.compress(b'{"run_id": 1, "pad": "' + b"x" * 3_000_000 + b'"}')
    lb.script(Reply(200, raw=body, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(testruns.ResponseTooLargeError):
        _trigger(lb.url)


def test_many_concurrent_triggers_share_at_most_a_hundred_kept_alive_connections(lb: Loopback) -> None:
    lb.script(Reply(200, {"run_id": 314}))

    async def burst() -> list[testruns.TriggeredRun]:
        async with testruns.AsyncClient(api_keys=SECRETS, base_urls={"loadforge": lb.url}, timeout=30) as made:
            runs = []
            for _ in range(3):  # three waves: the second and third reuse the first's connections
                runs += await asyncio.gather(*(made.loadforge.trigger(**LOADFORGE) for _ in range(300)))
            return runs

    runs = asyncio.run(burst())
    assert len(runs) == 900 == len(lb.received)
    assert 1 <= lb.connections <= 100
