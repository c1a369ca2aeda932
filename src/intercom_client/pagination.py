"""Iterate over every Intercom list, whatever its pagination style.

Intercom mixes five styles (docs/facade.md has the endpoint table):

=====================  =====================================================================
cursor (query)         GET /contacts, GET /conversations: ``pages.next.starting_after`` → ``?starting_after=``
cursor (body)          POST .../search: ``{"pagination": {"per_page", "starting_after"}}`` in the body
numbered               POST /companies/list (and any list with ``page``/``total_pages``): ``?page=N+1``
next URL               GET /articles, notes...: ``pages.next`` is a full URL, followed only on our host
scroll                 GET /companies/scroll: ``scroll_param``, one per workspace, ends on empty ``data``
=====================  =====================================================================

Design (after httpx's ``Auth.auth_flow`` and openai's ``PageInfo``): a *flow* is pure logic, "given
the request just made and the page it returned, what is the next request, or are we done?"
(:class:`PageFlow`, :class:`ScrollFlow`). The paginators (:class:`SyncPaginator`,
:class:`AsyncPaginator`) only run the I/O loop, once sync and once async. The style is detected from
each response's shape, so :meth:`Intercom.paginate` works for any generated list or search endpoint.

Items are the version's generated models (``Contact``, ``Company``...), parsed with ``from_dict`` one
page at a time as pages arrive; pass ``raw=True`` to get the JSON dicts instead.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

from ._config import origin
from ._errors import (
    APIError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    ScrollError,
    parse_json_object,
)
from ._record import FrozenRecord
from ._retry import IDEMPOTENT_EXTENSION, is_search

if TYPE_CHECKING:
    from ._resource import AsyncResourceClient, SyncResourceClient

__all__ = [
    "MAX_PER_PAGE",
    "AsyncPaginator",
    "Page",
    "PageFlow",
    "PageRequest",
    "ScrollFlow",
    "ScrollGuard",
    "SyncPaginator",
    "check_per_page",
    "page_request",
    "search_body",
]

T = TypeVar("T")

#: Intercom refuses larger pages (PR #639); we refuse them before sending anything.
MAX_PER_PAGE = 150

#: Keys under which list endpoints put their items, tried after the page model's own list field.
_ITEM_KEYS = ("data", "conversations", "tickets", "contacts", "companies", "articles", "notes", "tags")


def check_per_page(per_page: object) -> int | None:
    """``None`` or an int in 1..150; anything else is a ``ValueError`` raised before any request."""
    if per_page is None:
        return None
    if isinstance(per_page, bool) or not isinstance(per_page, int):
        raise ValueError(f"per_page must be an integer between 1 and {MAX_PER_PAGE}, got {per_page!r}")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(
            f"per_page must be between 1 and {MAX_PER_PAGE} (Intercom's maximum), got {per_page}"
        )
    return per_page


def _check_max_items(max_items: object) -> int | None:
    if max_items is None:
        return None
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        raise ValueError(f"max_items must be a non-negative integer, got {max_items!r}")
    return max_items


# --- requests and pages -------------------------------------------------------------------------------


class PageRequest(FrozenRecord):
    """One page request, independent of sync/async: what the I/O loop sends."""

    __slots__ = _fields = ("method", "url", "params", "json", "headers", "timeout")
    method: str
    url: str
    params: Mapping[str, Any]
    json: Any
    headers: Mapping[str, str]
    #: A per-call timeout (httpx's), kept for every page; ``None`` = the client's.
    timeout: Any

    def __init__(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: Any = None,
    ) -> None:
        self._set("method", method)
        self._set("url", url)
        self._set("params", {} if params is None else params)
        self._set("json", json)
        self._set("headers", {} if headers is None else headers)
        self._set("timeout", timeout)

    @property
    def extensions(self) -> dict[str, Any]:
        ext: dict[str, Any] = {}
        if is_search(self.method, self.url):
            ext[IDEMPOTENT_EXTENSION] = True  # search is read-only: safe to retry like a GET
        return ext

    def httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"method": self.method, "url": self.url, "extensions": self.extensions}
        if self.params:
            kwargs["params"] = dict(self.params)
        if self.json is not None:
            kwargs["json"] = self.json
        if self.headers:
            kwargs["headers"] = dict(self.headers)
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        return kwargs


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items (typed models unless ``raw``), the raw JSON, and its 1-based position."""

    items: list[T]
    raw: Mapping[str, Any]
    number: int

    @property
    def total_count(self) -> int | None:
        value = self.raw.get("total_count")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


# --- item parsing -------------------------------------------------------------------------------------

ItemParser = Callable[[Any], Any]

#: Patterns used when a paginator's first page arrives: kept as text (``re`` caches what it compiles),
#: so importing the facade compiles nothing it may not use.
_LIST_FIELD = r"list\[(?:None \| )?([A-Za-z_][A-Za-z0-9_]*)(?: \| None)?\]"


def _identity(item: Any) -> Any:
    return item


_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"


def page_model_of(endpoint: ModuleType) -> type | None:
    """The attrs class a generated endpoint returns on success (e.g. ``ContactList``).

    Read from the text of ``sync_detailed``'s return annotation (``Response[ContactList | Error]``)
    and looked up in the package's lazy ``models``: the endpoint modules import their response models
    only when a response arrives, and ``Error`` (which imports ``uuid``) is never a page.
    """
    import attrs  # with the page model, not with this module (cold start)

    try:
        ret = inspect.get_annotations(endpoint.sync_detailed).get("return")
    except (AttributeError, TypeError):
        return None
    if not isinstance(ret, str):
        ret = str(ret)
    models: ModuleType | None = None
    for name in re.findall(_IDENTIFIER, ret):
        if name in ("Response", "Error", "None", "list", "dict", "Any") or not name[0].isupper():
            continue
        if models is None:
            try:
                models = importlib.import_module(f"{endpoint.__name__.split('.')[0]}.models")
            except ImportError:
                return None
        member = getattr(models, name, None)
        if isinstance(member, type) and attrs.has(member):
            return member
    return None


class ItemSchema(FrozenRecord):
    """How to find and type a page's items: the model's list field name and the item class."""

    __slots__ = _fields = ("field_name", "parse")
    field_name: str | None
    parse: ItemParser

    def __init__(self, field_name: str | None, parse: ItemParser) -> None:
        self._set("field_name", field_name)
        self._set("parse", parse)

    @classmethod
    def for_endpoint(cls, endpoint: ModuleType) -> ItemSchema:
        """The schema of ``endpoint``'s page model (imports it: call it when the first page arrives)."""
        return cls.for_page_model(page_model_of(endpoint))

    @classmethod
    def for_page_model(cls, page_model: type | None) -> ItemSchema:
        import attrs

        if page_model is None:
            return cls(None, _identity)
        package = page_model.__module__.split(".")[0]
        for f in attrs.fields(page_model):
            m = re.search(_LIST_FIELD, str(f.type))
            if not m:
                continue
            return cls(f.name, _model_parser(package, m.group(1)))
        return cls(None, _identity)


def _model_parser(package: str, name: str) -> ItemParser:
    """Parses items into ``package.models.<name>`` (looked up once, when the schema is made with the
    first page). An item class that cannot be found leaves items as plain JSON."""
    try:
        item_cls = getattr(importlib.import_module(f"{package}.models"), name)
    except (ImportError, AttributeError):
        return _identity
    from_dict = item_cls.from_dict

    def parse(item: Any) -> Any:
        return from_dict(item) if isinstance(item, Mapping) else item

    return parse


def raw_items(body: Mapping[str, Any], field_name: str | None) -> list[Any]:
    """The item list of a page: the model's field, else ``data``, else another known key (#166)."""
    for key in ((field_name,) if field_name else ()) + _ITEM_KEYS:
        value = body.get(key)
        if isinstance(value, list):
            return value
    return []


# --- flows: pure "next request" logic -----------------------------------------------------------------


class PageFlow:
    """Detects the style from each page and builds the next request; no I/O.

    Args:
        first: the first request.
        base_url: the API root; a ``pages.next`` URL elsewhere is refused (it would get our token).
        per_page: kept on every request (Intercom's own Fern SDK drops it and refetches page 1).
    """

    def __init__(
        self,
        first: PageRequest,
        *,
        base_url: str,
        per_page: int | None = None,
    ) -> None:
        self.first = first
        self.base_url = base_url
        self.per_page = per_page
        self._seen: set[tuple[str, str]] = set()

    def first_request(self) -> PageRequest:
        return self.first

    def accept(self, items: list[Any]) -> list[Any]:
        """Filter a page's raw items before yielding (scroll de-duplicates here)."""
        return items

    def recover(self, request: PageRequest, error: APIError) -> PageRequest | None:
        """Called when a page request failed; return a request to try instead, or ``None`` to re-raise.

        A plain page is never asked again here: the client's retry policy already repeated a read-only
        page request whose 2xx body was empty or cut off (``_retry.is_cut_json_response``), within
        ``max_retries``. Subclasses recover what the policy cannot (a lost scroll).
        """
        return None

    def finish(self) -> None:
        """Called once when iteration ends, however it ends."""

    def _remember(self, kind: str, token: str) -> None:
        if (kind, token) in self._seen:
            raise PaginationError(
                f"the API returned the same {kind} twice ({token[:40]!r}); "
                "stopping instead of looping forever"
            )
        self._seen.add((kind, token))

    def next_request(
        self, request: PageRequest, body: Mapping[str, Any], items: list[Any]
    ) -> PageRequest | None:
        """The request for the page after ``body``, or ``None`` when this was the last page."""
        if not items:
            return None  # an empty page cannot move a cursor forward
        pages = body.get("pages")
        if not isinstance(pages, Mapping):
            return None
        nxt = pages.get("next")
        if isinstance(nxt, Mapping):
            cursor = nxt.get("starting_after")
            if not isinstance(cursor, str) or not cursor:
                return None
            self._remember("cursor", cursor)
            per_page = self.per_page if self.per_page is not None else nxt.get("per_page")
            return self._with_cursor(request, cursor, per_page)
        if isinstance(nxt, str) and nxt:
            url = urljoin(self.base_url + "/", nxt)
            if origin(url) != origin(self.base_url):
                raise PaginationError(
                    f"pages.next points to {urlsplit(url).netloc!r}, not the API host "
                    f"{urlsplit(self.base_url).netloc!r}; refusing to send credentials there"
                )
            if request.method == "GET":
                self._remember("next URL", url)
                # The URL carries its own query (page, per_page); don't send the old params twice.
                return request.replace(url=url, params={})
            return self._numbered(request, pages)
        if "next" in pages and nxt is None:
            return None
        return self._numbered(request, pages)

    def _with_cursor(self, request: PageRequest, cursor: str, per_page: Any) -> PageRequest:
        if request.json is not None or request.method != "GET":
            body: dict[str, Any] = (
                copy.deepcopy(dict(request.json)) if isinstance(request.json, Mapping) else {}
            )
            pagination = dict(body.get("pagination") or {})
            pagination["starting_after"] = cursor
            if per_page is not None:
                pagination["per_page"] = per_page
            pagination.pop("page", None)  # ignored by the API (#98); never resend a stale one
            body["pagination"] = pagination
            return request.replace(json=body)
        params = dict(request.params)
        params["starting_after"] = cursor
        if per_page is not None:
            params["per_page"] = per_page
        return request.replace(params=params)

    def _numbered(self, request: PageRequest, pages: Mapping[str, Any]) -> PageRequest | None:
        page, total = pages.get("page"), pages.get("total_pages")
        if not isinstance(page, int) or not isinstance(total, int) or page >= total:
            return None
        params = dict(request.params)
        params["page"] = page + 1
        if self.per_page is not None:
            params["per_page"] = self.per_page
        self._remember("page number", str(page + 1))
        return request.replace(params=params)


class ScrollGuard:
    """One companies scroll at a time per client (and its ``with_options`` copies).

    Intercom allows one open scroll per workspace; a second one from the same client would only get a
    400 ``scroll_exists`` later, so it is refused up front with a clear message.
    """

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._owner: object | None = None

    def acquire(self, owner: object) -> None:
        with self._lock:
            if self._owner is not None and self._owner is not owner:
                raise ScrollError(
                    "a companies scroll is already in progress on this client; finish it (or close its "
                    "iterator) before starting another: Intercom allows one open scroll per workspace"
                )
            self._owner = owner

    def release(self, owner: object) -> None:
        with self._lock:
            if self._owner is owner:
                self._owner = None

    @property
    def busy(self) -> bool:
        return self._owner is not None


class ScrollFlow(PageFlow):
    """GET /companies/scroll: follow ``scroll_param`` until a page with empty ``data``.

    A mid-scroll 5xx is first retried by the transport with the same ``scroll_param`` (the scroll may
    have survived). When the scroll is lost (the retry answers 400 because the 500 killed it, the
    ``scroll_param`` expired, or the 5xx persists), the default is to start again from scratch and
    skip companies already yielded (de-duplicated by ``id``), at most ``max_restarts`` times. With
    ``restart=False`` a :class:`ScrollError` is raised instead. A 404 on the first page means "no
    companies": empty.
    """

    def __init__(
        self,
        first: PageRequest,
        *,
        base_url: str,
        guard: ScrollGuard,
        restart: bool = True,
        max_restarts: int = 3,
    ) -> None:
        super().__init__(first, base_url=base_url)
        self.guard = guard
        self.restart = restart
        self.max_restarts = max_restarts
        self.restarts = 0
        self.seen_ids: set[str] = set()
        self._held = False

    def first_request(self) -> PageRequest:
        self.guard.acquire(self)
        self._held = True
        return self.first

    def finish(self) -> None:
        if self._held:
            self.guard.release(self)
            self._held = False

    def accept(self, items: list[Any]) -> list[Any]:
        fresh = []
        for item in items:
            key = item.get("id") if isinstance(item, Mapping) else None
            if key is not None:
                if key in self.seen_ids:
                    continue
                self.seen_ids.add(key)
            fresh.append(item)
        return fresh

    def next_request(
        self, request: PageRequest, body: Mapping[str, Any], items: list[Any]
    ) -> PageRequest | None:
        data = body.get("data")
        param = body.get("scroll_param")
        if not isinstance(data, list) or not data or not isinstance(param, str) or not param:
            return None  # the empty page (same scroll_param) ends the scroll
        params = dict(self.first.params)
        params["scroll_param"] = param
        return request.replace(params=params)

    def recover(self, request: PageRequest, error: APIError) -> PageRequest | None:
        mid_scroll = bool(request.params.get("scroll_param"))
        codes = getattr(error, "codes", [])
        if isinstance(error, BadRequestError) and "scroll_exists" in codes:
            if self.restarts:
                raise ScrollError(
                    "the companies scroll was lost mid-way and Intercom still reports an open scroll for "
                    "this workspace, so it cannot be restarted now (it expires one minute after its last "
                    "use): wait a minute and retry."
                ) from error
            raise ScrollError(
                "Intercom already has an open companies scroll for this workspace (one per workspace; "
                "it expires one minute after its last use). Another process may be scrolling, or an "
                "earlier scroll was abandoned: wait a minute and retry."
            ) from error
        lost = mid_scroll and (
            isinstance(error, InternalServerError)
            or (
                isinstance(error, BadRequestError)
                and ("parameter_invalid" in codes or "scroll_param" in str(error))
            )
        )
        if not lost:
            return None
        if not self.restart:
            raise ScrollError(
                f"the companies scroll was lost mid-way ({type(error).__name__}); "
                "restart=False, so not starting again"
            ) from error
        if self.restarts >= self.max_restarts:
            raise ScrollError(
                f"the companies scroll was lost {self.restarts + 1} times; giving up"
            ) from error
        self.restarts += 1
        return self.first

    def is_empty_result(self, request: PageRequest, error: APIError) -> bool:
        """A 404 on a fresh scroll means the workspace has no companies."""
        return isinstance(error, NotFoundError) and not request.params.get("scroll_param")


# --- the paginators: only the I/O loop differs ----------------------------------------------------------


def parse_page_body(response: httpx.Response) -> Mapping[str, Any]:
    """The JSON object of a list response, or :class:`APIResponseParseError` (the facade's one parser)."""
    return parse_json_object(response)


class _PaginatorBase(Generic[T]):
    """State shared by the sync and async paginators: the flow factory, item schema and limits."""

    def __init__(
        self,
        make_flow: Callable[[], PageFlow],
        schema: Callable[[], ItemSchema],
        *,
        max_items: int | None = None,
        raw: bool = False,
    ) -> None:
        self._make_flow = make_flow
        self._make_schema = schema
        self._schema: ItemSchema | None = None
        self._max_items = _check_max_items(max_items)
        self._raw = raw

    def _page(self, flow: PageFlow, body: Mapping[str, Any], number: int) -> tuple[Page[T], list[Any]]:
        # The schema (which imports the page model) is made with the first page, not with the
        # paginator: building the first request stays off the models (cold start).
        schema = self._schema
        if schema is None:
            schema = self._schema = self._make_schema()
        items = raw_items(body, schema.field_name)
        accepted = flow.accept(items)
        parsed = accepted if self._raw else [schema.parse(i) for i in accepted]
        return Page(items=parsed, raw=body, number=number), items

    def _recover(self, flow: PageFlow, request: PageRequest, error: APIError) -> PageRequest | None:
        """The request to retry with, ``None`` for "stop, no more pages", or re-raise."""
        if isinstance(flow, ScrollFlow) and flow.is_empty_result(request, error) and not flow.seen_ids:
            return None
        replacement = flow.recover(request, error)
        if replacement is None:
            raise error
        return replacement


class SyncPaginator(_PaginatorBase[T]):
    """Iterate items with ``for item in paginator``; pages with ``paginator.pages()``.

    Each iteration starts from the first page again (a paginator is a recipe, not a cursor).
    """

    def __init__(
        self,
        api: SyncResourceClient,
        make_flow: Callable[[], PageFlow],
        schema: Callable[[], ItemSchema],
        **kw: Any,
    ) -> None:
        super().__init__(make_flow, schema, **kw)
        self._api = api

    def _get(self, request: PageRequest) -> Mapping[str, Any]:
        return parse_page_body(self._api.send(request.httpx_kwargs()))

    def pages(self) -> Iterator[Page[T]]:
        flow = self._make_flow()
        remaining = self._max_items
        number = 0
        try:
            request: PageRequest | None = flow.first_request()
            while request is not None and remaining != 0:
                try:
                    body = self._get(request)
                except APIError as error:
                    request = self._recover(flow, request, error)
                    continue
                number += 1
                page, items = self._page(flow, body, number)
                if remaining is not None:
                    page = replace(page, items=page.items[:remaining])
                    remaining -= len(page.items)
                yield page
                request = flow.next_request(request, body, items)
        finally:
            flow.finish()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPaginator(_PaginatorBase[T]):
    """``async for item in paginator`` and ``async for page in paginator.pages()``."""

    def __init__(
        self,
        api: AsyncResourceClient,
        make_flow: Callable[[], PageFlow],
        schema: Callable[[], ItemSchema],
        **kw: Any,
    ) -> None:
        super().__init__(make_flow, schema, **kw)
        self._api = api

    async def _get(self, request: PageRequest) -> Mapping[str, Any]:
        return parse_page_body(await self._api.send(request.httpx_kwargs()))

    async def pages(self) -> AsyncIterator[Page[T]]:
        flow = self._make_flow()
        remaining = self._max_items
        number = 0
        try:
            request: PageRequest | None = flow.first_request()
            while request is not None and remaining != 0:
                try:
                    body = await self._get(request)
                except APIError as error:
                    request = self._recover(flow, request, error)
                    continue
                number += 1
                page, items = self._page(flow, body, number)
                if remaining is not None:
                    page = replace(page, items=page.items[:remaining])
                    remaining -= len(page.items)
                yield page
                request = flow.next_request(request, body, items)
        finally:
            flow.finish()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        return [item async for item in self]


# --- building paginators from generated endpoints ---------------------------------------------------------

SCROLL_PATH = "/companies/scroll"


def resolve_endpoint(endpoint: ModuleType | Callable[..., Any]) -> ModuleType:
    """A generated endpoint module from the module itself or one of its functions (``sync_detailed``...)."""
    if isinstance(endpoint, ModuleType):
        module = endpoint
    else:
        module = sys.modules.get(getattr(endpoint, "__module__", "") or "")  # type: ignore[assignment]
    if module is None or not hasattr(module, "_get_kwargs") or not hasattr(module, "sync_detailed"):
        raise TypeError(
            f"{endpoint!r} is not a generated endpoint (a module such as "
            "intercom_v2_14.api.contacts.list_contacts, or one of its functions)"
        )
    return module


def search_body(query: Any, per_page: int | None) -> dict[str, Any]:
    """The body of a search: Intercom's query (a dict or a generated query model) and the page size."""
    if isinstance(query, Mapping):
        body: dict[str, Any] = {"query": dict(query)}
    elif callable(getattr(query, "to_dict", None)):
        body = {"query": dict(query.to_dict())}
    else:
        raise TypeError("query must be a dict (Intercom's search query) or a generated query model")
    if per_page is not None:
        body["pagination"] = {"per_page": per_page}
    return body


def page_request(
    module: ModuleType, kwargs: Mapping[str, Any], search: tuple[Any, int | None] | None = None
) -> tuple[PageRequest, int | None]:
    """The first page request from httpx keyword arguments built by the endpoint's ``_get_kwargs``.

    ``search`` is ``(query, per_page)`` for the search operations, whose body the facade writes (the
    query may be a plain dict). ``per_page`` is checked (1..150) before any request.
    """
    query = dict(kwargs.get("params") or {})
    body = kwargs.get("json")
    if search is not None:
        body = {**search_body(search[0], check_per_page(search[1])), **(body or {})}
    per_page = query.get("per_page")
    if per_page is None and isinstance(body, Mapping) and isinstance(body.get("pagination"), Mapping):
        per_page = body["pagination"].get("per_page")
    per_page = check_per_page(per_page)
    headers = {k: str(v) for k, v in (kwargs.get("headers") or {}).items()}
    request = PageRequest(
        method=str(kwargs["method"]).upper(),
        url=str(kwargs["url"]),
        params=query,
        json=body,
        headers=headers,
        timeout=kwargs.get("timeout"),
    )
    return request, per_page


def request_from_endpoint(module: ModuleType, params: Mapping[str, Any]) -> tuple[PageRequest, int | None]:
    """The first request, from the endpoint's own ``_get_kwargs``, and the per_page it asks for."""
    return page_request(module, module._get_kwargs(**params))
