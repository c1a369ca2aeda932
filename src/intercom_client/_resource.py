"""What a resource or flow sees of its client: request, send, stream, paginate, sleep (nothing private).

The typed resources (``intercom_v2_14.resources.contacts.Contacts``...) are generated per version; each
method builds its request with the endpoint's own ``_get_kwargs`` and hands it here with the per-call
options. :class:`SyncResourceClient`/:class:`AsyncResourceClient` are the only bridge from a resource
to ``Intercom``/``AsyncIntercom`` (after openai-python's ``_resource.py``), so a resource never reaches
into the client's attributes, and ``with_raw_response`` is the same resource over a bridge that
returns :class:`APIResponse` instead of the parsed model. The hand-written flows (exports and their
downloads, paginators, the CLI's ``api`` command) use the same bridge: ``send``/``stream`` take a
request already built by a generated ``_get_kwargs`` and answer it as received, with the client's
auth, retries and typed errors; ``stream_foreign`` is the one request that leaves the API's host.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
)
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._errors import APIResponseParseError
from ._ratelimit import RateLimitTracker
from ._record import FrozenRecord
from ._retry import IDEMPOTENT_EXTENSION, RetryPolicy, is_search
from ._transport import RETRIES_EXTENSION, build_async_client, build_client

if TYPE_CHECKING:
    from ._client import _AsyncIntercom, _BaseIntercom, _SyncIntercom
    from .pagination import AsyncPaginator, SyncPaginator

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "AsyncAPIResource",
    "AsyncResourceClient",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "SyncAPIResource",
    "SyncResourceClient",
    "Timeout",
]

T = TypeVar("T")

Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
Timeout = float | httpx.Timeout | None


class NotGiven:
    """ "Not passed", told apart from ``None`` (which means "no timeout"), as httpx's USE_CLIENT_DEFAULT."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions(FrozenRecord):
    """Per-call settings every generated method takes, merged over what ``_get_kwargs`` built."""

    __slots__ = _fields = ("extra_headers", "extra_query", "extra_body", "timeout")
    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: Timeout | NotGiven

    def __init__(
        self,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        self._set("extra_headers", extra_headers)
        self._set("extra_query", extra_query)
        self._set("extra_body", extra_body)
        self._set("timeout", timeout)

    def apply(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """httpx ``request()`` keyword arguments: the endpoint's, with these options on top."""
        merged = dict(kwargs)
        merged["method"] = str(merged["method"]).upper()
        if self.extra_headers:
            merged["headers"] = {**(merged.get("headers") or {}), **self.extra_headers}
        if self.extra_query:
            merged["params"] = {**(merged.get("params") or {}), **self.extra_query}
        if self.extra_body:
            body = merged.get("json")
            if body is not None and not isinstance(body, Mapping):
                raise TypeError("extra_body needs a JSON object body to merge into")
            merged["json"] = {**(body or {}), **self.extra_body}
        if not isinstance(self.timeout, NotGiven):
            merged["timeout"] = self.timeout
        if is_search(merged["method"], str(merged["url"])):
            merged["extensions"] = {**(merged.get("extensions") or {}), IDEMPOTENT_EXTENSION: True}
        return merged


class APIResponse(Generic[T]):
    """An answer as received, from ``client.<resource>.with_raw_response.<method>(...)``.

    ``parse()`` gives what the plain method returns (the model); non-2xx answers raise the typed
    errors before this object exists, as the plain methods do.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """Intercom's ``X-Request-Id``: quote it to Intercom support."""
        return self.http_response.headers.get("x-request-id")

    @property
    def retries_taken(self) -> int | None:
        """Retries the transport made before this answer, when the transport records them (else None)."""
        value = self.http_response.extensions.get(RETRIES_EXTENSION)
        return value if isinstance(value, int) else None

    def parse(self) -> T:
        return self._parse()

    def __repr__(self) -> str:
        return f"<APIResponse {self.status_code} request_id={self.request_id!r}>"


def _parse(client: _BaseIntercom, endpoint: ModuleType, response: httpx.Response) -> Any:
    """The endpoint's own parse of a 2xx answer; a body that is not JSON is APIResponseParseError."""
    try:
        return endpoint._parse_response(client=client.generated, response=response)
    except ValueError as exc:  # json.JSONDecodeError included
        what = "an empty body" if not response.content.strip() else "a body that is not valid JSON"
        raise APIResponseParseError(
            f"HTTP {response.status_code} with {what} where the endpoint expects JSON", response=response
        ) from exc


class _ResourceClientBase:
    """Shared by both bridges: the package it belongs to and how a paginator is built."""

    def __init__(self, client: _BaseIntercom, *, raw: bool = False) -> None:
        self._client = client
        self.raw = raw

    @property
    def package(self) -> str:
        """The generated package of the client's version (``intercom_v2_14``)."""
        return str(self._client.api.__name__)

    @property
    def version(self) -> str:
        """The client's Intercom-Version (``"2.14"``...)."""
        return self._client.version

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        """The client's one retry policy (flows ask it, e.g., how long to wait before restarting a download)."""
        return self._client._retry_policy

    def _foreign_settings(self, accept: str) -> dict[str, Any]:
        """A client for a foreign host: no base URL, no Authorization, no Intercom headers (it learns
        nothing of ours), but the same transports (a caller's proxy applies there too), retry policy
        and typed errors; its own rate limiter, since a storage host's limits are not the API's."""
        return {
            "owns": False,  # the transports are the facade client's: closing this one leaves them open
            "base_url": "",
            "headers": {"Accept": accept},
            "timeout": self._client.timeout,
            "policy": self._client._retry_policy,
            "rate_limit": RateLimitTracker(),
            "throttle": False,
        }

    def _result(self, endpoint: ModuleType, response: httpx.Response) -> Any:
        """The parsed model, or with ``with_raw_response`` the response with a deferred parse."""
        if self.raw:
            return APIResponse(response, lambda: _parse(self._client, endpoint, response))
        return _parse(self._client, endpoint, response)

    def _paginator(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        search: tuple[Any, int | None] | None,
        max_items: int | None,
        raw: bool,
        restart: bool,
    ) -> Any:
        if self.raw:
            raise TypeError(
                "with_raw_response is for single requests; a list is a paginator: use .pages() "
                "(each page's JSON is page.raw)"
            )
        from .pagination import page_request

        request, per_page = page_request(endpoint, options.apply(kwargs), search)
        return self._client._paginate_request(
            endpoint, request, per_page=per_page, max_items=max_items, raw=raw, restart=restart
        )


class SyncResourceClient(_ResourceClientBase):
    """The bridge from a resource to :class:`~intercom_client.Intercom`."""

    _client: _SyncIntercom

    def request(self, endpoint: ModuleType, kwargs: Mapping[str, Any], options: RequestOptions) -> Any:
        return self._result(endpoint, self._client._http.request(**options.apply(kwargs)))

    def paginate(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        search: tuple[Any, int | None] | None = None,
        max_items: int | None = None,
        raw: bool = False,
        restart: bool = True,
    ) -> SyncPaginator[Any]:
        paginator: SyncPaginator[Any] = self._paginator(
            endpoint, kwargs, options, search=search, max_items=max_items, raw=raw, restart=restart
        )
        return paginator

    def send(self, kwargs: Mapping[str, Any]) -> httpx.Response:
        """A built request (httpx arguments from a generated ``_get_kwargs``), answered as received."""
        return self._client._http.request(**kwargs)

    def stream(self, kwargs: Mapping[str, Any]) -> AbstractContextManager[httpx.Response]:
        """A built request with the body left unread (downloads): ``with bridge.stream(...) as r``."""
        return self._client._http.stream(**kwargs)

    @contextmanager
    def stream_foreign(self, url: str, *, accept: str) -> Iterator[httpx.Response]:
        """``GET url`` on another host (a file's storage URL), through a client that carries none of
        our credentials (see ``_foreign_settings``), body unread."""
        settings = self._foreign_settings(accept)
        with (
            build_client(self._client._inner_transport, sleep=self._client._sleep, **settings) as plain,
            plain.stream("GET", url) as response,
        ):
            yield response

    def sleep(self, seconds: float) -> None:
        self._client._sleep(seconds)

    def with_raw_response(self) -> SyncResourceClient:
        return SyncResourceClient(self._client, raw=True)


class AsyncResourceClient(_ResourceClientBase):
    """The bridge from a resource to :class:`~intercom_client.AsyncIntercom`."""

    _client: _AsyncIntercom

    async def request(self, endpoint: ModuleType, kwargs: Mapping[str, Any], options: RequestOptions) -> Any:
        return self._result(endpoint, await self._client._http.request(**options.apply(kwargs)))

    def paginate(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        *,
        search: tuple[Any, int | None] | None = None,
        max_items: int | None = None,
        raw: bool = False,
        restart: bool = True,
    ) -> AsyncPaginator[Any]:
        paginator: AsyncPaginator[Any] = self._paginator(
            endpoint, kwargs, options, search=search, max_items=max_items, raw=raw, restart=restart
        )
        return paginator

    async def send(self, kwargs: Mapping[str, Any]) -> httpx.Response:
        """A built request (httpx arguments from a generated ``_get_kwargs``), answered as received."""
        return await self._client._http.request(**kwargs)

    def stream(self, kwargs: Mapping[str, Any]) -> AbstractAsyncContextManager[httpx.Response]:
        """A built request with the body left unread: ``async with bridge.stream(...) as r``."""
        return self._client._http.stream(**kwargs)

    @asynccontextmanager
    async def stream_foreign(self, url: str, *, accept: str) -> AsyncIterator[httpx.Response]:
        """Async :meth:`SyncResourceClient.stream_foreign`."""
        settings = self._foreign_settings(accept)
        async with (
            build_async_client(self._client._inner_transport, sleep=self._client._sleep, **settings) as plain,
            plain.stream("GET", url) as response,
        ):
            yield response

    async def sleep(self, seconds: float) -> None:
        await self._client._sleep(seconds)

    def with_raw_response(self) -> AsyncResourceClient:
        return AsyncResourceClient(self._client, raw=True)


# --- the base classes of the generated resources ------------------------------------------------------


class _APIResourceBase:
    def _body(self, model: type | None, body: Any, fields: Mapping[str, Any], *, required: bool) -> Any:
        """The request body: the model given, one built from a mapping, or one built from keywords.

        A model of another Intercom-Version is refused here (it would be sent with this client's
        ``Intercom-Version`` header and may not mean the same thing).
        """
        own: str = self._client.package  # type: ignore[attr-defined]
        unset = importlib.import_module(f"{own}.types").UNSET
        given = {name: value for name, value in fields.items() if value is not unset}
        if body is not None and given:
            raise TypeError(
                f"pass either the whole body (a model or a dict) or keyword arguments "
                f"({', '.join(sorted(given))}), not both"
            )
        if body is None:
            if model is None:
                if required:
                    raise TypeError("this operation needs body=")
                return unset
            if not given and not required:
                return unset
            return model(**given)
        if model is not None and isinstance(body, Mapping):
            return model.from_dict(dict(body))  # type: ignore[attr-defined]
        package = type(body).__module__.split(".", 1)[0]
        if package.startswith("intercom_") and package != own:
            raise TypeError(
                f"{type(body).__name__} comes from {package}, but this client speaks {own}: build the "
                f"body with {own}.models (or pass a dict), so it matches the Intercom-Version sent"
            )
        return body


class SyncAPIResource(_APIResourceBase):
    """Base of the generated resources of ``Intercom``."""

    def __init__(self, client: SyncResourceClient) -> None:
        self._client = client

    def _request(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        return self._client.request(
            endpoint, kwargs, RequestOptions(extra_headers, extra_query, extra_body, timeout)
        )

    def _paginate(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        *,
        search: tuple[Any, int | None] | None = None,
        max_items: int | None,
        raw: bool,
        restart: bool = True,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.paginate(
            endpoint, kwargs, options, search=search, max_items=max_items, raw=raw, restart=restart
        )

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning :class:`APIResponse` (status, headers, request id, ``parse()``)."""
        return type(self)(self._client.with_raw_response())


class AsyncAPIResource(_APIResourceBase):
    """Base of the generated resources of ``AsyncIntercom``."""

    def __init__(self, client: AsyncResourceClient) -> None:
        self._client = client

    async def _request(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        return await self._client.request(
            endpoint, kwargs, RequestOptions(extra_headers, extra_query, extra_body, timeout)
        )

    def _paginate(
        self,
        endpoint: ModuleType,
        kwargs: Mapping[str, Any],
        *,
        search: tuple[Any, int | None] | None = None,
        max_items: int | None,
        raw: bool,
        restart: bool = True,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        return self._client.paginate(
            endpoint, kwargs, options, search=search, max_items=max_items, raw=raw, restart=restart
        )

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning :class:`APIResponse` once awaited."""
        return type(self)(self._client.with_raw_response())
