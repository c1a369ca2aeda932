"""A client library for accessing Intercom API"""

from .client import AuthenticatedClient, Client
from .resources import RESOURCES

#: The Intercom-Version this package was generated for; every operation sends it by default.
INTERCOM_VERSION = "2.11"

__all__ = (
    "INTERCOM_VERSION",
    "RESOURCES",
    "AuthenticatedClient",
    "Client",
)
