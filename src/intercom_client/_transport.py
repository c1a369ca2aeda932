"""httpx transports that add retries, rate limiting, logging and typed errors; and the client built on them.

Wrapping the transport (as httpx's docs suggest) rather than the client means *every* request made
through the facade's ``httpx.Client`` gets the behaviour: generated endpoints called with
``client.generated``, the paginators, the export jobs and their downloads.

A caller's own ``http_client`` is honoured whole: its default transport *and every mount* (httpx
keeps ``proxy=``, ``mounts=`` and, with ``trust_env=True``, the environment's ``HTTPS_PROXY`` in
mounts) are each wrapped (:class:`Transports`), so a proxy is used exactly when the caller's client
would use it. Redirects are followed by the facade's httpx client (``follow_redirects=True``), which
drops ``Authorization`` when a redirect leaves the API's origin; the retry transport hands 3xx answers
back to it instead of raising.

Logging: the ``intercom_client`` logger gets one DEBUG line per attempt (method, URL, status, headers
with credentials redacted) and one INFO line per retry (why, and how long it waits); ``INTERCOM_LOG=debug``
(or ``info``) turns it on (see ``_logs``). The number of retries a request took is left on its response
as the ``intercom_retries`` extension (``response.extensions["intercom_retries"]``), errors included
(``exc.response.extensions``).

Only the I/O loop is written twice (sync/async); every decision comes from the shared
:class:`~intercom_client._retry.RetryPolicy`, :class:`~intercom_client._ratelimit.RateLimitTracker`
and the helpers below.

Bodies: a 2xx answer to a request that asked for JSON (``Accept: application/json``, the client
default) is read inside the retry loop, so a connection dropped mid-body is retried like any other
network error (GET/PUT/DELETE) instead of escaping as a raw ``httpx.RemoteProtocolError``. Anything
else (``Accept: application/octet-stream`` downloads, or a request with the ``intercom_stream``
extension) is returned unread, so ``client._http.stream(...)`` really streams. Error bodies are read
(small JSON documents) to build the typed exception; a request may opt out of raising with the
``intercom_raise`` extension set to ``False`` (then the caller gets the raw response).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError, error_from_response, redact_headers
from ._logs import logger as log
from ._ratelimit import RateLimitTracker, Token
from ._record import FrozenRecord
from ._retry import RetryPolicy

__all__ = [
    "RETRIES_EXTENSION",
    "AsyncLazyHTTPTransport",
    "AsyncRetryTransport",
    "LazyHTTPTransport",
    "RetryTransport",
    "Transports",
    "build_async_client",
    "build_client",
]

#: Response extension: how many retries the request took (0 when the first attempt was final).
RETRIES_EXTENSION = "intercom_retries"

#: Request extension: ``False`` returns non-2xx responses instead of raising the typed error.
RAISE_EXTENSION = "intercom_raise"


def _connection_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    """The facade's exception for a transport failure (message without headers, so without the token)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", request=request)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"Connection error ({type(exc).__name__}): {detail}", request=request)


#: Request extension: ``True`` never reads a successful body in the transport (true streaming of JSON).
STREAM_EXTENSION = "intercom_stream"


def _must_raise(request: httpx.Request, response: httpx.Response) -> bool:
    """Non-2xx answers become typed errors, except redirects (the httpx client follows them)."""
    if response.is_success or response.is_redirect:
        return False
    return request.extensions.get(RAISE_EXTENSION, True) is not False


def _read_error(response: httpx.Response) -> bool:
    """Read this body before deciding? Error bodies are small JSON documents the policy may need."""
    return not response.is_success and not response.is_redirect


def _outcome(response: httpx.Response | None, error: Exception | None) -> str:
    if error is not None:
        return type(error).__name__
    assert response is not None
    return f"HTTP {response.status_code}"


def _log_attempt(request: httpx.Request, response: httpx.Response | None, error: Exception | None) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "HTTP %s %s -> %s; request headers %s",
            request.method,
            request.url,
            _outcome(response, error),
            redact_headers(request.headers),
        )


def _log_retry(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    delay: float,
    attempt: int,
    max_retries: int,
) -> None:
    log.info(
        "Retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        request.url.copy_with(query=None),
        delay,
        attempt + 1,
        max_retries,
        _outcome(response, error),
    )


def _buffer(request: httpx.Request, response: httpx.Response) -> bool:
    """Read this successful body inside the retry loop? Only for JSON API calls, never for downloads."""
    return (
        response.is_success
        and "json" in request.headers.get("accept", "")
        and not request.extensions.get(STREAM_EXTENSION)
    )


class LazyHTTPTransport(httpx.BaseTransport):
    """An ``httpx.HTTPTransport`` created on the first request, not when the client is constructed.

    Building one creates an SSL context (about 30 ms): a client constructed and never used, or used
    after start-up, should not pay that at construction.
    """

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._inner: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def _get(self) -> httpx.HTTPTransport:
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    self._inner = httpx.HTTPTransport(**self._kwargs)
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._get().handle_request(request)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class AsyncLazyHTTPTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`LazyHTTPTransport` (one event loop per client: no lock needed)."""

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._inner: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport(**self._kwargs)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


class RetryTransport(httpx.BaseTransport):
    """Sync transport: wait for a rate-limit slot → send (and read JSON) → retry per policy → raise typed errors.

    Args:
        inner: the transport doing the I/O (an ``httpx.HTTPTransport``, a proxy mount, or a
            ``MockTransport`` in tests).
        policy: when and how long to retry.
        rate_limit: the client's shared limiter (also where response headers are recorded).
        sleep: how to wait; a callable looked up at call time, so patching the client's ``_sleep``
            also affects retries.
        throttle: ask the limiter before every request (otherwise only before retrying a 429).
        owns_inner: close ``inner`` on ``close()`` (False for ``with_options`` copies sharing a pool).
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        policy: RetryPolicy,
        rate_limit: RateLimitTracker,
        sleep: Callable[[float], None],
        throttle: bool = False,
        owns_inner: bool = True,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.rate_limit = rate_limit
        self.sleep = sleep
        self.throttle = throttle
        self.owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        gate = self.throttle
        while True:
            token: Token | None = None
            while gate:
                wait, token = self.rate_limit.reserve(token)
                if wait <= 0:
                    break
                self.sleep(wait)
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = self.inner.handle_request(request)
                response.request = request
                self.rate_limit.update(response.headers, response.status_code)
                if _buffer(request, response) or _read_error(response):
                    response.read()
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                response, error = None, exc
                self.rate_limit.abandon()
            _log_attempt(request, response, error)
            delay = self.policy.next_delay(request, attempt, response=response, error=error)
            if delay is None:
                if error is not None:
                    raise _connection_error(request, error) from error
                assert response is not None
                response.extensions = {**response.extensions, RETRIES_EXTENSION: attempt}
                if _must_raise(request, response):
                    response.close()
                    raise error_from_response(response)
                return response
            _log_retry(request, response, error, delay, attempt, self.policy.max_retries)
            paced = self.policy.paces_retry(response)
            if response is not None:
                response.close()  # free the connection before sleeping
            if paced:
                gate = True  # the shared limiter says when: it knows the window and the server's clock
            else:
                self.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport` (same policy and limiter objects; only the awaits differ)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy,
        rate_limit: RateLimitTracker,
        sleep: Callable[[float], Awaitable[None]],
        throttle: bool = False,
        owns_inner: bool = True,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.rate_limit = rate_limit
        self.sleep = sleep
        self.throttle = throttle
        self.owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        gate = self.throttle
        while True:
            token: Token | None = None
            while gate:
                wait, token = self.rate_limit.reserve(token)
                if wait <= 0:
                    break
                await self.sleep(wait)
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = await self.inner.handle_async_request(request)
                response.request = request
                self.rate_limit.update(response.headers, response.status_code)
                if _buffer(request, response) or _read_error(response):
                    await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                response, error = None, exc
                self.rate_limit.abandon()
            _log_attempt(request, response, error)
            delay = self.policy.next_delay(request, attempt, response=response, error=error)
            if delay is None:
                if error is not None:
                    raise _connection_error(request, error) from error
                assert response is not None
                response.extensions = {**response.extensions, RETRIES_EXTENSION: attempt}
                if _must_raise(request, response):
                    await response.aclose()
                    raise error_from_response(response)
                return response
            _log_retry(request, response, error, delay, attempt, self.policy.max_retries)
            paced = self.policy.paces_retry(response)
            if response is not None:
                await response.aclose()
            if paced:
                gate = True  # the shared limiter says when: it knows the window and the server's clock
            else:
                await self.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()


# --- the facade's httpx clients ---------------------------------------------------------------------

T = TypeVar("T", httpx.BaseTransport, httpx.AsyncBaseTransport)


class Transports(FrozenRecord, Generic[T]):
    """The transports a facade client does its I/O through: a default one and the mounts of a caller's client.

    Shared by a client and its ``with_options`` copies (one pool). ``mounts`` maps httpx URL patterns
    (``"all://"``, ``"https://api.intercom.io"``...) to a transport, or to None (no proxy there).
    """

    __slots__ = _fields = ("default", "mounts")
    default: T
    mounts: Mapping[str, T | None]

    def __init__(self, default: T, mounts: Mapping[str, T | None] | None = None) -> None:
        self._set("default", default)
        self._set("mounts", {} if mounts is None else mounts)

    @classmethod
    def of(cls, http_client: httpx.Client | httpx.AsyncClient) -> Transports[Any]:
        """Everything ``http_client`` would send through: its transport and every mount, proxies included."""
        mounts = {pattern.pattern: transport for pattern, transport in http_client._mounts.items()}
        return cls(http_client._transport, mounts)  # type: ignore[arg-type]

    def wrapped(self, wrap: Callable[[T], T]) -> tuple[T, dict[str, T | None]]:
        """``wrap`` applied to the default transport and to every mounted one."""
        return wrap(self.default), {p: (wrap(t) if t is not None else None) for p, t in self.mounts.items()}


def build_client(
    transports: Transports[httpx.BaseTransport],
    *,
    owns: bool,
    base_url: str,
    headers: Mapping[str, str],
    timeout: float | None,
    policy: RetryPolicy,
    rate_limit: RateLimitTracker,
    sleep: Callable[[float], None],
    throttle: bool,
) -> httpx.Client:
    """The facade's sync httpx client: every transport and mount wrapped in one retry policy and limiter."""

    def wrap(inner: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryTransport(
            inner, policy=policy, rate_limit=rate_limit, sleep=sleep, throttle=throttle, owns_inner=owns
        )

    transport, mounts = transports.wrapped(wrap)
    return httpx.Client(
        base_url=base_url,
        headers=dict(headers),
        timeout=timeout,
        transport=transport,
        mounts=mounts,
        follow_redirects=True,
        # The caller's environment proxies are already in ``transports.mounts`` when its client trusts
        # the environment; reading it again here would add mounts around our wrappers.
        trust_env=False,
    )


def build_async_client(
    transports: Transports[httpx.AsyncBaseTransport],
    *,
    owns: bool,
    base_url: str,
    headers: Mapping[str, str],
    timeout: float | None,
    policy: RetryPolicy,
    rate_limit: RateLimitTracker,
    sleep: Callable[[float], Awaitable[None]],
    throttle: bool,
) -> httpx.AsyncClient:
    """Async twin of :func:`build_client`."""

    def wrap(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return AsyncRetryTransport(
            inner, policy=policy, rate_limit=rate_limit, sleep=sleep, throttle=throttle, owns_inner=owns
        )

    transport, mounts = transports.wrapped(wrap)
    return httpx.AsyncClient(
        base_url=base_url,
        headers=dict(headers),
        timeout=timeout,
        transport=transport,
        mounts=mounts,
        follow_redirects=True,
        trust_env=False,
    )
