"""The workspace's subscription types: one opt-out (email newsletters) and one opt-in (product updates).

A contact's subscriptions are those attached to it (``POST /contacts/{id}/subscriptions``); a contact's
``opted_out_subscription_types`` and ``opted_in_subscription_types`` split them by consent type.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SUBSCRIPTION_TYPES", "consent_of"]

SUBSCRIPTION_TYPES: tuple[dict[str, Any], ...] = tuple(
    {
        "type": "subscription",
        "id": sid,
        "state": "live",
        "consent_type": consent,
        "default_translation": {"name": name, "description": description, "locale": "en"},
        "translations": [{"name": name, "description": description, "locale": "en"}],
        "content_types": content,
    }
    for sid, name, description, consent, content in (
        ("135", "Newsletters", "News about the product, once a month", "opt_out", ["email"]),
        ("136", "Product updates", "Texts about new features", "opt_in", ["email", "sms_message"]),
    )
)


def consent_of(subscription_id: str) -> str | None:
    """``opt_in`` or ``opt_out`` for a known subscription type, else None."""
    return next((t["consent_type"] for t in SUBSCRIPTION_TYPES if t["id"] == subscription_id), None)
