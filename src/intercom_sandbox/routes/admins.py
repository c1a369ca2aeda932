"""Admins and teams: ``GET /me``, the workspace's admins (one by id, away mode) and its teams.

The workspace has one team, the one its seeded conversations are assigned to (``team_assignee_id``
5017691), with the first three admins in it; an admin's ``team_ids`` and a team's ``admin_ids`` agree.
"""

from __future__ import annotations

from typing import Any

from ..errors import not_found
from ..registry import Call, operation
from ..state import Workspace

__all__: list[str] = []

SUPPORT_TEAM = "5017691"
SUPPORT_MEMBERS = 3


def _team_ids(ws: Workspace, admin: dict[str, Any]) -> list[int]:
    members = [a["id"] for a in ws.data.admins[:SUPPORT_MEMBERS]]
    return [int(SUPPORT_TEAM)] if admin["id"] in members else []


def _admin(ws: Workspace, admin: dict[str, Any]) -> dict[str, Any]:
    return {
        "has_inbox_seat": True,
        "away_status_reason_id": None,
        **admin,
        "team_ids": _team_ids(ws, admin),
    }


def _admin_of(call: Call) -> dict[str, Any]:
    wanted = call.path_param()
    admin = next((a for a in call.ws.data.admins if str(a["id"]) == wanted), None)
    if admin is None:
        raise not_found("Admin not found", "admin_not_found")
    return admin


def _teams(ws: Workspace) -> list[dict[str, Any]]:
    return [
        {
            "type": "team",
            "id": SUPPORT_TEAM,
            "name": "Support",
            "admin_ids": [int(a["id"]) for a in ws.data.admins[:SUPPORT_MEMBERS]],
            "assignment_limit": 10,
            "distribution_method": "round_robin",
        }
    ]


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


@operation("GET /admins")
async def list_admins(call: Call) -> dict[str, Any]:
    ws = call.ws
    return {"type": "admin.list", "admins": [_admin(ws, a) for a in ws.data.admins]}


@operation("GET /admins/{admin_id}")
async def get_admin(call: Call) -> dict[str, Any]:
    return _admin(call.ws, _admin_of(call))


@operation("PUT /admins/{admin_id}/away")
async def set_away(call: Call) -> dict[str, Any]:
    """Away mode on or off (both flags are required by the schema); ``away_status_reason_id`` is kept."""
    admin = _admin_of(call)
    data = call.data()
    for key in ("away_mode_enabled", "away_mode_reassign"):
        if isinstance(data.get(key), bool):
            admin[key] = data[key]
    if "away_status_reason_id" in data:
        reason = data["away_status_reason_id"]
        admin["away_status_reason_id"] = (
            str(reason) if reason is not None and admin["away_mode_enabled"] else None
        )
    if not admin["away_mode_enabled"]:
        admin["away_status_reason_id"] = None
    return _admin(call.ws, admin)


@operation("GET /teams")
async def list_teams(call: Call) -> dict[str, Any]:
    return {"type": "team.list", "teams": _teams(call.ws)}


@operation("GET /teams/{team_id}")
async def get_team(call: Call) -> dict[str, Any]:
    team = next((t for t in _teams(call.ws) if t["id"] == call.path_param()), None)
    if team is None:
        raise not_found("Team not found", "team_not_found")
    return team
