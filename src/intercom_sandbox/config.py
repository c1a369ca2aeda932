"""Sandbox settings shared by the CLI, the ASGI app and the pytest fixture."""

from __future__ import annotations

import dataclasses
from typing import Any

#: Quirk names accepted by ``--quirks`` (see docs/sandbox.md and shared/notes/spec-quirks.md).
QUIRKS: dict[str, str] = {
    "omit_required": "omit fields the spec marks required but the server leaves out "
    "(tag applied_at/applied_by, company size/website/industry/..., article default_locale/...)",
    "nulls": "send null in fields the spec does not mark nullable (conversation topics, company plan, ...)",
    "string_ids": "send numeric ids as strings (admin_assignee_id, owner_id, author_id, parent_id)",
}


@dataclasses.dataclass
class SandboxConfig:
    """Everything that shapes one sandbox instance.

    Data sizes are part of the config (not of the request) because the data set is generated once
    from ``seed`` and every reset rebuilds exactly the same objects.
    """

    seed: int = 42
    contacts: int = 250
    companies: int = 120
    conversations: int = 200
    messages: int = 5000
    articles: int = 60
    tickets: int = 40
    tags: int = 12
    #: Messages are spread over this many days before the clock start.
    message_days: int = 90
    #: Seconds an export job takes: pending -> in_progress at delay/2, finished at delay.
    export_delay: float = 2.0
    #: Requests allowed per rate window and per token; 0 disables limiting (and the limit headers).
    rate_limit: int = 1000
    rate_window: int = 10
    #: If set, the only bearer token accepted.
    token: str | None = None
    default_version: str = "2.14"
    quirks: frozenset[str] = frozenset()
    #: Epoch seconds of the sandbox clock at startup; ``None`` means "now".
    clock_start: float | None = None
    #: Validate request bodies and query parameters against the (overlaid) OpenAPI description.
    validate: bool = True
    #: Companies per scroll page.
    scroll_page_size: int = 15

    def __post_init__(self) -> None:
        unknown = set(self.quirks) - set(QUIRKS)
        if unknown:
            raise ValueError(f"unknown quirks: {sorted(unknown)}; known: {sorted(QUIRKS)}")
        self.quirks = frozenset(self.quirks)
        for name in ("contacts", "companies", "conversations", "messages", "articles", "tickets", "tags"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0")

    def public(self) -> dict[str, Any]:
        """The settings as JSON (the token is not echoed back)."""
        out = dataclasses.asdict(self)
        out["quirks"] = sorted(self.quirks)
        out["token"] = "<set>" if self.token else None
        return out


def parse_quirks(value: str) -> frozenset[str]:
    """``"all"``, ``""`` or a comma-separated list of names from :data:`QUIRKS`."""
    value = value.strip()
    if not value or value == "none":
        return frozenset()
    if value == "all":
        return frozenset(QUIRKS)
    names = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = names - set(QUIRKS)
    if unknown:
        raise ValueError(f"unknown quirks: {sorted(unknown)}; known: {sorted(QUIRKS)} or 'all'")
    return names
