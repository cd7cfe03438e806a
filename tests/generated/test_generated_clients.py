"""Each generated client sends the documented request and parses the documented response.

Requests go through httpx.MockTransport: the test sees exactly what would be
on the wire (method, URL, auth header, JSON body).
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import importlib
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any
from uuid import UUID

import httpx
import pytest
from testruns_clients.loadforge import AuthenticatedClient
from testruns_clients.loadforge.api.default import start_run
from testruns_clients.loadforge.models import RunRequest

from testruns.vendors.manifest import load_manifest

SECRET = "s3cr3t-token-value"
TEST_ID = "2b1f6a0e-7d3c-4a55-9e41-0c8f5b6d9a10"
RUN_ID = "9f0c2d1e-3b4a-4c5d-8e6f-7a8b9c0d1e2f"
PROJECT = "c47ade67-0543-4582-a4a5-b7de447c94f5"


@dataclass
class Case:
    package: str
    module: str  # api.<tag>.<operation>
    base_url: str
    auth: dict[str, str]  # AuthenticatedClient's prefix and auth_header_name
    call: Callable[[Any], dict[str, Any]]  # models module -> keyword arguments
    method: str
    url: str
    header: tuple[str, str]
    body: dict[str, Any] | None
    status: int
    response: Any
    check: Callable[[Any], None]


def _check_wallarm(parsed: Any) -> None:
    assert parsed.status == 200 and parsed.body.id == "tr_1234" and parsed.body.state == "running"


CASES = {
    "wallarm": Case(
        "testruns_clients.wallarm",
        "api.test_run.create_test_run",
        "https://us1.api.wallarm.com",
        {"prefix": "", "auth_header_name": "X-WallarmAPI-Token"},
        lambda m: {"body": m.TestRunCreateRequest(name="demo-testrun", rps=100)},
        "POST",
        "https://us1.api.wallarm.com/v1/test_run",
        ("X-WallarmAPI-Token", SECRET),
        {
            "name": "demo-testrun",
            "rps": 100,
            # Documented defaults are sent explicitly.
            "desc": "",
            "file_extensions_to_exclude": "",
            "stop_on_first_fail": False,
            "skip_duplicated_baselines": True,
            "inactivity_timeout": 1800,
        },
        200,
        {"status": 200, "body": {"id": "tr_1234", "name": "demo-testrun", "state": "running", "extra": 1}},
        _check_wallarm,
    ),
    "splx-trigger": Case(
        "testruns_clients.splx",
        "api.test_run.trigger_test_run",
        "https://api.probe.splx.ai",
        {"prefix": "", "auth_header_name": "X-Api-Key"},
        lambda m: {
            "workspace_id": 7,
            "body": m.TriggerTestRunRequest(
                target_id=3, probe_ids=[1, 2], name="nightly", notify_when_finished=True, run_ai_analysis=False
            ),
        },
        "POST",
        "https://api.probe.splx.ai/api/workspaces/7/test-run/trigger",
        ("X-Api-Key", SECRET),
        {"targetId": 3, "probeIds": [1, 2], "name": "nightly", "notifyWhenFinished": True, "runAiAnalysis": False},
        200,
        {"testRunId": 99},
        lambda parsed: _expect(parsed.test_run_id, 99),
    ),
    "splx-cancel": Case(
        "testruns_clients.splx",
        "api.test_run.cancel_test_run",
        "https://api.probe.splx.ai",
        {"prefix": "", "auth_header_name": "X-Api-Key"},
        lambda m: {"workspace_id": 7, "test_run_id": 99},
        "POST",
        "https://api.probe.splx.ai/api/workspaces/7/test-run/99/cancel",
        ("X-Api-Key", SECRET),
        None,
        200,
        None,
        lambda parsed: _expect(parsed, None),
    ),
    "loadforge": Case(
        "testruns_clients.loadforge",
        "api.default.start_run",
        "https://app.loadforge.com/api/v2",
        {},
        lambda m: {"body": m.RunRequest(test_id=42, duration=10)},
        "POST",
        "https://app.loadforge.com/api/v2/run",
        ("Authorization", f"Bearer {SECRET}"),
        {"test_id": 42, "duration": 10},
        200,
        {"run_id": 314},
        lambda parsed: _expect(parsed.run_id, 314),
    ),
    "testsigma": Case(
        "testruns_clients.testsigma",
        "api.test_runs.create_test_run",
        "https://test-management.testsigma.com/api/v1",
        {},
        lambda m: {
            "project_id": UUID(PROJECT),
            "body": m.TestRunCreateRequest(
                title="Regression suite",
                status="ACTIVE",
                project_id=UUID(PROJECT),
                selection_type="STATIC",
                static_selection_filters=[m.StaticSelectionFilter(field="id", operator="IN", values=[TEST_ID])],
                label_names=["Smoke"],
                environment_ids=[],
            ),
        },
        "POST",
        f"https://test-management.testsigma.com/api/v1/projects/{PROJECT}/test_runs",
        ("Authorization", f"Bearer {SECRET}"),
        {
            "title": "Regression suite",
            "status": "ACTIVE",
            "project_id": PROJECT,
            "selection_type": "STATIC",
            "static_selection_filters": [{"field": "id", "operator": "IN", "values": [TEST_ID]}],
            "label_names": ["Smoke"],
            "environment_ids": [],
        },
        200,
        {
            "message": "",
            "data": {
                "test_run": {
                    "id": RUN_ID,
                    "human_id": "DEMO-R-1",
                    "created_at": 1710675200,
                    "title": "Regression suite",
                    "status": "ACTIVE",
                    "project_id": PROJECT,
                    "label_names": ["Smoke"],
                    "environment_ids": [],
                }
            },
        },
        lambda parsed: _expect((str(parsed.data.test_run.id), parsed.data.test_run.status), (RUN_ID, "ACTIVE")),
    ),
    "testerarmy": Case(
        "testruns_clients.testerarmy",
        "api.subpackage_tests.trigger_a_test_run",
        "https://tester.army",
        {},
        lambda m: {
            "test_id": UUID(TEST_ID),
            "body": m.TriggerRunRequest(mode=m.RunMode.DEEP, platform=m.RunPlatform.WEB),
        },
        "POST",
        f"https://tester.army/v1/tests/{TEST_ID}/runs",
        ("Authorization", f"Bearer {SECRET}"),
        {"mode": "deep", "platform": "web"},
        202,
        {"status": "queued", "runId": RUN_ID, "testId": TEST_ID},
        lambda parsed: _expect((parsed.status.value, str(parsed.run_id)), ("queued", RUN_ID)),
    ),
}


def _expect(actual: Any, expected: Any) -> None:
    assert actual == expected


def _client(case: Case, seen: list[httpx.Request], *, use_async: bool) -> Any:
    package = importlib.import_module(case.package)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if case.response is None:
            return httpx.Response(case.status)
        return httpx.Response(case.status, json=case.response)

    client = package.AuthenticatedClient(base_url=case.base_url, token=SECRET, **case.auth)
    if use_async:
        return client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=case.base_url, transport=httpx.MockTransport(handler), headers=client._auth_headers()
            )
        )
    return client.set_httpx_client(
        httpx.Client(base_url=case.base_url, transport=httpx.MockTransport(handler), headers=client._auth_headers())
    )


def _check_request(case: Case, seen: list[httpx.Request]) -> None:
    assert len(seen) == 1
    request = seen[0]
    assert request.method == case.method
    assert str(request.url) == case.url
    assert request.headers[case.header[0]] == case.header[1]
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.body


@pytest.mark.parametrize("name", list(CASES))
def test_sync_call_sends_the_documented_request(name: str) -> None:
    case = CASES[name]
    seen: list[httpx.Request] = []
    operation = importlib.import_module(f"{case.package}.{case.module}")
    models = importlib.import_module(f"{case.package}.models")
    response = operation.sync_detailed(client=_client(case, seen, use_async=False), **case.call(models))
    _check_request(case, seen)
    assert response.status_code == case.status
    case.check(response.parsed)


@pytest.mark.parametrize("name", list(CASES))
def test_async_call_sends_the_documented_request(name: str) -> None:
    case = CASES[name]
    seen: list[httpx.Request] = []
    operation = importlib.import_module(f"{case.package}.{case.module}")
    models = importlib.import_module(f"{case.package}.models")
    response = asyncio.run(operation.asyncio_detailed(client=_client(case, seen, use_async=True), **case.call(models)))
    _check_request(case, seen)
    case.check(response.parsed)


@pytest.mark.parametrize("package", sorted({case.package for case in CASES.values()}))
def test_the_token_never_shows_in_a_repr(package: str) -> None:
    client = importlib.import_module(package).AuthenticatedClient(base_url="https://x", token=SECRET)
    client.get_httpx_client()  # built clients carry the header too
    assert SECRET not in repr(client)
    assert "token" not in repr(client)


@pytest.mark.parametrize("package", sorted({case.package for case in CASES.values()}))
@pytest.mark.parametrize("act", [pickle.dumps, copy.copy], ids=["pickle", "copy"])
def test_a_client_that_may_hold_the_token_is_never_pickled(package: str, act: Callable[[object], object]) -> None:
    module = importlib.import_module(package)
    plain = module.Client(base_url="https://x", headers={"Authorization": f"Bearer {SECRET}"})
    for client in (module.AuthenticatedClient(base_url="https://x", token=SECRET), plain):
        with pytest.raises(TypeError, match="may hold a key, so it is never pickled or copied") as caught:
            act(client)
        assert SECRET not in str(caught.value)


def test_the_client_builds_its_own_httpx_client_with_the_auth_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"run_id": 5})

    client = AuthenticatedClient(
        base_url="https://app.loadforge.com/api/v2",
        token=SECRET,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    assert start_run.sync(client=client, body=RunRequest(test_id=1, duration=2)).run_id == 5  # type: ignore[union-attr]
    assert seen[0].headers["Authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("vendor", load_manifest().vendors, ids=lambda v: v.id)
def test_each_package_carries_the_vendors_version_and_its_spec_hash(vendor: Any) -> None:
    package = importlib.import_module(vendor.package)
    text = resources.files(vendor.package).joinpath("openapi.json").read_text("utf-8")
    stated = str(json.loads(text)["info"]["version"])
    assert stated == package.SPEC_VERSION
    assert package.__version__ == f"{stated}+{hashlib.sha256(text.encode()).hexdigest()[:12]}"


# Run in a fresh interpreter: what a package loads must not depend on what other tests imported.
_LAZY_MODELS = """
import json, sys
import {package}.models as models
loaded_first = sorted(name for name in sys.modules if name.startswith("{package}.models."))
resolved = [getattr(models, name).__name__ for name in models.__all__]
try:
    models.NoSuchModel
    missing = "found"
except AttributeError as error:
    missing = str(error)
listed = dir(models)
not_listed = sorted(set(models.__all__) - set(listed))
print(json.dumps([loaded_first, list(models.__all__), resolved, not_listed, len(listed) - len(set(listed)), missing]))
"""


@pytest.mark.parametrize("vendor", load_manifest().vendors, ids=lambda v: v.id)
def test_a_models_package_loads_each_model_on_first_use_and_names_them_all(vendor: Any) -> None:
    code = _LAZY_MODELS.format(package=vendor.package)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    loaded_first, names, resolved, not_listed, repeated, missing = json.loads(done.stdout)
    assert loaded_first == []  # importing the package loads no model
    assert names and resolved == names  # every name it exports is that model
    assert (not_listed, repeated) == ([], 0)  # dir() names each model once, loaded or not
    assert missing == f"module '{vendor.package}.models' has no attribute 'NoSuchModel'"


PACKAGES = sorted({vendor.package for vendor in load_manifest().vendors})


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_path_value_that_names_another_path_is_refused_naming_the_parameter(package: str, value: str) -> None:
    errors = importlib.import_module(f"{package}.errors")
    with pytest.raises(ValueError, match=rf"^run_id: '{re.escape(value)}' cannot be a URL path segment") as caught:
        errors.path_segment(value, "run_id")
    assert isinstance(caught.value, errors.PathValueError)
    assert caught.value.parameter == "run_id"


@pytest.mark.parametrize("package", PACKAGES)
def test_any_other_path_value_is_one_segment_with_every_reserved_character_escaped(package: str) -> None:
    path_segment = importlib.import_module(f"{package}.errors").path_segment
    assert [path_segment(value, "id") for value in ["...", "a..", "./", "a/../b", "?#%", 7]] == [
        "...",
        "a..",
        ".%2F",
        "a%2F..%2Fb",
        "%3F%23%25",
        "7",
    ]


def test_a_generated_call_refuses_a_dot_segment_before_sending() -> None:
    # httpx would drop the segment: GET /v1/test_run/.. would be sent as GET /v1/.
    from testruns_clients.wallarm import AuthenticatedClient as Wallarm  # noqa: PLC0415
    from testruns_clients.wallarm.api.test_run import get_test_run  # noqa: PLC0415
    from testruns_clients.wallarm.errors import PathValueError  # noqa: PLC0415

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    client = Wallarm(base_url="https://us1.api.wallarm.com", token=SECRET).set_httpx_client(
        httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.raises(PathValueError, match="test_run_id"):
        get_test_run.sync_detailed(test_run_id="..", client=client)
    assert seen == []
