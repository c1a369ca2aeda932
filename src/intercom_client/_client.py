"""``Intercom`` and ``AsyncIntercom``: one configured httpx client each, plus lazy access to everything else.

Construction validates the configuration and builds the httpx client; it imports no generated package
(that happens on first use of ``.api``, ``.generated``, ``.call`` or a resource). Shared behaviour lives in
:class:`_BaseIntercom`; the two subclasses only differ where I/O happens.
"""

from __future__ import annotations

import importlib
import platform

import time
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import httpx

from ._config import DEFAULT_VERSION, ClientConfig, package_for_version
from ._ratelimit import RateLimit, RateLimitTracker
from ._retry import RetryPolicy
from ._transport import AsyncRetryTransport, RetryTransport

if TYPE_CHECKING:
    from ._resources import AsyncResources, Resources

__all__ = ["AsyncIntercom", "Intercom"]

_VERSION = "0.1.0"
USER_AGENT = f"intercom-openapi-client/{_VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"

#: Connection pool defaults (one pool per client; ``with_options`` copies share it).
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _BaseIntercom:
    """Configuration, headers, lazy generated package, rate-limit view and ``with_options``."""

    _config: ClientConfig
    _rate_limits: RateLimitTracker
    _retry_policy: RetryPolicy

    def __init__(
        self,
        token: str | None = None,
        version: str = DEFAULT_VERSION,
        region: str = "us",
        base_url: str | None = None,
        timeout: float | None = 30.0,
        max_retries: int = 2,
        throttle: bool = False,
        http_client: Any = None,
    ) -> None:
        self._config = ClientConfig.build(
            token=token,
            version=version,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            throttle=throttle,
        )
        self._rate_limits = RateLimitTracker()
        self._retry_policy = RetryPolicy(max_retries=max_retries)

    # --- read-only configuration --------------------------------------------------------------------

    @property
    def version(self) -> str:
        """The Intercom-Version sent with every request (``"2.14"``, ..., ``"Preview"``)."""
        return self._config.version

    @property
    def base_url(self) -> str:
        """The API root, e.g. ``https://api.intercom.io`` (no trailing slash)."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> float | None:
        return self._config.timeout

    @property
    def rate_limit(self) -> RateLimit | None:
        """``RateLimit(limit, remaining, reset_at)`` from the latest response that carried the headers."""
        return self._rate_limits.latest

    def _default_headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.token}",
            "Intercom-Version": self._config.version,
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }

    # --- the generated package, imported lazily -------------------------------------------------------

    @cached_property
    def api(self) -> ModuleType:
        """The generated package for this client's version (e.g. ``intercom_v2_14``), imported on first use."""
        return importlib.import_module(package_for_version(self._config.version))

    @cached_property
    def exports(self) -> Any:
        """Export jobs and downloads (part B, ``intercom_client.exports``), imported on first use."""
        from . import exports as _exports  # noqa: PLC0415 - optional module, lazily imported

        cls = _exports.AsyncExports if self._is_async else _exports.Exports
        return cls(self)

    _is_async = False

    def __repr__(self) -> str:  # never shows the token
        return f"{type(self).__name__}(version={self.version!r}, base_url={self.base_url!r})"


class Intercom(_BaseIntercom):
    """Synchronous Intercom client.

    Args:
        token: access token; defaults to ``$INTERCOM_ACCESS_TOKEN`` (or ``$INTERCOM_TOKEN``).
        version: Intercom-Version, one of the generated packages (``"2.7"``...``"2.16"``, ``"Preview"``).
        region: ``"us"``, ``"eu"`` or ``"au"`` (ignored when ``base_url`` is given).
        base_url: explicit API root; must be HTTPS unless the host is loopback.
        timeout: seconds per request (connect, read, write, pool), or None for no timeout.
        max_retries: retries after the first attempt (see docs/facade.md "Retries").
        throttle: wait for the rate-limit window to reset when the budget is nearly spent.
        http_client: an ``httpx.Client`` whose transport (proxy, TLS, pool) to use; it stays the caller's.
    """

    _http: httpx.Client

    def __init__(
        self,
        token: str | None = None,
        version: str = DEFAULT_VERSION,
        region: str = "us",
        base_url: str | None = None,
        timeout: float | None = 30.0,
        max_retries: int = 2,
        throttle: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(token, version, region, base_url, timeout, max_retries, throttle, http_client)
        if http_client is not None:
            inner: httpx.BaseTransport = http_client._transport
            owns = False
        else:
            inner, owns = httpx.HTTPTransport(limits=_LIMITS), True
        self._inner_transport = inner
        self._http = self._build_http(inner, owns)

    def _build_http(self, inner: httpx.BaseTransport, owns: bool) -> httpx.Client:
        transport = RetryTransport(
            inner,
            policy=self._retry_policy,
            rate_limit=self._rate_limits,
            sleep=lambda seconds: self._sleep(seconds),
            throttle=self._config.throttle,
            owns_inner=owns,
        )
        return httpx.Client(
            base_url=self._config.base_url,
            headers=self._default_headers(),
            timeout=self._config.timeout,
            transport=transport,
            trust_env=False,  # env proxies would bypass our transport; pass http_client= for proxies
        )

    def _sleep(self, seconds: float) -> None:
        """Every wait of this client (retries, throttle, part B's polling) goes through here: patch it in tests."""
        time.sleep(seconds)

    def close(self) -> None:
        """Close the connection pool (a ``with_options`` copy closes only its own wrapper)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIntercom(_BaseIntercom):
    """Asynchronous Intercom client: the same surface as :class:`Intercom`, with awaitable I/O."""

    _http: httpx.AsyncClient
    _is_async = True

    def __init__(
        self,
        token: str | None = None,
        version: str = DEFAULT_VERSION,
        region: str = "us",
        base_url: str | None = None,
        timeout: float | None = 30.0,
        max_retries: int = 2,
        throttle: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(token, version, region, base_url, timeout, max_retries, throttle, http_client)
        if http_client is not None:
            inner: httpx.AsyncBaseTransport = http_client._transport
            owns = False
        else:
            inner, owns = httpx.AsyncHTTPTransport(limits=_LIMITS), True
        self._inner_transport = inner
        self._http = self._build_http(inner, owns)

    def _build_http(self, inner: httpx.AsyncBaseTransport, owns: bool) -> httpx.AsyncClient:
        async def sleep(seconds: float) -> None:
            await self._sleep(seconds)

        transport = AsyncRetryTransport(
            inner,
            policy=self._retry_policy,
            rate_limit=self._rate_limits,
            sleep=sleep,
            throttle=self._config.throttle,
            owns_inner=owns,
        )
        return httpx.AsyncClient(
            base_url=self._config.base_url,
            headers=self._default_headers(),
            timeout=self._config.timeout,
            transport=transport,
            trust_env=False,
        )

    async def _sleep(self, seconds: float) -> None:
        """Every wait of this client goes through here (patch it in tests)."""
        await anyio.sleep(seconds)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()



