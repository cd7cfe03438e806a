"""Where one vendor's calls go and with which key: the base URL, the key's headers, and what to mask.

A dry run needs all of this and no connection, so nothing here loads httpx: a plain base URL (the
vendors' own, the sandbox's, any other) is judged with the standard library's URL parser.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import NoReturn

from .._errors import ConfigurationError, MissingCredentialsError
from ..text import shown
from ..vendors.registry import VendorSummary
from .redact import MASK, KeyHolder, Redactor


class Target(KeyHolder):
    """A vendor's base URL and key: resolved and checked when made, the key read on first use.

    Attributes:
        vendor: the vendor's summary (id, name, regions, key headers).
        base_url: the region's server or the checked override, without a trailing slash.
        auth: the headers that carry the key, once read; None before.
        redactor: masks the key (once read) and the values of password fields sent so far in anything shown.
    """

    def __init__(
        self, vendor: VendorSummary, *, api_key: object = None, base_url: object = None, region: object = None
    ) -> None:
        self.vendor = vendor
        # The key is read when a request is built, not before: help() and a dry run need none.
        self._api_key = api_key
        self.auth: dict[str, str] | None = None
        self._secrets: frozenset[str] = frozenset()
        self.redactor = Redactor()
        self.base_url = resolve_base_url(vendor, base_url, region)

    def __repr__(self) -> str:
        return f"Target(vendor={self.vendor.id!r}, base_url={self.redactor.url(self.base_url)!r})"

    def url(self, path: str) -> str:
        """The absolute URL of an operation's ``path`` (the generated ``request_kwargs``' ``url``) on this server.

        The one place a path meets the base URL, for the sent request and the dry run alike. The base URL has
        no query, fragment or trailing slash (``_checked_url``; the manifest refuses a region with either) and
        the generated path quotes each value it holds, so joining the two texts is the whole join: the request
        is built from an absolute URL, and httpx parses it once.
        """
        return f"{self.base_url}/{path.lstrip('/')}"

    def auth_headers(self, *, placeholder: bool = False) -> dict[str, str]:
        """The headers that carry the key, read from ``api_keys`` or the environment on first use.

        With ``placeholder`` (a dry run), a missing key is shown as the mask instead of being an error.
        """
        if self.auth is not None:
            return self.auth
        try:
            secrets = resolve_secrets(self.vendor, self._api_key)
        except MissingCredentialsError:
            if not placeholder:
                raise
            return self.vendor.keys.render(dict.fromkeys(self.vendor.keys.variables, MASK))
        auth = self.vendor.keys.render(secrets)
        # The rendered values too: a basic scheme's token is the secrets, encoded.
        self.mask([*secrets.values(), *(value.split(" ", 1)[-1] for value in auth.values())])
        self.auth = auth
        return auth

    def mask(self, secrets: Iterable[str]) -> None:
        """Mask ``secrets`` too, from now on, in all that is shown: the key once read, a call's password fields."""
        known = self._secrets.union(secrets)
        if known != self._secrets:
            self._secrets = known
            self.redactor = Redactor(known)


def _describe_character(char: str) -> str:
    if char in "\r\n":
        return "a line break"
    return "a control character" if ord(char) < 0x80 else "a non-ASCII character"


def _checked_secret(vendor: VendorSummary, secret: object, source: str, variable: str) -> str:
    if not isinstance(secret, str):
        kind = type(secret).__name__
        raise ConfigurationError(f"{vendor.id}: {source} must be a string, got a {kind}", vendor=vendor.id)
    secret = secret.strip()
    if not secret:
        raise MissingCredentialsError(
            f"{vendor.id}: no API key: set {variable} (or pass api_keys={{{vendor.id!r}: ...}})",
            vendor=vendor.id,
            variable=variable,
        )
    bad = next((char for char in secret if not " " <= char <= "~"), None)
    if bad is not None:
        # Say what is wrong and where the key came from; never the key.
        raise ConfigurationError(
            f"{vendor.id}: the key in {source} has {_describe_character(bad)}, which an HTTP header cannot carry "
            "(a key is printable ASCII; was a line break pasted with it?)",
            vendor=vendor.id,
        )
    return secret


def resolve_secrets(vendor: VendorSummary, api_key: object) -> dict[str, str]:
    """Each of the vendor's variables -> its secret: from ``api_keys``, else the environment; never empty or unsendable.

    A vendor with one variable takes ``api_keys={id: "..."}``; one with several takes ``{id: {VARIABLE: "..."}}``.
    """
    variables = vendor.keys.variables
    given: Mapping[str, object]
    if api_key is None:
        given = {}
    elif isinstance(api_key, Mapping):
        given = api_key
    elif len(variables) == 1:
        given = {variables[0]: api_key}
    else:
        raise ConfigurationError(
            f"{vendor.id}: api_keys[{vendor.id!r}] must map each of {', '.join(variables)} to its key",
            vendor=vendor.id,
        )
    secrets = {}
    for variable in variables:
        if variable in given:
            source = f"api_keys[{vendor.id!r}]" + (f"[{variable!r}]" if len(variables) > 1 else "")
            secrets[variable] = _checked_secret(vendor, given[variable], source, variable)
        else:
            secrets[variable] = _checked_secret(vendor, os.environ.get(variable, ""), variable, variable)
    return secrets


def resolve_base_url(vendor: VendorSummary, base_url: object, region: object) -> str:
    """Explicit base URL, else ``<VENDOR>_BASE_URL``, else the region's server (the default region's).

    The region is checked even when a base URL replaces it, so a typo never waits for the day the override goes.
    """
    name = vendor.default_region if region is None else region
    if not isinstance(name, str) or name not in vendor.regions:
        raise ConfigurationError(
            f"{vendor.id}: unknown region {shown(name)}; choose one of {', '.join(vendor.regions)}", vendor=vendor.id
        )
    source = "base_url" if base_url is not None else vendor.base_url_env
    url = base_url if base_url is not None else os.environ.get(vendor.base_url_env, "").strip()
    if not url:
        return vendor.regions[name].rstrip("/")  # a spec's server may end with one; ``Target.url`` adds it
    if not isinstance(url, str):
        raise ConfigurationError(f"{vendor.id}: {source} must be a string, got {type(url).__name__}", vendor=vendor.id)
    return _checked_url(vendor, url, source)


def _checked_url(vendor: VendorSummary, url: str, source: str) -> str:
    """``url`` without its trailing slash, where it is an http(s) URL with a host and nothing a base URL must not
    carry (checked with the standard library's parser, so choosing a vendor loads no httpx)."""

    def refuse(problem: str) -> NoReturn:
        # The URL itself is not quoted: it may hold a password.
        raise ConfigurationError(f"{vendor.id}: {source} {problem}", vendor=vendor.id)

    if not url.isprintable() or " " in url:
        refuse("is not a valid URL (it has a space or a control character)")
    try:
        parsed = urllib.parse.urlsplit(url)
        parsed.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        refuse("is not a valid URL")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        refuse("must be an http:// or https:// URL with a host")
    if "@" in parsed.netloc:
        where = " and ".join(vendor.keys.variables)
        refuse(f"carries credentials (user:password@host); the key belongs in {where}, never in a URL")
    if parsed.query or "?" in url:
        refuse("has a query string; a base URL is a scheme, a host and an optional path")
    if parsed.fragment or "#" in url:
        refuse("has a fragment (#...); a base URL is a scheme, a host and an optional path")
    return url.rstrip("/")
