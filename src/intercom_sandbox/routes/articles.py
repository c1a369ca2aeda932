"""Articles and notes as seeded: lists and single objects (the rest of their operations: the engine)."""

from __future__ import annotations

from typing import Any

from ..errors import not_found
from ..pagination import numbered_page
from ..registry import Call, operation

__all__: list[str] = []


@operation("GET /articles")
async def list_articles(call: Call) -> Any:
    """GET /articles: page/per_page (default 25) with ``pages.next`` as a URL; no statistics in the list."""
    ws = call.ws
    page_no, per_page = call.numbered(25)
    page = numbered_page(ws.data.articles, page_no, per_page, call.page_url)
    return page.body(lambda a: ws.render({k: v for k, v in a.items() if k != "statistics"}, "article"))


@operation("GET /articles/{article_id}")
async def get_article(call: Call) -> Any:
    ws = call.ws
    article = ws.articles_by_id.get(call.path_param())
    if article is None:
        raise not_found()
    return ws.render(article, "article")


@operation("GET /notes/{note_id}")
async def get_note(call: Call) -> Any:
    ws = call.ws
    note = ws.notes_by_id.get(call.path_param())
    if note is None:
        raise not_found()
    return ws.render(note, "note")
