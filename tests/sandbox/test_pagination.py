"""Every pagination style: cursor, search body, page/per_page with URL, scroll."""

from __future__ import annotations

import httpx
import pytest

from intercom_sandbox.server import SandboxHandle


def walk_cursor(api: httpx.Client, path: str, key: str, per_page: int) -> list[dict]:
    items: list[dict] = []
    params: dict = {"per_page": per_page}
    for _ in range(100):
        page = api.get(path, params=params).json()
        items += page[key]
        nxt = page["pages"].get("next")
        if not nxt:
            return items
        assert nxt["per_page"] == per_page
        params = {"per_page": per_page, "starting_after": nxt["starting_after"]}
    raise AssertionError("pagination did not end")


def test_contacts_cursor_walk_visits_each_contact_once(api: httpx.Client) -> None:
    first = api.get("/contacts").json()
    assert first["pages"]["per_page"] == 10  # default page size (PR #639)
    assert first["total_count"] == 250
    contacts = walk_cursor(api, "/contacts", "data", 40)
    ids = [c["id"] for c in contacts]
    assert len(ids) == 250 == len(set(ids))


def test_conversations_cursor_walk(api: httpx.Client) -> None:
    first = api.get("/conversations").json()
    assert first["type"] == "conversation.list"
    assert first["pages"]["per_page"] == 20
    conversations = walk_cursor(api, "/conversations", "conversations", 33)
    assert len({c["id"] for c in conversations}) == 200
    updated = [c["updated_at"] for c in conversations]
    assert updated == sorted(updated, reverse=True)


@pytest.mark.parametrize("path", ["/contacts", "/conversations", "/articles", "/companies"])
def test_per_page_above_150_refused(api: httpx.Client, path: str) -> None:
    response = api.get(path, params={"per_page": 151})
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "parameter_invalid"
    assert api.get(path, params={"per_page": 150}).status_code == 200


def test_bad_cursor_refused(api: httpx.Client) -> None:
    response = api.get("/contacts", params={"starting_after": "not-a-cursor"})
    assert response.status_code == 400
    assert response.json()["type"] == "error.list"


def search_all(api: httpx.Client, path: str, key: str, query: dict, per_page: int) -> tuple[list[dict], int]:
    items: list[dict] = []
    pagination: dict = {"per_page": per_page}
    total = -1
    for _ in range(100):
        page = api.post(path, json={"query": query, "pagination": pagination}).json()
        total = page["total_count"]
        items += page[key]
        nxt = page["pages"].get("next")
        if not nxt:
            return items, total
        pagination = {"per_page": per_page, "starting_after": nxt["starting_after"]}
    raise AssertionError("search pagination did not end")


def test_contact_search_paginates_through_the_body(api: httpx.Client) -> None:
    query = {"operator": "AND", "value": [{"field": "role", "operator": "=", "value": "user"}]}
    items, total = search_all(api, "/contacts/search", "data", query, 30)
    assert total == 200 == len(items) == len({c["id"] for c in items})
    assert all(c["role"] == "user" for c in items)


def test_search_page_parameter_has_no_effect(api: httpx.Client) -> None:
    query = {"field": "role", "operator": "=", "value": "user"}
    plain = api.post("/contacts/search", json={"query": query, "pagination": {"per_page": 5}}).json()
    paged = api.post(
        "/contacts/search", json={"query": query, "pagination": {"per_page": 5, "page": 3}}
    ).json()
    assert [c["id"] for c in plain["data"]] == [c["id"] for c in paged["data"]]  # Intercom-OpenAPI #98


def test_conversation_search_nested_or_and_operators(api: httpx.Client, sandbox: SandboxHandle) -> None:
    start = sandbox.state()["messages_window"][0]
    cutoff = start + 45 * 86_400
    query = {
        "operator": "OR",
        "value": [
            {
                "operator": "AND",
                "value": [
                    {"field": "state", "operator": "=", "value": "open"},
                    {"field": "created_at", "operator": ">", "value": str(cutoff)},
                ],
            },
            {"operator": "AND", "value": [{"field": "priority", "operator": "=", "value": "priority"}]},
        ],
    }
    items, total = search_all(api, "/conversations/search", "conversations", query, 50)
    assert total == len(items) > 0
    for conv in items:
        assert (conv["state"] == "open" and conv["created_at"] > cutoff) or conv["priority"] == "priority"
    everything = api.get("/conversations", params={"per_page": 150}).json()["total_count"]
    assert total < everything


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ({"field": "email", "operator": "~", "value": "ada"}, lambda c: "ada" in c["email"]),
        ({"field": "email", "operator": "^", "value": "b"}, lambda c: c["email"].startswith("b")),
        (
            {"field": "email", "operator": "$", "value": "7@example.test"},
            lambda c: c["email"].endswith("7@example.test"),
        ),
        ({"field": "role", "operator": "!=", "value": "user"}, lambda c: c["role"] == "lead"),
        ({"field": "role", "operator": "IN", "value": ["lead"]}, lambda c: c["role"] == "lead"),
        (
            {"field": "custom_attributes.plan", "operator": "NIN", "value": ["free", "pro"]},
            lambda c: c["custom_attributes"]["plan"] == "enterprise",
        ),
        (
            {"field": "custom_attributes.seats", "operator": "<=", "value": 3},
            lambda c: c["custom_attributes"]["seats"] <= 3,
        ),
    ],
)
def test_contact_search_operators(api: httpx.Client, query: dict, check) -> None:
    items, total = search_all(api, "/contacts/search", "data", query, 150)
    assert total == len(items) > 0
    assert all(check(c) for c in items)


def test_ticket_search(api: httpx.Client) -> None:
    items, total = search_all(
        api, "/tickets/search", "tickets", {"field": "state", "operator": "=", "value": "resolved"}, 5
    )
    assert total == len(items) > 5
    assert {t["ticket_state"]["category"] for t in items} == {"resolved"}


def test_search_rejects_malformed_query(api: httpx.Client) -> None:
    assert api.post("/contacts/search", json={"pagination": {"per_page": 5}}).status_code == 400
    bad = api.post("/contacts/search", json={"query": {"field": "email", "operator": "==", "value": "x"}})
    assert bad.status_code == 400
    too_big = api.post(
        "/contacts/search",
        json={"query": {"field": "role", "operator": "=", "value": "user"}, "pagination": {"per_page": 151}},
    )
    assert too_big.status_code == 400


def walk_pages(api: httpx.Client, url: str, method: str = "GET") -> tuple[list[dict], list[dict]]:
    items, pages = [], []
    while url:
        page = api.request(method, url).json()
        items += page["data"]
        pages.append(page["pages"])
        url = page["pages"]["next"]
    return items, pages


@pytest.mark.parametrize(
    ("method", "path", "default_per_page", "total"),
    [("GET", "/articles", 25, 60), ("GET", "/companies", 15, 120), ("POST", "/companies/list", 15, 120)],
)
def test_page_per_page_with_next_url(
    api: httpx.Client, method: str, path: str, default_per_page: int, total: int
) -> None:
    first = api.request(method, path).json()
    assert first["pages"]["per_page"] == default_per_page
    assert first["total_count"] == total
    items, pages = walk_pages(api, f"{api.base_url}{path}?per_page=7", method)
    assert len(items) == total == len({i["id"] for i in items})
    assert [p["page"] for p in pages] == list(range(1, len(pages) + 1))
    assert pages[0]["next"].startswith("http://127.0.0.1")  # a full URL
    assert pages[-1]["next"] is None
    assert pages[0]["total_pages"] == len(pages)


def test_companies_list_order(api: httpx.Client) -> None:
    desc = api.post("/companies/list", params={"per_page": 150}).json()["data"]
    asc = api.post("/companies/list", params={"per_page": 150, "order": "asc"}).json()["data"]
    assert [c["id"] for c in desc] == [c["id"] for c in reversed(asc)]
    assert desc[0]["created_at"] >= desc[-1]["created_at"]


def test_contact_notes_page_per_page(api: httpx.Client) -> None:
    contacts = api.get("/contacts", params={"per_page": 150}).json()["data"]
    busy = next(c for c in contacts if c["notes"]["total_count"] >= 12)
    items, pages = walk_pages(api, f"{api.base_url}/contacts/{busy['id']}/notes?per_page=5")
    assert len(items) == busy["notes"]["total_count"] == len({n["id"] for n in items})
    assert len(pages) == 3 and "page=2" in pages[0]["next"]
    assert all(n["contact"]["id"] == busy["id"] for n in items)
    assert api.get("/contacts/nope/notes").status_code == 404


def test_scroll_walks_all_companies_and_ends_with_empty_page(api: httpx.Client) -> None:
    seen: list[str] = []
    page = api.get("/companies/scroll").json()
    param = page["scroll_param"]
    while page["data"]:
        seen += [c["id"] for c in page["data"]]
        page = api.get("/companies/scroll", params={"scroll_param": param}).json()
        assert page["scroll_param"] == param  # same param all the way, including the empty last page
    assert page["data"] == []
    assert len(seen) == 120 == len(set(seen))


def test_one_open_scroll_per_workspace(api: httpx.Client, sandbox: SandboxHandle) -> None:
    assert api.get("/companies/scroll").status_code == 200
    second = api.get("/companies/scroll")
    assert second.status_code == 400
    assert second.json()["errors"][0]["code"] == "scroll_exists"
    sandbox.advance(61)  # the open scroll expires a minute after its last use
    assert api.get("/companies/scroll").status_code == 200


def test_scroll_param_expires_after_a_minute(api: httpx.Client, sandbox: SandboxHandle) -> None:
    param = api.get("/companies/scroll").json()["scroll_param"]
    sandbox.advance(59)
    assert api.get("/companies/scroll", params={"scroll_param": param}).status_code == 200  # use refreshes it
    sandbox.advance(59)
    assert api.get("/companies/scroll", params={"scroll_param": param}).status_code == 200
    sandbox.advance(60)
    expired = api.get("/companies/scroll", params={"scroll_param": param})
    assert expired.status_code == 400
    assert expired.json()["type"] == "error.list"


def test_scroll_without_companies_is_404(sandbox: SandboxHandle) -> None:
    from intercom_sandbox.config import SandboxConfig
    from intercom_sandbox.server import SandboxServer

    with (
        SandboxServer(SandboxConfig(companies=0, validate=False)) as server,
        server.handle().client() as client,
    ):
        response = client.get("/companies/scroll")
    assert response.status_code == 404
    assert response.json()["type"] == "error.list"
