"""The per-vendor cases, read from the manifest and from ``specs/<vendor>/examples.yaml`` beside each entry.

Each operation's input is the manifest entry's example; a vendor's ``examples.yaml`` (optional) adds what
its documentation says goes on the wire and comes back, its error body, and inputs it refuses. A vendor is
in every test here the moment it has those files; one without ``examples.yaml`` is still covered by the
manifest-driven tests (contract, sandbox, every-vendor).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import yaml

from testruns._cli_options import example_argv
from testruns.vendors.manifest import load_manifest

MANIFEST = load_manifest()
MESSAGE = "quota exceeded for project"  # what every example error body says
PROJECT = "3f8a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c"  # Testsigma's example project, for its own tests
TEST = "9b2c3d4e-5f60-4718-89ab-cdef01234567"  # Tester Army's example test, for its own tests
APP = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
RUN_UUID = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"

# A distinct secret per variable, long enough to be masked anywhere it appears.
SECRETS_BY_VARIABLE = {
    variable: f"{variable.lower().replace('_', '-')}-secret-{index}"
    for index, variable in enumerate(v for vendor in MANIFEST.vendors for v in vendor.auth.variables)
}
SECRETS = {vendor.id: SECRETS_BY_VARIABLE[vendor.auth.variables[0]] for vendor in MANIFEST.vendors}


@cache
def examples(vendor: str) -> dict[str, Any]:
    """The vendor's ``examples.yaml``, or nothing."""
    path = MANIFEST.specs_dir / vendor / "examples.yaml"
    return (yaml.safe_load(path.read_text()) or {}) if path.is_file() else {}


@dataclass(frozen=True)
class Case:
    """One documented call: what the caller gives, what must be sent, what comes back."""

    vendor: str
    operation: str
    params: dict[str, Any]
    url: str  # the full URL on the vendor's default server
    body: Any
    reply_status: int
    reply: Any
    run_id: str
    status: str | None

    @property
    def id(self) -> str:
        return f"{self.vendor}-{self.operation}"

    @property
    def argv(self) -> list[str]:
        return example_argv(self.params)

    @property
    def path(self) -> str:
        """The path under the server URL (what a ``<VENDOR>_BASE_URL`` prefix is followed by)."""
        vendor = MANIFEST.vendor(self.vendor)
        server = urlsplit(vendor.regions[vendor.default_region]).path.rstrip("/")
        return urlsplit(self.url).path.removeprefix(server)

    @property
    def auth(self) -> tuple[str, str]:
        """The (first) credential header and its value, with every variable holding its secret."""
        auth = MANIFEST.vendor(self.vendor).auth
        name, value = next(iter(auth.render(SECRETS_BY_VARIABLE).items()))
        return name, value


CASES = [
    Case(
        vendor.id,
        operation,
        dict(vendor.operations[operation].example),
        call["url"],
        call["body"],
        call["reply"]["status"],
        call["reply"]["body"],
        call["run_id"],
        call["status"],
    )
    for vendor in MANIFEST.vendors
    for operation, call in examples(vendor.id).get("calls", {}).items()
]
BY_ID = {case.id: case for case in CASES}
ERROR_BODIES: dict[str, Any] = {
    vendor.id: examples(vendor.id)["error_body"] for vendor in MANIFEST.vendors if "error_body" in examples(vendor.id)
}
INVALID = [(v.id, item["params"], item["says"]) for v in MANIFEST.vendors for item in examples(v.id).get("invalid", [])]
INVALID_OPTIONS = [
    (v.id, item["argv"], item["field"]) for v in MANIFEST.vendors for item in examples(v.id).get("invalid_options", [])
]
INVALID_BODIES = {v.id: examples(v.id)["invalid_body"] for v in MANIFEST.vendors if "invalid_body" in examples(v.id)}
