"""A client library for accessing Wallarm FAST API"""

from ._provenance import SPEC_VERSION
from ._provenance import VERSION as __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
    "__version__",
)
