"""The pagination styles the real API mixes, and the facade must all handle.

* cursor: ``pages.next.starting_after`` (GET /contacts, GET /conversations, POST .../search);
* page/per_page with ``pages.next`` as a full URL (articles, notes, companies);
* scroll (GET /companies/scroll) lives in :mod:`.state` because it is workspace state, not a formula.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ApiError

T = TypeVar("T")

#: The API refuses larger pages (PR #639: GET /contacts maximum 150).
MAX_PER_PAGE = 150
#: Cursors the sandbox issues are a few dozen characters; anything much longer is not one of them (and a
#: deeply nested JSON payload behind the base64 must not reach the parser).
MAX_CURSOR_LENGTH = 256


def parse_int(value: Any, name: str, *, minimum: int | None = None) -> int:
    """An integer parameter from a query string or JSON body, or a 400 ``parameter_invalid``."""
    if isinstance(value, bool):
        raise ApiError(400, "parameter_invalid", f"{name} must be an integer", field=name)
    if isinstance(value, int):
        number = value
    else:
        try:
            number = int(str(value), 10)
        except ValueError:
            raise ApiError(400, "parameter_invalid", f"{name} must be an integer", field=name) from None
    if minimum is not None and number < minimum:
        raise ApiError(400, "parameter_invalid", f"{name} must be at least {minimum}", field=name)
    return number


def check_per_page(value: Any, default: int) -> int:
    """``per_page`` with the API's ceiling of 150 (larger values are refused, not clamped)."""
    if value is None or value == "":
        return default
    per_page = parse_int(value, "per_page", minimum=1)
    if per_page > MAX_PER_PAGE:
        raise ApiError(
            400,
            "parameter_invalid",
            f"per_page must be less than or equal to {MAX_PER_PAGE}",
            field="per_page",
        )
    return per_page


def encode_cursor(offset: int) -> str:
    """An opaque ``starting_after`` token (base64 JSON, like the real API's)."""
    return base64.b64encode(json.dumps([offset]).encode()).decode()


def decode_cursor(token: str) -> int:
    """Offset from :func:`encode_cursor`, or 400 for a token the sandbox did not issue."""
    if len(token) > MAX_CURSOR_LENGTH:
        raise ApiError(400, "parameter_invalid", "starting_after is invalid", field="starting_after")
    try:
        offset = json.loads(base64.b64decode(token.encode(), validate=True))[0]
    except (binascii.Error, ValueError, IndexError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise ApiError(
            400, "parameter_invalid", "starting_after is invalid", field="starting_after"
        ) from None
    if not isinstance(offset, int) or offset < 0:
        raise ApiError(400, "parameter_invalid", "starting_after is invalid", field="starting_after")
    return offset


@dataclass
class Page:
    """One page of items plus the ``pages`` object and ``total_count`` to put next to them."""

    items: Sequence[Any]
    pages: dict[str, Any]
    total_count: int

    def body(self, render: Callable[[Any], Any]) -> dict[str, Any]:
        """The list response: ``{"type": "list", "data", "total_count", "pages"}`` with rendered items."""
        return {
            "type": "list",
            "data": [render(item) for item in self.items],
            "total_count": self.total_count,
            "pages": self.pages,
        }


def cursor_page(items: Sequence[T], per_page: int, starting_after: str | None) -> Page:
    """Cursor pagination: ``pages.next = {per_page, starting_after}``, absent on the last page."""
    offset = decode_cursor(starting_after) if starting_after else 0
    chunk = items[offset : offset + per_page]
    total = len(items)
    pages: dict[str, Any] = {
        "type": "pages",
        "page": offset // per_page + 1,
        "per_page": per_page,
        "total_pages": math.ceil(total / per_page),
    }
    if offset + per_page < total:
        pages["next"] = {"per_page": per_page, "starting_after": encode_cursor(offset + per_page)}
    return Page(chunk, pages, total)


def numbered_page(items: Sequence[T], page: int, per_page: int, url_for: Callable[[int], str]) -> Page:
    """page/per_page pagination: ``pages.next`` is the full URL of the next page, or null."""
    total = len(items)
    total_pages = math.ceil(total / per_page)
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    return Page(
        chunk,
        {
            "type": "pages",
            "next": url_for(page + 1) if page < total_pages else None,
            "page": page,
            "per_page": per_page,
            "total_pages": total_pages,
        },
        total,
    )
