"""Shortcuts for the lists people iterate most: ``client.contacts.list()``, ``.search()``, ...

Written once for both clients: each method describes its first request (a :class:`PageRequest`) and
hands it to the client, which returns a :class:`SyncPaginator` or an :class:`AsyncPaginator`.
Items are typed with the client's version's models (found through ``api.OPERATIONS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .pagination import PageRequest, check_per_page

if TYPE_CHECKING:
    from ._client import _BaseIntercom

__all__ = ["Articles", "Companies", "Contacts", "Conversations", "Tickets"]

P = TypeVar("P")  # SyncPaginator[Any] or AsyncPaginator[Any]

#: A search query: Intercom's ``{"field", "operator", "value"}`` / ``{"operator": "AND", "value": [...]}``
#: as a dict, or a generated query model (anything with ``to_dict()``).
Query = Mapping[str, Any] | Any


def _query_dict(query: Query) -> dict[str, Any]:
    if isinstance(query, Mapping):
        return dict(query)
    to_dict = getattr(query, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    raise TypeError("query must be a dict (Intercom's search query) or a generated query model")


class _Resource(Generic[P]):
    def __init__(self, client: _BaseIntercom) -> None:
        self._client = client

    def _list(
        self,
        operation: str,
        *,
        per_page: int | None,
        params: Mapping[str, Any] | None = None,
        max_items: int | None,
        raw: bool,
    ) -> P:
        per_page = check_per_page(per_page)
        query = {k: v for k, v in (params or {}).items() if v is not None}
        if per_page is not None:
            query["per_page"] = per_page
        method, path = operation.split(" ", 1)
        request = PageRequest(method=method, url=path, params=query)
        return self._client._paginator(operation, request, per_page=per_page, max_items=max_items, raw=raw)

    def _search(
        self, operation: str, query: Query, *, per_page: int | None, max_items: int | None, raw: bool
    ) -> P:
        per_page = check_per_page(per_page)
        body: dict[str, Any] = {"query": _query_dict(query)}
        if per_page is not None:
            body["pagination"] = {"per_page": per_page}
        method, path = operation.split(" ", 1)
        request = PageRequest(method=method, url=path, json=body)
        return self._client._paginator(operation, request, per_page=per_page, max_items=max_items, raw=raw)


class Contacts(_Resource[P]):
    """``/contacts``: cursor-paginated list and body-cursor search."""

    def list(self, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False) -> P:
        """Every contact (GET /contacts, ``starting_after`` cursor; server default 10 per page)."""
        return self._list("GET /contacts", per_page=per_page, max_items=max_items, raw=raw)

    def search(
        self, query: Query, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False
    ) -> P:
        """Contacts matching ``query`` (POST /contacts/search; ``per_page`` is resent on every page)."""
        return self._search("POST /contacts/search", query, per_page=per_page, max_items=max_items, raw=raw)


class Conversations(_Resource[P]):
    """``/conversations``: cursor list (items may arrive under ``conversations`` or ``data``) and search."""

    def list(self, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False) -> P:
        return self._list("GET /conversations", per_page=per_page, max_items=max_items, raw=raw)

    def search(
        self, query: Query, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False
    ) -> P:
        return self._search(
            "POST /conversations/search", query, per_page=per_page, max_items=max_items, raw=raw
        )


class Companies(_Resource[P]):
    """``/companies``: numbered list (POST /companies/list) and the scroll (GET /companies/scroll)."""

    def list(
        self,
        *,
        per_page: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        max_items: int | None = None,
        raw: bool = False,
    ) -> P:
        """Every company, ``page=N`` pagination (POST /companies/list). Limited by Intercom to 10,000;
        use :meth:`scroll` beyond that."""
        return self._list(
            "POST /companies/list", per_page=per_page, params={"order": order}, max_items=max_items, raw=raw
        )

    def scroll(self, *, restart: bool = True, max_items: int | None = None, raw: bool = False) -> P:
        """Every company through the scroll API (no 10,000 cap). One scroll at a time per workspace.

        If the scroll is lost (a 500 mid-scroll, or the ``scroll_param`` expired), it starts again
        and skips companies already yielded (``restart=True``, the default), or raises
        :class:`~intercom_client.ScrollError` (``restart=False``).
        """
        request = PageRequest(method="GET", url="/companies/scroll")
        return self._client._paginator(
            "GET /companies/scroll", request, per_page=None, max_items=max_items, raw=raw, restart=restart
        )


class Tickets(_Resource[P]):
    """``/tickets/search`` (body cursor)."""

    def search(
        self, query: Query, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False
    ) -> P:
        return self._search("POST /tickets/search", query, per_page=per_page, max_items=max_items, raw=raw)


class Articles(_Resource[P]):
    """``/articles`` (page/per_page; ``pages.next`` is a full URL)."""

    def list(self, *, per_page: int | None = None, max_items: int | None = None, raw: bool = False) -> P:
        return self._list("GET /articles", per_page=per_page, max_items=max_items, raw=raw)
