"""``client.ai_content``: keep Fin's content library in step with a set of pages, in one call.

The AI Content API (Intercom-Version 2.12+ and Preview) stores pages Fin may answer from as
*External Pages* of a *Content Import Source*. Intercom describes the flow: create a source for each
place pages come from, then "iterate through the content from that source ... and POST it to the
External Pages endpoint", whose ``external_id`` makes the POST create the page or update the existing
one. :meth:`AIContent.sync` is that flow, made safe to rerun::

    result = client.ai_content.sync(source_url="https://docs.example.com", pages=pages)
    print(result.counts)   # {"created": 3, "updated": 0, "unchanged": 0, "deleted": 0, "failed": 0}

1. the source is found by URL in ``GET /ai/content_import_sources``, or created with
   ``sync_behavior: api`` (the only value the API accepts on create, and the one pages written
   through the API need);
2. the source's pages are read from ``GET /ai/external_pages`` (every page of the workspace, every
   list page followed; only this source's are kept);
3. :func:`~intercom_client._sync_plan.plan_sync` decides, without I/O, what each page needs: bad
   pages are refused before any write, unchanged ones get no request;
4. creates and updates are ``POST /ai/external_pages`` (the upsert by external id: it also carries the
   AI Agent/Copilot availability flags, which ``PUT`` lacks before Preview); deletes are
   ``DELETE /ai/external_pages/{id}``. They run concurrently (``concurrency`` at once), paced by the
   client's rate limiter (the requests go through ``client.with_options(throttle=True)``, which shares
   the caller's pool and limiter); a page that fails is reported with its typed error and the others
   carry on.

Every request goes through the version's generated endpoints (``client.call``/``client.paginate``),
so auth, the version header, retries and typed errors are the client's own. Only the I/O loop is
written twice (:class:`AIContent`, :class:`AsyncAIContent`); every decision is in ``_sync_plan``.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._errors import IntercomConfigError, IntercomError
from ._operations import endpoint_by_shape
from ._sync_plan import (
    API_SYNC_BEHAVIOR,
    DEFAULT_MAX_HTML_BYTES,
    OUTCOMES,
    ContentPage,
    ContentSourceError,
    InvalidPageError,
    PageOutcome,
    SyncPlan,
    SyncResult,
    check_source_url,
    pick_source,
    plan_sync,
)

if TYPE_CHECKING:
    from ._client import AsyncIntercom, Intercom

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_HTML_BYTES",
    "OUTCOMES",
    "AIContent",
    "AsyncAIContent",
    "ContentPage",
    "ContentSourceError",
    "InvalidPageError",
    "PageOutcome",
    "ProgressCallback",
    "SyncResult",
]

#: Writes in flight at once. The rate limit, not this, sets the pace (the sync's requests are throttled
#: by the client's rate limiter, and a 429 is retried after the window resets); a few in flight hide
#: the round-trip latency.
DEFAULT_CONCURRENCY = 8

#: Called once per page when its outcome is final (on the caller's thread or event loop).
ProgressCallback = Callable[[PageOutcome], None]


class _Endpoints:
    """The version's generated AI Content endpoints, looked up once per client.

    Path parameters are named ``{id}`` in 2.12, 2.13 and Preview and ``{page_id}``/``{source_id}`` in
    2.14-2.16, so operations are matched with the parameter names blanked out.
    """

    def __init__(self, client: Intercom | AsyncIntercom) -> None:
        self._client = client

    def _module(self, method: str, path: str) -> ModuleType:
        module = endpoint_by_shape(self._client.api.__name__, f"{method} {path}")
        if module is not None:
            return module
        raise IntercomConfigError(
            f"{method} {path} is not part of Intercom-Version {self._client.version}; the AI Content API "
            "needs 2.12 or later (or Preview)"
        )

    @cached_property
    def _models(self) -> ModuleType:
        return _models(self._client)

    @cached_property
    def list_sources(self) -> ModuleType:
        return self._module("GET", "/ai/content_import_sources")

    @cached_property
    def create_source(self) -> ModuleType:
        return self._module("POST", "/ai/content_import_sources")

    @cached_property
    def list_pages(self) -> ModuleType:
        return self._module("GET", "/ai/external_pages")

    @cached_property
    def upsert_page(self) -> ModuleType:
        return self._module("POST", "/ai/external_pages")

    @cached_property
    def delete_page(self) -> ModuleType:
        return self._module("DELETE", "/ai/external_pages/{}")

    @cached_property
    def locales(self) -> frozenset[str] | None:
        """The locales the version's create request accepts (``{"en"}`` in every version so far)."""
        enum = getattr(self._models, "CreateExternalPageRequestLocale", None)
        return None if enum is None else frozenset(member.value for member in enum)

    def check(self) -> None:
        """Fail before any request when the version has no AI Content API."""
        for name in ("list_sources", "create_source", "list_pages", "upsert_page", "delete_page"):
            getattr(self, name)

    # --- call arguments (what ``client.call`` gets), shared by both loops -------------------------------

    def create_source_kwargs(self, url: str) -> dict[str, Any]:
        model = self._models.CreateContentImportSourceRequest
        return {"body": model.from_dict({"url": url, "sync_behavior": API_SYNC_BEHAVIOR})}

    def write_kwargs(self, outcome: PageOutcome, source_id: str) -> tuple[ModuleType, dict[str, Any]]:
        """The endpoint and arguments of one planned write."""
        if outcome.action == "delete":
            module = self.delete_page
            (name, *_rest) = inspect.signature(module._get_kwargs).parameters
            return module, {name: outcome.page_id}
        assert outcome.page is not None, "create/update outcomes carry their page"
        model = self._models.CreateExternalPageRequest
        return self.upsert_page, {"body": model.from_dict(outcome.page.request_body(source_id))}


def _models(client: Intercom | AsyncIntercom) -> ModuleType:
    return importlib.import_module(client.api.__name__ + ".models")


def _page_id(response: Any) -> str | None:
    value = getattr(response, "id", None)
    return value if isinstance(value, str) and value else None


def _source_id(source: Any) -> str:
    value = source.get("id") if isinstance(source, Mapping) else getattr(source, "id", None)
    if value is None:
        raise IntercomError("the content import source came back without an id")
    return str(value)


def _source_model(client: Intercom | AsyncIntercom, raw: Mapping[str, Any]) -> Any:
    return _models(client).ContentImportSource.from_dict(dict(raw))


class _Common:
    """What the sync and async helpers share: the throttled client, the endpoints, the checks, the plan."""

    _owner: Any

    @cached_property
    def _throttled(self) -> Any:
        """The caller's client with ``throttle=True``: a bulk sync paces itself under the rate limit.

        A ``with_options`` copy shares the caller's connection pool, retry settings and rate-limit
        tracker, so the sync's requests and any others of the client spend one budget; only the
        pacing is switched on (a thousand writes without it would run into 429s by design). Waits go
        through the copy's ``_sleep``: a subclass's override applies, a patch on the instance does not.
        """
        return self._owner.with_options(throttle=True)

    @cached_property
    def _endpoints(self) -> _Endpoints:
        return _Endpoints(self._throttled)

    @cached_property
    def _operations(self) -> Any:
        """The version's generated ``ai_content`` resource (``list_external_pages``...), built the way the
        client builds every resource, or ``None`` when the version has none."""
        return self._owner._generated_resource("ai_content")

    if not TYPE_CHECKING:  # type checkers see the per-version classes of _versions.py instead

        def __getattr__(self, name: str) -> Any:
            """Everything but ``sync`` is the version's own AI Content operations (``list_external_pages``,
            ``create_content_import_source``...), so ``client.ai_content`` offers both."""
            if name.startswith("_"):
                raise AttributeError(name)
            operations = self._operations
            if operations is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            return getattr(operations, name)

    def _begin(self, source_url: str, concurrency: int) -> str:
        url = check_source_url(source_url)
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be a positive integer, got {concurrency!r}")
        self._endpoints.check()
        return url

    def _plan(
        self,
        pages: Iterable[ContentPage],
        existing: Iterable[Mapping[str, Any]],
        source: Mapping[str, Any] | None,
        delete_missing: bool,
        max_html_bytes: int | None,
    ) -> SyncPlan:
        return plan_sync(
            pages,
            existing,
            source_id=None if source is None else _source_id(source),
            delete_missing=delete_missing,
            max_html_bytes=max_html_bytes,
            locales=self._endpoints.locales,
        )


def _report(progress: ProgressCallback | None, outcomes: Iterable[PageOutcome]) -> None:
    if progress is not None:
        for outcome in outcomes:
            progress(outcome)


class AIContent(_Common):
    """The AI Content helpers of an :class:`~intercom_client.Intercom` client (``client.ai_content``)."""

    def __init__(self, client: Intercom) -> None:
        self._owner = client

    def sync(
        self,
        source_url: str,
        pages: Iterable[ContentPage],
        *,
        delete_missing: bool = False,
        dry_run: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_html_bytes: int | None = DEFAULT_MAX_HTML_BYTES,
        progress: ProgressCallback | None = None,
    ) -> SyncResult:
        """Make the External Pages of the source at ``source_url`` match ``pages``.

        Args:
            source_url: the Content Import Source's URL (http or https); found, or created with
                ``sync_behavior: api``.
            pages: the pages the source should have (:class:`ContentPage`, keyed by ``external_id``).
            delete_missing: also delete the source's pages whose external id is not among ``pages``.
            dry_run: list and plan only; the result says what a real run would do, nothing is written.
            concurrency: writes in flight at once (the rate limit sets the pace, see the module doc).
            max_html_bytes: refuse larger bodies before any request (``None``: no limit of ours).
            progress: called with each page's final :class:`PageOutcome` as it is known.

        Returns:
            a :class:`SyncResult`; pages that failed are in it (``result.failed``), not raised.

        Raises:
            ValueError: ``source_url`` is not http(s), or ``concurrency`` is not a positive integer.
            IntercomConfigError: the client's version has no AI Content API (before 2.12).
            ContentSourceError: the URL's only sources are crawled ones (``sync_behavior`` not ``api``).
            APIError: listing the sources or pages, or creating the source, failed.
        """
        client, endpoints = self._throttled, self._endpoints
        url = self._begin(source_url, concurrency)
        source = pick_source(client.paginate(endpoints.list_sources, raw=True), url)
        existing = [] if source is None else list(client.paginate(endpoints.list_pages, raw=True))
        plan = self._plan(pages, existing, source, delete_missing, max_html_bytes)
        created = source is None
        if dry_run:
            _report(progress, plan.outcomes)
            model = None if source is None else _source_model(client, source)
            return SyncResult(model, created, plan.outcomes, dry_run=True)
        model = (
            client.call(endpoints.create_source, **endpoints.create_source_kwargs(url))
            if source is None
            else _source_model(client, source)
        )
        source_id = _source_id(model)
        writes = plan.writes
        _report(progress, _without(plan.outcomes, writes))
        final: dict[int, PageOutcome] = {}
        with ThreadPoolExecutor(max_workers=min(concurrency, max(len(writes), 1))) as pool:
            futures = {pool.submit(self._write, outcome, source_id): i for i, outcome in enumerate(writes)}
            try:
                for future in as_completed(futures):
                    done = future.result()
                    final[futures[future]] = done
                    _report(progress, (done,))
            except BaseException:
                # Ctrl-C or a failing progress callback: writes not started yet are dropped (a rerun
                # converges), the ones in flight finish.
                for future in futures:
                    future.cancel()
                raise
        return SyncResult(model, created, _merge(plan, writes, final))

    def _write(self, outcome: PageOutcome, source_id: str) -> PageOutcome:
        module, kwargs = self._endpoints.write_kwargs(outcome, source_id)
        try:
            response = self._throttled.call(module, **kwargs)
        except IntercomError as error:
            return outcome.failed(error)
        return outcome.finished(_page_id(response))


class AsyncAIContent(_Common):
    """The AI Content helpers of an :class:`~intercom_client.AsyncIntercom` client."""

    def __init__(self, client: AsyncIntercom) -> None:
        self._owner = client

    async def sync(
        self,
        source_url: str,
        pages: Iterable[ContentPage],
        *,
        delete_missing: bool = False,
        dry_run: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_html_bytes: int | None = DEFAULT_MAX_HTML_BYTES,
        progress: ProgressCallback | None = None,
    ) -> SyncResult:
        """Async :meth:`AIContent.sync`: the same arguments, result and errors."""
        import anyio

        client, endpoints = self._throttled, self._endpoints
        url = self._begin(source_url, concurrency)
        source = pick_source([item async for item in client.paginate(endpoints.list_sources, raw=True)], url)
        existing = (
            [] if source is None else [item async for item in client.paginate(endpoints.list_pages, raw=True)]
        )
        plan = self._plan(pages, existing, source, delete_missing, max_html_bytes)
        created = source is None
        if dry_run:
            _report(progress, plan.outcomes)
            model = None if source is None else _source_model(client, source)
            return SyncResult(model, created, plan.outcomes, dry_run=True)
        model = (
            await client.call(endpoints.create_source, **endpoints.create_source_kwargs(url))
            if source is None
            else _source_model(client, source)
        )
        source_id = _source_id(model)
        writes = plan.writes
        _report(progress, _without(plan.outcomes, writes))
        final: dict[int, PageOutcome] = {}
        limiter = anyio.Semaphore(concurrency)

        async def write(index: int, outcome: PageOutcome) -> None:
            async with limiter:
                done = await self._write(outcome, source_id)
            final[index] = done
            _report(progress, (done,))

        async with anyio.create_task_group() as group:
            for index, outcome in enumerate(writes):
                group.start_soon(write, index, outcome)
        return SyncResult(model, created, _merge(plan, writes, final))

    async def _write(self, outcome: PageOutcome, source_id: str) -> PageOutcome:
        module, kwargs = self._endpoints.write_kwargs(outcome, source_id)
        try:
            response = await self._throttled.call(module, **kwargs)
        except IntercomError as error:
            return outcome.failed(error)
        return outcome.finished(_page_id(response))


def _without(outcomes: Iterable[PageOutcome], writes: tuple[PageOutcome, ...]) -> list[PageOutcome]:
    """The outcomes that need no request (final as planned)."""
    write_ids = {id(w) for w in writes}
    return [o for o in outcomes if id(o) not in write_ids]


def _merge(
    plan: SyncPlan, writes: tuple[PageOutcome, ...], final: Mapping[int, PageOutcome]
) -> tuple[PageOutcome, ...]:
    """The plan's outcomes in plan order, each write replaced by what it turned into."""
    done = iter(final[i] for i in range(len(writes)))
    write_ids = {id(w) for w in writes}
    return tuple(next(done) if id(outcome) in write_ids else outcome for outcome in plan.outcomes)
