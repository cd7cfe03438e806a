"""Which vendors testruns knows when it runs, and each one's data: read from the generated packages only.

The manifest (``specs/vendors.yaml``) is the generator's input. For each vendor the generator writes
``<package>/vendor.py``, whose ``ENTRY`` is the vendor's validated manifest entry as plain data, and an
index package (``testruns_vendors``) whose ``PACKAGES`` names each vendor's package. The client, the
command line and the sandbox read those, and nothing else: one representation of a vendor at run time,
checked for drift with the rest of ``generated/``. Reading them loads neither pydantic nor a YAML parser;
the sandbox, which needs the whole entry validated, rebuilds the manifest's models from it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .keys import KeyHeaders, base_url_variable

if TYPE_CHECKING:
    from .manifest import Manifest, VendorEntry

__all__ = [
    "INDEX_PACKAGE",
    "VENDOR_MODULE",
    "VendorSummary",
    "installed_manifest",
    "summary",
    "vendor_entry",
    "vendor_summaries",
    "vendor_summary",
]

INDEX_PACKAGE = "testruns_vendors"
VENDOR_MODULE = "vendor"


@dataclass(frozen=True)
class VendorSummary:
    """One vendor at a glance: all a client and the commands need of its entry."""

    id: str
    name: str
    package: str  # the generated package's import name
    operation_ids: Mapping[str, str]  # facade operation -> the spec's operationId, in manifest order
    keys: KeyHeaders  # where its secrets come from and which headers carry them
    regions: Mapping[str, str]  # region name -> server URL
    default_region: str
    base_url_env: str

    @property
    def operations(self) -> tuple[str, ...]:
        """The facade operations it maps."""
        return tuple(self.operation_ids)

    @property
    def variables(self) -> tuple[str, ...]:
        """The environment variables its secrets come from."""
        return self.keys.variables

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any]) -> VendorSummary:
        """A validated manifest entry (as plain data, keys as the manifest spells them) at a glance."""
        return cls(
            id=str(entry["id"]),
            name=str(entry["name"]),
            package=str(entry["package"]),
            operation_ids={name: str(op["operation_id"]) for name, op in entry["operations"].items()},
            keys=KeyHeaders.from_auth(entry["auth"]),
            regions=dict(entry["regions"]),
            default_region=str(entry["default_region"]),
            base_url_env=base_url_variable(str(entry["id"])),
        )


def summary(vendor: VendorEntry) -> VendorSummary:
    """A validated manifest entry (the model) at a glance, read as the generated entry is."""
    return VendorSummary.from_entry(vendor.model_dump(mode="json", by_alias=True))


@cache
def _entries() -> Mapping[str, Mapping[str, Any]]:
    """Each vendor's entry, by id, in manifest order, from the generated packages."""
    try:
        index = importlib.import_module(INDEX_PACKAGE)
    except ModuleNotFoundError:
        return MappingProxyType({})  # nothing generated yet: no vendor, which every lookup then says
    found: dict[str, Mapping[str, Any]] = {}
    for vendor_id, package in index.PACKAGES.items():
        found[vendor_id] = importlib.import_module(f"{package}.{VENDOR_MODULE}").ENTRY
    return MappingProxyType(found)


@cache
def vendor_summaries() -> tuple[VendorSummary, ...]:
    """Every vendor testruns knows, at a glance, in manifest order."""
    return tuple(VendorSummary.from_entry(entry) for entry in _entries().values())


def vendor_entry(vendor_id: str) -> Mapping[str, Any]:
    """The manifest entry of ``vendor_id``, as the generator wrote it; ``KeyError`` names the known ids."""
    entries = _entries()
    if vendor_id not in entries:
        known = ", ".join(entries) or "none (run `make generate`)"
        raise KeyError(f"unknown vendor {vendor_id!r}; known: {known}")
    return entries[vendor_id]


def vendor_summary(vendor_id: str) -> VendorSummary:
    """The summary of ``vendor_id``; ``KeyError`` names the known ids."""
    return VendorSummary.from_entry(vendor_entry(vendor_id))


def installed_manifest() -> Manifest:
    """Every vendor testruns knows, as the manifest's validated models (for the sandbox; loads pydantic)."""
    from .manifest import Manifest  # noqa: PLC0415

    index = importlib.import_module(INDEX_PACKAGE)
    return Manifest.model_validate({"vendors": list(_entries().values()), "path": index.__file__})
