"""One vendor played by the sandbox: faults first, then openapi-core's judgement, then the run itself.

It answers only with statuses the spec documents for the operation (``Route.closest``); an injected
fault is the exception, being what the client asked to see, and so is a path or method the spec lacks.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._double import Double, Received, Reply, RunState
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

    @classmethod
    def reply(cls, status: int, reply: Reply) -> Answer:
        """``reply`` with ``status``: JSON for a JSON media type, text for another, no body for none."""
        if reply.media_type is None:
            return cls(status, headers=())
        text = reply.content if isinstance(reply.content, str) and "json" not in reply.media_type else None
        body = text.encode() if text is not None else json.dumps(reply.content, separators=(",", ":")).encode()
        return cls(status, body, ((b"content-type", reply.media_type.encode("latin-1")),))

    def with_header(self, name: str, value: str) -> Answer:
        """This answer with one more header."""
        return replace(self, headers=(*self.headers, (name.encode("latin-1"), value.encode("latin-1"))))


@dataclass(frozen=True)
class Asked:
    """One request to a vendor, as it arrived: path, query string, headers (lower-case names) and body."""

    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes


# A status read's answer for a run it found, where a fault ends the run otherwise than the sandbox's own clock.
Ending = Callable[[Route, RunState], "Answer"]


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

    def answer(self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """The answer to one request (``query``: its query string as sent), also recorded in the request log."""
        fault = self._faults.take(self.vendor)
        routed = self.spec.route(method, path, query, headers)
        route = routed[0] if isinstance(routed, tuple) else None
        answer = self._answer(routed, fault, Asked(path, query, headers, body))
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

    def _answer(self, routed: tuple[Route, re.Match[str]] | Rejection, fault: Fault | None, asked: Asked) -> Answer:
        route = routed[0] if isinstance(routed, tuple) else None
        if fault and fault.kind is FaultKind.DROP:
            return Answer(0, drop=True)
        if fault and fault.kind in _REFUSALS:
            status = _REFUSALS[fault.kind]
            answer = self._error(Rejection(status, _FAULT_MESSAGES[status]), route, injected=True)
            return answer.with_header("retry-after", str(fault.retry_after)) if status == 429 else answer
        if fault and fault.kind in _STATUS_FAULTS:
            return self._hostile_end(fault.kind, routed, asked)
        answer = self._play(routed, asked)
        if fault and fault.kind is FaultKind.SLOW:
            return Answer(answer.status, answer.body, answer.headers, delay=fault.delay)
        if fault and fault.kind is FaultKind.MALFORMED:
            return Answer(answer.status if answer.status < 300 else 200, b'{"truncated": ')
        return answer

    def _play(
        self, routed: tuple[Route, re.Match[str]] | Rejection, asked: Asked, ended: Ending | None = None
    ) -> Answer:
        """The answer as the vendor gives it; ``ended``, where given, answers a status read of a run found."""
        if isinstance(routed, Rejection):
            return self._error(routed, None)  # a path or method the spec lacks: no operation to document it
        route, match = routed
        rejection = self.spec.judge(route, match, asked.path, asked.query, asked.headers, asked.body)
        if rejection:
            return self._error(rejection, route)
        if route.kind is None:
            return Answer.reply(route.success_status, self._double.stateless(route.operation_id, route.success_status))
        received = Received(route.path_values(match), json.loads(asked.body) if asked.body else None)
        if route.kind == "trigger":
            outcome = self._double.outcomes[self._outcomes.get(self.vendor)]
            run = self._runs.create(
                self.vendor,
                self._double.run_ids,
                received,
                size=len(asked.body),
                outcome=outcome,
                text_id=self._double.text_id,
            )
            return Answer.json(route.success_status, self._double.created(run))
        if route.kind == "status":
            return self._status(route, received, ended)
        return self._cancel(route, received)

    def _hostile_end(self, kind: FaultKind, routed: tuple[Route, re.Match[str]] | Rejection, asked: Asked) -> Answer:
        """A status read whose run ended as no CI gate may pass: failed quoting the key, or an unknown verdict."""
        entry = self.spec.vendor.operations.get("status")
        no_verdict = kind is FaultKind.UNKNOWN_VERDICT and "inconclusive" not in self._double.outcomes
        if isinstance(routed, Rejection) or routed[0].kind != "status" or entry is None or no_verdict:
            if kind is FaultKind.ECHO_KEY:  # any other request: the key comes back in a refusal
                route = None if isinstance(routed, Rejection) else routed[0]
                return self._error(Rejection(401, f"token {self.spec.key} rejected"), route, injected=True)
            return self._play(routed, asked)
        message_at = entry.message[0] if entry.message else None
        return self._play(routed, asked, ended=lambda route, run: self._ended_as(kind, message_at, route, run))

    def _ended_as(self, kind: FaultKind, message_at: str | None, route: Route, run: RunState) -> Answer:
        """The status answer of ``run`` as the fault ends it, where the request found it as any read would."""
        assert self._double.status is not None, "only a vendor with a status has a status route"
        if kind is FaultKind.UNKNOWN_VERDICT:
            return Answer.json(route.success_status, self._double.status(replace(run, status="inconclusive")))
        ended = self._double.status(replace(run, status=self._double.outcomes.get("failed", "failed")))
        if message_at is None or not isinstance(ended, dict):
            return self._error(Rejection(401, f"token {self.spec.key} rejected"), route, injected=True)
        put(ended, message_at, f"token {self.spec.key} rejected")
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
        return self._error(Rejection(404, f"test run {run_id} was not found{where}"), route)

    def _status(self, route: Route, received: Received, ended: Ending | None = None) -> Answer:
        parameter = self._double.status_run_parameter
        run_id, belongs = self._named_run(route, received, parameter)
        run = self._runs.get(self.vendor, run_id)
        if run is None or not belongs(run) or self._double.status is None:
            return self._not_found(route, run_id, received, parameter)
        if ended is not None:
            return ended(route, run)
        return Answer.json(route.success_status, self._double.status(run))

    def _cancel(self, route: Route, received: Received) -> Answer:
        parameter = self._double.cancel_run_parameter
        run_id, belongs = self._named_run(route, received, parameter)
        run = self._runs.cancel(self.vendor, run_id, belongs)
        if run is None:
            return self._not_found(route, run_id, received, parameter)
        if run.status != "cancelled":
            # A conflict, where the vendor documents one (Tester Army's 409); else the nearest it does.
            return self._error(Rejection(409, f"test run {run_id} is already over ({run.status})"), route)
        if self._double.cancelled is None:
            return Answer(route.success_status, headers=())
        return Answer.json(route.success_status, self._double.cancelled(run))

    def _error(self, rejection: Rejection, route: Route | None, *, injected: bool = False) -> Answer:
        """The vendor's error answer: for an operation, with the nearest status it documents (unless injected)."""
        status = route.closest(rejection.status) if route is not None and not injected else rejection.status
        reply = self._double.error(route.operation_id if route else None, status, rejection.message, rejection.details)
        answer = Answer.reply(status, reply)
        if rejection.allow:
            return answer.with_header("allow", ", ".join(rejection.allow))
        return answer
