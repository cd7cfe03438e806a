"""Following a run to its end against the sandbox: every vendor's states, faults while polling, deadlines, cancel."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

import testruns
from testruns.runs.polling import Polling
from testruns.sandbox import Sandbox
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest

from .conftest import QUEUED, RUNNING

MANIFEST = load_manifest()
FOLLOWED = [vendor.id for vendor in MANIFEST.vendors if "status" in vendor.operations]
UNFOLLOWED = [vendor.id for vendor in MANIFEST.vendors if "status" not in vendor.operations]
ENDED = QUEUED + RUNNING


def example(vendor: str) -> dict[str, Any]:
    return dict(MANIFEST.vendor(vendor).operations["trigger"].example)


def operations(sandbox: Sandbox, vendor: str) -> list[str | None]:
    return [request.operation for request in sandbox.requests(vendor)]


def test_polling_starts_short_and_grows_to_the_cap() -> None:
    intervals = Polling(timeout=60, poll=4).intervals()
    assert [round(next(intervals), 3) for _ in range(6)] == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0]
    assert next(Polling(timeout=60, poll=0.2).intervals()) == 0.2


@pytest.mark.parametrize(
    ("name", "value"), [("timeout", 0), ("poll", -1), ("poll", float("nan")), ("poll", 0.000001), ("timeout", True)]
)
def test_a_bad_timeout_or_poll_names_itself(name: str, value: Any, pointed: Sandbox) -> None:
    with testruns.Client() as client, pytest.raises(testruns.InvalidInputError) as caught:
        client.wait("loadforge", "1", **{name: value})
    assert caught.value.field == name and name in caught.value.message
    assert sandbox_requests(pointed) == 0


def sandbox_requests(sandbox: Sandbox) -> int:
    return len(sandbox.requests())


@pytest.mark.parametrize("vendor", FOLLOWED)
def test_each_vendor_is_followed_from_trigger_to_passed_through_its_own_words(vendor: str, pointed: Sandbox) -> None:
    seen: list[testruns.RunStatus] = []
    with testruns.Client() as client:
        run = client.trigger(AnyVendorId(vendor), **example(vendor))
        final = client.wait(run, poll=0.1, timeout=10, on_status=seen.append)
    expected = pointed.run(vendor, run.run_id).status  # passed, or finished where the vendor gives no verdict
    assert final.done and final.state == expected and final.succeeded
    assert final.run_id == run.run_id and final.vendor == vendor
    assert seen[-1] == final and all(not status.done for status in seen[:-1])
    assert {status.state for status in seen[:-1]} <= {"queued", "running"}
    words = MANIFEST.vendor(vendor).operations["status"].states
    assert all(status.vendor_state in words for status in seen)  # the vendor's own words, as the manifest knows them


async def _follow_to(vendor: str, outcome: str, sandbox: Sandbox) -> tuple[str, str]:
    async with testruns.AsyncClient() as client:
        run = await client.trigger(AnyVendorId(vendor), **example(vendor))
        final = await client.wait(run, poll=0.1, timeout=10)
    return final.state, sandbox.run(vendor, run.run_id).status


def test_every_outcome_a_vendor_can_show_is_read_back_as_that_state(pointed: Sandbox) -> None:
    async def every() -> list[tuple[str, str, tuple[str, str]]]:
        pairs = []
        for vendor in FOLLOWED:
            for outcome in pointed._doubles[vendor].outcomes:  # what the vendor's words can say
                pointed.outcome(vendor, outcome)  # type: ignore[arg-type]
                before = len(pointed.runs(vendor))
                pairs.append((vendor, outcome, asyncio.create_task(_follow_to(vendor, outcome, pointed))))
                # The trigger reaches the sandbox before the next outcome is set (a first async call
                # loads its pool first, so no fixed pause is long enough on a busy machine).
                deadline = time.monotonic() + 10
                while len(pointed.runs(vendor)) == before and time.monotonic() < deadline:
                    await asyncio.sleep(0.01)
        return [(vendor, outcome, await task) for vendor, outcome, task in pairs]

    results = asyncio.run(every())
    assert len(results) >= 2 * len(FOLLOWED)
    for vendor, outcome, (read, played) in results:
        assert read == played, (vendor, outcome)
        assert played == pointed._doubles[vendor].outcomes[outcome]


@pytest.mark.parametrize("vendor", ["loadforge", "testerarmy"])
def test_an_outcome_the_vendor_cannot_show_is_refused(vendor: str, sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="cannot show"):
        sandbox.outcome("testsigma", "cancelled")
    with pytest.raises(KeyError):
        sandbox.outcome("acme", "failed")
    sandbox.outcome(vendor, "failed")  # both can


def test_429_503_and_500_while_polling_are_read_again_and_the_trigger_is_sent_once(pointed: Sandbox) -> None:
    with testruns.Client() as client:
        run = client.trigger("loadforge", **example("loadforge"))
        pointed.fail("rate-limit", "loadforge", times=2, retry_after=1)
        pointed.fail("unavailable", "loadforge")
        pointed.fail("server-error", "loadforge")
        pointed.fail("drop", "loadforge")
        final = client.wait(run, poll=0.1, timeout=20)
    assert final.done
    requests = pointed.requests("loadforge")
    assert [r.operation for r in requests].count("startRun") == 1
    faults = [r.fault for r in requests if r.fault]
    assert faults == ["rate-limit", "rate-limit", "unavailable", "server-error", "drop"]
    first_429, second = requests[1], requests[2]
    assert second.at - first_429.at >= 0.9, "the vendor's Retry-After: 1 was honoured"


def test_the_deadline_is_a_typed_error_carrying_the_last_status(pointed: Sandbox) -> None:
    with testruns.Client() as client:
        run = client.trigger("testerarmy", **example("testerarmy"))
        started = time.monotonic()
        with pytest.raises(testruns.WaitTimeoutError) as caught:
            client.wait(run, poll=0.05, timeout=0.2)
        took = time.monotonic() - started
    error = caught.value
    assert error.exit_code == 11 and error.run_id == run.run_id and error.vendor == "testerarmy"
    assert error.last is not None and error.last.state in ("queued", "running") and not error.last.done
    assert 0.2 <= took < 1.5
    assert "may still be going" in error.message and error.to_dict()["state"] == error.last.state
    assert pointed.run("testerarmy", run.run_id).status in ("queued", "running")  # the run was left alone


def test_a_deadline_during_an_outage_carries_the_last_error(pointed: Sandbox) -> None:
    pointed.fail("server-error", "loadforge", times=100)
    with testruns.Client() as client, pytest.raises(testruns.WaitTimeoutError) as caught:
        client.wait("loadforge", "1", poll=0.05, timeout=0.3)
    assert caught.value.last is None and isinstance(caught.value.last_error, testruns.VendorError)


def test_an_error_polling_cannot_mend_ends_the_wait_at_once(pointed: Sandbox) -> None:
    with testruns.Client() as client, pytest.raises(testruns.NotFoundError):
        client.wait("testerarmy", "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", poll=0.05, timeout=5)
    assert operations(pointed, "testerarmy") == ["get-run"]


@pytest.mark.parametrize("vendor", UNFOLLOWED)
def test_a_vendor_without_a_status_is_refused_before_anything_is_sent(vendor: str, pointed: Sandbox) -> None:
    with testruns.Client() as client:
        with pytest.raises(testruns.UnsupportedOperationError, match="no status operation"):
            client.wait(AnyVendorId(vendor), "1")
        with pytest.raises(testruns.UnsupportedOperationError, match="no status operation"):
            client.status(AnyVendorId(vendor), "1")
    assert pointed.requests() == []


def test_the_runs_scope_goes_with_it_to_the_status_call(pointed: Sandbox) -> None:
    with testruns.Client() as client:
        run = client.trigger("testsigma", **example("testsigma"))
        assert dict(run.scope) == {"project_id": example("testsigma")["project_id"]}
        client.wait(run, poll=0.1, timeout=10)
    status_paths = [r.path for r in pointed.requests("testsigma") if r.operation == "getTestRun"]
    assert status_paths and all(
        f"/projects/{run.scope['project_id']}/test_runs/{run.run_id}" in p for p in status_paths
    )


def test_an_async_wait_is_cancelled_with_its_task_and_sends_nothing_after(sandbox: Sandbox, pointed: Sandbox) -> None:
    async def main() -> tuple[float, int]:
        async with testruns.AsyncClient() as client:
            run = await client.trigger("loadforge", **example("loadforge"))
            task = asyncio.create_task(client.wait(run, poll=0.05, timeout=30))
            await asyncio.sleep(0.2)
            task.cancel()
            started = time.monotonic()
            with pytest.raises(asyncio.CancelledError):
                await task
            stopped = time.monotonic() - started
            # A read already on the wire when the task was cancelled (sent 0.3 ms before it) is handled
            # a millisecond later: let it land, then nothing more may come.
            await asyncio.sleep(0.02)
            count = len(sandbox.requests("loadforge"))
            await asyncio.sleep(0.3)
            assert len(sandbox.requests("loadforge")) == count
            return stopped, count

    stopped, count = asyncio.run(main())
    assert stopped < 0.2 and count >= 3


def test_cancel_then_wait_ends_cancelled(pointed: Sandbox) -> None:
    with testruns.Client() as client:
        run = client.trigger("testerarmy", **example("testerarmy"))
        client.cancel("testerarmy", run_id=run.run_id)
        final = client.wait(run, poll=0.05, timeout=5)
    assert (final.state, final.done, final.vendor_state) == ("cancelled", True, "cancelled")


def test_the_control_api_sets_and_shows_outcomes(sandbox: Sandbox) -> None:
    import httpx  # noqa: PLC0415

    url = f"{sandbox.url}/_sandbox/outcomes"
    assert httpx.get(url).json()["loadforge"] == {
        "outcome": "passed",
        "can_show": list(sandbox._doubles["loadforge"].outcomes),
    }
    done = httpx.post(url, json={"vendor": "loadforge", "outcome": "failed"})
    assert done.status_code == 200 and done.json()["outcome"] == "failed"
    assert httpx.get(url).json()["loadforge"]["outcome"] == "failed"
    for body, problem in [
        ({"vendor": "acme", "outcome": "failed"}, "unknown vendor"),
        ({"vendor": "loadforge", "outcome": "great"}, "outcome"),
        ({"vendor": "testsigma", "outcome": "cancelled"}, "cannot show"),
        ({"vendor": "loadforge"}, "outcome"),
    ]:
        refused = httpx.post(url, json=body)
        assert refused.status_code == 400 and problem in refused.json()["error"], body
    httpx.post(f"{sandbox.url}/_sandbox/reset")
    assert httpx.get(url).json()["loadforge"]["outcome"] == "passed"
