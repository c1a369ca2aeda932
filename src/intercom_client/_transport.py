"""httpx transports that add retries, rate-limit tracking, throttling and typed errors.

Wrapping the transport (as httpx's docs suggest) rather than the client means *every* request made
through the facade's ``httpx.Client`` gets the behaviour: generated endpoints called with
``client.generated``, the paginators, and part B's export downloads (``client._http.stream``).

Only the I/O loop is written twice (sync/async); every decision comes from the shared
:class:`~intercom_client._retry.RetryPolicy`, :class:`~intercom_client._ratelimit.RateLimitTracker`
and the helpers below.

Successful response bodies are never read here, so streaming works. Error bodies are read (they are
small JSON documents) to build the typed exception; a request may opt out of raising with the
``intercom_raise`` extension set to ``False`` (then the caller gets the raw response).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from ._errors import APIConnectionError, APITimeoutError, error_from_response
from ._ratelimit import RateLimitTracker
from ._retry import RetryPolicy

__all__ = ["AsyncRetryTransport", "RetryTransport"]

#: Request extension: ``False`` returns non-2xx responses instead of raising the typed error.
RAISE_EXTENSION = "intercom_raise"


def _connection_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    """The facade's exception for a transport failure (message without headers, so without the token)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", request=request)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"Connection error ({type(exc).__name__}): {detail}", request=request)


def _must_raise(request: httpx.Request, response: httpx.Response) -> bool:
    return not response.is_success and request.extensions.get(RAISE_EXTENSION, True) is not False


class RetryTransport(httpx.BaseTransport):
    """Sync transport: throttle → send → retry per policy → raise typed errors.

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
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = self.policy.next_delay(request, attempt, error=exc)
                if delay is None:
                    raise _connection_error(request, exc) from exc
            else:
                response.request = request
                self.rate_limit.update(response.headers)
                delay = self.policy.next_delay(request, attempt, response=response)
                if delay is None:
                    if _must_raise(request, response):
                        response.read()
                        response.close()
                        raise error_from_response(response)
                    return response
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
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = self.policy.next_delay(request, attempt, error=exc)
                if delay is None:
                    raise _connection_error(request, exc) from exc
            else:
                response.request = request
                self.rate_limit.update(response.headers)
                delay = self.policy.next_delay(request, attempt, response=response)
                if delay is None:
                    if _must_raise(request, response):
                        await response.aread()
                        await response.aclose()
                        raise error_from_response(response)
                    return response
                await response.aclose()
            await self.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()
