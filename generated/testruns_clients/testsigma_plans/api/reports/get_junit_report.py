from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import File, Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    run_id: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/reports/junit/{run_id}".format(
        run_id=errors.path_segment(run_id, "run_id"),
    )
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
) -> Response[File]:
    """The run's JUnit XML report

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
) -> File | None:
    """The run's JUnit XML report

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """The run's JUnit XML report

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
) -> File | None:
    """The run's JUnit XML report

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
