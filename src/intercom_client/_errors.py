"""The exception tree of the Intercom facade, and the single place where HTTP statuses become exceptions.

::

    IntercomError
    ├── IntercomConfigError (also a ValueError)      bad construction arguments
    ├── APIError                                      anything about one HTTP exchange
    │   ├── APIStatusError                            non-2xx response
    │   │   ├── BadRequestError            400
    │   │   │   └── PageLimitError         400 "page limit reached, please use scroll API" (companies)
    │   │   ├── AuthenticationError        401
    │   │   ├── PermissionDeniedError      403
    │   │   ├── NotFoundError              404
    │   │   ├── ConflictError              409
    │   │   ├── UnprocessableEntityError   422
    │   │   ├── RateLimitError             429
    │   │   │   └── ExportJobLimitError    429 "Exceeded rate limit of 1 pending ... export jobs"
    │   │   └── InternalServerError        >= 500
    │   ├── APIConnectionError                        no response at all
    │   │   └── APITimeoutError
    │   └── APIResponseParseError                     2xx whose body is not the JSON we expected
    ├── PaginationError                               a paginator cannot safely continue
    │   └── ScrollError                               companies scroll rules broken / scroll lost
    ├── ExportError                                   export job lifecycle
    │   ├── ExportFailedError / ExportCanceledError / ExportExpiredError / ExportTimeoutError
    │   ├── ExportNotAvailableError                   the client's version has no such export API
    │   └── ExportWindowError (also a ValueError)     unusable date window (``_dates``)
    ├── DownloadError                                 export download
    │   └── IncompleteDownloadError
    ├── InvalidPageError (also a ValueError)          AI Content page refused before any request
    └── ContentSourceError                            a content source whose pages the API cannot write

Security rule: no message, ``repr`` or ``str`` built here ever includes request headers, so the
bearer token cannot leak through an exception (tests trigger every class and grep for the token).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseParseError",
    "APIStatusError",
    "APITimeoutError",
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
    "IncompleteDownloadError",
    "IntercomConfigError",
    "IntercomError",
    "InternalServerError",
    "InvalidPageError",
    "NotFoundError",
    "PageLimitError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ScrollError",
    "UnprocessableEntityError",
    "error_from_response",
    "is_job_limit",
    "is_job_limit_response",
    "parse_json_object",
    "redact_headers",
]

#: Header names whose values must never be shown (used by anything that logs or formats headers).
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def redact_headers(headers: httpx.Headers | dict[str, str]) -> dict[str, str]:
    """Return a copy of ``headers`` safe to log: credentials replaced by ``[redacted]``."""
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class IntercomError(Exception):
    """Base class of every exception this package raises on purpose."""


class IntercomConfigError(IntercomError, ValueError):
    """Raised at construction when the token, version, region or base URL is unusable.

    A ``ValueError`` too, so callers validating arguments generically still catch it.
    """


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of Intercom's ``{"type": "error.list", "errors": [...]}`` body."""

    code: str | None
    message: str | None
    field: str | None = None


class APIError(IntercomError):
    """Something went wrong with one HTTP exchange with the Intercom API.

    Attributes:
        message: human-readable summary (never contains request headers).
        request: the ``httpx.Request`` when known.
        body: the parsed JSON body when there was one, else ``None``.
    """

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: object | None = None):
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIStatusError(APIError):
    """Raised when the API answers with a non-2xx status (after retries, when the status is retryable).

    Attributes:
        status_code: the HTTP status.
        response: the ``httpx.Response`` (already read or closed).
        headers: the response headers.
        request_id: ``X-Request-Id`` header, else the body's ``request_id``.
        errors: the ``error.list`` entries, possibly empty.
    """

    status_code: int
    response: httpx.Response
    headers: httpx.Headers
    request_id: str | None
    errors: list[ErrorDetail]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        errors: list[ErrorDetail] | None = None,
        request_id: str | None = None,
    ):
        request = _request_of(response)
        super().__init__(message, request=request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.errors = list(errors or [])
        self.request_id = request_id

    @property
    def codes(self) -> list[str]:
        """The ``code`` of every error entry (e.g. ``["not_found"]``), handy for ``in`` checks."""
        return [e.code for e in self.errors if e.code]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """HTTP 400: malformed parameters, or an Intercom rule such as ``scroll_exists``."""


class PageLimitError(BadRequestError):
    """HTTP 400 "page limit reached, please use scroll API": ``POST /companies/list`` stops at 10,000.

    Intercom serves at most 10,000 companies through the paged list (PostHog's Intercom source met it
    in 36 workspaces, github.com/PostHog/posthog pull 63033); past that only the scroll reaches the
    rest. Use ``client.companies.scroll()``.
    """


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing, invalid or revoked."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token's app lacks the scope this endpoint needs."""


class NotFoundError(APIStatusError):
    """HTTP 404: no such object (or, for the companies scroll, no companies at all)."""


class ConflictError(APIStatusError):
    """HTTP 409: a real conflict (never retried: in Intercom it is not transient)."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the body was understood but refused (validation)."""


class RateLimitError(APIStatusError):
    """HTTP 429 after retries were exhausted, or when the server asked for a wait above the cap.

    Attributes:
        retry_after: seconds the server asked us to wait (``Retry-After``/``retry-after-ms``), if given.
        reset_at: ``X-RateLimit-Reset`` as epoch seconds, if given.
    """

    retry_after: float | None
    reset_at: float | None

    def __init__(self, message: str, *, response: httpx.Response, **kwargs: Any):
        super().__init__(message, response=response, **kwargs)
        self.retry_after = parse_retry_after(response.headers)
        self.reset_at = _parse_float(response.headers.get("x-ratelimit-reset"))


class InternalServerError(APIStatusError):
    """HTTP 5xx after retries were exhausted (or not retried: a POST that may have been applied)."""


class APIConnectionError(APIError):
    """No response: DNS, refused connection, reset, TLS... (after retries)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request, body=None)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), after retries."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request)


class APIResponseParseError(APIError):
    """A 2xx response whose body is empty or not JSON where JSON was expected.

    Intercom occasionally sends a 200 with an empty body; GETs retry that (see ``_retry``) before
    this is raised, other methods raise it at once (the write may have been applied).
    """

    response: httpx.Response | None
    status_code: int | None

    def __init__(self, message: str, *, response: httpx.Response | None = None, body: object | None = None):
        super().__init__(message, request=_request_of(response) if response is not None else None, body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class PaginationError(IntercomError):
    """A paginator cannot continue safely: repeated cursor, foreign next URL, unknown page shape."""


class ScrollError(PaginationError):
    """The companies scroll cannot proceed: one already open in this client, or it kept expiring."""


# --- exports and downloads -----------------------------------------------------------------------


class ExportError(IntercomError):
    """An export job did not produce downloadable data.

    Attributes:
        job_id: the export's ``job_identifier`` when one exists (None before creation).
        status: the job's last known status, when known.
    """

    job_id: str | None
    status: str | None

    def __init__(
        self, *args: Any, job_id: str | None = None, status: str | None = None, **kwargs: Any
    ) -> None:
        # Cooperative: ExportJobLimitError also inherits RateLimitError, whose __init__ takes response=...
        super().__init__(*args, **kwargs)
        self.job_id = job_id
        self.status = status


class ExportFailedError(ExportError):
    """The export job ended in status ``failed``."""


class ExportCanceledError(ExportError):
    """The export job was canceled (by us or someone else)."""


class ExportExpiredError(ExportError):
    """The export's results expired (two days after completion) before they were downloaded."""


class ExportTimeoutError(ExportError):
    """The export job did not finish within the caller's ``max_wait`` budget."""


class ExportJobLimitError(ExportError, RateLimitError):
    """HTTP 429 "Exceeded rate limit of 1 pending message data export jobs": one job per workspace.

    Never retried: waiting a few seconds cannot free the workspace's one export slot.
    """


class ExportNotAvailableError(ExportError):
    """The client's Intercom-Version has no such export API (reporting exports need 2.14+ or Preview).

    Raised before any request is sent.
    """


class DownloadError(IntercomError):
    """Downloading export data failed.

    Attributes:
        job_id: the export's ``job_identifier`` when known.
        bytes_received: compressed bytes received in the last attempt.
        attempts: download attempts made (each one starts from scratch).
    """

    job_id: str | None
    bytes_received: int
    attempts: int

    def __init__(
        self, message: str, *, job_id: str | None = None, bytes_received: int = 0, attempts: int = 1
    ) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.bytes_received = bytes_received
        self.attempts = attempts


class IncompleteDownloadError(DownloadError):
    """The download stream ended before the announced length / a valid gzip end."""


# --- mapping --------------------------------------------------------------------------------------

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

#: The one-active-export refusal, in both spellings: content ("... pending message data export jobs")
#: and reporting ("... pending reporting data export jobs").
#: Patterns are compiled (and cached by ``re``) on first use, not at import: errors are off the cold-start path.
_JOB_LIMIT = r"(?i)exceeded rate limit of \d+ pending .*export jobs"
#: POST /companies/list past 10,000 companies (PostHog pull 63033).
_PAGE_LIMIT = r"(?i)page limit reached"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _parse_float(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait per ``retry-after-ms``, then ``Retry-After`` (seconds or HTTP date); else None.

    ``now`` (epoch seconds, default the real clock) turns an HTTP date into a wait. Kept here (not in
    ``_retry``) because ``RateLimitError.retry_after`` needs it too.
    """
    ms = _parse_float(headers.get("retry-after-ms"))
    if ms is not None:
        return max(ms / 1000.0, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _parse_float(raw)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if now is None:
        import time

        now = time.time()
    return max(when.timestamp() - now, 0.0)


def _read_body(response: httpx.Response) -> object | None:
    """Parse the body as JSON, tolerating unread streams, empty bodies and non-JSON text."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        try:
            content = response.read()
        except (httpx.StreamError, httpx.HTTPError):
            return None
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def _details(body: object) -> list[ErrorDetail]:
    if not isinstance(body, dict):
        return []
    raw = body.get("errors")
    if not isinstance(raw, list):
        # Some endpoints answer {"error": "..."} or {"message": "..."}; keep them as one detail.
        msg = body.get("message") or body.get("error")
        return [ErrorDetail(code=None, message=str(msg))] if isinstance(msg, str) else []
    out: list[ErrorDetail] = []
    for item in raw:
        if isinstance(item, dict):
            code, message, fld = item.get("code"), item.get("message"), item.get("field")
            out.append(
                ErrorDetail(
                    code=str(code) if code is not None else None,
                    message=str(message) if message is not None else None,
                    field=str(fld) if fld is not None else None,
                )
            )
    return out


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build (not raise) the typed error for a non-2xx response; the one status → class ladder.

    Reads the body if it was not read yet (streamed responses), parses Intercom's ``error.list``.
    """
    body = _read_body(response)
    errors = _details(body)
    request_id = response.headers.get("x-request-id")
    if not request_id and isinstance(body, dict) and isinstance(body.get("request_id"), str):
        request_id = body["request_id"]
    status = response.status_code
    cls: type[APIStatusError]
    cls = InternalServerError if status >= 500 else _STATUS_CLASSES.get(status, APIStatusError)
    if status == 429 and is_job_limit(errors):
        cls = ExportJobLimitError
    if status == 400 and any(re.search(_PAGE_LIMIT, e.message or "") for e in errors):
        cls = PageLimitError
    summary = "; ".join(f"{e.code}: {e.message}" if e.code else f"{e.message}" for e in errors)
    reason = response.reason_phrase or ""
    request = _request_of(response)
    where = f" for {request.method} {request.url.copy_with(query=None)}" if request is not None else ""
    message = f"HTTP {status} {reason}{where}".rstrip()
    if summary:
        message += f": {summary}"
    if request_id:
        message += f" (request_id={request_id})"
    if cls is PageLimitError:
        message += "; the paged company list stops at 10,000 companies: use client.companies.scroll()"
    return cls(message, response=response, body=body, errors=errors, request_id=request_id)


def is_job_limit(errors: list[ErrorDetail]) -> bool:
    """Whether an error list is the one-active-export-job refusal (content or reporting spelling)."""
    return any(re.search(_JOB_LIMIT, e.message or "") for e in errors)


def is_job_limit_response(response: httpx.Response) -> bool:
    """A 429 carrying the one-active-export-job refusal (reads the body if it was not read yet)."""
    return response.status_code == 429 and is_job_limit(_details(_read_body(response)))


def parse_json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a 2xx response; an empty or non-object body is :class:`APIResponseParseError`.

    The one parser for bodies the facade reads itself (export jobs, datasets, ``/me``, the CLI's
    ``api`` command); the retry policy decides whether such a failure is asked again.
    """
    content = response.content.strip()
    try:
        body = json.loads(content) if content else None
        what = "an empty body" if not content else "a JSON body that is not an object"
    except ValueError:
        body, what = None, "a body that is not JSON"
    if not isinstance(body, dict):
        request = _request_of(response)
        where = f" for {request.method} {request.url.path}" if request is not None else ""
        raise APIResponseParseError(f"HTTP {response.status_code} with {what}{where}", response=response)
    return body


class InvalidPageError(IntercomError, ValueError):
    """A page refused before any request (empty title, duplicate external id, too large, bad URL...).

    Attributes:
        external_id: the page's external id (may be empty when that is the problem).
        origin: where the page came from (a file path, for the CLI), or ``None``.
    """

    def __init__(self, message: str, *, external_id: str, origin: str | None = None) -> None:
        super().__init__(message)
        self.external_id = external_id
        self.origin = origin


class ContentSourceError(IntercomError):
    """The Content Import Source of the URL cannot take pages from the API (its ``sync_behavior``)."""
