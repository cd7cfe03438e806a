"""``testruns sandbox`` as a process: it prints where it is, serves the CLI, and stops cleanly on a signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from testruns.vendors.manifest import load_manifest

TESTRUNS = str(Path(sys.executable).with_name("testruns"))


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    process = subprocess.Popen(
        [TESTRUNS, "sandbox", "--port", "0", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        announced = json.loads(process.stdout.readline())
        yield process, announced["environment"]
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_the_sandbox_serves_the_cli_and_stops_cleanly_on_a_signal(
    served: tuple[subprocess.Popen[str], dict[str, str]], sig: signal.Signals
) -> None:
    process, environment = served
    assert set(environment) >= {"LOADFORGE_BASE_URL", "SPLX_API_KEY", "WALLARM_API_TOKEN"}
    trigger = subprocess.run(
        [TESTRUNS, "trigger", "loadforge", "--test-id", "42", "--duration", "10", "--json"],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert trigger.returncode == 0, trigger.stderr
    assert json.loads(trigger.stdout)["run_id"] == "1"
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "testruns sandbox: stopped" in stderr
    assert "Traceback" not in stderr


def test_the_plain_output_is_export_lines_to_paste() -> None:
    manifest = load_manifest()
    expected = [v.base_url_env for v in manifest.vendors] + [var for v in manifest.vendors for var in v.auth.variables]
    process = subprocess.Popen([TESTRUNS, "sandbox"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(len(expected) + 3)]
    finally:
        process.terminate()
        process.wait(timeout=10)
    exports = [line for line in lines if line.startswith("export ")]
    assert sorted(line.split("=")[0].removeprefix("export ") for line in exports) == sorted(expected)
    assert any(line.startswith("export LOADFORGE_BASE_URL=http://127.0.0.1:") for line in exports)
    assert process.returncode == 0
