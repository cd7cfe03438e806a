"""LoadForge: start a load-test run: how the sandbox plays it (its facade is generated)."""

from __future__ import annotations

from .._double import Double

# In the sandbox: integer run ids, and the Error schema ({error: <status>, message}) for every error.
double = Double(
    run_ids="integer",
    created=lambda run: {"run_id": run.id},
    error=lambda status, message, details: {"error": status, "message": message},
)
