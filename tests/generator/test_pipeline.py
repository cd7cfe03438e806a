"""The pipeline end to end: deterministic, atomic, incremental, and honest about drift."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from testruns.vendors.manifest import Manifest, load_manifest
from testruns_generator import pipeline
from testruns_generator.effective_spec import AUTHORIZATION_SCHEME
from testruns_generator.errors import GenerationError
from testruns_generator.facades import _needs_key
from testruns_generator.models import input_schemas
from tests.conftest import REPO, tree_digest


def run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "testruns_generator", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"

    for output in (first, second):
        outcome = pipeline.generate(load_manifest(), output=output, force=True)
        assert outcome.generated == list(load_manifest().ids)
    assert tree_digest(first) == tree_digest(second)
    # ... and identical to what is committed: the committed tree is what the specs give.
    committed = tree_digest(REPO / "generated")
    assert {k: v for k, v in committed.items() if not k.startswith(".")} == tree_digest(first)


# The versions pyproject.toml's generate extra pins for the tools that shape the output (the drift check's basis).
GENERATE_PINS = {
    tool: pin.split("==", 1)[1]
    for pin in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["generate"]
    for tool in ("openapi-python-client", "datamodel-code-generator", "ruff")
    if pin.startswith(f"{tool}==")
}


def test_each_package_records_its_spec_and_tools(workspace: Path) -> None:
    assert len(GENERATE_PINS) == 3
    for package in ("testruns_clients.loadforge", "testruns_clients.splx"):
        folder = workspace / "generated" / package.replace(".", "/")
        text = (folder / "_provenance.py").read_text()
        spec_hash = hashlib.sha256((folder / "openapi.json").read_bytes()).hexdigest()
        assert f'SPEC_SHA256 = "{spec_hash}"' in text
        for tool, pinned in GENERATE_PINS.items():
            assert f'"{tool}": "{pinned}"' in text


def test_unchanged_input_is_not_regenerated(workspace: Path, load_workspace_manifest: Callable[[], Manifest]) -> None:
    output = workspace / "generated"
    before = tree_digest(output)
    outcome = pipeline.generate(load_workspace_manifest(), output=output)
    assert outcome.generated == [] and outcome.up_to_date == list(load_workspace_manifest().ids)
    assert tree_digest(output) == before


def test_a_hand_edit_is_undone_by_generate_and_caught_by_check(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    output = workspace / "generated"
    client = output / "testruns_clients" / "loadforge" / "client.py"
    original = client.read_text()
    client.write_text(original + "\n# edited by hand\n")
    assert pipeline.check(load_workspace_manifest(), ["loadforge"], output=output) == {
        "loadforge": ["client.py (differs)"]
    }
    assert pipeline.generate(load_workspace_manifest(), output=output).generated == ["loadforge"]
    assert client.read_text() == original


def test_drift_check_fails_after_a_spec_change_and_passes_after_regeneration(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    output = workspace / "generated"
    spec = workspace / "specs" / "loadforge" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("description: ID of the test to run", "description: The test's ID"))
    drift = pipeline.check(load_workspace_manifest(), output=output)
    assert list(drift) == ["loadforge"]
    assert "openapi.json (differs)" in drift["loadforge"]
    assert pipeline.generate(load_workspace_manifest(), output=output).generated == ["loadforge"]
    assert pipeline.check(load_workspace_manifest(), output=output) == {}


def test_check_command_exit_status_and_listing(workspace: Path) -> None:
    args = ("--manifest", workspace / "specs" / "vendors.yaml", "--output", workspace / "generated")
    clean = run_generator(*args, "check", "testerarmy")
    assert clean.returncode == 0, clean.stderr
    (workspace / "generated" / "testruns_clients" / "testerarmy" / "types.py").write_text("# tampered\n")
    drifted = run_generator(*args, "check", "testerarmy")
    assert drifted.returncode == 1
    assert "drift: testerarmy: types.py (differs)" in drifted.stderr


def test_stale_package_is_reported_and_removed(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    output = workspace / "generated"
    (output / "gone_client").mkdir()
    (output / "gone_client" / "_provenance.py").write_text('VENDOR = "gone"\n')
    assert pipeline.check(load_workspace_manifest(), output=output) == {
        "gone_client": ["generated package of a vendor that is no longer in the manifest"]
    }
    assert pipeline.generate(load_workspace_manifest(), output=output).removed == ["gone_client"]
    assert not (output / "gone_client").exists()


BREAKAGES: dict[str, tuple[str, Callable[[str], str], str, str]] = {
    "bad YAML": (
        "loadforge/openapi.yaml",
        lambda text: text.replace("  /run:\n", "  /run:\n   - [unbalanced\n"),
        "loadforge/openapi.yaml at line",
        "not valid YAML",
    ),
    "dangling $ref": (
        "loadforge/openapi.yaml",
        lambda text: text.replace("#/components/schemas/RunRequest", "#/components/schemas/Missing"),
        "loadforge/openapi.yaml at #/paths/~1run/post/requestBody/content/application~1json/schema/$ref",
        "dangling $ref '#/components/schemas/Missing'",
    ),
    "overlay target that matches nothing": (
        "loadforge/overlay.yaml",
        lambda text: text.replace("RunRequest.properties.duration", "RunRequest.properties.minutes"),
        "loadforge/overlay.yaml at actions[0].target",
        "matches nothing in the spec",
    ),
    "invalid OpenAPI": (
        "wallarm/openapi.yaml",
        lambda text: text.replace("description: The test run was created.", "description: [not, a, string]"),
        "wallarm/openapi.yaml at #/paths/~1v1~1test_run/post/responses/200/description",
        "not a valid OpenAPI",
    ),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_a_broken_spec_fails_clearly_and_changes_nothing(workspace: Path, breakage: str) -> None:
    relative, corrupt, where, what = BREAKAGES[breakage]
    target = workspace / "specs" / relative
    target.write_text(corrupt(target.read_text()))
    before = tree_digest(workspace / "generated")
    done = run_generator(
        "--manifest", workspace / "specs" / "vendors.yaml", "--output", workspace / "generated", "generate"
    )
    assert done.returncode == 1
    vendor = relative.split("/")[0]
    assert done.stderr.startswith(f"error: [{vendor}] {workspace / 'specs'}/")
    assert where in done.stderr and what in done.stderr
    assert "generated/ was left unchanged" in done.stderr
    assert tree_digest(workspace / "generated") == before
    assert not [p for p in (workspace / "generated").iterdir() if p.name.startswith(".")], "staging left behind"


def test_a_tool_warning_on_a_mapped_operation_is_an_error_and_changes_nothing(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # An answer made of allOf a string: openapi-python-client cannot read it, and SPLX's trigger needs it.
    overlay = workspace / "specs" / "splx" / "overlay.yaml"
    document = yaml.safe_load(overlay.read_text())
    answer = (
        "$.paths['/api/workspaces/{workspaceId}/test-run/trigger'].post.responses['200'].content['application/json']"
    )
    document["actions"] += [
        {"target": "$.components.schemas", "update": {"Word": {"type": "string"}}},
        {"target": f"{answer}.schema", "remove": True},
        {
            "target": answer,
            "update": {"schema": {"allOf": [{"$ref": "#/components/schemas/Word"}, {"type": "object"}]}},
        },
    ]
    overlay.write_text(yaml.safe_dump(document))
    before = tree_digest(workspace / "generated")
    with pytest.raises(GenerationError) as caught:
        pipeline.generate(load_workspace_manifest(), ["splx"], output=workspace / "generated")
    assert caught.value.vendor == "splx"
    assert "mapped operation 'triggerTestRun'" in caught.value.message
    assert "Cannot take allOf a non-object" in caught.value.message
    assert tree_digest(workspace / "generated") == before


def test_json_spelt_another_way_beside_json_is_a_note(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # Without our overlay, SPLX offers its body as text/json too: the client is made with application/json.
    overlay = workspace / "specs" / "splx" / "overlay.yaml"
    document = yaml.safe_load(overlay.read_text())
    document["actions"] = [a for a in document["actions"] if "text/json" not in a["target"]]
    overlay.write_text(yaml.safe_dump(document))
    outcome = pipeline.generate(load_workspace_manifest(), ["splx"], output=workspace / "generated")
    assert outcome.generated == ["splx"]
    assert "splx: triggerTestRun requestBody: left out text/json" in outcome.notes


def test_a_failure_while_swapping_rolls_back(workspace: Path, load_workspace_manifest: Callable[[], Manifest]) -> None:
    output = workspace / "generated"
    before = tree_digest(output)
    staging = output / ".staging-test"
    staging.mkdir()
    (staging / "testruns_clients" / "loadforge").mkdir(parents=True)
    (staging / "testruns_clients" / "loadforge" / "new.py").write_text("")
    # testruns_clients.splx is missing from staging: its rename fails after loadforge's succeeded.
    with pytest.raises(GenerationError, match="could not move the new packages into place"):
        pipeline.swap_in(staging, [Path("testruns_clients/loadforge"), Path("testruns_clients/splx")], output)
    after = {k: v for k, v in tree_digest(output).items() if not k.startswith(".staging-test/")}
    assert after == before
    assert not (output / "testruns_clients" / "loadforge" / "new.py").exists()


def test_unknown_vendor_is_named(workspace: Path) -> None:
    done = run_generator("--manifest", workspace / "specs" / "vendors.yaml", "generate", "acme")
    assert done.returncode == 1
    assert f"unknown vendor 'acme'; the manifest has {', '.join(load_manifest().ids)}" in done.stderr


def test_spec_command_prints_the_effective_spec() -> None:
    done = run_generator("spec", "loadforge")
    assert done.returncode == 0, done.stderr
    spec = json.loads(done.stdout)
    assert spec["components"]["schemas"]["RunRequest"]["properties"]["duration"]["maximum"] == 720


def test_a_bad_manifest_names_the_field(workspace: Path) -> None:
    manifest = workspace / "specs" / "vendors.yaml"
    manifest.write_text(manifest.read_text().replace("env: LOADFORGE_API_KEY", "env: loadforge-key"))
    done = run_generator("--manifest", manifest, "generate")
    assert done.returncode == 1
    assert "vendors[2] (loadforge).auth.env: String should match pattern" in done.stderr


def test_a_manifest_that_is_not_utf8_is_named(workspace: Path) -> None:
    manifest = workspace / "specs" / "vendors.yaml"
    manifest.write_bytes(manifest.read_bytes().replace(b"name: LoadForge\n", b"name: Load\xffForge\n"))
    done = run_generator("--manifest", manifest, "generate")
    assert done.returncode == 1
    assert f"{manifest}: not UTF-8 text: invalid start byte at byte" in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("relative", "old", "new", "says"),
    [
        # The vendor renames the status field the manifest reads: caught when generating, not at a user's run.
        ("loadforge/overlay.yaml", "          run_status:\n", "          runStatus:\n", "status reads /run_status"),
        ("testerarmy/overlay.yaml", "          runId:\n", "          run_id:\n", "run_id reads /runId"),
    ],
)
def test_a_field_the_manifest_reads_that_moved_fails_generation(
    workspace: Path, relative: str, old: str, new: str, says: str
) -> None:
    target = workspace / "specs" / relative
    assert old in target.read_text()
    target.write_text(target.read_text().replace(old, new))
    before = tree_digest(workspace / "generated")
    done = run_generator(
        "--manifest", workspace / "specs" / "vendors.yaml", "--output", workspace / "generated", "generate"
    )
    assert done.returncode == 1, done.stdout
    assert says in done.stderr and "moved or removed" in done.stderr, done.stderr
    assert tree_digest(workspace / "generated") == before


def test_the_generated_vendor_entry_follows_the_manifest(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # The run-time representation of a vendor is its generated vendor.py: an edited entry is drift until
    # regenerated, and then the entry says what the manifest says.
    output = workspace / "generated"
    manifest_file = workspace / "specs" / "vendors.yaml"
    vendor_module = output / "testruns_clients" / "loadforge" / "vendor.py"
    assert "'LoadForge'" in vendor_module.read_text() or '"LoadForge"' in vendor_module.read_text()
    manifest_file.write_text(manifest_file.read_text().replace("name: LoadForge\n", "name: LoadForge Cloud\n"))
    drift = pipeline.check(load_workspace_manifest(), output=output)
    assert any("loadforge" in key for key in drift), drift
    pipeline.generate(load_workspace_manifest(), output=output)
    assert pipeline.check(load_workspace_manifest(), output=output) == {}
    assert '"LoadForge Cloud"' in vendor_module.read_text()


def _record_stage(stage: str, item: object, manifest: object, staging: Path) -> list[str]:
    """Stands in for a real stage in a forked worker: notes its priority; the check fails, as on a bad spec."""
    (staging / f"{stage}-{item}").write_text(str(os.getpriority(os.PRIO_PROCESS, 0)))
    if stage in ("check", "client"):
        raise GenerationError(f"the {stage} failed")
    return []


def test_the_client_stage_keeps_the_cpu_and_the_check_s_error_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # the parallel path, whatever this machine has
    monkeypatch.setattr(pipeline, "_run_stage", _record_stage)  # the forked workers inherit it
    own = os.getpriority(os.PRIO_PROCESS, 0)
    plans: Any = ["a", "b"]
    finished: list[bool] = []
    with pytest.raises(GenerationError, match="the check failed"):
        pipeline._run_stages(cast(Manifest, None), plans, tmp_path, then=lambda: finished.append(True))
    assert finished == []  # no client was made: nothing to finish
    found = {path.name: int(path.read_text()) for path in tmp_path.iterdir()}
    assert sorted(found) == ["check-a", "check-b", "client-a", "client-b", "models-a", "models-b"]
    assert found["client-a"] == found["client-b"] == own
    assert all(found[f"{stage}-{v}"] >= max(own, pipeline.SIDE_NICENESS) for stage in ("check", "models") for v in "ab")
    assert os.getpriority(os.PRIO_PROCESS, 0) == own  # only the workers stepped back


def _check_waits_for_the_finish(stage: str, item: object, manifest: object, staging: Path) -> list[str]:
    """Stands in for the stages: the check passes only if the package is finished while it runs."""
    if stage != "check":
        return []
    deadline = time.monotonic() + 30
    while not (staging / "finished").exists():
        if time.monotonic() > deadline:
            raise GenerationError("the package was not finished while the check ran")
        time.sleep(0.01)
    if "bad" in str(item):
        raise GenerationError("the check failed")
    return []


def test_the_package_is_finished_while_the_check_runs_and_the_check_s_error_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pipeline, "_run_stage", _check_waits_for_the_finish)

    def finish() -> None:
        (tmp_path / "finished").write_text("")

    def finish_and_fail() -> None:
        finish()
        raise GenerationError("ruff failed")

    good: Any = ["good"]
    pipeline._run_stages(cast(Manifest, None), good, tmp_path, then=finish)
    (tmp_path / "finished").unlink()
    with pytest.raises(GenerationError, match="ruff failed"):  # every stage passed: the finish's own error
        pipeline._run_stages(cast(Manifest, None), good, tmp_path, then=finish_and_fail)
    (tmp_path / "finished").unlink()
    bad: Any = ["bad"]
    with pytest.raises(GenerationError, match="the check failed"):  # a bad spec: the check says why
        pipeline._run_stages(cast(Manifest, None), bad, tmp_path, then=finish_and_fail)


def _splx_overlay_adds(workspace: Path, *actions: dict[str, Any]) -> None:
    """SPLX's overlay in ``workspace`` with ``actions`` after its own."""
    overlay = workspace / "specs" / "splx" / "overlay.yaml"
    document = yaml.safe_load(overlay.read_text())
    document["actions"] += actions
    overlay.write_text(yaml.safe_dump(document))


def _splx_trigger_endpoint(workspace: Path, load_workspace_manifest: Callable[[], Manifest]) -> str:
    """SPLX generated in ``workspace``: the text of its facade's trigger ``Endpoint``."""
    outcome = pipeline.generate(load_workspace_manifest(), ["splx"], output=workspace / "generated")
    assert outcome.generated == ["splx"]
    facade = (workspace / "generated" / "testruns_clients" / "splx" / "facade.py").read_text()
    return facade.split('"trigger": Endpoint(', 1)[1].split("),\n", 1)[0]


def test_an_untyped_request_body_is_sent_as_it_is_and_its_facade_is_lint_clean(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # A body schema of `{}` (any JSON): the client types it `Any`, which is no class of its models to import
    # into the facade (that import redefined the facade's own `Any`, and ruff refused the package).
    _splx_overlay_adds(
        workspace,
        {"target": "$.components.schemas.TriggerTestRunRequest", "remove": True},
        {"target": "$.components.schemas", "update": {"TriggerTestRunRequest": {}}},
    )
    trigger = _splx_trigger_endpoint(workspace, load_workspace_manifest)
    assert 'body="TriggerTestRunBody"' in trigger and "body_class=" not in trigger


def test_header_parameters_the_request_itself_says_are_left_out_with_a_note(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # As VTEX's and Azure's documents give them: OpenAPI says to ignore the first three, and h11 refuses the last.
    headers = ["Accept", "Content-Type", "Authorization", "Content-Length", "X-Tenant"]
    given = [{"name": name, "in": "header", "schema": {"type": "string"}} for name in headers]
    trigger = "$.paths['/api/workspaces/{workspaceId}/test-run/trigger'].post"
    _splx_overlay_adds(workspace, {"target": trigger, "update": {"parameters": given}})
    manifest = load_workspace_manifest()
    (item,) = pipeline.plan(manifest, [manifest.vendor("splx")])
    for spec in (item.spec, item.client_spec):
        operation = spec["paths"]["/api/workspaces/{workspaceId}/test-run/trigger"]["post"]
        names = [p["name"] for p in operation["parameters"] if p.get("in") == "header"]
        assert names == ["X-Tenant"]
    assert "Content-Type" not in input_schemas(item.spec, {"triggerTestRun"})["TriggerTestRunParameters"]["properties"]
    assert [note for note in item.notes if "left out header" in note] == [
        "splx: triggerTestRun parameters: left out header Accept: OpenAPI ignores it: the answers' media types say it",
        "splx: triggerTestRun parameters: left out header Content-Type: OpenAPI ignores it: the request body's "
        "media type says it",
        "splx: triggerTestRun parameters: left out header Authorization: OpenAPI ignores it: the security schemes "
        "say it",
        "splx: triggerTestRun parameters: left out header Content-Length: the HTTP client sets it from the body "
        "(h11 refuses one given)",
    ]


def test_a_required_authorization_header_parameter_is_the_security_of_an_operation_that_declares_none(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # As Azure Monitor's metrics API gives its token: no security, a required Authorization header parameter.
    # OpenAPI has the parameter ignored; the facade then sent no key, and Prism refused the call (HTTP 422).
    authorization = {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}}
    trigger = "$.paths['/api/workspaces/{workspaceId}/test-run/trigger'].post"
    cancel = "$.paths['/api/workspaces/{workspaceId}/test-run/{testRunId}/cancel'].post"
    optional = {**authorization, "required": False}
    _splx_overlay_adds(
        workspace,
        {"target": trigger, "update": {"parameters": [authorization], "security": []}},
        {"target": cancel, "update": {"parameters": [optional], "security": []}},
    )
    manifest = load_workspace_manifest()
    (item,) = pipeline.plan(manifest, [manifest.vendor("splx")])
    paths = item.spec["paths"]
    operation = paths["/api/workspaces/{workspaceId}/test-run/trigger"]["post"]
    assert operation["security"] == [{AUTHORIZATION_SCHEME: []}]
    assert item.spec["components"]["securitySchemes"][AUTHORIZATION_SCHEME]["name"] == "Authorization"
    assert _needs_key(item.spec, operation)  # the facade sends the manifest's key
    assert paths["/api/workspaces/{workspaceId}/test-run/{testRunId}/cancel"]["post"]["security"] == []  # optional
    assert any("required Authorization header parameter is its security" in note for note in item.notes)


def test_a_request_body_that_is_an_array_of_models_is_built_item_by_item(
    workspace: Path, load_workspace_manifest: Callable[[], Manifest]
) -> None:
    # As Xero's payroll document gives its updates: a JSON array of a model. The facade refused to generate
    # (the body was no model), where openapi-python-client makes the client for it.
    item = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    array = {"type": "array", "items": {"$ref": "#/components/schemas/RunItem"}}
    _splx_overlay_adds(
        workspace,
        {"target": "$.components.schemas.TriggerTestRunRequest", "remove": True},
        {"target": "$.components.schemas", "update": {"TriggerTestRunRequest": array, "RunItem": item}},
    )
    trigger = _splx_trigger_endpoint(workspace, load_workspace_manifest)
    assert "body_class=RunItem," in trigger and "body_items=True," in trigger
