"""A client library for accessing Intercom API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .resources._table import RESOURCES

#: The Intercom-Version this package was generated for; every operation sends it by default.
INTERCOM_VERSION = "2.15"

__all__ = (
    "INTERCOM_VERSION",
    "RESOURCES",
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    """The clients and ``RESOURCES`` ("METHOD /path" -> "resource.method"), loaded on first use: the
    facade builds requests without the generated clients (attrs classes), so importing the package
    does not import them."""
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    if name == "RESOURCES":
        from .resources._table import RESOURCES

        return RESOURCES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
