"""A local, stateful, spec-true stand-in for every vendor: ``testruns sandbox`` and the pytest fixture.

    from testruns.sandbox import Sandbox

    with Sandbox() as sandbox:
        os.environ.update(sandbox.environment())
        run = testruns.Client().trigger("loadforge", test_id=1, duration=5)
        sandbox.fail("rate-limit", "loadforge")      # the next request gets a 429
        sandbox.requests("loadforge")                # what arrived, credentials masked

Needs the ``sandbox`` extra (``pip install 'testruns[sandbox]'``): openapi-core and uvicorn.
"""

from __future__ import annotations

try:
    import openapi_core  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"the testruns sandbox needs the 'sandbox' extra ({exc.name} is missing): pip install 'testruns[sandbox]'"
    ) from exc

from ._command import serve
from ._double import Lifecycle, RunState
from ._faults import Fault, FaultKind
from ._log import RecordedRequest
from ._sandbox import DUMMY_KEY, Sandbox

__all__ = ["DUMMY_KEY", "Fault", "FaultKind", "Lifecycle", "RecordedRequest", "RunState", "Sandbox", "serve"]
