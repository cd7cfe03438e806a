"""``make demo``, run as a new user runs it: it must succeed and leave no process behind."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

from testruns.vendors.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]


def test_make_demo_succeeds_and_leaves_no_process_behind() -> None:
    # As from a terminal: not as a sub-make of whatever runs the tests.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    demo = subprocess.Popen(
        ["make", "--no-print-directory", "demo"],
        cwd=ROOT,
        env={**env, "COLUMNS": "80"},  # a terminal's usual width: the table must fit it, UUIDs whole
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, so whatever it leaves can be found
    )
    try:
        output, _ = demo.communicate(timeout=300)
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
    assert demo.returncode == 0, output
    assert f"up to date: {', '.join(load_manifest().ids)}" in output
    manifest = load_manifest()
    lines = output.splitlines()
    for vendor in manifest.ids:
        assert any(line.startswith(f" {vendor} ") for line in lines), vendor
    assert output.count(" ↳ cancel ") == sum("cancel" in v.operations for v in manifest.vendors)
    table = lines[next(i for i, line in enumerate(lines) if line.startswith(" vendor ")) :]
    table = table[: next(i for i, line in enumerate(table) if line.startswith("status: "))]
    uuid_rows = [line for line in table if re.search(r" [0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12} ", line)]
    assert uuid_rows and all(len(line) <= 80 for line in table), table
    assert "InvalidInputError" in output and "duration" in output
    flowing = " ".join(output.split())  # rich wraps prose at 80 columns
    assert "answered 429, then 202" in flowing
    assert "stopped cleanly" in output
    assert "exit code 0 after" in output and "exit code 9 after" in output  # trigger --wait: a pass, a failure
    assert '<failure message="the sandbox ended this run as failed" type="completed"/>' in output
    assert "--name 'nightly red team'" in output  # echoed commands are shell-quoted, so they paste as run
    assert not [line for line in output.splitlines() if line.startswith("--")], "an echoed command was wrapped"
    try:
        os.killpg(demo.pid, 0)
    except ProcessLookupError:
        pass  # nothing of the demo's group is left
    else:
        raise AssertionError(f"make demo left processes in its group {demo.pid}")
