"""A client library for accessing LoadForge API"""

from typing import TYPE_CHECKING

from ._provenance import SPEC_VERSION
from ._provenance import VERSION as __version__

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
    "__version__",
)


def __getattr__(name: str) -> object:
    # The client holders (and httpx with them) load on first use: the models and the request
    # builders need neither, and a dry run prints its request without them.
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*globals(), "AuthenticatedClient", "Client"]
