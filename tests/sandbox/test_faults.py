"""Every fault the sandbox injects, seen from the facade as the typed error a user would handle."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import testruns
from testruns import RetryPolicy
from testruns.sandbox import Sandbox

from ..facade.cases import BY_ID

FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
LOADFORGE = BY_ID["loadforge-trigger"].params
SPLX = BY_ID["splx-trigger"].params


@pytest.fixture
def client(pointed: Sandbox) -> Iterator[testruns.Client]:
    with testruns.Client(timeout=5, retry=FAST_RETRIES) as made:
        yield made


def statuses(sandbox: Sandbox, vendor: str) -> list[int | None]:
    return [record.status for record in sandbox.requests(vendor)]


def test_a_429_is_waited_out_and_retried_once_per_429(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("rate-limit", "loadforge", retry_after=0)
    run = client.loadforge.trigger(**LOADFORGE)
    assert statuses(sandbox, "loadforge") == [429, 200]
    assert [r.id for r in sandbox.runs()] == [int(run.run_id)]


def test_429s_beyond_the_retries_are_a_rate_limit_error_with_the_retry_after(
    sandbox: Sandbox, client: testruns.Client
) -> None:
    sandbox.fail("rate-limit", "loadforge", times=3, retry_after=0)
    with pytest.raises(testruns.RateLimitError) as caught:
        client.loadforge.trigger(**LOADFORGE)
    assert caught.value.status == 429
    assert caught.value.retry_after == 0
    assert "rate limit exceeded" in str(caught.value)
    assert statuses(sandbox, "loadforge") == [429, 429, 429]
    assert sandbox.runs() == []


def test_a_500_on_a_trigger_is_a_vendor_error_and_never_retried(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("server-error", "loadforge")
    with pytest.raises(testruns.VendorError) as caught:
        client.loadforge.trigger(**LOADFORGE)
    assert caught.value.status == 500
    assert caught.value.body == {"error": 500, "message": "internal server error (injected by the sandbox)"}
    assert statuses(sandbox, "loadforge") == [500]


def test_a_500_on_a_cancel_is_retried_because_cancelling_twice_is_harmless(
    sandbox: Sandbox, client: testruns.Client
) -> None:
    run = client.splx.trigger(**SPLX)
    sandbox.fail("server-error", "splx")
    cancelled = client.splx.cancel(workspace_id=SPLX["workspace_id"], run_id=run.run_id)
    assert cancelled.status == "cancelled"
    assert statuses(sandbox, "splx") == [200, 500, 200]
    assert sandbox.run("splx", run.run_id).status == "cancelled"


def test_a_503_is_retried_and_too_many_are_a_rate_limit_error(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("unavailable", "testerarmy")
    client.testerarmy.trigger(**BY_ID["testerarmy-trigger"].params)
    assert statuses(sandbox, "testerarmy") == [503, 202]
    sandbox.fail("unavailable", "testerarmy", times=3)
    # The facade treats 503 like 429: the vendor is overloaded and did not act.
    with pytest.raises(testruns.RateLimitError) as caught:
        client.testerarmy.trigger(**BY_ID["testerarmy-trigger"].params)
    assert caught.value.status == 503
    assert caught.value.body["error"] == "service_unavailable"
    assert len(sandbox.runs("testerarmy")) == 1


def test_a_dropped_connection_is_a_network_error_and_a_trigger_is_not_resent(
    sandbox: Sandbox, client: testruns.Client
) -> None:
    sandbox.fail("drop", "wallarm")
    with pytest.raises(testruns.NetworkError) as caught:
        client.wallarm.trigger(**BY_ID["wallarm-trigger"].params)
    assert caught.value.maybe_sent
    assert statuses(sandbox, "wallarm") == [None]


def test_a_dropped_cancel_is_sent_again(sandbox: Sandbox, client: testruns.Client) -> None:
    run = client.splx.trigger(**SPLX)
    sandbox.fail("drop", "splx")
    assert client.splx.cancel(workspace_id=SPLX["workspace_id"], run_id=run.run_id).status == "cancelled"
    assert statuses(sandbox, "splx") == [200, None, 200]


def test_a_slow_answer_is_a_timeout_and_the_run_it_made_is_not_made_twice(
    sandbox: Sandbox, client: testruns.Client
) -> None:
    sandbox.fail("slow", "testsigma", delay=1.0)
    with pytest.raises(testruns.RequestTimeoutError):
        client.testsigma.trigger(**BY_ID["testsigma-trigger"].params, timeout=0.2)
    assert len(sandbox.runs("testsigma")) == 1  # the vendor acted; only the answer was late
    assert len(sandbox.requests("testsigma")) == 1  # and the facade did not ask twice


def test_a_slow_answer_within_the_timeout_is_just_slow(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("slow", "testsigma", delay=0.2)
    run = client.testsigma.trigger(**BY_ID["testsigma-trigger"].params)
    assert run.status == "ACTIVE"


def test_a_malformed_body_is_an_unexpected_response(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("malformed", "splx")
    with pytest.raises(testruns.UnexpectedResponseError) as caught:
        client.splx.trigger(**SPLX)
    assert caught.value.status == 200
    assert statuses(sandbox, "splx") == [200]


def test_a_fault_without_a_vendor_hits_the_next_request_to_any(sandbox: Sandbox, client: testruns.Client) -> None:
    sandbox.fail("server-error")
    with pytest.raises(testruns.VendorError):
        client.testsigma.trigger(**BY_ID["testsigma-trigger"].params)
    client.loadforge.trigger(**LOADFORGE)
    assert sandbox.faults() == []


def test_fifty_concurrent_async_triggers_make_fifty_runs(sandbox: Sandbox, pointed: Sandbox) -> None:
    sandbox.fail("rate-limit", "loadforge", times=5, retry_after=0)

    async def trigger_all() -> list[testruns.TriggeredRun]:
        async with testruns.AsyncClient(timeout=10, retry=FAST_RETRIES) as client:
            return await asyncio.gather(*(client.loadforge.trigger(**LOADFORGE) for _ in range(50)))

    runs = asyncio.run(trigger_all())
    assert len({run.run_id for run in runs}) == 50
    assert len(sandbox.runs("loadforge")) == 50
    assert statuses(sandbox, "loadforge").count(429) == 5
