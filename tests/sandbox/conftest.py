"""A sandbox for these tests, with runs that age fast enough to watch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testruns.sandbox import Sandbox

QUEUED = 0.3
RUNNING = 0.4


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(queued_seconds=QUEUED, running_seconds=RUNNING) as served:
        yield served


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> None:
    # Only tests that use the shared sandbox get it reset.
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").reset()


@pytest.fixture
def pointed(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The sandbox, with the facade's environment pointing at it for this test."""
    for name, value in sandbox.environment().items():
        monkeypatch.setenv(name, value)
    return sandbox
