"""The sandbox's control API under ``/_sandbox``: plan faults, read back requests and runs, reset.

GET    /_sandbox                 the vendors and their base URLs
GET    /_sandbox/runs[?vendor=]  runs with their current status
GET    /_sandbox/requests[?vendor=]  every request received (credentials masked)
DELETE /_sandbox/requests        forget them
GET    /_sandbox/faults          faults still to happen
POST   /_sandbox/faults          {"kind": "rate-limit", "vendor": "splx", "times": 2, "retry_after": 1}
DELETE /_sandbox/faults          plan no more
GET    /_sandbox/outcomes        how each vendor's new runs end (passed unless set)
POST   /_sandbox/outcomes        {"vendor": "loadforge", "outcome": "failed"}
POST   /_sandbox/reset           forget runs, requests, faults and outcomes
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._double import Outcome
from ._faults import MAX_DELAY, MAX_RETRY_AFTER, MAX_TIMES, Fault, FaultKind, FaultPlan
from ._log import RequestLog
from ._runs import Outcomes, RunStore
from ._stand_in import Answer

__all__ = ["Control", "FaultRequest"]

PREFIX = "/_sandbox"


class FaultRequest(BaseModel):
    """The body of ``POST /_sandbox/faults``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    kind: FaultKind
    vendor: str | None = None
    times: int = Field(1, ge=1, le=MAX_TIMES)
    retry_after: int = Field(1, ge=0, le=MAX_RETRY_AFTER)
    delay: float = Field(2.0, ge=0, le=MAX_DELAY, allow_inf_nan=False)


class OutcomeRequest(BaseModel):
    """The body of ``POST /_sandbox/outcomes``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    vendor: str
    outcome: Outcome


class Control:
    """Answers the control API from the sandbox's shared state."""

    def __init__(
        self,
        base_paths: Mapping[str, str],
        runs: RunStore,
        faults: FaultPlan,
        log: RequestLog,
        outcomes: Outcomes,
        shown: Mapping[str, Sequence[str]],
    ) -> None:
        self._base_paths = base_paths
        self._runs = runs
        self._faults = faults
        self._log = log
        self._outcomes = outcomes
        self._shown = shown
        self._routes: dict[tuple[str, str], Callable[[str | None, bytes], Answer]] = {
            ("GET", ""): lambda vendor, body: Answer.json(200, {"vendors": dict(self._base_paths)}),
            ("GET", "/runs"): self._list_runs,
            ("GET", "/requests"): lambda vendor, body: Answer.json(200, [r.as_dict() for r in self._log.all(vendor)]),
            ("DELETE", "/requests"): lambda vendor, body: self._done(self._log.clear),
            ("GET", "/faults"): lambda vendor, body: Answer.json(200, [_fault_data(f) for f in self._faults.pending()]),
            ("POST", "/faults"): self._add_fault,
            ("DELETE", "/faults"): lambda vendor, body: self._done(self._faults.clear),
            ("GET", "/outcomes"): lambda vendor, body: Answer.json(200, self._outcome_data()),
            ("POST", "/outcomes"): self._set_outcome,
            ("POST", "/reset"): lambda vendor, body: self._done(
                self._faults.clear, self._log.clear, self._runs.clear, self._outcomes.clear
            ),
        }

    def answer(self, method: str, path: str, query: Mapping[str, Sequence[str]], body: bytes) -> Answer:
        """The answer to one control request."""
        action = path.removeprefix(PREFIX).rstrip("/")
        handler = self._routes.get((method, action))
        if handler is None:
            allowed = sorted(m for m, a in self._routes if a == action)
            if allowed:
                refused = Answer.json(405, {"error": f"{method} is not allowed on {path}; use {', '.join(allowed)}"})
                return refused.with_header("allow", ", ".join(allowed))
            return Answer.json(404, {"error": f"no such control endpoint: {path}", "see": PREFIX})
        vendor = query.get("vendor", [None])[0]
        unknown = self._unknown_vendor(vendor)
        return Answer.json(400, {"error": unknown}) if unknown else handler(vendor, body)

    def _unknown_vendor(self, vendor: str | None) -> str | None:
        """The error for a vendor the sandbox does not play; None for a known one or none."""
        if vendor is None or vendor in self._base_paths:
            return None
        return f"vendor: unknown vendor {vendor!r}; known: {', '.join(self._base_paths)}"

    def _list_runs(self, vendor: str | None, body: bytes) -> Answer:
        runs = self._runs.all(vendor)
        listed = [{"vendor": r.vendor, "id": r.id, "status": r.status, "created_at": r.created_at} for r in runs]
        return Answer.json(200, listed)

    def _add_fault(self, vendor: str | None, body: bytes) -> Answer:
        try:
            asked = FaultRequest.model_validate_json(body or b"{}")
            unknown = self._unknown_vendor(asked.vendor)
            if unknown:
                raise ValueError(unknown)
            fault = Fault(**asked.model_dump())
            self._faults.add(fault)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
            return Answer.json(400, {"error": problems})
        except ValueError as exc:
            return Answer.json(400, {"error": str(exc)})
        return Answer.json(201, _fault_data(fault))

    def _outcome_data(self) -> dict[str, Any]:
        set_ = self._outcomes.all()
        return {
            vendor: {"outcome": set_.get(vendor, "passed"), "can_show": list(shown)}
            for vendor, shown in self._shown.items()
        }

    def _set_outcome(self, vendor: str | None, body: bytes) -> Answer:
        try:
            asked = OutcomeRequest.model_validate_json(body or b"{}")
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
            return Answer.json(400, {"error": problems})
        unknown = self._unknown_vendor(asked.vendor)
        if unknown:
            return Answer.json(400, {"error": unknown})
        if asked.outcome not in self._shown[asked.vendor]:
            can = ", ".join(self._shown[asked.vendor])
            return Answer.json(400, {"error": f"outcome: {asked.vendor} cannot show {asked.outcome!r}; it can: {can}"})
        self._outcomes.set(asked.vendor, asked.outcome)
        return Answer.json(200, self._outcome_data()[asked.vendor])

    @staticmethod
    def _done(*actions: Callable[[], None]) -> Answer:
        for action in actions:
            action()
        return Answer(204, headers=())


def _fault_data(fault: Fault) -> dict[str, Any]:
    return {**asdict(fault), "kind": fault.kind.value}
