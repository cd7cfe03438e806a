"""Every operation of every vendor of the manifest, through Python (sync and async) and the command line,
against the sandbox, from the example beside its manifest entry: a vendor is covered the moment it is added."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import testruns
from testruns.cli import run
from testruns.cli.options import example_argv
from testruns.sandbox import Sandbox
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest

MANIFEST = load_manifest()
TRIGGERS = [vendor.id for vendor in MANIFEST.vendors]
CANCELS = [vendor.id for vendor in MANIFEST.vendors if "cancel" in vendor.operations]


def example(vendor: str, operation: str) -> dict[str, Any]:
    return dict(MANIFEST.vendor(vendor).operations[operation].example)


@pytest.mark.parametrize("vendor", TRIGGERS)
def test_each_vendor_triggers_from_python_async_and_the_command_line(
    vendor: str, pointed: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    params = example(vendor, "trigger")
    with testruns.Client() as client:
        by_id = client.trigger(AnyVendorId(vendor), **params)
        typed = getattr(client, vendor).trigger(**params)

    async def trigger() -> testruns.TriggeredRun:
        async with testruns.AsyncClient() as client:
            made: testruns.TriggeredRun = await getattr(client, vendor).trigger(**params)
            return made

    from_async = asyncio.run(trigger())
    assert run(["trigger", vendor, *example_argv(params), "--json"]) == 0
    from_cli = json.loads(capsys.readouterr().out)
    run_ids = [by_id.run_id, typed.run_id, from_async.run_id, from_cli["run_id"]]
    assert len(set(run_ids)) == 4  # four runs, each with its own id
    for run_id in run_ids:
        # The sandbox made each one (KeyError otherwise); its state depends on how long the four took, which a
        # loaded machine stretches past these tests' short lifecycle, so only that it is one of the states is held.
        assert pointed.run(vendor, run_id).status in ("queued", "running", "passed")
    statuses = [record.status for record in pointed.requests(vendor)]
    assert len(statuses) == 4 and all(status is not None and 200 <= status < 300 for status in statuses)


@pytest.mark.parametrize("vendor", CANCELS)
def test_each_vendor_that_can_cancel_cancels_the_run_it_made(vendor: str, pointed: Sandbox) -> None:
    with testruns.Client() as client:
        made = client.trigger(AnyVendorId(vendor), **example(vendor, "trigger"))
        params = {**example(vendor, "cancel"), "run_id": made.run_id}
        # The example's other values (a workspace) are the trigger's, so the run is found where it was made.
        params.update({k: v for k, v in example(vendor, "trigger").items() if k in params and k != "run_id"})
        cancelled = client.cancel(AnyVendorId(vendor), **params)
    assert cancelled.run_id == made.run_id
    assert pointed.run(vendor, made.run_id).status == "cancelled"


@pytest.mark.parametrize("vendor", TRIGGERS)
def test_each_vendor_s_help_and_dry_run_need_no_key(
    vendor: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in MANIFEST.vendor(vendor).auth.variables:
        monkeypatch.delenv(variable, raising=False)
    assert run(["trigger", vendor, "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    params = example(vendor, "trigger")
    assert all("--" + name.replace("_", "-") in shown for name in params)
    assert run(["trigger", vendor, *example_argv(params), "--dry-run", "--json"]) == 0
    request = json.loads(capsys.readouterr().out)
    for header in MANIFEST.vendor(vendor).auth.header_names:
        assert request["headers"][header.lower()].endswith("***")
