"""``client.ai_content.sync`` against the sandbox over real HTTP: create, converge, update, delete, fail.

``wire`` (tests/client/conftest.py) logs every attempt below the retry layer, so "writes nothing" and
"only the listing requests" are counted on the wire, not inferred from the result.
"""

from __future__ import annotations

import math
from typing import Any

import anyio
import pytest

from intercom_client import AsyncIntercom, Intercom, IntercomConfigError, InternalServerError
from intercom_client.ai_content import ContentPage, ContentSourceError, InvalidPageError
from intercom_sandbox.server import SandboxHandle

from .conftest import Log, make_client

pytestmark = pytest.mark.timeout(120)

SOURCE = "https://docs.example.com"
#: The spec's list examples (and the sandbox) page by 50.
PER_PAGE = 50


def pages(n: int, **changes: dict[str, Any]) -> list[ContentPage]:
    out = []
    for i in range(n):
        fields: dict[str, Any] = {
            "external_id": f"guides/page-{i:03d}.md",
            "title": f"Page {i}",
            "html": f"<h1>Page {i}</h1><p>Text {i}</p>",
            "url": f"{SOURCE}/guides/page-{i:03d}.md",
        }
        fields.update(changes.get(fields["external_id"], {}))
        out.append(ContentPage(**fields))
    return out


def writes(wire: Log) -> list[str]:
    return [p for p in wire.paths() if not p.startswith("GET ")]


def listing_requests(total_pages: int) -> int:
    """One sources list page, then the external pages list (every source's pages) in pages of 50."""
    return 1 + max(1, math.ceil(total_pages / PER_PAGE))


def all_pages(sandbox: SandboxHandle) -> list[dict[str, Any]]:
    with sandbox.client() as http:
        items: list[dict[str, Any]] = []
        page = 1
        while True:
            body = http.get("/ai/external_pages", params={"page": page, "per_page": 150}).json()
            items += body["data"]
            if page >= body["pages"]["total_pages"]:
                return items
            page += 1


def test_first_sync_creates_every_page_second_reports_unchanged_and_writes_nothing(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    wanted = pages(120)
    seeded = len(all_pages(sandbox))

    first = client.ai_content.sync(SOURCE, wanted)

    assert first.counts == {"created": 120, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0}
    assert first.source_created and first.source.url == SOURCE
    assert writes(wire).count("POST /ai/content_import_sources") == 1
    assert writes(wire).count("POST /ai/external_pages") == 120
    stored = {p["external_id"]: p for p in all_pages(sandbox) if p["source_id"] == first.source.id}
    assert set(stored) == {p.external_id for p in wanted}
    sample = stored["guides/page-007.md"]
    assert (sample["title"], sample["html"], sample["url"]) == (
        "Page 7",
        "<h1>Page 7</h1><p>Text 7</p>",
        f"{SOURCE}/guides/page-007.md",
    )
    # Intercom's create default is false: the sync asks for pages Fin can use
    assert sample["ai_agent_availability"] is True and sample["ai_copilot_availability"] is True
    assert {o.page_id for o in first.outcomes} == {p["id"] for p in stored.values()}

    wire.exchanges.clear()
    second = client.ai_content.sync(SOURCE, wanted)

    assert second.counts == {"created": 0, "updated": 0, "unchanged": 120, "deleted": 0, "failed": 0}
    assert not second.source_created and second.source.id == first.source.id
    assert writes(wire) == []
    assert len(wire) == listing_requests(seeded + 120) == 4
    assert all(
        p.startswith(("GET /ai/content_import_sources", "GET /ai/external_pages")) for p in wire.paths()
    )


def test_dry_run_reports_the_plan_that_delete_missing_then_carries_out(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    client.ai_content.sync(SOURCE, pages(10))
    edited = pages(
        10,
        **{
            "guides/page-002.md": {"html": "<p>Rewritten</p>"},
            "guides/page-005.md": {"title": "Renamed"},
        },
    )
    del edited[7]  # guides/page-007.md is gone
    wire.exchanges.clear()

    plan = client.ai_content.sync(SOURCE, edited, delete_missing=True, dry_run=True)

    assert writes(wire) == []
    expected = {"created": 0, "updated": 2, "unchanged": 7, "deleted": 1, "failed": 0}
    assert plan.dry_run and plan.counts == expected
    planned = {o.external_id: (o.status, o.changed) for o in plan.outcomes if o.status != "unchanged"}
    assert planned == {
        "guides/page-002.md": ("updated", ("html",)),
        "guides/page-005.md": ("updated", ("title",)),
        "guides/page-007.md": ("deleted", ()),
    }

    done = client.ai_content.sync(SOURCE, edited, delete_missing=True)

    assert done.counts == expected
    assert [(o.external_id, o.status, o.changed) for o in done.outcomes] == [
        (o.external_id, o.status, o.changed) for o in plan.outcomes
    ]
    assert sorted(writes(wire)) == sorted(
        [
            "POST /ai/external_pages",
            "POST /ai/external_pages",
            f"DELETE /ai/external_pages/{planned_id(done)}",
        ]
    )
    mine = {p["external_id"]: p for p in all_pages(sandbox) if p["source_id"] == done.source.id}
    assert "guides/page-007.md" not in mine and len(mine) == 9
    assert mine["guides/page-002.md"]["html"] == "<p>Rewritten</p>"
    assert mine["guides/page-005.md"]["title"] == "Renamed"
    again = client.ai_content.sync(SOURCE, edited, delete_missing=True)
    assert again.counts == {"created": 0, "updated": 0, "unchanged": 9, "deleted": 0, "failed": 0}


def planned_id(result: Any) -> str:
    (deleted,) = [o for o in result.outcomes if o.status == "deleted"]
    return str(deleted.page_id)


def test_dry_run_without_a_source_creates_nothing(client: Intercom, wire: Log) -> None:
    plan = client.ai_content.sync("https://new.example.com", pages(3), dry_run=True)
    assert plan.source is None and plan.source_created
    assert plan.counts["created"] == 3
    assert wire.paths() == ["GET /ai/content_import_sources"]  # no source: no page listing either


def test_a_failed_page_does_not_stop_the_others_and_a_rerun_converges(
    client: Intercom, sandbox: SandboxHandle
) -> None:
    client.ai_content.sync(SOURCE, pages(1))  # the source exists: the fault can only hit a page
    sandbox.inject("/ai/external_pages", "500", method="POST", times=1, after=3)

    result = client.ai_content.sync(SOURCE, pages(12))

    assert result.counts == {"created": 10, "updated": 0, "unchanged": 1, "deleted": 0, "failed": 1}
    (failed,) = result.failed
    assert failed.action == "create" and isinstance(failed.error, InternalServerError)
    assert failed.error.status_code == 500
    assert not result.ok
    rerun = client.ai_content.sync(SOURCE, pages(12))
    assert rerun.counts == {"created": 1, "updated": 0, "unchanged": 11, "deleted": 0, "failed": 0}
    assert rerun.ok


def test_bad_pages_are_refused_before_any_write_and_never_deleted(
    client: Intercom, sandbox: SandboxHandle, wire: Log
) -> None:
    first = client.ai_content.sync(SOURCE, pages(3))
    wire.exchanges.clear()
    good = pages(3)
    bad = [
        ContentPage("guides/page-000.md", "Duplicate of page 0", "<p>x</p>"),  # same id as good[0]
        ContentPage("empty-title.md", " ", "<p>x</p>"),
        ContentPage("huge.md", "Huge", "<p>" + "x" * 2_000 + "</p>"),
        ContentPage("bad-url.md", "Bad URL", "<p>x</p>", url="file:///etc/passwd"),
        ContentPage.invalid("guides/page-001.md", "not UTF-8 (byte 0: invalid start byte)"),
    ]

    result = client.ai_content.sync(
        SOURCE, [good[0], good[2], *bad], delete_missing=True, max_html_bytes=1_000
    )

    refused = {o.external_id: o.error for o in result.failed}
    assert set(refused) == {
        "guides/page-000.md",
        "empty-title.md",
        "huge.md",
        "bad-url.md",
        "guides/page-001.md",
    }
    assert all(isinstance(e, InvalidPageError) for e in refused.values())
    # page-000 (duplicate) and page-001 (unreadable) exist in Intercom: kept, not deleted, not written
    assert result.counts == {"created": 0, "updated": 0, "unchanged": 1, "deleted": 0, "failed": 6}
    assert writes(wire) == []
    mine = [p for p in all_pages(sandbox) if p["source_id"] == first.source.id]
    assert len(mine) == 3


def test_a_crawled_source_is_refused_before_any_write(client: Intercom, wire: Log) -> None:
    # the sandbox seeds an 'automatic' source at this URL
    with pytest.raises(ContentSourceError, match="sync_behavior automatic"):
        client.ai_content.sync("https://support.example.com/us/1/", pages(2))
    assert writes(wire) == []


def test_bad_source_url_and_old_versions_fail_before_any_request(
    sandbox: SandboxHandle, wire: Log, sleeps: list[float]
) -> None:
    old, http = make_client(sandbox, wire, sleeps, version="2.11")
    with http, old:
        with pytest.raises(IntercomConfigError, match=r"2\.12 or later"):
            old.ai_content.sync(SOURCE, pages(1))
        with pytest.raises(ValueError, match="http:// or https://"):
            old.ai_content.sync("docs.example.com", pages(1))
    assert len(wire) == 0


@pytest.mark.parametrize("version", ["2.12", "2.16", "Preview"])
def test_every_version_with_the_api_syncs(
    sandbox: SandboxHandle, wire: Log, sleeps: list[float], version: str
) -> None:
    """Path parameters are ``{id}`` in 2.12 and Preview, ``{page_id}`` in 2.14-2.16: deletes work in each."""
    versioned, http = make_client(sandbox, wire, sleeps, version=version)
    with http, versioned:
        assert versioned.ai_content.sync(SOURCE, pages(3)).counts["created"] == 3
        result = versioned.ai_content.sync(SOURCE, pages(2), delete_missing=True)
    assert result.counts == {"created": 0, "updated": 0, "unchanged": 2, "deleted": 1, "failed": 0}


def test_progress_sees_every_outcome_once(client: Intercom) -> None:
    client.ai_content.sync(SOURCE, pages(4))
    seen: list[str] = []
    result = client.ai_content.sync(
        SOURCE, pages(6, **{"guides/page-000.md": {"title": "New"}}), progress=lambda o: seen.append(o.status)
    )
    assert sorted(seen) == sorted(o.status for o in result.outcomes)
    assert sorted(seen) == ["created", "created", "unchanged", "unchanged", "unchanged", "updated"]


@pytest.mark.anyio
async def test_async_sync_creates_converges_and_deletes(aclient: AsyncIntercom, wire: Log) -> None:
    first = await aclient.ai_content.sync(SOURCE, pages(60), concurrency=5)
    assert first.counts == {"created": 60, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0}
    wire.exchanges.clear()
    second = await aclient.ai_content.sync(SOURCE, pages(60))
    assert second.counts["unchanged"] == 60 and writes(wire) == []
    with anyio.fail_after(60):
        third = await aclient.ai_content.sync(
            SOURCE, pages(59, **{"guides/page-010.md": {"html": "<p>new</p>"}}), delete_missing=True
        )
    assert third.counts == {"created": 0, "updated": 1, "unchanged": 58, "deleted": 1, "failed": 0}
    listed = [page async for page in aclient.ai_content.list_external_pages()]  # the generated operation
    assert len([p for p in listed if p.source_id == first.source.id]) == 59


def test_the_versions_own_operations_stay_reachable(client: Intercom) -> None:
    """``client.ai_content`` adds ``sync``; where the version's package has typed resources, the rest of
    ``client.ai_content`` is that resource (``list_external_pages``...), else there is nothing else."""
    import importlib.util

    has_resources = importlib.util.find_spec(f"{client.api.__name__}.resources") is not None
    if has_resources:
        assert callable(client.ai_content.list_external_pages)
    else:
        with pytest.raises(AttributeError, match="list_external_pages"):
            client.ai_content.list_external_pages  # noqa: B018
    with pytest.raises(AttributeError):
        client.ai_content._private  # noqa: B018
