from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.execution_result import ExecutionResult
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    run_id: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/execution_results/{run_id}".format(
        run_id=errors.path_segment(run_id, "run_id"),
    )
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExecutionResult | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = ExecutionResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExecutionResult]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ExecutionResult]:
    """Get a test plan run's status and result

     Poll until status is STATUS_COMPLETED (the vendor's own wait scripts do), then read result.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionResult]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            run_id=run_id,
        )
    )
    return build_response(client=client, response=response)


def sync(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ExecutionResult | None:
    """Get a test plan run's status and result

     Poll until status is STATUS_COMPLETED (the vendor's own wait scripts do), then read result.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionResult
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ExecutionResult]:
    """Get a test plan run's status and result

     Poll until status is STATUS_COMPLETED (the vendor's own wait scripts do), then read result.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionResult]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            run_id=run_id,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ExecutionResult | None:
    """Get a test plan run's status and result

     Poll until status is STATUS_COMPLETED (the vendor's own wait scripts do), then read result.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionResult
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
