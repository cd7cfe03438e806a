"""The command line's dry run starts without httpx, and what it shows is what the sent request carries.

Every operation of every vendor of the manifest, from the example beside its manifest entry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import testruns
from testruns.cli import run
from testruns.cli.options import example_argv
from testruns.runs.client import adapter_classes
from testruns.vendors.manifest import load_manifest
from testruns.vendors.registry import vendor_summary

REPO = Path(__file__).resolve().parents[2]
MANIFEST = load_manifest()
CASES = [
    (vendor.id, operation)
    for vendor in MANIFEST.vendors
    for operation in ("trigger", "cancel", "status")
    if operation in vendor.operations
]
IN_A_FRESH_PROCESS = """
import contextlib, io, json, sys
from testruns.cli import run
shown = io.StringIO()
with contextlib.redirect_stdout(shown):
    code = run(sys.argv[1:])
loaded = sorted(name for name in ("httpx", "logging", "yaml") if name in sys.modules)
api = sorted(name for name in sys.modules if ".api." in name and name.count(".") == 4)
print(json.dumps({"code": code, "shown": shown.getvalue(), "loaded": loaded, "api": api}))
"""


@pytest.mark.parametrize(("vendor", "operation"), CASES)
def test_a_dry_run_loads_no_httpx_and_shows_what_the_sent_request_carries(
    vendor: str, operation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nor any API module but the operation's own (with the models it names).
    params = dict(MANIFEST.vendor(vendor).operations[operation].example)
    keys = {variable: f"dry-run-key-{variable.lower()}" for variable in MANIFEST.vendor(vendor).auth.variables}
    argv = [operation, vendor, *example_argv(params), "--dry-run", "--json"]
    done = subprocess.run(
        [sys.executable, "-c", IN_A_FRESH_PROCESS, *argv],
        cwd=REPO,
        env={**os.environ, **keys},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["code"], result["loaded"]) == (0, [])
    assert result["api"] == [adapter_classes(vendor)[0].endpoint(operation).module.__name__]  # type: ignore[arg-type]
    shown = json.loads(result["shown"])
    assert not any(key in done.stdout for key in keys.values())
    for variable, key in keys.items():
        monkeypatch.setenv(variable, key)
    with testruns.Client() as client:  # httpx builds the request that would be sent for the same call
        adapter = client.adapter(vendor)
        sent = adapter._connection.build_request(adapter.prepare(operation, params))  # type: ignore[arg-type]
    assert (shown["method"], shown["url"]) == (sent.method, str(sent.url.copy_with(query=None)))
    assert {k: str(v) for k, v in shown.get("query", {}).items()} == dict(sent.url.params)
    assert shown["body"] == (json.loads(sent.content) if sent.content else None)
    secrets = {*keys.values(), *(f"Bearer {key}" for key in keys.values())}
    for name, value in shown["headers"].items():
        real = sent.headers[name]
        assert value == real or (value.endswith("***") and real in secrets), name


@pytest.mark.parametrize(("vendor", "operation"), [case for case in CASES if case[1] == "trigger"])
def test_an_empty_base_url_option_leaves_the_variable_s_url_as_a_sent_call_does(
    vendor: str, operation: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(vendor_summary(vendor).base_url_env, "http://127.0.0.1:9/from-the-variable")
    params = dict(MANIFEST.vendor(vendor).operations[operation].example)
    assert run([operation, vendor, *example_argv(params), "--base-url", "", "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["url"].startswith("http://127.0.0.1:9/from-the-variable/")
