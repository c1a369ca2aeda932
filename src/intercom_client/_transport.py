"""httpx transports that add retries, rate-limit tracking, throttling and typed errors.

Wrapping the transport (as httpx's docs suggest) rather than the client means *every* request made
through the facade's ``httpx.Client`` gets the behaviour: generated endpoints called with
``client.generated``, the paginators, and part B's export downloads (``client._http.stream``).

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

import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._errors import APIConnectionError, APITimeoutError, error_from_response
from ._ratelimit import RateLimitTracker
from ._retry import RetryPolicy

__all__ = ["AsyncLazyHTTPTransport", "AsyncRetryTransport", "LazyHTTPTransport", "RetryTransport"]

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
    return not response.is_success and request.extensions.get(RAISE_EXTENSION, True) is not False


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
    """Sync transport: throttle → send (and read JSON) → retry per policy → raise typed errors.

    Args:
        inner: the transport doing the I/O (an ``httpx.HTTPTransport``, or a ``MockTransport`` in tests).
        policy: when and how long to retry.
        rate_limit: where response rate-limit headers are recorded.
        sleep: how to wait; a callable looked up at call time, so patching the client's ``_sleep``
            also affects retries.
        throttle: wait before sending when the rate-limit budget is nearly spent.
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
        while True:
            if self.throttle and (wait := self.rate_limit.throttle_wait()) > 0:
                self.sleep(wait)
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = self.inner.handle_request(request)
                response.request = request
                self.rate_limit.update(response.headers)
                if _buffer(request, response):
                    response.read()
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                response, error = None, exc
            delay = self.policy.next_delay(request, attempt, response=response, error=error)
            if delay is None:
                if error is not None:
                    raise _connection_error(request, error) from error
                assert response is not None
                if _must_raise(request, response):
                    try:
                        response.read()
                    except httpx.TransportError:
                        pass  # the status alone still makes a typed error
                    finally:
                        response.close()
                    raise error_from_response(response)
                return response
            if response is not None:
                response.close()  # free the connection before sleeping
            self.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport` (same policy objects; only the awaits differ)."""

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
        while True:
            if self.throttle and (wait := self.rate_limit.throttle_wait()) > 0:
                await self.sleep(wait)
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = await self.inner.handle_async_request(request)
                response.request = request
                self.rate_limit.update(response.headers)
                if _buffer(request, response):
                    await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                response, error = None, exc
            delay = self.policy.next_delay(request, attempt, response=response, error=error)
            if delay is None:
                if error is not None:
                    raise _connection_error(request, error) from error
                assert response is not None
                if _must_raise(request, response):
                    try:
                        await response.aread()
                    except httpx.TransportError:
                        pass
                    finally:
                        await response.aclose()
                    raise error_from_response(response)
                return response
            if response is not None:
                await response.aclose()
            await self.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()
