from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.internal_server_error import InternalServerError
from ...models.test_run_trigger_dto import TestRunTriggerDto
from ...models.trigger_test_run_request import TriggerTestRunRequest
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    workspace_id: int,
    *,
    body: TriggerTestRunRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post"}
    _kwargs["url"] = "/api/workspaces/{workspace_id}/test-run/trigger".format(
        workspace_id=errors.path_segment(workspace_id, "workspace_id"),
    )

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = TestRunTriggerDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerTestRunRequest | Unset = UNSET,
) -> Response[ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError]:
    """Trigger Test Run for a specific Target

     A Test Run is triggered for a specific target, each test run contains a set of probes used to check
    for specific vulnerabilities. These probes are pre-configured through the platform's UI.

    Args:
        workspace_id (int):
        body (TriggerTestRunRequest | Unset): Request payload to trigger the execution of a Test
            Run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            workspace_id=workspace_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


def sync(
    workspace_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerTestRunRequest | Unset = UNSET,
) -> ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError | None:
    """Trigger Test Run for a specific Target

     A Test Run is triggered for a specific target, each test run contains a set of probes used to check
    for specific vulnerabilities. These probes are pre-configured through the platform's UI.

    Args:
        workspace_id (int):
        body (TriggerTestRunRequest | Unset): Request payload to trigger the execution of a Test
            Run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerTestRunRequest | Unset = UNSET,
) -> Response[ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError]:
    """Trigger Test Run for a specific Target

     A Test Run is triggered for a specific target, each test run contains a set of probes used to check
    for specific vulnerabilities. These probes are pre-configured through the platform's UI.

    Args:
        workspace_id (int):
        body (TriggerTestRunRequest | Unset): Request payload to trigger the execution of a Test
            Run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            workspace_id=workspace_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    workspace_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerTestRunRequest | Unset = UNSET,
) -> ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError | None:
    """Trigger Test Run for a specific Target

     A Test Run is triggered for a specific target, each test run contains a set of probes used to check
    for specific vulnerabilities. These probes are pre-configured through the platform's UI.

    Args:
        workspace_id (int):
        body (TriggerTestRunRequest | Unset): Request payload to trigger the execution of a Test
            Run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | InternalServerError | TestRunTriggerDto | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
