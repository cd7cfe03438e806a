"""What the facade reads from the manifest: its operations, the answer fields its pointers read, how the key
is sent, and the regions; checked together with the vendor's effective specs."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from testruns.vendors import VendorEntry, spec_operations, success_answer

from ..pointers import missing_step
from .check import check_documents
from .model import Finding
from .rules import rule

__all__ = ["vendor_findings"]


def _finding(rule_id: str, operation: str, location: str, **fields: str) -> Finding:
    found = rule(rule_id)
    return Finding(rule_id, found.level, operation, location, "", found.message.format(**fields))


def vendor_findings(
    old_vendor: VendorEntry | None,
    old_spec: Mapping[str, Any] | None,
    new_vendor: VendorEntry | None,
    new_spec: Mapping[str, Any] | None,
    *,
    today: datetime.date | None = None,
) -> list[Finding]:
    """Every finding between two versions of one vendor (either may be absent: added or removed)."""
    if old_vendor is None or old_spec is None:
        return [_finding("vendor-added", "", "manifest")]
    if new_vendor is None or new_spec is None:
        return [_finding("vendor-removed", "", "manifest")]
    found = check_documents(
        old_spec, new_spec, old_name=f"{old_vendor.id} (before)", new_name=f"{new_vendor.id} (now)", today=today
    )
    if old_vendor.auth != new_vendor.auth:
        found.append(_finding("manifest-auth-changed", "", "manifest auth"))
    for name, url in old_vendor.regions.items():
        if name not in new_vendor.regions:
            found.append(_finding("manifest-region-removed", "", "manifest regions", name=name))
        elif new_vendor.regions[name] != url:
            found.append(
                _finding(
                    "manifest-region-changed", "", "manifest regions", name=name, old=url, new=new_vendor.regions[name]
                )
            )
    for name in new_vendor.regions.keys() - old_vendor.regions.keys():
        found.append(_finding("manifest-region-added", "", "manifest regions", name=name))
    found += _facade(old_vendor, new_vendor, new_spec)
    return found


def _facade(old_vendor: VendorEntry, new_vendor: VendorEntry, new_spec: Mapping[str, Any]) -> list[Finding]:
    found: list[Finding] = []
    operations = {op.operation_id: op for op in spec_operations(new_spec)}
    for name, entry in old_vendor.operations.items():
        moved_to = new_vendor.operations.get(name)
        where = f"facade {name}"
        if moved_to is None:
            found.append(_finding("facade-operation-removed", "", where, name=name))
            continue
        if moved_to.operation_id != entry.operation_id:
            found.append(
                _finding(
                    "facade-operation-remapped", "", where, name=name, old=entry.operation_id, new=moved_to.operation_id
                )
            )
        operation = operations.get(moved_to.operation_id)
        if operation is None:
            found.append(_finding("facade-operation-gone", "", where, name=name, new=moved_to.operation_id))
            continue
        schema = success_answer(operation.operation)[1]
        label = f"{operation.method.upper()} {operation.template}"
        for key, pointer in (("run id", moved_to.run_id), ("status", moved_to.status), ("verdict", moved_to.verdict)):
            if not isinstance(pointer, str):
                continue
            if schema is None or missing_step(new_spec, schema, pointer) is not None:
                found.append(_finding("manifest-pointer-moved", label, f"{where} answer", name=key, new=pointer))
    for name in new_vendor.operations.keys() - old_vendor.operations.keys():
        found.append(_finding("facade-operation-added", "", f"facade {name}", name=name))
    return found
