"""The sandbox over plain HTTP: spec-true validation, auth, runs, cancel, eviction, the control API."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from testruns.sandbox import DUMMY_KEY, Sandbox
from testruns.sandbox._double import Received
from testruns.sandbox._runs import RunStore, Timing

from ..facade.cases import BY_ID, CASES, INVALID_BODIES, Case
from .conftest import QUEUED, RUNNING
from .spec_check import assert_true_to_spec, documented

TRIGGERS = [case for case in CASES if case.operation == "trigger"]


def send(sandbox: Sandbox, case: Case, body: Any = ..., headers: dict[str, str] | None = None) -> httpx.Response:
    """``case``'s request to the sandbox, with a dummy key unless ``headers`` say otherwise."""
    name, value = case.auth
    auth = {name: value.replace(value.removeprefix("Bearer "), DUMMY_KEY)}
    return httpx.post(
        sandbox.base_url(case.vendor) + case.path,
        json=case.body if body is ... else body,
        headers=auth if headers is None else headers,
    )


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: case.vendor)
def test_a_valid_trigger_makes_a_queued_run_and_answers_true_to_the_spec(sandbox: Sandbox, case: Case) -> None:
    response = send(sandbox, case)
    assert response.status_code == case.reply_status, response.text
    assert_true_to_spec(case.vendor, "trigger", response)
    [run] = sandbox.runs(case.vendor)
    assert run.status == "queued"
    assert run.received.body == case.body


@pytest.mark.parametrize("case", [c for c in TRIGGERS if c.vendor in INVALID_BODIES], ids=lambda case: case.vendor)
def test_a_body_the_spec_forbids_gets_the_vendors_400(sandbox: Sandbox, case: Case) -> None:
    body, field = INVALID_BODIES[case.vendor]["body"], INVALID_BODIES[case.vendor]["field"]
    response = send(sandbox, case, body=body)
    assert response.status_code == 400
    assert field in response.text
    assert_true_to_spec(case.vendor, "trigger", response)
    assert sandbox.runs() == []


def test_the_400_carries_each_field_and_what_is_wrong_where_the_vendor_has_room_for_it(sandbox: Sandbox) -> None:
    splx = send(sandbox, BY_ID["splx-trigger"], body={"targetId": "3", "name": "n"}).json()["error"]
    assert splx["validationErrors"]["targetId"] == ["'3' is not of type 'integer'"]
    assert set(splx["validationErrors"]) == {"targetId", "probeIds", "notifyWhenFinished", "runAiAnalysis"}
    wallarm = send(sandbox, BY_ID["wallarm-trigger"], body={"name": "n", "inactivity_timeout": 10}).json()
    assert wallarm["body"]["errors"] == {"inactivity_timeout": ["10 is less than the minimum of 300"]}


def test_path_parameters_are_judged_by_the_spec(sandbox: Sandbox) -> None:
    case = BY_ID["testerarmy-trigger"]
    response = httpx.post(
        sandbox.base_url("testerarmy") + "/v1/tests/not-a-uuid/runs",
        json={},
        headers={"Authorization": f"Bearer {DUMMY_KEY}"},
    )
    assert response.status_code == 400
    assert "testId" in response.json()["message"]
    assert_true_to_spec(case.vendor, "trigger", response)
    too_big = httpx.post(
        sandbox.base_url("splx") + f"/api/workspaces/{2**31}/test-run/trigger",
        json=BY_ID["splx-trigger"].body,
        headers={"X-Api-Key": DUMMY_KEY},
    )
    assert too_big.status_code == 400
    assert "workspaceId" in too_big.json()["error"]["validationErrors"]


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: case.vendor)
@pytest.mark.parametrize("credential", ["missing", "empty", "wrong"])
def test_a_missing_empty_or_wrong_credential_gets_the_vendors_documented_refusal(
    sandbox: Sandbox, case: Case, credential: str
) -> None:
    name, value = case.auth
    # httpx sends no trailing space, so an empty bearer token is the bare scheme.
    bearer = value.startswith("Bearer ")
    given = {"empty": "Bearer" if bearer else "", "wrong": "Bearer pasted-real-key" if bearer else "x"}
    headers = {name: given[credential]} if credential in given else {}
    response = send(sandbox, case, headers=headers)
    # Its 401, where the vendor documents one; LoadForge documents only a 400, so the refusal is that.
    assert response.status_code == (401 if "401" in documented(case.vendor, "trigger") else 400)
    assert name in response.text and "pasted-real-key" not in response.text
    assert_true_to_spec(case.vendor, "trigger", response)
    assert sandbox.runs() == []


def test_a_sandbox_accepts_the_key_it_was_given_and_no_other() -> None:
    case = BY_ID["testerarmy-trigger"]
    with Sandbox(key="team-key-1") as own:
        assert own.environment()["TESTERARMY_API_KEY"] == "team-key-1"
        accepted = send(own, case, headers={"Authorization": "Bearer team-key-1"})
        refused = send(own, case, headers={"Authorization": f"Bearer {DUMMY_KEY}"})
    assert (accepted.status_code, refused.status_code) == (202, 401)


def test_run_ids_are_in_each_vendors_format(sandbox: Sandbox) -> None:
    for case in TRIGGERS:
        send(sandbox, case)
        send(sandbox, case)
    ids = {vendor: [run.id for run in sandbox.runs(vendor)] for vendor in sandbox.vendors}
    for vendor in ("wallarm", "splx", "loadforge"):
        first, second = ids[vendor][:2]
        assert isinstance(first, int) and isinstance(second, int) and second == first + 1
    for vendor in ("testsigma", "testerarmy"):
        assert all(len(str(run_id)) == 36 and str(run_id).count("-") == 4 for run_id in ids[vendor])
        assert ids[vendor][0] != ids[vendor][1]


def test_a_run_goes_from_queued_to_running_to_finished(sandbox: Sandbox) -> None:
    run_id = send(sandbox, BY_ID["loadforge-trigger"]).json()["run_id"]
    assert sandbox.run("loadforge", run_id).status == "queued"
    time.sleep(QUEUED + 0.05)
    assert sandbox.run("loadforge", run_id).status == "running"
    time.sleep(RUNNING)
    assert sandbox.run("loadforge", run_id).status == "finished"


def test_the_lifecycle_follows_the_timing_and_ends_as_its_outcome() -> None:
    timing = Timing(queued=2, running=3)
    assert [timing.status(age) for age in (0, 1.9, 2, 4.9, 5, 1e6)] == [
        *["queued", "queued", "running", "running"],
        *["passed", "passed"],
    ]
    assert [timing.status(age, "failed") for age in (4.9, 5)] == ["running", "failed"]


def cancel(sandbox: Sandbox, run_id: object, workspace: int = 7) -> httpx.Response:
    return httpx.post(
        sandbox.base_url("splx") + f"/api/workspaces/{workspace}/test-run/{run_id}/cancel",
        headers={"X-Api-Key": DUMMY_KEY},
    )


def test_a_splx_cancel_cancels_the_run_and_can_be_repeated(sandbox: Sandbox) -> None:
    run_id = send(sandbox, BY_ID["splx-trigger"]).json()["testRunId"]
    for _ in range(2):  # a retried cancel must not fail because the first one worked
        response = cancel(sandbox, run_id)
        assert response.status_code == 200
        assert response.content == b""
        assert_true_to_spec("splx", "cancel", response)
    assert sandbox.run("splx", run_id).status == "cancelled"
    time.sleep(QUEUED + RUNNING + 0.05)
    assert sandbox.run("splx", run_id).status == "cancelled"


@pytest.mark.parametrize("where", ["unknown id", "other workspace", "finished"])
def test_cancelling_a_run_that_is_not_there_or_over_gets_splxs_400(sandbox: Sandbox, where: str) -> None:
    run_id = send(sandbox, BY_ID["splx-trigger"]).json()["testRunId"]
    if where == "finished":
        time.sleep(QUEUED + RUNNING + 0.05)
    asked = run_id + 1000 if where == "unknown id" else run_id
    response = cancel(sandbox, asked, workspace=8 if where == "other workspace" else 7)
    assert response.status_code == 400
    assert_true_to_spec("splx", "cancel", response)
    message = response.json()["error"]["message"]
    assert ("already over (passed)" in message) if where == "finished" else ("not found" in message)
    assert sandbox.run("splx", run_id).status != "cancelled"


def test_old_runs_are_evicted_so_memory_stays_bounded() -> None:
    store = RunStore(Timing(), max_runs=100)
    for _ in range(5000):
        store.create("loadforge", "integer", Received({}, {"test_id": 1, "duration": 2}))
    kept = store.all()
    assert len(kept) == 100
    assert [run.id for run in kept] == list(range(4901, 5001))
    assert store.get("loadforge", 1) is None


def test_eviction_through_http_and_an_evicted_run_is_unknown() -> None:
    with Sandbox(max_runs=3, max_requests=4) as small:
        ids = [send(small, BY_ID["splx-trigger"]).json()["testRunId"] for _ in range(5)]
        assert [run.id for run in small.runs()] == ids[2:]
        assert len(small.requests()) == 4
        assert cancel(small, ids[0]).status_code == 400
        assert cancel(small, ids[4]).status_code == 200


def test_the_store_is_thread_safe() -> None:
    store = RunStore(Timing(), max_runs=10_000)

    def trigger_many() -> None:
        for _ in range(300):
            store.create("splx", "integer", Received({}, None))

    threads = [threading.Thread(target=trigger_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ids = [run.id for run in store.all()]
    assert sorted(ids) == list(range(1, 2401))


def test_unknown_paths_and_methods_get_the_vendors_shape(sandbox: Sandbox) -> None:
    missing = httpx.post(sandbox.base_url("loadforge") + "/runs", headers={"Authorization": f"Bearer {DUMMY_KEY}"})
    assert missing.status_code == 404
    assert missing.json() == {"error": 404, "message": missing.json()["message"]}
    assert "/loadforge/api/v2/run" in missing.json()["message"]
    wrong_method = httpx.get(sandbox.base_url("loadforge") + "/run")
    assert wrong_method.status_code == 405
    nowhere = httpx.get(sandbox.url + "/nowhere")
    assert nowhere.status_code == 404
    assert "/wallarm" in nowhere.json()["error"]


def test_the_request_log_keeps_what_arrived_with_the_credential_masked(sandbox: Sandbox) -> None:
    secret = "a-real-key-someone-pasted"
    send(sandbox, BY_ID["loadforge-trigger"], headers={"Authorization": f"Bearer {secret}"})
    send(sandbox, BY_ID["loadforge-trigger"], body={"test_id": 1, "duration": 1})
    records = sandbox.requests("loadforge")
    # Only the sandbox's own key is accepted: the pasted one is refused (LoadForge's documented 400), never kept.
    assert [(r.operation, r.status) for r in records] == [("startRun", 400), ("startRun", 400)]
    assert records[0].body == BY_ID["loadforge-trigger"].body
    assert records[0].headers["authorization"] == "***"
    over_http = httpx.get(sandbox.url + "/_sandbox/requests", params={"vendor": "loadforge"})
    assert secret not in over_http.text
    assert [r["status"] for r in over_http.json()] == [400, 400]


def test_the_control_api_plans_faults_lists_runs_and_resets(sandbox: Sandbox) -> None:
    control = sandbox.url + "/_sandbox"
    planned = httpx.post(control + "/faults", json={"kind": "server-error", "vendor": "loadforge", "times": 2})
    assert planned.status_code == 201
    assert httpx.get(control + "/faults").json()[0]["times"] == 2
    assert [send(sandbox, BY_ID["loadforge-trigger"]).status_code for _ in range(3)] == [500, 500, 200]
    assert httpx.get(control + "/faults").json() == []
    runs = httpx.get(control + "/runs").json()
    assert [(r["vendor"], r["status"]) for r in runs] == [("loadforge", "queued")]
    assert httpx.get(control).json()["vendors"]["loadforge"] == "/loadforge/api/v2"
    assert httpx.post(control + "/reset").status_code == 204
    assert sandbox.runs() == [] and sandbox.requests() == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"kind": "meltdown"}, "kind"),
        ({"kind": "slow", "times": 0}, "times"),
        ({"kind": "slow", "vendor": "acme"}, "vendor"),
        ({"kind": "slow", "color": "red"}, "color"),
    ],
)
def test_a_bad_fault_is_refused_naming_the_field(sandbox: Sandbox, body: dict[str, Any], named: str) -> None:
    response = httpx.post(sandbox.url + "/_sandbox/faults", json=body)
    assert response.status_code == 400
    assert named in response.json()["error"]
    assert sandbox.faults() == []


def test_the_environment_can_be_read_before_the_sandbox_starts() -> None:
    sandbox = Sandbox()
    environment = sandbox.environment()  # binds the port, so the URLs are final
    with sandbox:
        assert sandbox.base_url("loadforge") == environment["LOADFORGE_BASE_URL"]
        assert send(sandbox, BY_ID["loadforge-trigger"]).status_code == 200
    assert "not serving" in repr(sandbox)
