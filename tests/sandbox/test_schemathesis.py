"""Schemathesis, an independent referee, drives every operation of every vendor in the sandbox.

Every operation of the vendor's effective spec, mapped or not, with requests drawn from it: valid ones
(positive) and broken ones (negative). Each answer is judged against the same spec: never a 5xx, only
statuses the operation documents (ST103), the documented content type, a body that matches the
documented schema, a broken request refused, and no success without the credential. The vendors and
operations come from the manifest and the specs, so a new vendor is covered the moment it is added.

Two limits, each held to a check of its own instead: where an operation documents no 4xx at all
(Testsigma's JUnit report), a refusal cannot be documented, so it must be a 4xx; where it documents
neither 401 nor 403 (LoadForge), Schemathesis' ``ignored_auth`` wants one of them, so a request without
the key is sent here and must be refused with a status the operation documents. Schemathesis'
``positive_data_acceptance`` is not used: a drawn run id names no run, which the vendor refuses.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from testruns.sandbox import Sandbox
from testruns.vendors.manifest import VendorEntry, load_manifest

MANIFEST = load_manifest()
METHODS = ("get", "put", "post", "delete", "patch")


def spec_of(vendor: VendorEntry) -> dict[str, Any]:
    """The vendor's effective spec, as its generated package carries it."""
    text = resources.files(vendor.package).joinpath("openapi.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def operation_ids(spec: dict[str, Any]) -> list[str]:
    """Every operationId of ``spec``, in document order."""
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS and "operationId" in operation
    ]


def credential(sandbox: Sandbox, vendor: VendorEntry) -> dict[str, str]:
    return vendor.auth.render(dict.fromkeys(vendor.auth.variables, sandbox.key))


def assert_true_to_the_spec(
    sandbox: Sandbox, vendor: VendorEntry, spec: dict[str, Any], operation_id: str, mode: GenerationMode
) -> None:
    """Drive ``operation_id`` with Schemathesis in ``mode``: every answer must pass, a valid trigger must
    succeed, and so must every valid request to an operation the manifest does not map."""
    operation = schemathesis.openapi.from_dict(spec).find_operation_by_id(operation_id)
    codes = {str(code).upper() for code in operation.definition.raw["responses"]}
    documents_4xx = "DEFAULT" in codes or "4XX" in codes or any(code.startswith("4") for code in codes)
    documents_auth = bool({"401", "403", "4XX", "DEFAULT"} & codes)
    checks = [not_a_server_error, content_type_conformance, response_schema_conformance, response_headers_conformance]
    checks += [status_code_conformance] if documents_4xx else []
    checks += [ignored_auth] if documents_auth else []
    checks += [negative_data_rejection] if mode is GenerationMode.NEGATIVE else []
    base_url = sandbox.base_url(vendor.id)
    headers = credential(sandbox, vendor)
    judged: list[int] = []
    probed: list[int] = []
    # What a refusal may be: a 4xx the operation documents, any 4xx where it documents none.
    refusals = {int(code) for code in codes if code.isdigit() and code.startswith("4")} or set(range(400, 500))

    @settings(max_examples=30, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case[Any]) -> None:
        response = case.call_and_validate(base_url=base_url, headers=headers, checks=checks)
        judged.append(response.status_code)
        if not documents_4xx:
            assert response.status_code < 300 or 400 <= response.status_code < 500, response.text
        if not documents_auth and response.status_code < 300 and headers and not probed:
            # The same request without the key (once, as ignored_auth does): refused, as the operation documents.
            probed.append(_without(response.request, headers).status_code)
            assert probed[0] in refusals, probed

    check()
    assert len(judged) >= 15, f"too few requests judged: {judged}"
    if operation_id == vendor.operation_ids["trigger"] and mode is GenerationMode.POSITIVE:
        # A drawn cancel or status names a run that does not exist, which the vendor refuses.
        assert any(200 <= status < 300 for status in judged), f"no request succeeded: {sorted(set(judged))}"
    if operation_id not in vendor.operation_ids.values() and mode is GenerationMode.POSITIVE:
        assert all(200 <= status < 300 for status in judged), f"an unmapped operation refused: {set(judged)}"


def _without(sent: Any, headers: dict[str, str]) -> httpx.Response:
    """``sent`` (the request Schemathesis made) again, without ``headers``."""
    keys = {name.lower() for name in headers}
    kept = {name: str(value) for name, value in sent.headers.items() if name.lower() not in keys}
    body = sent.body if isinstance(sent.body, bytes | str) else None
    return httpx.request(str(sent.method), str(sent.url), headers=kept, content=body)


CASES = [
    (vendor, spec, operation_id, mode)
    for vendor in MANIFEST.vendors
    for spec in [spec_of(vendor)]
    for operation_id in operation_ids(spec)
    for mode in GenerationMode
]


@pytest.mark.parametrize(
    ("vendor", "spec", "operation_id", "mode"),
    CASES,
    ids=[f"{vendor.id}-{operation_id}-{mode.value}" for vendor, _, operation_id, mode in CASES],
)
def test_every_answer_of_the_sandbox_is_true_to_the_spec(
    sandbox: Sandbox, vendor: VendorEntry, spec: dict[str, Any], operation_id: str, mode: GenerationMode
) -> None:
    assert_true_to_the_spec(sandbox, vendor, spec, operation_id, mode)
