from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.test_run_response import TestRunResponse
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    project_id: UUID,
    test_run_id: UUID,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/projects/{project_id}/test_runs/{test_run_id}".format(
        project_id=errors.path_segment(project_id, "project_id"),
        test_run_id=errors.path_segment(test_run_id, "test_run_id"),
    )
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TestRunResponse | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = TestRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TestRunResponse]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    test_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TestRunResponse]:
    """Get a test run

     One test run with its status and each test case's result. A test run here is a record whose cases
    people (or imported JUnit results) mark; nothing executes, so it has no cancel.

    Args:
        project_id (UUID):
        test_run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TestRunResponse]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            project_id=project_id,
            test_run_id=test_run_id,
        )
    )
    return build_response(client=client, response=response)


def sync(
    project_id: UUID,
    test_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TestRunResponse | None:
    """Get a test run

     One test run with its status and each test case's result. A test run here is a record whose cases
    people (or imported JUnit results) mark; nothing executes, so it has no cancel.

    Args:
        project_id (UUID):
        test_run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TestRunResponse
    """

    return sync_detailed(
        project_id=project_id,
        test_run_id=test_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    test_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TestRunResponse]:
    """Get a test run

     One test run with its status and each test case's result. A test run here is a record whose cases
    people (or imported JUnit results) mark; nothing executes, so it has no cancel.

    Args:
        project_id (UUID):
        test_run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TestRunResponse]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            project_id=project_id,
            test_run_id=test_run_id,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    test_run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TestRunResponse | None:
    """Get a test run

     One test run with its status and each test case's result. A test run here is a record whose cases
    people (or imported JUnit results) mark; nothing executes, so it has no cancel.

    Args:
        project_id (UUID):
        test_run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TestRunResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            test_run_id=test_run_id,
            client=client,
        )
    ).parsed
