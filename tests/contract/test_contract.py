"""Every mapped operation of every vendor, judged by Prism against the vendor's effective spec."""

from __future__ import annotations

import base64
import json
import math
import os
import re
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from hypothesis_jsonschema import from_schema

import testruns
from testruns.adapters import CALL_KEYWORDS
from testruns.http.connection import _vendor_message
from testruns.vendors import AnyVendorId
from testruns.vendors.manifest import load_manifest
from testruns.vendors.openapi import is_json, spec_operations

from .conftest import KEYS, REPO, PrismMock
from .referee import (
    Operation,
    Recorder,
    find_operation,
    operation_schema,
    refusal_is_right,
    request_violations,
)

MANIFEST = load_manifest()
OPERATIONS = [(vendor.id, name, op_id) for vendor in MANIFEST.vendors for name, op_id in vendor.operation_ids.items()]
# Cases drawn per test: 50, or fewer where TESTRUNS_CONTRACT_EXAMPLES says (the corpus runs sixty documents on two
# shared cores); every drawn test asserts it ran that many, or every case there is (``assert_ran_enough``), so a
# bound never turns into a test of nothing.
DRAWN = int(os.environ.get("TESTRUNS_CONTRACT_EXAMPLES", "50"))
EXAMPLES = settings(
    max_examples=DRAWN,
    # Bounded (the corpus), a failure is reported as drawn: shrinking a large document's body takes minutes.
    phases=list(Phase) if DRAWN >= 50 else [Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    derandomize=True,  # the same examples on every CI run
    # filter_too_much: hypothesis-jsonschema draws a header that has a pattern of its own (Acme's stack id) from one
    # of the two patterns and keeps what matches the other; each test still asserts it ran DRAWN cases.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
# Formats hypothesis-jsonschema does not draw itself: OpenAPI's byte is base64 (RFC 4648), as the models check it;
# a duration is ISO 8601's (JSON Schema's, Prism's and the models' reading; Azure writes it).
FORMATS = {
    "uuid": st.uuids().map(str),
    "byte": st.binary().map(lambda data: base64.b64encode(data).decode()),
    "duration": st.integers(min_value=0, max_value=10**6).map(lambda seconds: f"PT{seconds}S"),
}


def _case(*values: Any) -> str:
    return json.dumps(values, sort_keys=True, default=str)


def assert_ran_enough(seen: list[str], strategy: st.SearchStrategy[Any]) -> None:
    """At least DRAWN cases ran, or every case ``strategy`` can draw did: a body of one boolean has two, and
    hypothesis stops there. Fewer where another case exists is a test of less than it says, and fails."""
    if len(seen) >= DRAWN:
        return
    quiet = settings(database=None, derandomize=True, max_examples=200, suppress_health_check=list(HealthCheck))
    try:
        unseen = find(strategy, lambda value: _case(*value) not in seen, settings=quiet)
    except NoSuchExample:
        return
    pytest.fail(f"{len(seen)} of {DRAWN} cases ran, and {unseen!r} was never drawn")


def client(recorder: Recorder) -> testruns.Client:
    # Base URLs and keys come from the environment the prism fixture set: <VENDOR>_BASE_URL, <VENDOR>_API_KEY.
    return testruns.Client(transport=recorder, max_retries=0)


def call(
    facade: testruns.Client, vendor: str, operation: str, params: dict[str, Any]
) -> testruns.TriggeredRun | testruns.RunStatus:
    """The facade's call for the manifest's operation name: ``client.trigger`` / ``cancel`` / ``status``; a field
    named like the call's own ``timeout`` is passed as ``timeout_``."""
    vendor_id = AnyVendorId(vendor)
    params = {f"{name}_" if name in CALL_KEYWORDS else name: value for name, value in params.items()}
    if operation == "status":
        return facade.status(vendor_id, **params)
    return facade.trigger(vendor_id, **params) if operation == "trigger" else facade.cancel(vendor_id, **params)


def answered(
    facade: testruns.Client, recorder: Recorder, vendor: str, operation: str, params: dict[str, Any]
) -> testruns.TriggeredRun | testruns.RunStatus | None:
    """``call``'s result; None where the facade refused an answer and was right to (``refusal_is_right``: Prism
    says its own answer breaks the spec, or the answer holds no run id where the manifest reads it). The request
    is still judged."""
    before = len(recorder.exchanges)
    run_id = MANIFEST.vendor(vendor).operations[operation].run_id
    asked = params.get("run_id")
    recorder.about = (str(asked), run_id) if operation == "status" and isinstance(run_id, str) and asked else None
    try:
        return call(facade, vendor, operation, params)
    except testruns.UnexpectedResponseError as error:
        (_, response), *_ = recorder.exchanges[before:]
        if not refusal_is_right(response, str(error), run_id if isinstance(run_id, str) else None):
            raise
        return None


def example(vendor: str, name: str) -> dict[str, Any]:
    """The manifest's example call of the operation: the hand-picked case lives beside the vendor's entry."""
    return dict(MANIFEST.vendor(vendor).operations[name].example)


IDS = [f"{v}-{n}" for v, n, _ in OPERATIONS]


@pytest.mark.parametrize(("vendor", "name", "operation_id"), OPERATIONS, ids=IDS)
def test_the_example_request_passes_prism_and_its_answer_parses(
    vendor: str, name: str, operation_id: str, prism: dict[str, PrismMock]
) -> None:
    recorder = Recorder(prism[vendor].spec)
    run = answered(client(recorder), recorder, vendor, name, example(vendor, name))
    ((request, response),) = recorder.exchanges
    template = next(op.template for op in spec_operations(prism[vendor].spec) if op.operation_id == operation_id)
    assert re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), request.url.path), request.url.path
    assert request_violations(response) == [], response.headers.get("sl-violations")
    assert 200 <= response.status_code < 300
    assert run is None or (run.vendor == vendor and isinstance(run.run_id, str) and run.run_id)


def _operation(vendor: str, name: str, operation_id: str, prism: dict[str, PrismMock]) -> Operation:
    return operation_schema(prism[vendor].spec, vendor, name, operation_id)


@pytest.mark.parametrize(("vendor", "name", "operation_id"), OPERATIONS, ids=IDS)
def test_drawn_valid_parameters_all_pass_prism(
    vendor: str, name: str, operation_id: str, prism: dict[str, PrismMock]
) -> None:
    operation = _operation(vendor, name, operation_id, prism)
    recorder = Recorder(prism[vendor].spec)
    facade = client(recorder)
    sent: list[str] = []
    drawn: set[str] = set()

    # Half the cases send every parameter, so a few cases (the corpus's bound) still send each optional one.
    everything = {**operation.drawable, "required": list(operation.drawable["properties"])}
    drawable = st.one_of(
        from_schema(everything, custom_formats=FORMATS), from_schema(operation.drawable, custom_formats=FORMATS)
    )

    @EXAMPLES
    @given(params=drawable)
    def check(params: dict[str, Any]) -> None:
        before = len(recorder.exchanges)
        run = answered(facade, recorder, vendor, name, params)
        (_, response), *_ = recorder.exchanges[before:]
        assert request_violations(response) == [], (params, response.headers.get("sl-violations"))
        assert run is None or run.run_id
        sent.append(_case(params))
        drawn.update(params)

    check()
    assert_ran_enough(sent, st.tuples(drawable))
    # Every parameter was sent at least once, optional ones included (a body of only optional fields too).
    assert drawn == set(operation.schema["properties"]), set(operation.schema["properties"]) - drawn


def _beyond(bound: float, direction: int) -> float:
    """The nearest value past ``bound``: an integer's neighbour, or the next float (``3.4e38 + 1`` is 3.4e38)."""
    return bound + direction if isinstance(bound, int) else math.nextafter(bound, direction * math.inf)


def _invalid_mutations(operation: Operation) -> list[tuple[str, str, Any]]:
    """(kind, field, bad value) for every constraint the spec states on the operation's parameters."""
    # A required parameter the manifest defaults (from an environment variable) is never missing: not a case.
    defaulted = MANIFEST.vendor(operation.vendor).defaults
    found: list[tuple[str, str, Any]] = [
        ("missing", field, None) for field in operation.schema["required"] if field not in defaulted
    ]
    # A field sent as a parameter and in the body has each one's constraints (allOf): breaking either is a case.
    each = [(field, part) for field, whole in operation.schema["properties"].items() for part in _parts(whole)]
    for field, schema in each:
        if "minimum" in schema:
            found.append(("below minimum", field, _beyond(schema["minimum"], -1)))
        if "maximum" in schema:
            found.append(("above maximum", field, _beyond(schema["maximum"], 1)))
        if "enum" in schema:
            found.append(("not in enum", field, "not-one-of-" + "-".join(map(str, schema["enum"]))))
        if schema.get("format") == "uuid":
            found.append(("not a uuid", field, "not-a-uuid"))
        if schema.get("type") == "integer":
            found.append(("not an integer", field, "forty-two"))
    return list(dict.fromkeys(found))  # a constraint both parts state is one case


def _parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [schema, *schema.get("allOf", [])]


def _spec(vendor: str) -> dict[str, Any]:
    """The effective spec as generated (the one Prism serves), read without starting Prism."""
    spec: dict[str, Any] = json.loads(
        (REPO / "generated" / MANIFEST.vendor(vendor).package_path / "openapi.json").read_text()
    )
    return spec


# A case that cannot fail is not a test: an operation whose spec states no constraint (nothing required, no
# bound, enum, UUID or integer) has nothing to break, so it gets no invalid-parameter test, and the session's
# summary names it (conftest.py), so the count of what was left out is in every run's output.
MUTATIONS = {(v, n): _invalid_mutations(operation_schema(_spec(v), v, n, op_id)) for v, n, op_id in OPERATIONS}
BREAKABLE = [(v, n, op_id) for v, n, op_id in OPERATIONS if MUTATIONS[v, n]]
NOTHING_TO_BREAK = [f"{v}-{n}" for v, n, _ in OPERATIONS if not MUTATIONS[v, n]]


@pytest.mark.parametrize(("vendor", "name", "operation_id"), BREAKABLE, ids=[f"{v}-{n}" for v, n, _ in BREAKABLE])
def test_drawn_invalid_parameters_are_all_stopped_before_any_request(
    vendor: str, name: str, operation_id: str, prism: dict[str, PrismMock]
) -> None:
    operation = _operation(vendor, name, operation_id, prism)
    mutations = _invalid_mutations(operation)
    recorder = Recorder(prism[vendor].spec)
    facade = client(recorder)
    stopped: list[str] = []
    drawable = from_schema(operation.drawable, custom_formats=FORMATS)

    @EXAMPLES
    @given(params=drawable, mutation=st.sampled_from(mutations))
    def check(params: dict[str, Any], mutation: tuple[str, str, Any]) -> None:
        case = _case(params, mutation)
        kind, field, bad = mutation
        params = dict(params)
        if kind == "missing":
            params.pop(field, None)
        else:
            params[field] = bad
        with pytest.raises(testruns.InvalidInputError) as caught:
            call(facade, vendor, name, params)
        assert caught.value.field == field, (kind, str(caught.value))
        stopped.append(case)

    check()
    assert recorder.exchanges == []  # nothing ever reached Prism
    assert_ran_enough(stopped, st.tuples(drawable, st.sampled_from(mutations)))


EXPECTED = {
    400: testruns.VendorError,
    401: testruns.AuthenticationError,
    403: testruns.PermissionDeniedError,
    404: testruns.NotFoundError,
    429: testruns.RateLimitError,
    500: testruns.VendorError,
    502: testruns.VendorError,
    503: testruns.RateLimitError,
    504: testruns.VendorError,
}


def _documented(vendor: str, name: str) -> list[tuple[str, str, int]]:
    operation, _ = find_operation(_spec(vendor), MANIFEST.vendor(vendor).operation_ids[name])
    return [(vendor, name, int(status)) for status in operation["responses"] if status.isdigit()]


STATUSES = [triple for vendor, name, _ in OPERATIONS for triple in _documented(vendor, name)]


@pytest.mark.parametrize(("vendor", "name", "status"), STATUSES, ids=[f"{v}-{n}-{s}" for v, n, s in STATUSES])
def test_every_documented_status_maps_to_its_result_or_typed_error(
    vendor: str, name: str, status: int, prism: dict[str, PrismMock]
) -> None:
    recorder = Recorder(prism[vendor].spec, prefer=f"code={status}")
    facade = client(recorder)
    params = example(vendor, name)
    if 200 <= status < 300:
        # A success the spec documents with no body (Azure's 202, eBay's 204) names no run where the manifest reads
        # it from the answer: the facade says so, naming where it looked, and ``answered`` holds it to that.
        run = answered(facade, recorder, vendor, name, params)
        assert (run is None or run.run_id) and recorder.exchanges[0][1].status_code == status
        return
    with pytest.raises(testruns.APIStatusError) as caught:
        call(facade, vendor, name, params)
    ((_, response),) = recorder.exchanges
    assert response.status_code == status and request_violations(response) == []
    assert type(caught.value) is EXPECTED.get(status, testruns.VendorError) and caught.value.status == status
    if not response.content:  # a status documented with no body: the error still names it
        assert caught.value.body is None and f"HTTP {status}: {response.reason_phrase}" in caught.value.message
        return
    if not is_json(response.headers.get("content-type", "")):  # text (Route 53's XML): no document, its text said
        assert caught.value.body is None and f"HTTP {status}: {response.text[:20]}" in caught.value.message
        return
    assert caught.value.body == response.json()
    vendor_message = _vendor_message(response.json())
    if vendor_message:
        assert vendor_message in caught.value.message


def test_a_renamed_body_field_is_reported_as_a_violation(prism: dict[str, PrismMock]) -> None:
    """The referee can say no: the same fixture flags a request the spec forbids."""
    response = httpx.post(
        f"{prism['loadforge'].url}/run",
        json={"test_id": 42, "minutes": 10},
        headers={"Authorization": f"Bearer {KEYS['loadforge']}"},
    )
    found = request_violations(response)
    assert response.status_code == 400 and found
    assert any("duration" in item["message"] for item in found)


def test_a_missing_auth_header_is_rejected(prism: dict[str, PrismMock]) -> None:
    response = httpx.post(
        f"{prism['splx'].url}/api/workspaces/7/test-run/trigger",
        json={"targetId": 3, "probeIds": [1], "name": "n", "notifyWhenFinished": True, "runAiAnalysis": False},
    )
    assert response.status_code == 401


def test_an_out_of_range_value_sent_around_the_facade_is_a_violation(prism: dict[str, PrismMock]) -> None:
    response = httpx.post(
        f"{prism['testerarmy'].url}/v1/tests/{uuid.uuid4()}/runs",
        json={"mode": "slow"},
        headers={"Authorization": f"Bearer {KEYS['testerarmy']}"},
    )
    assert [item["code"] for item in request_violations(response)] == ["enum"]
