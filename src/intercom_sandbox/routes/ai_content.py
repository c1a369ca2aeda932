"""AI Content (2.12+): content import sources and the external pages they feed into Fin.

The semantics (upsert by ``(source_id, external_id)``, pages belonging to a source) live in
:mod:`intercom_sandbox.content_library`; this module maps the operations onto it. Both lists are
page/per_page lists shaped like the spec's examples (``pages.per_page`` 50, ``pages.next`` a URL while
more pages follow). The spec gives ``GET /ai/external_pages`` no filter, so it lists the pages of every
source, each carrying its ``source_id``; ``?source_id=`` narrows it down as a convenience.
"""

from __future__ import annotations

from typing import Any

from ..pagination import check_per_page, numbered_page, parse_int
from ..registry import Call, operation

__all__: list[str] = []

#: The spec's list examples show ``per_page: 50``.
DEFAULT_PER_PAGE = 50


def _now(call: Call) -> int:
    return int(call.ws.now())


def _listing(call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    query = call.query
    page_no = parse_int(query.get("page") or "1", "page", minimum=1)
    per_page = check_per_page(query.get("per_page"), DEFAULT_PER_PAGE)
    page = numbered_page(items, page_no, per_page, call.page_url)
    return page.body(dict)


@operation("GET /ai/content_import_sources")
async def list_content_import_sources(call: Call) -> dict[str, Any]:
    return _listing(call, list(call.ws.content.sources.values()))


@operation("POST /ai/content_import_sources")
async def create_content_import_source(call: Call) -> dict[str, Any]:
    return call.ws.content.create_source(call.data(), _now(call))


@operation("GET /ai/content_import_sources/{id}")
async def get_content_import_source(call: Call) -> dict[str, Any]:
    return call.ws.content.source(call.path_param())


@operation("PUT /ai/content_import_sources/{id}")
async def update_content_import_source(call: Call) -> dict[str, Any]:
    return call.ws.content.update_source(call.path_param(), call.data(), _now(call))


@operation("DELETE /ai/content_import_sources/{id}")
async def delete_content_import_source(call: Call) -> None:
    """204 without a body, as the spec documents (every version)."""
    call.ws.content.delete_source(call.path_param())


@operation("GET /ai/external_pages")
async def list_external_pages(call: Call) -> dict[str, Any]:
    pages = list(call.ws.content.pages.values())
    source_id = call.query.get("source_id")
    if source_id:
        pages = [p for p in pages if str(p["source_id"]) == source_id]
    return _listing(call, pages)


@operation("POST /ai/external_pages")
async def create_external_page(call: Call) -> dict[str, Any]:
    """Create a page, or update the one the source already has under ``external_id`` (seed 000)."""
    return call.ws.content.upsert_page(call.data(), _now(call))


@operation("GET /ai/external_pages/{id}")
async def get_external_page(call: Call) -> dict[str, Any]:
    return call.ws.content.page(call.path_param())


@operation("PUT /ai/external_pages/{id}")
async def update_external_page(call: Call) -> dict[str, Any]:
    return call.ws.content.update_page(call.path_param(), call.data(), _now(call))


@operation("DELETE /ai/external_pages/{id}")
async def delete_external_page(call: Call) -> dict[str, Any]:
    """200 with the deleted page, as the spec documents."""
    return call.ws.content.delete_page(call.path_param())
