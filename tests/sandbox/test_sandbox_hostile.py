"""The sandbox under hostile and odd requests: bounded in bytes, the vendor's 400 for bodies that are not JSON,
every credential masked in its log, faults whose parameters are checked, and a command that says what is wrong."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from testruns.sandbox import DUMMY_KEY, Sandbox
from testruns.sandbox._double import Received, RunState
from testruns.sandbox._log import MAX_LOGGED_BODY, RecordedRequest, RequestLog
from testruns.sandbox._runs import RunStore, Timing
from testruns.sandbox._synth import Schemas, _echo

from ..facade.cases import BY_ID
from .spec_check import assert_true_to_spec

TESTRUNS = str(Path(sys.executable).with_name("testruns"))
LOADFORGE_AUTH = {"Authorization": f"Bearer {DUMMY_KEY}", "Content-Type": "application/json"}


def post_loadforge(sandbox: Sandbox, content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(sandbox.base_url("loadforge") + "/run", content=content, headers=headers or LOADFORGE_AUTH)


@pytest.mark.parametrize(
    "content",
    [b'{"test_id": 1, "duration": "\xff\xfe"}', b"[" * 100_000 + b"]" * 100_000, b"\x00\x01not json"],
    ids=["not-utf8", "100k-deep", "binary"],
)
def test_a_body_that_is_not_json_gets_the_vendors_400(sandbox: Sandbox, content: bytes) -> None:
    response = post_loadforge(sandbox, content)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert_true_to_spec("loadforge", "trigger", response)
    assert sandbox.runs() == []


def test_credentials_in_any_header_are_masked_in_the_log(sandbox: Sandbox) -> None:
    headers = {**LOADFORGE_AUTH, "Cookie": "session=cookie-secret", "X-Session-Token": "token-secret"}
    post_loadforge(sandbox, json.dumps(BY_ID["loadforge-trigger"].body).encode(), headers)
    (record,) = sandbox.requests("loadforge")
    for name in ("authorization", "cookie", "x-session-token"):
        assert record.headers[name] == "***"
    over_http = httpx.get(sandbox.url + "/_sandbox/requests").text
    assert "cookie-secret" not in over_http and "token-secret" not in over_http and DUMMY_KEY not in over_http


def test_a_large_body_is_cut_in_the_log_and_runs_are_bounded_in_bytes() -> None:
    body = json.dumps({"test_id": 1, "duration": 5, "pad": "x" * 200_000}).encode()
    with Sandbox(max_bytes=500_000) as small:
        for _ in range(10):
            assert post_loadforge(small, body).status_code == 200
        records = small.requests("loadforge")
        # The log keeps cut bodies, MAX_LOGGED_BODY each: as many as fit in max_bytes, the newest.
        assert len(records) == 500_000 // MAX_LOGGED_BODY and all(r.size == len(body) for r in records)
        assert all(isinstance(r.body, str) and len(r.body) < MAX_LOGGED_BODY + 100 for r in records)
        assert 1 <= len(small.runs("loadforge")) <= 3  # 200 KB each, 500 KB in all


def test_the_log_and_the_store_count_bytes_not_only_entries() -> None:
    log = RequestLog(max_requests=10_000, max_bytes=1_000_000)
    for _ in range(2000):
        log.add(RecordedRequest("loadforge", "POST", "/run", "startRun", 200, None, "...", {}, size=1_000_000))
    assert len(log.all()) == 1_000_000 // MAX_LOGGED_BODY  # each holds its body cut to MAX_LOGGED_BODY
    store = RunStore(Timing(), max_runs=10_000, max_bytes=1_000_000)
    for _ in range(2000):
        store.create("loadforge", "integer", Received({}, None), size=300_000)
    assert len(store.all()) == 3


def test_405_carries_allow(sandbox: Sandbox) -> None:
    vendor = httpx.get(sandbox.base_url("loadforge") + "/run")
    control = httpx.put(sandbox.url + "/_sandbox/faults")
    assert (vendor.status_code, vendor.headers["allow"]) == (405, "POST")
    assert (control.status_code, control.headers["allow"]) == (405, "DELETE, GET, POST")


@pytest.mark.parametrize(
    ("fault", "named"),
    [
        ('{"kind": "slow", "delay": 1e309}', "delay"),
        ('{"kind": "slow", "delay": 61}', "delay"),
        ('{"kind": "slow", "delay": -1}', "delay"),
        ('{"kind": "slow", "times": 10001}', "times"),
        ('{"kind": "rate-limit", "retry_after": 3601}', "retry_after"),
        ('{"kind": "slow", "times": "3"}', "times"),
    ],
)
def test_fault_parameters_are_bounded(sandbox: Sandbox, fault: str, named: str) -> None:
    response = httpx.post(sandbox.url + "/_sandbox/faults", content=fault)
    assert response.status_code == 400
    assert named in response.json()["error"]
    listed = httpx.get(sandbox.url + "/_sandbox/faults")
    assert json.loads(listed.text) == []  # stays valid JSON: no Infinity ever gets in
    with pytest.raises(ValueError, match="delay"):
        sandbox.fail("slow", delay=float("inf"))


def test_pending_faults_are_bounded(sandbox: Sandbox) -> None:
    for _ in range(1000):
        sandbox.fail("slow", "splx")
    refused = httpx.post(sandbox.url + "/_sandbox/faults", json={"kind": "slow"})
    assert refused.status_code == 400 and "1000 faults" in refused.json()["error"]
    assert len(sandbox.faults()) == 1000


def test_a_busy_port_is_a_configuration_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([TESTRUNS, "sandbox", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "Traceback" not in done.stderr


def test_listening_beyond_loopback_warns_that_the_control_api_is_open() -> None:
    process = subprocess.Popen(
        [TESTRUNS, "sandbox", "--host", "0.0.0.0", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert process.stdout is not None
        json.loads(process.stdout.readline())
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "warning: the sandbox listens on 0.0.0.0" in stderr and "no authentication" in stderr


def test_a_path_parameter_named_as_the_run_id_field_is_never_echoed_as_the_run() -> None:
    # A trigger POST /tests/{id}/runs whose run object is {"id": <run>, "name": ...}: the test's id is not the run's.
    answer = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "tag": {"type": "string"}},
    }
    run = RunState("acme", 5, "running", 0.0, Received({"id": 55}, {"name": "nightly", "id": 55}))
    body: dict[str, object] = {}
    _echo(Schemas({}), answer, body, "/id", run)
    assert body == {"id": 5, "name": "nightly"}
