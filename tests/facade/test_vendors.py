"""Every vendor operation through the Python API, sync and async: the exact request, the run read back,
the vendor's errors, its validation, regions, retries of a cancel and timeouts."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

import testruns
from testruns.http.retry import Operation
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import ManifestError, load_manifest

from .cases import BY_ID, CASES, ERROR_BODIES, INVALID, MANIFEST, MESSAGE, PROJECT, SECRETS, SECRETS_BY_VARIABLE, Case
from .loopback import Reply, loopback
from .scripted import FAST, Handler, replies

REPO = Path(__file__).resolve().parents[2]


def sync_client(handler: Handler, **kwargs: Any) -> testruns.Client:
    return testruns.Client(api_keys=SECRETS, retry=FAST, transport=httpx.MockTransport(handler), **kwargs)


def answer(case: Case) -> httpx.Response:
    if case.reply is None:
        return httpx.Response(case.reply_status)
    return httpx.Response(case.reply_status, json=case.reply)


def check_request(request: httpx.Request, case: Case) -> None:
    assert request.method == "POST"
    assert str(request.url) == case.url
    assert request.headers[case.auth[0]] == case.auth[1]
    assert (json.loads(request.content) if request.content else None) == case.body


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_sends_the_documented_request(case: Case) -> None:
    handler, seen = replies(answer(case))
    client = sync_client(handler)
    run = getattr(client, case.operation)(case.vendor, **case.params)
    (request,) = seen
    check_request(request, case)
    assert (run.vendor, run.run_id, run.status) == (case.vendor, case.run_id, case.status)
    assert isinstance(run.run_id, str)
    if case.reply is not None:
        assert type(run.raw).__module__.startswith(load_manifest().vendor(case.vendor).package)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_typed_vendor_attributes_send_the_same_request(case: Case) -> None:
    handler, seen = replies(answer(case))
    vendor = getattr(sync_client(handler), case.vendor)
    run = getattr(vendor, case.operation)(**case.params)
    check_request(seen[0], case)
    assert run.run_id == case.run_id


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_async_client_sends_the_same_request(case: Case) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(case)

    async def main() -> testruns.TriggeredRun:
        async with testruns.AsyncClient(api_keys=SECRETS, async_transport=httpx.MockTransport(handler)) as client:
            method = getattr(getattr(client, case.vendor), case.operation)
            result: testruns.TriggeredRun = await method(**case.params)
            return result

    run = asyncio.run(main())
    check_request(seen[0], case)
    assert (run.run_id, run.status) == (case.run_id, case.status)


def test_the_typed_signatures_are_the_vendors_own() -> None:
    client = testruns.Client(api_keys=SECRETS)
    assert list(inspect.signature(client.loadforge.trigger).parameters) == ["test_id", "duration", "timeout"]
    assert "run_id" in inspect.signature(client.splx.cancel).parameters
    assert "rps_per_baseline" in inspect.signature(client.wallarm.trigger).parameters
    assert client.testerarmy.trigger.__doc__ and "deep" in client.testerarmy.trigger.__doc__
    assert not hasattr(client.wallarm, "cancel") and "run_id" in inspect.signature(client.loadforge.cancel).parameters


@pytest.mark.parametrize("vendor", list(ERROR_BODIES))
def test_the_vendors_own_error_message_is_carried(vendor: str) -> None:
    case = next(c for c in CASES if c.vendor == vendor)
    handler, _ = replies(httpx.Response(400, json=ERROR_BODIES[vendor]))
    with pytest.raises(testruns.VendorError) as caught:
        sync_client(handler).trigger(AnyVendorId(vendor), **case.params)
    assert MESSAGE in caught.value.message
    assert (caught.value.status, caught.value.vendor) == (400, vendor)
    assert caught.value.body == ERROR_BODIES[vendor]


@pytest.mark.parametrize(("vendor", "params", "fragment"), INVALID)
def test_invalid_input_is_stopped_before_any_request(vendor: str, params: dict[str, Any], fragment: str) -> None:
    handler, seen = replies(httpx.Response(200))
    with pytest.raises(testruns.InvalidInputError) as caught:
        sync_client(handler).trigger(AnyVendorId(vendor), **params)
    assert fragment in str(caught.value)
    assert caught.value.field and caught.value.field in str(caught.value)
    assert seen == []


def test_a_cancel_names_the_run_in_the_callers_words() -> None:
    handler, seen = replies(httpx.Response(200))
    with pytest.raises(testruns.InvalidInputError, match="run_id: Input should be a valid integer") as caught:
        sync_client(handler).splx.cancel(workspace_id=7, run_id="latest")
    assert caught.value.field == "run_id"
    assert seen == []


def test_testsigma_takes_project_id_once() -> None:
    handler, seen = replies(answer(BY_ID["testsigma-trigger"]))
    sync_client(handler).testsigma.trigger(project_id=PROJECT)
    assert PROJECT in seen[0].url.path and json.loads(seen[0].content) == {"project_id": PROJECT}


@pytest.mark.parametrize(
    ("vendor", "region", "host"),
    [
        ("wallarm", "eu", "api.wallarm.com"),
        ("wallarm", None, "us1.api.wallarm.com"),
        ("splx", "us", "us.api.probe.splx.ai"),
    ],
)
def test_region_picks_the_server(vendor: str, region: str | None, host: str) -> None:
    case = next(c for c in CASES if c.vendor == vendor)
    handler, seen = replies(answer(case))
    sync_client(handler, regions={vendor: region} if region else None).trigger(AnyVendorId(vendor), **case.params)
    assert seen[0].url.host == host


def test_an_unknown_region_is_a_configuration_error() -> None:
    with pytest.raises(testruns.ConfigurationError, match="unknown region 'mars'; choose one of us, eu"):
        testruns.Client(api_keys=SECRETS, regions={"wallarm": "mars"}).wallarm.trigger(name="x")


@pytest.mark.parametrize("vendor", [vendor.id for vendor in MANIFEST.vendors])
def test_each_vendor_reads_its_own_credential_variables(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    auth = MANIFEST.vendor(vendor).auth
    params = dict(MANIFEST.vendor(vendor).operations["trigger"].example)
    for variable in auth.variables:
        monkeypatch.setenv(variable, SECRETS_BY_VARIABLE[variable])
    for missing in auth.variables:
        monkeypatch.delenv(missing)
        with pytest.raises(testruns.MissingCredentialsError) as caught:
            testruns.Client().trigger(AnyVendorId(vendor), **params)
        assert caught.value.variable == missing and missing in str(caught.value)
        monkeypatch.setenv(missing, SECRETS_BY_VARIABLE[missing])
    handler, seen = replies(httpx.Response(500))
    with pytest.raises(testruns.VendorError):
        testruns.Client(transport=httpx.MockTransport(handler), max_retries=0).trigger(AnyVendorId(vendor), **params)
    for name, value in auth.render(SECRETS_BY_VARIABLE).items():
        assert seen[0].headers[name] == value


@pytest.mark.parametrize(
    "fault",
    [httpx.Response(500, json=ERROR_BODIES["splx"]), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")],
    ids=["500", "read-timeout", "reset"],
)
def test_a_cancel_is_retried_after_faults_a_trigger_is_not(fault: httpx.Response | Exception) -> None:
    cancel = BY_ID["splx-cancel"]
    handler, seen = replies(fault, httpx.Response(200))
    assert sync_client(handler).splx.cancel(**cancel.params).status == "cancelled"
    assert len(seen) == 2
    trigger = BY_ID["splx-trigger"]
    handler, seen = replies(fault, answer(trigger))
    with pytest.raises(testruns.TestRunsError):
        sync_client(handler).splx.trigger(**trigger.params)
    assert len(seen) == 1


def test_timeouts_per_client_and_per_call() -> None:
    case = BY_ID["loadforge-trigger"]
    with loopback() as server:
        server.script(Reply(200, case.reply, delay=0.6))
        base = {"loadforge": server.url}
        slow = testruns.Client(api_keys=SECRETS, base_urls=base, timeout=0.2, retry=FAST)
        with pytest.raises(testruns.RequestTimeoutError):
            slow.loadforge.trigger(test_id=42, duration=10)
        assert len(server.received) == 1  # a read timeout may have started a run: not retried
        assert slow.loadforge.trigger(test_id=42, duration=10, timeout=2.0).run_id == "314"
        patient = testruns.Client(api_keys=SECRETS, base_urls=base, retry=FAST)
        with pytest.raises(testruns.RequestTimeoutError):
            patient.loadforge.trigger(test_id=42, duration=10, timeout=0.2)
        slow.close()
        patient.close()


def test_a_dropped_connection_on_a_trigger_is_a_network_error_sent_once() -> None:
    with loopback() as server:
        server.script(Reply(drop=True))
        client = testruns.Client(api_keys=SECRETS, base_urls={"loadforge": server.url}, retry=FAST)
        with pytest.raises(testruns.NetworkError) as caught:
            client.loadforge.trigger(test_id=42, duration=10)
        assert caught.value.maybe_sent is True
        assert len(server.received) == 1
        client.close()


def test_patterns_an_engine_cannot_read_are_left_out_of_schemas_and_only_there() -> None:
    # One walk for the request models (pydantic's engine) and the sandbox (Python's re): the engine's judgment
    # is its argument. A property named `pattern` is a schema, and an example holding one is data.
    from testruns.vendors import python_re_error, without_patterns  # noqa: PLC0415

    unreadable = {"type": "string", "pattern": r"^\p{L}+$"}
    example = {"pattern": r"^\p{L}+$"}
    schemas: dict[str, Any] = {
        "pattern": {"type": "object", "properties": {"pattern": unreadable}, "example": example},
        "Fine": {"type": "string", "pattern": "^[a-z]+$"},
    }
    kept, dropped = without_patterns(schemas, python_re_error, names=True)
    assert [(where, pattern) for where, pattern, _ in dropped] == [("/pattern/properties/pattern/pattern", r"^\p{L}+$")]
    assert kept["pattern"]["properties"]["pattern"] == {"type": "string"}
    assert kept["pattern"]["example"] is example and kept["Fine"] is schemas["Fine"]
    assert schemas["pattern"]["properties"]["pattern"]["pattern"] == r"^\p{L}+$"  # the input is untouched
    assert without_patterns(schemas["Fine"], python_re_error) == (schemas["Fine"], [])


def test_a_server_ending_in_a_slash_meets_the_path_with_one_in_the_sent_request_and_the_dry_run(
    tmp_path: Path,
) -> None:
    # 355 servers in the pinned corpus end in "/" (https://api.example.com/); a path is joined to its server as
    # text (Target.url), once, for the request sent and for the dry run.
    manifest_file = tmp_path / "vendors.yaml"
    manifest_file.write_text(
        MANIFEST.path.read_text().replace("https://app.loadforge.com/api/v2", "https://lf.example/api/v2/")
    )
    case = BY_ID["loadforge-trigger"]
    handler, seen = replies(answer(case))
    client = sync_client(handler, manifest=load_manifest(manifest_file))
    client.trigger(AnyVendorId("loadforge"), **case.params)
    assert str(seen[0].url) == "https://lf.example/api/v2/run"
    assert client.adapter("loadforge").dry_run("trigger", case.params)["url"] == "https://lf.example/api/v2/run"


@pytest.mark.parametrize("server", ["https://lf.example/api?v=2", "https://lf.example/api#v2"])
def test_a_region_with_a_query_or_a_fragment_is_refused_naming_it(tmp_path: Path, server: str) -> None:
    manifest_file = tmp_path / "vendors.yaml"
    manifest_file.write_text(MANIFEST.path.read_text().replace("https://app.loadforge.com/api/v2", server))
    with pytest.raises(ManifestError, match=r"regions\.default: a server URL has no query string or fragment"):
        load_manifest(manifest_file)


def _text_path_parameters(vendor_id: str, operation: str) -> list[str]:
    """The caller's names of the operation's path parameters that are plain text in the spec (a UUID or an
    integer is refused as such before a URL is made)."""
    vendor = MANIFEST.vendor(vendor_id)
    entry = vendor.operations[operation]
    spec = json.loads((REPO / "generated" / vendor.package_path / "openapi.json").read_text())
    ((path, method),) = (
        (path, method)
        for path, item in spec["paths"].items()
        for method, found in item.items()
        if isinstance(found, dict) and found.get("operationId") == entry.operation_id
    )
    parameters = [*spec["paths"][path].get("parameters", []), *spec["paths"][path][method].get("parameters", [])]
    callers = {spec_name: caller for caller, spec_name in entry.renames.items()}
    return [
        callers.get(parameter["name"], parameter["name"])
        for parameter in parameters
        if parameter["in"] == "path"
        and parameter["schema"].get("type") == "string"
        and "format" not in parameter["schema"]
    ]


DOT_SEGMENTS = [
    (vendor.id, operation, name, value)
    for vendor in MANIFEST.vendors
    for operation in vendor.operations
    for name in _text_path_parameters(vendor.id, operation)
    for value in (".", "..")
]


@pytest.mark.parametrize(
    ("vendor", "operation", "name", "value"), DOT_SEGMENTS, ids=["-".join(c) for c in DOT_SEGMENTS]
)
def test_a_path_value_of_a_dot_segment_is_refused_naming_the_parameter_and_nothing_is_sent(
    vendor: str, operation: str, name: str, value: str
) -> None:
    # A URL drops a "." or ".." segment (RFC 3986 5.2.4): status(run_id="..") would read another endpoint.
    handler, seen = replies(httpx.Response(200, json={}))
    client = sync_client(handler)
    params = {**MANIFEST.vendor(vendor).operations[operation].example, name: value}
    refused = rf"^{vendor}: {name}: '{re.escape(value)}' cannot be a URL path segment"
    with pytest.raises(testruns.InvalidInputError, match=refused) as caught:
        getattr(client, operation)(AnyVendorId(vendor), **params)
    assert caught.value.field == name
    with pytest.raises(testruns.InvalidInputError, match=refused):
        client.adapter(vendor).dry_run(cast(Operation, operation), params)
    assert seen == []
