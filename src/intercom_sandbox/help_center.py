"""The workspace's help center and its collections, which the seeded articles belong to.

Articles are seeded with ``parent_id`` 140 to 144 (``data.py``): those are the collections here, so an
article's parent is found in ``GET /help_center/collections``. Both lists are served by the spec-driven
engine (create, read, update, delete, list), which shares them with the workspace.
"""

from __future__ import annotations

from typing import Any

__all__ = ["HELP_CENTER_ID", "seeded_collections", "seeded_help_centers"]

HELP_CENTER_ID = "81"
COLLECTION_NAMES = ("Getting started", "Account and billing", "Integrations", "Troubleshooting", "Security")


def seeded_help_centers(workspace_id: str, start: int) -> list[dict[str, Any]]:
    return [
        {
            "id": HELP_CENTER_ID,
            "workspace_id": workspace_id,
            "created_at": start - 400 * 86400,
            "updated_at": start - 30 * 86400,
            "identifier": "sandbox-help",
            "website_turned_on": True,
            "display_name": "Sandbox Help Center",
            "url": "https://help.example.test",
            "custom_domain": "help.example.test",
        }
    ]


def seeded_collections(workspace_id: str, start: int) -> list[dict[str, Any]]:
    return [
        {
            "id": str(140 + k),
            "workspace_id": workspace_id,
            "name": name,
            "url": f"https://help.example.test/en/collections/{140 + k}",
            "order": k + 1,
            "created_at": start - (300 - k) * 86400,
            "updated_at": start - (30 - k) * 86400,
            "description": f"Articles about {name.lower()}",
            "icon": "book-bookmark",
            "parent_id": None,
            "help_center_id": int(HELP_CENTER_ID),
        }
        for k, name in enumerate(COLLECTION_NAMES)
    ]
