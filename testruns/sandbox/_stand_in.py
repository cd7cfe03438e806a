"""One vendor played by the sandbox: faults first, then openapi-core's judgement, then the run itself."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .._double import Double, Received, RunState
from ._faults import Fault, FaultKind, FaultPlan
from ._log import RecordedRequest, RequestLog, logged_body, masked_headers
from ._runs import Outcomes, RunStore
from ._spec import Rejection, Route, VendorSpec
from ._synth import put

__all__ = ["Answer", "StandIn"]

_JSON = ((b"content-type", b"application/json"),)
_STATUS_FAULTS = frozenset({FaultKind.ECHO_KEY, FaultKind.UNKNOWN_VERDICT})
_REFUSALS = {FaultKind.RATE_LIMIT: 429, FaultKind.SERVER_ERROR: 500, FaultKind.UNAVAILABLE: 503}
_FAULT_MESSAGES = {
    429: "rate limit exceeded (injected by the sandbox)",
    500: "internal server error (injected by the sandbox)",
    503: "service unavailable (injected by the sandbox)",
}


@dataclass(frozen=True)
class Answer:
    """What to send back: a status, headers and a body, maybe late, or no answer at all (``drop``)."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[bytes, bytes], ...] = _JSON
    delay: float = 0.0
    drop: bool = False

    @classmethod
    def json(cls, status: int, data: Any) -> Answer:
        """``data`` as a JSON body with ``status``."""
        return cls(status, json.dumps(data, separators=(",", ":")).encode())

    def with_header(self, name: str, value: str) -> Answer:
        """This answer with one more header."""
        return replace(self, headers=(*self.headers, (name.encode("latin-1"), value.encode("latin-1"))))


class StandIn:
    """Answers the requests to one vendor as the vendor would."""

    def __init__(
        self, spec: VendorSpec, double: Double, runs: RunStore, faults: FaultPlan, log: RequestLog, outcomes: Outcomes
    ) -> None:
        self.spec = spec
        self.vendor = spec.vendor.id
        self._double = double
        self._runs = runs
        self._outcomes = outcomes
        self._faults = faults
        self._log = log

    def answer(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """The answer to one request, which is also recorded in the request log."""
        fault = self._faults.take(self.vendor)
        routed = self.spec.route(method, path)
        route = routed[0] if isinstance(routed, tuple) else None
        answer = self._answer(routed, fault, path, headers, body)
        self._log.add(
            RecordedRequest(
                vendor=self.vendor,
                method=method,
                path=path,
                operation=route.operation_id if route else None,
                status=None if answer.drop else answer.status,
                fault=fault.kind.value if fault else None,
                body=logged_body(body),
                size=len(body),
                headers=masked_headers(headers),
                at=time.time(),
            )
        )
        return answer

    def _answer(
        self,
        routed: tuple[Route, re.Match[str]] | Rejection,
        fault: Fault | None,
        path: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Answer:
        if fault and fault.kind is FaultKind.DROP:
            return Answer(0, drop=True)
        if fault and fault.kind in _REFUSALS:
            status = _REFUSALS[fault.kind]
            answer = self._error(Rejection(status, _FAULT_MESSAGES[status]))
            return answer.with_header("retry-after", str(fault.retry_after)) if status == 429 else answer
        if fault and fault.kind in _STATUS_FAULTS:
            return self._hostile_end(fault.kind, routed, path, headers, body)
        answer = self._play(routed, path, headers, body)
        if fault and fault.kind is FaultKind.SLOW:
            return Answer(answer.status, answer.body, answer.headers, delay=fault.delay)
        if fault and fault.kind is FaultKind.MALFORMED:
            return Answer(answer.status if answer.status < 300 else 200, b'{"truncated": ')
        return answer

    def _play(
        self, routed: tuple[Route, re.Match[str]] | Rejection, path: str, headers: Mapping[str, str], body: bytes
    ) -> Answer:
        if isinstance(routed, Rejection):
            return self._error(routed)
        route, match = routed
        rejection = self.spec.judge(route, match, path, headers, body)
        if rejection:
            return self._error(rejection)
        received = Received(route.path_values(match), json.loads(body) if body else None)
        if route.kind == "trigger":
            outcome = self._double.outcomes[self._outcomes.get(self.vendor)]
            run = self._runs.create(self.vendor, self._double.run_ids, received, size=len(body), outcome=outcome)
            return Answer.json(route.success_status, self._double.created(run))
        if route.kind == "status":
            return self._status(route, received)
        return self._cancel(route, received)

    def _hostile_end(
        self,
        kind: FaultKind,
        routed: tuple[Route, re.Match[str]] | Rejection,
        path: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Answer:
        """A status read whose run ended as no CI gate may pass: failed quoting the key, or an unknown verdict."""
        entry = self.spec.vendor.operations.get("status")
        no_verdict = kind is FaultKind.UNKNOWN_VERDICT and "inconclusive" not in self._double.outcomes
        if isinstance(routed, Rejection) or routed[0].kind != "status" or entry is None or no_verdict:
            if kind is FaultKind.ECHO_KEY:  # any other request: the key comes back in a refusal
                return self._error(Rejection(401, f"token {self.spec.key} rejected"))
            return self._play(routed, path, headers, body)
        route, match = routed
        rejection = self.spec.judge(route, match, path, headers, body)
        if rejection:
            return self._error(rejection)
        received = Received(route.path_values(match), None)
        run_id, belongs = self._named_run(route, received, self._double.status_run_parameter)
        run = self._runs.get(self.vendor, run_id)
        if run is None or not belongs(run) or self._double.status is None:
            return self._not_found(route, run_id, received, self._double.status_run_parameter)
        if kind is FaultKind.UNKNOWN_VERDICT:
            return Answer.json(route.success_status, self._double.status(replace(run, status="inconclusive")))
        ended = self._double.status(replace(run, status=self._double.outcomes.get("failed", "failed")))
        if not entry.message or not isinstance(ended, dict):
            return self._error(Rejection(401, f"token {self.spec.key} rejected"))
        put(ended, entry.message[0], f"token {self.spec.key} rejected")
        return Answer.json(route.success_status, ended)

    def _named_run(self, route: Route, received: Received, parameter: str | None) -> tuple[Any, Callable[..., bool]]:
        """The run id a status or cancel path names, and the test that a run is in the path's scope."""
        if parameter is None:
            raise LookupError(f"{self.vendor}'s double names no run parameter for its {route.kind}")
        scope = {name: value for name, value in received.path.items() if name != parameter}

        def belongs(run: RunState) -> bool:
            # A run is found only where it was made (SPLX: in its workspace; Testsigma: in its project).
            return all(run.received.path.get(name) == value for name, value in scope.items())

        run_id = received.path[parameter]
        if self._double.run_ids == "integer" and isinstance(run_id, str) and run_id.isascii() and run_id.isdigit():
            run_id = int(run_id)  # the vendor's path types it as text (Wallarm), its runs count up
        return run_id, belongs

    def _not_found(self, route: Route, run_id: Any, received: Received, parameter: str | None) -> Answer:
        where = "".join(f" in {name} {value}" for name, value in received.path.items() if name != parameter)
        not_found = 404 if 404 in route.documented else 400
        return self._error(Rejection(not_found, f"test run {run_id} was not found{where}"))

    def _status(self, route: Route, received: Received) -> Answer:
        parameter = self._double.status_run_parameter
        run_id, belongs = self._named_run(route, received, parameter)
        run = self._runs.get(self.vendor, run_id)
        if run is None or not belongs(run) or self._double.status is None:
            return self._not_found(route, run_id, received, parameter)
        return Answer.json(route.success_status, self._double.status(run))

    def _cancel(self, route: Route, received: Received) -> Answer:
        parameter = self._double.cancel_run_parameter
        run_id, belongs = self._named_run(route, received, parameter)
        run = self._runs.cancel(self.vendor, run_id, belongs)
        if run is None:
            return self._not_found(route, run_id, received, parameter)
        if run.status != "cancelled":
            # Where the vendor documents a conflict for it (Tester Army's 409), that; else its 400.
            conflict = 409 if 409 in route.documented else 400
            return self._error(Rejection(conflict, f"test run {run_id} is already over ({run.status})"))
        if self._double.cancelled is None:
            return Answer(route.success_status, headers=())
        return Answer.json(route.success_status, self._double.cancelled(run))

    def _error(self, rejection: Rejection) -> Answer:
        body = self._double.error(rejection.status, rejection.message, rejection.details)
        answer = Answer.json(rejection.status, body)
        if rejection.allow:
            return Answer(
                answer.status, answer.body, (*answer.headers, (b"allow", ", ".join(rejection.allow).encode()))
            )
        return answer
