"""The content sync's decisions, without I/O: checks, the source, the diff, counts."""

from __future__ import annotations

from typing import Any

import pytest

from intercom_client._sync_plan import (
    OUTCOMES,
    ContentPage,
    ContentSourceError,
    InvalidPageError,
    check_pages,
    check_source_url,
    pick_source,
    plan_sync,
)


def page(external_id: str, title: str = "Title", html: str = "<p>body</p>", **kw: Any) -> ContentPage:
    return ContentPage(external_id=external_id, title=title, html=html, **kw)


def listed(external_id: str, source_id: Any = 7, page_id: str | None = None, **kw: Any) -> dict[str, Any]:
    """An item of GET /ai/external_pages as the sandbox and the spec's examples shape it."""
    item = {
        "type": "external_page",
        "id": page_id or f"id-{external_id}",
        "source_id": source_id,
        "external_id": external_id,
        "title": "Title",
        "html": "<p>body</p>",
        "url": None,
        "locale": "en",
        "ai_agent_availability": True,
        "ai_copilot_availability": True,
    }
    item.update(kw)
    return item


# --- source URL and source choice -----------------------------------------------------------------------


@pytest.mark.parametrize("url", ["ftp://docs.example.com", "docs.example.com", "https://", "", None, 3])
def test_source_url_must_be_http_or_https(url: object) -> None:
    with pytest.raises(ValueError, match="http:// or https://"):
        check_source_url(url)


def test_source_url_is_stripped() -> None:
    assert check_source_url("  https://docs.example.com/ ") == "https://docs.example.com/"


def test_pick_source_matches_up_to_trailing_slash_and_host_case() -> None:
    items = [
        {"id": 1, "url": "https://other.example.com", "sync_behavior": "api"},
        {"id": 2, "url": "https://Docs.Example.com/", "sync_behavior": "api"},
    ]
    chosen = pick_source(items, "https://docs.example.com")
    assert chosen is not None and chosen["id"] == 2
    assert pick_source(items, "https://docs.example.com/help") is None


def test_pick_source_prefers_the_api_source_among_same_url() -> None:
    items = [
        {"id": 1, "url": "https://docs.example.com", "sync_behavior": "automatic"},
        {"id": 2, "url": "https://docs.example.com", "sync_behavior": "api"},
    ]
    chosen = pick_source(items, "https://docs.example.com")
    assert chosen is not None and chosen["id"] == 2


def test_pick_source_refuses_a_crawled_source() -> None:
    items = [{"id": 1, "url": "https://docs.example.com", "sync_behavior": "automatic"}]
    with pytest.raises(ContentSourceError, match="sync_behavior automatic"):
        pick_source(items, "https://docs.example.com/")


# --- checks before any write ------------------------------------------------------------------------------


def test_bad_pages_are_refused_with_reasons_and_still_claimed() -> None:
    pages = [
        page("ok.md"),
        page("dup.md", origin="a/dup.md"),
        page("dup.md", origin="b/dup.md"),
        page("untitled.md", title="  "),
        page("empty.md", html=" \n"),
        page("big.md", html="x" * 101),
        page("link.md", url="javascript:alert(1)"),
        page("fr.md", locale="fr"),
        page(""),
        page(" padded.md"),
        ContentPage.invalid("latin1.txt", "not UTF-8 (byte 3: invalid start byte)", origin="latin1.txt"),
    ]
    valid, refused, claimed = check_pages(pages, max_html_bytes=100, locales={"en"})
    assert [p.external_id for p in valid] == ["ok.md"]
    reasons = {o.origin or o.external_id: str(o.error) for o in refused}
    assert all(o.status == "failed" and isinstance(o.error, InvalidPageError) for o in refused)
    assert "given by 2 pages (a/dup.md, b/dup.md)" in reasons["a/dup.md"]
    assert "given by 2 pages" in reasons["b/dup.md"]
    assert reasons["untitled.md"] == "empty title"
    assert reasons["empty.md"] == "empty body"
    assert "101 bytes" in reasons["big.md"] and "100-byte limit" in reasons["big.md"]
    assert "not an http:// or https:// URL" in reasons["link.md"]
    assert "locale 'fr'" in reasons["fr.md"]
    assert reasons[""] == "empty external id"
    assert "whitespace" in reasons[" padded.md"]
    assert reasons["latin1.txt"].startswith("not UTF-8")
    # every external id given (refused ones too) is claimed: delete_missing must not delete them
    assert {"ok.md", "dup.md", "untitled.md", "latin1.txt", "padded.md"} <= claimed


def test_size_limit_counts_utf8_bytes_and_can_be_switched_off() -> None:
    accented = page("a.md", html="é" * 60)  # 60 characters, 120 bytes
    assert check_pages([accented], max_html_bytes=100)[1]
    assert not check_pages([accented], max_html_bytes=None)[1]


# --- the diff ----------------------------------------------------------------------------------------------


def test_new_changed_unchanged_and_missing() -> None:
    existing = [
        listed("same.md"),
        listed("edited.md", html="<p>old</p>"),
        listed("gone.md"),
        listed("other-source.md", source_id=99),
        {**listed("ui-page"), "external_id": None},
    ]
    pages = [page("same.md"), page("edited.md"), page("new.md")]
    plan = plan_sync(pages, existing, source_id="7", delete_missing=True)
    by_id = {o.external_id: o for o in plan.outcomes}
    assert by_id["same.md"].status == "unchanged" and by_id["same.md"].action is None
    assert by_id["edited.md"].status == "updated" and by_id["edited.md"].changed == ("html",)
    assert by_id["edited.md"].page_id == "id-edited.md"
    assert by_id["new.md"].status == "created" and by_id["new.md"].action == "create"
    assert by_id["gone.md"].status == "deleted" and by_id["gone.md"].page_id == "id-gone.md"
    assert "other-source.md" not in by_id  # another source's page is none of our business
    assert "ui-page" not in by_id and None not in by_id  # pages without external id are never deleted
    assert plan.counts == {"created": 1, "updated": 1, "unchanged": 1, "deleted": 1, "failed": 0}
    assert [o.action for o in plan.writes] == ["update", "create", "delete"]


def test_missing_pages_are_kept_without_delete_missing() -> None:
    plan = plan_sync([page("a.md")], [listed("a.md"), listed("b.md")], source_id=7)
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 1, "deleted": 0, "failed": 0}


def test_refused_page_is_not_deleted_even_with_delete_missing() -> None:
    plan = plan_sync(
        [ContentPage.invalid("a.md", "not UTF-8")], [listed("a.md")], source_id=7, delete_missing=True
    )
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 1}
    assert plan.writes == ()


def test_source_ids_compare_as_text() -> None:
    """The spec says integers; a server sending strings must not make every page look new."""
    assert plan_sync([page("a.md")], [listed("a.md", source_id="7")], source_id=7).counts["unchanged"] == 1


def test_no_source_yet_means_everything_is_created() -> None:
    plan = plan_sync([page("a.md")], [listed("a.md")], source_id=None, delete_missing=True)
    assert plan.source_id is None
    assert plan.counts == {"created": 1, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0}


def test_fields_left_none_are_neither_compared_nor_sent() -> None:
    wanted = page("a.md", url=None, ai_agent_availability=None, ai_copilot_availability=None)
    existing = [listed("a.md", url="https://x.example.com/a", ai_agent_availability=False)]
    assert plan_sync([wanted], existing, source_id=7).counts["unchanged"] == 1
    body = wanted.request_body("7")
    assert body == {
        "title": "Title",
        "html": "<p>body</p>",
        "locale": "en",
        "source_id": 7,
        "external_id": "a.md",
    }


def test_every_compared_field_that_differs_is_listed() -> None:
    wanted = page("a.md", title="New", url="https://d.example.com/a", ai_copilot_availability=False)
    plan = plan_sync([wanted], [listed("a.md")], source_id=7)
    assert plan.outcomes[0].changed == ("title", "url", "ai_copilot_availability")


def test_a_field_intercom_did_not_return_counts_as_changed() -> None:
    item = listed("a.md")
    del item["html"]
    assert plan_sync([page("a.md")], [item], source_id=7).outcomes[0].changed == ("html",)


def test_outcome_lines_for_people() -> None:
    plan = plan_sync([page("a.md", title="")], [], source_id=7)
    assert plan.outcomes[0].describe() == "a.md: refused: InvalidPageError: empty title"
    assert OUTCOMES == ("created", "updated", "unchanged", "deleted", "failed")


def test_numeric_external_ids_from_the_server_are_the_same_page() -> None:
    existing = [{**listed("7"), "external_id": 7}, {**listed("x"), "external_id": True}]
    plan = plan_sync([page("7")], existing, source_id=7, delete_missing=True)
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 1, "deleted": 0, "failed": 0}
