"""Intercom REST API client: a hand-written facade over one generated package per Intercom-Version.

``Intercom`` / ``AsyncIntercom`` carry auth, the Intercom-Version header, retries, rate-limit tracking,
typed errors and pagination; every generated endpoint can be called through them (``client.generated``,
``client.call``). See docs/facade.md.
"""

from ._client import AsyncIntercom, Intercom
from ._dates import ExportWindowError
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseParseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentSourceError,
    DownloadError,
    ErrorDetail,
    ExportCanceledError,
    ExportError,
    ExportExpiredError,
    ExportFailedError,
    ExportJobLimitError,
    ExportNotAvailableError,
    ExportTimeoutError,
    IncompleteDownloadError,
    IntercomConfigError,
    IntercomError,
    InternalServerError,
    InvalidPageError,
    NotFoundError,
    PageLimitError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ScrollError,
    UnprocessableEntityError,
)
from ._logs import setup_logging as _setup_logging
from ._ratelimit import RateLimit
from ._resource import APIResponse
from .pagination import AsyncPaginator, Page, SyncPaginator

__all__ = [
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

_setup_logging()
