from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.test_run_create_request import TestRunCreateRequest
from ...models.test_run_created_response import TestRunCreatedResponse
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    project_id: UUID,
    *,
    body: TestRunCreateRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post"}
    _kwargs["url"] = "/projects/{project_id}/test_runs".format(
        project_id=errors.path_segment(project_id, "project_id"),
    )
    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TestRunCreatedResponse | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = TestRunCreatedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TestRunCreatedResponse]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TestRunCreateRequest,
) -> Response[ErrorResponse | TestRunCreatedResponse]:
    """Create a test run

     Creates a new test run in a project from a static selection of test cases.

    Args:
        project_id (UUID):
        body (TestRunCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TestRunCreatedResponse]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            project_id=project_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TestRunCreateRequest,
) -> ErrorResponse | TestRunCreatedResponse | None:
    """Create a test run

     Creates a new test run in a project from a static selection of test cases.

    Args:
        project_id (UUID):
        body (TestRunCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TestRunCreatedResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TestRunCreateRequest,
) -> Response[ErrorResponse | TestRunCreatedResponse]:
    """Create a test run

     Creates a new test run in a project from a static selection of test cases.

    Args:
        project_id (UUID):
        body (TestRunCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TestRunCreatedResponse]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            project_id=project_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TestRunCreateRequest,
) -> ErrorResponse | TestRunCreatedResponse | None:
    """Create a test run

     Creates a new test run in a project from a static selection of test cases.

    Args:
        project_id (UUID):
        body (TestRunCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TestRunCreatedResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
