"""Articles: list, get, create, update, delete and search over one state (a created article is listed and
found at once, a deleted one is gone everywhere); notes by id."""

from __future__ import annotations

import re
from typing import Any

from ..errors import ApiError, bad_request, not_found
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


def _article(call: Call) -> dict[str, Any]:
    article = call.ws.articles_by_id.get(call.path_param())
    if article is None:
        raise not_found("Article Not Found")
    return article


def _author(call: Call, author_id: Any) -> int:
    """The author must be a teammate of the workspace (the request schema's description of ``author_id``)."""
    if not any(str(a["id"]) == str(author_id) for a in call.ws.data.admins):
        raise ApiError(
            400, "parameter_invalid", "author_id must be a teammate of the workspace", field="author_id"
        )
    return int(str(author_id))


def _slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:40] or "article"


@operation("POST /articles")
async def create_article(call: Call) -> Any:
    """A new article (a draft unless ``state`` says otherwise), in the list and the search from now on."""
    ws = call.ws
    data = call.data()
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise bad_request("title is required", field="title")
    author_id = _author(call, data.get("author_id"))
    numbers = [int(a["id"]) for a in ws.data.articles if str(a["id"]).isdigit()]
    article_id = str(max(numbers, default=29) + 1)
    now = int(ws.now())
    parent = data.get("parent_id") if isinstance(data.get("parent_id"), int) else None
    article: dict[str, Any] = {
        "id": article_id,
        "type": "article",
        "workspace_id": ws.data.workspace_id,
        "parent_id": parent,
        "parent_type": (data.get("parent_type") or "collection") if parent is not None else None,
        "parent_ids": [parent] if parent is not None else [],
        "title": title,
        "description": data.get("description") if isinstance(data.get("description"), str) else "",
        "body": data.get("body") if isinstance(data.get("body"), str) else "",
        "author_id": author_id,
        "state": data.get("state") if data.get("state") in ("published", "draft") else "draft",
        "created_at": now,
        "updated_at": now,
        "url": f"https://help.example.test/en/articles/{article_id}-{_slug(title)}",
        "default_locale": "en",
        "translated_content": {"type": "article_translated_content"},
        "tags": {"type": "tag.list", "tags": []},
        "statistics": {
            "type": "article_statistics",
            "views": 0,
            "conversions": 0,
            "reactions": 0,
            "happy_reaction_percentage": 0,
            "neutral_reaction_percentage": 0,
            "sad_reaction_percentage": 0,
        },
    }
    ws.data.articles.append(article)
    ws.reindex()
    return ws.render(article, "article")


@operation("PUT /articles/{article_id}")
async def update_article(call: Call) -> Any:
    ws = call.ws
    article = _article(call)
    data = call.data()
    if "author_id" in data:
        article["author_id"] = _author(call, data["author_id"])
    for key in ("title", "description", "body"):
        if isinstance(data.get(key), str):
            article[key] = data[key]
    if data.get("state") in ("published", "draft"):
        article["state"] = data["state"]
    if isinstance(data.get("parent_id"), int):
        article.update(
            parent_id=data["parent_id"],
            parent_type=data.get("parent_type") or "collection",
            parent_ids=[data["parent_id"]],
        )
    article["updated_at"] = int(ws.now())
    return ws.render(article, "article")


@operation("DELETE /articles/{article_id}")
async def delete_article(call: Call) -> Any:
    ws = call.ws
    article = _article(call)
    ws.data.articles.remove(article)
    ws.reindex()
    return {"id": article["id"], "object": "article", "deleted": True}


def _highlight(text: str, phrase: str) -> list[dict[str, str]]:
    """``text`` cut into ``plain`` and ``highlight`` chunks around each match of ``phrase``."""
    chunks: list[dict[str, str]] = []
    at = 0
    for match in re.finditer(re.escape(phrase), text, flags=re.IGNORECASE):
        if match.start() > at:
            chunks.append({"type": "plain", "text": text[at : match.start()]})
        chunks.append({"type": "highlight", "text": match.group(0)})
        at = match.end()
    if at < len(text):
        chunks.append({"type": "plain", "text": text[at:]})
    return chunks


@operation("GET /articles/search")
async def search_articles(call: Call) -> Any:
    """``phrase`` matches title, description or body (case-insensitive), ``state`` filters; ten per page
    as in the spec's example, ``highlight`` adds one highlight per matching title."""
    ws = call.ws
    query = call.query
    phrase = (query.get("phrase") or "").lower()
    state = query.get("state")
    if state not in (None, "", "published", "draft", "all"):
        raise ApiError(400, "parameter_invalid", "state must be published, draft or all", field="state")
    found = [
        a
        for a in ws.data.articles
        if (
            not phrase or any(phrase in str(a.get(k) or "").lower() for k in ("title", "description", "body"))
        )
        and (state in (None, "", "all") or a.get("state") == state)
    ]
    page_no, per_page = call.numbered(10)
    start = (page_no - 1) * per_page
    page = found[start : start + per_page]
    highlights = (
        [{"article_id": a["id"], "highlighted_title": _highlight(str(a["title"]), phrase)} for a in page]
        if query.get("highlight") == "true" and phrase
        else []
    )
    return {
        "type": "list",
        "total_count": len(found),
        "data": {
            "articles": [
                ws.render({k: v for k, v in a.items() if k != "statistics"}, "article") for a in page
            ],
            "highlights": highlights,
        },
        "pages": {
            "type": "pages",
            "page": page_no,
            "total_pages": max(1, -(-len(found) // per_page)),
            "per_page": per_page,
        },
    }
