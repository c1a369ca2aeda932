"""Admins: ``GET /me``, the workspace's first admin with its app."""

from __future__ import annotations

from typing import Any

from ..registry import Call, operation

__all__: list[str] = []


@operation("GET /me")
async def me(call: Call) -> dict[str, Any]:
    ws = call.ws
    admin = ws.data.admins[0]
    return {
        **admin,
        "email_verified": True,
        "app": {
            "type": "app",
            "id_code": ws.data.workspace_id,
            "name": "Sandbox",
            "created_at": ws.clock.start,
            "secure": False,
            "identity_verification": False,
            "timezone": "Europe/Dublin",
            "region": "US",
        },
    }
