"""An independent check of the sandbox's answers: openapi-core's response validator on the vendor's effective spec.

The sandbox's own code never runs here; the spec is read from the generated
package, with its published servers, as a real client would see it.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from testruns.vendors.manifest import load_manifest

MANIFEST = load_manifest()


@cache
def spec_document(vendor: str) -> dict[str, Any]:
    """The vendor's effective spec, as its generated package carries it."""
    package = MANIFEST.vendor(vendor).package
    return json.loads(resources.files(package).joinpath("openapi.json").read_text("utf-8"))  # type: ignore[no-any-return]


def _template(document: dict[str, Any], operation_id: str) -> tuple[str, str]:
    for template, item in document["paths"].items():
        for method, operation in item.items():
            if operation.get("operationId") == operation_id:
                return template, method
    raise LookupError(operation_id)


def documented(vendor: str, operation: str) -> set[str]:
    """The statuses ``vendor``'s spec lists for ``operation`` (trigger / cancel / status)."""
    document = spec_document(vendor)
    template, method = _template(document, MANIFEST.vendor(vendor).operation_ids[operation])
    return {str(code) for code in document["paths"][template][method]["responses"]}


@cache
def _judge(vendor: str, operation_id: str, status: int) -> tuple[OpenAPI, str, str]:
    """The validator for ``status`` of ``operation_id``, with the method and the full path template."""
    document = copy.deepcopy(spec_document(vendor))
    template, method = _template(document, operation_id)
    responses = document["paths"][template][method]["responses"]
    # A status the spec does not list (an injected 503) cannot be checked by status; the sandbox
    # promises the vendor's error shape, so it is held to the documented 400's.
    responses.setdefault(str(status), responses["400"])
    return OpenAPI.from_dict(document), method, template


def assert_true_to_spec(vendor: str, operation: str, response: httpx.Response) -> None:
    """Fail unless ``response`` validates against ``vendor``'s spec for ``operation`` (trigger / cancel)."""
    api, method, _ = _judge(vendor, MANIFEST.vendor(vendor).operation_ids[operation], response.status_code)
    server = urlsplit(spec_document(vendor)["servers"][0]["url"])
    # The sandbox's path is /<vendor><server path><spec path>; the spec's server gives the rest.
    path = response.request.url.path.removeprefix(f"/{vendor}")
    request = MockRequest(f"{server.scheme}://{server.netloc}", method, path)
    content_type = response.headers.get("content-type", "application/json")
    api.validate_response(request, MockResponse(response.content, response.status_code, content_type=content_type))
