"""Hand-written operations, one module per API tag; importing this package registers them all."""

from __future__ import annotations

from . import (
    admins,
    ai_content,
    articles,
    companies,
    contacts,
    conversations,
    data_attributes,
    data_events,
    exports,
    segments,
    tags,
    ticket_types,
    tickets,
)

__all__ = [
    "admins",
    "ai_content",
    "articles",
    "companies",
    "contacts",
    "conversations",
    "data_attributes",
    "data_events",
    "exports",
    "segments",
    "tags",
    "ticket_types",
    "tickets",
]
