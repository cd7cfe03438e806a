"""The vendor layer: what vendors exist and what each is, shared by the facade and the generator (public names).

- ``manifest``: the manifest's models (``specs/vendors.yaml``, the generator's input), validated with pydantic.
- ``registry``: the vendors testruns knows when it runs, read from the generated packages alone.
- ``keys``: how a vendor's secrets become request headers.
- ``openapi``: reading an OpenAPI document (JSON Pointers, ``$ref``, operations, the success answer).

The manifest's names load pydantic, so they are imported on first use: listing vendors or running a command
never pays for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .keys import KeyHeaders, base_url_variable
from .openapi import (
    DATA_KEYS,
    METHODS,
    NAME_MAPS,
    SpecOperation,
    is_json,
    json_schema,
    pointer_steps,
    python_re_error,
    read_only_not_required,
    ref_steps,
    resolve,
    spec_operations,
    success_answer,
    without_patterns,
)
from .registry import (
    ENTRY_POINT_GROUP,
    INDEX_PACKAGE,
    VENDOR_MODULE,
    AnyVendorId,
    DuplicateVendorError,
    VendorSource,
    VendorSummary,
    installed_manifest,
    summary,
    vendor_entry,
    vendor_id,
    vendor_source,
    vendor_summaries,
    vendor_summary,
)

if TYPE_CHECKING:
    from .manifest import (
        DEFAULT_MANIFEST_PATH,
        OPERATIONS,
        RUN_STATES,
        AuthScheme,
        Constant,
        FromEnvironment,
        FromParameter,
        KeyHeader,
        Manifest,
        ManifestError,
        OperationEntry,
        Source,
        VendorAuth,
        VendorEntry,
        load_manifest,
    )

_MANIFEST_NAMES = frozenset(
    {
        "DEFAULT_MANIFEST_PATH",
        "OPERATIONS",
        "RUN_STATES",
        "AuthScheme",
        "Constant",
        "FromEnvironment",
        "FromParameter",
        "KeyHeader",
        "Manifest",
        "ManifestError",
        "OperationEntry",
        "Source",
        "VendorAuth",
        "VendorEntry",
        "load_manifest",
    }
)

__all__ = [
    "DATA_KEYS",
    "DEFAULT_MANIFEST_PATH",
    "ENTRY_POINT_GROUP",
    "INDEX_PACKAGE",
    "METHODS",
    "NAME_MAPS",
    "OPERATIONS",
    "RUN_STATES",
    "VENDOR_MODULE",
    "AnyVendorId",
    "AuthScheme",
    "Constant",
    "DuplicateVendorError",
    "FromEnvironment",
    "FromParameter",
    "KeyHeader",
    "KeyHeaders",
    "Manifest",
    "ManifestError",
    "OperationEntry",
    "Source",
    "SpecOperation",
    "VendorAuth",
    "VendorEntry",
    "VendorSource",
    "VendorSummary",
    "base_url_variable",
    "installed_manifest",
    "is_json",
    "json_schema",
    "load_manifest",
    "pointer_steps",
    "python_re_error",
    "read_only_not_required",
    "ref_steps",
    "resolve",
    "spec_operations",
    "success_answer",
    "summary",
    "vendor_entry",
    "vendor_id",
    "vendor_source",
    "vendor_summaries",
    "vendor_summary",
    "without_patterns",
]


def __getattr__(name: str) -> Any:
    if name in _MANIFEST_NAMES:
        return getattr(importlib.import_module(f"{__name__}.manifest"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
