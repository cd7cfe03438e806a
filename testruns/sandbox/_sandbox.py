"""``Sandbox``: every vendor of the manifest on one local port, with faults, a request log and runs to inspect."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from ..vendors import Manifest, installed_manifest
from ._app import SandboxApp
from ._control import Control
from ._double import Outcome, RunState
from ._faults import Fault, FaultKind, FaultPlan
from ._log import RecordedRequest, RequestLog
from ._runs import Outcomes, RunStore, Timing
from ._server import Server
from ._spec import VendorSpec
from ._stand_in import StandIn
from ._synth import double_from_spec

__all__ = ["DUMMY_KEY", "Sandbox"]

# The key the sandbox accepts unless told another; any other key gets the vendor's refusal.
DUMMY_KEY = "sandbox-key"


class Sandbox:
    """A local, stateful stand-in for every vendor of the manifest, checked against their specs.

    ``with Sandbox() as sandbox:`` serves on a free loopback port in a background
    thread; ``sandbox.environment()`` holds the variables that point the facade
    at it. Only ``key`` is accepted as a credential (any other gets the vendor's
    refusal, its 401 where it documents one, so your own handling can be tested).
    Every operation of each spec is served (the unmapped ones from their schemas),
    with only the statuses the spec documents for it (docs/sandbox.md). Runs are queued for
    ``queued_seconds``, then running for ``running_seconds``, then they end as
    ``outcome(vendor, ...)`` set them to (passed by default), in the vendor's own words. At
    most ``max_runs`` runs and ``max_requests`` log records are kept, and at
    most ``max_bytes`` of request bodies in each; the oldest go first.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        queued_seconds: float = 1.0,
        running_seconds: float = 5.0,
        max_runs: int = 10_000,
        max_requests: int = 10_000,
        max_bytes: int = 64 * 1024 * 1024,
        key: str = DUMMY_KEY,
        manifest: Manifest | None = None,
    ) -> None:
        if queued_seconds < 0 or running_seconds < 0:
            raise ValueError("queued_seconds and running_seconds must be 0 or more")
        if not key or not all(" " < char <= "~" for char in key):
            raise ValueError("key must be printable ASCII without spaces")
        self.key = key
        self._manifest = manifest or installed_manifest()
        self._runs = RunStore(Timing(queued_seconds, running_seconds), max_runs, max_bytes=max_bytes)
        self._faults = FaultPlan()
        self._outcomes = Outcomes()
        self._log = RequestLog(max_requests, max_bytes=max_bytes)
        specs = {vendor.id: VendorSpec(vendor, key) for vendor in self._manifest.vendors}
        # What no spec says outright (run id format, a created run's answer, error bodies) is worked out of it.
        self._doubles = {
            vendor.id: double_from_spec(vendor, specs[vendor.id].document) for vendor in self._manifest.vendors
        }
        stand_ins = {
            vendor_id: StandIn(spec, self._doubles[vendor_id], self._runs, self._faults, self._log, self._outcomes)
            for vendor_id, spec in specs.items()
        }
        self._base_paths = {vendor_id: spec.base_path for vendor_id, spec in specs.items()}
        self.notes: tuple[str, ...] = tuple(note for spec in specs.values() for note in spec.notes)
        """What the sandbox cannot check of a spec and leaves unchecked (a regex of another dialect), one line each."""
        shown = {vendor_id: tuple(double.outcomes) for vendor_id, double in self._doubles.items()}
        control = Control(self._base_paths, self._runs, self._faults, self._log, self._outcomes, shown)
        self.app = SandboxApp(stand_ins, control)
        self._host, self._port = host, port
        self._server: Server | None = None  # bound as soon as the URL is asked for
        self._serving = False

    # Serving.

    def start(self) -> Sandbox:
        """Serve in a background thread; returns once it accepts connections."""
        if not self._serving:
            self._bind().start()
            self._serving = True
        return self

    def serve(self, on_ready: Callable[[], None] | None = None) -> None:
        """Serve in the foreground until Ctrl-C or SIGTERM (``testruns sandbox``); ``on_ready`` runs once it accepts."""
        self._bind().serve(on_ready)

    def stop(self) -> None:
        """Stop serving (runs, faults and the log are kept)."""
        if self._server is not None:
            self._server.stop()
            self._server = None
            self._serving = False

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def _bind(self) -> Server:
        if self._server is None:
            self._server = Server(self.app, self._host, self._port)
        return self._server

    # Where it is.

    @property
    def url(self) -> str:
        """``http://host:port`` of the sandbox (binding the port if not yet done)."""
        host, port = self._bind().address
        return f"http://{host}:{port}"

    def base_url(self, vendor: str) -> str:
        """The URL to use as ``<VENDOR>_BASE_URL`` for ``vendor``."""
        return self.url + self._base_paths[self._manifest.vendor(vendor).id]

    def environment(self) -> dict[str, str]:
        """``<VENDOR>_BASE_URL`` and the sandbox's key per vendor: what points the facade here."""
        env: dict[str, str] = {}
        for vendor in self._manifest.vendors:
            env[vendor.base_url_env] = self.base_url(vendor.id)
            env.update(dict.fromkeys(vendor.auth.variables, self.key))
        return env

    @property
    def vendors(self) -> tuple[str, ...]:
        """The vendor ids it plays."""
        return self._manifest.ids

    # Faults, the request log and runs.

    def fail(
        self,
        kind: FaultKind | str,
        vendor: str | None = None,
        *,
        times: int = 1,
        retry_after: int = 1,
        delay: float = 2.0,
    ) -> Fault:
        """Make the next ``times`` requests to ``vendor`` (to any vendor if None) fail as ``kind``.

        ``kind``: ``rate-limit`` (429 with ``Retry-After: retry_after``), ``server-error`` (500),
        ``unavailable`` (503), ``drop`` (the connection closes), ``slow`` (answered after
        ``delay`` seconds) or ``malformed`` (a success whose body is not JSON); and, on a status read,
        ``echo-key`` (the run failed, its message quoting the caller's key; any other request: a 401
        quoting it) or ``unknown-verdict`` (the run finished, with a verdict the manifest does not map:
        ``ValueError`` for a vendor without verdicts).
        """
        if vendor is not None:
            self._manifest.vendor(vendor)  # KeyError naming the known vendors
        fault = Fault(FaultKind(kind), vendor, times, retry_after, delay)
        if fault.kind is FaultKind.UNKNOWN_VERDICT:
            cannot = [
                v
                for v in ([vendor] if vendor else list(self.vendors))
                if "inconclusive" not in self._doubles[v].outcomes
            ]
            if vendor is not None and cannot:
                raise ValueError(f"{vendor} gives no verdict, so it cannot show one the manifest does not map")
        self._faults.add(fault)
        return fault

    def outcome(self, vendor: str, outcome: Outcome) -> None:
        """Runs of ``vendor`` triggered from now on end as ``outcome``: passed, failed, cancelled, error, finished.

        ``ValueError`` where the vendor has no way to show it (nor a near one: LoadForge shows passed as
        finished, having no verdict).
        """
        self._manifest.vendor(vendor)  # KeyError naming the known vendors
        if outcome not in self._doubles[vendor].outcomes:
            shown = ", ".join(self._doubles[vendor].outcomes)
            raise ValueError(f"{vendor} cannot show a run that ends {outcome!r}; it can show: {shown}")
        self._outcomes.set(vendor, outcome)

    def faults(self) -> list[Fault]:
        """The faults still to happen."""
        return self._faults.pending()

    def requests(self, vendor: str | None = None) -> list[RecordedRequest]:
        """Every request received (to ``vendor``, if given), oldest first; credentials are masked."""
        return self._log.all(vendor)

    def runs(self, vendor: str | None = None) -> list[RunState]:
        """Every run kept (of ``vendor``, if given), oldest first, with its status now."""
        return self._runs.all(vendor)

    def run(self, vendor: str, run_id: int | str) -> RunState:
        """One run as it is now; ``KeyError`` if the sandbox has no such run (or evicted it)."""
        key: int | str = run_id
        if (
            self._doubles[vendor].run_ids == "integer"
            and isinstance(run_id, str)
            and run_id.isascii()
            and run_id.isdigit()
        ):
            key = int(run_id)  # TriggeredRun.run_id is text; the store keeps the vendor's integer
        run = self._runs.get(vendor, key)
        if run is None:
            raise KeyError(f"the sandbox has no {vendor} run {run_id!r}")
        return run

    def reset(self) -> None:
        """Forget runs, requests, planned faults and outcomes."""
        self._faults.clear()
        self._outcomes.clear()
        self._log.clear()
        self._runs.clear()

    def __repr__(self) -> str:
        where = self.url if self._serving else "not serving"
        return f"Sandbox({where}, vendors={list(self.vendors)})"
