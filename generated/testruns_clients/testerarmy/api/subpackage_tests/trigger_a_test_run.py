from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...models.trigger_a_test_run_request_bad_request_error import TriggerATestRunRequestBadRequestError
from ...models.trigger_a_test_run_request_gateway_timeout_error import TriggerATestRunRequestGatewayTimeoutError
from ...models.trigger_a_test_run_request_internal_server_error import TriggerATestRunRequestInternalServerError
from ...models.trigger_a_test_run_request_too_many_requests_error import TriggerATestRunRequestTooManyRequestsError
from ...models.trigger_a_test_run_request_unauthorized_error import TriggerATestRunRequestUnauthorizedError
from ...models.trigger_run_request import TriggerRunRequest
from ...models.trigger_run_response import TriggerRunResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


__all__ = ["asyncio", "asyncio_detailed", "build_response", "parse_response", "request_kwargs", "sync", "sync_detailed"]


def request_kwargs(
    test_id: UUID,
    *,
    body: TriggerRunRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL, query, headers, body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "post"}
    _kwargs["url"] = "/v1/tests/{test_id}/runs".format(
        test_id=errors.path_segment(test_id, "test_id"),
    )

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
    | None
):
    """The documented answer in ``response`` as its model; an undocumented status raises
    ``errors.UnexpectedStatus`` when ``client.raise_on_unexpected_status`` is set, else gives None."""
    if response.status_code == 202:
        response_202 = TriggerRunResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = TriggerATestRunRequestBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TriggerATestRunRequestUnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = TriggerATestRunRequestTooManyRequestsError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TriggerATestRunRequestInternalServerError.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = TriggerATestRunRequestGatewayTimeoutError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
]:
    """``response`` (already read) with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    test_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerRunRequest | Unset = UNSET,
) -> Response[
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
]:
    """Trigger a test run

     Trigger a saved dashboard test remotely using API-key authentication. Returns the queued run ID.

    Args:
        test_id (UUID):
        body (TriggerRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TriggerATestRunRequestBadRequestError | TriggerATestRunRequestGatewayTimeoutError | TriggerATestRunRequestInternalServerError | TriggerATestRunRequestTooManyRequestsError | TriggerATestRunRequestUnauthorizedError | TriggerRunResponse]
    """

    response = client.get_httpx_client().request(
        **request_kwargs(
            test_id=test_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


def sync(
    test_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerRunRequest | Unset = UNSET,
) -> (
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
    | None
):
    """Trigger a test run

     Trigger a saved dashboard test remotely using API-key authentication. Returns the queued run ID.

    Args:
        test_id (UUID):
        body (TriggerRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerATestRunRequestBadRequestError | TriggerATestRunRequestGatewayTimeoutError | TriggerATestRunRequestInternalServerError | TriggerATestRunRequestTooManyRequestsError | TriggerATestRunRequestUnauthorizedError | TriggerRunResponse
    """

    return sync_detailed(
        test_id=test_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    test_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerRunRequest | Unset = UNSET,
) -> Response[
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
]:
    """Trigger a test run

     Trigger a saved dashboard test remotely using API-key authentication. Returns the queued run ID.

    Args:
        test_id (UUID):
        body (TriggerRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TriggerATestRunRequestBadRequestError | TriggerATestRunRequestGatewayTimeoutError | TriggerATestRunRequestInternalServerError | TriggerATestRunRequestTooManyRequestsError | TriggerATestRunRequestUnauthorizedError | TriggerRunResponse]
    """

    response = await client.get_async_httpx_client().request(
        **request_kwargs(
            test_id=test_id,
            body=body,
        )
    )
    return build_response(client=client, response=response)


async def asyncio(
    test_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TriggerRunRequest | Unset = UNSET,
) -> (
    TriggerATestRunRequestBadRequestError
    | TriggerATestRunRequestGatewayTimeoutError
    | TriggerATestRunRequestInternalServerError
    | TriggerATestRunRequestTooManyRequestsError
    | TriggerATestRunRequestUnauthorizedError
    | TriggerRunResponse
    | None
):
    """Trigger a test run

     Trigger a saved dashboard test remotely using API-key authentication. Returns the queued run ID.

    Args:
        test_id (UUID):
        body (TriggerRunRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TriggerATestRunRequestBadRequestError | TriggerATestRunRequestGatewayTimeoutError | TriggerATestRunRequestInternalServerError | TriggerATestRunRequestTooManyRequestsError | TriggerATestRunRequestUnauthorizedError | TriggerRunResponse
    """

    return (
        await asyncio_detailed(
            test_id=test_id,
            client=client,
            body=body,
        )
    ).parsed
