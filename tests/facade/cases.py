"""One realistic call per vendor operation, as Python parameters and as command-line options, with the exact
request the vendor documents and a documented answer. Shared by the Python, async and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PROJECT = "3f8a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c"
TEST = "9b2c3d4e-5f60-4718-89ab-cdef01234567"
APP = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
RUN_UUID = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"

SECRETS = {
    "wallarm": "wallarm-secret-token-1",
    "splx": "splx-secret-key-2",
    "loadforge": "loadforge-secret-key-3",
    "testsigma": "testsigma-secret-key-4",
    "testerarmy": "testerarmy-secret-key-5",
}
ENV = {
    "wallarm": "WALLARM_API_TOKEN",
    "splx": "SPLX_API_KEY",
    "loadforge": "LOADFORGE_API_KEY",
    "testsigma": "TESTSIGMA_API_KEY",
    "testerarmy": "TESTERARMY_API_KEY",
}


@dataclass(frozen=True)
class Case:
    """One operation: what the caller gives, what must be sent, what comes back."""

    vendor: str
    operation: str
    params: dict[str, Any]
    argv: list[str]
    url: str  # the full URL on the vendor's default server
    path: str  # the path under the server URL (what a <VENDOR>_BASE_URL prefix is followed by)
    auth: tuple[str, str]
    body: Any
    reply_status: int
    reply: Any
    run_id: str
    status: str | None

    @property
    def id(self) -> str:
        return f"{self.vendor}-{self.operation}"


CASES = [
    Case(
        "wallarm",
        "trigger",
        {"name": "nightly", "rps": 100, "inactivity_timeout": 600, "stop_on_first_fail": True},
        ["--name", "nightly", "--rps", "100", "--inactivity-timeout", "600", "--stop-on-first-fail"],
        "https://us1.api.wallarm.com/v1/test_run",
        "/v1/test_run",
        ("X-WallarmAPI-Token", SECRETS["wallarm"]),
        {"name": "nightly", "rps": 100, "inactivity_timeout": 600, "stop_on_first_fail": True},
        200,
        {"status": 200, "body": {"id": 1234, "name": "nightly", "state": "running"}},
        "1234",
        "running",
    ),
    Case(
        "splx",
        "trigger",
        {
            "workspace_id": 7,
            "target_id": 3,
            "probe_ids": [1, 2],
            "name": "nightly",
            "notify_when_finished": True,
            "run_ai_analysis": False,
        },
        [
            *["--workspace-id", "7", "--target-id", "3", "--probe-ids", "1", "--probe-ids", "2"],
            *["--name", "nightly", "--notify-when-finished", "--no-run-ai-analysis"],
        ],
        "https://api.probe.splx.ai/api/workspaces/7/test-run/trigger",
        "/api/workspaces/7/test-run/trigger",
        ("X-Api-Key", SECRETS["splx"]),
        {"targetId": 3, "probeIds": [1, 2], "name": "nightly", "notifyWhenFinished": True, "runAiAnalysis": False},
        200,
        {"testRunId": 99},
        "99",
        None,
    ),
    Case(
        "splx",
        "cancel",
        {"workspace_id": 7, "run_id": "99"},
        ["--workspace-id", "7", "--run-id", "99"],
        "https://api.probe.splx.ai/api/workspaces/7/test-run/99/cancel",
        "/api/workspaces/7/test-run/99/cancel",
        ("X-Api-Key", SECRETS["splx"]),
        None,
        200,
        None,
        "99",
        "cancelled",
    ),
    Case(
        "loadforge",
        "trigger",
        {"test_id": 42, "duration": 10},
        ["--test-id", "42", "--duration", "10"],
        "https://app.loadforge.com/api/v2/run",
        "/run",
        ("Authorization", f"Bearer {SECRETS['loadforge']}"),
        {"test_id": 42, "duration": 10},
        200,
        {"run_id": 314},
        "314",
        None,
    ),
    Case(
        "testsigma",
        "trigger",
        {"project_id": PROJECT, "title": "Release 4.2", "status": "ACTIVE", "label_names": ["smoke", "eu"]},
        [
            *["--project-id", PROJECT, "--title", "Release 4.2", "--status", "ACTIVE"],
            *["--label-names", "smoke", "--label-names", "eu"],
        ],
        f"https://test-management.testsigma.com/api/v1/projects/{PROJECT}/test_runs",
        f"/projects/{PROJECT}/test_runs",
        ("Authorization", f"Bearer {SECRETS['testsigma']}"),
        # project_id is given once and sent in both the path and the body.
        {"project_id": PROJECT, "title": "Release 4.2", "status": "ACTIVE", "label_names": ["smoke", "eu"]},
        200,
        {"message": "Test run created", "data": {"test_run": {"id": RUN_UUID, "status": "ACTIVE"}}},
        RUN_UUID,
        "ACTIVE",
    ),
    Case(
        "testerarmy",
        "trigger",
        {"test_id": TEST, "mode": "deep", "platform": "web", "app_id": APP},
        ["--test-id", TEST, "--mode", "deep", "--platform", "web", "--app-id", APP],
        f"https://tester.army/v1/tests/{TEST}/runs",
        f"/v1/tests/{TEST}/runs",
        ("Authorization", f"Bearer {SECRETS['testerarmy']}"),
        {"mode": "deep", "platform": "web", "appId": APP},
        202,
        {"status": "queued", "runId": RUN_UUID, "testId": TEST},
        RUN_UUID,
        "queued",
    ),
]
BY_ID = {case.id: case for case in CASES}

# Each vendor's documented error body, carrying the message "quota exceeded for project".
MESSAGE = "quota exceeded for project"
ERROR_BODIES: dict[str, Any] = {
    "wallarm": {"status": 400, "body": MESSAGE},
    "splx": {"error": {"message": MESSAGE, "code": "QUOTA"}},
    "loadforge": {"error": 400, "message": MESSAGE},
    "testsigma": {"message": MESSAGE},
    "testerarmy": {"error": "bad_request", "message": MESSAGE},
}
