from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error_envelope import ErrorEnvelope
from ...models.test_run_status_envelope import TestRunStatusEnvelope
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    test_run_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/v1/test_run/{test_run_id}".format(
        test_run_id=errors.path_segment(test_run_id, "test_run_id"),
    )
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TestRunStatusEnvelope | None:
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 200:
        response_200 = TestRunStatusEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TestRunStatusEnvelope]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | TestRunStatusEnvelope]:
    """Check the test run status

     The test run's state, its vulnerabilities found so far, counters and speed estimates.

    Args:
        test_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TestRunStatusEnvelope]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            test_run_id=test_run_id,
        )
    )
    return build_response(client=client, response=response)


def sync(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | TestRunStatusEnvelope | None:
    """Check the test run status

     The test run's state, its vulnerabilities found so far, counters and speed estimates.

    Args:
        test_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TestRunStatusEnvelope
    """

    return sync_detailed(
        test_run_id=test_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | TestRunStatusEnvelope]:
    """Check the test run status

     The test run's state, its vulnerabilities found so far, counters and speed estimates.

    Args:
        test_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TestRunStatusEnvelope]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            test_run_id=test_run_id,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    test_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | TestRunStatusEnvelope | None:
    """Check the test run status

     The test run's state, its vulnerabilities found so far, counters and speed estimates.

    Args:
        test_run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TestRunStatusEnvelope
    """

    return (
        await asyncio_detailed(
            test_run_id=test_run_id,
            client=client,
        )
    ).parsed
