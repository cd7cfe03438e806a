"""One Prism mock per vendor, started once per session from the vendor's effective spec.

Prism is the independent referee: it validates every request it receives
against the spec and answers as the spec says. The facade is pointed at it
through ``<VENDOR>_BASE_URL``. Prism missing is a failure, never a skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from testruns.contract import for_prism
from testruns.vendors.manifest import load_manifest

REPO = Path(__file__).resolve().parents[2]
PRISM = REPO / "node_modules" / ".bin" / "prism"
KEYS = {vendor.id: f"contract-key-{vendor.id}" for vendor in load_manifest().vendors}


@dataclass(frozen=True)
class PrismMock:
    """One running Prism mock."""

    vendor: str
    url: str
    spec: dict[str, Any]
    log: Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode} before answering; its log:\n{log.read_text()}")
        try:
            httpx.get(url, timeout=0.5)  # any answer, even a 404, means it is serving
            return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"Prism did not answer on {url} within 60 s; its log:\n{log.read_text()}")


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismMock]]:
    """Every vendor's Prism mock; all stopped (no process left) at the end of the session."""
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed at {PRISM}: run `make test` or `npm ci` (needs Node.js and npm)")
    folder = tmp_path_factory.mktemp("prism")
    processes: list[subprocess.Popen[bytes]] = []
    mocks: dict[str, PrismMock] = {}
    try:
        for vendor in load_manifest().vendors:
            effective = subprocess.run(
                [sys.executable, "-m", "testruns_generator", "spec", vendor.id],
                cwd=REPO,
                capture_output=True,
                check=True,
            ).stdout
            spec_file = folder / f"{vendor.id}.json"
            spec_file.write_text(json.dumps(for_prism(json.loads(effective))), encoding="utf-8")
            port = _free_port()
            log = folder / f"{vendor.id}.log"
            with log.open("wb") as out:
                processes.append(
                    subprocess.Popen(
                        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)],
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,  # its own process group, so stopping it stops its children too
                    )
                )
            mocks[vendor.id] = PrismMock(vendor.id, f"http://127.0.0.1:{port}", json.loads(effective), log)
        deadline = time.monotonic() + 60
        for mock, process in zip(mocks.values(), processes, strict=True):
            _wait_until_answering(mock.url, process, mock.log, deadline)
        yield mocks
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


@pytest.fixture(autouse=True)
def facade_at_prism(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the facade at Prism through ``<VENDOR>_BASE_URL`` (and a dummy key) for each contract test only."""
    if "prism" not in request.fixturenames:
        return
    mocks: dict[str, PrismMock] = request.getfixturevalue("prism")
    for vendor in load_manifest().vendors:
        monkeypatch.setenv(vendor.base_url_env, mocks[vendor.id].url)
        for variable in vendor.auth.variables:
            monkeypatch.setenv(variable, KEYS[vendor.id])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the operations left out of the invalid-parameter test: a count in the open, not a silent gap."""
    contract = sys.modules.get("tests.contract.test_contract")
    left_out: list[str] = getattr(contract, "NOTHING_TO_BREAK", [])
    if left_out:
        terminalreporter.write_line(
            f"contract: {len(left_out)} operation(s) left out of the invalid-parameter test, their spec states "
            f"no constraint to break: {', '.join(left_out)}"
        )
