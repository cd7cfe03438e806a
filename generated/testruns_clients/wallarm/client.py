"""HTTP client holders for the testruns_clients.wallarm package.

Written by the testruns generator's own template (testruns_generator/templates/), not
openapi-python-client's: the secret and the headers that carry it are kept out
of ``repr()``, so a client printed in a log or a traceback leaks nothing, and a
client is never pickled.
"""

import ssl
from typing import Any, NoReturn, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """Settings for the httpx clients that the API functions use.

    Keyword arguments ``base_url``, ``cookies``, ``headers``, ``timeout``, ``verify_ssl``,
    ``follow_redirects`` and ``httpx_args`` are passed on to ``httpx.Client`` /
    ``httpx.AsyncClient``.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` when the API answers a status
            that its OpenAPI document does not list.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends ``headers``."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends ``cookies``."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.timeout = timeout
        return evolve(self, timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {**self._headers, **self._auth_headers()},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for sync calls; it replaces every setting above."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client for sync calls, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async calls; it replaces every setting above."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client for async calls, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def __reduce__(self) -> NoReturn:
        # Pickled, the headers, cookies and token (a key among them) would reach a file or another process;
        # copy pickles in memory, so it is refused alike.
        raise TypeError(
            f"a {type(self).__name__} may hold a key, so it is never pickled or copied: make one where it is needed"
        )


@define
class AuthenticatedClient(Client):
    """A client for secured endpoints: sends ``token`` in ``auth_header_name``, after ``prefix`` if any.

    Attributes:
        token: the secret; never shown by ``repr()``.
        prefix: what goes before the token ("Bearer"); empty for a bare API key.
        auth_header_name: the header that carries the token.
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}
