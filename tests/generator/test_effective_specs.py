"""Each vendor's effective spec is valid, and each overlay changes exactly what it says."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import jsonpath_rfc9535
import pytest

from testruns.vendors.manifest import load_manifest
from testruns_generator.documents import read_document
from testruns_generator.effective_spec import checked_effective_spec, json_pointer, server_urls
from testruns_generator.errors import GenerationError
from testruns_generator.pointers import check_run_ids
from tests.conftest import REPO

MANIFEST = load_manifest()


def differences(before: Any, after: Any, path: tuple[Any, ...] = ()) -> set[str]:
    """JSON pointers of every place where two documents differ (added, removed or changed)."""
    if isinstance(before, dict) and isinstance(after, dict):
        found: set[str] = set()
        for key in before.keys() | after.keys():
            if key not in before or key not in after:
                found.add(json_pointer((*path, key)))
            else:
                found |= differences(before[key], after[key], (*path, key))
        return found
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return set().union(*(differences(b, a, (*path, i)) for i, (b, a) in enumerate(zip(before, after, strict=True))))
    return set() if before == after else {json_pointer(path)}


@pytest.mark.parametrize("vendor_id", MANIFEST.ids)
def test_effective_spec_is_valid_openapi(vendor_id: str) -> None:
    spec = checked_effective_spec(MANIFEST.vendor(vendor_id), MANIFEST)
    assert spec["openapi"].startswith("3.")
    operation_ids = {op.get("operationId") for item in spec["paths"].values() for op in item.values()}
    assert set(MANIFEST.vendor(vendor_id).operation_ids.values()) <= operation_ids


TRIGGER = "#/paths/~1api~1workspaces~1{workspaceId}~1test-run~1trigger/post"
SPLX_CANCEL = "#/paths/~1api~1workspaces~1{workspaceId}~1test-run~1{testRunId}~1cancel/post"
TESTERARMY = "#/paths/~1v1~1tests~1{testId}~1runs/post"
OVERLAY_CHANGES = {
    "loadforge": {
        "#/components/schemas/RunRequest/properties/duration/minimum",
        "#/components/schemas/RunRequest/properties/duration/maximum",
        "#/paths/~1run/post/operationId",
        "#/paths/~1run~1cancel~1{run_id}",
        "#/paths/~1result~1{id}",
        "#/components/schemas/Result",
    },
    "splx": {
        f"{TRIGGER}/requestBody/content/application~1json-patch+json",
        f"{TRIGGER}/requestBody/content/text~1json",
        f"{TRIGGER}/requestBody/content/application~1*+json",
        f"{TRIGGER}/operationId",
        f"{SPLX_CANCEL}/operationId",
        # The error schemas, mended so that an error body can match them.
        *(
            f"#/components/schemas/{name}/additionalProperties"
            for name in (
                "UnauthorizedError",
                "UnauthorizedWithLogoutError",
                "ForbiddenError",
                "InternalServerError",
                "NotFoundExampleError",
                "BadRequestErrorDetailsDto",
                "ErrorDetailsDto",
            )
        ),
        "#/components/schemas/ErrorResponse/properties/error/oneOf",
        "#/components/schemas/ErrorResponse/properties/error/$ref",
        *(
            f"{operation}/responses/400/content/application~1json/schema/{key}"
            for operation in (TRIGGER, SPLX_CANCEL)
            for key in ("oneOf", "$ref")
        ),
    },
    "testerarmy": {
        "#/security",
        "#/servers/0/url",  # under /api, as the vendor's own pages have it
        "#/paths/~1v1~1runs~1{id}",
        *(f"#/components/schemas/{name}" for name in ("RunResponse", "TestOutput", "PlannerSkippedOutput", "RunError")),
        f"{TESTERARMY}/parameters",
        f"{TESTERARMY}/requestBody/content/application~1json/schema/type",
        f"{TESTERARMY}/requestBody/content/application~1json/schema/properties",
        f"{TESTERARMY}/requestBody/content/application~1json/schema/$ref",
        f"{TESTERARMY}/responses/202/content/application~1json/schema/$ref",
        *(
            f"#/components/schemas/{name}"
            for name in (
                "RunMode",
                "RunPlatform",
                "RunStatus",
                "TriggerRunRequest",
                "TriggerRunResponse",
                "V1TestsTestIdRunsPostRequestBodyContentApplicationJsonSchemaMode",
                "V1TestsTestIdRunsPostRequestBodyContentApplicationJsonSchemaPlatform",
                "V1TestsTestIdRunsPostResponsesContentApplicationJsonSchemaStatus",
                "Tests_triggerATestRun_Response_202",
                "CancelRunResponse",
                "ErrorBody",
            )
        ),
        "#/paths/~1v1~1runs~1{id}~1cancel",
    },
}


def _touched(vendor_id: str, published: Any, effective: Any) -> set[str]:
    """JSON pointers of every node the vendor's overlay targets, in the published and the effective document."""
    vendor = MANIFEST.vendor(vendor_id)
    if vendor.overlay is None:
        return set()
    actions = read_document(MANIFEST.specs_dir / vendor.overlay).get("actions", [])
    return {
        json_pointer(tuple(node.location))
        for action in actions
        for document in (published, effective)
        for node in jsonpath_rfc9535.find(action["target"], document)
    }


@pytest.mark.parametrize("vendor_id", MANIFEST.ids)
def test_overlay_changes_exactly_what_it_claims(vendor_id: str) -> None:
    vendor = MANIFEST.vendor(vendor_id)
    published = read_document(MANIFEST.specs_dir / vendor.spec)
    effective = checked_effective_spec(vendor, MANIFEST)
    changed = differences(published, effective)
    if vendor_id in OVERLAY_CHANGES:  # ours, checked change by change
        assert changed == OVERLAY_CHANGES[vendor_id]
        return
    # A vendor added since: every change lies at or under a node one of its overlay's actions targets (an
    # update's or a remove's), and a vendor without an overlay is its document as published.
    touched = _touched(vendor_id, published, effective)
    stray = {c for c in changed if not any(c == t or c.startswith(t.rstrip("/") + "/") for t in touched)}
    assert stray == set()


def test_testerarmy_token_is_carried_by_the_bearer_scheme_only() -> None:
    spec = checked_effective_spec(MANIFEST.vendor("testerarmy"), MANIFEST)
    operation = spec["paths"]["/v1/tests/{testId}/runs"]["post"]
    assert [p["name"] for p in operation["parameters"]] == ["testId"]
    assert spec["security"] == [{"bearerAuth": []}]
    assert spec["components"]["schemas"]["RunMode"]["enum"] == ["fast", "deep"]


def test_splx_document_is_the_two_published_documents_merged() -> None:
    # The two documents exactly as SPLX publishes them, one per operation.
    fixtures = REPO / "tests" / "fixtures" / "splx"
    trigger = json.loads((fixtures / "published-trigger.json").read_text())
    cancel = json.loads((fixtures / "published-cancel.json").read_text())
    merged = read_document(MANIFEST.specs_dir / "splx" / "openapi.json")
    assert merged["paths"] == {**trigger["paths"], **cancel["paths"]}
    assert merged["components"]["schemas"] == {**cancel["components"]["schemas"], **trigger["components"]["schemas"]}
    for key in ("openapi", "info", "tags", "servers", "security"):
        assert merged[key] == trigger[key] == cancel[key]


@pytest.mark.parametrize("vendor_id", MANIFEST.ids)
def test_manifest_regions_are_servers_of_the_spec(vendor_id: str) -> None:
    # A templated server (https://{site}) stands for each value its variables may take: a region names one.
    vendor = MANIFEST.vendor(vendor_id)
    spec = checked_effective_spec(vendor, MANIFEST)
    assert {url.rstrip("/") for url in vendor.regions.values()} <= {url.rstrip("/") for url in server_urls(spec)}


def test_wallarm_spec_carries_every_documented_bound_and_default() -> None:
    spec = checked_effective_spec(MANIFEST.vendor("wallarm"), MANIFEST)
    fields = spec["components"]["schemas"]["TestRunCreateRequest"]["properties"]
    assert spec["components"]["schemas"]["TestRunCreateRequest"]["required"] == ["name"]
    assert (fields["rps"]["minimum"], fields["rps"]["maximum"], fields["rps"]["default"]) == (1, 1000, None)
    assert (fields["rps_per_baseline"]["minimum"], fields["rps_per_baseline"]["maximum"]) == (1, 500)
    timeout = fields["inactivity_timeout"]
    assert (timeout["minimum"], timeout["maximum"], timeout["default"]) == (300, 86400, 1800)
    assert fields["stop_on_first_fail"]["default"] is False
    assert fields["skip_duplicated_baselines"]["default"] is True
    assert fields["desc"]["default"] == "" and fields["file_extensions_to_exclude"]["default"] == ""
    assert spec["components"]["securitySchemes"]["WallarmApiToken"]["name"] == "X-WallarmAPI-Token"


def test_the_validator_loads_without_requests_and_leaves_it_importable() -> None:
    # Loading requests is a third of the validator's load, for remote references the generator refuses.
    code = (
        "import sys\n"
        "from testruns_generator.effective_spec import validate_openapi\n"
        "from pathlib import Path\n"
        "spec = {'openapi': '3.0.3', 'info': {'title': 't', 'version': '1'}, 'paths': {}}\n"
        "validate_openapi(spec, vendor='v', file=Path('x'))\n"
        "loaded = 'requests' in sys.modules\n"
        "import requests\n"
        "print(loaded, requests.get.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "requests.api"]


@pytest.mark.parametrize(
    ("key", "word"), [("states", "done"), ("verdicts", "PASSED")], ids=["a state word", "a verdict word"]
)
def test_a_manifest_word_the_spec_s_enum_does_not_allow_fails_naming_it(key: str, word: str) -> None:
    vendor = MANIFEST.vendor("testerarmy")  # its status and verdict fields are enums
    status = vendor.operations["status"]
    words = {**getattr(status, key), word: "passed" if key == "verdicts" else "finished"}
    entry = status.model_copy(update={key: words})
    changed = vendor.model_copy(update={"operations": {**vendor.operations, "status": entry}})
    with pytest.raises(GenerationError) as caught:
        checked_effective_spec(changed, MANIFEST)
    message = str(caught.value)
    assert f"operations.status.{key} maps {word!r}" in message and "its enum: " in message
    assert f"vendors[testerarmy].operations.status.{key}" in message and str(MANIFEST.path) in message


def test_a_run_id_pointer_at_an_object_fails_naming_it() -> None:
    vendor = MANIFEST.vendor("testerarmy")
    spec = checked_effective_spec(vendor, MANIFEST)
    check_run_ids(spec, vendor, MANIFEST.path)  # its run id is a UUID: no error
    answer = spec["components"]["schemas"]["TriggerRunResponse"]
    answer["properties"]["runId"] = {"type": "object", "properties": {"value": {"type": "string"}}}
    with pytest.raises(GenerationError) as caught:
        check_run_ids(spec, vendor, MANIFEST.path)
    message = str(caught.value)
    assert (
        "operations.trigger.run_id is /runId, which the 202 answer of 'trigger-a-test-run' declares as object"
        in message
    )
    assert "vendors[testerarmy].operations.trigger.run_id" in message
