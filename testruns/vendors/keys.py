"""How a vendor's secrets become request headers: the manifest's ``auth`` entry as plain data.

``testruns.vendors.manifest.VendorAuth`` validates the entry; this is what a client needs of it when it runs. It is
kept free of pydantic, so a client starts without loading it: the generated catalog holds it for every vendor.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["KeyHeaders", "base_url_variable"]


def base_url_variable(vendor_id: str) -> str:
    """The environment variable that replaces a vendor's whole server URL: ``<ID>_BASE_URL``."""
    return f"{vendor_id.upper()}_BASE_URL"


@dataclass(frozen=True)
class KeyHeaders:
    """Which environment variables hold a vendor's secrets, and the headers that carry them.

    Attributes:
        scheme: ``bearer``, ``api_key_header`` or ``basic``.
        headers: for ``api_key_header``, each header and the variable its key comes from.
        env: for ``bearer`` and ``basic``, the variable of the token or user.
        password_env: for ``basic``, the password's variable.
    """

    scheme: str
    headers: tuple[tuple[str, str], ...] = ()
    env: str | None = None
    password_env: str | None = None

    @classmethod
    def from_auth(cls, auth: Mapping[str, Any]) -> KeyHeaders:
        """A validated ``auth`` entry (as the manifest spells it: scheme, env, header or headers, password_env)."""
        scheme = str(auth["scheme"])
        if scheme == "api_key_header":
            pairs = auth.get("headers") or [{"header": auth.get("header"), "env": auth.get("env")}]
            return cls(scheme, tuple((str(pair["header"]), str(pair["env"])) for pair in pairs))
        return cls(scheme, env=auth.get("env"), password_env=auth.get("password_env"))

    @property
    def variables(self) -> tuple[str, ...]:
        """Every environment variable a secret comes from, in order."""
        if self.scheme == "api_key_header":
            return tuple(variable for _, variable in self.headers)
        return tuple(v for v in (self.env, self.password_env) if v)

    @property
    def header_names(self) -> tuple[str, ...]:
        """The headers that carry a secret."""
        if self.scheme == "api_key_header":
            return tuple(header for header, _ in self.headers)
        return ("Authorization",)

    def render(self, secrets: Mapping[str, str]) -> dict[str, str]:
        """The headers to send, given each variable's secret."""
        if self.scheme == "api_key_header":
            return {header: secrets[variable] for header, variable in self.headers}
        if self.scheme == "bearer":
            return {"Authorization": f"Bearer {secrets[self.env or '']}"}
        pair = f"{secrets[self.env or '']}:{secrets[self.password_env or '']}".encode()
        return {"Authorization": f"Basic {base64.b64encode(pair).decode('ascii')}"}
