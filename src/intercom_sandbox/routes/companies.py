"""Companies: list (with filters), ``POST /companies/list`` (capped at 10,000), scroll, get, create/update."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..pagination import numbered_page
from ..registry import Call, operation

__all__: list[str] = []

#: POST /companies/list serves at most the first 10,000 companies; past them, use the scroll.
COMPANIES_LIST_CAP = 10_000


def _company_list(call: Call, companies: Sequence[dict[str, Any]], default_per_page: int) -> dict[str, Any]:
    ws = call.ws
    page_no, per_page = call.numbered(default_per_page)
    page = numbered_page(companies, page_no, per_page, call.page_url)
    return page.body(lambda c: ws.render(c, "company"))


@operation("GET /companies")
async def list_companies(call: Call) -> Any:
    """GET /companies: page/per_page (default 15), optional filters; 404 when a filter matches nothing."""
    ws = call.ws
    q = call.request.query_params
    companies = ws.data.companies
    filtered = False
    if q.get("name"):
        companies = [c for c in companies if c["name"] == q["name"]]
        filtered = True
    if q.get("company_id"):
        companies = [c for c in companies if c["company_id"] == q["company_id"]]
        filtered = True
    if q.get("tag_id"):
        companies = [c for c in companies if any(t["id"] == q["tag_id"] for t in c["tags"]["tags"])]
        filtered = True
    if q.get("segment_id"):
        companies = []
        filtered = True
    if filtered and not companies:
        raise not_found("Company Not Found", code="company_not_found")
    return _company_list(call, companies, 15)


@operation("POST /companies/list")
async def list_all_companies(call: Call) -> Any:
    """POST /companies/list: page/per_page in the query, ``order`` asc/desc by creation (default desc)."""
    ws = call.ws
    order = call.request.query_params.get("order", "desc")
    if order not in ("asc", "desc"):
        raise ApiError(400, "parameter_invalid", "order must be asc or desc", field="order")
    page_no, per_page = call.numbered(15)
    if page_no * per_page > COMPANIES_LIST_CAP:
        # PostHog's Intercom source hit this in production (github.com/PostHog/posthog pull 63033:
        # per_page=60&page=167 answered 400 bad_request "page limit reached, please use scroll API").
        raise bad_request("page limit reached, please use scroll API")
    companies = sorted(ws.data.companies, key=lambda c: (c["created_at"], c["id"]), reverse=order == "desc")
    return _company_list(call, companies, 15)


@operation("GET /companies/scroll")
async def scroll_companies(call: Call) -> Any:
    ws = call.ws
    page, param = ws.scroll_page(call.request.query_params.get("scroll_param"))
    return {
        "type": "list",
        "data": [ws.render(c, "company") for c in page],
        "pages": None,
        "total_count": None,
        "scroll_param": param,
    }


@operation("GET /companies/{company_id}")
async def get_company(call: Call) -> Any:
    ws = call.ws
    company = ws.companies_by_id.get(call.path_param())
    if company is None:
        raise not_found("Company Not Found", code="company_not_found")
    return ws.render(company, "company")


def _plan(name: str) -> dict[str, Any]:
    """The request sends a plan's name; the company carries a ``plan`` object (the spec's company schema),
    with an id derived from the name so the same plan keeps one id."""
    return {"type": "plan", "id": str(zlib.crc32(name.encode()) % 1_000_000), "name": name}


@operation("POST /companies")
async def create_or_update_company(call: Call) -> Any:
    data = call.data()
    ws = call.ws
    now = int(ws.now())
    company_id = data.get("company_id")
    existing = next((c for c in ws.data.companies if company_id and c["company_id"] == company_id), None)
    if existing is None:
        if not company_id and not data.get("name"):
            raise bad_request("company_id or name is required")
        existing = {
            "type": "company",
            "company_id": company_id or ws.new_id(),
            "id": ws.new_id(),
            "app_id": ws.data.workspace_id,
            "name": data.get("name"),
            "remote_created_at": data.get("remote_created_at"),
            "created_at": now,
            "updated_at": now,
            "last_request_at": None,
            "size": data.get("size"),
            "website": data.get("website"),
            "industry": data.get("industry"),
            "monthly_spend": int(data.get("monthly_spend") or 0),
            "session_count": 0,
            "user_count": 0,
            "tags": {"type": "tag.list", "tags": []},
            "segments": {"type": "segment.list", "segments": []},
            "plan": {},
            "custom_attributes": {},
        }
        if isinstance(data.get("plan"), str):
            existing["plan"] = _plan(data["plan"])
        ws.data.companies.append(existing)
        ws.companies_by_id[existing["id"]] = existing
    else:
        for key in ("name", "remote_created_at", "size", "website", "industry", "monthly_spend"):
            if key in data:
                existing[key] = data[key]
        if isinstance(data.get("plan"), str):
            existing["plan"] = _plan(data["plan"])
        existing["updated_at"] = now
    if isinstance(data.get("custom_attributes"), dict):
        existing["custom_attributes"].update(data["custom_attributes"])
    return ws.render(existing, "company")
