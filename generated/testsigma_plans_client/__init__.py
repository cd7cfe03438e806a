"""A client library for accessing Testsigma Test Plan Execution API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
