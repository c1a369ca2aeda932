"""A client library for accessing Intercom API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .resources._table import RESOURCES

#: The Intercom-Version this package was generated for; every operation sends it by default.
INTERCOM_VERSION = "2.16"

__all__ = (
    "INTERCOM_VERSION",
    "RESOURCES",
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    """``RESOURCES`` ("METHOD /path" -> "resource.method"), loaded on first use."""
    if name == "RESOURCES":
        from .resources._table import RESOURCES

        return RESOURCES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
