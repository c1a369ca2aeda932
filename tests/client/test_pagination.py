"""Every pagination style over real HTTP (sandbox), plus MockTransport cases the sandbox cannot produce."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import intercom_client as ic
from intercom_client import AsyncIntercom, Intercom
from intercom_client.pagination import PageFlow, PageRequest
from intercom_sandbox.server import SandboxHandle

from .conftest import Log

USERS = {"field": "role", "operator": "=", "value": "user"}


def _query(path: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(path).query)


# --- cursor (query) --------------------------------------------------------------------------------------


def test_contacts_cursor_walk_typed_and_complete(client: Intercom, wire: Log) -> None:
    contacts = list(client.contacts.list(per_page=40))
    assert len(contacts) == 250 == len({c.id for c in contacts})
    assert type(contacts[0]).__name__ == "Contact" and type(contacts[0]).__module__.startswith(
        "intercom_v2_14"
    )
    assert len(wire) == 7  # ceil(250 / 40)
    for exchange in wire.exchanges:
        assert _query(exchange.path)["per_page"] == ["40"]  # kept on every page
    assert "starting_after" not in _query(wire.exchanges[0].path)
    assert all("starting_after" in _query(e.path) for e in wire.exchanges[1:])


def test_conversations_under_conversations_key(client: Intercom) -> None:
    conversations = list(client.conversations.list(per_page=33))
    assert len({c.id for c in conversations}) == 200
    assert type(conversations[0]).__name__ == "ConversationListItem"
    updated = [c.updated_at for c in conversations]
    assert updated == sorted(updated, reverse=True)


# --- cursor (body) -----------------------------------------------------------------------------------------


def test_search_keeps_per_page_on_every_page_and_pages_differ(client: Intercom, wire: Log) -> None:
    pages = list(client.contacts.search(USERS, per_page=7).pages())
    assert len(pages) >= 3
    first_ids = [c.id for c in pages[0].items]
    second_ids = [c.id for c in pages[1].items]
    assert len(first_ids) == len(second_ids) == 7
    assert not set(first_ids) & set(second_ids)  # page 2 really is page 2 (Fern's SDK refetches page 1)
    all_ids = [c.id for p in pages for c in p.items]
    assert len(all_ids) == len(set(all_ids)) == pages[0].total_count
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert all(e.path == "/contacts/search" and e.method == "POST" for e in wire.exchanges)


def test_conversation_and_ticket_search(client: Intercom) -> None:
    open_convs = list(
        client.conversations.search({"field": "open", "operator": "=", "value": True}, per_page=11)
    )
    assert open_convs and all(c.open_ is True for c in open_convs)
    tickets = list(
        client.tickets.search({"field": "ticket_type_id", "operator": "!=", "value": "none"}, per_page=9)
    )
    assert len({t.id for t in tickets}) == 40
    assert type(tickets[0]).__name__ == "Ticket"


def test_search_query_may_be_a_generated_model(client: Intercom) -> None:
    from intercom_v2_14.models import SingleFilterSearchRequest

    query = SingleFilterSearchRequest.from_dict(USERS)
    by_model = [c.id for c in client.contacts.search(query, per_page=50)]
    by_dict = [c.id for c in client.contacts.search(USERS, per_page=50)]
    assert by_model == by_dict and by_model


# --- numbered and next URL -------------------------------------------------------------------------------


def test_companies_list_numbered_pages(client: Intercom, wire: Log) -> None:
    companies = list(client.companies.list(per_page=25, order="asc"))
    assert len(companies) == 120 == len({c.id for c in companies})
    created = [c.created_at for c in companies]
    assert created == sorted(created)
    assert [_query(e.path).get("page", ["1"])[0] for e in wire.exchanges] == ["1", "2", "3", "4", "5"]
    assert all(e.method == "POST" and _query(e.path)["per_page"] == ["25"] for e in wire.exchanges)


def test_articles_follow_next_url_on_the_same_host(client: Intercom, wire: Log) -> None:
    articles = list(client.articles.list(per_page=7))
    assert len(articles) == 60 == len({a.id for a in articles})
    assert type(articles[0]).__name__ == "ArticleListItem"
    assert [_query(e.path).get("page", ["1"])[0] for e in wire.exchanges] == [str(n) for n in range(1, 10)]


# --- limits and checks -----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [151, 0, -1, 10.5, "10", True])
def test_per_page_is_checked_before_any_request(client: Intercom, wire: Log, bad: Any) -> None:
    from intercom_v2_14.api.contacts import list_contacts

    for attempt in (
        lambda: client.contacts.list(per_page=bad),
        lambda: client.contacts.search(USERS, per_page=bad),
        lambda: client.companies.list(per_page=bad),
        lambda: client.paginate(list_contacts, per_page=bad),
    ):
        with pytest.raises(ValueError, match="per_page"):
            attempt()
    assert len(wire) == 0  # nothing reached the server
    assert client.rate_limit is None


def test_max_items_stops_early(client: Intercom, wire: Log) -> None:
    contacts = list(client.contacts.list(per_page=10, max_items=15))
    assert len(contacts) == 15
    assert len(wire) == 2  # the third page is never requested
    assert list(client.contacts.list(max_items=0)) == []
    assert len(wire) == 2
    with pytest.raises(ValueError, match="max_items"):
        client.contacts.list(max_items=-1)


def test_pages_and_raw_items(client: Intercom) -> None:
    pages = list(client.articles.list(per_page=25, raw=True).pages())
    assert [len(p) for p in pages] == [25, 25, 10]
    assert all(isinstance(item, dict) for item in pages[0])
    assert pages[0].total_count == 60
    assert pages[0].raw["pages"]["page"] == 1


def test_a_paginator_can_be_iterated_again(client: Intercom) -> None:
    paginator = client.contacts.list(per_page=150)
    assert [c.id for c in paginator] == [c.id for c in paginator]


# --- scroll ----------------------------------------------------------------------------------------------


def test_scroll_walks_everything_and_stops_on_empty_page(client: Intercom, wire: Log) -> None:
    companies = list(client.companies.scroll())
    assert len(companies) == 120 == len({c.id for c in companies})
    assert type(companies[0]).__name__ == "Company"
    assert len(wire) == 9  # 8 pages of 15, then the empty page
    assert "scroll_param" not in _query(wire.exchanges[0].path)
    params = {_query(e.path)["scroll_param"][0] for e in wire.exchanges[1:]}
    assert len(params) == 1


def test_scroll_restarts_after_a_mid_scroll_500_without_duplicates(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    sandbox.inject("/companies/scroll", "scroll_500", after=2)  # the 3rd page request fails, scroll lost
    companies = list(client.companies.scroll())
    assert len(companies) == 120 == len({c.id for c in companies})
    statuses = wire.statuses()
    assert statuses.count(500) == 1
    failed = statuses.index(500)
    # the same scroll_param is tried once more (the scroll might have survived): 400, it did not
    assert statuses[failed + 1] == 400 and "scroll_param" in _query(wire.exchanges[failed + 1].path)
    assert "scroll_param" not in _query(wire.exchanges[failed + 2].path)  # started again from scratch
    assert statuses[failed + 2] == 200


def test_scroll_survives_a_transient_500(
    client: Intercom, sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    """A plain 500 that did not kill the scroll: the retry with the same scroll_param just continues."""
    sandbox.inject("/companies/scroll", "500", after=3)
    companies = list(client.companies.scroll())
    assert len(companies) == 120 == len({c.id for c in companies})
    assert wire.statuses().count(500) == 1 and 400 not in wire.statuses()
    assert sum(1 for e in wire.exchanges if "scroll_param" not in _query(e.path)) == 1  # never restarted
    assert sleeps == [0.5]


def test_scroll_restarts_after_expiry(client: Intercom, sandbox: SandboxHandle, wire: Log) -> None:
    seen: list[str] = []
    for n, page in enumerate(client.companies.scroll().pages()):
        seen += [c.id for c in page.items]
        if n == 1:
            sandbox.advance(61)  # the scroll_param lives one minute after its last use
    assert len(seen) == 120 == len(set(seen))
    assert 400 in wire.statuses()


def test_scroll_without_restart_raises(client: Intercom, sandbox: SandboxHandle) -> None:
    sandbox.inject("/companies/scroll", "scroll_500", after=1)
    got: list[str] = []
    with pytest.raises(ic.ScrollError, match="restart=False"):
        for company in client.companies.scroll(restart=False):
            got.append(company.id)
    assert len(got) == 30  # two pages were yielded before the scroll was lost (after=1 skips one)


def test_scroll_gives_up_after_max_restarts(client: Intercom, sandbox: SandboxHandle) -> None:
    sandbox.inject("/companies/scroll", "scroll_500", times=10)
    with pytest.raises(ic.ScrollError, match="lost 4 times"):
        list(client.companies.scroll())


def test_one_scroll_at_a_time_per_client(client: Intercom, wire: Log) -> None:
    first = iter(client.companies.scroll())
    next(first)
    sent = len(wire)
    with pytest.raises(ic.ScrollError, match="already in progress on this client"):
        next(iter(client.companies.scroll()))
    with pytest.raises(ic.ScrollError):
        next(iter(client.with_options(timeout=5).companies.scroll()))  # copies share the guard
    assert len(wire) == sent  # refused before sending anything
    rest = list(first)
    assert len(rest) == 119


def test_server_side_open_scroll_is_a_clear_error(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.headers) as other_process:
        assert other_process.get("/companies/scroll").status_code == 200  # someone else holds the scroll
    with pytest.raises(ic.ScrollError, match="one per workspace"):
        list(client.companies.scroll())
    sandbox.advance(61)  # it expires a minute after its last use
    assert len(list(client.companies.scroll())) == 120


def test_abandoned_local_scroll_releases_the_guard(client: Intercom, sandbox: SandboxHandle) -> None:
    iterator = iter(client.companies.scroll())
    next(iterator)
    del iterator  # generator closed → guard released (the server still holds its scroll for a minute)
    sandbox.advance(61)
    assert len(list(client.companies.scroll())) == 120


# --- generic paginate on generated endpoints ---------------------------------------------------------------


def test_paginate_any_generated_endpoint(client: Intercom, wire: Log) -> None:
    from intercom_v2_7.api.articles import list_articles
    from intercom_v2_14.api.contacts import list_contacts, search_contacts
    from intercom_v2_14.models import SearchRequest

    assert len(list(client.paginate(list_contacts, per_page=100))) == 250
    body = SearchRequest.from_dict({"query": USERS, "pagination": {"per_page": 9}})
    found = list(client.paginate(search_contacts.sync_detailed, body=body))
    assert len(found) == len({c.id for c in found}) > 9
    assert type(found[0]).__module__.startswith("intercom_v2_14.models")
    articles = list(client.paginate(list_articles, per_page=20))
    assert len(articles) == 60 and type(articles[0]).__module__.startswith("intercom_v2_7.models")
    assert wire.exchanges[-1].headers["intercom-version"] == "2.7"  # the endpoint's own version


def test_paginate_preview_scroll_raw(client: Intercom) -> None:
    from intercom_preview.api.companies import scroll_over_all_companies

    companies = list(client.paginate(scroll_over_all_companies, raw=True))
    assert len(companies) == 120 and isinstance(companies[0], dict)


def test_paginate_refuses_non_endpoints(client: Intercom) -> None:
    with pytest.raises(TypeError, match="not a generated endpoint"):
        client.paginate(len)


# --- shapes the sandbox does not produce (MockTransport) ----------------------------------------------------


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> Intercom:
    return Intercom(
        token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0
    )


def test_repeated_cursor_raises_instead_of_looping() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(
            200,
            json={
                "type": "list",
                "data": [{"id": str(len(calls))}],
                "pages": {"next": {"starting_after": "SAME"}},
            },
        )

    with pytest.raises(ic.PaginationError, match="same cursor twice"):
        list(_mock_client(handler).contacts.list(raw=True))
    assert len(calls) == 2


def test_foreign_next_url_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "type": "list",
                "data": [{"id": "1"}],
                "pages": {"next": "https://evil.example/articles?page=2"},
            },
        )

    with pytest.raises(ic.PaginationError, match=r"evil\.example"):
        list(_mock_client(handler).articles.list(raw=True))


def test_relative_next_url_and_data_key_for_conversations() -> None:
    """#166 in reverse: conversations under ``data``; ``pages.next`` given as a path."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if "page=2" in str(request.url):
            return httpx.Response(
                200, json={"type": "conversation.list", "data": [{"id": "c2"}], "pages": {"next": None}}
            )
        return httpx.Response(
            200,
            json={
                "type": "conversation.list",
                "data": [{"id": "c1"}],
                "pages": {"next": "/conversations?page=2"},
            },
        )

    items = list(_mock_client(handler).conversations.list())
    assert [i.id for i in items] == ["c1", "c2"]
    assert type(items[0]).__name__ == "ConversationListItem"
    assert seen[1] == "https://api.intercom.io/conversations?page=2"


def test_scroll_404_means_no_companies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, json={"type": "error.list", "errors": [{"code": "not_found", "message": "x"}]}
        )

    assert list(_mock_client(handler).companies.scroll()) == []


def test_non_json_page_is_a_parse_error() -> None:
    client = _mock_client(lambda request: httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(ic.APIResponseParseError, match="not JSON"):
        list(client.contacts.list())


def test_flow_is_pure() -> None:
    """The next-request logic without any I/O."""
    flow = PageFlow(
        PageRequest("POST", "/contacts/search", json={"query": USERS, "pagination": {"per_page": 5}}),
        base_url="https://api.intercom.io",
        per_page=5,
    )
    first = flow.first_request()
    nxt = flow.next_request(first, {"pages": {"next": {"starting_after": "abc"}}}, [1])
    assert nxt is not None and nxt.json == {
        "query": USERS,
        "pagination": {"per_page": 5, "starting_after": "abc"},
    }
    assert first.json == {"query": USERS, "pagination": {"per_page": 5}}  # the original is untouched
    assert flow.next_request(nxt, {"pages": {"next": None}}, [1]) is None
    assert flow.next_request(nxt, {"pages": {"next": {"starting_after": "zzz"}}}, []) is None  # empty page
    numbered = PageFlow(
        PageRequest("POST", "/companies/list", params={"per_page": 3}),
        base_url="https://api.intercom.io",
        per_page=3,
    )
    req = numbered.next_request(numbered.first_request(), {"pages": {"page": 1, "total_pages": 2}}, [1])
    assert req is not None and dict(req.params) == {"per_page": 3, "page": 2}
    assert numbered.next_request(req, {"pages": {"page": 2, "total_pages": 2}}, [1]) is None


def test_a_next_url_is_followed_only_on_the_api_origin_as_downloads_judge_it() -> None:
    """One origin rule for next-page URLs and download URLs: case and the default port do not matter."""
    flow = PageFlow(PageRequest("GET", "/articles"), base_url="https://api.intercom.io")
    same = flow.next_request(
        flow.first_request(), {"pages": {"next": "https://API.intercom.io:443/articles?page=2"}}, [1]
    )
    assert same is not None and same.url == "https://API.intercom.io:443/articles?page=2"
    with pytest.raises(ic.PaginationError, match="refusing to send credentials"):
        flow.next_request(
            flow.first_request(), {"pages": {"next": "https://api.intercom.io:8443/articles?page=3"}}, [1]
        )


# --- async mirrors -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_list_search_and_pages(aclient: AsyncIntercom, wire: Log) -> None:
    contacts = [c async for c in aclient.contacts.list(per_page=100)]
    assert len({c.id for c in contacts}) == 250
    pages = [p async for p in aclient.contacts.search(USERS, per_page=7).pages()]
    assert {c.id for c in pages[0].items}.isdisjoint({c.id for c in pages[1].items})
    articles = await aclient.articles.list(per_page=25).to_list()
    assert len(articles) == 60
    companies = [c async for c in aclient.companies.list(per_page=50, max_items=70)]
    assert len(companies) == 70


@pytest.mark.anyio
async def test_async_scroll_with_restart(aclient: AsyncIntercom, sandbox: SandboxHandle, wire: Log) -> None:
    sandbox.inject("/companies/scroll", "scroll_500", after=3)
    companies = [c async for c in aclient.companies.scroll()]
    assert len(companies) == 120 == len({c.id for c in companies})
    assert wire.statuses().count(500) == 1


@pytest.mark.anyio
async def test_async_per_page_checked_and_paginate(aclient: AsyncIntercom, wire: Log) -> None:
    from intercom_preview.api.contacts import list_contacts

    with pytest.raises(ValueError, match="per_page"):
        aclient.contacts.search(USERS, per_page=500)
    assert len(wire) == 0
    contacts = [c async for c in aclient.paginate(list_contacts, per_page=150)]
    assert len(contacts) == 250 and type(contacts[0]).__module__.startswith("intercom_preview")
