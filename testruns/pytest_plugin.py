"""pytest plugin (registered through the ``pytest11`` entry point): the ``testruns_sandbox`` fixture.

    def test_my_pipeline_retries(testruns_sandbox):
        testruns_sandbox.fail("rate-limit", "loadforge")
        my_pipeline.start_load_test()                     # uses testruns.Client()
        assert [r.status for r in testruns_sandbox.requests("loadforge")] == [429, 200]

One sandbox serves the whole session on a free loopback port, in-process;
each test gets it reset (no runs, requests or faults) and the environment
pointing the facade at it (``<VENDOR>_BASE_URL`` and a dummy key per vendor),
undone after the test. Run timings come from the ini options
``testruns_sandbox_queued_seconds`` and ``testruns_sandbox_running_seconds``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .sandbox import Sandbox

__all__ = ["testruns_sandbox"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the sandbox's ini options."""
    parser.addini("testruns_sandbox_queued_seconds", "testruns sandbox: seconds a new run stays queued", default="1.0")
    parser.addini("testruns_sandbox_running_seconds", "testruns sandbox: seconds a run then runs", default="5.0")


@pytest.fixture(scope="session")
def _testruns_sandbox_server(pytestconfig: pytest.Config) -> Iterator[Sandbox]:
    from .sandbox import Sandbox  # noqa: PLC0415 - openapi-core and uvicorn load only for tests that use it

    queued, running = (float(pytestconfig.getini(f"testruns_sandbox_{name}_seconds")) for name in ("queued", "running"))
    with Sandbox(queued_seconds=queued, running_seconds=running) as sandbox:
        yield sandbox


@pytest.fixture
def testruns_sandbox(_testruns_sandbox_server: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The sandbox, reset, with the facade pointed at it for this test."""
    sandbox = _testruns_sandbox_server
    sandbox.reset()
    for name, value in sandbox.environment().items():
        monkeypatch.setenv(name, value)
    return sandbox
