"""The public names of ``intercom_client``: pinned, sorted, and complete for exceptions."""

from __future__ import annotations

import importlib
import pkgutil

import intercom_client
from intercom_client import IntercomError

#: Every name a user may import from ``intercom_client``. Adding one is a decision: update this list.
PUBLIC = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseParseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncIntercom",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContentSourceError",
    "DownloadError",
    "ErrorDetail",
    "ExportCanceledError",
    "ExportError",
    "ExportExpiredError",
    "ExportFailedError",
    "ExportJobLimitError",
    "ExportNotAvailableError",
    "ExportTimeoutError",
    "ExportWindowError",
    "IncompleteDownloadError",
    "Intercom",
    "IntercomConfigError",
    "IntercomError",
    "InternalServerError",
    "InvalidPageError",
    "NotFoundError",
    "Page",
    "PageLimitError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ScrollError",
    "SyncPaginator",
    "UnprocessableEntityError",
]


def test_all_is_pinned_and_sorted() -> None:
    assert sorted(intercom_client.__all__) == intercom_client.__all__
    assert intercom_client.__all__ == PUBLIC
    for name in intercom_client.__all__:
        assert getattr(intercom_client, name) is not None


def test_every_exception_the_package_defines_is_exported() -> None:
    """A user can ``except`` anything the facade raises without importing a private module."""
    for info in pkgutil.iter_modules(intercom_client.__path__):
        if info.name != "cli":
            importlib.import_module(f"intercom_client.{info.name}")
    defined: set[type[BaseException]] = set()
    pending: list[type[BaseException]] = [IntercomError]
    while pending:
        cls = pending.pop()
        if cls.__module__.startswith("intercom_client"):
            defined.add(cls)
        pending.extend(cls.__subclasses__())
    exported = {getattr(intercom_client, name) for name in intercom_client.__all__}
    missing = sorted(cls.__name__ for cls in defined - exported)
    assert missing == [], f"exceptions raised by the facade but not exported: {missing}"
