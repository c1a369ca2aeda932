"""``Intercom`` and ``AsyncIntercom``: one configured httpx client each, plus lazy access to everything else.

Construction validates the configuration and builds the httpx client; it imports no endpoint or model
(that happens on first use of ``.generated``, ``.call`` or a resource method). Shared behaviour lives in
:class:`_BaseIntercom`; the sync and async classes only differ where I/O happens.

The version is chosen once: ``Intercom(version="2.14")`` is an instance of a subclass that also has
``intercom_v2_14.resources.SyncResources`` as a base, so ``client.contacts`` is 2.14's generated
``Contacts`` resource. For type checkers, ``__new__`` is overloaded on the version's ``Literal``
(``_versions.py`` declares one class per version), so the revealed types follow the version.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, overload

import httpx

from ._config import DEFAULT_VERSION, ClientConfig, check_limits, normalise_version, package_for_version
from ._errors import IntercomConfigError
from ._ratelimit import RateLimit, RateLimitTracker
from ._resource import AsyncResourceClient, RequestOptions, SyncResourceClient
from ._retry import RetryPolicy
from ._transport import (
    AsyncLazyHTTPTransport,
    LazyHTTPTransport,
    Transports,
    build_async_client,
    build_client,
)
from .pagination import (
    SCROLL_PATH,
    AsyncPaginator,
    ItemSchema,
    PageFlow,
    PageRequest,
    ScrollFlow,
    ScrollGuard,
    SyncPaginator,
    request_from_endpoint,
    resolve_endpoint,
)

if TYPE_CHECKING:
    from ._versions import (
        AsyncIntercom_2_7,
        AsyncIntercom_2_8,
        AsyncIntercom_2_9,
        AsyncIntercom_2_10,
        AsyncIntercom_2_11,
        AsyncIntercom_2_12,
        AsyncIntercom_2_13,
        AsyncIntercom_2_14,
        AsyncIntercom_2_15,
        AsyncIntercom_2_16,
        AsyncIntercom_Preview,
        Intercom_2_7,
        Intercom_2_8,
        Intercom_2_9,
        Intercom_2_10,
        Intercom_2_11,
        Intercom_2_12,
        Intercom_2_13,
        Intercom_2_14,
        Intercom_2_15,
        Intercom_2_16,
        Intercom_Preview,
    )
    from .ai_content import AIContent, AsyncAIContent
    from .exports import AsyncExports, Exports

__all__ = ["AsyncIntercom", "Intercom"]

_VERSION = "0.1.0"
USER_AGENT = f"intercom-openapi-client/{_VERSION} python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"

#: Connection pool defaults (one pool per client; ``with_options`` copies share it).
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _BaseIntercom:
    """Configuration, headers, lazy generated package, rate-limit view and ``with_options``."""

    _config: ClientConfig
    _rate_limits: RateLimitTracker
    _retry_policy: RetryPolicy
    #: The configured httpx client (sync or async, set by the subclass).
    _http: Any

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
        self._scroll_guard = ScrollGuard()

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
        """The generated package of this version (e.g. ``intercom_v2_14``), imported on first use."""
        return importlib.import_module(package_for_version(self._config.version))

    @cached_property
    def generated(self) -> Any:
        """The generated ``AuthenticatedClient`` running on this facade's httpx client.

        Any generated endpoint (of any version) called with it gets the facade's auth, version header,
        retries and typed errors: ``show_contact.sync_detailed(client=client.generated, id=...)``.
        Its own ``token`` field is a placeholder (auth is on the httpx client), so its repr leaks nothing.
        """
        generated = self.api.AuthenticatedClient(
            base_url=self.base_url, token="<on the facade's httpx client>"
        )
        if self._is_async:
            generated.set_async_httpx_client(self._http)
        else:
            generated.set_httpx_client(self._http)
        return generated

    def operation(self, operation: str) -> ModuleType:
        """The generated endpoint module for ``"METHOD /path"`` in this client's version."""
        table: Mapping[str, str] = importlib.import_module(self.api.__name__ + ".api").OPERATIONS
        try:
            dotted = table[operation]
        except KeyError:
            raise IntercomConfigError(
                f"{operation} is not part of Intercom-Version {self.version}; pick a version that has it"
            ) from None
        return importlib.import_module(f"{self.api.__name__}.api.{dotted}")

    # --- pagination -------------------------------------------------------------------------------------

    def _flow_factory(
        self, request: PageRequest, per_page: int | None, restart: bool
    ) -> Callable[[], PageFlow]:
        if request.url.rstrip("/") == SCROLL_PATH:
            return lambda: ScrollFlow(
                request, base_url=self.base_url, guard=self._scroll_guard, restart=restart
            )
        return lambda: PageFlow(request, base_url=self.base_url, per_page=per_page)

    def _paginate_request(
        self,
        endpoint: ModuleType,
        request: PageRequest,
        *,
        per_page: int | None,
        max_items: int | None,
        raw: bool,
        restart: bool = True,
    ) -> Any:
        """A paginator over ``endpoint``'s pages starting at ``request`` (items: its page model's)."""

        def schema() -> ItemSchema:
            return ItemSchema.for_page_model(None) if raw else ItemSchema.for_endpoint(endpoint)

        return self._paginator_cls(
            self._resource_client(),
            self._flow_factory(request, per_page, restart),
            schema,
            max_items=max_items,
            raw=raw,
        )

    def paginate(
        self,
        endpoint: ModuleType | Callable[..., Any],
        *,
        max_items: int | None = None,
        raw: bool = False,
        restart: bool = True,
        **params: Any,
    ) -> Any:
        """Iterate any generated list/search endpoint (of any version), detecting its pagination style.

        ``params`` are the endpoint's own arguments (``per_page=``, ``body=SearchRequest(...)``...);
        ``per_page`` is checked (1..150) before any request. Items are the endpoint's models.
        The typed methods (``client.contacts.list()``...) are the same paginators with typed items.
        """
        module = resolve_endpoint(endpoint)
        request, per_page = request_from_endpoint(module, params)
        return self._paginate_request(
            module, request, per_page=per_page, max_items=max_items, raw=raw, restart=restart
        )

    _paginator_cls: Any = None

    # --- calling generated endpoints ------------------------------------------------------------------------

    # --- copies -------------------------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | object | None = ...,
        max_retries: int | None = None,
        throttle: bool | None = None,
        version: str | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool and rate-limit state.

        Closing the copy leaves the pool open; closing the original closes it for every copy.
        """
        config = self._config.replace(
            timeout=self._config.timeout if timeout is ... else timeout,
            max_retries=self._config.max_retries if max_retries is None else max_retries,
            throttle=self._config.throttle if throttle is None else throttle,
            version=self._config.version if version is None else normalise_version(version),
        )
        check_limits(timeout=config.timeout, max_retries=config.max_retries)
        new = object.__new__(type(self))  # resources are per instance: the copy builds its own
        new._config = config
        new._rate_limits = self._rate_limits
        new._retry_policy = self._retry_policy.replace(max_retries=config.max_retries)
        new._scroll_guard = self._scroll_guard
        new._inner_transport = self._inner_transport  # type: ignore[attr-defined]
        new._http = new._build_http(self._inner_transport, False)  # type: ignore[attr-defined]
        return new

    @cached_property
    def exports(self) -> Any:
        """Export jobs and downloads (``intercom_client.exports``), imported on first use."""
        from . import exports as _exports

        cls: Any = _exports.AsyncExports if self._is_async else _exports.Exports
        return cls(self)

    @cached_property
    def ai_content(self) -> Any:
        """Fin content library sync (``intercom_client.ai_content``, 2.12+), imported on first use."""
        from . import ai_content as _ai_content

        cls: Any = _ai_content.AsyncAIContent if self._is_async else _ai_content.AIContent
        return cls(self)

    _is_async = False

    def _resource_client(self) -> Any:
        raise NotImplementedError

    def _generated_resource(self, name: str) -> Any | None:
        """A new instance of the version's generated resource ``name`` (``contacts``...), bound to this
        client, or None when the version has none."""
        package = package_for_version(self.version)
        try:
            classes = importlib.import_module(f"{package}.resources._table").CLASSES
        except ImportError:
            return None
        if name not in classes:
            return None
        suffix = "_async" if self._is_async else ""
        module = importlib.import_module(f"{package}.resources.{name}{suffix}")
        return getattr(module, classes[name][self._is_async])(self._resource_client())

    if not TYPE_CHECKING:  # type checkers see the per-version classes of _versions.py instead

        def __getattr__(self, name: str) -> Any:
            """``client.contacts`` & co.: the version's generated resource, built on first use."""
            if name.startswith("_") or "_config" not in self.__dict__:
                raise AttributeError(name)
            value = self._generated_resource(name)
            if value is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r} "
                    f"(and Intercom-Version {self.version} has no resource {name!r})"
                )
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:  # never shows the token
        return f"{type(self).__name__}(version={self.version!r}, base_url={self.base_url!r})"


class _SyncIntercom(_BaseIntercom):
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

    if TYPE_CHECKING:

        @cached_property
        def exports(self) -> Exports: ...

        @cached_property
        def ai_content(self) -> AIContent: ...

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
            inner: Transports[httpx.BaseTransport] = Transports.of(http_client)
            owns = False
        else:
            inner, owns = Transports(LazyHTTPTransport(limits=_LIMITS)), True
        self._inner_transport = inner
        self._http = self._build_http(inner, owns)

    def _build_http(self, inner: Transports[httpx.BaseTransport], owns: bool) -> httpx.Client:
        return build_client(
            inner,
            owns=owns,
            base_url=self._config.base_url,
            headers=self._default_headers(),
            timeout=self._config.timeout,
            policy=self._retry_policy,
            rate_limit=self._rate_limits,
            sleep=lambda seconds: self._sleep(seconds),
            throttle=self._config.throttle,
        )

    _paginator_cls = SyncPaginator

    def _resource_client(self) -> SyncResourceClient:
        return SyncResourceClient(self)

    def _sleep(self, seconds: float) -> None:
        """Every wait of this client (retries, throttle, export polling) goes through here: patch it."""
        time.sleep(seconds)

    def call(self, endpoint: ModuleType | Callable[..., Any], **kwargs: Any) -> Any:
        """Call a generated endpoint (module or function, any version) and return its parsed model.

        Non-2xx responses raise the typed errors (the generated code would return an error model).
        """
        module = resolve_endpoint(endpoint)
        return self._resource_client().request(module, module._get_kwargs(**kwargs), RequestOptions())

    def close(self) -> None:
        """Close the connection pool (a ``with_options`` copy closes only its own wrapper)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Intercom(_SyncIntercom):
    __doc__ = _SyncIntercom.__doc__

    if TYPE_CHECKING:
        # The version chosen once gives the types: Intercom(version="2.16").contacts is 2.16's.
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.14"] = "2.14",
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_14: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.7"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_7: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.8"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_8: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.9"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_9: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.10"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_10: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.11"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_11: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.12"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_12: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.13"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_13: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.15"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_15: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.16"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_2_16: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["Preview"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom_Preview: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: str,
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.Client | None = None,
        ) -> Intercom: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...


class _AsyncIntercom(_BaseIntercom):
    """Asynchronous Intercom client: the same surface as :class:`Intercom`, with awaitable I/O."""

    _http: httpx.AsyncClient
    _is_async = True

    if TYPE_CHECKING:

        @cached_property
        def exports(self) -> AsyncExports: ...

        @cached_property
        def ai_content(self) -> AsyncAIContent: ...

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
            inner: Transports[httpx.AsyncBaseTransport] = Transports.of(http_client)
            owns = False
        else:
            inner, owns = Transports(AsyncLazyHTTPTransport(limits=_LIMITS)), True
        self._inner_transport = inner
        self._http = self._build_http(inner, owns)

    def _build_http(self, inner: Transports[httpx.AsyncBaseTransport], owns: bool) -> httpx.AsyncClient:
        async def sleep(seconds: float) -> None:
            await self._sleep(seconds)

        return build_async_client(
            inner,
            owns=owns,
            base_url=self._config.base_url,
            headers=self._default_headers(),
            timeout=self._config.timeout,
            policy=self._retry_policy,
            rate_limit=self._rate_limits,
            sleep=sleep,
            throttle=self._config.throttle,
        )

    _paginator_cls = AsyncPaginator

    def _resource_client(self) -> AsyncResourceClient:
        return AsyncResourceClient(self)

    async def _sleep(self, seconds: float) -> None:
        """Every wait of this client goes through here (patch it in tests)."""
        import anyio  # only async clients need it: not imported at start-up

        await anyio.sleep(seconds)

    async def call(self, endpoint: ModuleType | Callable[..., Any], **kwargs: Any) -> Any:
        """Async :meth:`Intercom.call`: awaits the request, raises typed errors, returns the parsed model."""
        module = resolve_endpoint(endpoint)
        return await self._resource_client().request(module, module._get_kwargs(**kwargs), RequestOptions())

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncIntercom(_AsyncIntercom):
    __doc__ = _AsyncIntercom.__doc__

    if TYPE_CHECKING:

        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.14"] = "2.14",
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_14: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.7"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_7: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.8"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_8: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.9"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_9: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.10"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_10: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.11"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_11: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.12"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_12: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.13"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_13: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.15"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_15: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["2.16"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_2_16: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: Literal["Preview"],
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom_Preview: ...
        @overload
        def __new__(
            cls,
            token: str | None = None,
            *,
            version: str,
            region: str = "us",
            base_url: str | None = None,
            timeout: float | None = 30.0,
            max_retries: int = 2,
            throttle: bool = False,
            http_client: httpx.AsyncClient | None = None,
        ) -> AsyncIntercom: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...
