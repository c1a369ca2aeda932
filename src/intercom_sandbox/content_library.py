"""The Fin Content Library behind the AI Content operations: content import sources and external pages.

Seed 000 (quoting the API reference): "You should create a Content Import Source for each source of
External Pages ... POST it to the External Pages endpoint. That endpoint has an external_id parameter which
allows you to specify the identifier from the source. The endpoint will then either create a new External
Page or update an existing one as appropriate." So a page is identified by ``(source_id, external_id)``
as well as by its own id, and ``POST /ai/external_pages`` is an upsert on that pair.

Field sets and id types follow the spec's ``content_import_source`` (integer ids) and ``external_page``
(string ids) schemas and examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, not_found

__all__ = ["ContentLibrary"]

#: Availability flags of a page: the create request defaults them to false, an update keeps them.
AVAILABILITY = ("ai_agent_availability", "ai_copilot_availability", "ai_sales_agent_availability")


@dataclass
class ContentLibrary:
    """Sources and pages of one workspace, in creation order (the lists' order)."""

    sources: dict[int, dict[str, Any]] = field(default_factory=dict)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    next_source_id: int = 1
    next_page_id: int = 1

    @classmethod
    def seeded(cls, now: int) -> ContentLibrary:
        """Two sources (one synced automatically, one fed by the API) and a few pages of the API one,
        shaped like the spec's examples, so lists are not empty before a test adds anything."""
        library = cls()
        library.create_source({"sync_behavior": "automatic", "url": "https://support.example.com/us/1"}, now)
        api_source = library.create_source(
            {"sync_behavior": "api", "url": "https://support.example.com/us/2"}, now
        )
        for n in range(1, 4):
            library.upsert_page(
                {
                    "title": f"My External Content {n}",
                    "html": f"<h1>Hello world</h1><p>This is external content {n}</p>",
                    "url": f"https://support.example.com/us/2/{n}",
                    "locale": "en",
                    "source_id": api_source["id"],
                    "external_id": str(n),
                    "ai_agent_availability": True,
                    "ai_copilot_availability": True,
                },
                now,
            )
        return library

    # --- content import sources --------------------------------------------------------------------------

    def source(self, source_id: Any) -> dict[str, Any]:
        """A source by id (path segments arrive as strings), or 404."""
        key = _integer(source_id)
        if key is None or key not in self.sources:
            raise not_found("Content Import Source not found")
        return self.sources[key]

    def create_source(self, data: dict[str, Any], now: int) -> dict[str, Any]:
        source = {
            "type": "content_import_source",
            "id": self.next_source_id,
            "last_synced_at": now,
            "sync_behavior": data.get("sync_behavior", "api"),
            "status": data.get("status", "active"),
            "url": data.get("url"),
            "created_at": now,
            "updated_at": now,
        }
        if "audience_ids" in data:
            source["audience_ids"] = _audience_ids(data["audience_ids"])
        self.next_source_id += 1
        self.sources[source["id"]] = source
        return source

    def update_source(self, source_id: Any, data: dict[str, Any], now: int) -> dict[str, Any]:
        """PUT: the request's description says sync_behavior cannot change to or from ``api`` and the URL
        may only change for an API source."""
        source = self.source(source_id)
        behaviour = data.get("sync_behavior", source["sync_behavior"])
        if (behaviour == "api") != (source["sync_behavior"] == "api"):
            raise ApiError(
                400,
                "parameter_invalid",
                "sync_behavior can not be changed to or from api",
                field="sync_behavior",
            )
        if "url" in data and data["url"] != source["url"] and source["sync_behavior"] != "api":
            raise ApiError(
                400,
                "parameter_invalid",
                "url can only be changed for a source synced via the api",
                field="url",
            )
        for key in ("sync_behavior", "status", "url"):
            if key in data:
                source[key] = data[key]
        if "audience_ids" in data:
            source["audience_ids"] = _audience_ids(data["audience_ids"])
        source["updated_at"] = now
        return source

    def delete_source(self, source_id: Any) -> None:
        """Delete a source and, since a page cannot exist without its source, its pages."""
        source = self.source(source_id)
        del self.sources[source["id"]]
        for page_id in [k for k, p in self.pages.items() if p["source_id"] == source["id"]]:
            del self.pages[page_id]

    # --- external pages ----------------------------------------------------------------------------------

    def page(self, page_id: str) -> dict[str, Any]:
        if page_id not in self.pages:
            raise not_found("External Page not found")
        return self.pages[page_id]

    def _api_source(self, source_id: Any) -> dict[str, Any]:
        source = self.source(source_id)
        if source["sync_behavior"] != "api":
            # create_content_import_source_request: "If you intend to create or update External Pages via
            # the API, this should be set to `api`."
            raise ApiError(
                400,
                "parameter_invalid",
                "External pages can only be created or updated for a source with sync_behavior api",
                field="source_id",
            )
        return source

    def find(self, source_id: int, external_id: str) -> dict[str, Any] | None:
        return next(
            (
                p
                for p in self.pages.values()
                if p["source_id"] == source_id and p["external_id"] == external_id
            ),
            None,
        )

    def upsert_page(self, data: dict[str, Any], now: int) -> dict[str, Any]:
        """POST /ai/external_pages: create the page, or update the one with the same source and external id."""
        source = self._api_source(data.get("source_id"))
        external_id = str(data.get("external_id"))
        page = self.find(source["id"], external_id)
        if page is None:
            page = {
                "type": "external_page",
                "id": str(self.next_page_id),
                "source_id": source["id"],
                "external_id": external_id,
                "created_at": now,
                **{flag: False for flag in AVAILABILITY},
            }
            self.next_page_id += 1
            self.pages[page["id"]] = page
        self._apply(page, data, now)
        return page

    def update_page(self, page_id: str, data: dict[str, Any], now: int) -> dict[str, Any]:
        """PUT: the page's fields; moving it onto another page's (source, external id) is refused."""
        page = self.page(page_id)
        source = self._api_source(data.get("source_id", page["source_id"]))
        external_id = str(data.get("external_id", page["external_id"]))
        other = self.find(source["id"], external_id)
        if other is not None and other is not page:
            raise ApiError(
                400,
                "parameter_invalid",
                f"An external page with external_id {external_id} already exists for this source",
                field="external_id",
            )
        page["source_id"] = source["id"]
        page["external_id"] = external_id
        if "fin_availability" in data and not any(flag in data for flag in AVAILABILITY):
            # Older versions have only fin_availability: it stands for the AI Agent flag.
            data = {**data, "ai_agent_availability": data["fin_availability"]}
        self._apply(page, data, now)
        return page

    def delete_page(self, page_id: str) -> dict[str, Any]:
        return self.pages.pop(self.page(page_id)["id"])

    @staticmethod
    def _apply(page: dict[str, Any], data: dict[str, Any], now: int) -> None:
        for key in ("title", "html", "url", *AVAILABILITY):
            if key in data:
                page[key] = data[key]
        page.setdefault("url", None)
        page["locale"] = data.get("locale", "en")
        page["fin_availability"] = bool(page.get("ai_agent_availability"))
        page["updated_at"] = now
        page["last_ingested_at"] = now


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if text.isdigit() and len(text) < 19 else None


def _audience_ids(value: Any) -> list[int]:
    """``audience_ids`` may be one integer or a list of them (Preview's request schema); null clears."""
    if value is None:
        return []
    return [value] if isinstance(value, int) else list(value)
